"""Reads a council's rows for a digest period (messages, findings, audit events, held queue).

Read-only: no writes, no commits. The digest itself is computed by the pure app.digest.content.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.digest.content import (
    EVENT_OUTCOMES,
    Digest,
    EventFacts,
    FindingFacts,
    MessageFacts,
    PeriodRows,
    build_digest,
)
from app.digest.enquiries import enquiry_section
from app.digest.period import Period, schedule_from_options
from app.engine.directory import Directory, directory_from_mapping
from app.engine.packs.duties import ResponseDuty
from app.engine.packs.pack import load_pack
from app.errors import MailGuardError
from app.store import audit
from app.store.database import utc
from app.store.tables import AuditEvent, Council, MessageRecord


def council_directory(council: Council) -> Directory:
    return directory_from_mapping(yaml.safe_load(council.directory_yaml), source=f"council {council.slug}")


def digest_for(session: Session, council: Council, period: Period, *, review_base_url: str,
               now: datetime) -> Digest:
    """The digest of `council` for `period`, with the trend against the period before it."""
    zone = schedule_from_options(council.options).zone
    previous = period.previous(zone)
    digest = build_digest(
        council=council.name, period=period, previous=previous,
        current=period_rows(session, council.id, period), before=period_rows(session, council.id, previous),
        held_now=held_now(session, council.id), directory=council_directory(council),
        review_base_url=review_base_url, now=now,
    )
    section = enquiry_section(session, council.id, _response_duty(council), period,
                              review_base_url=review_base_url, now=now)
    # The Monitoring Officer's mailbox is outside the database: `audit verify --head` checks against it.
    return replace(digest, audit_head=str(audit.current_head(session, council)), enquiries=section)


def _response_duty(council: Council) -> ResponseDuty | None:
    try:
        return load_pack(council.pack).duties.respond
    except MailGuardError:  # the digest still goes; the pack's own error shows everywhere else
        return None


def period_rows(session: Session, council_id: int, period: Period) -> PeriodRows:
    start, end = utc(period.start), utc(period.end)
    records = session.scalars(
        select(MessageRecord).where(MessageRecord.council_id == council_id, MessageRecord.checked_at >= start,
                                    MessageRecord.checked_at < end)
        .options(selectinload(MessageRecord.findings)).order_by(MessageRecord.checked_at, MessageRecord.id)
    ).all()
    events = session.execute(
        select(AuditEvent.event, AuditEvent.message_id, AuditEvent.at).where(
            AuditEvent.council_id == council_id, AuditEvent.at >= start, AuditEvent.at < end,
            AuditEvent.event.in_(EVENT_OUTCOMES)).order_by(AuditEvent.seq)
    ).all()
    told = set(session.scalars(select(AuditEvent.message_id).where(  # group-parity notices sent, ever
        AuditEvent.council_id == council_id, AuditEvent.event == "message.group_notice_queued")))
    facts = {r.id: _facts(r, told) for r in records}
    wanted = {mid for _, mid, _ in events if mid is not None and mid not in facts}
    if wanted:
        for record in session.scalars(select(MessageRecord).where(MessageRecord.id.in_(wanted))
                                      .options(selectinload(MessageRecord.findings))):
            facts[record.id] = _facts(record, told)
    event_ids = {mid for _, mid, _ in events if mid is not None}
    return PeriodRows(
        messages=tuple(facts[r.id] for r in records),
        events=tuple(EventFacts(event, mid, utc(at)) for event, mid, at in events),
        event_messages={mid: facts[mid] for mid in event_ids if mid in facts},
    )


def held_now(session: Session, council_id: int) -> tuple[MessageFacts, ...]:
    """The held queue as it stands (no findings needed: only its size and its oldest)."""
    rows = session.execute(
        select(MessageRecord.id, MessageRecord.sender, MessageRecord.checked_at)
        .where(MessageRecord.council_id == council_id, MessageRecord.state == "held")
    ).all()
    return tuple(MessageFacts(id=i, sender=s, sender_name="", stage="pre-send", verdict="hold", state="held",
                              checked_at=utc(at)) for i, s, at in rows)


def _facts(record: MessageRecord, groups_told: set[int | None]) -> MessageFacts:
    return MessageFacts(
        id=record.id, sender=record.sender, sender_name=record.sender_name, stage=record.stage,
        verdict=record.verdict, state=record.state, checked_at=utc(record.checked_at),
        findings=tuple(FindingFacts(f.rule, f.action, f.clause, f.summary) for f in record.findings),
        groups_told=record.id in groups_told,
    )
