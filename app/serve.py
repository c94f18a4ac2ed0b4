"""`mailguard serve`: API, connectors and background work in one process."""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import uvicorn
from pydantic import SecretStr
from uvicorn.supervisors import Multiprocess

from app import background, offload
from app.interpreter import tune_for_serving
from app.mailboxes import MailboxConnectors, build_connector
from app.review.audit_chainer import start_audit_chainer
from app.review.worker import Worker
from app.settings import Settings, pool_size, public_base_url
from app.store.councils import CouncilCache
from app.store.database import (
    current_revision,
    head_revision,
    make_engine,
    make_sessionmaker,
    upgrade,
)

log = logging.getLogger("mailguard.serve")
CHILD_SETTINGS = "_MAILGUARD_SERVE_SETTINGS"  # not MAILGUARD_*: not a setting of its own


class SchemaNotCurrent(RuntimeError):
    pass


def prepare_database(settings: Settings):
    """Engine and sessions, with the schema at the newest migration (SQLite migrates itself)."""
    if settings.database_url.startswith("sqlite"):
        upgrade(settings.database_url)  # zero set-up: the embedded default migrates itself
    else:
        current, head = current_revision(settings.database_url), head_revision()
        if current != head:
            raise SchemaNotCurrent(
                f"database schema is at {current or 'nothing'}, this version needs {head}: "
                "run `mailguard db upgrade` first"
            )
    return _connect(settings)


def _connect(settings: Settings):
    engine = make_engine(settings.database_url, pool_size=pool_size(settings))
    sessions = make_sessionmaker(engine)
    if settings.graph.tenant_id and settings.graph.client_id:
        from app.m365 import (
            runtime as graph_runtime,  # Graph connectors share this process's sessions
        )

        graph_runtime.install(settings, graph_runtime.build_runtime(settings, sessions))
    return engine, sessions


def build_worker(settings: Settings, sessions) -> Worker:
    offload.configure_from(settings)
    # Mailboxes added, changed or disabled while this runs are picked up within a few seconds.
    live = MailboxConnectors(sessions, lambda row: build_connector(row, settings),
                             every_s=settings.delivery.mailbox_refresh_s)
    live.sync(force=True)
    return Worker(
        sessions=sessions, connectors=live.connectors, councils=CouncilCache(settings.policies_dir),
        worker_id=settings.worker_id, fault=os.environ.get("MAILGUARD_FAULT") or None,
        retry_horizon=timedelta(days=settings.delivery.retry_horizon_days), refresh=live.sync,
    )


def run(settings: Settings, *, demo_folder: Path | None = None) -> None:
    """The API, the worker and the background jobs; with settings.workers > 1 the HTTP side runs in
    that many processes on one socket (uvicorn's supervisor) and the worker and jobs in this one."""
    from app.main import create_app

    engine, sessions = prepare_database(settings)
    banner = _prepare_demo(sessions, demo_folder, settings) if demo_folder is not None else None
    worker = build_worker(settings, sessions)
    thread = threading.Thread(target=worker.run_forever, args=(settings.poll_interval_s,), name="worker",
                              daemon=True)
    if settings.workers > 1:
        os.environ[CHILD_SETTINGS] = _settings_json(settings)
        config = uvicorn_config(settings, "app.serve:http_app", factory=True, workers=settings.workers)
    else:
        app = create_app(settings, sessionmaker=sessions, connectors=worker.connectors)
        worker.metrics = app.state.metrics  # messages checked by the worker count in /metrics too
        config = uvicorn_config(settings, app)
    server = uvicorn.Server(config)
    thread.start()
    jobs = background.start(settings, sessions, worker.connectors)
    if banner:
        print(banner, flush=True)
    _ready_to_serve()
    try:
        if settings.workers > 1:
            Multiprocess(config, sockets=[config.bind_socket()]).run()
        else:
            server.run()
    finally:
        for job in jobs:
            job.shutdown()
        worker.stop_event.set()
        thread.join(timeout=10)
        engine.dispose()


def _ready_to_serve() -> None:
    """Last, before a process serves: the pool for big messages started, then its heap frozen."""
    offload.warm_up()
    tune_for_serving()


def uvicorn_config(settings: Settings, app, **extra) -> uvicorn.Config:
    """uvicorn's settings: forwarded headers believed only from settings.trusted_proxies (uvicorn's
    own default believes any loopback peer, which would let a local client pick its address)."""
    proxies = ",".join(settings.trusted_proxies)
    # log_config=None: uvicorn's lines go through our handler (app/logs.py), with time and level
    return uvicorn.Config(app, host=settings.host, port=settings.port, log_level=settings.log_level,
                          access_log=False, proxy_headers=bool(proxies), forwarded_allow_ips=proxies or None,
                          log_config=None, **extra)


def http_app():
    """The HTTP app of one `serve --workers N` process (uvicorn calls this in each child)."""
    from app.main import create_app

    settings = Settings(**json.loads(os.environ[CHILD_SETTINGS]))
    _, sessions = _connect(settings)
    app = create_app(settings, sessionmaker=sessions)
    _ready_to_serve()
    return app


def _settings_json(settings: Settings) -> str:
    """The parent's settings for its children (secrets included: the children need them)."""
    def plain(value):
        return value.get_secret_value() if isinstance(value, SecretStr) else str(value)

    return json.dumps(settings.model_dump(exclude={"config_file"}), default=plain)


def run_worker(settings: Settings, *, until_idle: bool = False) -> int:
    """The background worker alone (several may share one PostgreSQL database)."""
    engine, sessions = prepare_database(settings)
    worker = build_worker(settings, sessions)
    chainer = start_audit_chainer(sessions)  # PostgreSQL: this worker's audit events are chained too
    done = 0
    try:
        if until_idle:
            while (step := worker.run_once()) or worker.in_progress():
                done += step
                if not step:
                    worker.wait_for_lanes(settings.poll_interval_s)
        else:
            signal.signal(signal.SIGTERM, lambda *_: worker.stop_event.set())
            try:
                worker.run_forever(settings.poll_interval_s)
            except KeyboardInterrupt:
                worker.stop_event.set()
    finally:
        if chainer is not None:
            chainer.shutdown()
            chainer.run_once()  # what this run wrote leaves chained
        engine.dispose()
    return done


def _prepare_demo(sessions, folder: Path, settings: Settings) -> str:
    from app.demo import ensure_demo, settings_path
    from app.web.demo_user import ensure_demo_monitoring_officer, ensure_demo_user

    with sessions() as session:
        setup = ensure_demo(session, folder, now=datetime.now(timezone.utc))
        email, password = ensure_demo_user(session, setup.council_id)
        mo_email, mo_password = ensure_demo_monitoring_officer(session, setup.council_id)
    url = public_base_url(settings)
    config = settings_path(folder.parent).resolve()
    lines = [
        "",
        "Council MailGuard demo is running.",
        f"  Review desk:  {url}/review/   sign in as {email} / {password}  (a reviewer)",
        f"                or as {mo_email} / {mo_password}  (the Monitoring Officer: {url}/review/findings)",
        f"  Review API:   {url}/api/v1/held   (OpenAPI docs: {url}/docs)",
        f"  Mailbox:      {folder}/outbox  (drop .eml files here; results in sent/, held/, notices/)",
        f"  Database:     {settings.database_url}",
        "  Other commands use the demo after, in another terminal:",
        f"                export MAILGUARD_CONFIG_FILE={config}",
        "                .venv/bin/mailguard digest --council demo --period today",
        "  Start again:  mailguard serve --demo --reset",
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
