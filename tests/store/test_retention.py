"""Retention: bodies go `retention_days` after the decision, once nothing needs them; findings and audit stay.
And a new SQLite database file (with its WAL) is readable by its owner only."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text, update

from app.review import decisions as review
from app.review.retention import RetentionPurge, purge_once
from app.store import audit
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker, upgrade
from app.store.retention import purge_bodies
from app.store.tables import AuditEvent, FindingRecord, Intent, MessageRecord
from tests.store.scenario import NOW, check, council, held_eml, mailbox

ROOT = Path(__file__).resolve().parents[2]
DAY = timedelta(days=1)


def _held(db, c, box, n: int, kind: str = "local"):
    raw = held_eml(n)
    record, _ = store.record_evaluation(db, council=c, mailbox=box, evaluation=check(raw), raw=raw,
                                        stage="pre-send", source_ref=f"r{n}", now=NOW)
    return record


def test_bodies_go_after_decision_plus_retention_and_nothing_else_does(db):
    c = council(db)
    api_box = mailbox(db, c, kind="api", address="clerk@example-council.gov.uk")
    local_box = mailbox(db, c)
    released_api = _held(db, c, api_box, 1)  # an add-in hold: no connector ever drops its body
    returned_api = _held(db, c, api_box, 2)
    still_held = _held(db, c, api_box, 3)
    releasing = _held(db, c, local_box, 4)  # released, its delivery still pending
    recent = _held(db, c, api_box, 5)
    db.commit()
    review.release(db, c.id, released_api.id, actor="r@x", mode="as-sent", reason="fine", now=NOW)
    review.return_to_sender(db, c.id, returned_api.id, actor="r@x", reason="no", now=NOW)
    review.release(db, c.id, releasing.id, actor="r@x", mode="as-sent", reason="fine", now=NOW)
    review.release(db, c.id, recent.id, actor="r@x", mode="as-sent", reason="ok", now=NOW + 20 * DAY)
    findings_before = db.scalar(select(text("count(*)")).select_from(FindingRecord))

    assert purge_bodies(db, retention_days=30, now=NOW + 29 * DAY) == {}
    purged = purge_bodies(db, retention_days=30, now=NOW + 31 * DAY)
    db.commit()
    assert purged == {c.id: 2}
    bodies = {r.id: r.raw_mime is not None for r in db.scalars(
        select(MessageRecord).execution_options(populate_existing=True))}
    assert bodies == {released_api.id: False, returned_api.id: False, still_held.id: True,
                      releasing.id: True, recent.id: True}
    assert db.scalar(select(text("count(*)")).select_from(FindingRecord)) == findings_before > 0
    event = db.scalars(select(AuditEvent).where(AuditEvent.event == "retention.purged")).one()
    assert event.data["bodies"] == 2 and sorted(event.data["message_ids"]) == sorted([released_api.id,
                                                                                       returned_api.id])
    assert audit.verify(db).ok
    # Once its delivery is done, the released message's body goes too; a second run finds nothing new.
    db.execute(update(Intent).where(Intent.message_id == releasing.id).values(status="done"))
    assert purge_bodies(db, retention_days=30, now=NOW + 31 * DAY) == {c.id: 1}
    assert purge_bodies(db, retention_days=30, now=NOW + 31 * DAY) == {}


def test_the_serve_job_purges_on_start_and_the_cli_does_the_same(fresh_db_url, tmp_path):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as session:
            c = council(session)
            box = mailbox(session, c, kind="api")
            ids = [_held(session, c, box, n).id for n in (1, 2)]
            session.commit()
            for record_id in ids:
                review.release(session, c.id, record_id, actor="r@x", mode="as-sent", reason="ok", now=NOW)
        job = RetentionPurge(sessions, retention_days=0, interval_s=3600, clock=lambda: NOW + DAY)
        assert job.run_once() == {c.id: 2} and job.runs == 1
        assert purge_once(sessions, retention_days=0, now=NOW + DAY) == {}
        with sessions() as session:
            assert session.scalars(select(MessageRecord.raw_mime)).all() == [None, None]
        env = {**os.environ, "MAILGUARD_DATABASE_URL": fresh_db_url}
        done = subprocess.run([sys.executable, "-m", "app.cli.main", "db", "purge", "--retention-days", "0"],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "deleted 0 message bodies decided more than 0 days ago" in done.stdout
    finally:
        engine.dispose()


def test_serve_runs_the_purge_among_its_background_jobs(fresh_db_url):
    from app import background
    from app.settings import load_settings

    engine = make_engine(fresh_db_url)
    settings = load_settings(database_url=fresh_db_url, retention_interval_s=3600)
    jobs = background.start(settings, make_sessionmaker(engine), {})
    try:
        purges = [job for job in jobs if isinstance(job, RetentionPurge)]
        assert len(purges) == 1 and purges[0].retention_days == settings.retention_days
    finally:
        for job in jobs:
            job.shutdown()
        engine.dispose()


def test_a_new_sqlite_database_and_its_wal_are_private(tmp_path):
    path = tmp_path / "private.db"
    old = os.umask(0o022)
    try:
        upgrade(f"sqlite:///{path}")
        engine = make_engine(f"sqlite:///{path}")
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE t (x)")
            assert (tmp_path / "private.db-wal").exists()
            assert stat.S_IMODE((tmp_path / "private.db-wal").stat().st_mode) == 0o600
        engine.dispose()
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
