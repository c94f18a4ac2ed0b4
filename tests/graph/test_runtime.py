"""Settings to a working Graph connector: build_connector for a "graph" row, the periodic tick."""

from __future__ import annotations

import httpx
from sqlalchemy import select

from app.m365.jobs import start_graph_jobs, tick
from app.mailboxes import build_connector
from app.settings import GraphSettings, Settings
from app.store.councils import CouncilCache
from app.store.tables import Mailbox
from connectors import Mailbox as MailboxProtocol
from connectors.graph.mailbox import GraphMailbox
from tests.graph.conftest import (
    ACCESS_TOKEN,
    CLIENT_ID,
    GRAPH,
    HELD_ID,
    MAILBOX,
    NOW,
    SECRET,
    TENANT,
    USER,
)


def test_a_graph_mailbox_row_builds_a_graph_connector_from_settings(env, mock, login, fresh_db_url):
    settings = Settings(database_url=fresh_db_url, graph=GraphSettings(
        tenant_id=TENANT, client_id=CLIENT_ID, client_secret=SECRET, graph_base_url=GRAPH))
    with env.sessions() as session:
        row = session.scalars(select(Mailbox)).one()
    connector = build_connector(row, settings)
    assert isinstance(connector, GraphMailbox) and isinstance(connector, MailboxProtocol)
    assert connector.address == MAILBOX and connector.since == NOW
    drafts = mock.get(f"{GRAPH}{USER}/mailFolders/drafts").respond(200, json={"id": "AAMkDrafts="})
    assert connector.folder_id("drafts") == "AAMkDrafts="
    assert drafts.calls[0].request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert SECRET not in repr(settings)


def test_the_periodic_tick_subscribes_new_mailboxes(env, mock):
    mock.get(f"{GRAPH}{USER}/mailFolders").respond(200, json={"value": [{"id": HELD_ID,
                                                                       "displayName": "Held for review"}]})
    ids = iter(["s1", "s2"])
    mock.post(f"{GRAPH}/subscriptions").mock(side_effect=lambda r: httpx.Response(201, json={
        "id": next(ids), "expirationDateTime": "2026-12-05T07:30:00.0000000Z"}))
    report = tick(env.sessions, env.client, CouncilCache(), "https://mg.example/graph/notifications", now=NOW)
    assert len(report.created) == 2 and report.errors == []


def test_no_graph_jobs_start_without_a_graph_mailbox(fresh_db_url):
    from app.store.database import make_engine, make_sessionmaker

    engine = make_engine(fresh_db_url)
    assert start_graph_jobs(Settings(database_url=fresh_db_url), make_sessionmaker(engine), {}) == []
    engine.dispose()


def test_the_service_s_graph_client_answers_a_401_with_a_new_token(env, mock, fresh_db_url):
    from tests.graph.conftest import LOGIN, discovery

    discovery(mock)
    login = mock.post(f"{LOGIN}/{TENANT}/oauth2/v2.0/token").mock(side_effect=[
        httpx.Response(200, json={"token_type": "Bearer", "expires_in": 3599, "access_token": token})
        for token in (ACCESS_TOKEN, "eyJ.second")])
    settings = Settings(database_url=fresh_db_url, graph=GraphSettings(
        tenant_id=TENANT, client_id=CLIENT_ID, client_secret=SECRET, graph_base_url=GRAPH))
    with env.sessions() as session:
        connector = build_connector(session.scalars(select(Mailbox)).one(), settings)
    drafts = mock.get(f"{GRAPH}{USER}/mailFolders/drafts").mock(side_effect=[
        httpx.Response(401, json={"error": {"code": "InvalidAuthenticationToken",
                                            "message": "Access token validation failure."}}),
        httpx.Response(200, json={"id": "AAMkDrafts="})])
    assert connector.folder_id("drafts") == "AAMkDrafts="
    assert login.call_count == 2 and drafts.calls[1].request.headers["Authorization"] == "Bearer eyJ.second"
