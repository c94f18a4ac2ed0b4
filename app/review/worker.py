"""The background worker: connectors -> engine -> store (commit) -> connectors act.

Two phases, each unit its own transaction:
1. intake: every new outgoing message is evaluated and recorded with its
   intents in one commit (a message seen again after a crash, or by a second
   worker, is not recorded twice; an edited or resubmitted one is: see
   app.store.submissions);
2. perform: committed intents are claimed (SKIP LOCKED on PostgreSQL), acted
   on through the connector, and marked done in the same transaction. A crash
   mid-way leaves the intent pending; the connector's actions are idempotent by
   key, so doing it again changes nothing. Failures are retried with backoff
   up to the retry horizon, then shown (app.review.delivery.gave_up). Before a
   connector that sends the message where it lies (Graph) delivers it, its
   content now is compared with what was checked; a changed one is held again.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.engine.evaluate import evaluate
from app.engine.fingerprint import fingerprint
from app.metrics import ServiceMetrics
from app.review import delivery
from app.review.annotate import AnnotationError, annotate_mime, strip_bcc, with_message_id
from app.review.decisions import mark_delivered
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.submissions import base_identity, classify, records_of
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
    # just before a connector acts on an intent, or just after it acted but before that is recorded.
    fault: str | None = None
    metrics: ServiceMetrics | None = None  # the app's /metrics, when the worker runs inside `serve`
    retry_horizon: timedelta = store.RETRY_HORIZON  # retryable failures are tried again this long
    refresh: Callable[[], None] | None = None  # picks up added/changed/disabled mailboxes (`serve`)

    def run_once(self) -> int:
        """One pass: intake every mailbox, then perform pending intents. Returns work done."""
        if self.refresh is not None:
            self.refresh()
        done = 0
        for mailbox_id, connector in list(self.connectors.items()):
            done += self.intake(mailbox_id, connector)
        done += self.perform()
        return done

    def run_forever(self, interval: float) -> None:
        while not self.stop_event.is_set():
            try:
                busy = self.run_once()
            except Exception:  # noqa: BLE001 - the loop must survive one bad pass
                log.exception("worker pass failed")
                busy = 0
            if not busy:
                self.stop_event.wait(interval)

    # -- intake -----------------------------------------------------------
    def intake(self, mailbox_id: int, connector: Mailbox) -> int:
        count = 0
        for outgoing in connector.fetch_outgoing():
            if self.stop_event.is_set():
                break
            if self._record(mailbox_id, outgoing):
                count += 1
            connector.acknowledge(outgoing.ref)
        return count

    def _record(self, mailbox_id: int, outgoing: OutgoingMessage) -> bool:
        try:
            with self.sessions.begin() as session:
                mailbox = session.get(MailboxRow, mailbox_id)
                council = mailbox.council
                pack, directory = self.councils.get(council)
                evaluation = evaluate(outgoing.raw, pack, directory)
                identity = store.message_identity(evaluation.message.message_id, outgoing.raw)
                sighting = classify(records_of(session, mailbox_id, identity), identity, stage=outgoing.stage,
                                    fingerprint=fingerprint(evaluation.message, outgoing.raw), ref=outgoing.ref)
                if sighting.seen is not None:
                    return False  # a replay, or the Sent copy of what we delivered
                record, created = store.record_evaluation(
                    session, council=council, mailbox=mailbox, evaluation=evaluation, raw=outgoing.raw,
                    stage=outgoing.stage, source_ref=outgoing.ref, now=self.clock(), identity=sighting.identity,
                )
                if created and sighting.supersedes is not None:
                    delivery.supersede(session, sighting.supersedes, record, now=self.clock())
                verdict = record.verdict
            if self.metrics is not None:
                self.metrics.observe(verdict, evaluation.elapsed_ms, recorded=created)
            return created
        except IntegrityError:  # another worker recorded it first
            return False

    # -- perform ----------------------------------------------------------
    def perform(self) -> int:
        done = 0
        while not self.stop_event.is_set():
            with self.sessions.begin() as session:
                intents = store.claim_intents(session, worker_id=self.worker_id, limit=1, now=self.clock())
                if not intents:
                    return done
                self._act(session, intents[0])
            done += 1
        return done

    def _act(self, session: Session, intent: Intent) -> None:
        connector = self.connectors.get(intent.mailbox_id)
        now = self.clock()
        record = session.get(MessageRecord, intent.message_id) if intent.message_id else None
        if connector is None:
            self._failed(session, intent, record, "mailbox not connected in this process", retryable=True)
            return
        self._maybe_crash("before", intent.kind)
        try:
            outcome = self._dispatch(session, connector, intent, record)
        except (ConnectorError, AnnotationError, OSError) as exc:  # OSError: a folder or socket the connector let slip
            log.warning("intent %s (%s) failed: %s", intent.id, intent.kind, exc)
            retryable = getattr(exc, "retryable", isinstance(exc, OSError))
            self._failed(session, intent, record, str(exc) or type(exc).__name__, retryable=retryable)
            return
        if outcome == "superseded":
            return  # nothing was sent; the changed message is held again under a new record
        self._maybe_crash("after", intent.kind)
        store.complete_intent(session, intent, now=now)

    def _failed(self, session: Session, intent: Intent, record: MessageRecord | None, error: str, *,
                retryable: bool) -> None:
        """Try again later (backoff up to the horizon); when retrying ends, make it visible."""
        now = self.clock()
        store.fail_intent(session, intent, error=error, now=now, retryable=retryable, horizon=self.retry_horizon,
                          retry_at=None if retryable else now + timedelta(hours=1))
        if intent.status == "failed":
            mailbox = session.get(MailboxRow, intent.mailbox_id)
            delivery.gave_up(session, intent, record, self.councils.get(mailbox.council)[1], now=now)

    def _maybe_crash(self, when: str, kind: str) -> None:
        if self.fault == f"{when}:{kind}":
            log.warning("fault injection: SIGKILL %s %s", when, kind)
            os.kill(os.getpid(), signal.SIGKILL)

    def _dispatch(self, session: Session, connector: Mailbox, intent: Intent,
                  record: MessageRecord | None) -> str | None:
        kind, payload = intent.kind, intent.payload or {}
        if kind == "notify":
            connector.notify(payload["to"], payload["subject"], payload["body"], intent.key)
            return
        if record is None:
            raise ConnectorError(f"intent {intent.id} has no message", retryable=False)
        if kind == "hold":
            record.source_ref = connector.hold(record.source_ref, intent.key)
        elif kind == "deliver":
            raw = record.raw_mime
            if raw is None:
                raise ConnectorError(f"message {record.id}: original bytes not kept", retryable=False)
            if not store.message_id_of(raw):
                # its Sent copy must carry the identity it was recorded under, or it is audited again
                raw = with_message_id(raw, base_identity(record.internet_message_id))
            if payload.get("annotation"):
                raw = annotate_mime(raw, payload["annotation"])
            if payload.get("strip_bcc"):
                raw = strip_bcc(raw)
            if self._changed_since_check(session, connector, intent, record, raw):
                return "superseded"
            connector.deliver(record.source_ref, raw, intent.key)
            mark_delivered(session, intent, now=self.clock())
        elif kind == "return":
            connector.return_to_sender(record.source_ref, record.raw_mime or b"", intent.key)
        else:
            raise ConnectorError(f"unknown intent kind {kind!r}", retryable=False)
        return None

    def _changed_since_check(self, session: Session, connector: Mailbox, intent: Intent,
                             record: MessageRecord, wanted: bytes) -> bool:
        """A connector that sends the message where it lies (Graph) offers `current`: compare it with the check.

        Folder and IMAP connectors send the checked bytes from the record, so they need no comparison.
        """
        current = getattr(connector, "current", None)
        if current is None or not record.fingerprint:
            return False
        raw_now = current(record.source_ref)
        if raw_now is None:
            return False  # gone or already sent: the connector's own checks decide
        pack, directory = self.councils.get(session.get(MailboxRow, record.mailbox_id).council)
        evaluation = evaluate(raw_now, pack, directory)
        now_print = fingerprint(evaluation.message, raw_now)
        if now_print == record.fingerprint:
            return False
        # An earlier try may have patched the draft into what the reviewer chose (footer, no Bcc) and
        # then failed to send: that is the checked content as released, not an edit.
        if wanted != record.raw_mime and now_print == fingerprint(evaluate(wanted, pack, directory).message, wanted):
            return False
        log.warning("message %s changed after its check: held again, not sent", record.id)
        delivery.changed_since_check(session, intent, record, raw_now, evaluation, now=self.clock())
        return True


def connected_mailboxes(session: Session, build: Callable[[MailboxRow], Mailbox | None]) -> dict[int, Mailbox]:
    rows = session.scalars(select(MailboxRow).where(MailboxRow.enabled.is_(True))).all()
    out = {}
    for row in rows:
        connector = build(row)
        if connector is not None:
            out[row.id] = connector
    return out
