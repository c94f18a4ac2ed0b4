"""Enquiries over real IMAP mailboxes (Dovecot) and a recording SMTP server, through the real worker.

The councillor's enquiry goes out through her MailGuard outbox; the officer answers straight from
his own mail client (his Sent folder is audited); the reminder of an unanswered one is sent once
over SMTP.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from app.enquiries.jobs import tick
from app.mailboxes import build_connector
from app.review.worker import Worker
from app.settings import Settings
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker, upgrade
from app.store.tables import Mailbox as MailboxRow
from app.store.tables import MessageRecord
from app.store.tables.enquiries import Enquiry
from tests.enquiries.mail import message
from tests.imap.conftest import PASSWORD, PASSWORD_ENV, UserClient, _users, drain, mailbox_config
from tests.timing import Clock, wait_for

OUTBOX = "MailGuard/Outbox"
MONDAY = datetime(2026, 12, 7, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def pair(dovecot, smtp_server, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    councillor, officer = (f"clerk{next(_users)}@example-council.gov.uk" for _ in range(2))
    directory = f"""
council: Example Town Council
domains: [example-council.gov.uk]
people:
  - {{name: Pat Jones, role: councillor, emails: [{councillor}]}}
  - {{name: Sam Taylor, role: officer, emails: [{officer}], service: Waste}}
  - {{name: Dana Okoro, role: officer, emails: [dana@example-council.gov.uk], service: Waste,
     titles: [corporate-management-team]}}
"""
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    clock = Clock(MONDAY)
    with sessions.begin() as session:
        council = store.create_council(session, slug="imap", name="Example Town Council", pack="annex-2-4",
                                       directory_yaml=directory, now=clock())
        ids = [store.ensure_mailbox(session, council, kind="imap", address=who,
                                    config=mailbox_config(dovecot, smtp_server.port, who), now=clock()).id
               for who in (councillor, officer)]
    settings = Settings(database_url=url)
    connectors = {}
    with sessions() as session:
        for mailbox_id in ids:
            connectors[mailbox_id] = build_connector(session.get(MailboxRow, mailbox_id), settings)
    for connector in connectors.values():
        connector.fetch_outgoing()  # the Sent audit starts now
    worker = Worker(sessions=sessions, connectors=connectors, councils=CouncilCache(None), worker_id="t",
                    clock=clock)
    yield sessions, worker, clock, UserClient(dovecot.port, councillor), UserClient(dovecot.port, officer), \
        councillor, officer
    for connector in connectors.values():
        connector.close()
    engine.dispose()


def recorded(sessions, message_id: str) -> bool:
    with sessions() as session:
        return session.scalar(select(MessageRecord.id).where(MessageRecord.internet_message_id == message_id)) \
            is not None


def enquiries(sessions) -> list[Enquiry]:
    with sessions() as session:
        return list(session.scalars(select(Enquiry).order_by(Enquiry.id)))


def test_answered_from_the_officers_own_client_and_reminded_once_when_not(pair, smtp_server):
    sessions, worker, clock, cllr_client, officer_client, councillor, officer = pair
    cllr_client.file(OUTBOX, message(sender=councillor, to=[officer], subject="Elm Road bins",
                                     message_id="<bins@example-council.gov.uk>",
                                     body="Could you tell me when the Elm Road bins will be emptied?"))
    cllr_client.file(OUTBOX, message(sender=councillor, to=[officer], subject="Recycling sacks",
                                     message_id="<sacks@example-council.gov.uk>",
                                     body="Please can you send me more recycling sacks?"))
    drain(worker)
    tick(sessions, CouncilCache(None), now=clock())
    assert [e.state for e in enquiries(sessions)] == ["open", "open"]
    clock.advance(days=2)
    officer_client.file("Sent", message(sender=officer, to=[councillor], subject="RE: Elm Road bins",
                                        message_id="<re-bins@example-council.gov.uk>",
                                        in_reply_to="<bins@example-council.gov.uk>",
                                        references=["<bins@example-council.gov.uk>"],
                                        body="They are emptied every Tuesday."))
    wait_for(lambda: worker.run_once() >= 0 and recorded(sessions, "<re-bins@example-council.gov.uk>"),
             what="the officer's Sent copy to be audited")
    tick(sessions, CouncilCache(None), now=clock())
    bins, sacks = enquiries(sessions)
    assert (bins.state, bins.answered_by, sacks.state) == ("answered", officer, "open")
    before = len(smtp_server.handler.received)
    clock.set(datetime(2026, 12, 11, 9, 30, tzinfo=timezone.utc))  # Friday: the day before the limit
    for _ in range(3):
        tick(sessions, CouncilCache(None), now=clock())
        drain(worker)
    sent = smtp_server.handler.received[before:]
    assert [r.rcpt_tos for r in sent] == [[officer]]
    notice = sent[0].message
    assert notice["Subject"].startswith("Reminder: a reply is due by Monday 14 December 2026")
    assert "Please can you send me more recycling sacks?" in notice.get_content()
