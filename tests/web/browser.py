"""A real uvicorn server on a loopback port over a fresh SQLite database, and Debian's Chromium.

Shared by the browser tests and the screenshot script. Playwright never
downloads a browser here: it drives /usr/bin/chromium.
"""

from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import uvicorn

from app.main import create_app
from app.settings import Settings
from app.store.database import make_engine, make_sessionmaker, upgrade
from tests.web.support import START, Clock, Desk, build_desk

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served_desk(root: Path) -> Iterator[tuple[str, Desk]]:
    """(base URL, desk): the demo council with held messages, served by uvicorn in a thread."""
    url = f"sqlite:///{root / 'mailguard.db'}"
    upgrade(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    clock = Clock(START)
    desk = build_desk(sessions, root / "mailbox", clock)
    port = free_port()
    settings = Settings(database_url=url, review={"secure_cookies": False, "session_secret": "s" * 40,
                                                  "base_url": f"http://127.0.0.1:{port}"})
    app = create_app(settings, sessionmaker=sessions, connectors=desk.worker.connectors)
    app.state.clock = clock
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        _wait_until_listening(port)
        yield f"http://127.0.0.1:{port}", desk
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        engine.dispose()


def _wait_until_listening(port: int) -> None:
    for _ in range(200):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"uvicorn did not start on port {port}")


@contextmanager
def chromium() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()
