"""Tables of the digest work (kept apart from app/store/tables/core.py so each domain owns its file).

- DigestRecord: one row per council and period, made before the digest is
  sent. The unique (council_id, period_start, period_kind) is what keeps a
  digest from being sent twice, whichever process gets there.
- SchedulerLease: a named lease; only its holder (one `mailguard serve` of
  several) runs the scheduled digests until it expires or is renewed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class DigestRecord(Base):
    __tablename__ = "digest_records"
    __table_args__ = (
        UniqueConstraint("council_id", "period_start", "period_kind", name="uq_digest_records_period"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    period_kind: Mapped[str] = mapped_column(String(40))  # daily | weekly | range:YYYY-MM-DD..YYYY-MM-DD
    period_start: Mapped[datetime] = mapped_column(UtcDateTime())
    period_end: Mapped[datetime] = mapped_column(UtcDateTime())
    status: Mapped[str] = mapped_column(String(20))  # sending | sent | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailboxes.id"), nullable=True)
    recipients: Mapped[list] = mapped_column(JSON, default=list)
    rfc_message_id: Mapped[str] = mapped_column(String(300), default="")
    totals: Mapped[dict] = mapped_column(JSON, default=dict)  # the outcome totals, for the record
    claimed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class SchedulerLease(Base):
    __tablename__ = "scheduler_leases"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
