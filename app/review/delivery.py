"""What happens when a delivery cannot go as checked: given up after the retry horizon, or changed since.

Flush-only, like the store: the worker calls these inside its unit of work.

- `gave_up`: the retries ran out. The message becomes `undelivered` (shown
  in the desk and the digest), the audit log says so, and the sender and the
  council's Monitoring Officer are told, with the command that tries again.
- `changed_since_check`: the message waiting to go is no longer what was
  checked (a held Graph draft edited in Outlook). Nothing is sent: the old
  record is superseded and the content as it is now is checked and held again.
- `retry`: `mailguard delivery retry` puts given-up intents back in the queue.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.engine.directory import Directory
from app.engine.evaluate import Evaluation
from app.engine.notices import undelivered_admin_notice, undelivered_notice
from app.errors import NotFound
from app.store import audit
from app.store import records as store
from app.store.database import utc
from app.store.lifecycle import can, next_state
from app.store.submissions import next_identity
from app.store.tables import Council, Intent, Mailbox, MessageRecord

MONITORING_OFFICER = "monitoring-officer"
CHANGED = "it was changed after it was checked, so a reviewer must look at it as it is now"


def gave_up(session: Session, intent: Intent, record: MessageRecord | None, directory: Directory, *,
            now: datetime) -> None:
    """A hold, delivery or return was given up: make it visible and tell the sender and the MO (flush)."""
    if intent.kind == "notify" or record is None:
        return  # a notice that could not go is in the audit log (intent.failed); no notice about a notice
    now = utc(now)
    if intent.kind == "deliver" and can(record.state, "give-up"):
        record.state = next_state(record.state, "give-up")
        record.updated_at = now
    since = f"{utc(intent.created_at):%d %B %Y %H:%M} UTC"
    error = intent.last_error or "unknown error"
    audit.append(session, record.council_id, "message.undelivered", store.SYSTEM_ACTOR, message_id=record.id,
                 data={"intent_id": intent.id, "kind": intent.kind, "attempts": intent.attempts,
                       "error": error}, now=now)
    tag = f"gave-up-{intent.id}-{int(now.timestamp())}"  # each give-up tells them once
    if record.sender:
        subject, body = undelivered_notice(record.subject, error=error, since=since)
        store.add_intent(session, record, "notify", {"to": record.sender, "subject": subject, "body": body},
                         now=now, suffix=tag)
    admins = [p.emails[0].lower() for p in directory.titled(MONITORING_OFFICER) if p.emails]
    if admins:
        council = session.get(Council, record.council_id)
        subject, body = undelivered_admin_notice(
            record.subject, sender=record.sender, record_id=record.id, error=error, since=since,
            retry_command=f"mailguard delivery retry --council {council.slug} --message {record.id}")
        store.add_intent(session, record, "notify", {"to": ", ".join(dict.fromkeys(admins)),
                                                     "subject": subject, "body": body},
                         now=now, suffix=f"{tag}-admin")


def changed_since_check(session: Session, intent: Intent, record: MessageRecord, raw_now: bytes,
                        evaluation: Evaluation, *, now: datetime) -> MessageRecord:
    """The message at record.source_ref is not what was checked: supersede, re-check, hold again (flush).

    Returns the new record (held, with the findings of the content as it is now).
    """
    now = utc(now)
    mailbox = session.get(Mailbox, record.mailbox_id)
    council = session.get(Council, record.council_id)
    record.state = next_state(record.state, "supersede")
    record.updated_at = now
    store.cancel_intents(session, record.id, now=now)  # this deliver intent among them
    successor = next_identity(session, record)
    new, _ = store.record_evaluation(session, council=council, mailbox=mailbox, evaluation=evaluation,
                                     raw=raw_now, stage="pre-send", source_ref=record.source_ref, now=now,
                                     identity=successor, hold_reason=CHANGED)
    audit.append(session, record.council_id, "message.superseded", store.SYSTEM_ACTOR, message_id=record.id,
                 data={"by": new.id, "intent_id": intent.id, "why": "changed after its check",
                       "fingerprint_checked": record.fingerprint, "fingerprint_now": new.fingerprint}, now=now)
    return new


def failed(session: Session, council_id: int) -> list[tuple[Intent, MessageRecord | None]]:
    """The council's given-up intents with their messages (for the desk, the digest and the CLI)."""
    return [(i, session.get(MessageRecord, i.message_id) if i.message_id else None)
            for i in store.failed_intents(session, council_id)]


def retry(session: Session, council_id: int, *, actor: str, now: datetime,
          message_id: int | None = None) -> list[Intent]:
    """Put the council's given-up intents (or one message's) back in the queue (flush; audited)."""
    chosen = [i for i in store.failed_intents(session, council_id)
              if message_id is None or i.message_id == message_id]
    if message_id is not None and not chosen:
        raise NotFound(f"message {message_id} has no failed delivery in this council")
    for intent in chosen:
        store.retry_failed(session, intent, actor=actor, now=now)
    return chosen


def supersede(session: Session, old: MessageRecord, new: MessageRecord, *, now: datetime) -> None:
    """`old`'s message was changed where it lies before anything was done with it; `new` replaces it (flush)."""
    old.state = next_state(old.state, "supersede")
    old.updated_at = utc(now)
    store.cancel_intents(session, old.id, now=now)
    audit.append(session, old.council_id, "message.superseded", store.SYSTEM_ACTOR, message_id=old.id,
                 data={"by": new.id, "why": "changed where it lies before it was acted on",
                       "fingerprint_checked": old.fingerprint, "fingerprint_now": new.fingerprint}, now=now)
