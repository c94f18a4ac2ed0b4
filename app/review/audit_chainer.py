"""The audit chainer inside `mailguard serve` and `mailguard worker`: every second, chain the audit
events written unchained (PostgreSQL; app.store.audit.chain_pending), in one commit.

Several processes may run it at once: each council's head is locked while its events are chained,
so they take turns and none chains an event twice. On SQLite it is not started (events are chained
as they are written).
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from app.store.audit import chain_pending

log = logging.getLogger("mailguard.audit")
INTERVAL_S = 1.0


def chain_once(sessions: sessionmaker[Session]) -> int:
    with sessions.begin() as session:
        return chain_pending(session)


class AuditChainer:
    def __init__(self, sessions: sessionmaker[Session], *, interval_s: float = INTERVAL_S):
        self.sessions = sessions
        self.runs = 0
        self.scheduler = BackgroundScheduler(timezone=timezone.utc)
        self.scheduler.add_job(self.run_once, IntervalTrigger(seconds=interval_s), id="audit-chainer",
                               max_instances=1, coalesce=True, next_run_time=datetime.now(timezone.utc))

    def start(self) -> AuditChainer:
        self.scheduler.start()
        return self

    def run_once(self) -> int:
        try:
            return chain_once(self.sessions)
        except Exception:  # noqa: BLE001 - one failed run (database away) must not stop the schedule
            log.exception("chaining audit events failed; the next run tries again")
            return 0
        finally:
            self.runs += 1

    def shutdown(self) -> None:
        self.scheduler.shutdown(wait=True)


def start_audit_chainer(sessions: sessionmaker[Session]) -> AuditChainer | None:
    """Started where the database is PostgreSQL; None elsewhere."""
    if sessions.kw["bind"].dialect.name != "postgresql":
        return None
    return AuditChainer(sessions).start()
