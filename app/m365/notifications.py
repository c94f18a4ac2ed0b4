"""The webhook's use case: check each notification's clientState, persist the good ones, one commit.

Graph (change-notifications-delivery-webhooks.md): answer 2xx within 3 s, or
202 once persisted when processing takes longer; 5xx when not persisted, so
Graph retries. Work happens later: the worker drains change notifications
through GraphMailbox.fetch_outgoing; the Graph job acts on lifecycle events.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.database import utc
from app.store.tables.graph import GraphNotification, GraphSubscription

MAX_ITEMS = 1000


@dataclass(frozen=True)
class Accepted:
    stored: int
    refused: int


def _matches(client_state, expected_hash: str) -> bool:
    if not isinstance(client_state, str) or not client_state or len(client_state) > 128:
        return False
    digest = hashlib.sha256(client_state.encode("utf-8")).hexdigest()
    return hmac.compare_digest(digest, expected_hash)  # constant time


def accept(session: Session, payload, *, now: datetime) -> Accepted:
    """Persist the notifications of `payload` ({"value": [...]}) whose clientState is right; commit once."""
    items = payload.get("value") if isinstance(payload, dict) else None
    if not isinstance(items, list):
        raise ValueError('expected {"value": [...]}: a changeNotificationCollection')
    stored = refused = 0
    for item in items[:MAX_ITEMS]:
        if not isinstance(item, dict):
            refused += 1
            continue
        subscription = session.scalars(select(GraphSubscription).where(
            GraphSubscription.subscription_id == str(item.get("subscriptionId", "")))).one_or_none()
        if subscription is None or not _matches(item.get("clientState"), subscription.client_state_hash):
            refused += 1
            continue
        session.add(_row(item, subscription, now))
        stored += 1
    session.commit()
    return Accepted(stored=stored, refused=refused)


def _row(item: dict, subscription: GraphSubscription, now: datetime) -> GraphNotification:
    lifecycle = item.get("lifecycleEvent")
    data = item.get("resourceData") if isinstance(item.get("resourceData"), dict) else {}
    resource_id = data.get("id")
    return GraphNotification(
        mailbox_id=subscription.mailbox_id, subscription_id=subscription.subscription_id,
        kind="lifecycle" if lifecycle else "change",
        event=str(lifecycle or item.get("changeType") or "")[:40], folder=subscription.folder,
        resource_id=str(resource_id)[:1000] if resource_id else None, received_at=utc(now),
    )
