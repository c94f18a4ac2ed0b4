"""`mailguard audit rekey`: once, right after upgrading, key the chains written before the audit key.

Chains written before issue 13 were hashed with plain sha256, so they do not verify with the key.
A chain is re-hashed only if it fails with the key from its very first event AND verifies intact
as it was written; a chain that is keyed in part (which an upgrade never leaves) is refused, as
are broken ones, so this cannot launder a chain someone re-hashed without the key. Re-hashing
keeps every event's content and order; only prev_hash, hash and the head change.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import Conflict
from app.store import audit, audit_key
from app.store.tables import AuditEvent, AuditHead, Council


def rekey_unkeyed_chains(session: Session) -> dict[str, int]:
    """{council slug: events re-hashed} for each chain keyed now; flushes, the caller commits."""
    key = audit_key.key_for(session)
    done: dict[str, int] = {}
    for council in session.scalars(select(Council).order_by(Council.id)):
        keyed = audit.verify(session, council.id, key=key)
        if keyed.ok:
            continue
        if keyed.first_bad_seq != 1 or "changed after it was written" not in (keyed.reason or ""):
            raise Conflict(f"council {council.slug}: {keyed.reason}; not re-keyed")
        unkeyed = audit.verify(session, council.id, unkeyed=True)
        if not unkeyed.ok:
            raise Conflict(f"council {council.slug}, event {unkeyed.first_bad_seq}: {unkeyed.reason} "
                           "(checked as written before the key); not re-keyed")
        done[council.slug] = _rehash(session, key, council.id)
    return done


def _rehash(session: Session, key: bytes, council_id: int) -> int:
    head = session.scalars(select(AuditHead).where(AuditHead.council_id == council_id).with_for_update()).one()
    prev, count = audit.GENESIS, 0
    for row in session.scalars(select(AuditEvent).where(AuditEvent.council_id == council_id)
                               .order_by(AuditEvent.seq)):
        row.prev_hash = prev
        row.hash = prev = audit.event_hash(key, council_id, row.seq, row.at, row.actor, row.event,
                                           row.message_id, row.data, prev)
        count += 1
    head.hash = prev
    session.flush()
    return count
