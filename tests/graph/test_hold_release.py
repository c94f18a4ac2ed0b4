"""Hold and release through Graph: the draft waits in "Held for review"; release sends it exactly once."""

from __future__ import annotations

import json
from email.message import EmailMessage

import httpx
import pytest
from sqlalchemy import select

from app.errors import Conflict
from app.review.annotate import annotate_mime
from app.review.decisions import release
from app.store.tables import Intent, MessageRecord
from connectors.graph.mailbox import GraphMailbox
from connectors.graph.memory_state import MemoryGraphState
from tests.graph.conftest import GRAPH, HELD_ID, MAILBOX, NOW, USER, empty_delta, held_folder_routes
from tests.timing import drain_worker

DRAFT_ID = "AAMkAGDraft1AAA="
MESSAGE_ID = "<held-1@example-council.gov.uk>"


def confidential_draft() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = "Mr P Grant <p.grant@example.org>"
    msg["Subject"] = "CONFIDENTIAL: staffing complaint update"
    msg["Message-ID"] = MESSAGE_ID
    msg.set_content(
        "Dear Mr Grant,\n\nPlease see the confidential briefing I gave Cllr Haddad below.\n\n"
        "-----Original Message-----\nFrom: Sam Morgan <clerk@example-council.gov.uk>\n"
        "Sent: 02 December 2026 09:12\nTo: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\n"
        "Subject: CONFIDENTIAL: staffing matter\n\nStrictly confidential: the disciplinary hearing is "
        "set for Monday.\n")
    return msg.as_bytes()


class FakeDraft:
    """The draft's state as Graph reports it: a draft until POST /send, then a sent item, same immutable id."""

    def __init__(self):
        self.sent = False

    def meta(self, request):
        return httpx.Response(200, json={"id": DRAFT_ID, "isDraft": not self.sent,
                                         "parentFolderId": "AAMkAGSent=" if self.sent else HELD_ID,
                                         "internetMessageId": MESSAGE_ID})

    def send(self, request):
        # message-send.md: "If successful, this method returns 202 Accepted response code."
        assert request.headers["Content-Length"] == "0" and request.content == b""
        self.sent = True
        return httpx.Response(202)

    def sent_items(self, request):
        found = [{"id": DRAFT_ID}] if self.sent else []
        return httpx.Response(200, json={"value": found})


@pytest.fixture
def draft(mock) -> FakeDraft:
    fake = FakeDraft()
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").mock(side_effect=fake.meta)
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}/$value").respond(200, content=confidential_draft(),
                                                                  headers={"Content-Type": "text/plain"})
    mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages").mock(side_effect=fake.sent_items)
    fake.route = mock.post(f"{GRAPH}{USER}/messages/{DRAFT_ID}/send").mock(side_effect=fake.send)
    return fake


def drain(worker) -> None:
    drain_worker(worker, passes=40)


def test_hold_then_release_sends_once_even_when_release_is_asked_twice(env, mock, draft):
    held_folder_routes(mock)
    empty_delta(mock, "sentitems", "s1")
    mock.get(f"{GRAPH}{USER}/mailFolders/{HELD_ID}/messages/delta").respond(200, json={
        "value": [{"id": DRAFT_ID, "isDraft": True, "parentFolderId": HELD_ID}],
        "@odata.deltaLink": f"{GRAPH}{USER}/mailFolders/{HELD_ID}/messages/delta?$deltatoken=h1"})
    # user-sendmail.md: POST /users/{id}/sendMail -> 202 Accepted (the sender's "held" notice)
    notices = mock.post(f"{GRAPH}{USER}/sendMail").respond(202)
    connector = env.connector()
    worker = env.worker(connector)
    drain(worker)

    with env.sessions() as session:
        record = session.scalars(select(MessageRecord)).one()
        assert (record.stage, record.state, record.source_ref) == ("pre-send", "held", DRAFT_ID)
        record_id = record.id
    assert draft.route.call_count == 0
    notice = json.loads(notices.calls[0].request.content)
    assert notice["saveToSentItems"] is False  # a notice in Sent Items would be audited in turn
    assert notice["message"]["toRecipients"] == [{"emailAddress": {"address": MAILBOX}}]

    with env.sessions() as session:
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="the complainant is entitled to this", now=NOW)
    with env.sessions() as session, pytest.raises(Conflict):
        release(session, env.council_id, record_id, actor="mo@example-council.gov.uk", mode="as-sent",
                reason="clicked twice", now=NOW)
    drain(worker)
    assert draft.route.call_count == 1
    with env.sessions() as session:
        assert session.get(MessageRecord, record_id).state == "delivered"
        deliver = session.scalars(select(Intent).where(Intent.kind == "deliver")).one()
        key = deliver.key

    # a worker that crashed after sending asks again with the same key: nothing more is sent,
    # in this process (it remembers) or in a new one (the draft's immutable id is now a sent item)
    connector.deliver(DRAFT_ID, confidential_draft(), key)
    env.connector().deliver(DRAFT_ID, confidential_draft(), key)
    assert draft.route.call_count == 1


def test_a_draft_sent_before_a_crash_is_found_in_sent_items_and_not_sent_again(mock, draft, client):
    draft.sent = True  # Sent Items has it, yet (a non-immutable id) the draft still reads as one
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={
        "id": DRAFT_ID, "isDraft": True, "parentFolderId": HELD_ID, "internetMessageId": MESSAGE_ID})
    GraphMailbox(client, MAILBOX, MemoryGraphState()).deliver(DRAFT_ID, confidential_draft(), "1:<held-1>:deliver")
    assert draft.route.call_count == 0
    lookup = mock.calls.last.request.url
    assert lookup.params["$filter"] == f"internetMessageId eq '{MESSAGE_ID}'"


def test_an_annotated_release_patches_the_draft_body_then_sends(mock, draft, client):
    held_folder_routes(mock)
    patch = mock.patch(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={"id": DRAFT_ID})
    wanted = annotate_mime(confidential_draft(), "CC Councillor Jane Doe")
    GraphMailbox(client, MAILBOX, MemoryGraphState()).deliver(DRAFT_ID, wanted, "1:<held-1>:deliver")
    # message-update.md: body is updatable "only if isDraft = true"
    body = json.loads(patch.calls[0].request.content)["body"]
    assert body["contentType"] == "text" and body["content"].rstrip().endswith("CC Councillor Jane Doe")
    assert draft.route.call_count == 1
    assert patch.calls[0].request.headers["Prefer"] == 'IdType="ImmutableId"'


def test_hold_moves_a_draft_into_the_held_folder_it_creates_once(mock, client):
    mock.get(f"{GRAPH}{USER}/mailFolders").respond(200, json={"value": [{"id": "AAMkAGInbox=",
                                                                       "displayName": "Inbox"}]})
    # user-post-mailfolders.md: "If successful, this method returns 201 Created ... and mailFolder"
    create = mock.post(f"{GRAPH}{USER}/mailFolders").respond(201, json={
        "id": HELD_ID, "displayName": "Held for review", "parentFolderId": "AAMkAGRoot=", "isHidden": False})
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={
        "id": DRAFT_ID, "isDraft": True, "parentFolderId": "AAMkAGDrafts=", "internetMessageId": MESSAGE_ID})
    # message-move.md: 201 Created and the message (the same id, with immutable ids)
    move = mock.post(f"{GRAPH}{USER}/messages/{DRAFT_ID}/move").respond(201, json={
        "id": DRAFT_ID, "parentFolderId": HELD_ID})
    state = MemoryGraphState()
    mailbox = GraphMailbox(client, MAILBOX, state)
    assert mailbox.hold(DRAFT_ID, "k:hold") == DRAFT_ID
    assert json.loads(create.calls[0].request.content) == {"displayName": "Held for review", "isHidden": False}
    assert json.loads(move.calls[0].request.content) == {"destinationId": HELD_ID}
    assert state.folder_id("held") is None  # acting never writes state (the worker's transaction is open)
    mailbox.folder_id("held")  # the fetch path saves it
    assert state.folder_id("held") == HELD_ID
    GraphMailbox(client, MAILBOX, state).folder_id("held")
    assert create.call_count == 1


def test_a_folder_made_meanwhile_by_another_worker_is_found_after_409(mock, client):
    listing = mock.get(f"{GRAPH}{USER}/mailFolders").mock(side_effect=[
        httpx.Response(200, json={"value": []}),
        httpx.Response(200, json={"value": [{"id": HELD_ID, "displayName": "Held for review"}]}),
    ])
    mock.post(f"{GRAPH}{USER}/mailFolders").respond(409, json={
        "error": {"code": "ErrorFolderExists", "message": "A folder with the specified name already exists."}})
    assert GraphMailbox(client, MAILBOX, MemoryGraphState()).folder_id("held") == HELD_ID
    assert listing.call_count == 2


def test_return_moves_the_draft_back_to_drafts(mock, client):
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={
        "id": DRAFT_ID, "isDraft": True, "parentFolderId": HELD_ID, "internetMessageId": MESSAGE_ID})
    mock.get(f"{GRAPH}{USER}/mailFolders/drafts").respond(200, json={"id": "AAMkAGDrafts="})
    move = mock.post(f"{GRAPH}{USER}/messages/{DRAFT_ID}/move").respond(201, json={"id": DRAFT_ID})
    GraphMailbox(client, MAILBOX, MemoryGraphState()).return_to_sender(DRAFT_ID, b"", "k:return")
    assert json.loads(move.calls[0].request.content) == {"destinationId": "AAMkAGDrafts="}


def test_submit_sends_mime_as_base64_text(mock, client):
    import base64

    route = mock.post(f"{GRAPH}{USER}/sendMail").respond(202)
    GraphMailbox(client, MAILBOX, MemoryGraphState()).submit(confidential_draft(), "digest:1")
    request = route.calls[0].request
    # user-sendmail.md: MIME content "base64 encoded", Content-Type text/plain
    assert request.headers["Content-Type"] == "text/plain"
    assert base64.b64decode(request.content) == confidential_draft()


def test_a_release_without_bcc_empties_the_drafts_bcc_recipients(mock, draft, client):
    from app.review.annotate import strip_bcc

    held_folder_routes(mock)
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={
        "id": DRAFT_ID, "isDraft": True, "parentFolderId": HELD_ID, "internetMessageId": MESSAGE_ID,
        "bccRecipients": [{"emailAddress": {"name": "Cllr Jane Doe", "address": "cllr.doe@example-council.gov.uk"}}]})
    patch = mock.patch(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={"id": DRAFT_ID})
    with_bcc = confidential_draft().replace(b"To: ", b"Bcc: cllr.doe@example-council.gov.uk\nTo: ", 1)
    GraphMailbox(client, MAILBOX, MemoryGraphState()).deliver(DRAFT_ID, strip_bcc(with_bcc), "1:<held-1>:deliver")
    # message-update.md: bccRecipients is updatable (not only while a draft); [] removes them all
    assert json.loads(patch.calls[0].request.content) == {"bccRecipients": []}
    assert draft.route.call_count == 1


def test_a_draft_no_longer_in_the_held_folder_is_never_sent(mock, draft, client):
    """A reviewer returned it (back in Drafts) or its sender moved it: a release must not send it."""
    from connectors import ConnectorError

    held_folder_routes(mock)
    mock.get(f"{GRAPH}{USER}/messages/{DRAFT_ID}").respond(200, json={
        "id": DRAFT_ID, "isDraft": True, "parentFolderId": "AAMkAGDrafts=", "internetMessageId": MESSAGE_ID})
    with pytest.raises(ConnectorError, match="no longer in 'Held for review'") as raised:
        GraphMailbox(client, MAILBOX, MemoryGraphState()).deliver(DRAFT_ID, confidential_draft(), "1:<held-1>:deliver")
    assert raised.value.retryable is False
    assert draft.route.call_count == 0
