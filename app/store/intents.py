"""Intents: what a connector must do to the mail, committed before it is done (flush-only).

Claiming is a lease: the claim sets claimed_by, counts the attempt and moves
not_before forward, so an intent claimed in a transaction that committed is
not handed out again until the lease runs out (a worker that died mid-way is
retried then). PostgreSQL claims with FOR UPDATE SKIP LOCKED, so concurrent
workers never get the same row; SQLite runs a plain select inside the write
transaction (BEGIN IMMEDIATE, see app.store.database), which already serialises them.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session, aliased

from app.errors import Conflict
from app.store import audit
from app.store.database import utc
from app.store.tables import Intent, Mailbox, MessageRecord

MAX_ATTEMPTS = 5  # for failures that waiting will not cure
LEASE = timedelta(minutes=5)
RETRY_HORIZON = timedelta(days=3)  # default; settings.delivery.retry_horizon_days
FIRST_RETRY = timedelta(seconds=30)
MAX_RETRY_GAP = timedelta(hours=1)
KINDS = ("hold", "deliver", "return", "notify")


def intent_key(record: MessageRecord, kind: str, suffix: str | None = None) -> str:
    """`{mailbox_id}:{internet_message_id}:{kind}[:suffix]` — the connector's idempotency key."""
    key = f"{record.mailbox_id}:{record.internet_message_id}:{kind}"
    return f"{key}:{suffix}" if suffix else key


def add_intent(
    session: Session, record: MessageRecord, kind: str, payload: dict, *, now: datetime,
    suffix: str | None = None,
) -> Intent:
    """A pending intent for this message; Conflict if one with the same key exists already."""
    if kind not in KINDS:
        raise ValueError(f"unknown intent kind {kind!r}")
    key = intent_key(record, kind, suffix)
    if session.scalars(select(Intent.id).where(Intent.key == key)).first() is not None:
        raise Conflict(f"intent {key!r} already exists")
    now = utc(now)
    intent = Intent(message_id=record.id, mailbox_id=record.mailbox_id, kind=kind, key=key,
                    payload=payload, status="pending", attempts=0, not_before=now, created_at=now)
    session.add(intent)
    session.flush()
    return intent


def claim_intents(
    session: Session, *, worker_id: str, limit: int, now: datetime, lease: timedelta = LEASE,
    mailbox_ids: list[int] | None = None,
) -> list[Intent]:
    """Up to `limit` due pending intents, leased to `worker_id` (oldest first); only of `mailbox_ids` if given.

    A deliver or return waits while an earlier hold of the same message is
    still pending, so the message has reached the held folder before it leaves it.
    """
    now = utc(now)
    earlier = aliased(Intent)
    waiting_for_hold = select(earlier.id).where(
        earlier.message_id == Intent.message_id, earlier.kind == "hold", earlier.status == "pending",
        earlier.id < Intent.id,
    ).exists()
    query = (
        select(Intent)
        .where(Intent.status == "pending", Intent.not_before <= now,
               ~and_(Intent.kind.in_(("deliver", "return")), waiting_for_hold))
        .order_by(Intent.not_before, Intent.id)
        .limit(limit)
    )
    if mailbox_ids is not None:
        query = query.where(Intent.mailbox_id.in_(mailbox_ids))
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    intents = list(session.scalars(query))
    for intent in intents:
        intent.claimed_by = worker_id
        intent.attempts += 1
        intent.not_before = now + lease
    session.flush()
    return intents


def release_claims(session: Session, worker_id: str, *, now: datetime) -> int:
    """Make this worker id's leased, unfinished intents due now (the worker restarted: they are orphans)."""
    result = session.execute(
        update(Intent)
        .where(Intent.claimed_by == worker_id, Intent.status == "pending", Intent.not_before > utc(now))
        .values(not_before=utc(now))
    )
    return result.rowcount or 0


def complete_intent(session: Session, intent: Intent, *, now: datetime) -> Intent:
    """Mark the intent done (again is harmless)."""
    if intent.status != "done":
        intent.status = "done"
        intent.done_at = utc(now)
        intent.last_error = None
        session.flush()
    return intent


def retry_delay(attempts: int) -> timedelta:
    """The wait before the next try: 30 s, 1 min, 2 min, ... doubling, never more than an hour apart."""
    return min(FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 20), MAX_RETRY_GAP)


def fail_intent(
    session: Session, intent: Intent, *, error: str, now: datetime, retry_at: datetime | None = None,
    retryable: bool = True, horizon: timedelta = RETRY_HORIZON, max_attempts: int = MAX_ATTEMPTS,
) -> Intent:
    """Record a failed attempt; try again later, or give up (status failed, intent.failed audited).

    A retryable failure (a 451, a server down) is tried again with backoff
    (`retry_at`, else retry_delay) until `horizon` after the first failure —
    days, since shared hosts rate-limit for hours. One that waiting will not
    cure (a refused recipient) is given up after `max_attempts`. The caller
    makes a give-up visible (app.review.delivery); `retry_failed` starts again.
    """
    now = utc(now)
    intent.last_error = error[:4000]
    intent.claimed_by = None
    if intent.give_up_at is None:
        intent.give_up_at = now + horizon
    give_up_at = utc(intent.give_up_at)
    keep_trying = now < give_up_at if retryable else intent.attempts < max_attempts
    if keep_trying:
        when = utc(retry_at) if retry_at is not None else now + retry_delay(intent.attempts)
        intent.not_before = min(when, give_up_at) if retryable else when  # the last try at the horizon
        session.flush()
        return intent
    intent.status = "failed"
    intent.done_at = now
    council_id = session.scalar(select(Mailbox.council_id).where(Mailbox.id == intent.mailbox_id))
    audit.append(session, council_id, "intent.failed", "mailguard", message_id=intent.message_id,
                 data={"intent_id": intent.id, "kind": intent.kind, "key": intent.key,
                       "attempts": intent.attempts, "error": intent.last_error}, now=now)
    session.flush()
    return intent


def retry_failed(session: Session, intent: Intent, *, actor: str, now: datetime) -> Intent:
    """A given-up intent is tried again from now, with a fresh horizon (audited intent.retried)."""
    if intent.status != "failed":
        raise Conflict(f"intent {intent.id} is {intent.status}, not failed")
    now = utc(now)
    intent.status, intent.attempts, intent.not_before = "pending", 0, now
    intent.claimed_by, intent.done_at, intent.give_up_at = None, None, None
    council_id = session.scalar(select(Mailbox.council_id).where(Mailbox.id == intent.mailbox_id))
    audit.append(session, council_id, "intent.retried", actor, message_id=intent.message_id,
                 data={"intent_id": intent.id, "kind": intent.kind, "last_error": intent.last_error}, now=now)
    session.flush()
    return intent


def cancel_intents(session: Session, message_id: int, *, now: datetime) -> list[Intent]:
    """The message's pending intents will not be done (its content changed: a new record replaces it)."""
    intents = list(session.scalars(select(Intent).where(Intent.message_id == message_id,
                                                        Intent.status == "pending")))
    for intent in intents:
        intent.status, intent.done_at, intent.claimed_by = "cancelled", utc(now), None
    session.flush()
    return intents


def failed_intents(session: Session, council_id: int) -> list[Intent]:
    """The council's given-up intents, oldest first (the desk, the digest and `mailguard delivery list`)."""
    query = (select(Intent).join(Mailbox, Mailbox.id == Intent.mailbox_id)
             .where(Mailbox.council_id == council_id, Intent.status == "failed"))
    return list(session.scalars(query.order_by(Intent.id)))


def pending_intents(session: Session, mailbox_id: int) -> list[Intent]:
    """The mailbox's intents not yet done or given up, oldest first."""
    query = select(Intent).where(Intent.mailbox_id == mailbox_id, Intent.status == "pending")
    return list(session.scalars(query.order_by(Intent.id)))


def pending_intent_count(session: Session, status: str = "pending") -> int:
    """How many intents are waiting (the mailguard_intents_pending gauge), or given up (status "failed")."""
    query = select(func.count()).select_from(Intent).where(Intent.status == status)
    return int(session.scalar(query) or 0)
