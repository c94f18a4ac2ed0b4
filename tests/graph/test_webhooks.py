"""The notification endpoint: validation handshake, clientState checked, persisted, 202."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from app.m365.subscriptions import client_state_hash
from app.main import create_app
from app.settings import Settings
from app.store.tables.graph import GraphNotification, GraphSubscription
from tests import hostile
from tests.graph.conftest import NOW, TENANT

SUBSCRIPTION_ID = "7f105c7d-2dc5-4530-97cd-4e7ae6534c07"
CLIENT_STATE = "secretClientValue-0123456789abcdefghijklmnopqrstuvwxyz-ABCDEFGHIJKLMNOP"


@pytest.fixture
def api(env):
    with env.sessions.begin() as session:
        session.add(GraphSubscription(mailbox_id=env.mailbox_id, folder="sentitems", subscription_id=SUBSCRIPTION_ID,
                                      client_state_hash=client_state_hash(CLIENT_STATE),
                                      expires_at=NOW, created_at=NOW))
    app = create_app(Settings(database_url="sqlite://"), sessionmaker=env.sessions)
    app.state.clock = lambda: NOW
    with TestClient(app) as http:
        yield http


def change(client_state: str = CLIENT_STATE) -> dict:
    # change-notifications-delivery-webhooks.md, basic notification for a message:
    return {"value": [{
        "id": "lsgTZMr9KwAAA", "subscriptionId": SUBSCRIPTION_ID,
        "subscriptionExpirationDateTime": "2026-12-04T18:23:45.9356913Z", "clientState": client_state,
        "changeType": "created", "tenantId": TENANT,
        "resource": "Users/{user-guid}/Messages/AAMkAGUwNjQ4ZjIxAAA=",
        "resourceData": {"@odata.type": "#Microsoft.Graph.Message",
                         "@odata.id": "Users/{user-guid}/Messages/AAMkAGUwNjQ4ZjIxAAA=",
                         "@odata.etag": "W/\"CQAAABYAAADkrWGo7bouTKlsgTZMr9KwAAAUWRHf\"",
                         "id": "AAMkAGUwNjQ4ZjIxAAA="}}]}


def stored(env) -> list[GraphNotification]:
    with env.sessions() as session:
        return list(session.scalars(select(GraphNotification)))


def test_the_validation_handshake_echoes_the_decoded_token_as_plain_text(api):
    # "respond ... within 10 seconds ... 200 OK ... Content-Type text/plain ... the URL decoded
    # validation token" (change-notifications-delivery-webhooks.md, notificationUrl validation)
    response = api.post("/graph/notifications?validationToken=Validation%3A%20Testing%20client%20application"
                        "%20reachability%20for%20subscription%20Request-Id%3A%2025a2d6e3",
                        headers={"Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    assert response.text == ("Validation: Testing client application reachability for subscription "
                             "Request-Id: 25a2d6e3")


def test_the_lifecycle_url_answers_the_handshake_too(api):
    response = api.post("/graph/lifecycle?validationToken=abc%2Bdef")
    assert response.status_code == 200 and response.text == "abc+def"


def test_a_notification_with_the_wrong_client_state_is_refused_and_not_stored(api, env):
    response = api.post("/graph/notifications", json=change("not-the-secret"))
    assert response.status_code == 403
    assert stored(env) == []


def test_a_notification_with_the_right_client_state_is_stored_and_acknowledged_202(api, env):
    response = api.post("/graph/notifications", json=change())
    assert response.status_code == 202
    [row] = stored(env)
    assert (row.kind, row.event, row.folder, row.resource_id) == ("change", "created", "sentitems",
                                                                   "AAMkAGUwNjQ4ZjIxAAA=")
    assert row.processed_at is None  # the worker does the work later


def test_a_lifecycle_notification_is_stored_for_the_graph_job(api, env):
    # change-notifications-lifecycle-events.md, "Structure of a lifecycle notification"
    body = {"value": [{"subscriptionId": SUBSCRIPTION_ID, "subscriptionExpirationDateTime": "2026-12-04T11:00:00.0000000Z",
                       "tenantId": TENANT, "clientState": CLIENT_STATE, "lifecycleEvent": "missed"}]}
    assert api.post("/graph/lifecycle", json=body).status_code == 202
    [row] = stored(env)
    assert (row.kind, row.event) == ("lifecycle", "missed")


@pytest.mark.parametrize("body", [b"{not json", b'{"value": 3}', b"[]", hostile.deeply_nested_json(100_000),
                                  b'{"value": [{"subscriptionId": "x", "clientState": "\\ud800"}]}',
                                  b'{"value": [' + b'{"a": {}},' * 20_000 + b'{}]}'],
                         ids=["not-json", "value-not-a-list", "a-list", "nested-100k", "lone-surrogate",
                              "40k-objects"])
def test_malformed_bodies_are_a_400_never_a_500(api, body):
    response = api.post("/graph/notifications", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400


def test_a_hostile_body_is_refused_without_a_traceback_in_the_log(api, caplog):
    with caplog.at_level("DEBUG"):
        response = api.post("/graph/notifications", content=hostile.deeply_nested_json(100_000),
                            headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "nests too deeply" in response.json()["detail"]
    assert not [r for r in caplog.records if r.exc_info]
