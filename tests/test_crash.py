"""Real `mailguard` processes SIGKILLed between a commit and the mail action, then restarted.

The fault hook (MAILGUARD_FAULT, app/review/worker.py) makes the process SIGKILL itself at an
exact point; the restarted process must finish the work with nothing lost and nothing
done twice. The burst test runs two workers on one PostgreSQL database.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.engine.packs.pack import default_policies_dir
from app.review.decisions import release
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Intent, MessageRecord
from tests.timing import wait_for

NOW = datetime.now(timezone.utc)  # the served processes use the real clock
DIRECTORY_YAML = (default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _message(n: int, *, hold: bool) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = "Mr P Grant <p.grant@example.org>" if hold else "Cllr Priya Shah <cllr.shah@example-council.gov.uk>"
    msg["Subject"] = "CONFIDENTIAL: staffing" if hold else f"Agenda item {n}"
    msg["Message-ID"] = f"<crash-{n}@example-council.gov.uk>"
    msg.set_content("Strictly confidential: the hearing is on Monday." if hold else f"Item {n} is on the agenda.")
    return msg.as_bytes()


class Service:
    """A database with one council and one folder mailbox, and `mailguard` processes over it."""

    def __init__(self, url: str, folder: Path):
        self.url, self.folder = url, folder
        self.engine = make_engine(url)
        self.sessions = make_sessionmaker(self.engine)
        with self.sessions() as session:
            council = store.create_council(session, slug="crash", name="Crash Test Council", pack="leigh-on-sea",
                                           directory_yaml=DIRECTORY_YAML, now=NOW)
            mailbox = store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                                           config={"root": str(folder)}, now=NOW)
            session.commit()
            self.council_id, self.mailbox_id = council.id, mailbox.id
        for sub in ("outbox", "sent", "held", "drafts", "notices"):
            (folder / sub).mkdir(parents=True, exist_ok=True)

    def drop(self, name: str, raw: bytes) -> None:
        tmp = self.folder / "outbox" / f".{name}.tmp"
        tmp.write_bytes(raw)
        os.utime(tmp, (time.time() - 5, time.time() - 5))  # settled: not "still being written"
        tmp.rename(self.folder / "outbox" / name)

    def start(self, *args: str, fault: str | None = None, worker_id: str = "w1") -> subprocess.Popen:
        env = {**os.environ, "MAILGUARD_DATABASE_URL": self.url, "MAILGUARD_POLL_INTERVAL_S": "0.05",
               "MAILGUARD_WORKER_ID": worker_id}
        env.pop("MAILGUARD_FAULT", None)
        if fault:
            env["MAILGUARD_FAULT"] = fault
        return subprocess.Popen([sys.executable, "-m", "app.cli.main", *args], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def serve(self, fault: str | None = None) -> subprocess.Popen:
        return self.start("serve", "--port", str(_free_port()), fault=fault)

    def files(self, sub: str) -> list[Path]:
        return sorted((self.folder / sub).glob("*.eml"))

    def scalar(self, query):
        with self.sessions() as session:
            return session.scalar(query)

    def record(self, n: int) -> MessageRecord:
        with self.sessions() as session:
            return session.scalars(select(MessageRecord).where(
                MessageRecord.internet_message_id == f"<crash-{n}@example-council.gov.uk>")).one()

    def events(self, name: str) -> int:
        return self.scalar(select(func.count()).select_from(AuditEvent).where(AuditEvent.event == name))

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def service(fresh_db_url, tmp_path):
    svc = Service(fresh_db_url, tmp_path / "mailbox")
    yield svc
    svc.close()




def killed_by_fault(proc: subprocess.Popen, timeout: float = 60) -> None:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("the fault never fired: " + proc.stderr.read().decode(errors="replace")[-2000:])
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode(errors="replace")[-2000:]


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_killed_between_committing_a_hold_and_moving_the_message(service):
    service.drop("m1.eml", _message(1, hold=True))
    killed_by_fault(service.serve(fault="before:hold"))
    # the hold is committed; the message has not moved
    assert service.record(1).state == "held"
    assert [p.name for p in service.files("outbox")] == ["m1.eml"] and service.files("held") == []
    proc = service.serve()
    try:
        wait_for(lambda: len(service.files("held")) == 1 and not service.files("outbox"), timeout=60, what="the move")
        wait_for(lambda: service.scalar(select(func.count()).select_from(Intent).where(Intent.status != "done")) == 0,
                 timeout=60, what="intents done")
    finally:
        stop(proc)
    assert service.scalar(select(func.count()).select_from(MessageRecord)) == 1
    assert service.events("message.held") == 1
    assert len(service.files("held")) == 1 and service.files("sent") == []


@pytest.mark.parametrize("fault", ["before:deliver", "after:deliver"])
def test_killed_between_release_and_delivery(service, fault):
    service.drop("m2.eml", _message(2, hold=True))
    proc = service.serve()
    try:
        wait_for(lambda: len(service.files("held")) == 1, timeout=60, what="the hold")
    finally:
        stop(proc)
    with service.sessions() as session:
        release(session, service.council_id, service.record(2).id, actor="reviewer@example-council.gov.uk",
                mode="as-sent", reason="cleared by the Monitoring Officer", now=NOW)
    killed_by_fault(service.serve(fault=fault))
    # after:deliver — the file was written, the database does not know yet
    assert len(service.files("sent")) == (1 if fault == "after:deliver" else 0)
    assert service.record(2).state == "released"
    proc = service.serve()
    try:
        wait_for(lambda: service.record(2).state == "delivered", timeout=60, what="delivery")
    finally:
        stop(proc)
    assert len(service.files("sent")) == 1 and service.files("held") == []
    assert service.events("message.delivered") == 1


@pytest.fixture
def pg_service(fresh_pg_url, tmp_path):
    svc = Service(fresh_pg_url, tmp_path / "mailbox")
    yield svc
    svc.close()


def test_two_workers_on_one_postgresql_database_handle_a_burst_of_500_once_each(pg_service):
    service = pg_service
    total = 500
    for n in range(total):
        service.drop(f"{n:04d}.eml", _message(n, hold=n % 5 == 0))
    workers = [service.start("worker", worker_id=f"w{i}") for i in (1, 2)]
    try:
        wait_for(lambda: len(service.files("sent")) + len(service.files("held")) == total
                 and service.scalar(select(func.count()).select_from(Intent).where(Intent.status != "done")) == 0,
                 timeout=240, what="the burst to finish")
    finally:
        for proc in workers:
            stop(proc)
    assert service.scalar(select(func.count()).select_from(MessageRecord)) == total
    assert service.files("outbox") == []
    assert len(service.files("sent")) == total - total // 5 and len(service.files("held")) == total // 5
    assert service.events("message.delivered") == total - total // 5
    assert service.events("message.held") == total // 5
    with service.sessions() as session:
        attempts = session.execute(select(Intent.attempts, func.count()).group_by(Intent.attempts)).all()
        claimed_by = set(session.scalars(select(Intent.claimed_by).distinct()))
    assert dict(attempts) == {1: dict(attempts)[1]}, f"an intent was attempted twice: {attempts}"
    assert claimed_by == {"w1", "w2"}, "both workers should have taken part"


PARITY_ADVICE = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\n"
                 b"To: Independent group <independents@example-council.gov.uk>\r\n"
                 b"Subject: Car park charges\r\nMessage-ID: <crash-parity@example-council.gov.uk>\r\n\r\n"
                 b"Dear Councillors,\r\n\r\nAs your group asked, here is a short briefing on the car park charges."
                 b"\r\nMy advice is that option 2 carries the least risk.\r\n\r\nSam Morgan\r\n")


@pytest.mark.parametrize("fault", ["before:notify", "after:notify"])
def test_the_group_parity_notice_is_sent_exactly_once_after_a_sigkill(service, fault):
    """The reviewer's notice to the other groups' leaders: killed before sending, or after sending and
    before recording; the restarted process sends it exactly once and records it once."""
    from app.review.parity import notify_other_groups
    from app.store.councils import CouncilCache

    service.drop("parity.eml", PARITY_ADVICE)
    proc = service.serve()
    try:
        wait_for(lambda: len(service.files("sent")) == 1 and service.scalar(
            select(func.count()).select_from(Intent).where(Intent.status != "done")) == 0, timeout=60,
            what="the advice delivered with its annotation")
    finally:
        stop(proc)
    with service.sessions() as session:
        record = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<crash-parity@example-council.gov.uk>")).one()
        assert [f.rule for f in record.findings] == ["group-parity"]
        pack, directory = CouncilCache().get(store.get_council(session, "crash"))
        notify_other_groups(session, service.council_id, record.id, actor="reviewer@example-council.gov.uk",
                            pack=pack, directory=directory, now=NOW)

    def notices() -> list[Path]:
        return sorted((service.folder / "notices").glob("*group-notice*"))

    killed_by_fault(service.serve(fault=fault))
    assert len(notices()) == (1 if fault == "after:notify" else 0)  # sent, but the database does not know
    pending = select(func.count()).select_from(Intent).where(Intent.key.like("%:notify:group-notice:%"),
                                                             Intent.status == "pending")
    assert service.scalar(pending) == 1
    proc = service.serve()
    try:
        wait_for(lambda: service.scalar(pending) == 0, timeout=60, what="the notice recorded as sent")
    finally:
        stop(proc)
    assert len(notices()) == 1, [p.name for p in notices()]
    assert b"To: cllr.haddad@example-council.gov.uk" in notices()[0].read_bytes()
    assert service.events("message.group_notice_queued") == 1
    assert service.events("message.group_notice_sent") == 1
