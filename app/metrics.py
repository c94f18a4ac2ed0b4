"""Prometheus metrics, one registry per app (never the process-global one).

Counters and the latency histogram are updated where messages are checked;
the two gauges are read from the database at scrape time, so every process
sharing the database reports the same queue depth.
"""

from __future__ import annotations

import logging
from typing import Callable

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from sqlalchemy.orm import Session, sessionmaker

from app.engine.evaluate import VERDICTS
from app.store import records as store

log = logging.getLogger("mailguard.metrics")

# Checks take ~1-50 ms; the tail up to the engine's time budget matters too.
CHECK_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class ServiceMetrics:
    def __init__(self, sessions: Callable[[], sessionmaker[Session] | None]):
        self.registry = CollectorRegistry(auto_describe=True)
        self.checked = Counter(
            "mailguard_messages_checked",
            "Messages checked and recorded, by verdict.",
            ["verdict"],
            registry=self.registry,
        )
        for verdict in VERDICTS:
            self.checked.labels(verdict=verdict)  # every verdict appears, at 0 until it happens
        self.check_seconds = Histogram(
            "mailguard_check_seconds",
            "Time the engine took to check one message.",
            buckets=CHECK_BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_DatabaseGauges(sessions))

    def observe(self, verdict: str, elapsed_ms: float, *, recorded: bool) -> None:
        """One check: latency always; the counter only for a message recorded for the first time."""
        self.check_seconds.observe(elapsed_ms / 1000)
        if recorded:
            self.checked.labels(verdict=verdict).inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


class _DatabaseGauges(Collector):
    def __init__(self, sessions: Callable[[], sessionmaker[Session] | None]):
        self._sessions = sessions

    def describe(self):
        return []  # values come from the database; nothing to describe without querying it

    def collect(self):
        maker = self._sessions()
        if maker is None:
            return
        try:
            with maker() as session:
                held, pending = store.queue_depth(session), store.pending_intent_count(session)
                failed = store.pending_intent_count(session, "failed")
        except Exception:  # noqa: BLE001 - a scrape must not fail because the database is down
            log.warning("metrics: database unavailable for gauges", exc_info=True)
            return
        yield GaugeMetricFamily(
            "mailguard_held_queue_depth", "Messages held for review.", value=held
        )
        yield GaugeMetricFamily(
            "mailguard_intents_pending", "Intents waiting for a connector.", value=pending
        )
        yield GaugeMetricFamily(  # given up after the retry horizon: `mailguard delivery retry`
            "mailguard_intents_failed", "Intents given up after every retry, waiting for a person.", value=failed
        )
