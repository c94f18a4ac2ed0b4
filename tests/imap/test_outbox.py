"""The outbox flow against a real Dovecot and a recording SMTP server, through the real worker and review."""

from __future__ import annotations

from email import message_from_bytes, policy

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.review.decisions import release, return_to_sender
from app.store.tables import MessageRecord
from tests.imap import messages
from tests.imap.conftest import NOW, drain, wait_for

OUTBOX, HELD = "MailGuard/Outbox", "MailGuard/Held"


def _record(service, message_id):
    with service.sessions() as session:
        return session.scalars(select(MessageRecord).options(selectinload(MessageRecord.findings))
                               .where(MessageRecord.internet_message_id == message_id)).one()


def _ids(raws):
    return [message_from_bytes(r, policy=policy.default)["Message-ID"] for r in raws]


def _body(raw: bytes, subtype: str) -> str:
    return message_from_bytes(raw, policy=policy.default).get_body((subtype,)).get_content()


def test_connecting_creates_the_folders_and_finds_sent_and_drafts(service, client):
    connector = service.connector()
    try:
        assert connector.fetch_outgoing() == []
        assert {"MailGuard/Outbox", "MailGuard/Held", "MailGuard/Notices", "Sent", "Drafts"} <= set(client.folders())
        assert connector._folders["sent"] == "Sent" and connector._folders["drafts"] == "Drafts"
    finally:
        connector.close()


def test_allowed_mail_is_submitted_copied_to_sent_and_leaves_the_outbox(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()  # creates the folders
        client.file(OUTBOX, messages.allowed(1, service.user))
        drain(worker)
    finally:
        connector.close()
    (got,) = smtp_server.handler.received
    assert got.mail_from == service.user and got.rcpt_tos == ["cllr.shah@example-council.gov.uk"]
    assert got.message["Message-ID"] == "<allowed-1@example-council.gov.uk>"
    assert client.messages(OUTBOX) == []
    assert _ids(client.messages("Sent")) == ["<allowed-1@example-council.gov.uk>"]
    assert _record(service, "<allowed-1@example-council.gov.uk>").state == "delivered"
    assert ("PLAIN", service.user) in smtp_server.handler.logins or ("LOGIN", service.user) in smtp_server.handler.logins


def test_annotated_mail_carries_the_annotation_and_bcc_only_in_the_envelope(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.annotated(1, service.user))
        drain(worker)
    finally:
        connector.close()
    (got,) = smtp_server.handler.received
    assert sorted(got.rcpt_tos) == ["cllr.haddad@example-council.gov.uk", "cllr.shah@example-council.gov.uk"]
    assert "Bcc" not in got.message and b"cllr.shah" not in got.data.split(b"\r\n\r\n", 1)[0]
    assert "CC Councillor Priya Shah" in _body(got.data, "plain")
    assert "CC Councillor Priya Shah" in _body(got.data, "html")
    (sent,) = client.messages("Sent")
    assert "CC Councillor Priya Shah" in _body(sent, "plain")
    assert _record(service, "<play-area-1@example-council.gov.uk>").state == "delivered"


def test_held_mail_waits_in_held_then_release_sends_it_once(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.held(1, service.user))
        drain(worker)
        assert client.messages(OUTBOX) == []
        assert _ids(client.messages(HELD)) == ["<held-1@example-council.gov.uk>"]
        record = _record(service, "<held-1@example-council.gov.uk>")
        assert record.state == "held" and record.source_ref.startswith('imap:{"f":"MailGuard/Held"')
        (notice,) = smtp_server.handler.received  # the sender is told, over SMTP
        assert notice.rcpt_tos == [service.user] and notice.message["Auto-Submitted"] == "auto-generated"
        assert len(client.messages("MailGuard/Notices")) == 1
        with service.sessions() as session:
            release(session, service.council_id, record.id, actor="mo@example-council.gov.uk", mode="as-sent",
                    reason="cleared by the Monitoring Officer", now=NOW)
        drain(worker)
    finally:
        connector.close()
    delivered = [r for r in smtp_server.handler.received if r.rcpt_tos == ["p.grant@example.org"]]
    assert len(delivered) == 1 and delivered[0].message["Message-ID"] == "<held-1@example-council.gov.uk>"
    assert client.messages(HELD) == []
    assert _ids(client.messages("Sent")) == ["<held-1@example-council.gov.uk>"]
    assert _record(service, "<held-1@example-council.gov.uk>").state == "delivered"


def test_returned_mail_goes_back_to_drafts_unsent_and_the_sender_is_told(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file(OUTBOX, messages.held(2, service.user))
        drain(worker)
        record = _record(service, "<held-2@example-council.gov.uk>")
        with service.sessions() as session:
            return_to_sender(session, service.council_id, record.id, actor="mo@example-council.gov.uk",
                             reason="please remove the staff names", now=NOW)
        drain(worker)
    finally:
        connector.close()
    assert client.messages(HELD) == [] and client.messages("Sent") == []
    (draft,) = client.messages("Drafts")
    parsed = message_from_bytes(draft, policy=policy.default)
    assert parsed["Subject"] == "CONFIDENTIAL: staffing" and "hearing is on Monday" in _body(draft, "plain")
    assert parsed["Message-ID"] != "<held-2@example-council.gov.uk>"  # re-filed after editing: checked anew
    assert not [r for r in smtp_server.handler.received if "p.grant@example.org" in r.rcpt_tos]
    notices = [r.message["Subject"] for r in smtp_server.handler.received if r.rcpt_tos == [service.user]]
    assert len(notices) == 2, notices  # held, then returned
    assert _record(service, "<held-2@example-council.gov.uk>").state == "returned"


def test_sent_audit_records_mail_sent_around_the_outbox_once(service, client, smtp_server):
    connector = service.connector()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()  # the audit starts now: older Sent mail is not re-audited
        client.file("Sent", messages.held(3, service.user))  # sent straight from the mail client
        client.file(OUTBOX, messages.allowed(3, service.user))
        drain(worker)
        # our own Sent copy of the delivered message (UID 2) is offered too, and recognised by its Message-ID
        wait_for(lambda: worker.run_once() >= 0 and service.row().state["sent"]["last_uid"] >= 2,
                 what="the Sent cursor to pass our copy")
    finally:
        connector.close()
    around = _record(service, "<held-3@example-council.gov.uk>")
    assert around.stage == "post-send" and around.state == "recorded"
    assert {f.rule for f in around.findings}, "its findings are recorded for the digest"
    through = _record(service, "<allowed-3@example-council.gov.uk>")
    assert through.stage == "pre-send" and through.state == "delivered"  # its Sent copy is not a second record
    with service.sessions() as session:
        assert session.scalar(select(MessageRecord.id).where(MessageRecord.stage == "post-send").limit(2)) == around.id
        assert len(session.scalars(select(MessageRecord)).all()) == 2
    assert [r.rcpt_tos for r in smtp_server.handler.received] == [["cllr.shah@example-council.gov.uk"]]
