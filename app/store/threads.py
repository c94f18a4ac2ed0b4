"""What a recorded message does in its conversation, kept beside its record (flush-only).

Read once from the parsed message when the message is recorded (the engine's
`read_correspondence`), so enquiry tracking (app/enquiries) never reads mail again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.engine.correspondence import read_correspondence
from app.engine.message import Message
from app.store.database import db_text
from app.store.tables import MessageRecord
from app.store.tables.enquiries import MessageThread


def add_thread(session: Session, record: MessageRecord, message: Message) -> bool:
    """Write the thread row of a newly recorded message (one Core INSERT); False for unreadable mail."""
    if message.error:
        return False
    found = read_correspondence(message)
    session.connection().execute(_INSERT, dict(
        message_id=record.id, council_id=record.council_id, kind=found.kind,
        rfc_message_id=db_text(found.message_id)[:998], conversation=found.conversation,
        topic=db_text(found.topic), data=_clean(found.as_record()), tracked_at=None))
    return True


_INSERT = MessageThread.__table__.insert()  # built once: the values come with each execution


def _clean(value):
    if isinstance(value, str):
        return db_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value
