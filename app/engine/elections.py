"""Election periods: the dated stretches in which the Code of Recommended Practice on Local
Authority Publicity asks a council for particular care (its paragraphs 33-35).

A period is a council setting: its first and last day (both included, in the council's time
zone, Europe/London unless the council says otherwise) and, optionally, the councillors who
stand as candidates (none named: every councillor, as in an all-out election). The edges build
the periods (the store from its table, `mailguard check` from the directory YAML's `elections:`
key) and hand them to the checks on the Directory; a check compares aware datetimes only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Iterable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import DirectoryError

DEFAULT_ZONE = "Europe/London"
MAX_PERIODS = 50  # a council's lifetime of elections; bounds the work per message


@dataclass(frozen=True, slots=True)
class ElectionPeriod:
    first_day: date
    last_day: date
    starts: datetime  # aware: midnight at the start of first_day, local time
    ends: datetime  # aware: midnight after last_day, local time (exclusive)
    candidates: tuple[str, ...] = ()  # councillors' names; empty = every councillor

    def covers(self, moment: datetime) -> bool:
        return self.starts <= moment < self.ends

    def is_candidate(self, name: str) -> bool:
        if not self.candidates:
            return True
        wanted = " ".join(name.split()).casefold()
        return any(" ".join(c.split()).casefold() == wanted for c in self.candidates)

    def describe(self) -> str:
        return f"{self.first_day:%d %b %Y} to {self.last_day:%d %b %Y}"


def period(first_day: date, last_day: date, candidates: Iterable[str] = (), zone: str = DEFAULT_ZONE) -> ElectionPeriod:
    """One period, checked: the last day is not before the first. Raises ValueError with the reason."""
    if last_day < first_day:
        raise ValueError(f"the last day {last_day.isoformat()} is before the first day {first_day.isoformat()}")
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {zone!r}") from None
    names = tuple(" ".join(str(c).split()) for c in candidates if str(c).strip())
    return ElectionPeriod(first_day, last_day, datetime.combine(first_day, time(0), tz),
                          datetime.combine(last_day + timedelta(days=1), time(0), tz), names)


def overlap(periods: Iterable[ElectionPeriod]) -> tuple[ElectionPeriod, ElectionPeriod] | None:
    """The first two periods that share a day, or None."""
    ordered = sorted(periods, key=lambda p: p.first_day)
    for earlier, later in zip(ordered, ordered[1:]):
        if later.first_day <= earlier.last_day:
            return earlier, later
    return None


def parse_day(value: Any, what: str) -> date:
    """A day as YAML or a command line gives it: a date, or text YYYY-MM-DD."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None


def elections_from_mapping(value: Any, source: str, zone: str = DEFAULT_ZONE) -> tuple[ElectionPeriod, ...]:
    """The directory YAML's optional `elections:` list of {from, to, candidates}."""
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_PERIODS:
        raise DirectoryError(f"{source}: elections: expected a list of at most {MAX_PERIODS} periods")
    periods = []
    for index, entry in enumerate(value):
        where = f"{source}: elections[{index}]"
        if not isinstance(entry, dict) or not {"from", "to"} <= set(entry) or set(entry) - {"from", "to", "candidates"}:
            raise DirectoryError(f"{where}: expected a mapping with from, to and optionally candidates")
        candidates = entry.get("candidates") or []
        if not isinstance(candidates, list) or not all(isinstance(c, str) for c in candidates):
            raise DirectoryError(f"{where}.candidates: expected a list of councillors' names")
        try:
            periods.append(period(parse_day(entry["from"], "from"), parse_day(entry["to"], "to"), candidates, zone))
        except ValueError as exc:
            raise DirectoryError(f"{where}: {exc}") from None
    clash = overlap(periods)
    if clash:
        raise DirectoryError(f"{source}: elections: {clash[0].describe()} and {clash[1].describe()} overlap")
    return tuple(sorted(periods, key=lambda p: p.first_day))
