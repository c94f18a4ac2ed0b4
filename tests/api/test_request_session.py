"""The request's session is closed even while every request thread is busy.

An open transaction on SQLite holds the write lock (every transaction begins
IMMEDIATE). If closing it waited for a request thread while every request
thread waited for that lock, all of them stalled for the busy timeout (30 s);
under load after a held message this made every council's requests time out.
"""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import anyio.to_thread
from sqlalchemy import text

from app.api.deps import get_session
from app.store.database import make_engine, make_sessionmaker


def test_a_session_left_in_a_transaction_is_closed_while_every_request_thread_is_busy(fresh_db_url):
    engine = make_engine(fresh_db_url)
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(sessionmaker=make_sessionmaker(engine))))

    async def scenario() -> bool:
        anyio.to_thread.current_default_thread_limiter().total_tokens = 1
        release = threading.Event()
        busy = asyncio.ensure_future(anyio.to_thread.run_sync(release.wait))  # takes the only thread
        await asyncio.sleep(0.05)
        dependency = get_session(request)
        session = await dependency.__anext__()
        session.execute(text("SELECT 1"))  # a transaction is open (on SQLite: the write lock)
        try:
            await asyncio.wait_for(dependency.aclose(), 5)
            return not session.in_transaction()
        finally:
            release.set()
            await busy

    try:
        assert asyncio.run(scenario()) is True
    finally:
        engine.dispose()
