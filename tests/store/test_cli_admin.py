"""`mailguard db upgrade | council add | apikey create | audit verify`, run as the user would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.store.scenario import ROOT

MAILGUARD = [sys.executable, "-c", "from app.cli.main import main; main()"]


def run(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url}
    env.pop("MAILGUARD_CONFIG_FILE", None)
    return subprocess.run([*MAILGUARD, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_the_admin_commands_end_to_end_and_a_tampered_log_fails_verify(tmp_path: Path):
    path = tmp_path / "mailguard.db"
    url = f"sqlite:///{path}"
    upgraded = run(url, "db", "upgrade")
    assert upgraded.returncode == 0 and "revision " in upgraded.stdout, upgraded.stderr
    added = run(url, "council", "add", "--slug", "demo", "--name", "Demo Town Council", "--pack", "leigh-on-sea",
                "--directory", str(ROOT / "policies" / "example-directory.yaml"))
    assert added.returncode == 0 and "council demo added" in added.stdout, added.stderr
    again = run(url, "council", "add", "--slug", "demo", "--name", "x", "--pack", "leigh-on-sea",
                "--directory", str(ROOT / "policies" / "example-directory.yaml"))
    assert again.returncode == 1 and "already exists" in again.stderr
    created = run(url, "apikey", "create", "--council", "demo", "--name", "add-in", "--scope", "evaluate",
                  "--scope", "review:read")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert token.startswith("mg_") and "\n" not in token and "shown once" in created.stderr
    with sqlite3.connect(path) as conn:
        stored = conn.execute("select key_hash from api_keys").fetchone()[0]
    assert token.split("_", 2)[2] not in stored
    ok = run(url, "audit", "verify")
    assert ok.returncode == 0 and "2 events verified" in ok.stdout
    with sqlite3.connect(path) as conn:
        conn.execute("update audit_events set actor = 'intruder' where seq = 2")
    broken = run(url, "audit", "verify", "--council", "demo")
    assert broken.returncode == 1 and "event 2" in broken.stderr and "changed" in broken.stderr


def test_bad_input_gets_a_clear_message_not_a_traceback(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'm.db'}"
    run(url, "db", "upgrade")
    missing = run(url, "apikey", "create", "--council", "nowhere")
    assert missing.returncode == 1 and "no council 'nowhere'" in missing.stderr
    bad_pack = run(url, "council", "add", "--slug", "x", "--name", "X", "--pack", "no-such-pack",
                   "--directory", str(ROOT / "policies" / "example-directory.yaml"))
    assert bad_pack.returncode == 2 and "Traceback" not in bad_pack.stderr and bad_pack.stderr.strip()


def test_mailbox_add_local_registers_a_watched_folder(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    assert run(url, "db", "upgrade").returncode == 0
    assert run(url, "council", "add", "--slug", "demo", "--name", "Demo", "--pack", "leigh-on-sea",
               "--directory", str(ROOT / "policies" / "example-directory.yaml")).returncode == 0
    added = run(url, "mailbox", "add-local", "--council", "demo", "--address", "Clerk@Example-Council.gov.uk",
                str(tmp_path / "box"))
    assert added.returncode == 0, added.stderr
    assert (tmp_path / "box" / "outbox").is_dir() and (tmp_path / "box" / "held").is_dir()
    with sqlite3.connect(tmp_path / "mailguard.db") as conn:
        row = conn.execute("select kind, address, config from mailboxes").fetchone()
    assert row[0] == "local" and row[1] == "clerk@example-council.gov.uk" and str(tmp_path / "box") in row[2]
    missing = run(url, "mailbox", "add-local", "--council", "nope", str(tmp_path / "box2"))
    assert missing.returncode == 1 and "nope" in missing.stderr
