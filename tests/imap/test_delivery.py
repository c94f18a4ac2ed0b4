"""Issue 13 against the real Dovecot and a real (aiosmtpd) SMTP server: retries, identity, what goes out.

Time is a controlled clock (tests/timing.py): "hours of 451" are hours of the worker's clock, and
every attempt is a real SMTP conversation.
"""

from __future__ import annotations

from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from typer.testing import CliRunner

from app.cli.main import cli
from app.review.decisions import release
from app.store import records as store
from app.store.tables import AuditEvent, Council, Intent, MessageRecord
from tests.imap import messages
from tests.imap.conftest import NOW, PASSWORD, drain
from tests.smtp_recorder import RecordingHandler, free_port
from tests.timing import Clock

OUTBOX, HELD = "MailGuard/Outbox", "MailGuard/Held"
MO = "mo@example-council.gov.uk"


class FlakyHandler(RecordingHandler):
    """Answers DATA with 451 (as shared hosts do when they rate-limit) while `refusing` is set."""

    refusing: bool = False
    refusals: int = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        if self.refusing:
            self.refusals += 1
            return "451 4.7.1 Rate limited, try again later"
        return await super().handle_DATA(server, session, envelope)


@pytest.fixture
def flaky_smtp(service):
    """The mailbox's SMTP server, swapped for one that can refuse (same port, same password)."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    handler = FlakyHandler()

    def check(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=isinstance(auth_data, LoginPassword) and auth_data.password.decode() == PASSWORD)
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), auth_require_tls=False,
                            authenticator=check)
    controller.start()
    from app.store.mailboxes import set_path, update_mailbox
    from app.store.tables import Mailbox

    with service.sessions.begin() as session:
        row = session.get(Mailbox, service.mailbox_id)
        update_mailbox(session, row, config=set_path(row.config, "smtp.port", controller.port), now=NOW)
        council = session.get(Council, service.council_id)  # a Monitoring Officer to tell
        council.directory_yaml += f"  - name: Morgan Officer\n    role: officer\n    emails: [{MO}]\n" \
                                  "    titles: [monitoring-officer]\n"
    yield handler
    controller.stop()


def until(worker, clock: Clock, done, *, limit: int = 400) -> int:
    """Run worker passes, moving the clock to the next due intent each time, until `done()`; returns passes."""
    for n in range(limit):
        if done():
            return n
        worker.run_once()
        with worker.sessions() as session:
            due = session.scalars(select(Intent.not_before).where(Intent.status == "pending")
                                  .order_by(Intent.not_before)).first()
        if due is not None and due > clock.now:
            clock.set(due)
    raise AssertionError("never got there")


def record_of(service, message_id: str) -> MessageRecord:
    with service.sessions() as session:
        return session.scalars(select(MessageRecord).where(MessageRecord.internet_message_id == message_id)).one()


def state_of(service, message_id: str) -> str | None:
    with service.sessions() as session:
        return session.scalar(select(MessageRecord.state).where(MessageRecord.internet_message_id == message_id))


def test_hours_of_451_then_recovery_delivers_exactly_once(service, client, flaky_smtp):
    clock = Clock(NOW)
    connector = service.connector()
    worker = service.worker(connector)
    worker.clock = clock
    try:
        connector.fetch_outgoing()
        flaky_smtp.refusing = True
        client.file(OUTBOX, messages.allowed(1, service.user))
        until(worker, clock, lambda: clock.now - NOW >= timedelta(hours=10))
        # backed off (30 s doubling to an hour apart), not given up: about 16 tries in 10 hours, not 1,200
        assert 10 <= flaky_smtp.refusals <= 20 and flaky_smtp.received == []
        deliver = _deliver_intent(service)
        assert deliver.status == "pending" and deliver.attempts == flaky_smtp.refusals
        flaky_smtp.refusing = False  # the host lifts its limit
        until(worker, clock, lambda: state_of(service, "<allowed-1@example-council.gov.uk>") == "delivered")
        drain(worker)
    finally:
        connector.close()
    (got,) = flaky_smtp.received
    assert got.message["Message-ID"] == "<allowed-1@example-council.gov.uk>"
    assert client.messages(OUTBOX) == [] and len(client.messages("Sent")) == 1


def _deliver_intent(service) -> Intent:
    with service.sessions() as session:
        return session.scalars(select(Intent).where(Intent.kind == "deliver").order_by(Intent.id.desc())).first()


def test_past_the_horizon_it_is_shown_the_sender_and_mo_are_told_and_a_command_sends_it_once(
        service, client, flaky_smtp, monkeypatch):
    clock = Clock(NOW)
    connector = service.connector()
    worker = service.worker(connector)
    worker.clock, worker.retry_horizon = clock, timedelta(days=2)
    try:
        connector.fetch_outgoing()
        flaky_smtp.refusing = True
        client.file(OUTBOX, messages.allowed(2, service.user))
        mid = "<allowed-2@example-council.gov.uk>"
        until(worker, clock, lambda: state_of(service, mid) == "undelivered")
        assert clock.now - NOW >= timedelta(days=2) and flaky_smtp.received == []
        with service.sessions() as session:
            event = session.scalars(select(AuditEvent).where(AuditEvent.event == "message.undelivered")).one()
            assert "451" in event.data["error"]
            told = {i.payload["to"]: i.payload for i in session.scalars(
                select(Intent).where(Intent.kind == "notify", Intent.key.like("%gave-up%")))}
        assert set(told) == {service.user, MO}
        _digest_says_delivery_failed(service, clock.now, record_of(service, mid).id)
        assert f"--message {record_of(service, mid).id}" in told[MO]["body"]
        assert "has not been sent" in told[service.user]["body"]

        flaky_smtp.refusing = False  # the server recovers: the notices go; the message waits for a person
        until(worker, clock, lambda: len(flaky_smtp.received) == 2)
        drain(worker)
        assert sorted(r.message["Subject"] for r in flaky_smtp.received) == [
            "Delivery failed: Agenda item 2", "Not sent: Agenda item 2"]
        assert record_of(service, mid).state == "undelivered"

        monkeypatch.setenv("MAILGUARD_DATABASE_URL", service.url)
        listed = CliRunner().invoke(cli, ["delivery", "list", "--council", "imap"])
        assert listed.exit_code == 0 and "451" in listed.output and "Agenda item 2" in listed.output
        retried = CliRunner().invoke(cli, ["delivery", "retry", "--council", "imap", "--message",
                                           str(record_of(service, mid).id)])
        assert retried.exit_code == 0, retried.output
        assert "1 failed delivery queued again" in retried.output
        clock.set(clock.now.replace(microsecond=0) + timedelta(days=1))  # the command stamps real time
        until(worker, clock, lambda: state_of(service, mid) == "delivered")
        drain(worker)
    finally:
        connector.close()
    assert [r.message["Message-ID"] for r in flaky_smtp.received].count(mid) == 1
    with service.sessions() as session:
        assert session.scalars(select(AuditEvent).where(AuditEvent.event == "intent.retried")).one()


def _digest_says_delivery_failed(service, now, record_id: int) -> None:
    from zoneinfo import ZoneInfo

    from app.digest.period import local_period
    from app.digest.query import digest_for

    period = local_period("range", (now - timedelta(days=3)).date(), 5, ZoneInfo("UTC"))
    with service.sessions() as session:
        digest = digest_for(session, session.get(Council, service.council_id), period,
                            review_base_url="https://mailguard.example", now=now)
    (item,) = [i for i in digest.notable if i.message_id == record_id]
    assert item.outcome == "delivery failed" and item.rule == "delivery-failed"
    assert digest.outcomes["delivery_failed"] == 1


def _no_message_id_held(sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sam Morgan <{sender}>"
    msg["To"] = "Mr P Grant <p.grant@example.org>"
    msg["Subject"] = "CONFIDENTIAL: no id"
    msg.set_content("Strictly confidential: the hearing is on Monday.")
    return msg.as_bytes()


def test_mail_without_message_id_is_recorded_once_and_its_released_breach_is_not_audited_again(
        service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, _no_message_id_held(service.user))
        drain(worker)
        with service.sessions() as session:
            (record,) = session.scalars(select(MessageRecord)).all()
            assert record.state == "held" and record.internet_message_id.endswith("@mailguard.invalid>")
            release(session, service.council_id, record.id, actor="mo@example-council.gov.uk", mode="as-sent",
                    reason="cleared", now=NOW)
        drain(worker)
        connector.changed.set()  # the Sent copy: audited by the next scan
        drain(worker)
    finally:
        connector.close()
    sent = [r for r in smtp_server.handler.received if r.message["Subject"] == "CONFIDENTIAL: no id"]
    assert len(sent) == 1 and sent[0].message["Message-ID"] == record.internet_message_id
    with service.sessions() as session:
        records = session.scalars(select(MessageRecord)).all()
    assert [(r.stage, r.state) for r in records] == [("pre-send", "delivered")]  # no "audited after sending"


def _same_id_other_content(sender: str) -> bytes:
    msg = message_from_bytes(messages.allowed(3, sender), policy=policy.default)
    msg.replace_header("Message-ID", "<held-3@example-council.gov.uk>")
    return msg.as_bytes()


def test_a_message_id_seen_before_never_sits_in_the_outbox_unchecked(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.held(3, service.user))
        drain(worker)
        client.file(OUTBOX, _same_id_other_content(service.user))  # same Message-ID, other content
        client.file(OUTBOX, messages.held(3, service.user))  # and an exact second copy
        connector.changed.set()  # scan now rather than wait for IDLE's push
        drain(worker)
    finally:
        connector.close()
    assert client.messages(OUTBOX) == []
    with service.sessions() as session:
        rows = session.scalars(select(MessageRecord).order_by(MessageRecord.id)).all()
    assert [(r.internet_message_id, r.state) for r in rows] == [
        ("<held-3@example-council.gov.uk>", "held"), ("<held-3@example-council.gov.uk>#2", "delivered"),
        ("<held-3@example-council.gov.uk>#3", "held")]
    assert [r.message["Subject"] for r in smtp_server.handler.received
            if r.message["Subject"] == "Agenda item 3"] == ["Agenda item 3"]


def test_a_message_with_no_recipients_is_held_and_the_sender_told(service, client, smtp_server):
    msg = EmailMessage()
    msg["From"] = f"Sam Morgan <{service.user}>"
    msg["Subject"], msg["Message-ID"] = "Notes to self", "<no-rcpt-1@example-council.gov.uk>"
    msg.set_content("Remember the agenda.")
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, msg.as_bytes())
        drain(worker)
    finally:
        connector.close()
    record = record_of(service, "<no-rcpt-1@example-council.gov.uk>")
    assert record.state == "held" and record.hold_reason == store.NO_RECIPIENTS
    (notice,) = [r for r in smtp_server.handler.received if r.rcpt_tos == [service.user]]
    assert "no recipients" in notice.message.get_body(("plain",)).get_content()
    assert len(client.messages(HELD)) == 1


def test_a_held_message_edited_in_the_held_folder_goes_out_as_it_was_checked(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.held(4, service.user))
        drain(worker)
        # someone with access to the mailbox swaps the held copy for an edited one (same Message-ID)
        edited = messages.held(4, service.user).replace(b"p.grant@example.org", b"newsdesk@paper.example")
        with client._open() as imap:
            imap.select(f'"{HELD}"')
            imap.store("1:*", "+FLAGS", "\\Deleted")
            imap.expunge()
            imap.append(f'"{HELD}"', None, None, edited)
        with service.sessions() as session:
            record = session.scalars(select(MessageRecord)).one()
            release(session, service.council_id, record.id, actor="mo@example-council.gov.uk", mode="as-sent",
                    reason="the complainant may see it", now=NOW)
        drain(worker)
    finally:
        connector.close()
    (sent,) = [r for r in smtp_server.handler.received if r.message["Subject"] == "CONFIDENTIAL: staffing"]
    assert sent.rcpt_tos == ["p.grant@example.org"] and b"newsdesk" not in sent.data


def test_notices_carry_no_internal_ids_or_the_original_message_id(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.held(5, service.user))
        drain(worker)
    finally:
        connector.close()
    (notice,) = [r for r in smtp_server.handler.received if r.message["Subject"].startswith("Held for review")]
    head = notice.data.split(b"\r\n\r\n", 1)[0].decode()
    assert "X-MailGuard" not in head and "held-5@" not in notice.data.decode()
    assert f"{service.mailbox_id}:<" not in notice.data.decode() and ":notify" not in notice.data.decode()
