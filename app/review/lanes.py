"""One thread per mailbox for connector calls, so a mail server that hangs delays only its own mailbox.

The worker hands each call (fetch, hold, deliver, ...) to the mailbox's lane
and waits for it a bounded time; a call still running is collected on a later
pass while the other mailboxes go on. A lane runs one call at a time, so a
connector is never used from two threads at once. Database work stays on the
worker's own thread.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

log = logging.getLogger("mailguard.worker")


class MailboxLanes:
    def __init__(self) -> None:
        self._lanes: dict[int, ThreadPoolExecutor] = {}
        self._running: dict[int, tuple[str, Future]] = {}  # mailbox id -> (what, call in progress)

    def busy(self, mailbox_id: int) -> bool:
        return mailbox_id in self._running

    def start(self, mailbox_id: int, what: str, call: Callable[[], Any]) -> Future:
        """Run `call` in the mailbox's lane; the mailbox is busy until `finished` hands the result back."""
        if mailbox_id in self._running:
            raise RuntimeError(f"mailbox {mailbox_id} is busy with {self._running[mailbox_id][0]}")
        lane = self._lanes.get(mailbox_id)
        if lane is None:
            lane = self._lanes[mailbox_id] = ThreadPoolExecutor(1, thread_name_prefix=f"mailbox-{mailbox_id}")
        future = lane.submit(call)
        self._running[mailbox_id] = (what, future)
        return future

    def in_progress(self) -> list[Future]:
        return [future for _, future in self._running.values()]

    def finished(self) -> list[tuple[int, str, Future]]:
        """Calls that have ended since last asked (each handed back once); their mailboxes are free again."""
        done = [(mailbox_id, what, future) for mailbox_id, (what, future) in self._running.items() if future.done()]
        for mailbox_id, _, _ in done:
            del self._running[mailbox_id]
        return done

    def shutdown(self) -> None:
        for lane in self._lanes.values():
            lane.shutdown(wait=False, cancel_futures=True)
        self._lanes.clear()
