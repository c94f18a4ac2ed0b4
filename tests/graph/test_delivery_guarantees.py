"""Issue 13 through Graph (respx, shaped as Microsoft documents it): what was checked is what goes out.

- a held draft edited after its check is not sent: it is checked again as it is now and held again;
- a 401 with a token MSAL still thinks fresh gets a new token, once;
- a lost answer to POST /send is followed by a look at the mailbox, not a blind repeat or an hour's wait;
- a returned draft later sent from Outlook is audited from Sent Items;
- notices to recipients outside the council carry no internal headers.
"""

from __future__ import annotations

import json
from datetime import timedelta
from email.message import EmailMessage

import httpx
import pytest
from sqlalchemy import select

from app.review.decisions import release, return_to_sender
from app.review.delivery import CHANGED
from app.store.tables import AuditEvent, Intent, MessageRecord
from tests.graph.conftest import (
    ACCESS_TOKEN,
    CLIENT_ID,
    GRAPH,
    HELD_ID,
    LOGIN,
    MAILBOX,
    NOW,
    SECRET,
    TENANT,
    USER,
    discovery,
    held_folder_routes,
)
from tests.graph.test_hold_release import DRAFT_ID, MESSAGE_ID, confidential_draft, drain
from tests.timing import Clock

SENT_ID = "AAMkAGSent="
NEWSDESK = "newsdesk@localpaper.example"


def edited_draft() -> bytes:
    """The same draft after its author added a local paper's newsdesk and changed the subject."""
    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = f"Mr P Grant <p.grant@example.org>, Newsdesk <{NEWSDESK}>"
    msg["Subject"] = "Staffing complaint: the full story"
    msg["Message-ID"] = MESSAGE_ID
    msg.set_content("Dear Mr Grant,\n\nAs promised, the whole file.\n")
    return msg.as_bytes()


class Mailbox365:
    """One draft in "Held for review" as Graph reports it; its content can change, like Outlook's would."""

    def __init__(self, mock, content: bytes):
        self.content, self.sent, self.sends, self.lose_answers = content, False, 0, 0
        self.sent_content: list[bytes] = []
        held_folder_routes(mock)
        mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").mock(side_effect=self.meta)
        mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}/$value").mock(side_effect=self.value)
        mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages").mock(side_effect=self.sent_items)
        self.send_route = mock.post(f"{GRAPH}{USER}/messages/{DRAFT_ID}/send").mock(side_effect=self.send)
        self.notices = mock.post(f"{GRAPH}{USER}/sendMail").respond(202)  # user-sendmail.md: 202 Accepted
        mock.patch(f"{GRAPH}{USER}/messages/{DRAFT_ID}").mock(side_effect=self.patch)
        mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta").respond(200, json={
            "value": [], "@odata.deltaLink": f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken=s"})
        mock.get(f"{GRAPH}{USER}/mailFolders/{HELD_ID}/messages/delta").mock(side_effect=self.delta)

    def delta(self, request):  # message-delta.md, with the $select the connector asks for
        return httpx.Response(200, json={
            "value": [{"id": DRAFT_ID, "isDraft": True, "parentFolderId": HELD_ID, "internetMessageId": MESSAGE_ID,
                       "bccRecipients": self.bcc}],
            "@odata.deltaLink": f"{GRAPH}{USER}/mailFolders/{HELD_ID}/messages/delta?$deltatoken=h"})

    bcc: list = []

    def meta(self, request):
        return httpx.Response(200, json={"id": DRAFT_ID, "isDraft": not self.sent, "internetMessageId": MESSAGE_ID,
                                         "parentFolderId": SENT_ID if self.sent else HELD_ID,
                                         "bccRecipients": self.bcc})

    def patch(self, request):  # message-update.md: 200 OK and the updated message
        changes = json.loads(request.content)
        if "bccRecipients" in changes:
            self.bcc = changes["bccRecipients"]
        return httpx.Response(200, json={"id": DRAFT_ID})

    def value(self, request):
        return httpx.Response(200, content=self.content, headers={"Content-Type": "text/plain"})

    def send(self, request):
        self.sends += 1
        self.sent, _ = True, self.sent_content.append(self.content)
        if self.lose_answers:  # the connection drops after Exchange took it
            self.lose_answers -= 1
            raise httpx.ReadTimeout("answer lost", request=request)
        return httpx.Response(202)  # message-send.md: 202 Accepted

    def sent_items(self, request):
        return httpx.Response(200, json={"value": [{"id": DRAFT_ID}] if self.sent else []})


def held_record(env, worker) -> int:
    drain(worker)
    with env.sessions() as session:
        record = session.scalars(select(MessageRecord)).one()
        assert record.state == "held"
        return record.id


def test_a_held_draft_edited_after_its_check_is_checked_again_and_held_not_sent(env, mock):
    box = Mailbox365(mock, confidential_draft())
    worker = env.worker(env.connector())
    first = held_record(env, worker)
    box.content = edited_draft()  # the author edits the held draft in Outlook: newsdesk added, subject changed
    with env.sessions() as session:
        release(session, env.council_id, first, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="the complainant is entitled to it", now=NOW)
    drain(worker)
    assert box.sends == 0  # never sent unchecked
    with env.sessions() as session:
        old, new = session.scalars(select(MessageRecord).order_by(MessageRecord.id)).all()
        assert old.state == "superseded" and new.state == "held"
        assert new.internet_message_id == f"{MESSAGE_ID}#2" and new.source_ref == DRAFT_ID
        assert NEWSDESK in [a["email"] for a in new.recipients["to"]]
        assert new.subject == "Staffing complaint: the full story" and CHANGED in new.hold_reason
        deliver = session.scalars(select(Intent).where(Intent.message_id == old.id, Intent.kind == "deliver")).one()
        assert deliver.status == "cancelled"
        superseded = session.scalars(select(AuditEvent).where(AuditEvent.event == "message.superseded")).one()
        assert superseded.data["by"] == new.id and superseded.data["fingerprint_checked"] == old.fingerprint
        new_id = new.id
    told = [json.loads(c.request.content)["message"]["subject"] for c in box.notices.calls]
    assert "Held for review: Staffing complaint: the full story" in told

    # the new version, once a reviewer releases it, is sent — exactly that version, once
    with env.sessions() as session:
        release(session, env.council_id, new_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="checked as it is now", now=NOW)
    drain(worker)
    assert box.sends == 1 and box.sent_content == [edited_draft()]
    with env.sessions() as session:
        assert session.get(MessageRecord, new_id).state == "delivered"


def test_an_unchanged_held_draft_is_sent_as_checked(env, mock):
    box = Mailbox365(mock, confidential_draft())
    worker = env.worker(env.connector())
    record_id = held_record(env, worker)
    with env.sessions() as session:
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="fine", now=NOW)
    drain(worker)
    assert box.sends == 1 and box.sent_content == [confidential_draft()]


def test_a_lost_answer_to_send_is_looked_up_not_repeated_and_not_parked(env, mock):
    box = Mailbox365(mock, confidential_draft())
    box.lose_answers = 1
    worker = env.worker(env.connector())
    record_id = held_record(env, worker)
    with env.sessions() as session:
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="fine", now=NOW)
    drain(worker)
    assert box.sends == 1  # not re-POSTed: the message reads as sent (isDraft false, same immutable id)
    with env.sessions() as session:
        assert session.get(MessageRecord, record_id).state == "delivered"
        deliver = session.scalars(select(Intent).where(Intent.kind == "deliver")).one()
        assert deliver.status == "done" and deliver.attempts == 1


def test_a_lost_answer_when_the_draft_was_not_sent_is_tried_again_within_a_minute(env, mock):
    box = Mailbox365(mock, confidential_draft())
    clock = Clock(NOW)
    worker = env.worker(env.connector(clock=clock))
    worker.clock = clock
    record_id = held_record(env, worker)
    with env.sessions() as session:
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="fine", now=NOW)
    # the gateway times out (504) before Exchange took it: nothing was sent
    box.send_route.mock(side_effect=[httpx.Response(504, json={"error": {"code": "UnknownError", "message": ""}}),
                                     httpx.Response(202)])
    drain(worker)
    with env.sessions() as session:
        deliver = session.scalars(select(Intent).where(Intent.kind == "deliver")).one()
        assert deliver.status == "pending" and deliver.not_before - NOW <= timedelta(minutes=1)
        assert "lost" in deliver.last_error
    assert box.send_route.call_count == 1  # not repeated blindly by the client's own retry
    clock.advance(minutes=1)
    drain(worker)
    assert box.send_route.call_count == 2
    with env.sessions() as session:
        assert session.get(MessageRecord, record_id).state == "delivered"


def test_a_draft_patched_as_released_by_a_try_that_then_failed_is_not_taken_for_an_edit(env, mock):
    box = Mailbox365(mock, confidential_draft())
    box.bcc = [{"emailAddress": {"name": "Cllr Jane Doe", "address": "cllr.doe@example-council.gov.uk"}}]
    clock = Clock(NOW)
    worker = env.worker(env.connector(clock=clock))
    worker.clock = clock
    record_id = held_record(env, worker)
    with env.sessions() as session:
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="without-bcc",
                reason="the councillor need not be copied", now=NOW)
    box.send_route.mock(side_effect=[httpx.Response(500, json={"error": {"code": "UnknownError", "message": ""}}),
                                     httpx.Response(202)])
    drain(worker)  # the PATCH emptied bccRecipients, then /send failed: the draft now differs from the check
    assert box.bcc == [] and box.send_route.call_count == 1
    clock.advance(minutes=1)
    drain(worker)
    assert box.send_route.call_count == 2
    with env.sessions() as session:
        assert [r.state for r in session.scalars(select(MessageRecord))] == ["delivered"]


def test_a_returned_draft_later_sent_from_outlook_is_audited_in_sent_items(env, mock):
    box = Mailbox365(mock, confidential_draft())
    worker = env.worker(env.connector())
    record_id = held_record(env, worker)
    mock.get(f"{GRAPH}{USER}/mailFolders/drafts").respond(200, json={"id": "AAMkAGDrafts="})
    mock.post(f"{GRAPH}{USER}/messages/{DRAFT_ID}/move").respond(201, json={"id": DRAFT_ID})
    with env.sessions() as session:
        return_to_sender(session, env.council_id, record_id, actor="mo@example-council.gov.uk",
                         reason="please take out the briefing", now=NOW)
    drain(worker)
    # the author sends it from Outlook anyway: a change notification for Sent Items (same immutable id)
    box.sent = True
    _queue(env, DRAFT_ID)
    drain(worker)
    with env.sessions() as session:
        records = session.scalars(select(MessageRecord).order_by(MessageRecord.id)).all()
    assert [(r.stage, r.state) for r in records] == [("pre-send", "returned"), ("post-send", "recorded")]
    assert records[1].internet_message_id == f"{MESSAGE_ID}#2" and records[1].verdict == "hold"


def _queue(env, message_id: str) -> None:
    from app.store.tables.graph import GraphNotification

    with env.sessions.begin() as session:
        # as the webhook stores a `created` change notification for the Sent Items subscription
        session.add(GraphNotification(mailbox_id=env.mailbox_id, subscription_id="sub-sent", kind="change",
                                      event="created", folder="sentitems", resource_id=message_id,
                                      received_at=NOW))


def test_a_follow_up_to_outside_recipients_carries_no_internal_headers(env, mock):
    from connectors.graph.mailbox import GraphMailbox
    from connectors.graph.memory_state import MemoryGraphState

    send = mock.post(f"{GRAPH}{USER}/sendMail").respond(202)
    key = f"{env.mailbox_id}:{MESSAGE_ID}:notify:disclosure"
    GraphMailbox(env.client, MAILBOX, MemoryGraphState()).notify(
        "p.grant@example.org", "About your email", "Councillor Jane Doe also received this email.", key)
    sent = send.calls[0].request.content.decode()
    message = json.loads(sent)["message"]
    assert "internetMessageHeaders" not in message
    assert MESSAGE_ID not in sent and "notify:disclosure" not in sent and "X-MailGuard" not in sent


def test_a_401_with_a_token_msal_still_holds_fresh_gets_a_new_token_once(mock, sleeps):
    from connectors.graph.auth import GraphCredentials, GraphTokens
    from connectors.graph.client import GraphClient

    tokens = GraphTokens(GraphCredentials(tenant_id=TENANT, client_id=CLIENT_ID, client_secret=SECRET),
                         httpx.Client())
    client = GraphClient(httpx.Client(base_url=GRAPH), tokens.token, sleep=sleeps, on_unauthorized=tokens.forget)
    discovery(mock)
    login = mock.post(f"{LOGIN}/{TENANT}/oauth2/v2.0/token").mock(side_effect=[
        httpx.Response(200, json={"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                  "access_token": ACCESS_TOKEN}),
        httpx.Response(200, json={"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                  "access_token": "eyJ.rotated.token"})])
    # Graph's documented error shape for a token it no longer accepts
    refused = httpx.Response(401, headers={"WWW-Authenticate": 'Bearer realm="", error="invalid_token"'}, json={
        "error": {"code": "InvalidAuthenticationToken", "message": "Access token validation failure.",
                  "innerError": {"date": "2026-12-02T09:00:00", "request-id": "9b0f",
                                 "client-request-id": "9b0f"}}})
    folder = mock.get(f"{GRAPH}{USER}/mailFolders/drafts").mock(side_effect=[
        refused, httpx.Response(200, json={"id": "AAMkAGDrafts="})])
    assert client.get_json(f"{USER}/mailFolders/drafts")["id"] == "AAMkAGDrafts="
    assert login.call_count == 2  # the cached token was dropped and a new one fetched
    assert [c.request.headers["Authorization"] for c in folder.calls] == [
        f"Bearer {ACCESS_TOKEN}", "Bearer eyJ.rotated.token"]


def test_a_second_401_in_a_row_is_reported_not_retried_forever(mock, client, login):
    from connectors.graph.client import GraphError

    route = mock.get(f"{GRAPH}{USER}/mailFolders/drafts").respond(401, json={
        "error": {"code": "InvalidAuthenticationToken", "message": "Access token validation failure."}})
    with pytest.raises(GraphError, match="401"):
        client.get_json(f"{USER}/mailFolders/drafts")
    assert route.call_count == 2 and login.call_count == 2
