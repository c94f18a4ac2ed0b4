"""Scheduled digests inside `mailguard serve`: an APScheduler 3 BackgroundScheduler ticks, and on
each tick the holder of the database lease sends every digest that is due and not yet recorded.

Several `serve` processes may share one database: the lease (a row in
scheduler_leases, taken under a row lock and renewed each tick) makes one of
them the sender, and the per-period DigestRecord makes a second send
impossible even if two ever overlapped. Nothing is kept in memory between
ticks, so a digest missed while every process was down goes out on the first
tick after a restart (within the schedule's catch-up window).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Callable, Mapping

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.digest.period import due_periods, schedule_from_options
from app.digest.send import SendResult, find_record, send_digest
from app.errors import InvalidInput
from app.settings import public_base_url
from app.store.database import utc
from app.store.tables import Council
from app.store.tables.digest import SchedulerLease
from connectors import Mailbox

log = logging.getLogger("mailguard.digest")

LEASE_NAME = "digests"
LEASE_TTL = timedelta(minutes=3)
TICK_SECONDS = 60.0


def acquire_lease(session: Session, *, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease (flushes; the caller commits). False while another holder's is live."""
    now = utc(now)
    lease = session.scalars(select(SchedulerLease).where(SchedulerLease.name == name).with_for_update()
                            .execution_options(populate_existing=True)).one_or_none()
    if lease is None:
        try:
            with session.begin_nested():
                session.add(SchedulerLease(name=name, holder=holder, expires_at=now + ttl))
                session.flush()
            return True
        except IntegrityError:  # another process created it first: theirs
            return False
    if lease.holder != holder and utc(lease.expires_at) > now:
        return False
    lease.holder, lease.expires_at = holder, now + ttl
    session.flush()
    return True


def release_lease(session: Session, *, name: str, holder: str, now: datetime) -> None:
    """Give the lease up at shutdown so another process need not wait for it to expire."""
    lease = session.get(SchedulerLease, name, with_for_update=True)
    if lease is not None and lease.holder == holder:
        lease.expires_at = utc(now)
        session.flush()


def run_due(
    sessions: sessionmaker[Session], *, connectors: Mapping[int, Mailbox], review_base_url: str,
    clock: Callable[[], datetime], holder: str, lease_ttl: timedelta = LEASE_TTL,
) -> list[SendResult]:
    """One tick: if this process holds the lease, send every due digest not yet sent."""
    with sessions.begin() as session:
        if not acquire_lease(session, name=LEASE_NAME, holder=holder, now=clock(), ttl=lease_ttl):
            return []
        councils = session.execute(select(Council.id, Council.slug, Council.options, Council.created_at)).all()
    results = []
    for council_id, slug, options, created_at in councils:
        try:
            schedule = schedule_from_options(options)
        except InvalidInput as exc:
            log.warning("council %s: digest settings: %s", slug, exc)
            continue
        for period in due_periods(schedule, clock(), not_before=utc(created_at)):
            with sessions() as session:
                record = find_record(session, council_id, period)
                if record is not None and record.status == "sent":
                    continue
            results.append(send_digest(sessions, council_id, period, connectors=connectors,
                                       review_base_url=review_base_url, clock=clock, holder=holder))
    return results


class DigestScheduler:
    """The BackgroundScheduler and its one job; `shutdown()` stops it and gives the lease up."""

    def __init__(self, sessions: sessionmaker[Session], *, connectors: Mapping[int, Mailbox],
                 review_base_url: str, holder: str, clock: Callable[[], datetime] | None = None,
                 interval_s: float = TICK_SECONDS, lease_ttl: timedelta = LEASE_TTL):
        self.sessions, self.connectors, self.holder = sessions, connectors, holder
        self.review_base_url, self.lease_ttl = review_base_url, lease_ttl
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self.ticks = 0  # ticks run so far (for health checks and tests)
        self.scheduler = BackgroundScheduler(timezone=timezone.utc)
        # First tick at once: a digest missed while the service was down goes out on start.
        self.scheduler.add_job(self.tick, IntervalTrigger(seconds=interval_s), id="digests", max_instances=1,
                               coalesce=True, next_run_time=datetime.now(timezone.utc))

    def start(self) -> DigestScheduler:
        self.scheduler.start()
        return self

    def tick(self) -> list[SendResult]:
        try:
            return run_due(self.sessions, connectors=self.connectors, review_base_url=self.review_base_url,
                           clock=self.clock, holder=self.holder, lease_ttl=self.lease_ttl)
        except Exception:  # noqa: BLE001 - one bad tick (database away) must not stop the schedule
            log.exception("digest tick failed")
            return []
        finally:
            self.ticks += 1

    def shutdown(self) -> None:
        self.scheduler.shutdown(wait=True)
        try:
            with self.sessions.begin() as session:
                release_lease(session, name=LEASE_NAME, holder=self.holder, now=self.clock())
        except Exception:  # noqa: BLE001 - shutting down anyway; the lease expires on its own
            log.exception("could not release the digest lease")


def start_digest_scheduler(settings, sessions, connectors) -> DigestScheduler:
    """The scheduler `mailguard serve` runs (see app.background)."""
    return DigestScheduler(sessions, connectors=connectors, review_base_url=public_base_url(settings),
                           holder=f"{settings.worker_id}:digests").start()
