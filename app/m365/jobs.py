"""The Graph periodic work `mailguard serve` runs (see app.background.start).

Every minute: act on lifecycle notifications, create missing subscriptions and
renew those with under a day left, and queue post-send disclosure follow-ups.
Delta rounds run inside the worker (GraphMailbox.fetch_outgoing): on start-up,
after a catch-up request, and every 15 minutes.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker

from app.m365.followup import queue_follow_ups
from app.m365.subscriptions import Maintenance, ensure_subscriptions, process_lifecycle
from app.store.councils import CouncilCache
from app.store.tables import Mailbox
from connectors.graph.client import GraphClient

log = logging.getLogger("mailguard.graph")
TICK_SECONDS = 60


def tick(sessions: sessionmaker[Session], client: GraphClient, councils: CouncilCache, notification_url: str,
         *, now: datetime) -> Maintenance:
    report = process_lifecycle(sessions, client, notification_url, now=now)
    ensure_subscriptions(sessions, client, notification_url, now=now, report=report)
    with sessions.begin() as session:
        queue_follow_ups(session, councils, now=now)
    return report


def start_graph_jobs(settings, sessions: sessionmaker[Session], connectors) -> list:
    """The Graph job on a background scheduler, when any Graph mailbox exists; [] otherwise."""
    with sessions() as session:
        if not session.scalar(select(exists().where(Mailbox.kind == "graph", Mailbox.enabled.is_(True)))):
            return []
    from apscheduler.schedulers.background import BackgroundScheduler

    from app.m365.runtime import runtime

    shared = runtime(settings)
    councils = CouncilCache(settings.policies_dir)

    def run() -> None:
        try:
            tick(sessions, shared.client, councils, settings.graph.notification_url,
                 now=datetime.now(timezone.utc))
        except Exception:  # noqa: BLE001 - the next tick tries again
            log.exception("graph maintenance failed")

    scheduler = BackgroundScheduler(timezone="UTC")
    scheduler.add_job(run, "interval", seconds=TICK_SECONDS, next_run_time=datetime.now(timezone.utc),
                      max_instances=1, coalesce=True, id="graph-maintenance")
    scheduler.start()
    return [_Stopper(scheduler)]


class _Stopper:
    def __init__(self, scheduler):
        self._scheduler = scheduler

    def shutdown(self) -> None:
        self._scheduler.shutdown(wait=False)
