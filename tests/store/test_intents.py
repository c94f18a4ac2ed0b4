"""Claiming intents: due and pending only, leased, retried then given up; never to two workers."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select

from app.review import decisions as review
from app.store import audit
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Intent
from tests.store.scenario import NOW, allowed_eml, council, held_eml, later, mailbox, record


@pytest.fixture
def box(db):
    c = council(db)
    return c, mailbox(db, c)


def test_only_due_pending_intents_are_claimed_and_a_claim_is_a_lease(db, box):
    c, mb = box
    record(db, c, mb, allowed_eml(1), at=NOW)
    record(db, c, mb, allowed_eml(2), at=later(10))
    claimed = store.claim_intents(db, worker_id="w1", limit=10, now=later(1))
    assert [i.kind for i in claimed] == ["deliver"] and claimed[0].claimed_by == "w1"
    assert claimed[0].attempts == 1
    assert store.claim_intents(db, worker_id="w2", limit=10, now=later(2)) == []  # leased to w1
    store.complete_intent(db, claimed[0], now=later(2))
    later_one = store.claim_intents(db, worker_id="w2", limit=10, now=later(11))
    assert len(later_one) == 1 and later_one[0].id != claimed[0].id
    assert store.claim_intents(db, worker_id="w3", limit=10, now=later(100)) == [later_one[0]]  # lease ran out
    assert later_one[0].attempts == 2


def test_a_delivery_waits_for_the_hold_of_the_same_message(db, box):
    c, mb = box
    rec, _ = record(db, c, mb, held_eml())
    review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="ok", now=NOW)
    kinds = [i.kind for i in store.claim_intents(db, worker_id="w", limit=10, now=later(1))]
    assert "hold" in kinds and "deliver" not in kinds
    hold = db.scalars(select(Intent).where(Intent.kind == "hold")).one()
    store.complete_intent(db, hold, now=later(1))
    assert [i.kind for i in store.claim_intents(db, worker_id="w", limit=10, now=later(1))] == ["deliver"]


def test_failures_waiting_cannot_cure_are_given_up_after_max_attempts_with_an_audit_event(db, box):
    c, mb = box
    record(db, c, mb, allowed_eml())
    for attempt in range(1, store.MAX_ATTEMPTS + 1):
        [intent] = store.claim_intents(db, worker_id="w", limit=1, now=later(attempt * 10))
        store.fail_intent(db, intent, error=f"smtp said no ({attempt})", now=later(attempt * 10),
                          retry_at=later(attempt * 10 + 1), retryable=False)
    assert intent.status == "failed" and intent.attempts == store.MAX_ATTEMPTS
    assert intent.last_error == f"smtp said no ({store.MAX_ATTEMPTS})"
    assert store.claim_intents(db, worker_id="w", limit=1, now=later(1000)) == []
    failed = db.scalars(select(AuditEvent).where(AuditEvent.event == "intent.failed")).one()
    assert failed.data["attempts"] == store.MAX_ATTEMPTS and failed.data["kind"] == "deliver"
    assert audit.verify(db).ok
    assert store.pending_intents(db, mb.id) == [] and store.pending_intent_count(db) == 0


def test_a_failed_attempt_waits_until_retry_at(db, box):
    c, mb = box
    record(db, c, mb, allowed_eml())
    [intent] = store.claim_intents(db, worker_id="w", limit=1, now=NOW)
    store.fail_intent(db, intent, error="busy", now=NOW, retry_at=later(30))
    assert intent.status == "pending" and intent.claimed_by is None
    assert store.claim_intents(db, worker_id="w", limit=1, now=later(29)) == []
    assert store.claim_intents(db, worker_id="w", limit=1, now=later(30)) == [intent]
    assert store.pending_intents(db, mb.id) == [intent]


def test_concurrent_workers_never_claim_the_same_intent(fresh_db_url, backend):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    total = 120
    with sessions.begin() as session:
        c = council(session)
        mb = mailbox(session, c)
        for n in range(total):
            record(session, c, mb, allowed_eml(n))
    claims: dict[str, list[int]] = {"w1": [], "w2": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def work(worker: str) -> None:
        try:
            start.wait()
            while True:
                with sessions.begin() as session:
                    got = store.claim_intents(session, worker_id=worker, limit=3, now=later(1))
                    time.sleep(0.002)  # hold the rows a moment, so the other worker runs into them
                    claims[worker].extend(i.id for i in got)
                if not got:
                    return
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in claims]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    engine.dispose()
    assert not errors, errors
    both = claims["w1"] + claims["w2"]
    assert len(both) == total and len(set(both)) == total  # each intent exactly once
    assert set(claims["w1"]).isdisjoint(claims["w2"])
    if backend == "postgresql":  # SKIP LOCKED lets both make progress at once
        assert claims["w1"] and claims["w2"]


def test_retryable_failures_back_off_until_the_horizon_then_give_up_and_can_be_retried(db, box):
    from datetime import timedelta

    c, mb = box
    record(db, c, mb, allowed_eml())
    now, gaps = NOW, []
    horizon = timedelta(days=2)
    while True:
        [intent] = store.claim_intents(db, worker_id="w", limit=1, now=now)
        store.fail_intent(db, intent, error="451 try later", now=now, horizon=horizon)
        if intent.status == "failed":
            break
        gaps.append(intent.not_before - now)
        assert store.claim_intents(db, worker_id="w", limit=1, now=intent.not_before - timedelta(seconds=1)) == []
        now = intent.not_before
    # 30 s, 1 min, 2 min ... doubling, never more than an hour apart; given up only at the horizon
    assert gaps[:4] == [timedelta(seconds=30), timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert max(gaps) == timedelta(hours=1)
    assert now - NOW == horizon and intent.attempts > store.MAX_ATTEMPTS
    assert store.failed_intents(db, c.id) == [intent] and store.pending_intent_count(db, "failed") == 1
    store.retry_failed(db, intent, actor="admin@example", now=now)
    assert intent.status == "pending" and intent.attempts == 0 and intent.give_up_at is None
    assert store.claim_intents(db, worker_id="w", limit=1, now=now) == [intent]
    events = [e.event for e in db.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert events[-2:] == ["intent.failed", "intent.retried"]
