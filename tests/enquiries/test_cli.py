"""`mailguard enquiries list|tick`, run as an admin would, over folder mailboxes and `worker --until-idle`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.enquiries.conftest import COUNCILLOR, DIRECTORY, OFFICER
from tests.enquiries.mail import message

MAILGUARD = [sys.executable, "-c", "from app.cli.main import main; main()"]
ROOT = Path(__file__).resolve().parents[2]


def run(url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url}
    env.pop("MAILGUARD_CONFIG_FILE", None)
    return subprocess.run([*MAILGUARD, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)


def test_an_enquiry_sent_through_a_folder_outbox_is_listed(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    (tmp_path / "people.yaml").write_text(DIRECTORY, encoding="utf-8")
    assert run(url, "db", "upgrade").returncode == 0
    added = run(url, "council", "add", "--slug", "brookfield", "--name", "Brookfield Town Council",
                "--pack", "annex-2-4", "--directory", str(tmp_path / "people.yaml"))
    assert added.returncode == 0, added.stderr
    for address in (COUNCILLOR, OFFICER):
        box = run(url, "mailbox", "add-local", "--council", "brookfield", "--address", address,
                  str(tmp_path / address))
        assert box.returncode == 0, box.stderr
    (tmp_path / COUNCILLOR / "outbox" / "q.eml").write_bytes(message(
        sender=COUNCILLOR, to=[OFFICER], subject="Play area gate", message_id="<gate@brookfield-tc.gov.uk>",
        body="Sam, has the play area gate been fixed yet?"))
    worked = run(url, "worker", "--until-idle")
    assert worked.returncode == 0, worked.stderr
    ticked = run(url, "enquiries", "tick", "--council", "brookfield")
    assert ticked.returncode == 0 and "brookfield: 1 opened" in ticked.stdout, ticked.stdout + ticked.stderr
    listed = run(url, "enquiries", "list", "--council", "brookfield", "--json")
    [row] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (row["status"], row["asker"], row["addressees"]) == ("open", COUNCILLOR, [OFFICER])
    assert row["asks"] == ["Sam, has the play area gate been fixed yet?"] and row["clause"] == "3.3.5"
    plain = run(url, "enquiries", "list", "--council", "brookfield", "--status", "overdue")
    assert plain.returncode == 0 and plain.stdout.strip() == "no enquiries"
    wrong = run(url, "enquiries", "list", "--council", "brookfield", "--status", "late")
    assert wrong.returncode == 2 and "--status must be one of" in wrong.stderr
