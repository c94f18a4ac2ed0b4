"""Mailboxes change while `serve` runs (issue 13): the worker `serve` builds picks them up without a restart.

And the folder mailbox's resubmission: a returned message, edited and dropped back in the outbox, is
checked again (it used to sit there unchecked because its Message-ID had been seen).
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

from sqlalchemy import select
from typer.testing import CliRunner

from app.cli.main import cli
from app.review.decisions import return_to_sender
from app.serve import build_worker
from app.settings import Settings
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Council, Mailbox, MessageRecord
from tests.imap.messages import allowed, held

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
DIRECTORY = "policies/example-directory.yaml"


def drop(folder, name: str, raw: bytes) -> None:
    path = folder / "outbox" / name
    path.write_bytes(raw)
    past = time.time() - 5  # settled: the folder connector leaves files still being written
    os.utime(path, (past, past))


def records(sessions) -> list[tuple[str, str]]:
    with sessions() as session:
        return [(r.internet_message_id, r.state) for r in session.scalars(select(MessageRecord).order_by(MessageRecord.id))]


def run(url: str, *args: str):
    return CliRunner().invoke(cli, list(args), env={"MAILGUARD_DATABASE_URL": url})


def test_a_running_worker_picks_up_added_changed_and_disabled_mailboxes(fresh_db_url, tmp_path):
    settings = Settings(database_url=fresh_db_url, delivery={"mailbox_refresh_s": 0.01})
    sessions = make_sessionmaker(make_engine(fresh_db_url))
    with sessions.begin() as session:
        store.create_council(session, slug="town", name="Town", pack="leigh-on-sea",
                             directory_yaml=open(DIRECTORY, encoding="utf-8").read(), now=NOW)
    worker = build_worker(settings, sessions)  # what `mailguard serve` runs
    assert worker.connectors == {}

    first, second = tmp_path / "first", tmp_path / "second"
    added = run(fresh_db_url, "mailbox", "add-local", "--council", "town", "--address", "clerk@example-council.gov.uk",
                str(first))
    assert added.exit_code == 0, added.output
    drop(first, "a.eml", allowed(1, "clerk@example-council.gov.uk"))
    time.sleep(0.02)
    worker.run_once()
    assert records(sessions) == [("<allowed-1@example-council.gov.uk>", "delivered")]
    (mailbox_id,) = worker.connectors

    listed = run(fresh_db_url, "mailbox", "list", "--council", "town")
    assert listed.exit_code == 0 and f"{mailbox_id}\ttown\tlocal\tclerk@example-council.gov.uk\tenabled" in listed.output

    changed = run(fresh_db_url, "mailbox", "update", str(mailbox_id), "--set", f"root={second}")
    assert changed.exit_code == 0, changed.output
    for sub in ("outbox", "sent", "held", "drafts", "notices"):
        (second / sub).mkdir(parents=True, exist_ok=True)
    drop(second, "b.eml", allowed(2, "clerk@example-council.gov.uk"))
    time.sleep(0.02)
    worker.run_once()
    assert ("<allowed-2@example-council.gov.uk>", "delivered") in records(sessions)
    assert worker.connectors[mailbox_id].root == second

    disabled = run(fresh_db_url, "mailbox", "disable", str(mailbox_id))
    assert disabled.exit_code == 0 and "disabled" in disabled.output
    drop(second, "c.eml", allowed(3, "clerk@example-council.gov.uk"))
    time.sleep(0.02)
    worker.run_once()
    assert worker.connectors == {} and len(records(sessions)) == 2
    assert "disabled" in run(fresh_db_url, "mailbox", "list").output
    with sessions() as session:
        updates = session.scalars(select(AuditEvent).where(AuditEvent.event == "mailbox.updated")).all()
        assert [sorted(e.data) for e in updates] == [["address", "config", "kind", "mailbox_id"],
                                                     ["address", "enabled", "kind", "mailbox_id"]]


def test_a_returned_message_edited_and_dropped_back_is_checked_again(fresh_db_url, tmp_path):
    settings = Settings(database_url=fresh_db_url)
    sessions = make_sessionmaker(make_engine(fresh_db_url))
    with sessions.begin() as session:
        council = store.create_council(session, slug="town", name="Town", pack="leigh-on-sea",
                                       directory_yaml=open(DIRECTORY, encoding="utf-8").read(), now=NOW)
        store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                             config={"root": str(tmp_path)}, now=NOW)
        council_id = council.id
    worker = build_worker(settings, sessions)
    drop(tmp_path, "held.eml", held(1, "clerk@example-council.gov.uk"))
    worker.run_once()
    worker.run_once()
    with sessions() as session:
        (record,) = session.scalars(select(MessageRecord)).all()
        return_to_sender(session, council_id, record.id, actor="mo@example-council.gov.uk",
                         reason="leave out the hearing date", now=NOW)
    worker.run_once()
    (returned,) = (tmp_path / "drafts").glob("*.eml")
    edited = returned.read_bytes().replace(b"Strictly confidential: the hearing is on Monday.",
                                           b"The hearing date will follow.")
    drop(tmp_path, "held.eml", edited)  # same file name, same Message-ID, new content
    worker.run_once()
    worker.run_once()
    assert records(sessions) == [("<held-1@example-council.gov.uk>", "returned"),
                                 ("<held-1@example-council.gov.uk>#2", "held")]  # checked again: still marked
    with sessions() as session:
        second = session.scalars(select(MessageRecord).order_by(MessageRecord.id.desc())).first()
        assert b"The hearing date will follow." in second.raw_mime
    assert list((tmp_path / "outbox").glob("*.eml")) == []
    with sessions() as session:
        assert session.get(Council, council_id) is not None
        assert session.scalars(select(Mailbox)).one().enabled


def test_a_held_file_edited_in_held_goes_out_as_it_was_checked(fresh_db_url, tmp_path):
    from app.review.decisions import release

    sessions = make_sessionmaker(make_engine(fresh_db_url))
    with sessions.begin() as session:
        council = store.create_council(session, slug="town", name="Town", pack="leigh-on-sea",
                                       directory_yaml=open(DIRECTORY, encoding="utf-8").read(), now=NOW)
        store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                             config={"root": str(tmp_path)}, now=NOW)
        council_id = council.id
    worker = build_worker(Settings(database_url=fresh_db_url), sessions)
    original = held(2, "clerk@example-council.gov.uk")
    drop(tmp_path, "held.eml", original)
    worker.run_once()
    worker.run_once()
    (held_file,) = (tmp_path / "held").glob("*.eml")
    held_file.write_bytes(original.replace(b"p.grant@example.org", b"newsdesk@paper.example"))
    with sessions() as session:
        (record,) = session.scalars(select(MessageRecord)).all()
        release(session, council_id, record.id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="may go", now=NOW)
    worker.run_once()
    (sent,) = (tmp_path / "sent").glob("*.eml")
    assert sent.read_bytes() == original and list((tmp_path / "held").glob("*.eml")) == []
