"""A council's election periods (issue 17): dated settings the `election-period` rule reads.

Days are calendar days in the council's time zone, both included; `candidates` names the
councillors who stand (empty: every councillor, an all-out election). Changed only through
`app/store/elections.py`, which audits each change.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class ElectionPeriodRow(Base):
    __tablename__ = "council_elections"
    __table_args__ = (Index("ix_council_elections_council_first_day", "council_id", "first_day"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    first_day: Mapped[date] = mapped_column(Date())
    last_day: Mapped[date] = mapped_column(Date())
    candidates: Mapped[list] = mapped_column(JSON, default=list)  # councillors' names; [] = every councillor
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
