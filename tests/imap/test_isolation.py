"""One IMAP server that refuses or drops connections backs off alone; the others' mail goes on."""

from __future__ import annotations

import logging
import socket
import threading

import pytest
from sqlalchemy import select

from app.mailboxes import build_connector
from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.tables import Council, MessageRecord
from app.store.tables import Mailbox as MailboxRow
from tests.imap import messages
from tests.imap.conftest import NOW, drain, mailbox_config

OUTBOX = "MailGuard/Outbox"


@pytest.fixture
def dropping_server():
    """A TCP server that accepts each connection and closes it before any greeting."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    stop = threading.Event()

    def serve():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(5)
    listener.close()


def refused_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again: connecting to it is refused


def _bad_mailbox(service, dovecot, smtp_server, address: str, port: int) -> int:
    config = mailbox_config(dovecot, smtp_server.port, service.user)
    config["imap"]["port"] = port
    with service.sessions.begin() as session:
        council = session.get(Council, service.council_id)
        return store.ensure_mailbox(session, council, kind="imap", address=address, config=config, now=NOW).id


@pytest.mark.timeout(120)
def test_a_server_that_drops_or_refuses_delays_only_its_own_mailbox(
        service, client, dovecot, smtp_server, dropping_server, caplog):
    dropping = _bad_mailbox(service, dovecot, smtp_server, "dropping@example-council.gov.uk", dropping_server)
    refusing = _bad_mailbox(service, dovecot, smtp_server, "refusing@example-council.gov.uk", refused_port())
    good = service.connector()
    connectors = {service.mailbox_id: good}
    with service.sessions() as session:
        for mailbox_id in (dropping, refusing):
            row = session.get(MailboxRow, mailbox_id)
            session.expunge(row)
            connectors[mailbox_id] = build_connector(row, service.settings)
    worker = Worker(sessions=service.sessions, connectors=connectors, councils=CouncilCache(None),
                    worker_id="imap-isolation")
    try:
        good.fetch_outgoing()  # creates the good mailbox's folders
        client.file(OUTBOX, messages.held(1, service.user))
        with caplog.at_level(logging.WARNING, logger="mailguard.imap"):
            drain(worker)
        with service.sessions() as session:
            record = session.scalars(select(MessageRecord).where(
                MessageRecord.internet_message_id == "<held-1@example-council.gov.uk>")).one()
            assert record.state == "held"
        lines = [r.getMessage() for r in caplog.records]
        assert any("dropping@example-council.gov.uk: cannot connect" in line
                   and "closed the connection before its greeting" in line and "backs off" in line for line in lines)
        assert any("refusing@example-council.gov.uk: cannot connect" in line and "backs off" in line
                   for line in lines)
    finally:
        for connector in connectors.values():
            connector.close()
