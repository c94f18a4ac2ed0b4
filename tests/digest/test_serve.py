"""`mailguard serve` runs the digest schedule: two real processes on PostgreSQL, the lease holder
SIGKILLed and restarted, and the digest is still sent exactly once.

The served processes use the real clock, so the council's schedule is chosen to
make exactly one digest due now: yesterday's daily digest (hour 0, one day of catch-up).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from pathlib import Path

import httpx
from sqlalchemy import select

from app.digest.period import due_periods, schedule_from_options
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables.digest import DigestRecord, SchedulerLease
from tests.digest.week import MO_EMAIL, make_council
from tests.smtp_recorder import free_port
from tests.timing import wait_for

ROOT = Path(__file__).resolve().parents[2]
OPTIONS = {"digest": {"period": "daily", "hour": 0, "catch_up_days": 1}}


def _serve(url: str, worker_id: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url, "MAILGUARD_POLL_INTERVAL_S": "0.1",
           "MAILGUARD_WORKER_ID": worker_id, "MAILGUARD_PORT": str(port)}
    process = subprocess.Popen([sys.executable, "-m", "app.cli.main", "serve"], env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for(lambda: _healthy(port, process), timeout=60, what=f"serve {worker_id} on port {port}")
    return process, port


def _healthy(port: int, process: subprocess.Popen) -> bool:
    if process.poll() is not None:
        raise AssertionError(process.stderr.read().decode(errors="replace")[-3000:])
    try:
        return httpx.get(f"http://127.0.0.1:{port}/api/v1/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_two_serve_processes_send_the_due_digest_once_when_the_lease_holder_is_killed_and_restarted(
        fresh_pg_url, tmp_path):
    folder = tmp_path / "mail"
    engine = make_engine(fresh_pg_url)
    sessions = make_sessionmaker(engine)
    now = datetime.now(timezone.utc)
    with sessions() as session:
        council = make_council(session, options=OPTIONS, created=now - timedelta(days=30))
        store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                             config={"root": str(folder)}, now=now)
        session.commit()
    (expected,) = due_periods(schedule_from_options(OPTIONS), now, not_before=now - timedelta(days=30))

    def records():
        with sessions() as session:
            return session.scalars(select(DigestRecord)).all()

    def lease():
        with sessions() as session:
            return session.get(SchedulerLease, "digests")

    processes = {}
    try:
        for worker in ("serve-a", "serve-b"):
            processes[worker] = _serve(fresh_pg_url, worker)[0]
        wait_for(lambda: [r.status for r in records()] == ["sent"], timeout=60, what="the digest to be recorded as sent")
        holder = lease().holder.removesuffix(":digests")
        renewed_before = lease().expires_at
        processes[holder].send_signal(signal.SIGKILL)  # the sender dies without giving up its lease
        processes[holder].wait(timeout=20)
        processes[holder] = _serve(fresh_pg_url, holder)[0]  # and comes back under the same worker id
        wait_for(lambda: lease().expires_at > renewed_before, timeout=60, what="the restarted process to tick and renew its lease")
    finally:
        for process in processes.values():
            _stop(process)
    (record,) = records()
    assert (record.period_kind, record.period_start, record.attempts) == ("daily", expected.start, 1)
    files = list((folder / "notices").glob("*.eml"))
    assert len(files) == 1
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert message["To"] == MO_EMAIL and "(nothing to report)" in message["Subject"]
    engine.dispose()
