"""What a recorded message does in its conversation, kept beside its record.

Read once from the parsed message when the message is recorded (the engine's
`read_correspondence`), so enquiry tracking (app/enquiries) never reads mail again.
"""

from __future__ import annotations

from app.engine.correspondence import read_correspondence
from app.engine.message import Message
from app.store.database import db_text


def thread_row(council_id: int, message: Message) -> dict | None:
    """The thread row of a message about to be recorded, but its message_id; None for unreadable mail.

    app.store.inserts writes it with the message's record (on PostgreSQL in the same statement).
    """
    if message.error:
        return None
    found = read_correspondence(message)
    return {"council_id": council_id, "kind": found.kind, "rfc_message_id": db_text(found.message_id)[:998],
            "conversation": found.conversation, "topic": db_text(found.topic), "data": _clean(found.as_record()),
            "tracked_at": None}


def _clean(value):
    if isinstance(value, str):
        return db_text(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value
