"""Fixtures for the IMAP/SMTP tests: a real Dovecot, a recording aiosmtpd server, a council with an IMAP mailbox."""

from __future__ import annotations

import imaplib
import itertools
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from app.engine.packs.pack import default_policies_dir
from app.mailboxes import build_connector
from app.review.worker import Worker
from app.settings import Settings
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker, upgrade
from app.store.tables import Mailbox as MailboxRow
from tests.imap.dovecot import Dovecot
from tests.smtp_recorder import recording_server
from tests.timing import wait_for  # noqa: F401  (the imap tests import it from here)

NOW = datetime.now(timezone.utc)
PASSWORD = "correct horse battery staple"
PASSWORD_ENV = "MAILGUARD_TEST_IMAP_PASSWORD"
TOKEN = "ya29.test-token"
DIRECTORY_YAML = (default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8")
_users = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot():
    # Users made before start: Dovecot caches the passwd-file, so all of them exist from the outset.
    server = Dovecot({f"clerk{n}@example-council.gov.uk": PASSWORD for n in range(1, 61)})
    server.start()
    yield server
    server.stop()
    server.cleanup()


@pytest.fixture
def smtp_server():
    controller, handler = recording_server(password=PASSWORD, token=TOKEN)
    controller.handler = handler  # tests read controller.handler.received / .logins
    yield controller
    controller.stop()


@pytest.fixture
def imap_user(dovecot):
    return f"clerk{next(_users)}@example-council.gov.uk"


class UserClient:
    """The councillor's or clerk's own mail client (stdlib imaplib), to file and look at mail."""

    def __init__(self, port: int, user: str):
        self.port, self.user = port, user

    def _open(self) -> imaplib.IMAP4:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(self.user, PASSWORD)
        return client

    def file(self, folder: str, raw: bytes) -> None:
        with self._open() as client:
            typ, data = client.append(f'"{folder}"', None, None, raw)
            assert typ == "OK", data

    def messages(self, folder: str) -> list[bytes]:
        with self._open() as client:
            typ, _ = client.select(f'"{folder}"', readonly=True)
            if typ != "OK":
                return []
            _, data = client.uid("SEARCH", None, "UNDELETED")
            out = []
            for uid in data[0].split():
                _, fetched = client.uid("FETCH", uid, "(BODY.PEEK[])")
                out.append(fetched[0][1])
            return out

    def folders(self) -> list[str]:
        with self._open() as client:
            _, data = client.list()
            return [line.decode().rsplit(' "/" ', 1)[1].strip('"') for line in data]


@dataclass
class Service:
    url: str
    sessions: object
    council_id: int
    mailbox_id: int
    settings: Settings
    user: str

    def row(self) -> MailboxRow:
        with self.sessions() as session:
            row = session.get(MailboxRow, self.mailbox_id)
            session.expunge(row)
            return row

    def connector(self):
        return build_connector(self.row(), self.settings)

    def worker(self, connector) -> Worker:
        return Worker(sessions=self.sessions, connectors={self.mailbox_id: connector},
                      councils=CouncilCache(None), worker_id="imap-test")


def mailbox_config(dovecot: Dovecot, smtp_port: int, user: str, **extra) -> dict:
    config = {
        "imap": {"host": "127.0.0.1", "port": dovecot.port, "security": "none", "user": user,
                 "password_env": PASSWORD_ENV},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none", "user": user,
                 "password_env": PASSWORD_ENV},
    }
    config.update(extra)
    return config


@pytest.fixture
def service(dovecot, smtp_server, imap_user, tmp_path, monkeypatch):
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        council = store.create_council(session, slug="imap", name="IMAP Test Council", pack="leigh-on-sea",
                                       directory_yaml=DIRECTORY_YAML, now=NOW)
        mailbox = store.ensure_mailbox(session, council, kind="imap", address=imap_user,
                                       config=mailbox_config(dovecot, smtp_server.port, imap_user), now=NOW)
        council_id, mailbox_id = council.id, mailbox.id
    yield Service(url, sessions, council_id, mailbox_id, Settings(database_url=url), imap_user)
    engine.dispose()


@pytest.fixture
def client(dovecot, imap_user) -> UserClient:
    return UserClient(dovecot.port, imap_user)




def drain(worker: Worker, passes: int = 10) -> None:
    """Run worker passes until one does nothing (IDLE pushes may need a moment to arrive)."""
    idle = 0
    for _ in range(passes * 10):
        if worker.run_once():
            idle = 0
        elif worker.in_progress():
            worker.wait_for_lanes(5)  # a connector call still running in its mailbox's lane
        else:
            idle += 1
            if idle >= 3:
                return
            time.sleep(0.1)
