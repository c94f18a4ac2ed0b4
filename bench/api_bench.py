"""The HTTP service under open-loop load: capacity, overload, hostile mix, webhook while a connector hangs.

    .venv/bin/python bench/api_bench.py [--scenario all|rates|capacity|overload|hostile|webhook]
        [--database sqlite|pg|URL] [--workers N] [--rates 50,100,150] [--seconds 10]

A real `mailguard serve` process (or N with --workers) over SQLite (WAL,
synchronous=FULL) or PostgreSQL (`pg`: a throwaway cluster started here, as
the tests do). The load comes from bench/load_client.py: raw asyncio HTTP/1.1,
open loop, latency from each request's scheduled time; its own CPU share is
printed with every row (it must stay well under 10% of a core).

- capacity: rates stepped up until goodput falls behind what is offered (under
  80%) or off its best; capacity = the best goodput seen.
- overload: 2x capacity offered (--repeat times, each after a run at capacity);
  goodput, and how fast the excess is refused (503 + Retry-After from admission
  control).
- hostile: 100 clean requests/s plus one hostile message a second (rotating
  through tests/hostile.py, raw and Graph JSON, sent by bench/hostile_sender.py
  from a process of its own): clean p99 and every outcome.
- webhook: a folder mailbox whose connector hangs 10 s on every hold
  (MAILGUARD_FAULT=stall:hold:10) while Graph notifications arrive at 20/s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_setup import (  # noqa: E402
    CLEAN,
    add_webhook_subscription,
    pending_holds,
    prepare,
    start_pg,
    start_server,
)
from load_client import build_request, open_loop, percentile, run_client  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_requests(key: str):
    counter = [0]
    pid = os.getpid()

    def next_request(_index: int) -> tuple[str, bytes]:
        counter[0] += 1
        body = CLEAN[counter[0] % len(CLEAN)].replace(b"<ID>", f"<bench-{counter[0]}-{pid}-{time.time_ns()}@x>".encode())
        return "clean", build_request("POST", "/api/v1/evaluate", body, {
            "Authorization": f"Bearer {key}", "Content-Type": "message/rfc822"})

    return next_request


def row(run, kind: str | None = None) -> dict:
    ok = [o.latency for o in run.of(kind, 200)]
    refused = [o.latency for o in run.of(kind, 503)]
    statuses = Counter(o.status for o in run.of(kind))
    return {
        "offered": run.offered, "goodput": round(len(ok) / run.seconds, 1),
        "p50_ms": round(percentile(ok, 0.5) * 1000, 1), "p99_ms": round(percentile(ok, 0.99) * 1000, 1),
        "503": statuses.get(503, 0), "503_p99_ms": round(percentile(refused, 0.99) * 1000, 1) if refused else None,
        "other": {s: n for s, n in statuses.items() if s not in (200, 503)},
        "client_core": f"{run.client_core_share():.1%}",
    }


def show(label: str, data: dict) -> None:
    print(f"{label:<28} " + "  ".join(f"{k}={v}" for k, v in data.items()), flush=True)


async def capacity(port, key, args) -> float:
    """The most requests/s answered 200, over a ramp that stops once goodput falls off its best."""
    best, rate = 0.0, args.start
    while rate <= args.max_rate:
        run = await open_loop("127.0.0.1", port, rate, args.seconds, clean_requests(key))
        data = row(run)
        show(f"capacity step {rate:g}/s", data)
        best = max(best, data["goodput"])
        if data["goodput"] < 0.9 * best or data["goodput"] < 0.8 * rate:
            break
        rate += args.step
    print(f"capacity: {best:g} requests/s", flush=True)
    return best


async def overload(port, key, args, cap: float) -> None:
    """2x capacity offered, --repeat times. The machine's speed can drift by a third within minutes
    (a shared host), so each overload run is paired with a run at capacity just before it: goodput
    is shown against the ramp's capacity and against what the process did at capacity then."""
    for _ in range(args.repeat):
        near = row(await open_loop("127.0.0.1", port, cap, args.seconds, clean_requests(key)))
        run = await open_loop("127.0.0.1", port, 2 * cap, args.seconds, clean_requests(key))
        data = row(run)
        data["goodput_of_capacity"] = f"{data['goodput'] / cap:.0%}" if cap else "n/a"
        data["of_goodput_at_capacity_just_before"] = (f"{data['goodput'] / near['goodput']:.0%} "
                                                      f"(of {near['goodput']:g}/s)" if near["goodput"] else "n/a")
        show(f"overload {2 * cap:g}/s", data)


async def hostile(port, key, args) -> None:
    """Clean requests at --hostile-rate from this client; one hostile message a second from another
    process (bench/hostile_sender.py: a 26.7 MB body sent from this loop stalled the loop itself)."""
    sender = await asyncio.create_subprocess_exec(
        sys.executable, str(ROOT / "bench" / "hostile_sender.py"), "--port", str(port), "--key", key,
        "--seconds", str(args.seconds), stdout=asyncio.subprocess.PIPE)
    run = await open_loop("127.0.0.1", port, args.hostile_rate, args.seconds, clean_requests(key), timeout=30)
    out, _ = await sender.communicate()
    show(f"hostile mix, clean @{args.hostile_rate:g}/s", row(run, "clean"))
    outcomes: dict[str, list[dict]] = {}
    for line in out.decode().splitlines():
        outcome = json.loads(line)
        outcomes.setdefault(outcome["kind"], []).append(outcome)
    for kind in sorted(outcomes):
        statuses = dict(Counter(o["status"] for o in outcomes[kind]))
        print(f"   {kind:<32} status {statuses}  max {max(o['latency'] for o in outcomes[kind]) * 1000:.0f} ms",
              flush=True)


async def webhook(args, url: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="mailguard-bench-"))
    port = free_port()
    client_state = "bench-client-state"
    server = start_server(url, port, args.workers, demo_folder=folder, fault="stall:hold:10")
    try:
        subscription = add_webhook_subscription(url, client_state)
        outbox = folder / "mailbox" / "outbox"
        for n in range(3):  # three messages the pack holds: each hold then hangs 10 s
            raw = CLEAN[-1].replace(b"<ID>", f"<stall-{n}-{time.time_ns()}@x>".encode())
            tmp = outbox / f".stall-{n}.tmp"
            tmp.write_bytes(raw)
            os.utime(tmp, (time.time() - 5, time.time() - 5))
            tmp.rename(outbox / f"stall-{n}.eml")
        time.sleep(2)  # the worker picks them up and is inside the first hanging hold
        note = json.dumps({"value": [{"subscriptionId": subscription, "clientState": client_state,
                                       "changeType": "created", "resource": "me/messages/1",
                                       "resourceData": {"id": "AAMk1"}}]}).encode()
        payload = build_request("POST", "/graph/notifications", note, {"Content-Type": "application/json"})
        run = await open_loop("127.0.0.1", port, 20, args.seconds, lambda i: ("webhook", payload))
        hanging = pending_holds(url)
        accepted = [o.latency for o in run.of("webhook", 202)]
        statuses = dict(Counter(o.status for o in run.outcomes))
        print(f"webhook while a connector call hangs 10 s: statuses {statuses}  "
              f"p50 {percentile(accepted, 0.5) * 1000:.1f} ms  p99 {percentile(accepted, 0.99) * 1000:.1f} ms  "
              f"max {max(o.latency for o in run.outcomes) * 1000:.0f} ms  client {run.client_core_share():.1%}; "
              f"hold intents not yet done at the end (the connector still hanging): {hanging}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)


async def main_async(args) -> None:
    loadavg = os.getloadavg()
    pg = None
    tmp = tempfile.mkdtemp(prefix="mailguard-bench-db-")
    try:
        if args.database == "sqlite":
            url, label = f"sqlite:///{tmp}/bench.db", "SQLite (WAL, synchronous=FULL)"
        elif args.database == "pg":
            pg, url = start_pg()
            label = "PostgreSQL (throwaway cluster, fsync off)"
        else:
            url, label = args.database, "PostgreSQL"
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average before {loadavg[0]:.2f}; {label}; {args.workers} server process(es)", flush=True)
        key = prepare(url)
        if args.scenario == "webhook":
            await webhook(args, url)
            return
        port = free_port()
        server = start_server(url, port, args.workers)
        try:
            await open_loop("127.0.0.1", port, 20, 2, clean_requests(key))  # warm up
            if args.scenario == "rates":
                for rate in args.rates:
                    show(f"{rate:g}/s", row(await open_loop("127.0.0.1", port, rate, args.seconds, clean_requests(key))))
            if args.scenario in ("capacity", "overload", "all"):
                cap = args.capacity or await capacity(port, key, args)
                if args.scenario in ("overload", "all"):
                    time.sleep(2)
                    await overload(port, key, args, cap)
            if args.scenario in ("hostile", "all"):
                time.sleep(2)
                await hostile(port, key, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
        if args.scenario == "all":
            await webhook(args, url)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"load average after: {os.getloadavg()[0]:.2f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="all",
                        choices=["all", "rates", "capacity", "overload", "hostile", "webhook"])
    parser.add_argument("--database", default="sqlite", help="sqlite | pg (throwaway cluster) | a URL")
    parser.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    parser.add_argument("--rates", type=lambda v: [float(x) for x in v.split(",")], default=[25, 50, 100])
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--start", type=float, default=50)
    parser.add_argument("--step", type=float, default=25)
    parser.add_argument("--max-rate", type=float, default=600)
    parser.add_argument("--capacity", type=float, default=0, help="skip the capacity search")
    parser.add_argument("--hostile-rate", type=float, default=100)
    parser.add_argument("--repeat", type=int, default=1, help="overload: runs, each after one at capacity")
    run_client(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
