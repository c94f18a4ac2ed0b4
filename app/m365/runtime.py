"""One Graph stack per process: HTTP clients, MSAL token cache, the Graph client, a database handle.

Built from settings on first use and shared by every Graph mailbox, the
webhook jobs and the CLI, so tokens are reused and the per-mailbox
concurrency gates are the same objects everywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import httpx
from sqlalchemy.orm import Session, sessionmaker

from app.settings import GraphSettings, Settings
from connectors.graph.auth import GraphCredentials, GraphTokens, load_certificate
from connectors.graph.client import GraphClient

_lock = threading.Lock()
_runtimes: dict[tuple, "GraphRuntime"] = {}
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@dataclass
class GraphRuntime:
    settings: Settings
    tokens: GraphTokens
    client: GraphClient
    sessions: sessionmaker[Session]


def credentials(graph: GraphSettings) -> GraphCredentials:
    """GraphCredentials from settings: a client secret, or a PEM certificate and its thumbprint."""
    certificate = None
    if graph.certificate_path is not None:
        certificate = load_certificate(graph.certificate_path, graph.certificate_thumbprint)
    secret = graph.client_secret.get_secret_value() if graph.client_secret is not None else None
    return GraphCredentials(tenant_id=graph.tenant_id, client_id=graph.client_id, client_secret=secret,
                            certificate=certificate, login_base_url=graph.login_base_url,
                            graph_base_url=graph.graph_base_url)


def build_runtime(settings: Settings, sessions: sessionmaker[Session], *,
                  login_http: httpx.Client | None = None, graph_http: httpx.Client | None = None,
                  sleep=None) -> GraphRuntime:
    graph = settings.graph
    tokens = GraphTokens(credentials(graph), login_http or httpx.Client(timeout=TIMEOUT))
    http = graph_http or httpx.Client(base_url=graph.graph_base_url, timeout=TIMEOUT)
    extra = {"sleep": sleep} if sleep is not None else {}
    client = GraphClient(http, tokens.token, max_concurrency=graph.max_concurrency_per_mailbox,
                         on_unauthorized=tokens.forget, **extra)
    return GraphRuntime(settings=settings, tokens=tokens, client=client, sessions=sessions)


def runtime(settings: Settings) -> GraphRuntime:
    """The process's shared runtime for these settings (made on first call)."""
    graph = settings.graph
    key = (settings.database_url, graph.tenant_id, graph.client_id, graph.graph_base_url, graph.login_base_url)
    with _lock:
        found = _runtimes.get(key)
        if found is None:
            from app.store.database import make_engine, make_sessionmaker

            found = build_runtime(settings, make_sessionmaker(make_engine(settings.database_url)))
            _runtimes[key] = found
        return found


def install(settings: Settings, made: GraphRuntime) -> None:
    """Use `made` for these settings (tests, and `serve` sharing its own sessionmaker)."""
    graph = settings.graph
    key = (settings.database_url, graph.tenant_id, graph.client_id, graph.graph_base_url, graph.login_base_url)
    with _lock:
        _runtimes[key] = made
