"""What one POST /evaluate costs: CPU ms of the server and of PostgreSQL, statements and round trips.

    .venv/bin/python bench/api_cost.py --database sqlite|pg [--workers N] [--requests 2000]
        [--concurrency 4] [--count 200] [--refusals 5000]

Throughput on a shared 2-core machine moves with everyone else's load; the
CPU a request costs hardly does. So this sends a fixed number of requests
(closed loop, `--concurrency` callers) to a real `mailguard serve` and reads
/proc/<pid>/stat (utime+stime, and the reaped children's cutime+cstime) of the
server process(es) and of every PostgreSQL process of the throwaway cluster,
before and after. The idle cost (the mail worker's polling, PostgreSQL's own
background processes) is measured over `--idle` seconds first and taken off.

Then, in this process, the same requests through the same app (starlette's
TestClient, a real engine on the same database) with SQLAlchemy event
listeners that count, per request: statements (by kind), transactions, pool
checkouts, pings of pooled connections, and round trips on PostgreSQL
(statements + BEGIN + COMMIT/ROLLBACK + pings; SQLite has no round trips, it
runs in the process).

Capacity the CPU figures imply: cores / (server + PostgreSQL ms per request);
e.g. two cores and 6 ms of CPU a request: at most ~330/s, whatever else runs.

`--refusals N`: what admission control's 503 costs the server. One request is
held in flight (its body never sent) by a server allowed one, so N more are refused.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from api_bench import clean_requests, free_port  # noqa: E402
from bench_setup import CLEAN, prepare, start_pg, start_server  # noqa: E402
from load_client import closed_loop, percentile, run_client  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


# -- CPU from /proc ------------------------------------------------------------
def _stat(pid: int) -> tuple[int, float, float]:
    """(parent pid, own CPU s, reaped children's CPU s)."""
    with open(f"/proc/{pid}/stat", "rb") as handle:
        text = handle.read().decode()
    fields = text[text.rindex(")") + 2:].split()
    ppid = int(fields[1])
    utime, stime, cutime, cstime = (int(x) for x in fields[11:15])
    return ppid, (utime + stime) / TICK, (cutime + cstime) / TICK


def tree_cpu(root: int) -> float:
    """CPU seconds of `root`, its live descendants and the children it has reaped."""
    parents: dict[int, int] = {}
    own: dict[int, float] = {}
    reaped = 0.0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid, cpu, children = _stat(int(entry))
        except (OSError, ValueError):
            continue
        parents[int(entry)], own[int(entry)] = ppid, cpu
        if int(entry) == root:
            reaped = children
    total, members = reaped, {root}
    changed = True
    while changed:
        changed = False
        for pid, ppid in parents.items():
            if ppid in members and pid not in members:
                members.add(pid)
                changed = True
    for pid in members:
        total += own.get(pid, 0.0)
    return total


def postmaster_pid(pg) -> int | None:
    if pg is None:
        return None
    return int((pg.data / "postmaster.pid").read_text().split()[0])


class Meter:
    def __init__(self, server_pid: int, pg_pid: int | None):
        self.server_pid, self.pg_pid = server_pid, pg_pid

    def read(self) -> tuple[float, float]:
        return tree_cpu(self.server_pid), tree_cpu(self.pg_pid) if self.pg_pid else 0.0


# -- statements, from inside ------------------------------------------------------
class StatementCounter:
    """SQLAlchemy events on one engine: statements by kind, transactions, checkouts."""

    def __init__(self, engine):
        from sqlalchemy import event

        self.kinds: Counter[str] = Counter()
        self.begins = self.ends = self.checkouts = self.pings = 0
        ping = engine.dialect.do_ping

        def counted_ping(dbapi_connection):  # noqa: ANN001
            self.pings += 1
            return ping(dbapi_connection)

        engine.dialect.do_ping = counted_ping
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "begin", self._begin)
        event.listen(engine, "commit", self._end)
        event.listen(engine, "rollback", self._end)
        event.listen(engine.pool, "checkout", self._checkout)

    def _statement(self, conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        words = statement.lstrip().split(None, 3)
        kind = words[0].upper() if words else "?"
        table = re.search(r"\b(?:FROM|INTO|UPDATE)\s+(\w+)", statement)
        if table and kind in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            kind = f"{kind} {table.group(1)}"
        for lock in ("FOR UPDATE", "FOR KEY SHARE"):
            kind += f" {lock}" if lock in statement else ""
        self.kinds[kind] += 1

    def _begin(self, conn):  # noqa: ANN001
        if not _autocommit(conn):  # in autocommit no BEGIN is sent
            self.begins += 1

    def _end(self, conn):  # noqa: ANN001
        if not _autocommit(conn):
            self.ends += 1

    def _checkout(self, *args):  # noqa: ANN002
        self.checkouts += 1

    def reset(self) -> None:
        self.kinds.clear()
        self.begins = self.ends = self.checkouts = self.pings = 0


def _autocommit(conn) -> bool:  # noqa: ANN001
    return bool(getattr(conn.connection.dbapi_connection, "autocommit", False))


def count_statements(url: str, key: str, n: int, postgres: bool) -> None:
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.settings import Settings, pool_size
    from app.store.database import make_engine, make_sessionmaker

    settings = Settings(database_url=url)
    engine = make_engine(url, pool_size=pool_size(settings))
    counter = StatementCounter(engine)
    app = create_app(settings, sessionmaker=make_sessionmaker(engine))
    headers = {"Authorization": f"Bearer {key}", "Content-Type": "message/rfc822"}
    with TestClient(app) as client:
        for warm in range(20):
            body = CLEAN[warm % len(CLEAN)].replace(b"<ID>", f"<warm-{warm}-{time.time_ns()}@x>".encode())
            assert client.post("/api/v1/evaluate", content=body, headers=headers).status_code == 200
        counter.reset()
        for index in range(n):
            body = CLEAN[index % len(CLEAN)].replace(b"<ID>", f"<count-{index}-{time.time_ns()}@x>".encode())
            answer = client.post("/api/v1/evaluate", content=body, headers=headers)
            assert answer.status_code == 200, answer.text
    engine.dispose()
    statements = sum(counter.kinds.values())
    print(f"statements per request: {statements / n:.2f}  transactions (BEGIN sent): {counter.begins / n:.2f}  "
          f"pool checkouts: {counter.checkouts / n:.2f}  pings: {counter.pings / n:.2f}", flush=True)
    if postgres:  # psycopg sends BEGIN on its own; COMMIT/ROLLBACK of an idle connection sends nothing
        trips = statements + counter.begins + counter.ends + counter.pings
        print(f"round trips to PostgreSQL per request: {trips / n:.2f} "
              "(statements + BEGIN + COMMIT/ROLLBACK + pings)", flush=True)
    for kind, count in counter.kinds.most_common():
        print(f"   {count / n:5.2f}  {kind}", flush=True)


# -- the run ---------------------------------------------------------------------
async def measure_cpu(url: str, key: str, pg, args) -> None:
    port = free_port()
    server = start_server(url, port, args.workers)
    try:
        await closed_loop("127.0.0.1", port, 200, args.concurrency, clean_requests(key))  # warm up
        meter = Meter(server.pid, postmaster_pid(pg))
        s0, p0 = meter.read()
        time.sleep(args.idle)
        s1, p1 = meter.read()
        idle_server, idle_pg = (s1 - s0) / args.idle, (p1 - p0) / args.idle
        spy = None
        if args.py_spy:  # its sampling costs CPU too: read the profile, not this run's CPU figures
            spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(server.pid),
                                    "--subprocesses", "--gil", "--nonblocking", "--format", "raw", "--rate", "200", "--output", args.py_spy],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(1)
        began = time.perf_counter()
        run = await closed_loop("127.0.0.1", port, args.requests, args.concurrency, clean_requests(key))
        wall = time.perf_counter() - began
        s2, p2 = meter.read()
        if spy is not None:
            spy.send_signal(signal.SIGINT)
            spy.wait(timeout=60)
        ok = len(run.of(None, 200))
        if ok != args.requests:
            print(f"WARNING: {args.requests - ok} requests not answered 200: "
                  f"{dict(Counter(o.status for o in run.outcomes))}", flush=True)
        server_ms = max(0.0, (s2 - s1) - idle_server * wall) * 1000 / args.requests
        pg_ms = max(0.0, (p2 - p1) - idle_pg * wall) * 1000 / args.requests
        client_ms = run.client_cpu * 1000 / args.requests
        total = server_ms + pg_ms
        print(f"requests: {args.requests} ({ok} answered 200), {args.concurrency} callers, {wall:.1f} s wall "
              f"({args.requests / wall:.0f}/s, not a capacity figure), load average {os.getloadavg()[0]:.2f}",
              flush=True)
        print(f"idle: server {idle_server * 1000:.1f} ms/s, PostgreSQL {idle_pg * 1000:.1f} ms/s (taken off)",
              flush=True)
        print(f"CPU per request: server {server_ms:.2f} ms, PostgreSQL {pg_ms:.2f} ms, "
              f"together {total:.2f} ms; load client {client_ms:.2f} ms", flush=True)
        print(f"latency p50 {percentile([o.latency for o in run.outcomes], 0.5) * 1000:.1f} ms "
              f"(closed loop, {args.concurrency} callers)", flush=True)
        if server_ms:
            print(f"implied ceiling: one server process {1000 / server_ms:.0f}/s if it had a core to itself; "
                  f"{os.cpu_count()} cores shared with PostgreSQL and the client: "
                  f"{os.cpu_count() * 1000 / (total + client_ms):.0f}/s", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)


async def measure_refusal(url: str, key: str, args) -> None:
    """What a 503 from admission control costs: one request held in flight (its body never sent)
    with MAILGUARD_MAX_IN_FLIGHT=1, so every other request is refused."""
    port = free_port()
    server = start_server(url, port, 1, settings={"MAILGUARD_MAX_IN_FLIGHT": "1"})
    try:
        held = socket.create_connection(("127.0.0.1", port))
        held.sendall(f"POST /api/v1/evaluate HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {key}\r\n"
                     "Content-Type: message/rfc822\r\nContent-Length: 1000\r\n\r\n".encode())
        time.sleep(0.5)
        await closed_loop("127.0.0.1", port, 200, args.concurrency, clean_requests(key))  # warm up
        meter = Meter(server.pid, None)
        s0, _ = meter.read()
        time.sleep(args.idle)
        s1, _ = meter.read()
        idle = (s1 - s0) / args.idle
        began = time.perf_counter()
        run = await closed_loop("127.0.0.1", port, args.refusals, args.concurrency, clean_requests(key))
        wall = time.perf_counter() - began
        s2, _ = meter.read()
        refused = len(run.of(None, 503))
        print(f"refusals: {refused} of {args.refusals} answered 503; server CPU per refusal "
              f"{max(0.0, (s2 - s1) - idle * wall) * 1000 / args.refusals:.3f} ms; load client "
              f"{run.client_cpu * 1000 / args.refusals:.3f} ms", flush=True)
        held.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


async def main_async(args) -> None:
    pg = None
    tmp = tempfile.mkdtemp(prefix="mailguard-cost-db-")
    try:
        if args.database == "sqlite":
            url, label = f"sqlite:///{tmp}/bench.db", "SQLite (WAL, synchronous=FULL)"
        elif args.database == "pg":
            pg, url = start_pg()
            label = "PostgreSQL (throwaway cluster, fsync off)"
        else:
            url, label = args.database, "PostgreSQL (its CPU is not measured: not started here)"
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average {os.getloadavg()[0]:.2f}; {label}; {args.workers} server process(es)", flush=True)
        key = prepare(url)
        if args.requests:
            await measure_cpu(url, key, pg, args)
        if args.count:
            count_statements(url, key, args.count, postgres=not url.startswith("sqlite"))
        if args.refusals:
            await measure_refusal(url, key, args)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default="sqlite", help="sqlite | pg (throwaway cluster) | a URL")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument("--requests", type=int, default=2000, help="requests whose CPU is measured (0: skip)")
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--idle", type=float, default=3.0, help="seconds of idle cost measured first")
    parser.add_argument("--py-spy", help="record the server with py-spy (collapsed stacks) into this file")
    parser.add_argument("--count", type=int, default=200, help="requests whose statements are counted (0: skip)")
    parser.add_argument("--refusals", type=int, default=0, help="requests refused 503 whose CPU is measured")
    run_client(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
