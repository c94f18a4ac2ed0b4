"""IDLE on one folder (RFC 2177), so the worker rescans only when the server reports a change.

IDLE is re-issued every `renew_s` (default 25 minutes, inside the 29-minute
limit after which servers may log an idle client off). A dropped connection
is reopened with exponential backoff; after every (re)connection `changed`
is set, since pushes may have been missed while away.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from aioimaplib import aioimaplib

from connectors.imap.client import ImapConfig, ImapConnection

log = logging.getLogger("mailguard.imap.idle")

IDLE_RENEW_S = 25 * 60
_CHANGES = (b"EXISTS", b"EXPUNGE", b"FETCH", b"RECENT")


class FolderWatcher:
    def __init__(self, config: ImapConfig, folder: str, changed: threading.Event, *, renew_s: float = IDLE_RENEW_S,
                 backoff_s: float = 1.0, max_backoff_s: float = 300.0):
        self.config, self.folder, self.changed = config, folder, changed
        self.renew_s, self.backoff_s, self.max_backoff_s = renew_s, backoff_s, max_backoff_s
        self.idling = threading.Event()
        self.connects = 0  # successful (re)connections
        self.idle_commands = 0  # IDLE commands issued (re-issues included)
        self.last_error = ""
        self._stop = False
        self._task: asyncio.Task | None = None
        self._conn: ImapConnection | None = None

    async def run(self) -> None:
        self._task = asyncio.current_task()
        delay = self.backoff_s
        while not self._stop:
            conn = ImapConnection(self.config)
            self._conn = conn
            try:
                await conn.open()
                await conn.select(self.folder)
                self.connects += 1
                self.changed.set()
                delay = self.backoff_s
                await self._idle_forever(conn)
            except asyncio.CancelledError:
                break
            except Exception as exc:  # noqa: BLE001 - any failure: reconnect later
                self.last_error = str(exc) or type(exc).__name__
                log.info("IDLE on %s: %s; reconnecting in %.0fs", self.folder, self.last_error, delay)
            finally:
                self.idling.clear()
                await conn.close()
            if self._stop:
                break
            await asyncio.sleep(delay)
            delay = min(delay * 2, self.max_backoff_s)

    async def _idle_forever(self, conn: ImapConnection) -> None:
        client = conn.client
        while not self._stop:
            idle = await client.idle_start(timeout=self.renew_s)
            self.idle_commands += 1
            self.idling.set()
            while client.has_pending_idle():
                push = asyncio.ensure_future(client.wait_server_push(timeout=self.renew_s + 60))
                lost = asyncio.ensure_future(conn.lost.wait())
                done, _ = await asyncio.wait({push, lost}, return_when=asyncio.FIRST_COMPLETED)
                if lost in done:
                    push.cancel()
                    raise ConnectionError("connection lost during IDLE")
                lost.cancel()
                lines = push.result()
                if lines == aioimaplib.STOP_WAIT_SERVER_PUSH:
                    break  # time to re-issue IDLE
                if any(word in bytes(line) for line in lines for word in _CHANGES):
                    self.changed.set()
                if any(bytes(line).startswith(b"BYE") for line in lines):
                    raise ConnectionError("server said BYE")
            self.idling.clear()
            client.idle_done()
            await asyncio.wait_for(idle, self.config.timeout)

    def stop(self) -> None:
        """Called on the loop thread (via call_soon_threadsafe)."""
        self._stop = True
        if self._task is not None:
            self._task.cancel()
