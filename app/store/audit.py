"""The append-only audit log: one hash chain per council.

Each row's hash is sha256 over the canonical JSON of (council_id, seq, at,
actor, event, message_id, data, prev_hash), so changing a row breaks its hash,
deleting one breaks the sequence or the next row's prev_hash, and cutting the
tail disagrees with AuditHead. Appends lock the council's AuditHead row
(SELECT ... FOR UPDATE on PostgreSQL; on SQLite the write lock taken at BEGIN
IMMEDIATE serialises them). Functions flush, never commit.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.database import utc
from app.store.tables import AuditEvent, AuditHead

GENESIS = "0" * 64
EVENTS = frozenset({
    "message.checked", "message.held", "message.allowed", "message.annotated", "message.recorded",
    "message.released", "message.returned", "message.delivered", "intent.failed", "apikey.created",
    "council.created", "mailbox.added", "message.submitted_for_review", "message.sent_anyway",
    "message.disclosure_queued", "directory.synced",  # Graph work (issue 5)
    "addin.setup_problem", "addin.settings_changed",  # the Outlook add-in (issue 13)
})


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    checked: int  # rows whose hash was checked
    first_bad_seq: int | None = None
    reason: str | None = None
    council_id: int | None = None  # the council whose chain is broken


def append(
    session: Session, council_id: int, event: str, actor: str, *,
    message_id: int | None = None, data: dict | None = None, now: datetime,
) -> AuditEvent:
    """Add the next event to the council's chain (flushes; the caller commits)."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    head = session.scalars(
        select(AuditHead).where(AuditHead.council_id == council_id).with_for_update()
    ).one_or_none()
    if head is None:
        head = AuditHead(council_id=council_id, seq=0, hash=GENESIS)
        session.add(head)
    # Round-trip through JSON so what is hashed is exactly what the column gives back.
    clean = json.loads(json.dumps(data or {}, ensure_ascii=False, default=str))
    at = utc(now)
    row = AuditEvent(council_id=council_id, seq=head.seq + 1, at=at, actor=actor, event=event,
                     message_id=message_id, data=clean, prev_hash=head.hash)
    row.hash = event_hash(council_id, row.seq, at, actor, event, message_id, clean, head.hash)
    head.seq, head.hash = row.seq, row.hash
    session.add(row)
    session.flush()
    return row


def event_hash(
    council_id: int, seq: int, at: datetime, actor: str, event: str,
    message_id: int | None, data: dict, prev_hash: str,
) -> str:
    """sha256 hex of the canonical JSON of one event's content and the previous hash."""
    canonical = json.dumps(
        {"council_id": council_id, "seq": seq, "at": _iso(at), "actor": actor, "event": event,
         "message_id": message_id, "data": data, "prev_hash": prev_hash},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _iso(moment: datetime) -> str:
    # Microseconds always shown: both backends keep them, and isoformat() drops zeros.
    return utc(moment).isoformat(timespec="microseconds")


def verify(session: Session, council_id: int | None = None) -> VerifyReport:
    """Re-hash every chain (or one council's); the first break found is reported."""
    heads = {c: (seq, h) for c, seq, h in session.execute(
        select(AuditHead.council_id, AuditHead.seq, AuditHead.hash))}
    chains = set(heads) | set(session.scalars(select(AuditEvent.council_id).distinct()))
    if council_id is not None:
        chains &= {council_id}
    checked = 0
    for chain in sorted(chains):
        head_seq, head_hash = heads.get(chain, (None, None))
        report = _verify_chain(session, chain, head_seq, head_hash)
        checked += report.checked
        if not report.ok:
            return VerifyReport(False, checked, report.first_bad_seq, report.reason, chain)
    return VerifyReport(True, checked)


def _verify_chain(
    session: Session, council_id: int, head_seq: int | None, head_hash: str | None
) -> VerifyReport:
    columns = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.event,
               AuditEvent.message_id, AuditEvent.data, AuditEvent.prev_hash, AuditEvent.hash)
    rows = session.execute(
        select(*columns).where(AuditEvent.council_id == council_id).order_by(AuditEvent.seq)
        .execution_options(yield_per=1000)
    )
    expected_seq, prev, checked = 1, GENESIS, 0
    for seq, at, actor, event, message_id, data, prev_hash, stored in rows:
        if seq != expected_seq:
            return VerifyReport(False, checked, expected_seq, f"event {expected_seq} is missing")
        if prev_hash != prev:
            return VerifyReport(False, checked, seq, f"event {seq} does not follow event {seq - 1}")
        if event_hash(council_id, seq, at, actor, event, message_id, data, prev_hash) != stored:
            return VerifyReport(False, checked, seq, f"event {seq} was changed after it was written")
        checked += 1
        expected_seq, prev = seq + 1, stored
    if head_seq is None:
        return VerifyReport(False, checked, expected_seq, "the chain's head record is missing")
    if (expected_seq - 1, prev) != (head_seq, head_hash):
        return VerifyReport(False, checked, expected_seq,
                            f"the chain ends at event {expected_seq - 1} but {head_seq} were written")
    return VerifyReport(True, checked)
