"""The add-in handler under node against the running service: uvicorn on a loopback port, a stand-in
for the user's Outlook mailbox as Microsoft Graph shows it (respx), and the real worker between them.

Only Entra ID (the signing keys, the app's token) and Graph are stood in for; the service, its
database, the worker and the Graph connector are the real ones, and the handler is the very script
the service serves, run by node with node's own fetch.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import threading
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import httpx
import respx
import uvicorn
import yaml

from app.main import create_app
from app.settings import Settings
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker, upgrade
from tests.addin.conftest import CLERK_ADDRESS, CLIENT_ID, LOGIN, TENANT, Keys
from tests.builders import COUNCIL
from tests.web.browser import _wait_until_listening, free_port

ROOT = Path(__file__).resolve().parents[2]
GRAPH = "https://graph.microsoft.com/v1.0"
DRAFTS, HELD, SENT = "AAMkDraftsFolder", "AAMkHeldFolder", "AAMkSentItemsFolder"
GRAPH_APP = {"tenant": "0b1e2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "client": "6731de76-14a6-49ae-97bc-6eba6914391e"}


@dataclass
class Draft:
    rest_id: str  # what the add-in gets from convertToRestId
    immutable_id: str  # what Graph answers with `Prefer: IdType="ImmutableId"` (the connector's)
    mime: bytes
    folder: str = DRAFTS
    is_draft: bool = True


@dataclass
class OutlookStandIn:
    """One user's mailbox through Graph v1.0 (message-get/move/send, mailFolders, delta), by its docs."""

    address: str
    drafts: dict[str, Draft] = field(default_factory=dict)
    sends: list[str] = field(default_factory=list)  # immutable ids POSTed to .../send

    def add(self, draft: Draft) -> None:
        self.drafts[draft.immutable_id] = draft

    def find(self, message_id: str) -> Draft | None:
        return next((d for d in self.drafts.values() if message_id in (d.rest_id, d.immutable_id)), None)

    def install(self, router: respx.MockRouter) -> None:
        user = re.escape(f"{GRAPH}/users/{self.address}")
        router.get(f"{GRAPH}/users/{self.address}/mailFolders").respond(200, json={"value": [
            {"id": DRAFTS, "displayName": "Drafts"}, {"id": HELD, "displayName": "Held for review"}]})
        router.get(f"{GRAPH}/users/{self.address}/mailFolders/drafts").respond(200, json={"id": DRAFTS})
        router.get(url__regex=rf"^{user}/mailFolders/(?P<folder>[^/]+)/messages/delta").mock(side_effect=self._delta)
        router.get(url__regex=rf"^{user}/mailFolders/sentitems/messages").mock(side_effect=self._sent_lookup)
        router.get(url__regex=rf"^{user}/messages/(?P<mid>[^/?]+)/\$value").mock(side_effect=self._value)
        router.get(url__regex=rf"^{user}/messages/(?P<mid>[^/?]+)(\?.*)?$").mock(side_effect=self._meta)
        router.post(url__regex=rf"^{user}/messages/(?P<mid>[^/?]+)/move$").mock(side_effect=self._move)
        router.post(url__regex=rf"^{user}/messages/(?P<mid>[^/?]+)/send$").mock(side_effect=self._send)
        router.post(f"{GRAPH}/users/{self.address}/sendMail").respond(202)  # notices to the sender

    @staticmethod
    def _missing() -> httpx.Response:
        return httpx.Response(404, json={"error": {"code": "ErrorItemNotFound",
                                                   "message": "The specified object was not found in the store."}})

    def _resource(self, draft: Draft) -> dict:
        return {"id": draft.immutable_id, "isDraft": draft.is_draft, "parentFolderId": draft.folder,
                "internetMessageId": _message_id(draft.mime), "bccRecipients": []}

    def _meta(self, request: httpx.Request, mid: str) -> httpx.Response:
        draft = self.find(mid)
        return httpx.Response(200, json=self._resource(draft)) if draft else self._missing()

    def _value(self, request: httpx.Request, mid: str) -> httpx.Response:
        draft = self.find(mid)
        return httpx.Response(200, content=draft.mime, headers={"Content-Type": "text/plain"}) if draft \
            else self._missing()

    def _move(self, request: httpx.Request, mid: str) -> httpx.Response:
        draft = self.find(mid)
        if draft is None:
            return self._missing()
        destination = json.loads(request.content)["destinationId"]
        draft.folder = {"drafts": DRAFTS, "sentitems": SENT}.get(destination.lower(), destination)
        return httpx.Response(201, json=self._resource(draft))  # message-move.md: 201 Created + message

    def _send(self, request: httpx.Request, mid: str) -> httpx.Response:
        draft = self.find(mid)
        if draft is None:
            return self._missing()
        self.sends.append(draft.immutable_id)
        draft.is_draft, draft.folder = False, SENT
        return httpx.Response(202)  # message-send.md: 202 Accepted

    def _delta(self, request: httpx.Request, folder: str) -> httpx.Response:
        folder_id = {"sentitems": SENT}.get(folder, folder)
        value = [self._resource(d) for d in self.drafts.values() if d.folder == folder_id]
        link = f"{GRAPH}/users/{self.address}/mailFolders/{folder}/messages/delta?$deltatoken=t{len(value)}"
        return httpx.Response(200, json={"value": value, "@odata.deltaLink": link})

    def _sent_lookup(self, request: httpx.Request) -> httpx.Response:
        wanted = request.url.params.get("$filter", "")
        found = [{"id": d.immutable_id} for d in self.drafts.values()
                 if d.folder == SENT and _message_id(d.mime) and _message_id(d.mime) in wanted]
        return httpx.Response(200, json={"value": found})


def _message_id(mime: bytes) -> str:
    match = re.search(rb"^Message-ID:\s*(<[^>]+>)", mime, re.MULTILINE | re.IGNORECASE)
    return match.group(1).decode() if match else ""


def entra_and_graph(router: respx.MockRouter, keys: Keys, mailbox: OutlookStandIn) -> None:
    """Entra: the council tenant's signing keys, and the Graph app's token endpoint; then the mailbox."""
    router.get(f"{LOGIN}/{TENANT}/discovery/v2.0/keys", name="jwks").mock(
        side_effect=lambda request: httpx.Response(200, json=keys.jwks()))
    from tests.graph.conftest import ACCESS_TOKEN, instance_metadata, openid_configuration

    tenant = GRAPH_APP["tenant"]
    router.get(f"{LOGIN}/{tenant}/v2.0/.well-known/openid-configuration").respond(
        200, json=openid_configuration(tenant))
    router.get(f"{LOGIN}/common/discovery/instance").respond(200, json=instance_metadata())
    router.post(f"{LOGIN}/{tenant}/oauth2/v2.0/token").respond(200, json={
        "token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": ACCESS_TOKEN})
    mailbox.install(router)


@dataclass
class Live:
    url: str
    sessions: object
    council_id: int
    graph_mailbox_id: int
    server: uvicorn.Server

    def script(self) -> str:
        """The handler exactly as the service serves it (urllib: respx stands in only for Microsoft)."""
        with urllib.request.urlopen(f"{self.url}/addin/launchevent.js", timeout=10) as response:
            return response.read().decode("utf-8")

    def worker(self, mailbox: OutlookStandIn):
        from datetime import timedelta

        from app.m365.state import DbGraphState
        from app.review.worker import Worker
        from app.store.councils import CouncilCache
        from connectors.graph.auth import GraphCredentials, GraphTokens
        from connectors.graph.client import GraphClient
        from connectors.graph.mailbox import GraphMailbox

        tokens = GraphTokens(GraphCredentials(tenant_id=GRAPH_APP["tenant"], client_id=GRAPH_APP["client"],
                                              client_secret="s3cr3t"), httpx.Client())
        client = GraphClient(httpx.Client(base_url=GRAPH), tokens.token, sleep=lambda s: None)
        connector = GraphMailbox(client, mailbox.address, DbGraphState(self.sessions, self.graph_mailbox_id),
                                 delta_every=timedelta(0))  # every pass reads the folders, as notifications would
        return Worker(sessions=self.sessions, connectors={self.graph_mailbox_id: connector},
                      councils=CouncilCache(), worker_id="addin-live")


@contextmanager
def live_service(root: Path, *, on_unavailable: str = "hard-block") -> Iterator[Live]:
    """The service on a loopback port over a fresh SQLite database: Hartsbourne, whose clerk's
    Microsoft 365 mailbox MailGuard also watches through Graph."""
    url = f"sqlite:///{root / 'mailguard.db'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc)
    with sessions.begin() as session:
        council = store.create_council(session, slug="hartsbourne", name=COUNCIL["council"], pack="leigh-on-sea",
                                       directory_yaml=yaml.safe_dump(COUNCIL), now=now)
        council.options = {"addin": {"tenant_id": TENANT, "on_unavailable": on_unavailable}}
        graph = store.ensure_mailbox(session, council, kind="graph", address=CLERK_ADDRESS, now=now)
        ids = council.id, graph.id
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(database_url=url, addin={"base_url": base, "client_id": CLIENT_ID, "login_base_url": LOGIN})
    app = create_app(settings, sessionmaker=sessions)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        _wait_until_listening(port)
        yield Live(base, sessions, ids[0], ids[1], server)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()


def with_base_url(script: str, base_url: str) -> str:
    """The served script pointed elsewhere (a closed port, a server that never answers)."""
    head, _, rest = script.partition("\n")
    config = json.loads(head.removeprefix("var MAILGUARD_CONFIG = ").removesuffix(";"))
    config["baseUrl"] = base_url
    return f"var MAILGUARD_CONFIG = {json.dumps(config)};\n{rest}"


def served_config(script: str) -> dict:
    head = script.partition("\n")[0]
    return json.loads(head.removeprefix("var MAILGUARD_CONFIG = ").removesuffix(";"))


def run_handler(tmp: Path, script: str, token: str, item: dict, *, action: str = "send") -> dict:
    """node tests/addin/drive_handler.js: one Send (or Submit for review) in a fake Outlook."""
    scenario = tmp / f"scenario-{next(_counter)}.json"
    scenario.write_text(json.dumps({"action": action, "script": script, "token": token, "item": item}),
                        encoding="utf-8")
    done = subprocess.run(["node", str(ROOT / "tests/addin/drive_handler.js"), str(scenario)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def _counting() -> Iterator[int]:
    n = 0
    while True:
        n += 1
        yield n


_counter = _counting()


@contextmanager
def never_answers() -> Iterator[str]:
    """A TCP server that accepts connections and never says a word: a hung service."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection in held:
            connection.close()
        listener.close()


def closed_port() -> str:
    """A loopback address nothing listens on: the service is down."""
    return f"http://127.0.0.1:{free_port()}"
