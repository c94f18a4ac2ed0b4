"""The `town` fixture: Brookfield Town Council with folder mailboxes, the real worker and a clock."""

from __future__ import annotations

import email
from datetime import datetime, timezone
from email import policy

import pytest
from sqlalchemy import select

from app.enquiries.jobs import tick
from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import Intent
from app.store.tables.enquiries import Enquiry
from connectors.local import LocalFolderMailbox
from tests.timing import Clock, drain_worker

DOMAIN = "brookfield-tc.gov.uk"
DIRECTORY = f"""
council: Brookfield Town Council
domains: [{DOMAIN}]
people:
  - {{name: Pat Jones, role: councillor, emails: [cllr.jones@{DOMAIN}, pat.jones@example.net]}}
  - {{name: Sam Taylor, role: officer, emails: [sam.taylor@{DOMAIN}], service: Waste}}
  - {{name: Priya Shah, role: officer, emails: [priya.shah@{DOMAIN}], service: Highways}}
  - {{name: Dana Okoro, role: officer, emails: [dana.okoro@{DOMAIN}], service: Waste,
     titles: [corporate-management-team]}}
  - {{name: Lee Moss, role: officer, emails: [lee.moss@{DOMAIN}], service: Highways,
     titles: [corporate-management-team]}}
"""
COUNCILLOR, OFFICER, SHARED = f"cllr.jones@{DOMAIN}", f"sam.taylor@{DOMAIN}", f"enquiries@{DOMAIN}"
UNWATCHED = f"priya.shah@{DOMAIN}"
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)  # Monday 7 December 2026


def drain(worker: Worker) -> None:
    drain_worker(worker)


@pytest.fixture
def town(fresh_db_url, tmp_path):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    clock = Clock(MONDAY)
    boxes, connectors = {}, {}
    with sessions.begin() as session:
        council = store.create_council(session, slug="brookfield", name="Brookfield Town Council",
                                       pack="annex-2-4", directory_yaml=DIRECTORY, now=clock())
        for address in (SHARED, COUNCILLOR, OFFICER):  # the shared mailbox first: it sends the notices
            row = store.ensure_mailbox(session, council, kind="local", address=address,
                                       config={"root": str(tmp_path / address)}, now=clock())
            boxes[address] = LocalFolderMailbox(tmp_path / address, address=address, settle_seconds=0)
            connectors[row.id] = boxes[address]
    councils = CouncilCache()
    worker = Worker(sessions=sessions, connectors=connectors, councils=councils, worker_id="t", clock=clock)

    class Town:
        def send(self, address: str, raw: bytes, name: str) -> None:
            (tmp_path / address / "outbox" / f"{name}.eml").write_bytes(raw)
            drain(worker)

        def tick(self):
            report = tick(sessions, councils, now=clock())
            assert not report.failed, report.failed
            drain(worker)
            return report

        def enquiries(self) -> list[Enquiry]:
            with sessions() as session:
                return list(session.scalars(select(Enquiry).order_by(Enquiry.id)))

        def notices(self, key_part: str) -> list[email.message.EmailMessage]:
            # the folder connector names each notice file after its idempotency key
            found = sorted(p for p in (tmp_path / SHARED / "notices").glob("*.eml")
                           if key_part.replace(":", "_") in p.name)
            return [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in found]

        def intents(self, prefix: str) -> list[Intent]:
            with sessions() as session:
                return list(session.scalars(select(Intent).where(Intent.key.like(f"{prefix}%"))))

    town_ = Town()
    town_.clock, town_.sessions = clock, sessions
    yield town_
    engine.dispose()
