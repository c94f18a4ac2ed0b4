"""Post-send disclosure follow-ups: "Councillor X also received this email", to the visible recipients, once.

A message audited after sending (stage post-send) can no longer be changed;
where the council's pack gives a rule a `follow_up` line (e.g. silent-bcc:
"{name} also received this email."), a short notice goes to the To/Cc
recipients from the same mailbox. The intent key
`{mailbox}:{Message-ID}:notify:disclosure` makes it happen at most once.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.packs.pack import PolicyPack
from app.errors import Conflict
from app.store import audit
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.tables import Council, Intent, Mailbox, MessageRecord

LOOKBACK = timedelta(days=2)
SUFFIX = "disclosure"


def follow_up_template(pack: PolicyPack, rule: str) -> str | None:
    """The pack's follow-up line for `rule` (RuleEntry.follow_up)."""
    entry = pack.entry(rule)
    if entry is None or entry.action == "off":
        return None
    return entry.follow_up


def disclosure(record: MessageRecord, pack: PolicyPack) -> tuple[list[str], str, str] | None:
    """(to, subject, body) of the follow-up this record calls for, or None."""
    lines = []
    for finding in record.findings:
        template = follow_up_template(pack, finding.rule)
        if template:
            lines += [template.replace("{name}", subject) for subject in finding.subjects]
    sender = (record.sender or "").lower()
    visible = [a["email"] for part in ("to", "cc") for a in (record.recipients or {}).get(part, [])
               if a.get("email") and a["email"].lower() != sender]
    if not lines or not visible:
        return None
    body = "\n".join(dict.fromkeys(lines)) + "\n\nThis note was sent by the council's email governance service."
    return list(dict.fromkeys(visible)), f"About your email: {record.subject}"[:250], body


def queue_follow_ups(session: Session, councils: CouncilCache, *, now: datetime,
                     pack_of: Callable[[Council], PolicyPack] | None = None) -> int:
    """Add the notify intents recent post-send audits call for; returns how many were added (flush only)."""
    pack_of = pack_of or (lambda council: councils.get(council)[0])
    taken = select(Intent.id).where(Intent.message_id == MessageRecord.id, Intent.kind == "notify",
                                    Intent.key.like(f"%:notify:{SUFFIX}")).exists()
    records = session.scalars(
        select(MessageRecord).join(Mailbox, Mailbox.id == MessageRecord.mailbox_id)
        .where(Mailbox.kind == "graph", MessageRecord.stage == "post-send",
               MessageRecord.checked_at >= now - LOOKBACK, MessageRecord.findings.any(), ~taken)
        .order_by(MessageRecord.id)).all()
    added = 0
    for record in records:
        wanted = disclosure(record, pack_of(session.get(Mailbox, record.mailbox_id).council))
        if wanted is None:
            continue
        to, subject, body = wanted
        try:
            store.add_intent(session, record, "notify", {"to": ", ".join(to), "subject": subject, "body": body},
                             now=now, suffix=SUFFIX)
        except Conflict:
            continue
        audit.append(session, record.council_id, "message.disclosure_queued", store.SYSTEM_ACTOR,
                     message_id=record.id, data={"to": to}, now=now)
        added += 1
    return added
