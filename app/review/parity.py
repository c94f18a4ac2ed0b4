"""The group-parity notice: tell the other political groups' leaders, once, that advice was given to one.

Leigh-on-Sea §4.4: "If a report is prepared for one political group, the Clerk
should advise all other political groups that the report has been prepared, or
that advice was given." A reviewer asks for it with one click on a message with
a group-parity finding (held, annotated or only flagged). One commit queues one
`notify` intent per other group — to its shared address, else its leader — and
audits `message.group_notice_queued`; the worker sends each through the mailbox
connector like every other notice, and audits `message.group_notice_sent` when
it is done.

Exactly once: the message row is locked while the notices are queued, a second
request finds them and is a Conflict, and each intent's key
`{mailbox}:{Message-ID}:notify:group-notice:{group}` is unique in the database
and is the connector's idempotency key, so a retry after a crash between
sending and recording does not send again. The words come from the pack's
`notice`; they say that advice was given, never what it was (Annex 2.4 §4.2).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.directory import Directory
from app.engine.packs.group_notice import render_notice
from app.engine.packs.pack import PolicyPack
from app.engine.party_groups import group_entry, group_key, group_names
from app.errors import Conflict, InvalidInput
from app.store import audit
from app.store import records as store
from app.store.database import utc
from app.store.intents import intent_key
from app.store.tables import Council, Intent, Mailbox, MessageRecord

RULE = "group-parity"
SUFFIX = "group-notice"
CLERK_TITLES = ("clerk", "proper-officer")


@dataclass(frozen=True)
class NoticePlan:
    """What one click would send: to whom, and the words."""

    group: str  # the group the advice went to
    recipients: tuple[tuple[str, str], ...]  # (other group, address)
    unreachable: tuple[str, ...] = ()  # other groups with no leader or shared address listed
    subject: str = ""
    body: str = ""
    sent: tuple[Intent, ...] = field(default=())  # the notices already queued or sent


def plan(session: Session, record: MessageRecord, pack: PolicyPack, directory: Directory) -> NoticePlan | None:
    """The notice this record calls for, or None when it has no group-parity finding."""
    finding = next((f for f in record.findings if f.rule == RULE and f.subjects), None)
    if finding is None:
        return None
    group = finding.subjects[0]
    recipients, unreachable = [], []
    for other in group_names(directory):
        if group_key(other) == group_key(group):
            continue
        entry = group_entry(directory, other)
        if entry is not None and entry.notice_to:
            recipients.append((other, entry.notice_to))
        else:
            unreachable.append(other)
    entry = pack.entry(RULE)
    subject, body = render_notice(
        entry.notice if entry is not None else None, group=group,
        date=f"{utc(record.checked_at):%d %B %Y}".lstrip("0"), subject=record.subject or "",
        council=directory.council, officer=record.sender_name or record.sender or "an officer")
    return NoticePlan(group=group, recipients=tuple(recipients), unreachable=tuple(unreachable),
                      subject=subject, body=body, sent=tuple(notices_of(session, record)))


def notices_of(session: Session, record: MessageRecord) -> list[Intent]:
    """The group notices queued for this message (any status), oldest first."""
    prefix = intent_key(record, "notify", SUFFIX) + ":"
    return list(session.scalars(select(Intent).where(Intent.message_id == record.id, Intent.kind == "notify",
                                                     Intent.key.startswith(prefix, autoescape=True))
                                .order_by(Intent.id)))


def notify_other_groups(session: Session, council_id: int, record_id: int, *, actor: str, pack: PolicyPack,
                        directory: Directory, now: datetime) -> list[Intent]:
    """Queue the notice to each other group's leader, once; commits. Conflict if it was queued before."""
    record = store.get_message(session, council_id, record_id, lock=True)  # two reviewers: one waits
    wanted = plan(session, record, pack, directory)
    if wanted is None:
        raise InvalidInput("this message has no group-parity finding")
    if wanted.sent:
        raise Conflict("the other groups' leaders have already been sent the notice")
    if not wanted.recipients:
        raise InvalidInput("no other group has a leader or shared address in the directory (add them under groups:)")
    mailbox = sending_mailbox(session, record, directory)
    if mailbox is None:
        raise InvalidInput("the council has no mailbox MailGuard can send from")
    now = utc(now)
    intents = []
    for other, to in wanted.recipients:
        intent = Intent(message_id=record.id, mailbox_id=mailbox.id, kind="notify",
                        key=intent_key(record, "notify", f"{SUFFIX}:{_slug(other)}"),
                        payload={"to": to, "subject": wanted.subject, "body": wanted.body, "group": other},
                        status="pending", attempts=0, not_before=now, created_at=now)
        session.add(intent)
        intents.append(intent)
    session.flush()
    audit.append(session, council_id, "message.group_notice_queued", actor, message_id=record.id,
                 data={"group": wanted.group, "to": [{"group": g, "address": a} for g, a in wanted.recipients],
                       "unreachable": list(wanted.unreachable), "subject": wanted.subject,
                       "mailbox": mailbox.address}, now=now)
    session.commit()
    return intents


def sending_mailbox(session: Session, record: MessageRecord, directory: Directory) -> Mailbox | None:
    """The clerk's mailbox (the protocol's "the Clerk should advise"), else the message's own, else any.

    Only mailboxes a connector can send from: enabled, and not an API (add-in) mailbox.
    """
    council = session.get(Council, record.council_id)
    rows = session.scalars(select(Mailbox).where(Mailbox.council_id == council.id, Mailbox.enabled.is_(True),
                                                 Mailbox.kind != "api").order_by(Mailbox.id)).all()
    clerks = {e.lower() for title in CLERK_TITLES for p in directory.titled(title) for e in p.emails}
    return next((r for r in rows if r.address.lower() in clerks),
                next((r for r in rows if r.id == record.mailbox_id), rows[0] if rows else None))


def record_sent(session: Session, intent: Intent, *, now: datetime) -> None:
    """The worker sent one group notice: audit it (flush; called once, as the intent completes)."""
    if intent.kind != "notify" or f":notify:{SUFFIX}:" not in intent.key or intent.message_id is None:
        return
    record = session.get(MessageRecord, intent.message_id)
    if record is None:
        return
    payload = intent.payload or {}
    audit.append(session, record.council_id, "message.group_notice_sent", store.SYSTEM_ACTOR,
                 message_id=record.id, data={"intent_id": intent.id, "group": payload.get("group"),
                                             "to": payload.get("to")}, now=now)


def _slug(group: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", group_key(group)).strip("-")[:60] or "group"
