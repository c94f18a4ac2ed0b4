"""Dropped connections during IDLE, a worker SIGKILLed mid-delivery, a UIDVALIDITY change, XOAUTH2 submission."""

from __future__ import annotations

import dataclasses
import imaplib
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from app.store.tables import Intent, MessageRecord
from connectors.imap.mailbox import ImapMailbox, ImapOptions
from connectors.smtp import SmtpConfig, SmtpSubmitter
from tests.imap import messages
from tests.imap.conftest import PASSWORD, PASSWORD_ENV, TOKEN, drain, wait_for

OUTBOX = "MailGuard/Outbox"


def _states(service) -> dict[str, str]:
    with service.sessions() as session:
        return {r.internet_message_id: r.state for r in session.scalars(select(MessageRecord))}


def test_idle_is_reissued_and_recovers_after_the_server_restarts(service, client, dovecot, smtp_server):
    row = service.row()
    base = service.connector()
    # A short command timeout: a reconnect that lands while Dovecot is still starting gives up
    # in seconds and backs off, instead of waiting out the production default (30 s).
    imap = dataclasses.replace(base.imap, timeout=5.0)
    connector = ImapMailbox(imap, base.smtp.config, row.address, options=ImapOptions(
        idle_renew_s=0.5, backoff_s=0.2, max_backoff_s=1.0, rescan_s=3600))
    base.close()
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        wait_for(lambda: len(connector.watchers) == 2 and all(w.idling.is_set() for w in connector.watchers),
                 what="IDLE on the outbox and Sent")
        wait_for(lambda: all(w.idle_commands >= 3 for w in connector.watchers), what="IDLE re-issued")
        assert all(w.connects == 1 for w in connector.watchers)  # re-issued on the same connection
        dovecot.stop()  # every connection drops, mid-IDLE
        wait_for(lambda: not any(w.idling.is_set() for w in connector.watchers), what="the drop to be noticed")
        dovecot.start()
        wait_for(lambda: all(w.connects >= 2 and w.idling.is_set() for w in connector.watchers),
                 timeout=60, what="IDLE to resume after reconnecting")
        connector.changed.clear()
        assert connector.fetch_outgoing() == []  # the command connection reconnects too
        client.file(OUTBOX, messages.allowed(10, service.user))
        wait_for(connector.changed.is_set, what="the IDLE push for the new message")
        drain(worker)
    finally:
        connector.close()
    assert _states(service) == {"<allowed-10@example-council.gov.uk>": "delivered"}
    assert [r.rcpt_tos for r in smtp_server.handler.received] == [["cllr.shah@example-council.gov.uk"]]


def _start_worker(service, **env) -> subprocess.Popen:
    environment = {**os.environ, "MAILGUARD_DATABASE_URL": service.url, "MAILGUARD_POLL_INTERVAL_S": "0.05",
                   "MAILGUARD_WORKER_ID": "imap-crash", PASSWORD_ENV: PASSWORD, **env}
    return subprocess.Popen([sys.executable, "-m", "app.cli.main", "worker"], env=environment,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


@pytest.mark.parametrize("fault", [{"MAILGUARD_IMAP_FAULT": "after-submit"}, {"MAILGUARD_FAULT": "after:deliver"}],
                         ids=["between-submission-and-move", "after-delivery-before-commit"])
def test_worker_killed_after_submission_delivers_exactly_once(service, client, smtp_server, fault):
    setup = service.connector()
    setup.fetch_outgoing()  # folders exist, the Sent audit starts now
    setup.close()
    client.file(OUTBOX, messages.allowed(20, service.user))
    proc = _start_worker(service, **fault)
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError("the fault never fired: " + proc.stderr.read().decode(errors="replace")[-2000:])
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode(errors="replace")[-2000:]
    assert len(smtp_server.handler.received) == 1  # submitted, but the database does not know
    assert _states(service) == {"<allowed-20@example-council.gov.uk>": "allowed"}
    if "MAILGUARD_IMAP_FAULT" in fault:
        assert len(client.messages(OUTBOX)) == 1  # killed before the original left the outbox
    proc = _start_worker(service)
    try:
        wait_for(lambda: _states(service).get("<allowed-20@example-council.gov.uk>") == "delivered",
                 timeout=60, what="delivery after the restart")
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert len(smtp_server.handler.received) == 1, "sent twice"
    assert client.messages(OUTBOX) == [] and len(client.messages("Sent")) == 1
    with service.sessions() as session:
        assert {i.status for i in session.scalars(select(Intent))} == {"done"}


def test_a_uidvalidity_change_in_sent_is_a_full_resync(service, client, dovecot):
    connector = service.connector()
    # An IDLE on the deleted folder hears nothing of the new one, so the periodic rescan (300 s in
    # production) is what notices the change; shortened here.
    connector.options = dataclasses.replace(connector.options, rescan_s=0.5)
    worker = service.worker(connector)
    try:
        connector.fetch_outgoing()
        client.file("Sent", messages.held(30, service.user))
        wait_for(lambda: worker.run_once() >= 0 and "<held-30@example-council.gov.uk>" in _states(service),
                 what="the Sent audit")
        before = service.row().state["sent"]
        # The folder is deleted and made again (as a provider migration does): a new UIDVALIDITY, UIDs restart.
        # Dovecot derives UIDVALIDITY from the clock in seconds: recreate until it really changed.
        with imaplib.IMAP4("127.0.0.1", dovecot.port) as admin:
            admin.login(service.user, PASSWORD)
            for _ in range(5):
                assert admin.delete('"Sent"')[0] == "OK" and admin.create('"Sent"')[0] == "OK"
                admin.select('"Sent"', readonly=True)
                if int(admin.untagged_responses["UIDVALIDITY"][0]) != int(before["uidvalidity"]):
                    break
                admin.close()
                time.sleep(1.1)
            else:
                raise AssertionError("Dovecot kept the same UIDVALIDITY for a recreated folder")
        client.file("Sent", messages.held(30, service.user))  # the same message again, now UID 1
        client.file("Sent", messages.held(31, service.user))  # UID 2: at or below the old cursor's UID
        wait_for(lambda: worker.run_once() >= 0 and "<held-31@example-council.gov.uk>" in _states(service),
                 what="the resync to find the new message")
    finally:
        connector.close()
    after = service.row().state["sent"]
    assert after["uidvalidity"] != before["uidvalidity"] and connector.resyncs == 1
    assert after["last_uid"] == 2
    assert _states(service) == {"<held-30@example-council.gov.uk>": "recorded",
                                "<held-31@example-council.gov.uk>": "recorded"}  # no duplicate record


def test_xoauth2_submission_and_bcc_in_the_envelope_only(smtp_server):
    submitter = SmtpSubmitter(SmtpConfig(host="127.0.0.1", port=smtp_server.port, security="none",
                                         user="clerk@example-council.gov.uk", oauth_token=lambda: TOKEN))
    raw = messages.annotated(40, "clerk@example-council.gov.uk")
    assert submitter.send(raw, "clerk@example-council.gov.uk") == []
    (got,) = smtp_server.handler.received
    assert smtp_server.handler.logins == [("XOAUTH2", "clerk@example-council.gov.uk")]
    assert "cllr.shah@example-council.gov.uk" in got.rcpt_tos and "Bcc" not in got.message
    bad = SmtpSubmitter(SmtpConfig(host="127.0.0.1", port=smtp_server.port, security="none",
                                   user="clerk@example-council.gov.uk", oauth_token=lambda: "wrong"))
    with pytest.raises(Exception, match="SMTP"):
        bad.send(raw, "clerk@example-council.gov.uk")
    assert len(smtp_server.handler.received) == 1
