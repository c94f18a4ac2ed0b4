"""`mailguard audit verify` as a real process against each tampering of issue 13, with the head taken
from the Monitoring Officer's digest (a witness outside the database)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from sqlalchemy import delete, select, update

from app.store import audit
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, AuditHead
from tests.digest.test_cli import store_mailbox
from tests.digest.week import build_week, make_council

ROOT = Path(__file__).resolve().parents[2]
WEEK_RANGE = "2026-11-30..2026-12-06"


def _mailguard(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def _build(url: str, folder: Path):
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions() as session:
        council = make_council(session)
        box = store_mailbox(session, council, folder)
        session.commit()
        build_week(session, council, box)
        other = make_council(session, slug="other-town")
        session.commit()
        return engine, sessions, council.id, other.id


def _head_from_digest(url: str) -> str:
    shown = _mailguard(url, "digest", "--council", "digest-town", "--period", WEEK_RANGE, "--format", "text")
    assert shown.returncode == 0, shown.stderr
    found = re.search(r"AUDIT LOG HEAD: (\S+)", shown.stdout)
    assert found, shown.stdout[-800:]
    return found.group(1)


def test_each_tampering_makes_audit_verify_exit_1_naming_it(fresh_db_url, tmp_path):
    engine, sessions, council_id, other_id = _build(fresh_db_url, tmp_path / "mail")
    try:
        head = _head_from_digest(fresh_db_url)
        assert head.startswith("digest-town:")
        intact = _mailguard(fresh_db_url, "audit", "verify", "--head", head)
        assert intact.returncode == 0, intact.stderr
        assert "audit chain intact" in intact.stdout and "reaches 1 published head" in intact.stdout
        listed = _mailguard(fresh_db_url, "audit", "head", "--council", "digest-town")
        assert listed.stdout.strip() == head

        # 1. delete the last row and move the head back: consistent in itself, but short of the digest's head
        seq = int(head.split(":")[1])
        with sessions() as session:
            previous = session.scalars(select(AuditEvent).where(AuditEvent.council_id == council_id,
                                                                AuditEvent.seq == seq - 1)).one()
            session.execute(delete(AuditEvent).where(AuditEvent.council_id == council_id, AuditEvent.seq == seq))
            session.execute(update(AuditHead).where(AuditHead.council_id == council_id)
                            .values(seq=seq - 1, hash=previous.hash))
            session.commit()
        cut = _mailguard(fresh_db_url, "audit", "verify", "--head", head)
        assert cut.returncode == 1
        assert f"council digest-town, event {seq}" in cut.stderr and f"events {seq} to {seq} were removed" in cut.stderr

        # 2. an edited row re-hashed the only way possible without the key
        with sessions() as session:
            row = session.scalars(select(AuditEvent).where(AuditEvent.council_id == council_id,
                                                           AuditEvent.seq == 3)).one()
            row.actor = "nobody"
            row.hash = audit.event_hash(None, council_id, row.seq, row.at, row.actor, row.event,
                                        row.message_id, row.data, row.prev_hash)
            session.commit()
        edited = _mailguard(fresh_db_url, "audit", "verify", "--council", "digest-town")
        assert edited.returncode == 1
        assert "event 3 was changed after it was written" in edited.stderr

        # 3. a whole council's chain deleted
        with sessions() as session:
            session.execute(delete(AuditEvent).where(AuditEvent.council_id == other_id))
            session.execute(delete(AuditHead).where(AuditHead.council_id == other_id))
            session.commit()
        gone = _mailguard(fresh_db_url, "audit", "verify", "--council", "other-town")
        assert gone.returncode == 1 and "council other-town has no audit chain" in gone.stderr

        garbage = _mailguard(fresh_db_url, "audit", "verify", "--head", "digest-town:12")
        assert garbage.returncode == 2 and "is not an audit head" in garbage.stderr
    finally:
        engine.dispose()
