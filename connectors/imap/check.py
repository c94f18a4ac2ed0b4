"""The connection test behind `mailguard mailbox add-imap`: which step failed (DNS, TCP, TLS, login, folder)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from connectors import ConnectorError
from connectors.imap.client import ImapConfig, ImapConnection, ImapError
from connectors.imap.folders import FolderNames, resolve
from connectors.smtp import SmtpSubmitter

IMAP_STEPS = ("dns", "tcp", "tls", "login", "folder")


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str = ""


async def _imap(config: ImapConfig, names: FolderNames) -> list[Step]:
    steps = [s for s in IMAP_STEPS if s != "tls" or config.security != "none"]
    conn = ImapConnection(config)
    try:
        await conn.open()
        folders = await resolve(conn, names)
        for role in ("outbox", "held", "sent", "drafts"):
            await conn.select(folders[role])
    except ImapError as exc:
        failed = exc.stage if exc.stage in steps else "folder"
        index = steps.index(failed)
        return [Step(f"imap {s}", True) for s in steps[:index]] + [Step(f"imap {failed}", False, str(exc))]
    except (ConnectorError, OSError, asyncio.TimeoutError) as exc:
        return [Step("imap login", False, str(exc) or type(exc).__name__)]
    finally:
        await conn.close()
    detail = ", ".join(f"{role}={name}" for role, name in folders.items())
    return [Step(f"imap {s}", True, detail if s == "folder" else "") for s in steps]


def check_connection(imap: ImapConfig, smtp: SmtpSubmitter, names: FolderNames) -> list[Step]:
    steps = asyncio.run(_imap(imap, names))
    if not all(step.ok for step in steps):
        return steps  # the first failure is the one to fix
    try:
        smtp.check()
        steps.append(Step("smtp", True, f"{smtp.config.host}:{smtp.config.port} ({smtp.config.security})"))
    except ConnectorError as exc:
        steps.append(Step("smtp", False, str(exc)))
    return steps
