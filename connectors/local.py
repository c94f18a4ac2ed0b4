"""A mailbox that is a folder on disk: the embedded default, for trying MailGuard with no mail account.

    <root>/outbox/   drop finished messages here (*.eml); they are checked
    <root>/sent/     allowed and annotated mail, and released mail, lands here
    <root>/held/     held mail waits here until a reviewer decides
    <root>/drafts/   returned mail goes back here
    <root>/notices/  notices to senders (held / released / returned)

Every write is atomic (temporary file, fsync, rename) and named by the
idempotency key, so repeating an action after a crash changes nothing.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Iterator

from connectors import ConnectorError, OutgoingMessage

FOLDERS = ("outbox", "sent", "held", "drafts", "notices")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
SETTLE_SECONDS = 0.2  # a file still being written (mtime this recent) is left for the next poll


class LocalFolderMailbox:
    kind = "local"

    def __init__(self, root: str | Path, address: str = "demo@localhost", *, settle_seconds: float = SETTLE_SECONDS):
        self.root = Path(root)
        self.address = address
        self.settle_seconds = settle_seconds
        for folder in FOLDERS:
            (self.root / folder).mkdir(parents=True, exist_ok=True)

    # -- reading --------------------------------------------------------
    def fetch_outgoing(self) -> Iterator[OutgoingMessage]:
        now = time.time()
        for path in sorted((self.root / "outbox").iterdir()):
            if path.name.startswith(".") or path.suffix.lower() != ".eml" or not path.is_file():
                continue
            try:
                if now - path.stat().st_mtime < self.settle_seconds:
                    continue
                raw = path.read_bytes()
            except FileNotFoundError:  # taken by another worker meanwhile
                continue
            yield OutgoingMessage(ref=f"outbox/{path.name}", raw=raw, stage="pre-send")

    def acknowledge(self, ref: str) -> None:
        """Nothing to do: an outbox file leaves the outbox only through hold/deliver."""

    def read(self, ref: str) -> bytes:
        try:
            return self._path(ref).read_bytes()
        except FileNotFoundError:
            raise ConnectorError(f"{ref}: no such message", retryable=False) from None

    # -- acting ---------------------------------------------------------
    def hold(self, ref: str, key: str) -> str:
        target = self.root / "held" / _file_name(key)
        source = self._path(ref)
        if source.exists():
            os.replace(source, target)
            _fsync_dir(target.parent)
        elif not target.exists():
            raise ConnectorError(f"{ref}: message vanished before it could be held", retryable=False)
        return f"held/{target.name}"

    def still_there(self, ref: str) -> bool:
        """Whether the message at `ref` is still in its folder (a file name can be used again)."""
        try:
            return self._path(ref).is_file()
        except ConnectorError:
            return False

    def deliver(self, ref: str, raw: bytes, key: str) -> None:
        _write_once(self.root / "sent" / _file_name(key), raw)
        self._remove(ref)

    def return_to_sender(self, ref: str, raw: bytes, key: str) -> None:
        _write_once(self.root / "drafts" / _file_name(key), raw)
        self._remove(ref)

    def notify(self, to: str, subject: str, body: str, key: str) -> None:
        target = self.root / "notices" / _file_name(key)
        if target.exists():
            return
        notice = EmailMessage()
        notice["From"] = f"Council MailGuard <{self.address}>"
        notice["To"] = to
        notice["Subject"] = subject
        notice["Date"] = format_datetime(datetime.now(timezone.utc))
        notice["Message-ID"] = make_msgid(domain="mailguard.invalid")
        notice["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
        notice.set_content(body)
        _write_once(target, notice.as_bytes())

    def submit(self, raw: bytes, key: str) -> None:
        _write_once(self.root / "notices" / _file_name(key), raw)

    # -- helpers --------------------------------------------------------
    def _path(self, ref: str) -> Path:
        folder, _, name = ref.partition("/")
        if folder not in FOLDERS or not name or "/" in name or name.startswith("."):
            raise ConnectorError(f"{ref}: not a message of this mailbox", retryable=False)
        return self.root / folder / name

    def _remove(self, ref: str) -> None:
        if not ref:
            return
        try:
            self._path(ref).unlink()
        except FileNotFoundError:
            pass


def _file_name(key: str) -> str:
    readable = _UNSAFE.sub("_", key)[:80].strip("_")
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return f"{readable}-{digest}.eml"


def _write_once(target: Path, data: bytes) -> None:
    """Atomically create `target` unless it already exists (the action was already done)."""
    if target.exists():
        return
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        os.link(tmp, target)  # fails if another worker got there first: exactly one copy
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_dir(target.parent)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
