"""Looking after review-desk accounts: disable, enable, reset a password, add or remove a role. All audited.

Each change that takes something away (disable, a new password, a removed
role) also bumps `session_version`, so every session cookie issued before it
stops working at the next request. Flush-only; the CLI commits.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.auth.accounts import ROLES, set_password, user_by_email
from app.errors import InvalidInput, NotFound
from app.store import audit
from app.store.database import utc
from app.store.tables.auth import User


def find_user(session: Session, email: str) -> User:
    user = user_by_email(session, email)
    if user is None:
        raise NotFound(f"no user {email.strip().lower()!r}")
    return user


def disable_user(session: Session, email: str, *, actor: str, now: datetime) -> User:
    """Refuse the account's sign-ins and end its sessions (a disabled account stays disabled)."""
    user = find_user(session, email)
    if user.disabled_at is None:
        user.disabled_at = utc(now)
        user.session_version += 1
        _audit(session, user, "user.disabled", actor, now)
    return user


def enable_user(session: Session, email: str, *, actor: str, now: datetime) -> User:
    user = find_user(session, email)
    if user.disabled_at is not None:
        user.disabled_at = None
        _audit(session, user, "user.enabled", actor, now)
    return user


def reset_password(session: Session, email: str, password: str, *, actor: str, now: datetime) -> User:
    """A new password; every session signed in with the old one ends."""
    user = find_user(session, email)
    set_password(user, password)  # InvalidInput when too short
    _audit(session, user, "user.password_reset", actor, now)
    return user


def add_role(session: Session, email: str, role: str, *, actor: str, now: datetime) -> User:
    user = find_user(session, email)
    _check_role(role)
    if role not in (user.roles or []):
        user.roles = [*(user.roles or []), role]
        _audit(session, user, "user.role_added", actor, now, role=role)
    return user


def remove_role(session: Session, email: str, role: str, *, actor: str, now: datetime) -> User:
    """Take a role away; the last role cannot be removed (disable the account instead)."""
    user = find_user(session, email)
    _check_role(role)
    if role in (user.roles or []):
        if len(user.roles) == 1:
            raise InvalidInput(f"{role} is {user.email}'s only role; disable the account instead")
        user.roles = [r for r in user.roles if r != role]
        user.session_version += 1
        _audit(session, user, "user.role_removed", actor, now, role=role)
    return user


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {', '.join(ROLES)}, not {role!r}")


def _audit(session: Session, user: User, event: str, actor: str, now: datetime, **extra) -> None:
    session.flush()
    audit.append(session, user.council_id, event, actor, now=now,
                 data={"user_id": user.id, "email": user.email, "roles": list(user.roles or []), **extra})
