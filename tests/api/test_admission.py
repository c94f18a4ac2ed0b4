"""Admission control on the real app: past max_in_flight requests in progress, 503 + Retry-After at once.

Requests are driven through the ASGI interface directly so that one can be held
in progress (its body still arriving, as from a slow client) while others come.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest

from app.main import create_app
from app.settings import Settings
from app.store.database import make_engine, make_sessionmaker
from tests.api.conftest import keys as make_keys
from tests.api.support import EVALUATE, allow_eml

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def real_sessions(fresh_db_url):
    """Sessions with their own connections: requests here really run side by side."""
    engine = make_engine(fresh_db_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def _scope(path: str, method: str = "POST", headers: list | None = None) -> dict:
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
            "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"", "root_path": "",
            "headers": headers or [], "client": ("127.0.0.1", 50000), "server": ("127.0.0.1", 8000)}


async def _call(app, scope: dict, body_ready: asyncio.Event | None = None, body: bytes = b"") -> dict:
    """Run one request; return {'status', 'headers', 'body'}."""
    sent: dict = {"body": b""}
    delivered = False

    async def receive():
        nonlocal delivered
        if delivered:
            await asyncio.Event().wait()  # the client never sends anything more
        if body_ready is not None:
            await body_ready.wait()
        delivered = True
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            sent["status"] = message["status"]
            sent["headers"] = {k.decode().lower(): v.decode() for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            sent["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return sent


def test_past_the_limit_requests_are_refused_at_once_and_admitted_again_after(real_sessions):
    keys = make_keys.__wrapped__(real_sessions)
    app = create_app(Settings(database_url="sqlite://", max_in_flight=2), sessionmaker=real_sessions)
    raw = allow_eml()
    headers = [(b"authorization", f"Bearer {keys.evaluate}".encode()), (b"content-type", b"message/rfc822"),
               (b"content-length", str(len(raw)).encode())]

    async def scenario():
        slow_bodies = asyncio.Event()
        slow = [asyncio.create_task(_call(app, _scope(EVALUATE, headers=headers), slow_bodies, raw)) for _ in range(2)]
        await asyncio.sleep(0.2)  # both are in progress, waiting for their bodies
        refused = await asyncio.wait_for(_call(app, _scope(EVALUATE, headers=headers), body=raw), 5)
        health = await asyncio.wait_for(_call(app, _scope("/healthz", "GET")), 5)
        slow_bodies.set()
        done = await asyncio.wait_for(asyncio.gather(*slow), 30)
        after = await asyncio.wait_for(_call(app, _scope(EVALUATE, headers=headers), body=raw), 30)
        return refused, health, done, after

    refused, health, done, after = asyncio.run(scenario())
    assert refused["status"] == 503 and refused["headers"]["retry-after"] == "1"
    assert refused["headers"]["content-type"] == "application/problem+json"
    assert "at capacity" in json.loads(refused["body"])["detail"]
    assert health["status"] == 200  # probes are always admitted
    assert [d["status"] for d in done] == [200, 200]
    assert after["status"] == 200


def test_request_threads_are_fewer_than_requests_admitted_and_never_more(real_sessions):
    import anyio.to_thread
    from fastapi.testclient import TestClient

    for settings, expected in ((Settings(database_url="sqlite://"), 8),
                               (Settings(database_url="sqlite://", max_in_flight=3), 3),
                               (Settings(database_url="sqlite://", request_threads=12, max_in_flight=40), 12)):
        app = create_app(settings, sessionmaker=real_sessions)

        @app.get("/threads-now")
        async def threads_now():
            return {"tokens": anyio.to_thread.current_default_thread_limiter().total_tokens}

        with TestClient(app) as client:
            assert client.get("/threads-now").json() == {"tokens": expected}


def test_every_served_process_hands_the_gil_over_every_millisecond_and_freezes_its_start_up_heap(fresh_db_url):
    """What each `serve --workers N` process runs (in a process of its own: freezing is for good)."""
    import subprocess
    import sys

    from app import serve

    probe = ("import gc, sys; from app import serve; sys.setswitchinterval(0.005); "
             "before = gc.get_freeze_count(); serve.http_app(); "
             "print(before, gc.get_freeze_count(), sys.getswitchinterval())")
    env = {**os.environ, serve.CHILD_SETTINGS: serve._settings_json(Settings(database_url=fresh_db_url))}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120,
                          cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    before, frozen, interval = done.stdout.split()
    assert int(before) == 0 and int(frozen) > 100_000  # the import-time objects no collection walks
    assert float(interval) == pytest.approx(0.001)


def test_a_refused_request_is_answered_without_its_body_being_read(real_sessions):
    keys = make_keys.__wrapped__(real_sessions)
    app = create_app(Settings(database_url="sqlite://", max_in_flight=1), sessionmaker=real_sessions)
    raw = allow_eml()
    headers = [(b"authorization", f"Bearer {keys.evaluate}".encode()), (b"content-type", b"message/rfc822"),
               (b"content-length", str(len(raw)).encode())]

    async def scenario():
        slow_body = asyncio.Event()
        slow = asyncio.create_task(_call(app, _scope(EVALUATE, headers=headers), slow_body, raw))
        await asyncio.sleep(0.2)
        read = []

        async def receive():  # the refusal must not wait for (or spend anything on) the body
            read.append(True)
            await asyncio.Event().wait()

        sent = {"body": b""}

        async def send(message):
            if message["type"] == "http.response.start":
                sent["status"], sent["headers"] = message["status"], dict(message["headers"])
            else:
                sent["body"] += message.get("body", b"")

        await asyncio.wait_for(app(_scope(EVALUATE, headers=headers), receive, send), 5)
        slow_body.set()
        await asyncio.wait_for(slow, 30)
        return sent, read

    sent, read = asyncio.run(scenario())
    assert sent["status"] == 503 and sent["headers"][b"retry-after"] == b"1" and not read
    assert json.loads(sent["body"])["status"] == 503
