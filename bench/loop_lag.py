"""How long the event loop waits for the GIL while request threads run Python, by switch interval.

    .venv/bin/python bench/loop_lag.py [--seconds 3]

Request threads each run 4 ms of Python and then wait 1 ms (a database round
trip), as POST /evaluate does; the event loop, which reads requests and
answers 503s, measures how late a callback runs. CPython hands the GIL over
every switch interval (5 ms by default), so with many threads ready the loop
can lose several turns in a row. `mailguard serve` sets 1 ms (app/serve.py).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import threading
import time


def request_thread(stop: threading.Event) -> None:
    while not stop.is_set():
        began = time.perf_counter()
        while time.perf_counter() - began < 0.004:
            sum(range(200))
        time.sleep(0.001)


async def loop_lag(seconds: float) -> list[float]:
    lags = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        began = time.perf_counter()
        await asyncio.sleep(0)
        lags.append(time.perf_counter() - began)
        await asyncio.sleep(0.002)
    return sorted(lags)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    for threads in (16, 4):
        for interval in (0.005, 0.001):
            sys.setswitchinterval(interval)
            stop = threading.Event()
            workers = [threading.Thread(target=request_thread, args=(stop,)) for _ in range(threads)]
            for worker in workers:
                worker.start()
            lags = asyncio.run(loop_lag(args.seconds))
            stop.set()
            for worker in workers:
                worker.join()
            p99 = lags[min(len(lags) - 1, int(len(lags) * 0.99))]
            print(f"{threads:2} busy threads, switch interval {interval * 1000:.0f} ms: loop lag "
                  f"p50 {lags[len(lags) // 2] * 1000:.2f} ms, p99 {p99 * 1000:.2f} ms, max {lags[-1] * 1000:.2f} ms",
                  flush=True)


if __name__ == "__main__":
    main()
