"""Mailboxes after they were added: list, change settings, disable and enable — each change audited.

A running `mailguard serve` notices the change by itself (app.mailboxes.MailboxConnectors compares
each enabled row's kind, address and config), so none of these needs a restart.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store import audit
from app.store.tables import Council, Mailbox

SYSTEM_ACTOR = "mailguard"


def list_mailboxes(session: Session, council_slug: str | None = None) -> list[tuple[Mailbox, Council]]:
    query = select(Mailbox, Council).join(Council, Council.id == Mailbox.council_id)
    if council_slug:
        query = query.where(Council.slug == council_slug)
    return [(m, c) for m, c in session.execute(query.order_by(Mailbox.id))]


def get_mailbox(session: Session, mailbox_id: int) -> Mailbox:
    mailbox = session.get(Mailbox, mailbox_id)
    if mailbox is None:
        raise NotFound(f"no mailbox {mailbox_id}")
    return mailbox


def update_mailbox(session: Session, mailbox: Mailbox, *, config: dict | None = None,
                   enabled: bool | None = None, actor: str = SYSTEM_ACTOR, now: datetime) -> Mailbox:
    """New settings and/or enabled flag (flush); audited as mailbox.updated with what changed (no secrets:
    the config holds only the names of the environment variables that hold them)."""
    changed: dict = {}
    if config is not None and config != mailbox.config:
        changed["config"] = {"from": mailbox.config, "to": config}
        mailbox.config = config
    if enabled is not None and enabled != mailbox.enabled:
        changed["enabled"] = {"from": mailbox.enabled, "to": enabled}
        mailbox.enabled = enabled
    if changed:
        audit.append(session, mailbox.council_id, "mailbox.updated", actor,
                     data={"mailbox_id": mailbox.id, "kind": mailbox.kind, "address": mailbox.address, **changed},
                     now=now)
    session.flush()
    return mailbox


def set_path(config: dict, dotted: str, value) -> dict:
    """A copy of `config` with `dotted` (e.g. "smtp.port") set to `value`."""
    out = {k: (dict(v) if isinstance(v, dict) else v) for k, v in config.items()}
    *parents, leaf = dotted.split(".")
    node = out
    for part in parents:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise ValueError(f"{dotted}: {part} is not a section")
    node[leaf] = value
    return out
