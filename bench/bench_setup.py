"""What bench/api_bench.py runs against: a council and key, the server process(es), PostgreSQL, inputs."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from load_client import build_request  # noqa: E402

from app.auth.apikeys import create_api_key  # noqa: E402
from app.store import records as store  # noqa: E402
from app.store.database import make_engine, make_sessionmaker, upgrade  # noqa: E402
from tests import hostile  # noqa: E402

DIRECTORY = (ROOT / "policies" / "example-directory.yaml").read_text(encoding="utf-8")
CLEAN = [
    b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\r\n"
    b"Subject: Allotments\r\nMessage-ID: <ID>\r\n\r\nDear Cllr Haddad,\r\n\r\nThe waiting list is 14 names.\r\n\r\nSam\r\n",
    b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\r\n"
    b"Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nSubject: Play area\r\nMessage-ID: <ID>\r\n\r\n"
    b"Dear Cllr Haddad,\r\n\r\nThe play area reopens on Monday.\r\n\r\nSam\r\n",
    b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Cllr Priya Shah <cllr.shah@example-council.gov.uk>\r\n"
    b"Subject: Agenda\r\nMessage-ID: <ID>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    b"<html><body><p>Dear Cllr Shah,</p><p>The agenda is on the website.</p><p>Sam</p></body></html>\r\n",
    b"From: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nTo: Jo Bright <jo.bright@county.example.gov.uk>\r\n"
    b"Subject: Highways\r\nMessage-ID: <ID>\r\n\r\nDear Jo,\r\n\r\nCould the county look at Church Lane?\r\n\r\nJane\r\n",
    # the last one is held by the Leigh-on-Sea pack (the webhook scenario relies on that)
    b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Mr P Grant <p.grant@example.org>\r\n"
    b"Subject: CONFIDENTIAL: staffing\r\nMessage-ID: <ID>\r\n\r\nStrictly confidential: the hearing is on Monday.\r\n",
]


def prepare(url: str) -> str:
    """Migrate, add the bench council and an evaluate key; return the key."""
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        now = datetime.now(timezone.utc)
        council = store.create_council(session, slug=f"bench-{time.time_ns()}", name="Bench Council",
                                       pack="leigh-on-sea", directory_yaml=DIRECTORY, now=now)
        _, key = create_api_key(session, council, name="bench", scopes=["evaluate"], now=now)
        session.commit()
    engine.dispose()
    return key


def add_webhook_subscription(url: str, client_state: str) -> str:
    """A Graph subscription row (on a disabled mailbox) so the webhook stores what it gets."""
    from app.store.tables.graph import GraphSubscription

    engine = make_engine(url)
    now = datetime.now(timezone.utc)
    subscription = f"bench-sub-{time.time_ns()}"
    with make_sessionmaker(engine)() as session:
        council = store.create_council(session, slug=f"hook-{time.time_ns()}", name="Hook Council",
                                       pack="leigh-on-sea", directory_yaml=DIRECTORY, now=now)
        mailbox = store.ensure_mailbox(session, council, kind="graph", address="clerk@example-council.gov.uk",
                                       config={}, now=now)
        mailbox.enabled = False  # no connector: only the webhook's rows matter here
        session.add(GraphSubscription(mailbox_id=mailbox.id, folder="sentitems", subscription_id=subscription,
                                      client_state_hash=hashlib.sha256(client_state.encode()).hexdigest(),
                                      expires_at=now + timedelta(days=2), created_at=now))
        session.commit()
    engine.dispose()
    return subscription


def pending_holds(url: str) -> int:
    from sqlalchemy import func, select

    from app.store.tables import Intent

    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        count = session.scalar(select(func.count()).select_from(Intent).where(
            Intent.kind == "hold", Intent.status == "pending"))
    engine.dispose()
    return int(count or 0)


def start_server(url: str, port: int, workers: int, *, demo_folder: Path | None = None,
                 fault: str | None = None, settings: dict[str, str] | None = None) -> subprocess.Popen:
    """`settings`: more MAILGUARD_* variables for this server only."""
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url, "MAILGUARD_LOG_LEVEL": "warning",
           "MAILGUARD_POLL_INTERVAL_S": "0.2", **(settings or {})}
    if fault:
        env["MAILGUARD_FAULT"] = fault
    cmd = [sys.executable, "-m", "app.cli.main", "serve", "--port", str(port), "--workers", str(workers)]
    if demo_folder is not None:
        cmd += ["--demo", "--demo-folder", str(demo_folder)]
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=log, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                if sock.recv(100).startswith(b"HTTP/1.1 200"):
                    return proc
        except OSError:
            time.sleep(0.2)
        if proc.poll() is not None:
            break
    proc.kill()
    log.seek(0)
    raise SystemExit("server did not start: " + log.read().decode(errors="replace")[-2000:])


def start_pg():
    """A throwaway PostgreSQL cluster, as the tests start it (tests/conftest.py)."""
    from tests.conftest import PostgresServer, _free_port, _postgres_bindir, _unprivileged_user

    run_as = _unprivileged_user()
    root = Path(tempfile.mkdtemp(prefix="mailguard-bench-pg-"))
    if run_as:
        import pwd

        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(_postgres_bindir(), root, run_as, _free_port())
    server.start()
    return server, server.create_database("bench")


def hostile_requests(key: str):
    """(kind, request) in rotation: every hostile input of tests/hostile.py, raw or as Graph JSON."""
    auth = {"Authorization": f"Bearer {key}"}
    raw = {"Content-Type": "message/rfc822", **auth}
    js = {"Content-Type": "application/json", **auth}
    bodies = [
        ("raw balanced-divs-100k", hostile.balanced_divs(100_000), raw),
        ("raw formatting-20k", hostile.nested_formatting_html(20_000), raw),
        ("raw unclosed-tags-1MB", hostile.unclosed_tags_html(1024), raw),
        ("raw deep-multipart-1000", hostile.deep_multipart(1000), raw),
        ("raw many-addresses-16k", hostile.many_addresses(16_000), raw),
        ("json attachments-20k", hostile.graph_many_attachments(20_000), js),
        ("json recipients-440k", hostile.graph_many_recipients(440_000), js),
        ("json lone-surrogate", hostile.graph_lone_surrogate(), js),
        ("json nested-100k", hostile.deeply_nested_json(100_000), js),
    ]
    requests = [(kind, build_request("POST", "/api/v1/evaluate", body, headers)) for kind, body, headers in bodies]

    def next_request(index: int):
        return requests[index % len(requests)]

    return next_request
