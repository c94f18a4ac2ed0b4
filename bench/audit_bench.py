"""Appends to one council's audit chain from concurrent transactions (issue 12): how much the head lock costs.

    .venv/bin/python bench/audit_bench.py [--threads 8] [--transactions 40] [--work-ms 5] [--database URL | --postgres]

Each transaction appends two events to the same council, then spends --work-ms inside the
transaction (`pg_sleep`: the rest of a request's writes, without using CPU), then commits.
Two modes over the same database:
- `sealed` — the code as it is: the head row is locked only while the commit extends the chain;
- `head-locked` — what the code did before: the head row locked FOR UPDATE at the first append and
  held to COMMIT (emulated by taking that lock first), so the council's writers queue.
`--postgres` starts a throwaway PostgreSQL cluster (as the tests do); SQLite serialises every writer
at BEGIN IMMEDIATE anyway, so the comparison is only meaningful on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import select, text  # noqa: E402

from app.store import audit  # noqa: E402
from app.store import records as store  # noqa: E402
from app.store.database import make_engine, make_sessionmaker, upgrade  # noqa: E402
from app.store.tables import AuditHead  # noqa: E402


def run(sessions, council_id: int, mode: str, threads: int, transactions: int, work_ms: float,
        postgres: bool) -> dict:
    latencies: list[float] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        for i in range(transactions):
            started = time.perf_counter()
            with sessions() as session:
                if mode == "head-locked":
                    session.scalars(select(AuditHead).where(AuditHead.council_id == council_id)
                                    .with_for_update()).one()
                now = datetime.now(timezone.utc)
                for event in ("message.checked", "message.allowed"):
                    audit.append(session, council_id, event, f"bench{n}", data={"i": i}, now=now)
                if postgres:
                    session.execute(text("SELECT pg_sleep(:s)"), {"s": work_ms / 1000})
                else:
                    time.sleep(work_ms / 1000)
                session.commit()
            with lock:
                latencies.append(time.perf_counter() - started)

    pool = [threading.Thread(target=worker, args=(n,)) for n in range(threads)]
    began = time.perf_counter()
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {"mode": mode, "tx_per_s": len(latencies) / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--transactions", type=int, default=40, help="per thread")
    parser.add_argument("--work-ms", type=float, default=5.0)
    parser.add_argument("--database", default="")
    parser.add_argument("--postgres", action="store_true", help="start a throwaway PostgreSQL cluster")
    args = parser.parse_args()
    server = None
    if args.postgres:
        from tests.conftest import PostgresServer, _free_port, _postgres_bindir, _unprivileged_user

        root = Path(tempfile.mkdtemp(prefix="mailguard-bench-pg-"))
        run_as = _unprivileged_user()
        if run_as:
            import pwd
            entry = pwd.getpwnam(run_as)
            os.chown(root, entry.pw_uid, entry.pw_gid)
        server = PostgresServer(_postgres_bindir(), root, run_as, _free_port())
        server.start()
        url = server.create_database("audit_bench")
    else:
        url = args.database or f"sqlite:///{tempfile.mkdtemp(prefix='mailguard-bench-')}/bench.db"
    try:
        upgrade(url)
        engine = make_engine(url)
        engine.pool.dispose()
        sessions = make_sessionmaker(engine)
        with sessions() as session:
            council_id = store.create_council(session, slug="bench", name="Bench", pack="leigh-on-sea",
                                              directory_yaml="{}", now=datetime.now(timezone.utc)).id
            session.commit()
        postgres = engine.dialect.name == "postgresql"
        print(f"{platform.node()} {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f}; {engine.dialect.name}; "
              f"{args.threads} threads x {args.transactions} transactions, 2 events + {args.work_ms} ms each")
        for mode in ("head-locked", "sealed"):
            result = run(sessions, council_id, mode, args.threads, args.transactions, args.work_ms, postgres)
            print(f"  {mode:12s} {result['tx_per_s']:7.1f} tx/s   p50 {result['p50_ms']:6.1f} ms   "
                  f"p99 {result['p99_ms']:6.1f} ms")
        with sessions() as session:
            report = audit.verify(session)
            print(f"  audit verify: {'intact' if report.ok else report.reason}, {report.checked} events")
        engine.dispose()
    finally:
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
