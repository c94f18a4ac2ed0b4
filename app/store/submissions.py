"""A message's identity across what mail clients do to it: seen again, edited, resubmitted, sent later.

The Message-ID alone is not enough. A returned draft that its author then
sends from Outlook has the same Message-ID in Sent; an edited message dropped
back in the outbox may keep its Message-ID; a client may file two messages
under one. So each sighting is compared with the mailbox's earlier records of
that identity, by stage, content fingerprint and where it was found:

- a **replay** (the same message offered again after a crash, a resync or a
  rescan) changes nothing;
- our **own delivery** showing up in Sent is not audited twice;
- anything else is a **new submission**: checked and recorded again, as
  `{identity}#{n}`, so every submission has its own record and intent keys.
  An in-flight record whose message changed in place is superseded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.store.tables import MessageRecord

IN_FLIGHT = frozenset({"allowed", "annotated", "held", "released"})  # a pre-send record not yet done
SENT_BY_US = frozenset({"allowed", "annotated", "released", "delivered", "undelivered"})


@dataclass(frozen=True, slots=True)
class Sighting:
    """What to do with a message just found: skip it, or record it under `identity`."""

    seen: MessageRecord | None  # the record it repeats (skip), or None (check and record it)
    identity: str  # the identity a new record gets
    supersedes: MessageRecord | None = None  # an in-flight record of the same message, now changed


def records_of(session: Session, mailbox_id: int, identity: str) -> list[MessageRecord]:
    """Every record of this identity in the mailbox (the first submission and its `#n` successors)."""
    query = select(MessageRecord).where(
        MessageRecord.mailbox_id == mailbox_id,
        or_(MessageRecord.internet_message_id == identity,
            MessageRecord.internet_message_id.startswith(f"{identity}#", autoescape=True)))
    return list(session.scalars(query.order_by(MessageRecord.id)))


def classify(records: list[MessageRecord], identity: str, *, stage: str, fingerprint: str,
             ref: str, still_there: Callable[[str], bool] | None = None) -> Sighting:
    """Replay, our own delivery, or a new submission (pure: the earlier records are given).

    `still_there(ref)` tells whether the message is still where it was found. A message filed again
    after we sent it is a new submission; but a worker that listed the outbox just before another
    one delivered it and took it away sees the same ref and content: a stale sighting. Connectors
    whose refs never repeat (IMAP UIDs; Graph ids, which change on a move) answer False.
    """
    if not records:
        return Sighting(None, identity)
    for record in records:
        same_content = record.fingerprint in (None, fingerprint)  # None: recorded before fingerprints
        if stage == "post-send":
            if record.stage == "pre-send" and record.state in SENT_BY_US:
                return Sighting(record, identity)  # the Sent copy of what we delivered
            if record.stage == "post-send" and same_content:
                return Sighting(record, identity)  # the same Sent copy again
        elif record.stage == "pre-send" and record.state in IN_FLIGHT and record.source_ref == ref:
            if same_content:
                return Sighting(record, identity)  # offered again where it was: a replay
            return Sighting(None, _next(records, identity), supersedes=record)  # edited in place
        elif (record.stage == "pre-send" and record.state in SENT_BY_US and record.source_ref == ref
              and same_content and still_there is not None and not still_there(ref)):
            return Sighting(record, identity)  # what we sent from there, seen before it went: stale
    return Sighting(None, _next(records, identity))


def base_identity(identity: str) -> str:
    """The identity without a resubmission's `#n` (a Message-ID may itself contain "#")."""
    head, sep, tail = identity.rpartition("#")
    return head if sep and tail.isdigit() else identity


def next_identity(session: Session, record: MessageRecord) -> str:
    """The identity the next submission of `record`'s message gets."""
    base = base_identity(record.internet_message_id)
    return _next(records_of(session, record.mailbox_id, base), base)


def _next(records: list[MessageRecord], identity: str) -> str:
    return f"{identity}#{len(records) + 1}"
