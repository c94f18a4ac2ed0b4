"""Tables of enquiry tracking: what each sent message does in its conversation, and each enquiry.

`message_threads` is written with the message record (its thread keys and what it asks, read
from the parsed message once, so the tracker never reads mail again); `enquiries` is the
tracker's own state: who asked whom, by when the answer is due, and what became of it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class MessageThread(Base):
    __tablename__ = "message_threads"
    __table_args__ = (Index("ix_message_threads_pending", "council_id", "tracked_at"),)

    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    kind: Mapped[str] = mapped_column(String(20))  # app.engine.correspondence.KINDS
    rfc_message_id: Mapped[str] = mapped_column(String(998), default="")
    conversation: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    data: Mapped[dict] = mapped_column(JSON, default=dict)  # Correspondence.as_record()
    tracked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class Enquiry(Base):
    __tablename__ = "enquiries"
    __table_args__ = (Index("ix_enquiries_council_state", "council_id", "state"),
                      Index("ix_enquiries_council_asked", "council_id", "asked_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), unique=True)
    rfc_message_id: Mapped[str] = mapped_column(String(998), default="")
    conversation: Mapped[str | None] = mapped_column(String(64), nullable=True)
    topic: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(String(1000), default="")
    direction: Mapped[str] = mapped_column(String(40))  # councillor-to-officer | officer-to-councillor
    asker: Mapped[str] = mapped_column(String(320))
    asker_name: Mapped[str] = mapped_column(String(300), default="")
    addressees: Mapped[list] = mapped_column(JSON, default=list)  # who owes the answer (grows on transfer)
    service: Mapped[str | None] = mapped_column(String(200), nullable=True)
    asks: Mapped[list] = mapped_column(JSON, default=list)  # the sentences that ask: the evidence
    clause: Mapped[str] = mapped_column(String(50), default="")
    asked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    remind_at: Mapped[datetime] = mapped_column(UtcDateTime())
    due_at: Mapped[datetime] = mapped_column(UtcDateTime())
    # open | acknowledged | answered | not-visible (no governed mailbox would show the answer)
    state: Mapped[str] = mapped_column(String(20))
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    answered_by: Mapped[str | None] = mapped_column(String(320), nullable=True)
    answer_message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True)
    transferred_to: Mapped[list] = mapped_column(JSON, default=list)
    reminded_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    escalated_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    escalated_to: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
