"""Tables of the review desk's sign-in: users and login attempts (kept apart from app/store/tables/core.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class User(Base):
    """A person who signs in to the review desk of one council.

    `password_hash` is argon2id (None for Entra-only accounts). `session_version`
    is part of every session cookie; signing out bumps it, so an old cookie
    stops working everywhere.
    """

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), index=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)  # lower-cased
    name: Mapped[str] = mapped_column(String(300), default="")
    roles: Mapped[list] = mapped_column(JSON, default=list)  # reviewer | monitoring-officer | admin
    password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    entra_oid: Mapped[str | None] = mapped_column(String(64), nullable=True)  # Entra object id, once seen
    session_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class LoginAttempt(Base):
    """One password sign-in attempt; failures per (account, client address), and per client
    address alone, drive the throttle.

    In the database, not in memory, so several server processes share one count.
    """

    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_account_ip_at", "account", "ip", "at"),
                      Index("ix_login_attempts_ip_at", "ip", "at"))
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    account: Mapped[str] = mapped_column(String(320))  # the email typed, lower-cased
    ip: Mapped[str] = mapped_column(String(64))
    succeeded: Mapped[bool] = mapped_column(default=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
