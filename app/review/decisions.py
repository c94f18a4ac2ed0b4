"""Review use cases: each reviewer decision is ONE commit of decision + state + audit + intents.

The mail itself is touched only afterwards, by the worker acting on the
committed intents. The message row is locked first (FOR UPDATE on
PostgreSQL; the write lock on SQLite), so two reviewers deciding at once get
one decision and one Conflict, never two deliveries.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.engine.notices import released_notice, returned_notice
from app.errors import Conflict, InvalidInput
from app.store import audit
from app.store import records as store
from app.store.database import utc
from app.store.lifecycle import next_state
from app.store.tables import Decision, Intent, Mailbox, MessageRecord

RELEASE_MODES = {"as-sent": "release", "annotated": "release-annotated", "without-bcc": "release-without-bcc"}


def release(
    session: Session, council_id: int, record_id: int, *, actor: str, mode: str, reason: str,
    now: datetime,
) -> Decision:
    """Release a held message for delivery (as sent, with its annotation, or without Bcc); commits.

    Releasing overrides the hold, and every override needs a reason.
    A second release raises Conflict and creates no second deliver intent.
    """
    if mode not in RELEASE_MODES:
        raise InvalidInput(f"mode must be one of {', '.join(RELEASE_MODES)}, not {mode!r}")
    reason = _required(reason, "releasing a held message needs a reason")
    record = _held(session, council_id, record_id, "release")
    annotation = None
    if mode == "annotated":
        if not record.annotation:
            raise InvalidInput("this message has no annotation to add; release it as sent instead")
        annotation = record.annotation
    strip_bcc = mode == "without-bcc"
    decision = _decide(session, record, RELEASE_MODES[mode], actor, reason, now)
    acts = _has_connector(session, record)
    if acts:
        store.add_intent(session, record, "deliver", {"annotation": annotation, "strip_bcc": strip_bcc}, now=now)
        _notify(session, record, "released", released_notice(
            record.subject, actor=actor, reason=reason, annotation=annotation, strip_bcc=strip_bcc), now)
    audit.append(session, council_id, "message.released", actor, message_id=record.id,
                 data={"decision_id": decision.id, "mode": mode, "reason": reason,
                       "delivery": "connector" if acts else "left to the submitting client"}, now=now)
    session.commit()
    return decision


def return_to_sender(
    session: Session, council_id: int, record_id: int, *, actor: str, reason: str, now: datetime,
) -> Decision:
    """Give a held message back to its sender unsent, with the reviewer's reason; commits."""
    reason = _required(reason, "returning a message needs a reason for the sender")
    record = _held(session, council_id, record_id, "return")
    decision = _decide(session, record, "return", actor, reason, now)
    if _has_connector(session, record):
        store.add_intent(session, record, "return", {"reason": reason}, now=now)
        _notify(session, record, "returned", returned_notice(record.subject, actor=actor, reason=reason), now)
    audit.append(session, council_id, "message.returned", actor, message_id=record.id,
                 data={"decision_id": decision.id, "reason": reason}, now=now)
    session.commit()
    return decision


def mark_delivered(session: Session, intent: Intent, *, now: datetime) -> MessageRecord:
    """The connector delivered `intent`'s message: state -> delivered, raw MIME dropped, audited.

    Flush-only, unlike the reviewer use cases: the worker calls it inside its
    unit of work and commits it together with complete_intent. Idempotent: a
    message already delivered (a retry after a crash) is left as it is.
    """
    record = session.get(MessageRecord, intent.message_id)
    if record is None:
        raise Conflict(f"intent {intent.id} has no message")
    if record.state == "delivered":
        return record
    record.state = next_state(record.state, "deliver")
    record.raw_mime = None
    record.updated_at = utc(now)
    audit.append(session, record.council_id, "message.delivered", "mailguard", message_id=record.id,
                 data={"intent_id": intent.id, "annotated": bool((intent.payload or {}).get("annotation"))},
                 now=now)
    session.flush()
    return record


def _has_connector(session: Session, record: MessageRecord) -> bool:
    """False for messages submitted through the API (the add-in): no mailbox connector can act on them;
    the decision is recorded and the submitting client reads it from GET /held/{id}."""
    mailbox = session.get(Mailbox, record.mailbox_id)
    return mailbox is not None and mailbox.kind != "api"


def _held(session: Session, council_id: int, record_id: int, event: str) -> MessageRecord:
    record = store.get_message(session, council_id, record_id, lock=True)
    record.state = next_state(record.state, event)  # InvalidTransition (a Conflict) unless held
    return record


def _decide(session: Session, record: MessageRecord, kind: str, actor: str, reason: str,
            now: datetime) -> Decision:
    now = utc(now)
    record.updated_at = now
    decision = Decision(message_id=record.id, council_id=record.council_id, kind=kind, actor=actor,
                        reason=reason, created_at=now)
    session.add(decision)
    session.flush()
    return decision


def _notify(session: Session, record: MessageRecord, suffix: str, notice: tuple[str, str],
            now: datetime) -> None:
    if not record.sender:
        return
    subject, body = notice
    store.add_intent(session, record, "notify", {"to": record.sender, "subject": subject, "body": body},
                     now=now, suffix=suffix)


def _required(reason: str | None, message: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput(message)
    return reason
