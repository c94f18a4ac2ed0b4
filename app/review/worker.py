"""The background worker: connectors -> engine -> store (commit) -> connectors act.

Two phases, each unit its own transaction:
1. intake: every new outgoing message is evaluated and recorded with its
   intents in one commit (idempotent on mailbox + Message-ID, so a message seen
   again after a crash, or by a second worker, is not recorded twice);
2. perform: committed intents are claimed (SKIP LOCKED on PostgreSQL), acted
   on through the connector, and marked done in the same transaction. A crash
   mid-way leaves the intent pending; the connector's actions are idempotent by
   key, so doing it again changes nothing.
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
from app.metrics import ServiceMetrics
from app.review.annotate import AnnotationError, annotate_mime, strip_bcc
from app.review.decisions import mark_delivered
from app.store import records as store
from app.store.councils import CouncilCache
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

    def run_once(self) -> int:
        """One pass: intake every mailbox, then perform pending intents. Returns work done."""
        done = 0
        for mailbox_id, connector in self.connectors.items():
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
                message_id = store.identity_of(outgoing.raw)
                if store.find_record(session, mailbox_id, message_id) is not None:
                    return False
                if outgoing.stage == "pre-send" and store.live_hold_of_ref(session, mailbox_id, outgoing.ref):
                    return False  # a draft already held under its item id (the add-in's): one record per draft
                council = mailbox.council
                pack, directory = self.councils.get(council)
                evaluation = evaluate(outgoing.raw, pack, directory)
                record, created = store.record_evaluation(
                    session, council=council, mailbox=mailbox, evaluation=evaluation, raw=outgoing.raw,
                    stage=outgoing.stage, source_ref=outgoing.ref, now=self.clock(),
                )
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
        if connector is None:
            store.fail_intent(session, intent, error="mailbox not connected in this process", now=now,
                              retry_at=now + timedelta(seconds=30))
            return
        record = session.get(MessageRecord, intent.message_id) if intent.message_id else None
        self._maybe_crash("before", intent.kind)
        try:
            self._dispatch(session, connector, intent, record)
        except (ConnectorError, AnnotationError) as exc:
            retryable = getattr(exc, "retryable", False)
            log.warning("intent %s (%s) failed: %s", intent.id, intent.kind, exc)
            store.fail_intent(session, intent, error=str(exc), now=now,
                              retry_at=now + timedelta(seconds=30 if retryable else 3600))
            return
        self._maybe_crash("after", intent.kind)
        store.complete_intent(session, intent, now=now)

    def _maybe_crash(self, when: str, kind: str) -> None:
        if self.fault == f"{when}:{kind}":
            log.warning("fault injection: SIGKILL %s %s", when, kind)
            os.kill(os.getpid(), signal.SIGKILL)

    def _dispatch(self, session: Session, connector: Mailbox, intent: Intent, record: MessageRecord | None) -> None:
        kind, payload = intent.kind, intent.payload or {}
        if kind == "notify":
            connector.notify(payload["to"], payload["subject"], payload["body"], intent.key)
            return
        if record is None:
            raise ConnectorError(f"intent {intent.id} has no message", retryable=False)
        if kind == "hold":
            record.source_ref = connector.hold(record.source_ref, intent.key)
            if payload.get("adopt_identity"):
                _adopt_identity(session, connector, record)
        elif kind == "deliver":
            raw = record.raw_mime
            if raw is None:
                raise ConnectorError(f"message {record.id}: original bytes not kept", retryable=False)
            if payload.get("annotation"):
                raw = annotate_mime(raw, payload["annotation"])
            if payload.get("strip_bcc"):
                raw = strip_bcc(raw)
            connector.deliver(record.source_ref, raw, intent.key)
            mark_delivered(session, intent, now=self.clock())
        elif kind == "return":
            connector.return_to_sender(record.source_ref, record.raw_mime or b"", intent.key)
        else:
            raise ConnectorError(f"unknown intent kind {kind!r}", retryable=False)


def _adopt_identity(session: Session, connector: Mailbox, record: MessageRecord) -> None:
    """An add-in hold, now in its mailbox: known from here on by the draft's own Message-ID.

    The add-in never sees the Message-ID Exchange gives the draft, so its record starts with a
    stand-in; taking the real one makes the connector know the draft as this record whatever
    folder it meets it in (Held for review, or Drafts and Held again after a return).
    """
    read = getattr(connector, "read", None)
    if read is None:
        return
    identity = store.identity_of(read(record.source_ref))
    if identity != record.internet_message_id and store.find_record(session, record.mailbox_id, identity) is None:
        record.internet_message_id = identity


def connected_mailboxes(session: Session, build: Callable[[MailboxRow], Mailbox | None]) -> dict[int, Mailbox]:
    rows = session.scalars(select(MailboxRow).where(MailboxRow.enabled.is_(True))).all()
    out = {}
    for row in rows:
        connector = build(row)
        if connector is not None:
            out[row.id] = connector
    return out
