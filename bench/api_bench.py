"""POST /api/v1/evaluate over loopback at rising request rates (open loop).

    .venv/bin/python bench/api_bench.py [--rates 25,50,100,150,200] [--seconds 10] [--database sqlite|URL]

A real `mailguard serve` process (pinned to one core) against SQLite in WAL mode;
the load generator (pinned to the other core) sends requests on a fixed schedule,
and latency is measured from each request's *scheduled* time, so a stalled server
is not hidden by a client that waits for it (no coordinated omission). Every request
carries a new Message-ID, so each is a real check and a real insert; one in five is
a message the Leigh-on-Sea pack holds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.auth.apikeys import create_api_key  # noqa: E402
from app.store import records as store  # noqa: E402
from app.store.database import make_engine, make_sessionmaker, upgrade  # noqa: E402

DIRECTORY = (ROOT / "policies" / "example-directory.yaml").read_text(encoding="utf-8")
TEMPLATES = [
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
    b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Mr P Grant <p.grant@example.org>\r\n"
    b"Subject: CONFIDENTIAL: staffing\r\nMessage-ID: <ID>\r\n\r\nStrictly confidential: the hearing is on Monday.\r\n",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def prepare(url: str) -> str:
    upgrade(url)
    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        now = datetime.now(timezone.utc)
        council = store.create_council(session, slug="bench", name="Bench Council", pack="leigh-on-sea",
                                       directory_yaml=DIRECTORY, now=now)
        _, key = create_api_key(session, council, name="bench", scopes=["evaluate"], now=now)
        session.commit()
    engine.dispose()
    return key


def start_server(url: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url, "MAILGUARD_LOG_LEVEL": "warning"}
    cmd = [sys.executable, "-m", "app.cli.main", "serve", "--port", str(port)]
    if hasattr(os, "sched_setaffinity") and os.cpu_count() and os.cpu_count() > 1:
        cmd = ["taskset", "-c", "0", *cmd]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("server did not start: " + proc.stderr.read().decode(errors="replace")[-2000:])


async def run_rate(client: httpx.AsyncClient, url: str, key: str, rate: float, seconds: float, seq: list[int]):
    latencies: list[float] = []
    errors = 0
    start = time.perf_counter() + 0.05
    total = int(rate * seconds)

    async def one(index: int) -> None:
        nonlocal errors
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        seq[0] += 1
        body = TEMPLATES[seq[0] % len(TEMPLATES)].replace(b"<ID>", f"<bench-{seq[0]}-{os.getpid()}@x>".encode())
        try:
            response = await client.post(url, content=body, headers={
                "Authorization": f"Bearer {key}", "Content-Type": "message/rfc822"})
            if response.status_code != 200:
                errors += 1
        except httpx.HTTPError:
            errors += 1
        latencies.append(time.perf_counter() - scheduled)

    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(total)))
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "rate": rate,
        "throughput": round(total / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(latencies[max(0, int(len(latencies) * 0.99) - 1)] * 1000, 1),
        "max_ms": round(latencies[-1] * 1000, 1),
        "errors": errors,
    }


async def main_async(args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database if args.database != "sqlite" else f"sqlite:///{tmp}/bench.db"
        key = prepare(url)
        port = free_port()
        server = start_server(url, port)
        if hasattr(os, "sched_setaffinity") and (os.cpu_count() or 1) > 1:
            os.sched_setaffinity(0, {1})
        target = f"http://127.0.0.1:{port}/api/v1/evaluate"
        seq = [0]
        try:
            limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
            async with httpx.AsyncClient(limits=limits, timeout=30) as client:
                await run_rate(client, target, key, 20, 2, seq)  # warm up
                print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
                      f"server on core 0, client on core 1; database {'SQLite (WAL)' if args.database == 'sqlite' else 'PostgreSQL'}")
                print(f"{'rate/s':>7} {'got/s':>7} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}")
                for rate in args.rates:
                    row = await run_rate(client, target, key, rate, args.seconds, seq)
                    print(f"{row['rate']:>7} {row['throughput']:>7} {row['p50_ms']:>8} {row['p99_ms']:>8} "
                          f"{row['max_ms']:>8} {row['errors']:>7}", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=20)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rates", type=lambda v: [float(x) for x in v.split(",")], default=[25, 50, 100, 150, 200])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--database", default="sqlite")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
