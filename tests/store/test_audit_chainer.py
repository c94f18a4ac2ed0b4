"""PostgreSQL: audit events are written unchained and chained after (app.store.audit.chain_pending).

Writers take no head lock; the chainer (in `serve` and `worker`) or the first reader of the log
chains them in the order they were written; two chainers at once never chain an event twice.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select, text

from app.review.audit_chainer import AuditChainer, chain_once, start_audit_chainer
from app.store import audit
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, AuditHead
from tests.store.scenario import NOW, council, later


def _unchained(sessions) -> int:
    with sessions() as session:  # a Core count: reading through the ORM would chain them first
        return session.connection().scalar(text("SELECT count(*) FROM audit_events WHERE seq IS NULL"))


def _two_chainers_at_once(sessions) -> tuple[list[int], list[BaseException]]:
    """Two chainers started together, each in its own transaction: (events each chained, errors)."""
    counts: list[int] = []
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def chainer():
        start.wait()
        try:
            counts.append(chain_once(sessions))
        except BaseException as exc:  # noqa: BLE001 - reported by the caller
            errors.append(exc)

    threads = [threading.Thread(target=chainer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return counts, errors


def _council(sessions) -> int:
    with sessions() as session:
        council_id = council(session).id
        session.commit()
    chain_once(pg_sessions := sessions)  # its council.created, chained: each test starts from a chained log
    assert _unchained(pg_sessions) == 0
    return council_id


def test_a_writer_commits_while_a_chainer_holds_the_councils_head(pg_sessions):
    council_id = _council(pg_sessions)
    chaining = pg_sessions()
    chaining.connection().execute(text("SELECT 1 FROM audit_heads WHERE council_id = :c FOR UPDATE"),
                                  {"c": council_id})  # a chainer (or a reader) is mid-run
    done = threading.Event()

    def writer():
        with pg_sessions() as session:
            audit.append(session, council_id, "apikey.created", "writer", now=NOW)
            session.commit()
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    finished = done.wait(10)  # before the head is let go
    chaining.rollback()
    chaining.close()
    thread.join(10)
    assert finished, "the writer waited for the council's head"
    assert _unchained(pg_sessions) == 1
    assert chain_once(pg_sessions) == 1 and _unchained(pg_sessions) == 0
    with pg_sessions() as session:
        assert audit.verify(session, council_id).ok
        assert session.scalars(select(AuditEvent.event).where(AuditEvent.council_id == council_id)
                               .order_by(AuditEvent.seq)).all() == ["council.created", "apikey.created"]


def test_events_are_chained_in_the_order_they_were_written_and_readers_see_them_chained(pg_sessions):
    council_id = _council(pg_sessions)
    for n in range(5):
        with pg_sessions() as session:
            audit.append(session, council_id, "message.checked", "mailguard", data={"n": n}, now=later(n))
            session.commit()
    assert _unchained(pg_sessions) == 5
    with pg_sessions() as session:  # an ORM read of the log chains what is pending first
        rows = session.scalars(select(AuditEvent).where(AuditEvent.council_id == council_id)
                               .order_by(AuditEvent.seq)).all()
        assert [r.seq for r in rows] == [1, 2, 3, 4, 5, 6]
        assert [r.data.get("n") for r in rows[1:]] == [0, 1, 2, 3, 4]
        assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:]))
        head = session.get(AuditHead, council_id)
        assert (head.seq, head.hash) == (6, rows[-1].hash)
        session.commit()
    assert _unchained(pg_sessions) == 0


def test_two_chainers_at_once_chain_each_event_once(pg_sessions):
    council_id = _council(pg_sessions)
    with pg_sessions() as session:
        for n in range(200):
            audit.append(session, council_id, "message.checked", "mailguard", data={"n": n}, now=NOW)
        session.commit()
    counts, errors = _two_chainers_at_once(pg_sessions)
    assert not errors, errors
    assert sum(counts) == 200  # one did it all, or they took turns: never one event twice
    with pg_sessions() as session:
        assert audit.verify(session, council_id).ok and audit.verify(session, council_id).checked == 201
        assert session.connection().scalar(select(func.max(AuditEvent.seq))) == 201


def test_the_background_chainer_chains_what_others_write_within_seconds(pg_sessions):
    council_id = _council(pg_sessions)
    chainer = start_audit_chainer(pg_sessions)
    assert isinstance(chainer, AuditChainer)
    try:
        with pg_sessions() as session:
            audit.append(session, council_id, "apikey.created", "writer", now=NOW)
            session.commit()
        deadline = time.monotonic() + 15
        while _unchained(pg_sessions) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _unchained(pg_sessions) == 0
    finally:
        chainer.shutdown()


def test_no_chainer_is_started_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'mailguard.db'}")
    try:
        assert start_audit_chainer(make_sessionmaker(engine)) is None
    finally:
        engine.dispose()


def test_two_chainers_at_once_on_a_new_councils_first_events(pg_sessions):
    with pg_sessions() as session:  # no head yet: its council.created is still unchained
        council_id = council(session).id
        for n in range(100):
            audit.append(session, council_id, "message.checked", "mailguard", data={"n": n}, now=NOW)
        session.commit()
    counts, errors = _two_chainers_at_once(pg_sessions)
    assert not errors, errors
    assert sum(counts) == 101
    with pg_sessions() as session:
        assert audit.verify(session, council_id).checked == 101 and audit.verify(session, council_id).ok
