"""GraphMailbox with the worker on a real database: post-send audit, catch-up after `missed`, 410 resync."""

from __future__ import annotations

from datetime import timedelta
from email.message import EmailMessage

import httpx
from sqlalchemy import select

from app.m365.notifications import accept
from app.m365.subscriptions import client_state_hash, process_lifecycle
from app.store.tables import MessageRecord
from app.store.tables.graph import GraphFolder, GraphNotification, GraphSubscription
from tests.graph.conftest import GRAPH, HELD_ID, NOW, TENANT, USER, empty_delta, held_folder_routes

SENT_ID = "AAMkAGI2TG93AAA="  # an immutable id: the same in Drafts and, once sent, in Sent Items
STATE = "a-random-client-state-for-the-sent-items-subscription"


def silent_copy(n: int = 1) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Sam Morgan <clerk@example-council.gov.uk>"
    msg["To"] = "Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>"
    msg["Bcc"] = "Cllr Jane Doe <cllr.doe@example-council.gov.uk>"
    msg["Subject"] = "Allotment waiting list"
    msg["Date"] = "Wed, 02 Dec 2026 08:55:00 +0000"
    msg["Message-ID"] = f"<sent-{n}@example-council.gov.uk>"
    msg.set_content("Dear Cllr Haddad,\n\nThe waiting list is now 14 names long.\n\nSam Morgan\nTown Clerk")
    return msg.as_bytes()


def message_routes(mock, message_id: str, raw: bytes, *, is_draft: bool = False) -> None:
    # message-get.md: GET /users/{id}/messages/{id}; Example 4: .../$value -> the MIME, text/plain
    mock.get(f"{GRAPH}{USER}/messages/{message_id}").respond(200, json={
        "id": message_id, "isDraft": is_draft, "parentFolderId": "AAMkAGSent=",
        "internetMessageId": "<sent-1@example-council.gov.uk>"})
    mock.get(f"{GRAPH}{USER}/messages/{message_id}/$value").respond(
        200, content=raw, headers={"Content-Type": "text/plain"})


def records(env) -> list[MessageRecord]:
    with env.sessions() as session:
        rows = list(session.scalars(select(MessageRecord)))
        for row in rows:
            _ = list(row.findings)
        return rows


def subscribe(env, folder: str = "sentitems", subscription_id: str = "sub-sent") -> None:
    with env.sessions.begin() as session:
        session.add(GraphSubscription(mailbox_id=env.mailbox_id, folder=folder, subscription_id=subscription_id,
                                      client_state_hash=client_state_hash(STATE),
                                      expires_at=NOW + timedelta(days=2), created_at=NOW))


def test_a_sent_message_is_checked_post_send_and_its_finding_recorded(env, mock):
    subscribe(env)
    with env.sessions() as session:  # the webhook's use case, as POST /graph/notifications runs it
        accept(session, {"value": [{"subscriptionId": "sub-sent", "clientState": STATE, "changeType": "created",
                                    "tenantId": TENANT, "resource": f"Users/u/Messages/{SENT_ID}",
                                    "resourceData": {"@odata.type": "#Microsoft.Graph.Message", "id": SENT_ID}}]},
               now=NOW)
    message_routes(mock, SENT_ID, silent_copy())
    held_folder_routes(mock)
    sent_delta = empty_delta(mock, "sentitems", "s1")
    held_delta = empty_delta(mock, HELD_ID, "h1")

    worker = env.worker(env.connector())
    worker.run_once()

    [record] = records(env)
    assert (record.stage, record.state, record.source_ref) == ("post-send", "recorded", SENT_ID)
    assert [f.rule for f in record.findings] == ["silent-bcc"]
    assert record.findings[0].subjects == ["Councillor Jane Doe"]
    with env.sessions() as session:
        assert session.scalars(select(GraphNotification.processed_at)).one() is not None
    # start-up catch-up: one delta round per folder; the first Sent Items round starts from the
    # mailbox's "since" (message-delta.md: "$filter=receivedDateTime+ge+{value}")
    assert sent_delta.call_count == 1 and held_delta.call_count == 1
    first = sent_delta.calls[0].request.url
    assert first.params["$filter"] == "receivedDateTime ge 2026-12-02T09:00:00Z"
    assert first.params["changeType"] == "created"


def test_a_missed_lifecycle_event_is_followed_by_a_delta_catch_up(env, mock):
    subscribe(env)
    held_folder_routes(mock)
    empty_delta(mock, HELD_ID, "h1")
    link = f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken=s1"
    rounds = mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta").mock(side_effect=[
        httpx.Response(200, json={"value": [], "@odata.deltaLink": link}),  # start-up round
        # delta-query-messages.md: a later round from the deltaLink lists what changed since
        httpx.Response(200, json={"value": [{"@odata.type": "#microsoft.graph.message", "id": SENT_ID,
                                             "isDraft": False, "parentFolderId": "AAMkAGSent="}],
                                  "@odata.deltaLink": f"{link}2"}),
    ])
    message_routes(mock, SENT_ID, silent_copy())
    connector = env.connector()
    worker = env.worker(connector)
    worker.run_once()
    worker.run_once()
    assert rounds.call_count == 1  # notifications flow: no polling between timer rounds
    assert records(env) == []

    # the notification was never delivered (throttled endpoint); Graph says so with `missed`
    with env.sessions() as session:
        accept(session, {"value": [{"subscriptionId": "sub-sent", "clientState": STATE, "tenantId": TENANT,
                                    "subscriptionExpirationDateTime": "2026-12-04T11:00:00.0000000Z",
                                    "lifecycleEvent": "missed"}]}, now=NOW)
    report = process_lifecycle(env.sessions, env.client, "https://mailguard.example/graph/notifications", now=NOW)
    assert report.lifecycle == {"missed": 1}
    worker.run_once()

    assert rounds.call_count == 2
    assert str(rounds.calls[1].request.url) == link  # the saved deltaLink, whole
    [record] = records(env)
    assert record.stage == "post-send" and record.source_ref == SENT_ID
    with env.sessions() as session:
        folder = session.scalars(select(GraphFolder).where(GraphFolder.folder == "sentitems")).one()
        assert folder.delta_link == f"{link}2" and folder.catch_up is False


def test_a_410_on_a_delta_link_starts_a_full_resync(env, mock):
    held_folder_routes(mock)
    empty_delta(mock, HELD_ID, "h1")
    stale = f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken=old"
    with env.sessions.begin() as session:
        session.add(GraphFolder(mailbox_id=env.mailbox_id, folder="sentitems", delta_link=stale, catch_up=True))
    fresh = f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken=new"
    rounds = mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta").mock(side_effect=[
        # delta-query-overview.md, "Synchronization reset": "a response code of 410 (gone) and a Location
        # header containing a request URL with an empty $deltaToken (same as the initial query)"
        httpx.Response(410, headers={"Location": f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken="},
                       json={"error": {"code": "SyncStateNotFound", "message": "The sync state is not found."}}),
        httpx.Response(200, json={"value": [{"id": SENT_ID, "isDraft": False}], "@odata.deltaLink": fresh}),
    ])
    message_routes(mock, SENT_ID, silent_copy())
    env.worker(env.connector()).run_once()

    assert rounds.call_count == 2
    assert str(rounds.calls[0].request.url) == stale
    restart = rounds.calls[1].request.url
    assert "$deltatoken" not in str(restart) and restart.params["changeType"] == "created"
    assert [r.source_ref for r in records(env)] == [SENT_ID]
    with env.sessions() as session:
        assert session.scalars(select(GraphFolder.delta_link).where(GraphFolder.folder == "sentitems")).one() == fresh


def test_removed_items_in_a_delta_round_are_skipped(env, mock):
    held_folder_routes(mock)
    empty_delta(mock, HELD_ID, "h1")
    mock.get(f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta").respond(200, json={
        # delta-query-overview.md: removed instances are their id and an @removed object
        "value": [{"id": "AAMkGone=", "@removed": {"reason": "deleted"}}],
        "@odata.deltaLink": f"{GRAPH}{USER}/mailFolders/sentitems/messages/delta?$deltatoken=x"})
    env.worker(env.connector()).run_once()
    assert records(env) == []


def test_blind_copies_graph_lists_but_the_mime_omits_are_still_checked(env, mock):
    subscribe(env)
    with env.sessions() as session:
        accept(session, {"value": [{"subscriptionId": "sub-sent", "clientState": STATE, "changeType": "created",
                                    "resourceData": {"id": SENT_ID}}]}, now=NOW)
    raw = silent_copy().replace(b"Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\n", b"")
    assert b"Bcc" not in raw
    mock.get(f"{GRAPH}{USER}/messages/{SENT_ID}").respond(200, json={
        "id": SENT_ID, "isDraft": False, "parentFolderId": "AAMkAGSent=",
        "internetMessageId": "<sent-1@example-council.gov.uk>",
        # message.md: bccRecipients, a collection of recipient {"emailAddress": {"name", "address"}}
        "bccRecipients": [{"emailAddress": {"name": "Cllr Jane Doe", "address": "cllr.doe@example-council.gov.uk"}}]})
    mock.get(f"{GRAPH}{USER}/messages/{SENT_ID}/$value").respond(200, content=raw)
    held_folder_routes(mock)
    empty_delta(mock, "sentitems", "s1")
    empty_delta(mock, HELD_ID, "h1")
    env.worker(env.connector()).run_once()
    [record] = records(env)
    assert [f.rule for f in record.findings] == ["silent-bcc"]
    assert record.recipients["bcc"][0]["email"] == "cllr.doe@example-council.gov.uk"
