"""The audit chain (HMAC, sealed at commit) verifies, and every tampering of issue 13 is detected."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import delete, select, update

from app.errors import ConfigError
from app.store import audit, audit_key
from app.store.tables import AuditEvent, AuditHead, Council
from tests.store.scenario import NOW, council, later


@pytest.fixture
def chain(db):
    """A council whose chain holds council.created and four more events."""
    c = council(db)
    for n in range(4):
        audit.append(db, c.id, "message.checked", "mailguard", data={"n": n, "rules": ["silent-bcc"],
                                                                     "note": "Café – ok"}, now=later(n))
    audit.seal(db)  # what commit does
    audit.chain_pending(db)  # and, on PostgreSQL, the chainer after it
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
    audit.seal(db)
    audit.chain_pending(db)
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


# -- sealed at commit --------------------------------------------------------
def test_events_are_written_when_the_session_commits_and_dropped_when_it_rolls_back(db):
    c = council(db)
    db.commit()
    row = audit.append(db, c.id, "apikey.created", "mailguard", now=NOW)
    assert audit.queued(db) == [row] and row.seq is None and row.hash is None
    db.commit()
    assert audit.queued(db) == []
    assert db.scalar(select(AuditEvent.seq).where(AuditEvent.event == "apikey.created")) == 2
    audit.append(db, c.id, "apikey.revoked", "mailguard", now=NOW)
    db.rollback()
    assert audit.queued(db) == []
    db.commit()
    assert db.scalar(select(AuditEvent.id).where(AuditEvent.event == "apikey.revoked")) is None
    assert db.get(AuditHead, c.id).seq == 2 and audit.verify(db).ok


def test_reading_the_log_in_the_same_transaction_sees_what_it_queued(db):
    c = council(db)
    assert db.scalars(select(AuditEvent.event).where(AuditEvent.council_id == c.id)).all() == ["council.created"]
    assert audit.queued(db) == []


# -- what an insider who can write the database (but not read the key) cannot hide
def _sha256_rehash(db, council_id):
    """What someone without the key can do: re-hash the chain the way it used to be hashed."""
    prev = audit.GENESIS
    for row in db.scalars(select(AuditEvent).where(AuditEvent.council_id == council_id).order_by(AuditEvent.seq)):
        row.prev_hash = prev
        row.hash = prev = audit.event_hash(None, council_id, row.seq, row.at, row.actor, row.event,
                                           row.message_id, row.data, row.prev_hash)
    db.get(AuditHead, council_id).hash = prev
    db.flush()


def test_rehashing_after_an_edit_is_detected(db, chain):
    db.execute(update(AuditEvent).where(AuditEvent.council_id == chain.id, AuditEvent.seq == 3)
               .values(actor="someone else"))
    _sha256_rehash(db, chain.id)
    report = audit.verify(db)
    assert not report.ok and report.first_bad_seq == 1 and "changed after it was written" in report.reason


def test_a_chain_checked_with_another_key_does_not_verify(db, chain):
    report = audit.verify(db, key=b"k" * 32)
    assert not report.ok and report.first_bad_seq == 1 and "audit key" in report.reason


def test_deleting_the_last_row_and_moving_the_head_back_is_caught_by_a_published_head(db, chain):
    published = audit.current_head(db, db.get(Council, chain.id))
    assert (published.slug, published.seq) == ("example", 5)
    last = db.scalars(select(AuditEvent).where(AuditEvent.seq == 5)).one()
    previous = db.scalars(select(AuditEvent).where(AuditEvent.seq == 4)).one()
    db.delete(last)
    head = db.get(AuditHead, chain.id)
    head.seq, head.hash = 4, previous.hash
    db.flush()
    assert audit.verify(db).ok  # consistent in itself: only a head kept elsewhere shows the cut
    report = audit.verify(db, heads=[audit.PublishedHead.parse(str(published))])
    assert not report.ok and report.council == "example" and report.first_bad_seq == 5
    assert "events 5 to 5 were removed" in report.reason


def test_a_rewritten_chain_does_not_match_its_published_head(db, chain):
    published = audit.current_head(db, db.get(Council, chain.id))
    other = audit.PublishedHead(published.slug, published.seq, "f" * 64)
    report = audit.verify(db, heads=[other])
    assert not report.ok and "not the one the published head names" in report.reason
    assert audit.verify(db, heads=[published]).ok


def test_deleting_a_whole_councils_chain_is_detected(db, chain):
    db.execute(delete(AuditEvent).where(AuditEvent.council_id == chain.id))
    db.execute(delete(AuditHead).where(AuditHead.council_id == chain.id))
    report = audit.verify(db)
    assert not report.ok and report.council == "example" and "has no audit chain" in report.reason


def test_a_chain_whose_start_was_cut_off_and_renumbered_is_detected(db, chain):
    db.execute(delete(AuditEvent).where(AuditEvent.council_id == chain.id))
    db.execute(delete(AuditHead).where(AuditHead.council_id == chain.id))
    audit.append(db, chain.id, "apikey.created", "mailguard", now=NOW)  # the service carries on writing
    report = audit.verify(db)
    assert not report.ok and report.first_bad_seq == 1 and "does not start with the creation" in report.reason


def test_a_published_head_of_a_council_that_is_gone_is_reported(db, chain):
    report = audit.verify(db, heads=[audit.PublishedHead("vanished", 3, "a" * 64)])
    assert not report.ok and "vanished" in report.reason and "no longer exists" in report.reason


def test_published_heads_parse_and_refuse_garbage():
    head = audit.PublishedHead.parse(" town-council:12:" + "ab" * 32 + "\n")
    assert (head.slug, head.seq, str(head)) == ("town-council", 12, "town-council:12:" + "ab" * 32)
    for bad in ("", "town:12", "town:x:" + "ab" * 32, "town:12:" + "AB" * 32, "town:12:abc"):
        with pytest.raises(ValueError):
            audit.PublishedHead.parse(bad)


# -- the key ---------------------------------------------------------------
def test_the_key_file_is_created_0600_on_first_use_and_then_reused(tmp_path):
    path = tmp_path / "keys" / "audit.key"
    first = audit_key.load_or_create(path)
    assert len(first) == 32 and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert audit_key.load_or_create(path) == first
    path.write_text("not hex")
    with pytest.raises(ConfigError, match="hex"):
        audit_key.load_or_create(path)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x")
    with pytest.raises(ConfigError, match="audit key file .*a-file/audit.key"):
        audit_key.load_or_create(not_a_folder / "audit.key")


def test_the_default_key_lives_beside_a_sqlite_file_and_outside_it(tmp_path):
    assert audit_key.default_key_path(f"sqlite:///{tmp_path}/m.db") == tmp_path / "m.db.audit-key"
    assert audit_key.default_key_path("postgresql+psycopg://u@h/db").name == "audit.key"


# -- upgrading: chains written before the key ---------------------------------
def test_a_chain_from_before_the_key_is_rekeyed_once_after_checking_it_as_written(db, chain):
    from app.store.audit_rekey import rekey_unkeyed_chains

    _sha256_rehash(db, chain.id)  # how every chain looked before issue 13
    assert not audit.verify(db).ok and audit.verify(db, unkeyed=True).ok
    assert rekey_unkeyed_chains(db) == {"example": 5}
    assert audit.verify(db).ok and rekey_unkeyed_chains(db) == {}


def test_rekey_refuses_a_broken_or_partly_keyed_chain(db, chain):
    from app.errors import Conflict
    from app.store.audit_rekey import rekey_unkeyed_chains

    db.execute(update(AuditEvent).where(AuditEvent.seq == 4).values(actor="someone else"))
    with pytest.raises(Conflict, match="event 4"):
        rekey_unkeyed_chains(db)  # keyed up to 3, then broken: never laundered
    _sha256_rehash(db, chain.id)
    db.execute(update(AuditEvent).where(AuditEvent.seq == 2).values(actor="edited before the upgrade"))
    with pytest.raises(Conflict, match="as written before the key"):
        rekey_unkeyed_chains(db)
