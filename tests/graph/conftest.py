"""Graph fixtures: respx routes shaped as Microsoft documents them, and a Graph stack over them.

Shapes used here (quoted where subtle in the tests):
- OpenID discovery (Microsoft identity platform v2.0): GET {authority}/v2.0/.well-known/openid-configuration
- token (client-credentials grant, v2-oauth2-client-creds-grant-flow.md): POST {authority}/oauth2/v2.0/token
  -> {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "..."}
"""

from __future__ import annotations

from datetime import datetime, timezone

import httpx
import pytest
import respx

from connectors.graph.auth import GraphCredentials, GraphTokens
from connectors.graph.client import GraphClient

GRAPH = "https://graph.microsoft.com/v1.0"
LOGIN = "https://login.microsoftonline.com"
TENANT = "0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
CLIENT_ID = "6731de76-14a6-49ae-97bc-6eba6914391e"
SECRET = "s3cr3t~value-never-logged"
ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.app-only.signature"
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)


def openid_configuration(tenant: str = TENANT) -> dict:
    base = f"{LOGIN}/{tenant}"
    return {
        "token_endpoint": f"{base}/oauth2/v2.0/token",
        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
        "issuer": f"{LOGIN}/{tenant}/v2.0",
        "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
        "jwks_uri": f"{LOGIN}/{tenant}/discovery/v2.0/keys",
        "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
    }


@pytest.fixture
def mock():
    """A respx router over every httpx client made in the test; unmatched requests fail."""
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        yield router


def instance_metadata() -> dict:
    """MSAL's instance discovery (the cloud's host aliases), which it asks when it needs them."""
    return {"tenant_discovery_endpoint": f"{LOGIN}/common/.well-known/openid-configuration",
            "api-version": "1.1",
            "metadata": [{"preferred_network": "login.microsoftonline.com", "preferred_cache": "login.windows.net",
                          "aliases": ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com",
                                      "sts.windows.net"]}]}


def discovery(mock) -> None:
    mock.get(f"{LOGIN}/{TENANT}/v2.0/.well-known/openid-configuration").respond(200, json=openid_configuration())
    mock.get(f"{LOGIN}/common/discovery/instance").respond(200, json=instance_metadata())


@pytest.fixture
def login(mock):
    """The tenant's discovery document and token endpoint; returns the token route."""
    discovery(mock)
    return mock.post(f"{LOGIN}/{TENANT}/oauth2/v2.0/token").respond(
        200, json={"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": ACCESS_TOKEN})


class Sleeps(list):
    """Stands in for time.sleep: records each wait, so throttling is shown without waiting."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def tokens(login) -> GraphTokens:
    credentials = GraphCredentials(tenant_id=TENANT, client_id=CLIENT_ID, client_secret=SECRET)
    return GraphTokens(credentials, httpx.Client())


@pytest.fixture
def client(tokens, sleeps) -> GraphClient:
    return GraphClient(httpx.Client(base_url=GRAPH), tokens.token, sleep=sleeps, on_unauthorized=tokens.forget)


# -- a council with one governed Microsoft 365 mailbox, on a real database ---------------------
MAILBOX = "clerk@example-council.gov.uk"
USER = f"/users/{MAILBOX}"
HELD_ID = "AAMkAGHeldForReview="
DRAFTS_ID = "AAMkAGDrafts="


class Env:
    def __init__(self, sessions, mailbox_id, council_id, client):
        self.sessions, self.mailbox_id, self.council_id, self.client = sessions, mailbox_id, council_id, client

    def connector(self, clock=lambda: NOW):
        from app.m365.state import DbGraphState
        from app.store.tables import Mailbox
        from connectors.graph.mailbox import GraphMailbox

        with self.sessions() as session:
            row = session.get(Mailbox, self.mailbox_id)
            since = row.config.get("since")
        return GraphMailbox(self.client, MAILBOX, DbGraphState(self.sessions, self.mailbox_id, clock=clock),
                            since=datetime.fromisoformat(since) if since else None, clock=clock)

    def worker(self, connector):
        from app.review.worker import Worker
        from app.store.councils import CouncilCache

        return Worker(sessions=self.sessions, connectors={self.mailbox_id: connector}, councils=CouncilCache(),
                      worker_id="graph-test", clock=lambda: NOW)


@pytest.fixture
def env(fresh_db_url, client):
    from app.engine.packs.pack import default_policies_dir
    from app.store import records as store
    from app.store.database import make_engine, make_sessionmaker

    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    with sessions.begin() as session:
        council = store.create_council(
            session, slug="example", name="Example Town Council", pack="leigh-on-sea",
            directory_yaml=(default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8"),
            now=NOW)
        mailbox = store.ensure_mailbox(session, council, kind="graph", address=MAILBOX,
                                       config={"since": NOW.isoformat()}, now=NOW)
        ids = mailbox.id, council.id
    yield Env(sessions, ids[0], ids[1], client)
    engine.dispose()


def held_folder_routes(mock) -> None:
    """The held folder exists already (list mailFolders finds it by displayName)."""
    mock.get(f"{GRAPH}{USER}/mailFolders").respond(200, json={"value": [
        {"id": "AAMkAGInbox=", "displayName": "Inbox"},
        {"id": HELD_ID, "displayName": "Held for review"}]})


def empty_delta(mock, folder_id: str, token: str) -> respx.Route:
    """A first delta round with nothing in it: one page carrying the deltaLink."""
    return mock.get(f"{GRAPH}{USER}/mailFolders/{folder_id}/messages/delta").respond(200, json={
        "@odata.context": f"{GRAPH}/$metadata#Collection(message)", "value": [],
        "@odata.deltaLink": f"{GRAPH}{USER}/mailFolders/{folder_id}/messages/delta?$deltatoken={token}"})
