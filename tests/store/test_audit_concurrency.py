"""Appending to a council's chain does not make its other writers wait for the whole transaction
(issue 12), and concurrent writers still leave one gap-free chain (issue 13)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from app.store import audit
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Council
from tests.store.scenario import NOW, council


@pytest.fixture
def sessions(fresh_db_url):
    engine = make_engine(fresh_db_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def test_a_long_transaction_that_appended_does_not_block_another_writer_of_the_council(pg_sessions):
    with pg_sessions() as setup:
        council_id = council(setup).id
        setup.commit()
    slow = pg_sessions()
    audit.append(slow, council_id, "apikey.created", "slow", now=NOW)
    slow.get(Council, council_id).name = "Renamed while the transaction is open"
    slow.flush()  # the slow transaction has written and appended, and is still open

    finished = threading.Event()

    def quick_writer():
        with pg_sessions() as quick:
            audit.append(quick, council_id, "apikey.created", "quick", now=NOW)
            quick.commit()
        finished.set()

    started = time.monotonic()
    thread = threading.Thread(target=quick_writer)
    thread.start()
    try:
        # Before issue 12 the quick writer waited on the head row's lock until the slow one committed.
        assert finished.wait(10), "the second writer waited for the first one's transaction"
        assert time.monotonic() - started < 10
    finally:
        slow.commit()
        slow.close()
        thread.join(30)
    with pg_sessions() as check:
        actors = check.scalars(select(AuditEvent.actor).where(AuditEvent.council_id == council_id)
                               .order_by(AuditEvent.seq)).all()
        assert actors == ["mailguard", "quick", "slow"]  # chained in the order they committed
        assert audit.verify(check).ok


def test_many_concurrent_writers_leave_one_gap_free_chain(sessions):
    with sessions() as setup:
        councils = [council(setup, slug=f"c{n}").id for n in range(2)]
        setup.commit()
    errors: list[BaseException] = []

    def writer(n: int):
        try:
            for i in range(15):
                with sessions() as session:
                    for council_id in (councils[(n + i) % 2], councils[(n + i + 1) % 2]):
                        audit.append(session, council_id, "message.checked", f"w{n}", data={"i": i}, now=NOW)
                    session.commit()
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    with sessions() as check:
        report = audit.verify(check)
        assert report.ok, report
        assert report.checked == 2 + 4 * 15 * 2
        for council_id in councils:
            seqs = check.scalars(select(AuditEvent.seq).where(AuditEvent.council_id == council_id)
                                 .order_by(AuditEvent.seq)).all()
            assert seqs == list(range(1, 62))


def test_a_writer_waiting_for_a_locked_message_does_not_hold_the_councils_head(pg_sessions):
    from app.store import records as store
    from tests.store.scenario import check, held_eml, mailbox

    with pg_sessions() as setup:
        c = council(setup)
        box = mailbox(setup, c)
        raw = held_eml(1)
        record, _ = store.record_evaluation(setup, council=c, mailbox=box, evaluation=check(raw), raw=raw,
                                            stage="pre-send", source_ref="r", now=NOW)
        setup.commit()
        council_id, record_id = c.id, record.id
    deciding = pg_sessions()
    store.get_message(deciding, council_id, record_id, lock=True)  # a reviewer's decision holds the row
    audit.append(deciding, council_id, "message.released", "reviewer", message_id=record_id, now=NOW)
    errors: list[BaseException] = []

    def other_writer():  # e.g. the worker recording a failure of the same message
        try:
            with pg_sessions() as session:
                audit.append(session, council_id, "intent.failed", "mailguard", message_id=record_id, now=NOW)
                session.commit()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=other_writer)
    thread.start()
    time.sleep(1.5)  # the other writer is now waiting for the message row (PostgreSQL's deadlock_timeout is 1 s)
    deciding.commit()  # needs the head: a deadlock if the waiting writer held it
    deciding.close()
    thread.join(30)
    assert not errors, errors
    with pg_sessions() as check_session:
        events = check_session.scalars(select(AuditEvent.event).where(AuditEvent.council_id == council_id)
                                       .order_by(AuditEvent.seq)).all()
        # Both are there, chained in the order they were written (here the other writer's first: it
        # waits for no head on PostgreSQL now), and the chain verifies.
        assert sorted(events[-2:]) == ["intent.failed", "message.released"] and audit.verify(check_session).ok
