"""Keeping each governed mailbox's subscriptions alive, and acting on lifecycle notifications.

Pattern: read rows in one short transaction, call Graph with none open, write
the result in another (Graph's validation handshake calls back into this
process while POST /subscriptions is in flight).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.m365.mailbox import graph_mailbox_for
from app.m365.state import DbGraphState, request_catch_up
from app.store.tables import Mailbox
from app.store.tables.graph import GraphNotification, GraphSubscription
from connectors.graph import subscriptions as subs
from connectors.graph.client import GraphClient, GraphError
from connectors.graph.mailbox import HELD, SENT

log = logging.getLogger("mailguard.graph")
FOLDERS = (SENT, HELD)


@dataclass
class Maintenance:
    created: list[str] = field(default_factory=list)  # "mailbox:folder"
    renewed: list[str] = field(default_factory=list)
    lifecycle: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def client_state_hash(client_state: str) -> str:
    return hashlib.sha256(client_state.encode("utf-8")).hexdigest()


def notification_urls(notification_url: str) -> tuple[str, str]:
    """(notificationUrl, lifecycleNotificationUrl): .../notifications pairs with .../lifecycle;
    any other URL serves both (change-notifications-lifecycle-events.md allows the same endpoint)."""
    url = notification_url.rstrip("/")
    if url.endswith("/graph/notifications"):
        return url, url[: -len("notifications")] + "lifecycle"
    return url, url


def ensure_subscriptions(sessions: sessionmaker[Session], client: GraphClient, notification_url: str, *,
                         now: datetime, report: Maintenance | None = None) -> Maintenance:
    """Create missing subscriptions and renew those with less than a day left."""
    report = report or Maintenance()
    if not notification_url:
        return report  # no public endpoint: delta rounds on the timer do all the work
    with sessions.begin() as session:
        mailboxes = session.scalars(select(Mailbox).where(Mailbox.kind == "graph", Mailbox.enabled.is_(True))).all()
        existing = {(s.mailbox_id, s.folder): (s.subscription_id, s.expires_at)
                    for s in session.scalars(select(GraphSubscription))}
        session.expunge_all()
    for mailbox in mailboxes:
        for folder in FOLDERS:
            found = existing.get((mailbox.id, folder))
            try:
                if found is None:
                    _create(sessions, client, mailbox, folder, notification_url, now)
                    report.created.append(f"{mailbox.address}:{folder}")
                elif subs.due_for_renewal(found[1], now):
                    _renew(sessions, client, mailbox, folder, found[0], notification_url, now)
                    report.renewed.append(f"{mailbox.address}:{folder}")
            except GraphError as exc:
                log.warning("subscription %s %s: %s", mailbox.address, folder, exc)
                report.errors.append(f"{mailbox.address}:{folder}: {exc}")
    return report


def _create(sessions, client, mailbox: Mailbox, folder: str, notification_url: str, now: datetime) -> None:
    folder_id = graph_mailbox_for(mailbox, client, DbGraphState(sessions, mailbox.id)).folder_id(folder)
    change_url, lifecycle_url = notification_urls(notification_url)
    made = subs.create(client, user=mailbox.address, folder_id=folder_id, notification_url=change_url,
                       lifecycle_url=lifecycle_url, now=now)
    with sessions.begin() as session:
        old = session.scalars(select(GraphSubscription).where(
            GraphSubscription.mailbox_id == mailbox.id, GraphSubscription.folder == folder)).one_or_none()
        if old is not None:
            session.delete(old)
            session.flush()
        session.add(GraphSubscription(mailbox_id=mailbox.id, folder=folder, subscription_id=made.id,
                                      client_state_hash=client_state_hash(made.client_state),
                                      expires_at=made.expires_at, created_at=now))


def _renew(sessions, client, mailbox: Mailbox, folder: str, subscription_id: str, notification_url: str,
           now: datetime) -> None:
    try:
        expires = subs.renew(client, subscription_id, user=mailbox.address, now=now)
    except GraphError as exc:
        if exc.status != 404:
            raise
        _recreate(sessions, client, mailbox, folder, notification_url, now)  # Graph dropped it
        return
    with sessions.begin() as session:
        row = session.scalars(select(GraphSubscription).where(
            GraphSubscription.subscription_id == subscription_id)).one_or_none()
        if row is not None:
            row.expires_at, row.renewed_at = expires, now


def _recreate(sessions, client, mailbox: Mailbox, folder: str, notification_url: str, now: datetime) -> None:
    """A new subscription, then a delta round for what went by meanwhile (lifecycle doc, step 5)."""
    _create(sessions, client, mailbox, folder, notification_url, now)
    with sessions.begin() as session:
        request_catch_up(session, mailbox.id, folder)


def process_lifecycle(sessions: sessionmaker[Session], client: GraphClient, notification_url: str, *,
                      now: datetime, report: Maintenance | None = None) -> Maintenance:
    """reauthorizationRequired -> PATCH expiry; missed -> delta catch-up; subscriptionRemoved -> recreate + delta."""
    report = report or Maintenance()
    with sessions.begin() as session:
        rows = session.execute(
            select(GraphNotification, Mailbox).join(Mailbox, Mailbox.id == GraphNotification.mailbox_id)
            .where(GraphNotification.kind == "lifecycle", GraphNotification.processed_at.is_(None))
            .order_by(GraphNotification.id)).all()
        work = [(n.id, n.event, n.folder, n.subscription_id, m) for n, m in rows]
        session.expunge_all()
    for notification_id, event, folder, subscription_id, mailbox in work:
        try:
            _lifecycle(sessions, client, event, folder, subscription_id, mailbox, notification_url, now)
        except GraphError as exc:
            log.warning("lifecycle %s for %s %s: %s", event, mailbox.address, folder, exc)
            report.errors.append(f"{mailbox.address}:{folder}: {event}: {exc}")
            continue  # left unprocessed: tried again on the next tick
        with sessions.begin() as session:
            session.get(GraphNotification, notification_id).processed_at = now
        report.lifecycle[event] = report.lifecycle.get(event, 0) + 1
    return report


def _lifecycle(sessions, client, event, folder, subscription_id, mailbox, notification_url, now) -> None:
    if event == "reauthorizationRequired":
        _renew(sessions, client, mailbox, folder, subscription_id, notification_url, now)
    elif event == "missed":
        with sessions.begin() as session:
            request_catch_up(session, mailbox.id, folder)
    elif event == "subscriptionRemoved":
        _recreate(sessions, client, mailbox, folder, notification_url, now)
    else:
        log.info("lifecycle event %r ignored", event)
