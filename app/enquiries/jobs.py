"""The enquiry work `mailguard serve` runs every minute (see app.background.start): for each
council whose pack sets a response duty, track newly sent mail and queue due reminders and
escalations — one transaction per council, so one council's trouble never stops another's."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.enquiries.reminders import remind
from app.enquiries.tracking import TrackReport, track
from app.store.councils import CouncilCache
from app.store.tables import Council

log = logging.getLogger("mailguard.enquiries")
TICK_SECONDS = 60


@dataclass
class TickReport:
    tracked: dict[str, TrackReport] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)


def tick(sessions: sessionmaker[Session], councils: CouncilCache, *, now: datetime,
         only: str | None = None) -> TickReport:
    report = TickReport()
    with sessions() as session:
        rows = [(c.id, c.slug) for c in session.scalars(select(Council).order_by(Council.id))
                if only is None or c.slug == only]
    for council_id, slug in rows:
        try:
            with sessions.begin() as session:
                council = session.get(Council, council_id)
                pack, directory = councils.get(council)
                duty = pack.duties.respond
                report.tracked[slug] = track(session, council_id, directory, duty, now=now)
                if duty is not None:
                    report.notices += remind(session, council, directory, duty, now=now)
        except Exception as exc:  # noqa: BLE001 - one council's trouble must not stop the others
            log.exception("enquiry tracking failed for council %s", slug)
            report.failed[slug] = f"{type(exc).__name__}: {exc}"
    return report


def start_enquiry_jobs(settings, sessions: sessionmaker[Session], connectors) -> list:
    from apscheduler.schedulers.background import BackgroundScheduler

    councils = CouncilCache(settings.policies_dir)

    def run() -> None:
        tick(sessions, councils, now=datetime.now(timezone.utc))

    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(run, "interval", seconds=TICK_SECONDS, next_run_time=datetime.now(timezone.utc),
                      max_instances=1, coalesce=True, id="enquiries")
    scheduler.start()
    return [_Stopper(scheduler)]


class _Stopper:
    def __init__(self, scheduler) -> None:
        self.scheduler = scheduler

    def shutdown(self) -> None:
        self.scheduler.shutdown(wait=True)
