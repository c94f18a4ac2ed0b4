"""Reviewer decisions: one commit each, never a second delivery, reasons required."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from app.errors import Conflict, InvalidInput, InvalidTransition, NotFound
from app.review import decisions as review
from app.store import audit
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Decision, Intent
from tests.store.scenario import NOW, allowed_eml, council, held_eml, later, mailbox, record


@pytest.fixture
def held(db):
    c = council(db)
    mb = mailbox(db, c)
    rec, _ = record(db, c, mb, held_eml())
    db.commit()
    return c, rec


def intents_of(db, rec, kind):
    return db.scalars(select(Intent).where(Intent.message_id == rec.id, Intent.kind == kind)
                      .order_by(Intent.id)).all()


def test_release_commits_decision_state_audit_deliver_and_notice(db, held):
    c, rec = held
    decision = review.release(db, c.id, rec.id, actor="clerk@example-council.gov.uk", mode="as-sent",
                              reason="Mr Smith is the complainant; the letter is to him", now=later(5))
    db.rollback()  # nothing pending: release committed its own work
    assert decision.kind == "release" and decision.reason.startswith("Mr Smith")
    assert db.get(type(rec), rec.id).state == "released"
    [deliver] = intents_of(db, rec, "deliver")
    assert deliver.payload == {"annotation": None, "strip_bcc": False}
    notices = [i.payload for i in intents_of(db, rec, "notify")]
    assert len(notices) == 2 and notices[1]["subject"].startswith("Released:")
    assert "Mr Smith is the complainant" in notices[1]["body"]
    last = db.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (last.event, last.actor, last.data["mode"]) == ("message.released", "clerk@example-council.gov.uk",
                                                            "as-sent")
    assert audit.verify(db).ok


def test_a_second_release_is_a_conflict_and_makes_no_second_delivery(db, held):
    c, rec = held
    review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="fine", now=later(1))
    with pytest.raises(Conflict):
        review.release(db, c.id, rec.id, actor="b", mode="annotated", reason="also fine", now=later(2))
    db.rollback()
    assert len(intents_of(db, rec, "deliver")) == 1
    assert len(db.scalars(select(Decision)).all()) == 1


def test_release_needs_a_reason(db, held):
    c, rec = held
    for reason in ("", "   ", None):
        with pytest.raises(InvalidInput, match="reason"):
            review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason=reason, now=NOW)
    assert db.get(type(rec), rec.id).state == "held" and intents_of(db, rec, "deliver") == []


def test_release_with_annotation_uses_the_stored_annotation(db, held):
    c, rec = held
    review.release(db, c.id, rec.id, actor="a", mode="annotated", reason="footer added", now=NOW)
    [deliver] = intents_of(db, rec, "deliver")
    assert deliver.payload == {"annotation": "CC Councillor Jane Doe", "strip_bcc": False}
    assert db.scalars(select(Decision.kind)).one() == "release-annotated"


def test_release_without_bcc_strips_the_blind_copies(db, held):
    c, rec = held
    review.release(db, c.id, rec.id, actor="a", mode="without-bcc", reason="no need for the copy", now=NOW)
    assert intents_of(db, rec, "deliver")[0].payload == {"annotation": None, "strip_bcc": True}


def test_unknown_release_modes_are_refused(db, held):
    c, rec = held
    with pytest.raises(InvalidInput):
        review.release(db, c.id, rec.id, actor="a", mode="loudly", reason="x", now=NOW)


def test_only_held_messages_can_be_released(db):
    c = council(db)
    rec, _ = record(db, c, mailbox(db, c), allowed_eml())
    db.commit()
    with pytest.raises(InvalidTransition):
        review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="x", now=NOW)


def test_return_needs_a_reason_and_creates_return_and_notice(db, held):
    c, rec = held
    with pytest.raises(InvalidInput):
        review.return_to_sender(db, c.id, rec.id, actor="a", reason=" ", now=NOW)
    review.return_to_sender(db, c.id, rec.id, actor="clerk", reason="Send it from the office, please",
                            now=later(3))
    db.rollback()
    assert db.get(type(rec), rec.id).state == "returned"
    [ret] = intents_of(db, rec, "return")
    assert ret.payload == {"reason": "Send it from the office, please"}
    notice = intents_of(db, rec, "notify")[-1].payload
    assert notice["subject"].startswith("Returned to you:") and "Send it from the office" in notice["body"]
    with pytest.raises(Conflict):
        review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="x", now=NOW)


def test_mark_delivered_clears_the_bytes_and_is_idempotent(db, held):
    c, rec = held
    review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="ok", now=NOW)
    [deliver] = intents_of(db, rec, "deliver")
    delivered = review.mark_delivered(db, deliver, now=later(1))
    store.complete_intent(db, deliver, now=later(1))
    db.commit()
    assert delivered.state == "delivered" and delivered.raw_mime is None
    assert review.mark_delivered(db, deliver, now=later(2)).state == "delivered"
    events = db.scalars(select(AuditEvent.event).where(AuditEvent.event == "message.delivered")).all()
    assert events == ["message.delivered"]
    assert audit.verify(db).ok


def test_the_council_scopes_review(db, held):
    _, rec = held
    other = council(db, slug="other")
    with pytest.raises(NotFound):
        review.release(db, other.id, rec.id, actor="a", mode="as-sent", reason="x", now=NOW)


def test_allowed_mail_goes_straight_to_delivered(db):
    c = council(db)
    rec, _ = record(db, c, mailbox(db, c), allowed_eml())
    [deliver] = intents_of(db, rec, "deliver")
    assert review.mark_delivered(db, deliver, now=later(1)).state == "delivered"
    assert rec.raw_mime is None


def test_two_reviewers_releasing_at_once_get_one_delivery(fresh_db_url):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        c = council(session)
        rec, _ = record(session, c, mailbox(session, c), held_eml())
        ids = (c.id, rec.id)
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def reviewer(name: str) -> None:
        with sessions() as session:
            start.wait()
            try:
                review.release(session, *ids, actor=name, mode="as-sent", reason="fine", now=NOW)
                outcomes.append("released")
            except Conflict:
                outcomes.append("conflict")

    threads = [threading.Thread(target=reviewer, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert sorted(outcomes) == ["conflict", "released"]
        with sessions() as session:
            assert len(session.scalars(select(Intent).where(Intent.kind == "deliver")).all()) == 1
            assert len(session.scalars(select(Decision)).all()) == 1
    finally:
        engine.dispose()


def test_decisions_are_listed_oldest_first(db, held):
    c, rec = held
    review.release(db, c.id, rec.id, actor="a", mode="as-sent", reason="ok", now=NOW)
    [decision] = store.list_decisions(db, rec.id)
    assert (decision.kind, decision.actor, decision.reason) == ("release", "a", "ok")
    assert store.list_decisions(db, 987_654) == []


def test_messages_submitted_through_the_api_are_decided_but_not_acted_on(db):
    """The add-in's client sends or edits the mail itself: no connector intents for kind "api"."""
    c = council(db)
    box = mailbox(db, c, kind="api")
    first, _ = record(db, c, box, held_eml(1))
    second, _ = record(db, c, box, held_eml(2))
    db.commit()
    assert db.scalars(select(Intent).where(Intent.mailbox_id == box.id)).all() == []
    review.release(db, c.id, first.id, actor="clerk@example-council.gov.uk", mode="as-sent",
                   reason="fine to send", now=later(5))
    review.return_to_sender(db, c.id, second.id, actor="clerk@example-council.gov.uk",
                            reason="remove the attachment", now=later(6))
    assert db.scalars(select(Intent).where(Intent.mailbox_id == box.id)).all() == []
    assert (db.get(type(first), first.id).state, db.get(type(second), second.id).state) == ("released", "returned")
    released = db.scalars(select(AuditEvent).where(AuditEvent.event == "message.released")).one()
    assert released.data["delivery"] == "left to the submitting client"
