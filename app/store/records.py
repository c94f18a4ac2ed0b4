"""Data functions over a Session: they add and flush, and never commit (the use case does).

Councils and mailboxes, recording a checked message with its findings, audit
events and intents, and the queries the review API reads. Intent claiming and
completion live in app.store.intents and are re-exported here.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, contains_eager, selectinload

from app.engine.evaluate import Evaluation
from app.engine.fingerprint import fingerprint
from app.engine.message import DEFAULT_LIMITS
from app.engine.message.mime import read_headers, split_head
from app.engine.notices import held_notice
from app.errors import Conflict, NotFound
from app.store import audit
from app.store.councils import MailboxRef
from app.store.database import db_text, utc
from app.store.inserts import insert_message
from app.store.intents import (  # noqa: F401 - re-exported: the store's public surface
    MAX_ATTEMPTS,
    RETRY_HORIZON,
    add_intent,
    cancel_intents,
    claim_intents,
    complete_intent,
    fail_intent,
    failed_intents,
    intent_key,
    pending_intent_count,
    pending_intents,
    retry_failed,
)
from app.store.lifecycle import initial_state
from app.store.tables import AuditEvent, Council, Decision, FindingRecord, Mailbox, MessageRecord
from app.store.threads import thread_row

STAGES = ("pre-send", "post-send")
NO_RECIPIENTS = "it has no recipients, so it cannot be sent as it is"
SYSTEM_ACTOR = "mailguard"
_MAX_MESSAGE_ID = 990  # leaves room in the column for a resubmission's "#n" (app.store.submissions)


# -- councils and mailboxes -------------------------------------------------
def get_council(session: Session, slug: str) -> Council:
    """The council with this slug; NotFound if there is none."""
    council = session.scalars(select(Council).where(Council.slug == slug)).one_or_none()
    if council is None:
        raise NotFound(f"no council {slug!r}")
    return council


def create_council(
    session: Session, *, slug: str, name: str, pack: str, directory_yaml: str,
    options: dict | None = None, now: datetime,
) -> Council:
    """A new council (Conflict if the slug is taken); starts its audit chain with council.created."""
    if session.scalars(select(Council.id).where(Council.slug == slug)).first() is not None:
        raise Conflict(f"council {slug!r} already exists")
    council = Council(slug=slug, name=name, pack=pack, directory_yaml=directory_yaml,
                      options=options or {}, created_at=utc(now))
    session.add(council)
    session.flush()
    audit.append(session, council.id, "council.created", SYSTEM_ACTOR,
                 data={"slug": slug, "name": name, "pack": pack}, now=now)
    return council


def ensure_mailbox(
    session: Session, council: Council, *, kind: str, address: str, config: dict | None = None,
    now: datetime,
) -> Mailbox:
    """The council's mailbox of this kind and address, added (with mailbox.added) if new."""
    address = address.strip().lower()
    mailbox = session.scalars(select(Mailbox).where(
        Mailbox.council_id == council.id, Mailbox.kind == kind, Mailbox.address == address)).one_or_none()
    if mailbox is not None:
        return mailbox
    mailbox = Mailbox(council_id=council.id, kind=kind, address=address, config=config or {},
                      state={}, enabled=True, created_at=utc(now))
    session.add(mailbox)
    session.flush()
    audit.append(session, council.id, "mailbox.added", SYSTEM_ACTOR,
                 data={"mailbox_id": mailbox.id, "kind": kind, "address": address}, now=now)
    return mailbox


# -- message identity -------------------------------------------------------
def message_identity(message_id: str, raw: bytes) -> str:
    """The Message-ID, or `<sha256-of-raw@mailguard.invalid>` when it is missing or too long to index."""
    message_id = message_id.strip()
    if message_id and len(message_id) <= _MAX_MESSAGE_ID and "\x00" not in message_id:
        return message_id
    source = raw if not message_id else message_id.encode("utf-8", "surrogateescape")
    return f"<{hashlib.sha256(source).hexdigest()}@mailguard.invalid>"


def message_id_of(raw: bytes) -> str:
    """The Message-ID header's value, read from the header only (cheap); "" when there is none."""
    head, _ = split_head(raw, DEFAULT_LIMITS, [])
    headers = read_headers(head, DEFAULT_LIMITS, [])
    return next((value for key, value in headers if key.lower() == "message-id"), "").strip()


def identity_of(raw: bytes) -> str:
    """The identity record_evaluation will give these bytes, read from the header only (cheap)."""
    return message_identity(message_id_of(raw), raw)


def find_record(session: Session, mailbox_id: int, internet_message_id: str) -> MessageRecord | None:
    """The record of this mailbox's message with this identity, if it was checked before."""
    # Findings loaded with it: a caller reading them after its commit would otherwise begin a new
    # transaction (on SQLite, take the write lock) outside any unit of work.
    return session.scalars(select(MessageRecord).where(
        MessageRecord.mailbox_id == mailbox_id,
        MessageRecord.internet_message_id == internet_message_id)
        .options(selectinload(MessageRecord.findings))).one_or_none()


def live_hold_of_ref(session: Session, mailbox_id: int, source_ref: str) -> MessageRecord | None:
    """The held (or released, not yet sent) pre-send record of the connector's item `source_ref`.

    An add-in hold names the draft by its item id, not by the Message-ID Exchange gives the draft,
    so when the connector later meets that draft in "Held for review" this is how it knows it.
    """
    if not source_ref:
        return None
    return session.scalars(select(MessageRecord).where(
        MessageRecord.mailbox_id == mailbox_id, MessageRecord.stage == "pre-send",
        MessageRecord.source_ref == source_ref, MessageRecord.state.in_(("held", "released")))).first()


# -- recording a checked message --------------------------------------------
def record_evaluation(
    session: Session, *, council: Council, mailbox: Mailbox | MailboxRef, evaluation: Evaluation, raw: bytes,
    stage: str, source_ref: str, now: datetime, identity: str | None = None, hold_reason: str | None = None,
) -> tuple[MessageRecord, bool]:
    """Save a checked message with findings, state, audit events and intents; (record, created).

    Idempotent on (mailbox, identity): a message seen before returns its
    existing record and adds nothing, even when another process records it at
    the same moment (the unique constraint decides, in the INSERT itself). `identity` defaults to the Message-ID (a resubmission
    gets its own, app.store.submissions). `hold_reason` holds a pre-send
    message whatever its verdict (e.g. changed after its check); so does
    having no recipient at all, which no connector could send.
    """
    if stage not in STAGES:
        raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
    if mailbox.council_id != council.id:
        raise ValueError(f"mailbox {mailbox.id} belongs to another council")
    identity = identity or message_identity(evaluation.message.message_id, raw)
    if stage == "pre-send" and mailbox.kind != "api" and not evaluation.message.recipients:
        hold_reason = hold_reason or NO_RECIPIENTS
    record, findings = _new_record(council, mailbox, evaluation, raw, stage, source_ref, identity, utc(now),
                                   hold_reason)
    thread = thread_row(council.id, evaluation.message)  # for enquiry tracking (app/enquiries)
    events = _checked_events(record, evaluation, now)
    if not insert_message(session, record, findings, thread, events):  # recorded before (maybe this instant)
        existing = find_record(session, mailbox.id, identity)
        if existing is None:
            raise RuntimeError(f"message {identity!r} of mailbox {mailbox.id} is neither new nor recorded")
        return existing, False
    if stage == "pre-send" and mailbox.kind != "api":
        _first_intents(session, record, evaluation, now)
    session.flush()
    return record, True


def _new_record(council, mailbox, evaluation, raw, stage, source_ref, identity, now,
                hold_reason) -> tuple[MessageRecord, list[FindingRecord]]:
    message = evaluation.message
    sender = message.sender
    state = initial_state(evaluation.verdict, stage)
    if hold_reason and stage == "pre-send":
        state = "held"
    reasons = [r for r in (hold_reason, evaluation.error or evaluation.incomplete) if r]
    keep_raw = state == "held" or (state in ("allowed", "annotated") and mailbox.kind != "api")
    record = MessageRecord(
        council_id=council.id, mailbox_id=mailbox.id, internet_message_id=identity,
        source_ref=db_text(source_ref or ""), stage=stage,
        sender=db_text(sender.email.lower() if sender else "")[:320],
        sender_name=db_text(sender.name if sender else "")[:300],
        recipients={part: [{"name": db_text(a.name), "email": db_text(a.email)} for a in getattr(message, part)]
                    for part in ("to", "cc", "bcc")},
        subject=db_text(message.subject)[:1000], size=len(raw), sha256=hashlib.sha256(raw).hexdigest(),
        verdict=evaluation.verdict, annotation=db_text(evaluation.annotation),
        hold_reason=db_text("; ".join(dict.fromkeys(reasons))) or None, state=state,
        fingerprint=fingerprint(message, raw),
        elapsed_ms=evaluation.elapsed_ms, checked_at=now, updated_at=now,
        raw_mime=bytes(raw) if keep_raw else None,
    )
    findings = [  # not record.findings: insert_message writes both rows, then links the objects
        FindingRecord(council_id=council.id, rule=d.rule, action=d.action, clause=d.clause, quote=d.quote,
                      summary=db_text(d.summary), evidence=[db_text(e) for e in d.evidence],
                      subjects=[db_text(x) for x in d.subjects], location=db_text(d.location or ""), created_at=now)
        for d in evaluation.decisions
    ]
    return record, findings


def _checked_events(record: MessageRecord, evaluation: Evaluation, now: datetime) -> list[AuditEvent]:
    """The new record's audit events (insert_message gives them its id and writes them with it)."""
    rules = list(dict.fromkeys(d.rule for d in evaluation.decisions))
    checked = audit.new_event(record.council_id, "message.checked", SYSTEM_ACTOR, now=now,
                              data={"verdict": record.verdict, "stage": record.stage, "rules": rules,
                                    "sha256": record.sha256, "mailbox_id": record.mailbox_id})
    data = {"hold_reason": record.hold_reason} if record.hold_reason else {}
    return [checked, audit.new_event(record.council_id, f"message.{record.state}", SYSTEM_ACTOR, data=data, now=now)]


def _first_intents(session: Session, record: MessageRecord, evaluation: Evaluation, now: datetime) -> None:
    if record.state in ("allowed", "annotated"):
        annotation = record.annotation if record.state == "annotated" else None
        add_intent(session, record, "deliver", {"annotation": annotation, "strip_bcc": False}, now=now)
        return
    if record.state != "held":
        return
    add_intent(session, record, "hold", {}, now=now)
    if record.sender:
        subject, body = held_notice(
            record.subject, [_display(a) for a in record.recipients.get("to", [])], evaluation.decisions,
            hold_reason=record.hold_reason, annotation=record.annotation)
        add_intent(session, record, "notify", {"to": record.sender, "subject": subject, "body": body},
                   now=now)


def _display(address: dict) -> str:
    return address.get("name") or address.get("email") or "someone"


# -- queries for review ------------------------------------------------------
def held_queue(
    session: Session, council_id: int, *, rule: str | None = None, sender: str | None = None,
    older_than: datetime | None = None, limit: int = 100, offset: int = 0,
) -> list[MessageRecord]:
    """Held messages, oldest first, with findings loaded; `older_than` = checked before that instant."""
    query = select(MessageRecord).where(MessageRecord.council_id == council_id, MessageRecord.state == "held")
    if rule:
        query = query.where(exists().where(FindingRecord.message_id == MessageRecord.id,
                                           FindingRecord.rule == rule))
    if sender:
        query = query.where(MessageRecord.sender == sender.strip().lower())
    if older_than is not None:
        query = query.where(MessageRecord.checked_at < utc(older_than))
    query = query.order_by(MessageRecord.checked_at, MessageRecord.id).limit(limit).offset(offset)
    return list(session.scalars(query.options(selectinload(MessageRecord.findings))))


def get_message(session: Session, council_id: int, record_id: int, *, lock: bool = False) -> MessageRecord:
    """One of the council's message records (NotFound otherwise); `lock` takes its row lock."""
    query = select(MessageRecord).where(MessageRecord.id == record_id, MessageRecord.council_id == council_id)
    if lock:  # and refresh: a row already in the session would otherwise keep its stale state
        query = query.with_for_update().execution_options(populate_existing=True)
    record = session.scalars(query.options(selectinload(MessageRecord.findings))).one_or_none()
    if record is None:
        raise NotFound(f"no message {record_id} in this council")
    return record


def list_decisions(session: Session, record_id: int) -> list[Decision]:
    """Reviewers' decisions on one message, oldest first."""
    query = select(Decision).where(Decision.message_id == record_id).order_by(Decision.created_at, Decision.id)
    return list(session.scalars(query))


def list_findings(
    session: Session, council_id: int, *, rule: str | None = None, action: str | None = None,
    since: datetime | None = None, until: datetime | None = None, sender: str | None = None,
    limit: int = 100, offset: int = 0,
) -> list[FindingRecord]:
    """Findings, newest first, each with its message loaded; since <= checked < until."""
    query = (select(FindingRecord).join(FindingRecord.message)
             .where(FindingRecord.council_id == council_id).options(contains_eager(FindingRecord.message)))
    if rule:
        query = query.where(FindingRecord.rule == rule)
    if action:
        query = query.where(FindingRecord.action == action)
    if since is not None:
        query = query.where(FindingRecord.created_at >= utc(since))
    if until is not None:
        query = query.where(FindingRecord.created_at < utc(until))
    if sender:
        query = query.where(MessageRecord.sender == sender.strip().lower())
    query = query.order_by(FindingRecord.created_at.desc(), FindingRecord.id.desc())
    query = query.limit(limit).offset(offset)
    return list(session.scalars(query))


def queue_depth(session: Session, council_id: int | None = None) -> int:
    """How many messages are held (for one council, or all)."""
    query = select(func.count()).select_from(MessageRecord).where(MessageRecord.state == "held")
    if council_id is not None:
        query = query.where(MessageRecord.council_id == council_id)
    return int(session.scalar(query) or 0)
