"""Digest periods and schedules: pure date arithmetic in the council's time zone.

A daily digest covers one local day and goes out at `hour` the next morning; a
weekly one covers the seven local days before `weekday` and goes out at
`hour` that day. Council.options["digest"] sets them, e.g.
{"period": "weekly", "weekday": "mon", "hour": 8, "timezone": "Europe/London"}.
Boundaries are local midnights, so a week across a clock change is still
Monday to Monday.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.errors import InvalidInput

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
KINDS = ("daily", "weekly")
DEFAULT_TIMEZONE = "Europe/London"
DEFAULT_CATCH_UP_DAYS = 8  # a digest missed while the service was down is sent if it ended this recently
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


@dataclass(frozen=True, slots=True)
class Period:
    kind: str  # daily | weekly | range:YYYY-MM-DD..YYYY-MM-DD
    start: datetime  # aware UTC, inclusive
    end: datetime  # aware UTC, exclusive
    first_day: date  # local dates, for people
    last_day: date

    @property
    def label(self) -> str:
        if self.first_day == self.last_day:
            return self.first_day.strftime("%A %d %B %Y").replace(" 0", " ")
        return f"{_day(self.first_day)} to {_day(self.last_day)}"

    def previous(self, zone: ZoneInfo) -> Period:
        """The period of the same length just before this one (the trend's baseline)."""
        days = (self.last_day - self.first_day).days + 1
        return local_period(self.kind, self.first_day - timedelta(days=days), days, zone)


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    kind: str = "weekly"
    weekday: int = 0  # Monday
    hour: int = 8
    zone: ZoneInfo = ZoneInfo(DEFAULT_TIMEZONE)
    enabled: bool = True
    catch_up_days: int = DEFAULT_CATCH_UP_DAYS
    mailbox: str | None = None  # the sending mailbox's address; None = first connected one


def schedule_from_options(options: dict | None) -> DigestSchedule:
    """Council.options["digest"] read strictly: a typo is an InvalidInput, not a silent default."""
    raw = (options or {}).get("digest") or {}
    if not isinstance(raw, dict):
        raise InvalidInput('options["digest"] must be a mapping')
    unknown = set(raw) - {"period", "weekday", "hour", "timezone", "enabled", "catch_up_days", "mailbox"}
    if unknown:
        raise InvalidInput(f'options["digest"]: unknown key {sorted(unknown)[0]!r}')
    kind = raw.get("period", "weekly")
    if kind not in KINDS:
        raise InvalidInput(f'options["digest"]["period"] must be daily or weekly, not {kind!r}')
    weekday = str(raw.get("weekday", "mon")).lower()[:3]
    if weekday not in WEEKDAYS:
        raise InvalidInput(f'options["digest"]["weekday"] must be one of {", ".join(WEEKDAYS)}')
    hour = raw.get("hour", 8)
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        raise InvalidInput('options["digest"]["hour"] must be a whole hour 0-23')
    try:
        zone = ZoneInfo(raw.get("timezone", DEFAULT_TIMEZONE))
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f'options["digest"]["timezone"]: unknown zone {raw.get("timezone")!r}') from None
    return DigestSchedule(kind=kind, weekday=WEEKDAYS.index(weekday), hour=hour, zone=zone,
                          enabled=bool(raw.get("enabled", True)),
                          catch_up_days=int(raw.get("catch_up_days", DEFAULT_CATCH_UP_DAYS)),
                          mailbox=raw.get("mailbox"))


def local_period(kind: str, first_day: date, days: int, zone: ZoneInfo) -> Period:
    last_day = first_day + timedelta(days=days - 1)
    return Period(kind, _midnight(first_day, zone), _midnight(last_day + timedelta(days=1), zone),
                  first_day, last_day)


def latest_complete(schedule: DigestSchedule, now: datetime, kind: str | None = None) -> Period:
    """The newest period of `kind` (default: the schedule's) that has ended by `now` (ignores `hour`)."""
    kind = kind or schedule.kind
    today = now.astimezone(schedule.zone).date()
    if kind == "daily":
        return local_period("daily", today - timedelta(days=1), 1, schedule.zone)
    days_since = (today.weekday() - schedule.weekday) % 7  # 0 when today is the digest's weekday
    boundary = today - timedelta(days=days_since)
    return local_period("weekly", boundary - timedelta(days=7), 7, schedule.zone)


def send_time(schedule: DigestSchedule, period: Period) -> datetime:
    """When the scheduled digest for `period` is due: `hour` o'clock on the day after it ends."""
    day_after = period.last_day + timedelta(days=1)
    return datetime.combine(day_after, time(schedule.hour), tzinfo=schedule.zone).astimezone(timezone.utc)


def due_periods(schedule: DigestSchedule, now: datetime, *, not_before: datetime) -> list[Period]:
    """Scheduled periods due by `now`, oldest first: the newest, and any missed within the catch-up
    window that ended after `not_before` (the council's creation: no digest of a time before it)."""
    if not schedule.enabled:
        return []
    period = latest_complete(schedule, now)
    if send_time(schedule, period) > now:
        period = period.previous(schedule.zone)
    due = []
    oldest_end = now - timedelta(days=schedule.catch_up_days)
    while period.end > not_before and period.end >= oldest_end:
        due.append(period)
        period = period.previous(schedule.zone)
    return due[::-1]


def parse_period(text: str | None, schedule: DigestSchedule, now: datetime) -> Period:
    """`daily`, `weekly` (the newest complete one), `today` (so far) or `YYYY-MM-DD..YYYY-MM-DD`."""
    if text in (None, ""):
        return latest_complete(schedule, now)
    if text in KINDS:
        return latest_complete(schedule, now, text)
    if text.strip() == "today":  # the local day so far: what a newcomer has just done shows at once
        today = now.astimezone(schedule.zone).date()
        return local_period(f"range:{today}..{today}", today, 1, schedule.zone)
    match = _RANGE.match(text.strip())
    if not match:
        raise InvalidInput(f"--period must be daily, weekly, today or YYYY-MM-DD..YYYY-MM-DD, not {text!r}")
    try:
        first, last = date.fromisoformat(match[1]), date.fromisoformat(match[2])
    except ValueError as exc:
        raise InvalidInput(f"--period: {exc}") from None
    if last < first:
        raise InvalidInput("--period: the last day is before the first")
    if (last - first).days > 366:
        raise InvalidInput("--period: at most a year at a time")
    return local_period(f"range:{first}..{last}", first, (last - first).days + 1, schedule.zone)


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(timezone.utc)


def _day(day: date) -> str:
    return day.strftime("%a %d %b %Y").replace(" 0", " ")
