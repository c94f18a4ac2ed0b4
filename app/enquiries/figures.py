"""Enquiry lists and response times, for the desk page and the digest (pure: rows in, figures out).

Response time is counted in working days (the unit of the duty), from the day of receipt to the
day of the answer. Overdue means unanswered past the limit; "not visible" enquiries (no governed
mailbox would show the answer) are counted apart and never as overdue.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable

from app.enquiries.deadlines import working_days_between
from app.store.database import utc
from app.store.tables.enquiries import Enquiry

STATUSES = ("overdue", "open", "acknowledged", "answered-late", "answered", "not-visible")
NO_SERVICE = "(no service named)"


def status_of(enquiry: Enquiry, now: datetime) -> str:
    if enquiry.state == "answered":
        late = enquiry.answered_at is not None and utc(enquiry.answered_at) > utc(enquiry.due_at)
        return "answered-late" if late else "answered"
    if enquiry.state == "not-visible":
        return "not-visible"
    if utc(now) > utc(enquiry.due_at):
        return "overdue"
    return enquiry.state  # open | acknowledged


def response_days(enquiry: Enquiry, calendar: str = "england-and-wales") -> int | None:
    if enquiry.answered_at is None:
        return None
    return working_days_between(utc(enquiry.asked_at), utc(enquiry.answered_at), calendar)


@dataclass(frozen=True, slots=True)
class GroupFigures:
    key: str
    asked: int
    answered: int
    answered_late: int
    overdue: int
    waiting: int  # open or acknowledged, within the limit
    not_visible: int
    median_days: float | None
    p90_days: int | None


def group_figures(enquiries: Iterable[Enquiry], key: Callable[[Enquiry], str], now: datetime,
                  calendar: str = "england-and-wales") -> list[GroupFigures]:
    groups: dict[str, list[Enquiry]] = {}
    for enquiry in enquiries:
        groups.setdefault(key(enquiry), []).append(enquiry)
    out = []
    for name, rows in groups.items():
        statuses = [status_of(e, now) for e in rows]
        days = sorted(d for e in rows if (d := response_days(e, calendar)) is not None)
        out.append(GroupFigures(
            key=name, asked=len(rows), answered=statuses.count("answered") + statuses.count("answered-late"),
            answered_late=statuses.count("answered-late"), overdue=statuses.count("overdue"),
            waiting=statuses.count("open") + statuses.count("acknowledged"),
            not_visible=statuses.count("not-visible"),
            median_days=statistics.median(days) if days else None, p90_days=nearest_rank(days, 0.9)))
    return sorted(out, key=lambda g: (-g.overdue, -g.asked, g.key))


def nearest_rank(sorted_values: list[int], fraction: float) -> int | None:
    """The nearest-rank percentile: the smallest value with at least `fraction` of values at or below it."""
    if not sorted_values:
        return None
    return sorted_values[max(0, math.ceil(fraction * len(sorted_values)) - 1)]


def by_service(enquiry: Enquiry) -> str:
    return enquiry.service or NO_SERVICE


def by_officer(enquiry: Enquiry) -> str:
    if enquiry.direction == "councillor-to-officer":
        return enquiry.addressees[0] if enquiry.addressees else "?"
    return enquiry.asker


def by_councillor(enquiry: Enquiry) -> str:
    if enquiry.direction == "councillor-to-officer":
        return enquiry.asker
    return enquiry.addressees[0] if enquiry.addressees else "?"
