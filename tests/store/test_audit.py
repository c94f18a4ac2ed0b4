"""The audit hash chain verifies, and changing, deleting or cutting off a row is detected."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, update

from app.store import audit
from app.store.tables import AuditEvent, AuditHead
from tests.store.scenario import NOW, council, later


@pytest.fixture
def chain(db):
    """A council whose chain holds council.created and four more events."""
    c = council(db)
    for n in range(4):
        audit.append(db, c.id, "message.checked", "mailguard", data={"n": n, "rules": ["silent-bcc"],
                                                                     "note": "Café – ok"}, now=later(n))
    db.flush()
    return c


def test_an_untouched_chain_verifies(db, chain):
    report = audit.verify(db, chain.id)
    assert (report.ok, report.checked, report.first_bad_seq) == (True, 5, None)
    rows = db.query(AuditEvent).order_by(AuditEvent.seq).all()
    assert [r.seq for r in rows] == [1, 2, 3, 4, 5]
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:]))


def test_chains_are_per_council(db, chain):
    other = council(db, slug="other")
    audit.append(db, other.id, "apikey.created", "mailguard", now=NOW)
    assert [e.seq for e in db.query(AuditEvent).filter_by(council_id=other.id)] == [1, 2]
    assert audit.verify(db).ok and audit.verify(db).checked == 7


def test_a_changed_row_is_detected(db, chain):
    db.execute(update(AuditEvent).where(AuditEvent.council_id == chain.id, AuditEvent.seq == 3)
               .values(data={"n": 99}))
    report = audit.verify(db, chain.id)
    assert not report.ok
    assert report.first_bad_seq == 3 and report.council_id == chain.id
    assert "changed" in report.reason and report.checked == 2


def test_a_changed_actor_is_detected(db, chain):
    db.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(actor="someone else"))
    assert audit.verify(db).first_bad_seq == 2


def test_a_deleted_row_is_detected(db, chain):
    db.execute(delete(AuditEvent).where(AuditEvent.council_id == chain.id, AuditEvent.seq == 2))
    report = audit.verify(db, chain.id)
    assert not report.ok and report.first_bad_seq == 2 and "missing" in report.reason


def test_a_deleted_row_with_renumbered_successors_is_detected(db, chain):
    db.execute(delete(AuditEvent).where(AuditEvent.seq == 2))
    for seq in (3, 4, 5):
        db.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(seq=seq - 1))
    assert audit.verify(db).first_bad_seq == 2


def test_cutting_off_the_newest_rows_is_detected(db, chain):
    db.execute(delete(AuditEvent).where(AuditEvent.seq >= 4))
    report = audit.verify(db, chain.id)
    assert not report.ok and report.first_bad_seq == 4 and report.checked == 3


def test_deleting_the_head_is_detected(db, chain):
    db.execute(delete(AuditHead).where(AuditHead.council_id == chain.id))
    assert not audit.verify(db).ok


def test_unknown_event_names_are_refused(db, chain):
    with pytest.raises(ValueError):
        audit.append(db, chain.id, "message.teleported", "mailguard", now=NOW)
