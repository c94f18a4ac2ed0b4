"""The digest's enquiries section: response times per service against the protocol's duty.

Enquiries asked in the period, plus every one still unanswered, with the median and 90th
percentile response in working days, the overdue count per service, and a link to the desk's
Enquiries page. Absent when the council's pack sets no response duty.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.digest.period import Period
from app.engine.packs.duties import ResponseDuty
from app.enquiries import figures
from app.enquiries.queries import enquiries_in


@dataclass(frozen=True, slots=True)
class EnquirySection:
    clause: str
    working_days: int
    totals: figures.GroupFigures  # every service together
    services: tuple[figures.GroupFigures, ...]
    link: str


def enquiry_section(session: Session, council_id: int, duty: ResponseDuty | None, period: Period, *,
                    review_base_url: str, now: datetime) -> EnquirySection | None:
    if duty is None:
        return None
    rows = enquiries_in(session, council_id, start=period.start, end=period.end)
    [totals] = figures.group_figures(rows, lambda e: "all", now, duty.calendar) or [
        figures.GroupFigures("all", 0, 0, 0, 0, 0, 0, None, None)]
    return EnquirySection(
        clause=duty.clause, working_days=duty.working_days, totals=totals,
        services=tuple(figures.group_figures(rows, figures.by_service, now, duty.calendar)),
        link=f"{review_base_url.rstrip('/')}/review/enquiries")
