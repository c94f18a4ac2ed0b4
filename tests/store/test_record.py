"""Recording checked messages: state, findings, raw MIME, intents, audit, idempotency; review queries."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from app.errors import NotFound
from app.store import audit
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker, utc
from app.store.tables import AuditEvent, Council, FindingRecord, Intent, Mailbox, MessageRecord
from tests.store.scenario import (
    DOE,
    NOW,
    RESIDENT,
    allowed_eml,
    annotated_eml,
    check,
    council,
    eml,
    held_eml,
    later,
    mailbox,
    record,
)


def count(db, model, **where) -> int:
    query = select(func.count()).select_from(model)
    for column, value in where.items():
        query = query.where(getattr(model, column) == value)
    return db.scalar(query)


@pytest.fixture
def box(db):
    c = council(db)
    return c, mailbox(db, c)


def test_a_held_message_keeps_its_bytes_findings_and_gets_a_hold_and_a_notice(db, box):
    c, mb = box
    raw = held_eml()
    rec, created = record(db, c, mb, raw)
    assert created and rec.state == "held" and rec.verdict == "hold"
    assert rec.raw_mime == raw and rec.internet_message_id == "<held-1@example-council.gov.uk>"
    assert rec.sender == "clerk@example-council.gov.uk"
    assert rec.recipients["bcc"] == [{"name": "Jane Doe", "email": "cllr.doe@example-council.gov.uk"}]
    assert rec.annotation == "CC Councillor Jane Doe"
    assert sorted(f.rule for f in rec.findings) == ["confidential-disclosure", "silent-bcc"]
    assert {f.clause for f in rec.findings} == {"6"}
    intents = {i.kind: i for i in db.scalars(select(Intent).where(Intent.message_id == rec.id))}
    assert set(intents) == {"hold", "notify"}
    assert intents["hold"].key == f"{mb.id}:<held-1@example-council.gov.uk>:hold"
    notice = intents["notify"].payload
    assert notice["to"] == "clerk@example-council.gov.uk"
    assert notice["subject"] == "Held for review: Private and confidential: your complaint 1"
    body = notice["body"]
    assert "has not been sent yet" in body and "Mark Smith" in body
    assert "marked confidential" in body and "Protocol clause 6: " in body
    assert "What happens next" in body and "release it" in body and "CC Councillor Jane Doe" in body
    events = db.scalars(select(AuditEvent.event).where(AuditEvent.message_id == rec.id)
                        .order_by(AuditEvent.seq)).all()
    assert events == ["message.checked", "message.held"]
    assert audit.verify(db).ok


def test_recording_the_same_message_twice_creates_nothing_the_second_time(db, box):
    c, mb = box
    first, created = record(db, c, mb, held_eml())
    before = (count(db, Intent), count(db, AuditEvent), count(db, FindingRecord))
    again, created_again = record(db, c, mb, held_eml(), at=later(5), ref="outbox/again.eml")
    assert created and not created_again and again.id == first.id
    assert count(db, MessageRecord) == 1
    assert count(db, Intent, kind="hold") == 1 and count(db, Intent, kind="notify") == 1
    assert (count(db, Intent), count(db, AuditEvent), count(db, FindingRecord)) == before
    assert again.source_ref == "outbox/1.eml"


def test_the_same_message_id_in_another_mailbox_is_another_record(db, box):
    c, mb = box
    other = mailbox(db, c, address="deputy@example-council.gov.uk")
    record(db, c, mb, held_eml())
    _, created = record(db, c, other, held_eml())
    assert created and count(db, MessageRecord) == 2


def test_a_message_without_message_id_is_known_by_the_hash_of_its_bytes(db, box):
    c, mb = box
    raw = allowed_eml(message_id=None)
    rec, _ = record(db, c, mb, raw)
    assert rec.internet_message_id == f"<{hashlib.sha256(raw).hexdigest()}@mailguard.invalid>"
    assert store.identity_of(raw) == rec.internet_message_id
    assert record(db, c, mb, raw)[1] is False
    assert store.identity_of(held_eml()) == "<held-1@example-council.gov.uk>"


def test_allowed_and_annotated_pre_send_mail_is_kept_for_delivery(db, box):
    c, mb = box
    allowed, _ = record(db, c, mb, allowed_eml())
    annotated, _ = record(db, c, mb, annotated_eml())
    assert (allowed.state, annotated.state) == ("allowed", "annotated")
    assert allowed.raw_mime is not None and annotated.raw_mime is not None
    deliver = {i.message_id: i.payload for i in db.scalars(select(Intent).where(Intent.kind == "deliver"))}
    assert deliver == {allowed.id: {"annotation": None, "strip_bcc": False},
                       annotated.id: {"annotation": "CC Councillor Jane Doe", "strip_bcc": False}}
    assert count(db, Intent, kind="notify") == 0 and count(db, Intent, kind="hold") == 0


def test_post_send_mail_is_only_recorded(db, box):
    c, mb = box
    rec, _ = record(db, c, mb, held_eml(), stage="post-send")
    assert rec.state == "recorded" and rec.raw_mime is None and len(rec.findings) == 2
    assert count(db, Intent) == 0


def test_api_mailboxes_get_no_intents_but_a_held_message_keeps_its_bytes(db, box):
    c, _ = box
    api = mailbox(db, c, kind="api", address="addin")
    held, _ = record(db, c, api, held_eml())
    allowed, _ = record(db, c, api, allowed_eml())
    assert held.raw_mime is not None and allowed.raw_mime is None
    assert count(db, Intent) == 0


def test_unreadable_mail_is_held_with_the_reason(db, box):
    c, mb = box
    rec, _ = record(db, c, mb, b"\x00\x01 not mail")
    assert rec.verdict == "error" and rec.state == "held" and rec.hold_reason
    notify = db.scalars(select(Intent).where(Intent.kind == "notify")).all()
    assert notify == []  # no sender to tell
    assert count(db, Intent, kind="hold") == 1


def test_an_unknown_stage_is_refused(db, box):
    c, mb = box
    with pytest.raises(ValueError):
        record(db, c, mb, held_eml(), stage="sideways")


def test_the_held_queue_is_oldest_first_and_filters(db, box):
    c, mb = box
    newest, _ = record(db, c, mb, held_eml(1), at=later(30))
    oldest, _ = record(db, c, mb, held_eml(2), at=later(10))
    record(db, c, mb, allowed_eml(3), at=later(5))
    assert [r.id for r in store.held_queue(db, c.id)] == [oldest.id, newest.id]
    assert [r.id for r in store.held_queue(db, c.id, older_than=later(20))] == [oldest.id]
    assert len(store.held_queue(db, c.id, rule="confidential-disclosure")) == 2
    assert store.held_queue(db, c.id, rule="councillor-name-letter") == []
    assert len(store.held_queue(db, c.id, sender="Clerk@Example-Council.gov.uk")) == 2
    assert store.held_queue(db, c.id, sender="someone@else") == []
    assert [r.id for r in store.held_queue(db, c.id, limit=1, offset=1)] == [newest.id]
    assert store.queue_depth(db, c.id) == 2 and store.queue_depth(db) == 2
    other = council(db, slug="other")
    assert store.held_queue(db, other.id) == [] and store.queue_depth(db, other.id) == 0


def test_get_message_is_scoped_to_the_council(db, box):
    c, mb = box
    rec, _ = record(db, c, mb, held_eml())
    assert store.get_message(db, c.id, rec.id).id == rec.id
    other = council(db, slug="other")
    with pytest.raises(NotFound):
        store.get_message(db, other.id, rec.id)
    with pytest.raises(NotFound):
        store.get_message(db, c.id, 123_456)


def test_findings_filter_by_rule_action_time_and_sender(db, box):
    c, mb = box
    held, _ = record(db, c, mb, held_eml(), at=later(10))
    annotated, _ = record(db, c, mb, annotated_eml(), at=later(20))
    outsider = eml(subject="CONFIDENTIAL: land sale", to=RESIDENT, sender=
                   "Jane Doe <cllr.doe@example-council.gov.uk>", body="The confidential report.\r\n\r\nJane Doe")
    record(db, c, mb, outsider, at=later(30))
    everything = store.list_findings(db, c.id)
    times = [utc(f.created_at) for f in everything]  # SQLite gives rows read back naive
    assert times == sorted(times, reverse=True)
    assert {f.rule for f in store.list_findings(db, c.id, rule="silent-bcc")} == {"silent-bcc"}
    assert len(store.list_findings(db, c.id, rule="silent-bcc")) == 2
    assert {f.action for f in store.list_findings(db, c.id, action="hold")} == {"hold"}
    window = store.list_findings(db, c.id, since=later(15), until=later(25))
    assert [f.message_id for f in window] == [annotated.id]
    by_doe = store.list_findings(db, c.id, sender="cllr.doe@example-council.gov.uk")
    assert by_doe and all(f.message.sender == "cllr.doe@example-council.gov.uk" for f in by_doe)
    assert len(store.list_findings(db, c.id, limit=2)) == 2
    assert store.list_findings(db, council(db, slug="other").id) == []
    assert held.id in {f.message_id for f in everything}


def test_mailboxes_and_councils_are_created_once(db, box):
    c, mb = box
    assert mailbox(db, c, address="CLERK@example-council.gov.uk").id == mb.id
    assert store.get_council(db, "example").id == c.id
    with pytest.raises(NotFound):
        store.get_council(db, "nowhere")
    events = db.scalars(select(AuditEvent.event).order_by(AuditEvent.seq)).all()
    assert events == ["council.created", "mailbox.added"]


def test_two_processes_recording_the_same_message_at_once_make_one_record(fresh_db_url):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        c = council(session)
        mb = mailbox(session, c)
        ids = (c.id, mb.id)
    first_recorded = threading.Event()
    results: dict[str, tuple[int, bool]] = {}
    errors: list[BaseException] = []

    def worker(name: str) -> None:
        try:
            with sessions.begin() as session:
                c, mb = session.get(Council, ids[0]), session.get(Mailbox, ids[1])
                if name == "second":
                    first_recorded.wait(10)
                rec, created = record(session, c, mb, held_eml())
                results[name] = (rec.id, created)
                if name == "first":
                    first_recorded.set()
                    time.sleep(0.5)  # still uncommitted while the second one tries
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)
            first_recorded.set()

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("first", "second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert not errors, errors
        assert results["first"][1] is True and results["second"] == (results["first"][0], False)
        with sessions() as session:
            assert count(session, MessageRecord) == 1
            assert count(session, Intent, kind="hold") == 1 and count(session, Intent, kind="notify") == 1
            assert audit.verify(session).ok
    finally:
        engine.dispose()


def test_a_mailbox_of_another_council_is_refused(db, box):
    _, mb = box
    other = council(db, slug="other")
    with pytest.raises(ValueError, match="another council"):
        record(db, other, mb, held_eml())


def test_a_recorded_message_rolled_back_leaves_the_session_and_can_be_recorded_again(db, box):
    c, mb = box
    db.commit()
    rec, created = record(db, c, mb, held_eml())
    findings = list(rec.findings)  # loaded as written: no read back
    assert created and rec in db and findings and all(f in db for f in findings)
    db.rollback()
    assert rec not in db and all(f not in db for f in findings)  # as the ORM does with its own inserts
    assert count(db, MessageRecord) == 0 and count(db, FindingRecord) == 0
    again, created_again = record(db, c, mb, held_eml())  # SQLite may give it the same id: no clash
    db.commit()
    assert created_again and db.get(MessageRecord, again.id) is again
    assert sorted(f.rule for f in again.findings) == ["confidential-disclosure", "silent-bcc"]
    assert audit.verify(db).ok


def test_a_recorded_message_changed_later_in_its_session_is_saved(db, box):
    c, mb = box
    rec, _ = record(db, c, mb, held_eml())
    db.commit()
    rec.state = "released"  # the record joined the session as a loaded row: the ORM flushes changes
    db.commit()
    assert db.scalar(select(MessageRecord.state).where(MessageRecord.id == rec.id)) == "released"


def test_a_record_s_findings_and_events_are_written_with_it_in_order_and_as_given(db, box):
    """On PostgreSQL the record, its findings, thread row and events are one statement (arrays
    unnested in order); on SQLite separate INSERTs. Both give the same rows, in the same order."""
    c, mb = box
    raw = eml(subject="Private and confidential: café “quoted” \\ back\tslash 1", to=RESIDENT, bcc=DOE,
              body="Dear Mr Smith,\r\n\r\nÉté — “quotes”, a \\ and a \" too.\r\n\r\nSam", message_id="<order-1@x>")
    evaluation = check(raw)
    assert len(evaluation.decisions) >= 2  # more than one finding: their order is what is checked
    rec, created = store.record_evaluation(db, council=c, mailbox=mb, evaluation=evaluation, raw=raw,
                                           stage="pre-send", source_ref="outbox/order.eml", now=NOW)
    db.commit()
    assert created
    rows = db.scalars(select(FindingRecord).where(FindingRecord.message_id == rec.id)
                      .order_by(FindingRecord.id).execution_options(populate_existing=True)).all()
    assert [f.id for f in rec.findings] == [f.id for f in rows]  # the session's objects are the rows
    assert [(f.rule, f.action, f.clause, f.summary, f.evidence, f.subjects, f.location) for f in rows] == [
        (d.rule, d.action, d.clause, d.summary, list(d.evidence), list(d.subjects), d.location or "")
        for d in evaluation.decisions]
    assert all(utc(f.created_at) == NOW and f.council_id == c.id for f in rows)
    events = db.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [e.event for e in events] == ["council.created", "mailbox.added", "message.checked", "message.held",
                                         *[e.event for e in events[4:]]]  # then the hold's intents' own
    checked = events[2]
    assert checked.message_id == rec.id and checked.data["sha256"] == hashlib.sha256(raw).hexdigest()
    assert checked.data["rules"] == list(dict.fromkeys(d.rule for d in evaluation.decisions))
    assert audit.verify(db).ok


def test_unreadable_mail_is_recorded_with_its_events_and_no_thread_row(db, box):
    from app.store.tables.enquiries import MessageThread

    c, mb = box
    rec, _ = record(db, c, mb, b"\x00\x01 not mail")
    db.commit()
    assert db.get(MessageThread, rec.id) is None and rec.findings == []
    events = db.scalars(select(AuditEvent.event).where(AuditEvent.message_id == rec.id).order_by(AuditEvent.id))
    assert list(events) == ["message.checked", "message.held"]
    assert audit.verify(db).ok


@pytest.mark.parametrize("text", ["NULL", "null", "{1,2}", '"', "\\", "a,b", "", " padded ", "é ✓ 𝒳"])
def test_findings_text_that_means_something_to_an_array_literal_is_kept_as_written(db, box, text):
    """PostgreSQL receives the findings as text arrays: NULL, braces, quotes and commas stay text."""
    c, mb = box
    evaluation = check(held_eml(41))
    decisions = tuple(replace(d, summary=text or "(empty)", quote=text, clause=text[:50] or None,
                              location=text[:200], evidence=(text, "NULL"), subjects=(text,))
                      for d in evaluation.decisions)
    evaluation = replace(evaluation, decision=replace(evaluation.decision, decisions=decisions))
    rec, _ = store.record_evaluation(db, council=c, mailbox=mb, evaluation=evaluation, raw=held_eml(41),
                                     stage="pre-send", source_ref="outbox/text.eml", now=NOW)
    db.commit()
    rows = db.scalars(select(FindingRecord).where(FindingRecord.message_id == rec.id)
                      .order_by(FindingRecord.id).execution_options(populate_existing=True)).all()
    assert [(f.summary, f.quote, f.clause, f.location, f.evidence, f.subjects) for f in rows] == [
        (text or "(empty)", text, text[:50] or None, text[:200], [text, "NULL"], [text]) for _ in decisions]
