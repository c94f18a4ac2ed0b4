"""Subscriptions: created per governed folder with a hashed clientState; renewed with under a day left."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
from sqlalchemy import select

from app.m365.notifications import accept
from app.m365.subscriptions import client_state_hash, ensure_subscriptions, process_lifecycle
from app.store.tables.graph import GraphFolder, GraphSubscription
from tests.graph.conftest import GRAPH, HELD_ID, MAILBOX, NOW, TENANT, held_folder_routes

URL = "https://mailguard.example-council.gov.uk/graph/notifications"


def subscription_response(request, subscription_id: str) -> httpx.Response:
    # subscription-post-subscriptions.md: 201 Created and the subscription, echoing the request
    body = json.loads(request.content)
    return httpx.Response(201, json={
        "@odata.context": f"{GRAPH}/$metadata#subscriptions/$entity", "id": subscription_id,
        "resource": body["resource"], "applicationId": "24d3b144-21ae-4080-943f-7067b395b913",
        "changeType": body["changeType"], "clientState": body["clientState"],
        "notificationUrl": body["notificationUrl"], "lifecycleNotificationUrl": body["lifecycleNotificationUrl"],
        "expirationDateTime": body["expirationDateTime"], "creatorId": "8ee44408-0679-472c-bc2a-692812af3437",
        "latestSupportedTlsVersion": "v1_2"})


def rows(env) -> dict[str, GraphSubscription]:
    with env.sessions() as session:
        return {s.folder: s for s in session.scalars(select(GraphSubscription))}


def test_each_governed_folder_gets_a_subscription_with_a_secret_stored_only_as_a_hash(env, mock):
    held_folder_routes(mock)
    ids = iter(["sub-sent", "sub-held"])
    made = mock.post(f"{GRAPH}/subscriptions").mock(side_effect=lambda r: subscription_response(r, next(ids)))
    report = ensure_subscriptions(env.sessions, env.client, URL, now=NOW)
    assert sorted(report.created) == [f"{MAILBOX}:held", f"{MAILBOX}:sentitems"]
    bodies = [json.loads(c.request.content) for c in made.calls]
    assert [b["resource"] for b in bodies] == [f"/users/{MAILBOX}/mailFolders/sentitems/messages",
                                               f"/users/{MAILBOX}/mailFolders/{HELD_ID}/messages"]
    for body in bodies:
        assert body["notificationUrl"] == URL
        assert body["lifecycleNotificationUrl"] == "https://mailguard.example-council.gov.uk/graph/lifecycle"
        assert body["changeType"] == "created"
        assert 32 <= len(body["clientState"]) <= 128  # "maximum length of 128 characters"
        assert body["expirationDateTime"] == "2026-12-05T07:30:00.0000000Z"  # now + 4,230 minutes
    stored = rows(env)
    assert stored["sentitems"].client_state_hash == client_state_hash(bodies[0]["clientState"])
    assert bodies[0]["clientState"] not in {s.client_state_hash for s in stored.values()}
    assert made.calls[0].request.headers["Prefer"] == 'IdType="ImmutableId"'  # immutable ids in notifications


def add(env, folder: str, subscription_id: str, expires_in: timedelta) -> None:
    with env.sessions.begin() as session:
        session.add(GraphSubscription(mailbox_id=env.mailbox_id, folder=folder, subscription_id=subscription_id,
                                      client_state_hash="0" * 64, expires_at=NOW + expires_in, created_at=NOW))


def test_a_subscription_is_renewed_before_it_expires_and_not_before_it_needs_to(env, mock):
    add(env, "sentitems", "sub-sent", timedelta(hours=20))  # under a day left: renew
    add(env, "held", "sub-held", timedelta(hours=50))  # plenty left: leave alone
    # subscription-update.md: PATCH /subscriptions/{id} {"expirationDateTime": ...} -> 200 OK + subscription
    renew = mock.patch(f"{GRAPH}/subscriptions/sub-sent").mock(side_effect=lambda r: httpx.Response(200, json={
        "id": "sub-sent", "resource": f"/users/{MAILBOX}/mailFolders/sentitems/messages",
        "changeType": "created", "expirationDateTime": json.loads(r.content)["expirationDateTime"]}))
    report = ensure_subscriptions(env.sessions, env.client, URL, now=NOW)
    assert report.renewed == [f"{MAILBOX}:sentitems"] and report.created == []
    assert json.loads(renew.calls[0].request.content) == {"expirationDateTime": "2026-12-05T07:30:00.0000000Z"}
    stored = rows(env)
    assert stored["sentitems"].expires_at == NOW + timedelta(minutes=4230)
    assert stored["held"].expires_at == NOW + timedelta(hours=50)


def test_reauthorization_required_is_answered_with_a_patch(env, mock):
    add(env, "sentitems", "sub-sent", timedelta(hours=60))
    with env.sessions() as session:
        row = session.scalars(select(GraphSubscription)).one()
        row.client_state_hash = client_state_hash("state")
        session.commit()
        accept(session, {"value": [{"subscriptionId": "sub-sent", "clientState": "state", "tenantId": TENANT,
                                    "lifecycleEvent": "reauthorizationRequired"}]}, now=NOW)
    renew = mock.patch(f"{GRAPH}/subscriptions/sub-sent").respond(200, json={
        "id": "sub-sent", "expirationDateTime": "2026-12-05T07:30:00.0000000Z"})
    assert process_lifecycle(env.sessions, env.client, URL, now=NOW).lifecycle == {"reauthorizationRequired": 1}
    assert renew.call_count == 1


def test_subscription_removed_is_recreated_and_followed_by_a_catch_up(env, mock):
    held_folder_routes(mock)
    add(env, "sentitems", "sub-old", timedelta(hours=60))
    with env.sessions() as session:
        row = session.scalars(select(GraphSubscription)).one()
        row.client_state_hash = client_state_hash("state")
        session.commit()
        accept(session, {"value": [{"subscriptionId": "sub-old", "clientState": "state", "tenantId": TENANT,
                                    "lifecycleEvent": "subscriptionRemoved"}]}, now=NOW)
    mock.post(f"{GRAPH}/subscriptions").mock(side_effect=lambda r: subscription_response(r, "sub-new"))
    process_lifecycle(env.sessions, env.client, URL, now=NOW)
    assert rows(env)["sentitems"].subscription_id == "sub-new"
    with env.sessions() as session:
        assert session.scalars(select(GraphFolder.catch_up).where(GraphFolder.folder == "sentitems")).one() is True


def test_a_renewal_graph_no_longer_knows_becomes_a_new_subscription(env, mock):
    add(env, "sentitems", "sub-gone", timedelta(hours=2))
    mock.patch(f"{GRAPH}/subscriptions/sub-gone").respond(404, json={
        "error": {"code": "ResourceNotFound", "message": "The object was not found."}})
    ids = iter(["sub-again", "sub-held"])
    mock.post(f"{GRAPH}/subscriptions").mock(side_effect=lambda r: subscription_response(r, next(ids)))
    held_folder_routes(mock)
    ensure_subscriptions(env.sessions, env.client, URL, now=NOW)
    assert rows(env)["sentitems"].subscription_id == "sub-again"
