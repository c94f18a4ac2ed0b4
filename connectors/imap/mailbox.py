"""An IMAP/SMTP mailbox: the outbox folder (before send) and the Sent audit (after send).

    MailGuard/Outbox   the user files finished messages here; each is checked
    MailGuard/Held     held mail waits here for a reviewer
    Sent / Drafts      found by SPECIAL-USE (or common names); allowed and released
                       mail is submitted over SMTP and a copy appended to Sent;
                       returned mail goes back to Drafts
    MailGuard/Notices  a copy of every notice MailGuard sent (its proof of sending)

A message is identified by folder, UIDVALIDITY, UID and Message-ID (the ref).
Exactly once: before submitting, Sent is searched for the Message-ID (and this
process remembers what it submitted), so a retry after a crash does not send
again; the copy is appended to Sent straight after the server accepts the
message, before the original leaves the outbox. The cursor (UIDVALIDITY and
last UID per folder) is handed to `on_state` for the caller to persist; a
changed UIDVALIDITY means a full resync (the worker's Message-ID check makes
re-offered messages harmless).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from datetime import date, datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Callable

from connectors import ConnectorError, OutgoingMessage
from connectors.imap.client import ImapConfig, ImapConnection, ImapError
from connectors.imap.folders import resolve
from connectors.imap.loop import LoopThread
from connectors.imap.ref import ImapOptions, Ref, imap_date
from connectors.imap.watch import FolderWatcher
from connectors.raw_headers import derived_message_id, message_id, with_message_id
from connectors.smtp import SmtpConfig, SmtpSubmitter

log = logging.getLogger("mailguard.imap")


class ImapMailbox:
    kind = "imap"

    def __init__(self, imap: ImapConfig, smtp: SmtpConfig, address: str, *, options: ImapOptions | None = None,
                 state: dict | None = None, on_state: Callable[[dict], None] | None = None,
                 fault: str | None = None):
        self.imap, self.address = imap, address
        self.smtp = SmtpSubmitter(smtp)
        self.options = options or ImapOptions()
        self.state: dict = json.loads(json.dumps(state or {}))
        self.on_state = on_state
        self.fault = fault  # crash-test hook: "after-submit" SIGKILLs between submission and the move
        self.resyncs = 0
        self.changed = threading.Event()
        self.watchers: list[FolderWatcher] = []
        self._loop: LoopThread | None = None
        self._conn: ImapConnection | None = None
        self._folders: dict[str, str] = {}
        self._retry_at, self._delay = 0.0, self.options.backoff_s
        self._last_scan = 0.0
        self._submitted: set[str] = set()  # keys this process submitted (a retry after an IMAP error)

    # -- reading ----------------------------------------------------------
    def fetch_outgoing(self) -> list[OutgoingMessage]:
        if not self._due() or (self._conn is None and time.monotonic() < self._retry_at):
            return []  # backing off after a failed connect (logged once, when it failed)
        self.changed.clear()
        try:
            found = self._run(self._scan)
        except ConnectorError as exc:
            log.warning("%s: scan failed: %s", self.address, exc)
            return []
        self._last_scan = time.monotonic()
        if len(found) >= self.options.batch:
            self.changed.set()  # more waiting: scan again next pass
        return found

    def _due(self) -> bool:
        if not self.watchers or not all(w.idling.is_set() for w in self.watchers):
            return True
        return self.changed.is_set() or time.monotonic() - self._last_scan >= self.options.rescan_s

    async def _scan(self, conn: ImapConnection) -> list[OutgoingMessage]:
        found: list[OutgoingMessage] = []
        roles = (("outbox", "pre-send"), ("sent", "post-send")) if self.options.audit_sent else (("outbox", "pre-send"),)
        for role, stage in roles:
            folder = self._folders[role]
            info = await conn.select(folder)
            cursor = self._cursor(role, info)
            room = self.options.batch - len(found)
            for uid in (await conn.uids_from(cursor["last_uid"] + 1, since=cursor.get("since")))[:room]:
                raw = await conn.fetch(uid)
                if raw is not None:
                    ref = Ref(folder, info.uidvalidity, uid, message_id(raw)).encode()
                    found.append(OutgoingMessage(ref=ref, raw=raw, stage=stage))
        self._start_watchers(conn)
        return found

    def _cursor(self, role: str, info) -> dict:
        cursor = self.state.get(role)
        if cursor is not None and cursor.get("uidvalidity") == info.uidvalidity:
            return cursor
        if cursor is not None:  # UIDVALIDITY changed: every UID we knew is void (RFC 3501 §2.3.1.1)
            self.resyncs += 1
            log.warning("%s: %s UIDVALIDITY %s -> %s: full resync", self.address, info.name,
                        cursor.get("uidvalidity"), info.uidvalidity)
        fresh = {"uidvalidity": info.uidvalidity, "last_uid": 0}
        if role == "sent":
            fresh["since"] = (cursor or {}).get("since") or imap_date(date.today())
            if cursor is None and not self.options.audit_existing_sent:
                fresh["last_uid"] = max(info.uidnext - 1, 0)
        self.state[role] = fresh
        self._save()
        return fresh

    def acknowledge(self, ref: str) -> None:
        r = Ref.decode(ref)
        for role in ("outbox", "sent"):
            cursor = self.state.get(role)
            if (self._folders.get(role) == r.folder and cursor and cursor["uidvalidity"] == r.uidvalidity
                    and r.uid > cursor["last_uid"]):
                cursor["last_uid"] = r.uid
                self._save()

    def _save(self) -> None:
        if self.on_state is not None:
            self.on_state(json.loads(json.dumps(self.state)))

    # -- acting -------------------------------------------------------------
    def hold(self, ref: str, key: str) -> str:
        r = Ref.decode(ref)

        async def move_to_held(conn: ImapConnection) -> str:
            held = self._folders["held"]
            uid = await self._locate(conn, r)
            new_uid = await conn.move(uid, held) if uid is not None else None
            info = await conn.select(held)
            if new_uid is None and r.message_id:
                hits = await conn.find_message_id(r.message_id)
                new_uid = hits[-1] if hits else None
            if new_uid is None:
                raise ConnectorError(f"{r.folder} UID {r.uid}: message vanished before it could be held",
                                     retryable=False)
            return Ref(held, info.uidvalidity, new_uid, r.message_id).encode()

        return self._run(move_to_held)

    def deliver(self, ref: str, raw: bytes, key: str) -> None:
        r = Ref.decode(ref)
        mid = message_id(raw)
        if not mid:
            mid = derived_message_id(key, raw)
            raw = with_message_id(raw, mid)
        self._send_once(key, raw, mid, self._folders_or_connect("sent"),
                        copy=not self.options.provider_copies_sent)
        if self.fault == "after-submit":
            log.warning("fault injection: SIGKILL after submission, before the move")
            os.kill(os.getpid(), signal.SIGKILL)
        self._run(lambda conn: self._remove(conn, r))

    def return_to_sender(self, ref: str, raw: bytes, key: str) -> None:
        r = Ref.decode(ref)

        async def to_drafts(conn: ImapConnection) -> None:
            original = raw
            if not original:
                uid = await self._locate(conn, r)
                original = (await conn.fetch(uid)) if uid is not None else None
                if original is None:
                    raise ConnectorError(f"{r.folder} UID {r.uid}: message vanished", retryable=False)
            # A new Message-ID: when the author edits it and files it again it is checked afresh.
            returned_id = derived_message_id(key, original, "returned")
            await conn.select(self._folders["drafts"])
            if not await conn.find_message_id(returned_id):
                await conn.append(self._folders["drafts"], with_message_id(original, returned_id), "\\Draft \\Seen")
            await self._remove(conn, r)

        self._run(to_drafts)

    def notify(self, to: str, subject: str, body: str, key: str) -> None:
        notice = EmailMessage()
        notice["From"] = f"Council MailGuard <{self.address}>"
        notice["To"] = to
        notice["Subject"] = subject
        notice["Date"] = format_datetime(datetime.now(timezone.utc))
        notice["Message-ID"] = derived_message_id(key, b"", "notice")
        notice["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
        notice.set_content(body)
        self._send_once(key, notice.as_bytes(), notice["Message-ID"], self._folders_or_connect("notices"),
                        copy=True, to=[to])

    def submit(self, raw: bytes, key: str) -> None:
        mid = message_id(raw)
        if not mid:
            mid = derived_message_id(key, raw, "digest")
            raw = with_message_id(raw, mid)
        self._send_once(key, raw, mid, self._folders_or_connect("notices"), copy=True)

    def _send_once(self, key: str, raw: bytes, mid: str, record_folder: str, *, copy: bool,
                   to: list[str] | None = None) -> None:
        """Submit unless already done (this process, or a copy with this Message-ID in `record_folder`)."""
        if key not in self._submitted and not self._run(lambda c: self._present(c, record_folder, mid)):
            refused = self.smtp.send(raw, self.address, to)
            self._submitted.add(key)
            if refused:
                log.warning("%s: SMTP refused %s for %s", self.address, ", ".join(refused), mid)
        if copy:
            self._run(lambda c: self._record_copy(c, record_folder, mid, raw))
        else:
            self._wait_for_provider_copy(record_folder, mid)

    async def _present(self, conn: ImapConnection, folder: str, mid: str) -> bool:
        await conn.select(folder)
        return bool(await conn.find_message_id(mid))

    async def _record_copy(self, conn: ImapConnection, folder: str, mid: str, raw: bytes) -> None:
        if not await self._present(conn, folder, mid):
            await conn.append(folder, raw, "\\Seen")

    def _wait_for_provider_copy(self, folder: str, mid: str) -> None:
        deadline = time.monotonic() + self.options.sent_copy_wait_s
        while time.monotonic() < deadline:
            if self._run(lambda c: self._present(c, folder, mid)):
                return
            time.sleep(1.0)
        log.warning("%s: no provider copy of %s in %s yet", self.address, mid, folder)

    # -- helpers ------------------------------------------------------------
    async def _locate(self, conn: ImapConnection, r: Ref) -> int | None:
        """The UID of the ref's message now: its own UID when still valid, else found by Message-ID."""
        info = await conn.select(r.folder)
        if info.uidvalidity == r.uidvalidity:
            header = await conn.fetch(r.uid, "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]")
            if header is not None and (not r.message_id or r.message_id.encode() in header.split()):
                return r.uid
        hits = await conn.find_message_id(r.message_id) if r.message_id else []
        return hits[0] if hits else None

    async def _remove(self, conn: ImapConnection, r: Ref) -> None:
        uid = await self._locate(conn, r)
        if uid is not None:
            await conn.delete(uid)

    def _folders_or_connect(self, role: str) -> str:
        if not self._folders:
            self._run(lambda conn: conn.noop())
        return self._folders[role]

    def _run(self, job):
        """Run `job(connection)` on the private event loop, (re)connecting with backoff as needed."""
        if self._loop is None:
            self._loop = LoopThread(f"imap-{self.address}")

        async def with_connection():
            return await job(await self._connected())

        try:
            return self._loop.run(with_connection(), timeout=self.imap.timeout * 4)
        except ConnectorError:
            raise
        except ImapError as exc:
            if exc.stage not in ("command", "folder"):
                self._drop()
            raise ConnectorError(str(exc)) from None
        except Exception as exc:  # noqa: BLE001 - a broken connection: reconnect next time
            self._drop()
            raise ConnectorError(f"IMAP {self.imap.host}: {exc or type(exc).__name__}") from None

    async def _connected(self) -> ImapConnection:
        if self._conn is not None and not self._conn.lost.is_set():
            return self._conn
        if time.monotonic() < self._retry_at:
            raise ImapError("tcp", f"{self.imap.host}: reconnecting in {self._retry_at - time.monotonic():.0f}s")
        conn = ImapConnection(self.imap)
        try:
            await conn.open()
            self._folders = await resolve(conn, self.options.folders)
        except BaseException as exc:
            await conn.close()
            self._retry_at = time.monotonic() + self._delay
            log.warning("%s: cannot connect to IMAP %s:%s: %s; this mailbox alone backs off, next try in %.0f s",
                        self.address, self.imap.host, self.imap.port, exc or type(exc).__name__, self._delay)
            self._delay = min(self._delay * 2, self.options.max_backoff_s)
            raise
        self._conn, self._delay = conn, self.options.backoff_s
        return conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None and self._loop is not None:
            self._loop.spawn(conn.close())

    def _start_watchers(self, conn: ImapConnection) -> None:
        if self.watchers or not self.options.idle or not conn.has("IDLE"):
            return
        roles = ("outbox", "sent") if self.options.audit_sent else ("outbox",)
        for role in roles:
            watcher = FolderWatcher(self.imap, self._folders[role], self.changed, renew_s=self.options.idle_renew_s,
                                    backoff_s=self.options.backoff_s, max_backoff_s=self.options.max_backoff_s)
            self.watchers.append(watcher)
            self._loop.spawn(watcher.run())

    def close(self) -> None:
        if self._loop is None:
            return
        for watcher in self.watchers:
            self._loop.loop.call_soon_threadsafe(watcher.stop)
        if self._conn is not None:
            try:
                self._loop.run(self._conn.close(), timeout=10)
            except Exception:  # noqa: BLE001
                pass
        self._loop.stop()
        self._loop = None
