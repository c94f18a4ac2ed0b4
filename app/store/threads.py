"""What a recorded message does in its conversation, kept beside its record (flush-only).

Read once from the parsed message when the message is recorded (the engine's
`read_correspondence`), so enquiry tracking (app/enquiries) never reads mail again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.engine.correspondence import read_correspondence
from app.engine.message import Message
from app.store.tables import MessageRecord
from app.store.tables.enquiries import MessageThread


def add_thread(session: Session, record: MessageRecord, message: Message) -> MessageThread | None:
    """The thread row of a newly recorded message; None for mail that could not be read."""
    if message.error:
        return None
    found = read_correspondence(message)
    thread = MessageThread(message_id=record.id, council_id=record.council_id, kind=found.kind,
                           rfc_message_id=found.message_id[:998], conversation=found.conversation,
                           topic=found.topic, data=found.as_record())
    session.add(thread)
    return thread
