"""A cheap open-loop HTTP/1.1 load generator on raw asyncio streams (no HTTP library).

httpx's async client costs ~5 ms of CPU per request, so at 200 requests/s it
measured itself, not the server. Here each request is a prebuilt byte string
written to a kept-alive connection, and the answer is read by its
Content-Length: a few tens of microseconds per request. Requests are sent on
a fixed schedule whatever the server does (open loop), and latency is measured
from each request's *scheduled* time, so a stalled server is not hidden by a
client that waits for it (no coordinated omission). The client's own CPU is
reported with every run, so a figure that measured the client can be seen.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Callable, Coroutine


@dataclass
class Outcome:
    status: int  # 0: no answer (connection error or client timeout)
    latency: float  # seconds from the scheduled send time
    kind: str = "clean"


@dataclass
class Run:
    offered: float
    seconds: float
    outcomes: list[Outcome] = field(default_factory=list)
    client_cpu: float = 0.0  # CPU seconds this process used during the run
    wall: float = 0.0

    def of(self, kind: str | None = None, status: int | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if (kind is None or o.kind == kind) and (status is None or o.status == status)]

    def goodput(self, kind: str | None = None) -> float:
        return len(self.of(kind, 200)) / self.seconds

    def client_core_share(self) -> float:
        return self.client_cpu / self.wall if self.wall else 0.0


def run_client(main: Coroutine) -> object:
    """Run the client's event loop: uvloop's (as the server's), about half asyncio's CPU a request."""
    try:
        import uvloop
    except ImportError:  # Windows
        return asyncio.run(main)
    return uvloop.run(main)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q * len(ordered))) - 1))]


def build_request(method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None,
                  host: str = "127.0.0.1") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}", f"Content-Length: {len(body)}"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Connections:
    """Idle kept-alive connections to one address; a new one is opened when none is idle."""

    def __init__(self, host: str, port: int, limit: int):
        self.host, self.port = host, port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self.open = 0
        self.limit = limit

    async def take(self, fresh: bool = False):
        if self.idle and not fresh:
            return self.idle.pop()
        if self.open >= self.limit:
            return None
        self.open += 1
        try:
            return await asyncio.open_connection(self.host, self.port)
        except OSError:
            self.open -= 1
            return None

    def give(self, conn) -> None:
        self.idle.append(conn)

    def drop(self, conn) -> None:
        self.open -= 1
        conn[1].close()

    def close(self) -> None:
        for _, writer in self.idle:
            writer.close()
        self.idle.clear()


async def _exchange(conn, payload: bytes) -> tuple[int, bool]:
    """Send one request, read one answer; (status, keep the connection)."""
    reader, writer = conn
    writer.write(payload)
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    length, keep = 0, True
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"connection" and value.strip().lower() == b"close":
            keep = False
    if length:
        await reader.readexactly(length)
    return status, keep


async def open_loop(host: str, port: int, rate: float, seconds: float,
                    next_request: Callable[[int], tuple[str, bytes]], *, timeout: float = 10.0,
                    max_connections: int = 1024) -> Run:
    """Send `rate` requests/s for `seconds`; next_request(i) -> (kind, request bytes)."""
    pool = _Connections(host, port, max_connections)
    run = Run(offered=rate, seconds=seconds)
    total = int(rate * seconds)
    start = time.perf_counter() + 0.05
    cpu0 = time.process_time()

    async def one(index: int) -> None:
        scheduled = start + index / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        kind, payload = next_request(index)
        status = 0
        for fresh in (False, True):  # a kept-alive connection the server has just closed: once more, anew
            conn = await pool.take(fresh)
            if conn is None:
                break
            try:
                async with asyncio.timeout(timeout):  # not wait_for: that adds a task per request
                    status, keep = await _exchange(conn, payload)
                pool.give(conn) if keep else pool.drop(conn)
                break
            except asyncio.IncompleteReadError as exc:
                pool.drop(conn)
                if exc.partial or fresh:
                    break
            except (OSError, asyncio.LimitOverrunError, asyncio.TimeoutError, ValueError):
                pool.drop(conn)
                break
        run.outcomes.append(Outcome(status, time.perf_counter() - scheduled, kind))

    began = time.perf_counter()
    await asyncio.gather(*(one(i) for i in range(total)))
    run.wall = time.perf_counter() - began
    run.client_cpu = time.process_time() - cpu0
    pool.close()
    return run


async def closed_loop(host: str, port: int, total: int, concurrency: int,
                      next_request: Callable[[int], tuple[str, bytes]], *, timeout: float = 30.0) -> Run:
    """Send `total` requests from `concurrency` callers, each sending its next once answered.

    For cost measurement, not latency: a fixed amount of work, whatever the rate.
    """
    run = Run(offered=0.0, seconds=0.0)
    counter = iter(range(total))
    cpu0 = time.process_time()

    async def caller() -> None:
        conn = await asyncio.open_connection(host, port)
        for index in counter:
            kind, payload = next_request(index)
            began = time.perf_counter()
            try:
                async with asyncio.timeout(timeout):  # not wait_for: that adds a task per request
                    status, keep = await _exchange(conn, payload)
            except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError, ValueError):
                status, keep = 0, False
            run.outcomes.append(Outcome(status, time.perf_counter() - began, kind))
            if not keep:
                conn[1].close()
                conn = await asyncio.open_connection(host, port)
        conn[1].close()

    began = time.perf_counter()
    await asyncio.gather(*(caller() for _ in range(concurrency)))
    run.wall = run.seconds = time.perf_counter() - began
    run.client_cpu = time.process_time() - cpu0
    return run
