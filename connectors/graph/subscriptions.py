"""Change-notification subscriptions on a mailbox folder (Graph: /subscriptions).

Facts (GDC subscription-post-subscriptions.md, change-notifications-lifecycle-events.md,
outlook-change-notifications-overview.md): POST -> 201 + subscription; clientState
at most 128 characters; lifecycleNotificationUrl can only be given at creation;
PATCH expirationDateTime renews *and* reauthorizes; POST .../reauthorize only
reauthorizes; DELETE -> 204. An Outlook message subscription lives at most
4,230 minutes (newer pages say 10,080): we ask for 4,230 and renew with a day left.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from connectors.graph.client import GraphClient, GraphError

MAX_LIFETIME = timedelta(minutes=4230)
RENEW_WHEN_LEFT = timedelta(hours=24)


@dataclass(frozen=True)
class Subscription:
    id: str
    expires_at: datetime
    client_state: str  # the secret; the caller stores only its hash


def new_client_state() -> str:
    return secrets.token_urlsafe(48)  # 64 characters, under Graph's 128


def graph_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.0000000Z")


def parse_graph_time(text: str) -> datetime:
    """Graph's 7-digit fractions and trailing Z, which fromisoformat in 3.11 takes as is."""
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc)


def create(client: GraphClient, *, user: str, folder_id: str, notification_url: str,
           lifecycle_url: str, now: datetime) -> Subscription:
    client_state = new_client_state()
    body = {
        "changeType": "created",
        "notificationUrl": notification_url,
        "lifecycleNotificationUrl": lifecycle_url,
        "resource": f"/users/{quote(user, safe='@')}/mailFolders/{folder_id}/messages",
        "expirationDateTime": graph_time(now + MAX_LIFETIME),
        "clientState": client_state,
    }
    made = client.request("POST", "/subscriptions", mailbox=user, json=body).json()
    return Subscription(id=made["id"], expires_at=parse_graph_time(made["expirationDateTime"]),
                        client_state=client_state)


def renew(client: GraphClient, subscription_id: str, *, user: str, now: datetime) -> datetime:
    """PATCH the expiry forward (also reauthorizes); returns the new expiry Graph granted."""
    made = client.request("PATCH", f"/subscriptions/{subscription_id}", mailbox=user,
                          json={"expirationDateTime": graph_time(now + MAX_LIFETIME)}).json()
    return parse_graph_time(made["expirationDateTime"])


def delete(client: GraphClient, subscription_id: str, *, user: str) -> None:
    try:
        client.request("DELETE", f"/subscriptions/{subscription_id}", mailbox=user)
    except GraphError as exc:
        if exc.status != 404:  # already gone is what we wanted
            raise


def due_for_renewal(expires_at: datetime, now: datetime) -> bool:
    return expires_at - now < RENEW_WHEN_LEFT
