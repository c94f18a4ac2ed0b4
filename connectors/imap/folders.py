"""Finding Sent and Drafts (RFC 6154 SPECIAL-USE, else common names) and creating MailGuard's folders."""

from __future__ import annotations

from dataclasses import dataclass

from connectors.imap.client import ImapConnection

SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "Sent Mail", "INBOX.Sent", "INBOX/Sent", "[Gmail]/Sent Mail")
DRAFT_NAMES = ("Drafts", "Draft", "INBOX.Drafts", "INBOX/Drafts", "[Gmail]/Drafts")


@dataclass(frozen=True)
class FolderNames:
    outbox: str = "MailGuard/Outbox"
    held: str = "MailGuard/Held"
    notices: str = "MailGuard/Notices"
    sent: str = ""  # empty: discover
    drafts: str = ""


def _special(folders, attribute: str) -> str | None:
    return next((name for name, attrs, _ in folders if attribute.lower() in {a.lower() for a in attrs}), None)


def _by_name(folders, names: tuple[str, ...]) -> str | None:
    existing = {name.lower(): name for name, _, _ in folders}
    return next((existing[n.lower()] for n in names if n.lower() in existing), None)


def _native(name: str, delimiter: str) -> str:
    """Configured names use "/"; servers with another hierarchy delimiter (".") get theirs."""
    return name.replace("/", delimiter) if delimiter and delimiter != "/" else name


async def resolve(conn: ImapConnection, names: FolderNames) -> dict[str, str]:
    """The server's name for each role, creating MailGuard's folders (and Sent/Drafts if none exist)."""
    folders = await conn.list_folders()
    delimiter = next((d for n, _, d in folders if n.upper() == "INBOX"), folders[0][2] if folders else "/")
    resolved = {
        "sent": names.sent or _special(folders, "\\Sent") or _by_name(folders, SENT_NAMES) or "Sent",
        "drafts": names.drafts or _special(folders, "\\Drafts") or _by_name(folders, DRAFT_NAMES) or "Drafts",
        "outbox": _native(names.outbox, delimiter),
        "held": _native(names.held, delimiter),
        "notices": _native(names.notices, delimiter),
    }
    existing = {name for name, _, _ in folders}
    for role in ("outbox", "held", "notices", "sent", "drafts"):
        name = resolved[role]
        if name not in existing:
            parts = name.split(delimiter)
            for depth in range(1, len(parts) + 1):  # parents first: not every server creates them implicitly
                prefix = delimiter.join(parts[:depth])
                if prefix not in existing:
                    await conn.create(prefix)
                    existing.add(prefix)
    return resolved
