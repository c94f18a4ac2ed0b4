"""Reading a council's enquiries for the desk, the digest and the CLI."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.store.database import utc
from app.store.tables.enquiries import Enquiry

MAX_ROWS = 2000  # a page and a digest read at most this many; the figures say when it is cut


def enquiries_in(session: Session, council_id: int, *, start: datetime | None = None,
                 end: datetime | None = None, limit: int = MAX_ROWS) -> list[Enquiry]:
    """Enquiries asked in [start, end), plus every one still unanswered (they matter until answered)."""
    query = select(Enquiry).where(Enquiry.council_id == council_id)
    if start is not None and end is not None:
        query = query.where(or_(
            (Enquiry.asked_at >= utc(start)) & (Enquiry.asked_at < utc(end)),
            Enquiry.state.in_(("open", "acknowledged")) & (Enquiry.asked_at < utc(end))))
    return list(session.scalars(query.order_by(Enquiry.due_at, Enquiry.id).limit(limit)))
