"""Builds the connector for a mailbox row (the one place app code names connector classes)."""

from __future__ import annotations

from app.settings import Settings
from app.store.tables import Mailbox as MailboxRow
from connectors import Mailbox
from connectors.local import LocalFolderMailbox


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
