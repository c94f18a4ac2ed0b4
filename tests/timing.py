"""Time in tests: a controlled clock, and waiting for something a real process or thread does."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta


class Clock:
    """The clock the code under test reads (thread-safe: schedulers and servers read it in threads)."""

    def __init__(self, now: datetime):
        self._now, self._lock = now, threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    @property
    def now(self) -> datetime:
        return self()

    def set(self, now: datetime) -> None:
        with self._lock:
            self._now = now

    def advance(self, **delta) -> datetime:
        with self._lock:
            self._now += timedelta(**delta)
            return self._now


def wait_for(condition, timeout: float = 30.0, what: str = "condition", *, interval: float = 0.05) -> None:
    """Poll `condition` until it holds; fail naming `what` after `timeout` seconds (a bound, not a speed test)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def drain_worker(worker, passes: int = 80) -> None:
    """Run worker passes until one does nothing and no connector call is still running in a lane."""
    for _ in range(passes):
        if not worker.run_once():
            if not worker.in_progress():
                return
            worker.wait_for_lanes(5)  # a connector call still running in its mailbox's lane
    raise AssertionError("worker never went idle")
