"""Tables of the Graph work: subscriptions, per-folder delta state, and queued notifications."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class GraphSubscription(Base):
    """One change-notification subscription: a governed mailbox's folder (sentitems | held).

    `client_state_hash` is sha256 of the random clientState Graph echoes back;
    the secret itself is never stored.
    """

    __tablename__ = "graph_subscriptions"
    __table_args__ = (UniqueConstraint("mailbox_id", "folder", name="uq_graph_subscriptions_mailbox_folder"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    folder: Mapped[str] = mapped_column(String(20))
    subscription_id: Mapped[str] = mapped_column(String(200), unique=True)
    client_state_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    renewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class GraphFolder(Base):
    """A folder's delta cursor: the whole @odata.deltaLink URL, and whether a catch-up is wanted."""

    __tablename__ = "graph_folders"
    __table_args__ = (UniqueConstraint("mailbox_id", "folder", name="uq_graph_folders_mailbox_folder"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    folder: Mapped[str] = mapped_column(String(20))  # sentitems | held | drafts
    folder_id: Mapped[str | None] = mapped_column(String(500), nullable=True)
    delta_link: Mapped[str | None] = mapped_column(Text, nullable=True)
    catch_up: Mapped[bool] = mapped_column(default=False)
    synced_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class GraphNotification(Base):
    """A change or lifecycle notification, persisted by the webhook before it answers 202."""

    __tablename__ = "graph_notifications"
    __table_args__ = (Index("ix_graph_notifications_pending", "kind", "mailbox_id", "processed_at"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    subscription_id: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))  # change | lifecycle
    event: Mapped[str] = mapped_column(String(40))  # created/updated/deleted | reauthorizationRequired/missed/...
    folder: Mapped[str] = mapped_column(String(20))
    resource_id: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
