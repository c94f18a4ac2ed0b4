"""Working days in the council's own time zone, without its bank holidays.

Bank holidays come from the `holidays` library (maintained; England and Wales share one list,
Scotland and Northern Ireland have their own), never from a list typed in here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from app.engine.packs.duties import ResponseDuty

LONDON = ZoneInfo("Europe/London")
_SUBDIVISIONS = {"england-and-wales": "ENG", "scotland": "SCT", "northern-ireland": "NIR"}
WORKDAY_STARTS = time(9, 0)  # reminders and escalations go out from the start of a working day
MAX_DAYS = 400  # no duty runs longer; a bound on every loop here


@lru_cache(maxsize=8)
def _bank_holidays(calendar: str) -> holidays.HolidayBase:
    return holidays.country_holidays("GB", subdiv=_SUBDIVISIONS[calendar])


def is_working_day(day: date, calendar: str = "england-and-wales") -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(calendar)


def add_working_days(day: date, count: int, calendar: str = "england-and-wales") -> date:
    """The `count`-th working day after `day` (receipt on day 0; the next working day is day 1)."""
    current, left = day, count
    for _ in range(MAX_DAYS):
        if left <= 0:
            return current
        current += timedelta(days=1)
        if is_working_day(current, calendar):
            left -= 1
    raise ValueError(f"no {count} working days within {MAX_DAYS} days of {day}")


def working_days_between(start: datetime, end: datetime, calendar: str = "england-and-wales") -> int:
    """Working days from the day of `start` to the day of `end` (same day: 0)."""
    first, last = start.astimezone(LONDON).date(), end.astimezone(LONDON).date()
    count, current = 0, first
    for _ in range(MAX_DAYS * 10):
        if current >= last:
            return count
        current += timedelta(days=1)
        count += is_working_day(current, calendar)
    return count


@dataclass(frozen=True, slots=True)
class Deadline:
    remind_at: datetime  # start of the working day a reminder goes to the addressee
    due_at: datetime  # the end of the last working day for the answer
    escalate_at: datetime  # start of the next working day after the limit


def deadline_for(asked_at: datetime, duty: ResponseDuty) -> Deadline:
    received = asked_at.astimezone(LONDON).date()
    due_day = add_working_days(received, duty.working_days, duty.calendar)
    remind_day = add_working_days(received, duty.working_days - duty.remind_before, duty.calendar)
    escalate_day = add_working_days(due_day, 1, duty.calendar)
    return Deadline(
        remind_at=datetime.combine(remind_day, WORKDAY_STARTS, LONDON),
        due_at=datetime.combine(due_day, time(23, 59, 59), LONDON),
        escalate_at=datetime.combine(escalate_day, WORKDAY_STARTS, LONDON),
    )
