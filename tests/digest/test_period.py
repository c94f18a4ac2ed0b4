"""Digest periods in the council's time zone, the schedule's due digests, and --period parsing."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from app.digest.period import (
    due_periods,
    latest_complete,
    parse_period,
    schedule_from_options,
    send_time,
)
from app.errors import InvalidInput

UTC = timezone.utc
WEEKLY = schedule_from_options({"digest": {"period": "weekly", "weekday": "mon", "hour": 8}})
DAILY = schedule_from_options({"digest": {"period": "daily", "hour": 7}})
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def test_the_weekly_period_is_monday_to_sunday_and_is_due_monday_at_eight_london_time():
    period = latest_complete(WEEKLY, datetime(2026, 12, 9, 12, tzinfo=UTC))  # a Wednesday
    assert (period.first_day, period.last_day) == (date(2026, 11, 30), date(2026, 12, 6))
    assert send_time(WEEKLY, period) == datetime(2026, 12, 7, 8, tzinfo=UTC)  # GMT in winter
    summer = latest_complete(WEEKLY, datetime(2026, 7, 8, tzinfo=UTC))
    assert summer.start == datetime(2026, 6, 28, 23, tzinfo=UTC)  # local midnight in BST
    assert send_time(WEEKLY, summer) == datetime(2026, 7, 6, 7, tzinfo=UTC)


def test_a_week_across_the_clock_change_is_still_monday_to_monday():
    period = latest_complete(WEEKLY, datetime(2026, 3, 30, 12, tzinfo=UTC))  # BST began Sun 29 Mar
    assert period.end - period.start == timedelta(days=7) - timedelta(hours=1)
    assert (period.first_day, period.last_day) == (date(2026, 3, 23), date(2026, 3, 29))


def test_the_previous_period_is_the_same_length_just_before():
    period = latest_complete(WEEKLY, datetime(2026, 12, 9, tzinfo=UTC))
    before = period.previous(WEEKLY.zone)
    assert before.end == period.start and before.first_day == date(2026, 11, 23)


def test_nothing_is_due_before_the_hour_and_the_newest_period_is_due_after_it():
    monday = datetime(2026, 12, 7, tzinfo=UTC)
    just_before, at_eight = monday + timedelta(hours=7, minutes=59), monday + timedelta(hours=8)
    not_before = datetime(2026, 12, 1, tzinfo=UTC)  # the council was added last Tuesday
    assert due_periods(WEEKLY, just_before, not_before=not_before) == []
    assert [p.first_day for p in due_periods(WEEKLY, at_eight, not_before=not_before)] == [date(2026, 11, 30)]


def test_daily_digests_missed_while_down_are_due_within_the_catch_up_window_oldest_first():
    now = datetime(2026, 12, 10, 9, tzinfo=UTC)
    due = due_periods(DAILY, now, not_before=LONG_AGO)
    assert due[-1].first_day == date(2026, 12, 9)
    assert due[0].end >= now - timedelta(days=8)
    assert [p.first_day for p in due] == sorted(p.first_day for p in due)
    assert len(due) == 8
    assert due_periods(schedule_from_options({"digest": {"enabled": False}}), now, not_before=LONG_AGO) == []


def test_period_text_daily_weekly_or_a_range_of_days_both_included():
    now = datetime(2026, 12, 9, 12, tzinfo=UTC)
    assert parse_period("daily", WEEKLY, now).first_day == date(2026, 12, 8)
    assert parse_period(None, DAILY, now).kind == "daily"
    ranged = parse_period("2026-11-01..2026-11-30", WEEKLY, now)
    assert (ranged.start, ranged.end) == (datetime(2026, 11, 1, tzinfo=UTC), datetime(2026, 12, 1, tzinfo=UTC))
    assert ranged.kind == "range:2026-11-01..2026-11-30"
    for bad in ("fortnightly", "2026-11-30..2026-11-01", "2026-02-30..2026-03-01", "2026-11-01"):
        with pytest.raises(InvalidInput):
            parse_period(bad, WEEKLY, now)


@pytest.mark.parametrize("options", [
    {"digest": {"period": "monthly"}}, {"digest": {"weekday": "someday"}}, {"digest": {"hour": 24}},
    {"digest": {"timezone": "Mars/Olympus"}}, {"digest": {"perod": "daily"}}, {"digest": "weekly"},
])
def test_digest_options_are_read_strictly(options):
    with pytest.raises(InvalidInput):
        schedule_from_options(options)
