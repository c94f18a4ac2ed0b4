"""Builds the connector for a mailbox row (the one place app code names connector classes), and keeps
a running process's connectors in step with the mailbox rows."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Callable

from sqlalchemy import select

from app.settings import Settings
from app.store.tables import Mailbox as MailboxRow
from connectors import Mailbox
from connectors.local import LocalFolderMailbox

log = logging.getLogger("mailguard.mailboxes")


def build_connector(row: MailboxRow, settings: Settings) -> Mailbox | None:
    """The connector for `row`, or None for mailboxes whose client acts itself (kind "api")."""
    if row.kind == "local":
        return LocalFolderMailbox(row.config["root"], address=row.address)
    if row.kind == "api":
        return None
    if row.kind == "graph":
        from app.m365.mailbox import build_graph_mailbox

        return build_graph_mailbox(row, settings)
    if row.kind == "imap":
        from app.imap.mailbox import build_imap_mailbox

        return build_imap_mailbox(row, settings)
    raise ValueError(f"mailbox {row.id}: no connector for kind {row.kind!r} in this version")


class MailboxConnectors:
    """This process's connectors, kept in step with the mailbox rows while it runs.

    `sync()` (the worker calls it at the start of each pass; it looks at most every `every_s`)
    builds connectors for mailboxes added or enabled, rebuilds those whose kind, address or
    settings changed, and closes those disabled or removed. `connectors` is one dict, changed
    in place, so the web app and background jobs that hold it see the same set.
    """

    def __init__(self, sessions, build: Callable[[MailboxRow], Mailbox | None], *, every_s: float = 5.0,
                 clock: Callable[[], float] = time.monotonic):
        self.sessions, self.build, self.every_s, self.clock = sessions, build, every_s, clock
        self.connectors: dict[int, Mailbox] = {}
        self._versions: dict[int, str] = {}
        self._last: float | None = None

    def sync(self, *, force: bool = False) -> None:
        now = self.clock()
        if not force and self._last is not None and now - self._last < self.every_s:
            return
        self._last = now
        with self.sessions() as session:
            rows = session.scalars(select(MailboxRow).where(MailboxRow.enabled.is_(True))).all()
            wanted = {row.id: (_version(row), row) for row in rows}
            for mailbox_id in [m for m in self._versions if wanted.get(m, (None,))[0] != self._versions[m]]:
                self._drop(mailbox_id)
            for mailbox_id, (version, row) in wanted.items():
                if mailbox_id in self._versions:
                    continue
                try:
                    connector = self.build(row)
                except Exception:  # noqa: BLE001 - one bad mailbox row must not stop the others
                    log.exception("mailbox %s: cannot build its connector", mailbox_id)
                    continue
                self._versions[mailbox_id] = version
                if connector is not None:
                    self.connectors[mailbox_id] = connector
                    log.info("mailbox %s (%s %s) connected", mailbox_id, row.kind, row.address)

    def _drop(self, mailbox_id: int) -> None:
        self._versions.pop(mailbox_id, None)
        connector = self.connectors.pop(mailbox_id, None)
        close = getattr(connector, "close", None)
        if close is not None:
            try:
                close()
            except Exception:  # noqa: BLE001
                log.exception("mailbox %s: closing its old connector failed", mailbox_id)
        log.info("mailbox %s disconnected (disabled, removed or changed)", mailbox_id)


def _version(row: MailboxRow) -> str:
    """What a connector is built from (not row.state: the connector's own cursor changes that)."""
    text = json.dumps({"kind": row.kind, "address": row.address, "config": row.config}, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()
