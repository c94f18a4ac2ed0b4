"""Delivery to a real SMTP server on loopback: once per period, whoever runs and restarts.

Two DigestSchedulers (APScheduler threads, each with its own engine, as two
`mailguard serve` processes would be) share one PostgreSQL database; the
controlled clock decides what is due, APScheduler's own timer only ticks.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.digest.schedule import DigestScheduler, acquire_lease, run_due
from app.store.database import make_engine, make_sessionmaker
from app.store.tables.digest import DigestRecord
from tests.digest.smtp_double import SmtpSubmitMailbox
from tests.digest.week import BASE_URL, DUE, MO_EMAIL, WEEK, build_week, make_council
from tests.store.scenario import mailbox
from tests.timing import Clock, wait_for

SENDER = "clerk@example-council.gov.uk"


def _setup(url: str, *, slug: str = "digest-town", options: dict | None = None, week: bool = True):
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        council = make_council(session, slug=slug, options=options)
        box = mailbox(session, council, address=SENDER)
        session.commit()
        if week:
            build_week(session, council, box)
        ids = (council.id, box.id)
    return engine, sessions, ids


def _scheduler(url, holder, clock, mailbox_id, controller) -> tuple:
    engine = make_engine(url)
    connectors = {mailbox_id: SmtpSubmitMailbox(controller.hostname, controller.port, SENDER)}
    scheduler = DigestScheduler(make_sessionmaker(engine), connectors=connectors, review_base_url=BASE_URL,
                                holder=holder, clock=clock, interval_s=0.05)
    return engine, scheduler.start()


def _more_ticks(*schedulers, n: int = 3) -> None:
    marks = [s.ticks for s in schedulers]
    wait_for(lambda: all(s.ticks >= m + n for s, m in zip(schedulers, marks)), what=f"{n} more ticks")


def test_two_schedulers_on_postgresql_deliver_each_weekly_digest_once_even_when_one_restarts(
        fresh_pg_url, smtp_server):
    controller, inbox = smtp_server
    # catch-up of 2 days: the week before this one is not owed (it would be, with the default 8)
    engine, sessions, (council_id, box_id) = _setup(
        fresh_pg_url, options={"digest": {"period": "weekly", "weekday": "mon", "hour": 8, "catch_up_days": 2}})
    clock = Clock(DUE - timedelta(minutes=1))
    engine_a, a = _scheduler(fresh_pg_url, "serve-a", clock, box_id, controller)
    engine_b, b = _scheduler(fresh_pg_url, "serve-b", clock, box_id, controller)
    try:
        _more_ticks(a, b)
        assert inbox.received == []  # 07:59: not due yet
        clock.set(DUE + timedelta(minutes=1))
        wait_for(lambda: len(inbox.received) == 1, what="the weekly digest")
        _more_ticks(a, b)
        a.shutdown()  # one "process" restarts: a new scheduler with a new engine, same holder name
        engine_a.dispose()
        engine_a, a = _scheduler(fresh_pg_url, "serve-a", clock, box_id, controller)
        clock.set(DUE + timedelta(hours=3))
        _more_ticks(a, b)
        assert len(inbox.received) == 1
        clock.set(DUE + timedelta(days=7, minutes=1))  # the next Monday: a quiet week
        wait_for(lambda: len(inbox.received) == 2, what="the next weekly digest")
        _more_ticks(a, b)
        assert len(inbox.received) == 2
    finally:
        a.shutdown()
        b.shutdown()
        engine_a.dispose()
        engine_b.dispose()
    first, second = (r.message for r in inbox.received)
    assert [r.rcpt_tos for r in inbox.received] == [[MO_EMAIL], [MO_EMAIL]]
    assert "Mon 30 Nov 2026 to Sun 6 Dec 2026" in first["Subject"] and "8 caught, 4 held" in first["Subject"]
    assert first.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in first.iter_parts()] == ["text/plain", "text/html"]
    assert 'id="trend-chart"' in first.get_body(("html",)).get_content()
    assert "nothing to report" in second["Subject"]
    assert "NOTHING TO REPORT." in second.get_body(("plain",)).get_content()
    with sessions() as session:
        records = session.scalars(select(DigestRecord).order_by(DigestRecord.period_start)).all()
        assert [(r.period_start, r.status, r.attempts) for r in records] == \
            [(WEEK, "sent", 1), (WEEK + timedelta(days=7), "sent", 1)]
        assert records[0].totals["caught"] == 8 and records[0].recipients == [MO_EMAIL]
    engine.dispose()


def test_digests_missed_while_the_service_was_down_are_sent_on_restart_oldest_first(fresh_db_url, smtp_server):
    controller, inbox = smtp_server
    engine, sessions, (council_id, box_id) = _setup(fresh_db_url)
    clock = Clock(DUE + timedelta(hours=5))  # down at 08:00; back at 13:00
    engine_a, a = _scheduler(fresh_db_url, "serve-a", clock, box_id, controller)
    try:
        wait_for(lambda: len(inbox.received) == 2, what="the two owed digests")
        _more_ticks(a)
    finally:
        a.shutdown()
        engine_a.dispose()
    subjects = [r.message["Subject"] for r in inbox.received]
    assert "Mon 23 Nov 2026 to Sun 29 Nov 2026" in subjects[0] and "Mon 30 Nov 2026" in subjects[1]
    assert len(inbox.received) == 2
    engine.dispose()


def test_a_quiet_council_still_gets_a_short_nothing_to_report_digest(fresh_db_url, smtp_server):
    controller, inbox = smtp_server
    engine, sessions, (council_id, box_id) = _setup(
        fresh_db_url, slug="quiet", options={"digest": {"period": "daily", "hour": 7, "catch_up_days": 1}},
        week=False)
    connectors = {box_id: SmtpSubmitMailbox(controller.hostname, controller.port, SENDER)}
    clock = Clock(datetime(2026, 12, 3, 7, 30, tzinfo=DUE.tzinfo))
    results = run_due(sessions, connectors=connectors, review_base_url=BASE_URL, clock=clock, holder="h")
    assert [r.status for r in results] == ["sent"]
    message = inbox.received[0].message
    assert "Wednesday 2 December 2026 (nothing to report)" in message["Subject"]
    assert "Nothing to report." in message.get_body(("html",)).get_content()
    assert "no message bodies" in message.get_body(("plain",)).get_content()
    assert run_due(sessions, connectors=connectors, review_base_url=BASE_URL, clock=clock, holder="h") == []
    assert len(inbox.received) == 1
    engine.dispose()


def test_a_send_that_died_midway_is_taken_over_once_it_is_stale(fresh_db_url, smtp_server):
    controller, inbox = smtp_server
    engine, sessions, (council_id, box_id) = _setup(
        fresh_db_url, options={"digest": {"period": "weekly", "catch_up_days": 2}}, week=False)
    with sessions.begin() as session:  # what a process leaves behind if it dies after claiming the period
        session.add(DigestRecord(council_id=council_id, period_kind="weekly", period_start=WEEK,
                                 period_end=WEEK + timedelta(days=7), status="sending", attempts=1,
                                 claimed_by="dead", recipients=[], totals={}, created_at=DUE, updated_at=DUE))
    connectors = {box_id: SmtpSubmitMailbox(controller.hostname, controller.port, SENDER)}
    soon, later = Clock(DUE + timedelta(minutes=2)), Clock(DUE + timedelta(minutes=11))
    assert [r.status for r in run_due(sessions, connectors=connectors, review_base_url=BASE_URL, clock=soon,
                                      holder="h")] == ["in-progress"]
    assert inbox.received == []
    assert [r.status for r in run_due(sessions, connectors=connectors, review_base_url=BASE_URL, clock=later,
                                      holder="h")] == ["sent"]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(DigestRecord)) == 1
        assert session.scalars(select(DigestRecord.attempts)).one() == 2
    assert len(inbox.received) == 1
    engine.dispose()


def test_an_smtp_failure_is_recorded_and_retried_after_a_backoff(fresh_db_url, smtp_server):
    controller, inbox = smtp_server
    engine, sessions, (council_id, box_id) = _setup(
        fresh_db_url, options={"digest": {"period": "weekly", "catch_up_days": 2}}, week=False)
    refused = {box_id: SmtpSubmitMailbox("127.0.0.1", 1, SENDER)}  # nothing listens on port 1
    working = {box_id: SmtpSubmitMailbox(controller.hostname, controller.port, SENDER)}
    first = run_due(sessions, connectors=refused, review_base_url=BASE_URL, clock=Clock(DUE), holder="h")
    assert first[0].status == "failed" and "SMTP" in first[0].error
    assert run_due(sessions, connectors=working, review_base_url=BASE_URL,
                   clock=Clock(DUE + timedelta(minutes=1)), holder="h")[0].status == "failed"  # backing off
    assert inbox.received == []
    again = run_due(sessions, connectors=working, review_base_url=BASE_URL,
                    clock=Clock(DUE + timedelta(minutes=6)), holder="h")
    assert [r.status for r in again] == ["sent"] and len(inbox.received) == 1
    engine.dispose()


def test_the_lease_has_one_holder_until_it_expires(db):
    assert acquire_lease(db, name="t", holder="a", now=DUE, ttl=timedelta(minutes=3))
    assert not acquire_lease(db, name="t", holder="b", now=DUE + timedelta(minutes=1), ttl=timedelta(minutes=3))
    assert acquire_lease(db, name="t", holder="a", now=DUE + timedelta(minutes=2), ttl=timedelta(minutes=3))
    assert not acquire_lease(db, name="t", holder="b", now=DUE + timedelta(minutes=4), ttl=timedelta(minutes=3))
    assert acquire_lease(db, name="t", holder="b", now=DUE + timedelta(minutes=5), ttl=timedelta(minutes=3))


@pytest.mark.parametrize("missing", ["monitoring officer", "mailbox"])
def test_without_a_monitoring_officer_or_a_mailbox_the_digest_fails_with_the_reason(fresh_db_url, missing):
    import yaml

    from app.store.tables import Council

    engine, sessions, (council_id, box_id) = _setup(
        fresh_db_url, options={"digest": {"period": "weekly", "catch_up_days": 2}}, week=False)
    if missing == "monitoring officer":
        with sessions.begin() as session:
            council = session.get(Council, council_id)
            data = yaml.safe_load(council.directory_yaml)
            data["people"] = [p for p in data["people"] if "monitoring-officer" not in p.get("titles", [])]
            council.directory_yaml = yaml.safe_dump(data)
    connectors = {} if missing == "mailbox" else {box_id: SmtpSubmitMailbox("127.0.0.1", 1, SENDER)}
    results = run_due(sessions, connectors=connectors, review_base_url=BASE_URL, clock=Clock(DUE), holder="h")
    assert results[0].status == "failed"
    expected = "titles nobody monitoring-officer" if missing == "monitoring officer" else "to send the digest from"
    assert expected in results[0].error
    engine.dispose()
