"""Retention: a message's body is deleted `retention_days` after its decision, once nothing needs it.

A body (raw_mime) is kept while a decision is needed (held) and while any
intent on the message is not done (a delivery, a return, a retry). After
that it is deleted once the message's last change (the decision, the
delivery) is older than `retention_days`. Findings, decisions and the audit
chain are the record and are kept; each purge is audited per council.
Idempotent and safe to run in several processes at once (each row is
cleared by whichever UPDATE gets it first; counts come from what was cleared).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.store import audit
from app.store.database import utc
from app.store.tables import Intent, MessageRecord

SYSTEM_ACTOR = "mailguard"
BATCH = 500


def purge_bodies(session: Session, *, retention_days: int, now: datetime) -> dict[int, int]:
    """Delete the bodies that retention no longer keeps; {council_id: bodies deleted}. Flushes, never commits."""
    if retention_days < 0:
        raise ValueError("retention_days cannot be negative")
    cutoff = utc(now) - timedelta(days=retention_days)
    busy = select(Intent.message_id).where(Intent.message_id.is_not(None), Intent.status != "done")
    due = session.execute(
        select(MessageRecord.id, MessageRecord.council_id).where(
            MessageRecord.raw_mime.is_not(None), MessageRecord.state != "held",
            MessageRecord.updated_at < cutoff, MessageRecord.id.not_in(busy))
        .order_by(MessageRecord.id)
    ).all()
    by_council: dict[int, list[int]] = {}
    for record_id, council_id in due:
        by_council.setdefault(council_id, []).append(record_id)
    purged: dict[int, int] = {}
    for council_id, ids in sorted(by_council.items()):
        cleared: list[int] = []
        for start in range(0, len(ids), BATCH):
            result = session.execute(
                update(MessageRecord)
                .where(MessageRecord.id.in_(ids[start:start + BATCH]), MessageRecord.raw_mime.is_not(None))
                .values(raw_mime=None).returning(MessageRecord.id)
                .execution_options(synchronize_session=False))
            cleared.extend(result.scalars())
        if cleared:
            purged[council_id] = len(cleared)
            audit.append(session, council_id, "retention.purged", SYSTEM_ACTOR, now=now,
                         data={"bodies": len(cleared), "retention_days": retention_days,
                               "decided_before": cutoff.isoformat(), "message_ids": sorted(cleared)[:1000]})
    session.flush()
    return purged
