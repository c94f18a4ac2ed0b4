"""A mail system that hangs holds up neither the database nor the other mailboxes.

The hanging mail system is the real folder connector whose call waits on an
event, as a server that accepts and then never answers would.
"""

from __future__ import annotations

import threading
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from app.demo import ensure_demo
from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import Council, Intent, MessageRecord
from connectors.local import LocalFolderMailbox

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
DIRECTORY_YAML = (Path(__file__).resolve().parent.parent / "policies" / "example-directory.yaml").read_text()


class HangingHold(LocalFolderMailbox):
    """A folder mailbox whose `hold` does not return until the test lets it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.entered, self.release = threading.Event(), threading.Event()

    def hold(self, ref: str, key: str) -> str:
        self.entered.set()
        assert self.release.wait(60)
        return super().hold(ref, key)


class HangingFetch(LocalFolderMailbox):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.release = threading.Event()

    def fetch_outgoing(self):
        assert self.release.wait(60)
        return super().fetch_outgoing()


def held_message(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = "Mr P Grant <p.grant@example.org>"
    msg["Subject"], msg["Message-ID"] = "CONFIDENTIAL: staffing", f"<iso-{n}@example-council.gov.uk>"
    msg.set_content("Strictly confidential: the hearing is on Monday.")
    return msg.as_bytes()


@pytest.fixture
def sessions(fresh_db_url):
    engine = make_engine(fresh_db_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def test_the_database_stays_writable_while_a_connector_call_hangs(sessions, tmp_path):
    folder = tmp_path / "mailbox"
    with sessions() as session:
        demo = ensure_demo(session, folder, now=NOW)
    mailbox = HangingHold(folder, address="clerk@example-council.gov.uk", settle_seconds=0)
    worker = Worker(sessions=sessions, connectors={demo.mailbox_id: mailbox}, councils=CouncilCache(),
                    worker_id="w-hang", clock=lambda: NOW, lane_wait_s=0.2)
    worker.run_once()  # records the demo's messages, claims the first hold, which hangs
    assert mailbox.entered.wait(30)

    wrote = threading.Event()

    def another_writer():  # e.g. the Graph webhook or another council's evaluate
        with sessions.begin() as session:
            store.create_council(session, slug="other", name="Other Council", pack="leigh-on-sea",
                                 directory_yaml=DIRECTORY_YAML, now=NOW)
        wrote.set()

    threading.Thread(target=another_writer, daemon=True).start()
    try:
        assert wrote.wait(10), "a writer waited for the hanging connector call"
    finally:
        mailbox.release.set()
    for _ in range(100):
        if not worker.run_once():
            if not worker.in_progress():
                break
            worker.wait_for_lanes(10)
    with sessions() as session:
        pending = session.scalars(select(Intent).where(Intent.status != "done")).all()
        assert [(i.kind, i.status, i.last_error) for i in pending] == []
        assert {r.state for r in session.scalars(select(MessageRecord))} == {"held", "delivered"}
    assert len(list((folder / "held").glob("*.eml"))) == 3


def test_a_hanging_mailbox_does_not_delay_another(sessions, tmp_path):
    good_folder, bad_folder = tmp_path / "good", tmp_path / "bad"
    with sessions() as session:
        demo = ensure_demo(session, good_folder, now=NOW)
        council = session.get(Council, demo.council_id)
        bad_row = store.ensure_mailbox(session, council, kind="local", address="officer@example-council.gov.uk",
                                       config={"root": str(bad_folder)}, now=NOW)
        session.commit()
    for sub in ("outbox", "sent", "held", "drafts", "notices"):
        (bad_folder / sub).mkdir(parents=True, exist_ok=True)
    good = LocalFolderMailbox(good_folder, address="clerk@example-council.gov.uk", settle_seconds=0)
    bad = HangingFetch(bad_folder, address="officer@example-council.gov.uk", settle_seconds=0)
    worker = Worker(sessions=sessions, connectors={bad_row.id: bad, demo.mailbox_id: good},
                    councils=CouncilCache(), worker_id="w-iso", clock=lambda: NOW, lane_wait_s=0.2)
    try:
        for _ in range(50):
            if not worker.run_once():
                break
        (good_folder / "outbox" / "late.eml").write_bytes(held_message(1))
        for _ in range(50):
            if not worker.run_once():
                break
        with sessions() as session:
            late = session.scalars(select(MessageRecord).where(
                MessageRecord.internet_message_id == "<iso-1@example-council.gov.uk>")).one()
            assert late.state == "held"
        assert any("iso-1" in p.read_text(errors="replace") for p in (good_folder / "held").glob("*.eml"))
    finally:
        bad.release.set()
