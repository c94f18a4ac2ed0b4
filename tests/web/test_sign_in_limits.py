"""Sign-in limits per client, and X-Forwarded-For believed only from trusted proxies (a real uvicorn)."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest
import uvicorn

from app.main import create_app
from app.serve import uvicorn_config
from app.web.config import DeskSettings, build_state
from tests.web.conftest import sign_in
from tests.web.support import PASSWORD, REVIEWER, csrf_of


def test_a_client_trying_many_accounts_is_stopped_before_any_more_password_checks(client, desk):
    for n in range(20):  # unknown accounts: each still costs a (dummy) password check, up to the limit
        assert sign_in(client, email=f"nobody{n}@example.org", password="wrong password!").status_code == 401
    refused = sign_in(client)  # a real account with its right password, from the same client
    assert refused.status_code == 429 and "too many failed sign-ins from this address" in refused.text
    desk.clock.advance(minutes=16)
    assert sign_in(client).status_code == 303


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def served(settings, sessions, desk):
    """The app under a real uvicorn configured as `mailguard serve` configures it."""
    servers = []

    def start(trusted: list[str]) -> str:
        port = _free_port()
        configured = settings.model_copy(update={"port": port, "trusted_proxies": trusted})
        app = create_app(configured, sessionmaker=sessions)
        app.state.clock = desk.clock
        app.state.desk = build_state(configured, DeskSettings(entra_enabled=False, secure_cookies=False))
        server = uvicorn.Server(uvicorn_config(configured, app))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        servers.append((server, thread))
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(10)


def _attempt(http: httpx.Client, password: str, forwarded_for: str) -> int:
    token = csrf_of(http.get("/login").text)
    return http.post("/login", data={"email": REVIEWER, "password": password, "csrf_token": token,
                                     "next": "/review/"}, headers={"X-Forwarded-For": forwarded_for}).status_code


@pytest.mark.parametrize(("trusted", "last"), [([], 429), (["127.0.0.1"], 303)],
                         ids=["no-trusted-proxy", "loopback-is-a-trusted-proxy"])
def test_forwarded_for_is_believed_only_from_a_trusted_proxy(served, trusted, last):
    base = served(trusted)
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as http:
        for n in range(5):
            assert _attempt(http, "wrong password!", f"203.0.113.{n}") == 401
        # Untrusted: every attempt came from 127.0.0.1 whatever the header said, so the account is
        # throttled for it. Trusted: each came from a different client, none of them throttled.
        assert _attempt(http, PASSWORD, "203.0.113.99") == last
