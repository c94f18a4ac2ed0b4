"""Reminders before the limit and escalations after it, each sent once (flush-only).

Each notice is an Intent with a key fixed by the enquiry (`enquiry:<id>:remind:<to>`), committed
with the enquiry's `reminded_at`/`escalated_at` in the same transaction, so a crash, a second
process or the next tick never sends it twice; the worker sends it through the council's notice
mailbox. Whom to escalate to is read from the directory by the titles the pack names (the
addressee's own director first), and every step is on the audit chain.
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.engine.directory import Directory
from app.engine.packs.duties import ResponseDuty
from app.enquiries.deadlines import LONDON, deadline_for
from app.enquiries.notices import escalation_notice, reminder_notice
from app.store import audit
from app.store.database import utc
from app.store.records import SYSTEM_ACTOR
from app.store.tables import Council, Intent, Mailbox
from app.store.tables.enquiries import Enquiry

log = logging.getLogger("mailguard.enquiries")
DUE_STATES = ("open", "acknowledged")


def remind(session: Session, council: Council, directory: Directory, duty: ResponseDuty, *,
           now: datetime) -> list[str]:
    """Queue the reminders and escalations that are due; the keys of the notices queued."""
    pending = session.scalars(select(Enquiry).where(
        Enquiry.council_id == council.id, Enquiry.state.in_(DUE_STATES),
        or_(Enquiry.reminded_at.is_(None), Enquiry.escalated_at.is_(None))).order_by(Enquiry.id)).all()
    if not pending:
        return []
    mailbox = notice_mailbox(session, council)
    queued: list[str] = []
    for enquiry in pending:
        escalate_at = deadline_for(utc(enquiry.asked_at), duty).escalate_at
        if enquiry.escalated_at is None and now >= escalate_at:
            queued += _escalate(session, council, directory, duty, enquiry, mailbox, now)
        elif enquiry.reminded_at is None and utc(enquiry.remind_at) <= now <= utc(enquiry.due_at):
            queued += _remind(session, council, directory, duty, enquiry, mailbox, now)
    session.flush()
    return queued


def notice_mailbox(session: Session, council: Council) -> Mailbox | None:
    """options["enquiries"]["mailbox"], else the digest's mailbox, else the first enabled one."""
    options = council.options or {}
    wanted = ((options.get("enquiries") or {}).get("mailbox") or (options.get("digest") or {}).get("mailbox") or "")
    rows = session.scalars(select(Mailbox).where(Mailbox.council_id == council.id, Mailbox.enabled.is_(True),
                                                 Mailbox.kind != "api").order_by(Mailbox.id)).all()
    chosen = [r for r in rows if r.address == wanted.strip().lower()] if wanted else rows
    return chosen[0] if chosen else None


def escalation_targets(directory: Directory, duty: ResponseDuty, enquiry: Enquiry) -> list[str]:
    """The first title (in the pack's order) held in the addressee's service, else held by anyone."""
    for same_service in (True, False):
        for title in duty.escalate_to:
            people = [p for p in directory.titled(title)
                      if p.emails and (not same_service or (enquiry.service and p.service == enquiry.service))]
            if people:
                return list(dict.fromkeys(p.emails[0].lower() for p in people))
    return []


def _remind(session, council, directory, duty, enquiry: Enquiry, mailbox, now) -> list[str]:
    enquiry.reminded_at = utc(now)
    enquiry.updated_at = utc(now)
    owners = list(dict.fromkeys(enquiry.addressees))
    keys = [_queue(session, mailbox, enquiry, f"enquiry:{enquiry.id}:remind:{to}", to,
                   reminder_notice(enquiry, duty, directory, zone=LONDON), now) for to in owners]
    audit.append(session, council.id, "enquiry.reminded", SYSTEM_ACTOR, message_id=enquiry.message_id,
                 data={"enquiry_id": enquiry.id, "to": owners, "due_at": utc(enquiry.due_at).isoformat()}, now=now)
    return [k for k in keys if k]


def _escalate(session, council, directory, duty, enquiry: Enquiry, mailbox, now) -> list[str]:
    targets = escalation_targets(directory, duty, enquiry)
    enquiry.escalated_at, enquiry.escalated_to = utc(now), targets
    enquiry.updated_at = utc(now)
    if not targets:
        log.warning("enquiry %s overdue: the directory titles nobody %s", enquiry.id, "/".join(duty.escalate_to))
    keys = [_queue(session, mailbox, enquiry, f"enquiry:{enquiry.id}:escalate:{to}", to,
                   escalation_notice(enquiry, duty, directory, zone=LONDON), now) for to in targets]
    audit.append(session, council.id, "enquiry.escalated", SYSTEM_ACTOR, message_id=enquiry.message_id,
                 data={"enquiry_id": enquiry.id, "to": targets, "due_at": utc(enquiry.due_at).isoformat()}, now=now)
    return [k for k in keys if k]


def _queue(session: Session, mailbox: Mailbox | None, enquiry: Enquiry, key: str, to: str,
           notice: tuple[str, str], now: datetime) -> str | None:
    if mailbox is None:
        log.warning("enquiry %s: no enabled mailbox to send %s from", enquiry.id, key)
        return None
    if session.scalars(select(Intent.id).where(Intent.key == key)).first() is not None:
        return None  # queued before: the unique key is the guarantee, this only avoids the error
    subject, body = notice
    session.add(Intent(message_id=None, mailbox_id=mailbox.id, kind="notify", key=key,
                       payload={"to": to, "subject": subject, "body": body}, status="pending", attempts=0,
                       not_before=utc(now), created_at=utc(now)))
    return key
