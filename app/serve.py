"""`mailguard serve`: API, connectors and background work in one process."""

from __future__ import annotations

import logging
import os
import threading
from datetime import datetime, timezone
from pathlib import Path

import uvicorn

from app.councils import CouncilCache
from app.db import make_engine, make_sessionmaker, upgrade
from app.mailboxes import build_connector
from app.settings import Settings
from app.worker import Worker, connected_mailboxes

log = logging.getLogger("mailguard.serve")


def run(settings: Settings, *, demo_folder: Path | None = None) -> None:
    from app.main import create_app

    if settings.database_url.startswith("sqlite"):
        upgrade(settings.database_url)  # zero set-up: the embedded default migrates itself
    engine = make_engine(settings.database_url)
    sessions = make_sessionmaker(engine)
    banner = None
    if demo_folder is not None:
        banner = _prepare_demo(sessions, demo_folder, settings)
    with sessions() as session:
        connectors = connected_mailboxes(session, lambda row: build_connector(row, settings))
    worker = Worker(
        sessions=sessions, connectors=connectors, councils=CouncilCache(settings.policies_dir),
        worker_id=settings.worker_id, fault=os.environ.get("MAILGUARD_FAULT") or None,
    )
    thread = threading.Thread(target=worker.run_forever, args=(settings.poll_interval_s,), name="worker", daemon=True)
    app = create_app(settings, sessionmaker=sessions, connectors=connectors)
    config = uvicorn.Config(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                            access_log=False)
    server = uvicorn.Server(config)
    thread.start()
    if banner:
        print(banner, flush=True)
    try:
        server.run()
    finally:
        worker.stop_event.set()
        thread.join(timeout=10)
        engine.dispose()


def _prepare_demo(sessions, folder: Path, settings: Settings) -> str:
    from app.demo import ensure_demo

    with sessions() as session:
        setup = ensure_demo(session, folder, now=datetime.now(timezone.utc))
    url = f"http://{settings.host}:{settings.port}"
    lines = [
        "",
        "Council MailGuard demo is running.",
        f"  Review API:   {url}/api/v1/held   (OpenAPI docs: {url}/docs)",
        f"  Mailbox:      {folder}/outbox  (drop .eml files here; results in sent/, held/, notices/)",
        f"  Database:     {settings.database_url}",
    ]
    if setup.api_key:
        lines += [
            f"  Sign in with: Authorization: Bearer {setup.api_key}",
            "                (shown once; `mailguard apikey create --council demo` makes another)",
            f"  Try:          curl -H 'Authorization: Bearer {setup.api_key}' {url}/api/v1/held",
        ]
    else:
        lines.append("  Sign in with: an API key from `mailguard apikey create --council demo`")
    return "\n".join(lines)
