"""The background worker: connectors -> engine -> store (commit) -> connectors act.

No database transaction is open while the engine runs or a mail system is
called (on SQLite a transaction holds the database's one write lock, so every
other request would wait for the mail server):
1. intake: the connector fetches in its mailbox's lane (app.review.lanes);
   each message is checked with no transaction open, then recorded with its
   intents in one short commit (idempotent on mailbox + Message-ID, so a
   message seen again after a crash, or by a second worker, is not recorded twice);
2. perform: one short transaction claims an intent (a lease; SKIP LOCKED on
   PostgreSQL), the connector acts in the mailbox's lane outside any
   transaction, and another short transaction records the outcome. A crash in
   between leaves the intent leased: it is retried when the lease runs out, or
   at once when a worker with the same id starts again; the connector's actions
   are idempotent by key, so doing it again changes nothing. Failures are retried
   with backoff up to the retry horizon, then shown (app.review.delivery.gave_up).

A message seen again after a crash, or by a second worker, is not recorded twice;
an edited or resubmitted one is (app.store.submissions). Before a connector that
sends the message where it lies (Graph) delivers it, its content now is compared
with what was checked, in the lane; a changed one is held again, not sent.

A mailbox whose server hangs or refuses delays only itself: the worker waits
for a lane at most `lane_wait_s`, and collects a call still running on a later pass.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from concurrent.futures import FIRST_COMPLETED, wait
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.offload import evaluate_offloaded
from app.engine.fingerprint import fingerprint
from app.metrics import ServiceMetrics
from app.review import delivery, parity
from app.review.annotate import AnnotationError
from app.review.decisions import mark_delivered
from app.review.lanes import MailboxLanes
from app.review.sending import Job, Outcome, adopted_identity, changed_since_check, to_send
from app.store import intents as intent_store
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.submissions import classify, records_of
from app.store.tables import Intent, MessageRecord
from app.store.tables import Mailbox as MailboxRow
from connectors import ConnectorError, Mailbox, OutgoingMessage

log = logging.getLogger("mailguard.worker")

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Worker:
    sessions: sessionmaker[Session]
    connectors: Mapping[int, Mailbox]  # mailbox row id -> connector
    councils: CouncilCache
    worker_id: str
    clock: Clock = utcnow
    batch: int = 20
    stop_event: threading.Event = field(default_factory=threading.Event)
    # Crash-test hook (MAILGUARD_FAULT): "before:<kind>" or "after:<kind>" SIGKILLs this process
    # just before a connector acts on an intent, or just after it acted but before that is recorded;
    # "stall:<kind>:<seconds>" makes that connector call hang (bench/api_bench.py's webhook scenario).
    fault: str | None = None
    metrics: ServiceMetrics | None = None  # the app's /metrics, when the worker runs inside `serve`
    lane_wait_s: float = 0.5  # how long a pass waits for one mailbox's connector call
    lanes: MailboxLanes = field(default_factory=MailboxLanes)
    retry_horizon: timedelta = store.RETRY_HORIZON  # retryable failures are tried again this long
    refresh: Callable[[], None] | None = None  # picks up added/changed/disabled mailboxes (`serve`)
    _claims_released: bool = False

    def run_once(self) -> int:
        """One pass: intake every mailbox, then perform pending intents. Returns work done."""
        if self.refresh is not None:
            self.refresh()
        if not self._claims_released:  # this worker id restarting: its old leases are orphans
            with self.sessions.begin() as session:
                intent_store.release_claims(session, self.worker_id, now=self.clock())
            self._claims_released = True
        return self.intake_all() + self.perform()

    def in_progress(self) -> bool:
        """A connector call is still running in some mailbox's lane."""
        return bool(self.lanes.in_progress())

    def wait_for_lanes(self, timeout: float) -> None:
        """Until one running connector call ends (or `timeout`): its result is taken on the next pass."""
        running = self.lanes.in_progress()
        if running:
            wait(running, timeout=timeout, return_when=FIRST_COMPLETED)

    def run_forever(self, interval: float) -> None:
        try:
            while not self.stop_event.is_set():
                try:
                    busy = self.run_once()
                except Exception:  # noqa: BLE001 - the loop must survive one bad pass
                    log.exception("worker pass failed")
                    busy = 0
                if not busy:
                    self.stop_event.wait(interval)
        finally:
            self.lanes.shutdown()

    # -- intake -----------------------------------------------------------
    def intake_all(self) -> int:
        started = [self.lanes.start(mailbox_id, "fetch", lambda c=connector: list(c.fetch_outgoing()))
                   for mailbox_id, connector in self.connectors.items() if not self.lanes.busy(mailbox_id)]
        wait(started, timeout=self.lane_wait_s)
        return self._collect()

    def intake(self, mailbox_id: int, connector: Mailbox) -> int:
        """One mailbox's new messages, fetched and recorded in this thread."""
        return self._take(mailbox_id, connector, list(connector.fetch_outgoing()))

    def _take(self, mailbox_id: int, connector: Mailbox, found: list[OutgoingMessage]) -> int:
        count = 0
        for outgoing in found:
            if self.stop_event.is_set():
                break
            if self._record(mailbox_id, outgoing, connector):
                count += 1
            connector.acknowledge(outgoing.ref)
        return count

    def _record(self, mailbox_id: int, outgoing: OutgoingMessage, connector: Mailbox) -> bool:
        with self.sessions.begin() as session:  # a short read: which council?
            pack, directory = self.councils.get(session.get(MailboxRow, mailbox_id).council)
        # No transaction open while it runs; a big message is read in another process (app.offload).
        evaluation = evaluate_offloaded(outgoing.raw, pack, directory, at=self.clock())
        identity = store.message_identity(evaluation.message.message_id, outgoing.raw)
        printed = fingerprint(evaluation.message, outgoing.raw)
        try:
            with self.sessions.begin() as session:
                mailbox = session.get(MailboxRow, mailbox_id)
                if outgoing.stage == "pre-send" and store.live_hold_of_ref(session, mailbox_id, outgoing.ref):
                    return False  # a draft already held under its item id (the add-in's): one record per draft
                earlier = records_of(session, mailbox_id, identity)
                if outgoing.stage == "pre-send" and _being_returned(session, earlier, outgoing.ref):
                    return False  # returned by a reviewer, not yet moved back by the connector: not resubmitted
                sighting = classify(earlier, identity, stage=outgoing.stage, fingerprint=printed, ref=outgoing.ref,
                                    still_there=getattr(connector, "still_there", _refs_never_repeat))
                if sighting.seen is not None:
                    return False  # a replay, a stale sighting, or the Sent copy of what we delivered
                record, created = store.record_evaluation(
                    session, council=mailbox.council, mailbox=mailbox, evaluation=evaluation, raw=outgoing.raw,
                    stage=outgoing.stage, source_ref=outgoing.ref, now=self.clock(), identity=sighting.identity,
                )
                if created and sighting.supersedes is not None:
                    delivery.supersede(session, sighting.supersedes, record, now=self.clock())
                verdict = record.verdict
        except IntegrityError:  # another worker recorded it first
            return False
        if self.metrics is not None:
            self.metrics.observe(verdict, evaluation.elapsed_ms, recorded=created)
        return created

    # -- perform ----------------------------------------------------------
    def perform(self) -> int:
        done = self._collect()
        while not self.stop_event.is_set():
            free = [m for m in self.connectors if not self.lanes.busy(m)]
            job = self._claim(free) if free else None
            if job is None:
                break
            connector = self.connectors[job.mailbox_id]
            future = self.lanes.start(job.mailbox_id, "act", lambda: (job, self._act(connector, job)))
            wait([future], timeout=self.lane_wait_s)
            done += self._collect()
        return done

    def _claim(self, mailbox_ids: list[int]) -> Job | None:
        with self.sessions.begin() as session:
            intents = intent_store.claim_intents(session, worker_id=self.worker_id, limit=1, now=self.clock(),
                                                 mailbox_ids=mailbox_ids)
            if not intents:
                return None
            intent = intents[0]
            record = session.get(MessageRecord, intent.message_id) if intent.message_id else None
            rules = None
            if intent.kind == "deliver" and record is not None and record.fingerprint:
                pack, directory = self.councils.get(session.get(MailboxRow, intent.mailbox_id).council)
                rules = (pack, directory.at(self.clock()))  # a re-check's moment when the message has no Date
            return Job(intent_id=intent.id, kind=intent.kind, key=intent.key, payload=dict(intent.payload or {}),
                       mailbox_id=intent.mailbox_id, message_id=intent.message_id,
                       source_ref=record.source_ref if record else None, raw=record.raw_mime if record else None,
                       internet_message_id=record.internet_message_id if record else "",
                       fingerprint=record.fingerprint if record else None, rules=rules)

    def _collect(self) -> int:
        """Record what finished in the lanes: fetched messages, and the outcome of each act."""
        done = 0
        for mailbox_id, what, future in self.lanes.finished():
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - one mailbox's failure is logged, not fatal
                log.warning("mailbox %s: %s failed: %s", mailbox_id, what, exc or type(exc).__name__)
                continue
            if what == "fetch":
                connector = self.connectors.get(mailbox_id)
                done += self._take(mailbox_id, connector, result) if connector is not None else 0
            else:
                self._finish(*result)
                done += 1
        return done

    def _act(self, connector: Mailbox, job: Job) -> Outcome:
        """The connector call, in the mailbox's lane, outside any transaction."""
        self._maybe_crash("before", job.kind)
        try:
            if job.kind == "deliver" and (changed := changed_since_check(connector, job)) is not None:
                return Outcome(changed=changed)  # nothing was sent; the changed message is held again
            source_ref = self._dispatch(connector, job)
            identity = adopted_identity(connector, job, source_ref)
        except (ConnectorError, AnnotationError) as exc:
            return Outcome(error=exc)
        except Exception as exc:  # noqa: BLE001 - an unexpected failure is retried, not lost
            log.exception("intent %s (%s): unexpected failure", job.intent_id, job.kind)
            return Outcome(error=ConnectorError(f"{type(exc).__name__}: {exc}", retryable=True))
        self._maybe_crash("after", job.kind)
        return Outcome(source_ref=source_ref, identity=identity)

    def _finish(self, job: Job, outcome: Outcome) -> None:
        with self.sessions.begin() as session:
            intent = session.get(Intent, job.intent_id)
            record = session.get(MessageRecord, job.message_id) if job.message_id else None
            now = self.clock()
            if outcome.changed is not None:
                log.warning("message %s changed after its check: held again, not sent", job.message_id)
                raw_now, evaluation = outcome.changed
                delivery.changed_since_check(session, intent, record, raw_now, evaluation, now=now)
                return
            if outcome.error is not None:
                self._failed(session, intent, record, str(outcome.error) or type(outcome.error).__name__,
                             retryable=getattr(outcome.error, "retryable", False))
                return
            if job.kind == "hold" and outcome.source_ref is not None:
                record.source_ref = outcome.source_ref
                if outcome.identity and outcome.identity != record.internet_message_id and \
                        store.find_record(session, record.mailbox_id, outcome.identity) is None:
                    record.internet_message_id = outcome.identity  # the add-in's stand-in gives way
            elif job.kind == "deliver":
                mark_delivered(session, intent, now=now)
            elif job.kind == "notify" and intent.status != "done":
                parity.record_sent(session, intent, now=now)  # a group-parity notice is audited as sent
            intent_store.complete_intent(session, intent, now=now)

    def _failed(self, session: Session, intent: Intent, record: MessageRecord | None, error: str, *,
                retryable: bool) -> None:
        """Try again later (backoff up to the horizon); when retrying ends, make it visible."""
        now = self.clock()
        log.warning("intent %s (%s) failed: %s", intent.id, intent.kind, error)
        intent_store.fail_intent(session, intent, error=error, now=now, retryable=retryable,
                                 horizon=self.retry_horizon, retry_at=None if retryable else now + timedelta(hours=1))
        if intent.status == "failed":
            mailbox = session.get(MailboxRow, intent.mailbox_id)
            delivery.gave_up(session, intent, record, self.councils.get(mailbox.council)[1], now=now)

    def _maybe_crash(self, when: str, kind: str) -> None:
        if self.fault == f"{when}:{kind}":
            log.warning("fault injection: SIGKILL %s %s", when, kind)
            os.kill(os.getpid(), signal.SIGKILL)
        if when == "before" and self.fault and self.fault.startswith(f"stall:{kind}:"):
            time.sleep(float(self.fault.rsplit(":", 1)[1]))

    def _dispatch(self, connector: Mailbox, job: Job) -> str | None:
        kind, payload = job.kind, job.payload
        if kind == "notify":
            connector.notify(payload["to"], payload["subject"], payload["body"], job.key)
            return None
        if job.message_id is None:
            raise ConnectorError(f"intent {job.intent_id} has no message", retryable=False)
        if kind == "hold":
            return connector.hold(job.source_ref, job.key)
        if kind == "deliver":
            connector.deliver(job.source_ref, to_send(job), job.key)
        elif kind == "return":
            connector.return_to_sender(job.source_ref, job.raw or b"", job.key)
        else:
            raise ConnectorError(f"unknown intent kind {kind!r}", retryable=False)
        return None



def _refs_never_repeat(ref: str) -> bool:  # IMAP UIDs, Graph ids: a ref once sent from is gone
    return False


def _being_returned(session: Session, records: list[MessageRecord], ref: str) -> bool:
    """A record at this ref whose return to its sender is decided but not yet carried out."""
    returned = [r.id for r in records if r.state == "returned" and r.source_ref == ref]
    return bool(returned) and session.scalars(select(Intent.id).where(
        Intent.message_id.in_(returned), Intent.kind == "return", Intent.status == "pending").limit(1)).first() \
        is not None


def connected_mailboxes(session: Session, build: Callable[[MailboxRow], Mailbox | None]) -> dict[int, Mailbox]:
    rows = session.scalars(select(MailboxRow).where(MailboxRow.enabled.is_(True))).all()
    out = {}
    for row in rows:
        connector = build(row)
        if connector is not None:
            out[row.id] = connector
    return out
