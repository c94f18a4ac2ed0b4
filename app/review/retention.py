"""The retention purge inside `mailguard serve`: every `retention_interval_s` (and once at start),
delete the message bodies retention no longer keeps (app.store.retention.purge_bodies), in one commit.

Several `serve` processes may run it at once: each body is cleared once, by whichever gets it first.
`mailguard db purge` runs the same purge by hand (or from cron, for `mailguard worker` deployments).
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Callable

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.orm import Session, sessionmaker

from app.store.retention import purge_bodies

log = logging.getLogger("mailguard.retention")


def purge_once(sessions: sessionmaker[Session], *, retention_days: int, now: datetime) -> dict[int, int]:
    """One purge in its own transaction; {council_id: bodies deleted}."""
    with sessions.begin() as session:
        purged = purge_bodies(session, retention_days=retention_days, now=now)
    if purged:
        log.info("retention: deleted %d message bodies older than %d days after their decision",
                 sum(purged.values()), retention_days)
    return purged


class RetentionPurge:
    def __init__(self, sessions: sessionmaker[Session], *, retention_days: int, interval_s: float,
                 clock: Callable[[], datetime] | None = None):
        self.sessions, self.retention_days = sessions, retention_days
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.runs = 0  # purges run so far (health checks, tests)
        self.scheduler = BackgroundScheduler(timezone=timezone.utc)
        self.scheduler.add_job(self.run_once, IntervalTrigger(seconds=interval_s), id="retention",
                               max_instances=1, coalesce=True, next_run_time=datetime.now(timezone.utc))

    def start(self) -> RetentionPurge:
        self.scheduler.start()
        return self

    def run_once(self) -> dict[int, int]:
        try:
            return purge_once(self.sessions, retention_days=self.retention_days, now=self.clock())
        except Exception:  # noqa: BLE001 - one failed run (database away) must not stop the schedule
            log.exception("retention purge failed")
            return {}
        finally:
            self.runs += 1

    def shutdown(self) -> None:
        self.scheduler.shutdown(wait=True)


def start_retention_purge(settings, sessions) -> RetentionPurge:
    """The purge `mailguard serve` runs (see app.background)."""
    return RetentionPurge(sessions, retention_days=settings.retention_days,
                          interval_s=settings.retention_interval_s).start()
