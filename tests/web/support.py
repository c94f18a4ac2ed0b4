"""A demo council with held messages, review-desk users, and helpers shared by the web tests."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.auth import accounts as auth
from app.demo import ensure_demo
from app.engine.packs.pack import default_policies_dir
from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.tables import MessageRecord
from connectors.local import LocalFolderMailbox
from tests.timing import (
    Clock,  # noqa: F401  (re-exported for the fixtures that import it here)
    drain_worker,
)

START = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
PASSWORD = "correct horse battery staple"
REVIEWER = "alex.reed@example-council.gov.uk"  # deputy clerk: sent none of the demo messages
CLERK_ALIAS = "Sam.Morgan@example-council.gov.uk"  # the clerk's second address: his messages are his
MONITOR = "mo@example-council.gov.uk"
OTHER = "reviewer@elsewhere.example.gov.uk"


@dataclass
class Desk:
    sessions: sessionmaker[Session]
    worker: Worker
    folder: Path
    council_id: int
    other_council_id: int
    clock: Clock
    held: dict[str, int] = field(default_factory=dict)  # subject word -> record id
    other_record_id: int = 0

    def drain(self) -> None:
        drain_worker(self.worker)

    def files(self, folder: str) -> list[Path]:
        return sorted((self.folder / folder).glob("*.eml"))


def build_desk(sessions: sessionmaker[Session], folder: Path, clock: Clock) -> Desk:
    """The demo council through the real worker (held messages, notices), users, another council."""
    with sessions() as session:
        demo = ensure_demo(session, folder, now=clock())
    mailbox = LocalFolderMailbox(folder, address="clerk@example-council.gov.uk", settle_seconds=0)
    worker = Worker(sessions=sessions, connectors={demo.mailbox_id: mailbox}, councils=CouncilCache(),
                    worker_id="web-test", clock=clock)
    desk = Desk(sessions, worker, folder, demo.council_id, 0, clock)
    desk.drain()
    with sessions() as session:
        other = store.create_council(
            session, slug="elsewhere", name="Elsewhere Parish Council", pack="leigh-on-sea",
            directory_yaml=(default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8"),
            now=clock())
        desk.other_council_id = other.id
        for email, roles, council_id in ((REVIEWER, ["reviewer"], demo.council_id),
                                         (CLERK_ALIAS, ["reviewer"], demo.council_id),
                                         (MONITOR, ["monitoring-officer"], demo.council_id),
                                         (OTHER, ["reviewer"], other.id)):
            auth.create_user(session, council_id=council_id, email=email, roles=roles, password=PASSWORD,
                             now=clock())
        session.commit()
        for record in session.scalars(select(MessageRecord).where(MessageRecord.state == "held")):
            word = "verge" if "Verge" in record.subject else "confidential" if "CONFIDENTIAL" in record.subject \
                else "unreadable"
            desk.held[word] = record.id
    desk.other_record_id = _other_council_message(sessions, other.id, clock)
    return desk


def _other_council_message(sessions, council_id: int, clock: Clock) -> int:
    from app.engine.evaluate import evaluate
    with sessions() as session:
        council = store.get_council(session, "elsewhere")
        mailbox = store.ensure_mailbox(session, council, kind="api", address="clerk@elsewhere.example", now=clock())
        pack, directory = CouncilCache().get(council)
        raw = (b"From: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nTo: office@greenway.example\r\n"
               b"Subject: Elsewhere instruction\r\nMessage-ID: <elsewhere-1@example>\r\n\r\n"
               b"You must cut the verges by Friday and the council will pay your invoice.\r\n")
        record, _ = store.record_evaluation(session, council=council, mailbox=mailbox,
                                            evaluation=evaluate(raw, pack, directory), raw=raw,
                                            stage="pre-send", source_ref="", now=clock())
        session.commit()
        return record.id


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, "no CSRF token in the page"
    return match.group(1)
