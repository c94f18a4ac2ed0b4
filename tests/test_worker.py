"""The worker over a real folder mailbox and a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import email
from datetime import datetime, timezone
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.demo import ensure_demo
from app.review.decisions import release, return_to_sender
from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Intent, MessageRecord
from connectors.local import LocalFolderMailbox
from tests.timing import drain_worker

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def setup(fresh_db_url, tmp_path):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    folder = tmp_path / "mailbox"
    with sessions() as session:
        demo = ensure_demo(session, folder, now=NOW)
    mailbox = LocalFolderMailbox(folder, address="clerk@example-council.gov.uk", settle_seconds=0)
    worker = Worker(sessions=sessions, connectors={demo.mailbox_id: mailbox}, councils=CouncilCache(),
                    worker_id="test-worker", clock=lambda: NOW)
    yield sessions, worker, folder, demo
    engine.dispose()


def drain(worker: Worker) -> None:
    drain_worker(worker)


def files(folder: Path, name: str) -> list[Path]:
    return sorted((folder / name).glob("*.eml"))


def parts_text(path: Path) -> dict[str, str]:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return {p.get_content_type(): p.get_content() for p in msg.walk() if p.get_content_maintype() == "text"}


def by_state(sessions) -> dict[str, int]:
    with sessions() as session:
        rows = session.execute(select(MessageRecord.state, func.count()).group_by(MessageRecord.state)).all()
    return dict(rows)


def test_outbox_is_checked_and_sorted_into_sent_and_held(setup):
    sessions, worker, folder, demo = setup
    drain(worker)
    assert files(folder, "outbox") == []
    # demo: 1 annotate (silent bcc), 1 allow, 2 holds (confidential, councillor letter), 1 unreadable
    assert by_state(sessions) == {"delivered": 2, "held": 3}
    assert len(files(folder, "sent")) == 2 and len(files(folder, "held")) == 3
    annotated = [p for p in files(folder, "sent") if "CC Councillor Jane Doe" in p.read_text(errors="replace")]
    assert len(annotated) == 1
    text = parts_text(annotated[0])
    assert text["text/plain"].rstrip().endswith("CC Councillor Jane Doe")
    # a notice per held message that has a sender to tell (the unreadable one has none), naming the clause
    notices = files(folder, "notices")
    assert len(notices) == 2
    assert any("6" in parts_text(n)["text/plain"] for n in notices)


def test_annotation_reaches_plain_and_html_parts(setup, tmp_path):
    sessions, worker, folder, demo = setup
    drain(worker)
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = "Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>"
    msg["Bcc"] = "Cllr Priya Shah <cllr.shah@example-council.gov.uk>"
    msg["Subject"], msg["Message-ID"] = "Play area", "<play-area@example-council.gov.uk>"
    msg.set_content("Dear Cllr Haddad,\n\nThe play area reopens on Monday.\n\nSam")
    msg.add_alternative("<html><body><p>Dear Cllr Haddad,</p><p>The play area reopens.</p></body></html>",
                        subtype="html")
    (folder / "outbox" / "play.eml").write_bytes(msg.as_bytes())
    drain(worker)
    (sent,) = [p for p in files(folder, "sent") if "play-area" in p.name]
    text = parts_text(sent)
    assert "CC Councillor Priya Shah" in text["text/plain"]
    assert "<p>CC Councillor Priya Shah</p></body>" in text["text/html"]


def test_release_delivers_once_and_return_goes_to_drafts(setup):
    sessions, worker, folder, demo = setup
    drain(worker)
    with sessions() as session:
        held = store.held_queue(session, demo.council_id)
        first, second = held[0].id, held[1].id
    with sessions() as session:
        release(session, demo.council_id, first, actor="reviewer@example-council.gov.uk", mode="as-sent",
                reason="checked with the Monitoring Officer", now=NOW)
    with sessions() as session:
        return_to_sender(session, demo.council_id, second, actor="reviewer@example-council.gov.uk",
                         reason="please remove the confidential briefing", now=NOW)
    drain(worker)
    drain(worker)  # a second pass finds nothing more to do
    assert len(files(folder, "sent")) == 3
    assert len(files(folder, "drafts")) == 1
    assert len(files(folder, "held")) == 1
    states = by_state(sessions)
    assert states == {"delivered": 3, "returned": 1, "held": 1}
    notices = [parts_text(n)["text/plain"] for n in files(folder, "notices")]
    assert any("please remove the confidential briefing" in n for n in notices)
    with sessions() as session:
        delivered = session.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.event == "message.delivered"))
        pending = session.scalar(select(func.count()).select_from(Intent).where(Intent.status != "done"))
    assert delivered == 3 and pending == 0


def test_a_delivered_message_dropped_in_the_outbox_again_is_checked_again_not_left_there(setup):
    sessions, worker, folder, demo = setup
    drain(worker)
    before = by_state(sessions)
    # the same message (same Message-ID) dropped again: a new submission, checked and recorded as such
    # (issue 13: it used to sit in the outbox unchecked for good)
    (sent,) = [p for p in files(folder, "sent") if "demo-4" in p.read_text(errors="replace")]
    (folder / "outbox" / "again.eml").write_bytes(sent.read_bytes())
    drain(worker)
    assert by_state(sessions) == {**before, "delivered": before["delivered"] + 1}
    assert files(folder, "outbox") == [] and len(files(folder, "sent")) == 3
    with sessions() as session:
        ids = sorted(session.scalars(select(MessageRecord.internet_message_id)
                                     .where(MessageRecord.internet_message_id.like("%demo-4%"))))
    assert len(ids) == 2 and ids[1] == f"{ids[0]}#2"
    drain(worker)  # and the second submission is not recorded a third time
    assert len(files(folder, "sent")) == 3


def test_messages_the_worker_checks_count_in_the_metrics(setup):
    from app.metrics import ServiceMetrics

    sessions, worker, folder, demo = setup
    worker.metrics = ServiceMetrics(lambda: sessions)
    drain(worker)
    text = worker.metrics.exposition().decode()
    assert 'mailguard_messages_checked_total{verdict="hold"} 2.0' in text
    assert 'mailguard_messages_checked_total{verdict="error"} 1.0' in text  # the unreadable one
    assert 'mailguard_messages_checked_total{verdict="annotate"} 1.0' in text
    assert 'mailguard_messages_checked_total{verdict="allow"} 1.0' in text
