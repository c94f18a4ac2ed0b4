"""`mailguard digest` as real processes: previews in every format, and --send once per period."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

from sqlalchemy import select

from app.store.database import make_engine, make_sessionmaker
from app.store.tables.digest import DigestRecord
from tests.digest.week import MO_EMAIL, WEEK, build_week, make_council

ROOT = Path(__file__).resolve().parents[2]
WEEK_RANGE = "2026-11-30..2026-12-06"


def _setup(url: str, folder: Path) -> None:
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        council = make_council(session)
        box = store_mailbox(session, council, folder)
        session.commit()
        build_week(session, council, box)
    engine.dispose()


def store_mailbox(session, council, folder: Path):
    from app.store import records as store

    for sub in ("outbox", "sent", "held", "drafts", "notices"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    return store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                                config={"root": str(folder)}, now=WEEK)


def _cli(url: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url,
           "MAILGUARD_REVIEW__BASE_URL": "https://mailguard.example-council.gov.uk"}
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", "digest", "--council", "digest-town", *args],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _run(url: str, *args: str) -> subprocess.CompletedProcess:
    process = _cli(url, *args)
    out, err = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def test_preview_as_json_and_html_and_a_clear_error_for_a_bad_period(fresh_db_url, tmp_path):
    _setup(fresh_db_url, tmp_path / "mail")
    shown = _run(fresh_db_url, "--period", WEEK_RANGE, "--format", "json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["outcomes"]["held"] == 4 and data["caught"] == 8
    assert data["notable"][0]["link"].startswith("https://mailguard.example-council.gov.uk/review/messages/")
    written = _run(fresh_db_url, "--period", WEEK_RANGE, "--format", "html", "-o", str(tmp_path / "d.html"))
    assert written.returncode == 0, written.stderr
    assert 'id="trend-chart"' in (tmp_path / "d.html").read_text(encoding="utf-8")
    bad = _run(fresh_db_url, "--period", "last-tuesday")
    assert bad.returncode == 2 and "--period must be daily, weekly, today or YYYY-MM-DD..YYYY-MM-DD" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_two_processes_sending_the_same_period_send_it_once(fresh_db_url, tmp_path):
    folder = tmp_path / "mail"
    _setup(fresh_db_url, folder)
    racing = [_cli(fresh_db_url, "--period", WEEK_RANGE, "--send") for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in racing]
    assert [p.returncode for p in racing] == [0, 0], outputs
    said = [out for out, _ in outputs]
    assert sum(f"sent to {MO_EMAIL}" in out for out in said) == 1, said
    assert sum(("already sent" in out or "being sent by another process" in out) for out in said) == 1, said
    again = _run(fresh_db_url, "--period", WEEK_RANGE, "--send")
    assert again.returncode == 0 and "already sent" in again.stdout
    files = list((folder / "notices").glob("*.eml"))
    assert len(files) == 1
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert message["To"] == MO_EMAIL and message["X-MailGuard-Digest"].strip().startswith("digest:1:range:")
    assert {p.get_content_type() for p in message.iter_parts()} == {"text/plain", "text/html"}
    engine = make_engine(fresh_db_url)
    with make_sessionmaker(engine)() as session:
        records = session.scalars(select(DigestRecord)).all()
        assert [(r.period_kind, r.status, r.attempts) for r in records] == [(f"range:{WEEK_RANGE}", "sent", 1)]
    engine.dispose()


def test_digest_schedule_is_changed_validated_and_used_by_the_next_preview(fresh_db_url, tmp_path):
    _setup(fresh_db_url, tmp_path / "mail")
    env = {**os.environ, "MAILGUARD_DATABASE_URL": fresh_db_url}
    command = [sys.executable, "-m", "app.cli.main", "digest-schedule", "--council", "digest-town"]
    changed = subprocess.run([*command, "--period", "daily", "--hour", "7"], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=120)
    assert changed.returncode == 0, changed.stderr
    assert json.loads(changed.stdout) == {"period": "daily", "weekday": "mon", "hour": 7}
    refused = subprocess.run([*command, "--weekday", "someday"], env=env, cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
    assert refused.returncode == 2 and "weekday" in refused.stderr
    shown = _run(fresh_db_url, "--format", "json")
    assert json.loads(shown.stdout)["period"]["kind"] == "daily"
