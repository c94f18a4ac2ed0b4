"""Review-desk accounts: roles, argon2 passwords, login throttling, who may read and decide.

Flush-only like the store; the caller (a route's use case, the CLI) commits.
Throttling counts failed password attempts per (account, client address) in
the database, so every server process sees the same count.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.engine.directory import Directory
from app.errors import Conflict, Forbidden, InvalidInput
from app.store import audit
from app.store.database import utc
from app.store.tables import Mailbox, MessageRecord
from app.store.tables.auth import LoginAttempt, User

ROLES = ("reviewer", "monitoring-officer", "admin")
MIN_PASSWORD_LENGTH = 12
_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory defaults
# Verified against when the account does not exist, so a wrong email costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True, slots=True)
class Throttle:
    max_failures: int = 5  # per (account, client address)
    window: timedelta = timedelta(minutes=15)
    max_client_failures: int = 20  # per client address, whatever accounts it tries


# argon2 costs ~0.2 s of CPU per check: at most this many run at once in a process, so a flood of
# sign-ins (from many addresses) cannot take every core from the mail checks.
_ARGON2_GATE = threading.BoundedSemaphore(2)
ARGON2_WAIT_S = 5.0


class TooManyAttempts(Forbidden):
    """Sign-in refused without checking the password: too many recent failures."""


class SignInBusy(Exception):
    """Sign-in refused without checking the password: too many checks running at once; retry."""


def normalise_email(email: str) -> str:
    return (email or "").strip().lower()


def create_user(
    session: Session, *, council_id: int, email: str, roles: list[str], now: datetime,
    name: str = "", password: str | None = None, actor: str = "mailguard",
) -> User:
    """A new account (Conflict if the email is taken); `password` None = Entra sign-in only; audited."""
    email = normalise_email(email)
    if "@" not in email or len(email) > 320:
        raise InvalidInput(f"{email!r} is not an email address")
    bad = sorted(set(roles) - set(ROLES))
    if bad or not roles:
        raise InvalidInput(f"roles must be among {', '.join(ROLES)} (got {', '.join(roles) or 'none'})")
    if session.scalars(select(User.id).where(User.email == email)).first() is not None:
        raise Conflict(f"a user {email} already exists")
    user = User(council_id=council_id, email=email, name=name, roles=list(dict.fromkeys(roles)),
                password_hash=hash_password(password) if password is not None else None,
                session_version=1, created_at=utc(now))
    session.add(user)
    session.flush()
    audit.append(session, council_id, "user.created", actor, now=now,
                 data={"user_id": user.id, "email": email, "roles": user.roles,
                       "sign_in": "password" if password is not None else "entra"})
    return user


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"a password needs at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def set_password(user: User, password: str) -> None:
    user.password_hash = hash_password(password)
    user.session_version += 1  # a new password signs out every old session


def user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == normalise_email(email))).one_or_none()


def active_user(session: Session, user_id: int, version: int) -> User | None:
    """The user a session cookie names, if the account is enabled and the cookie not signed out."""
    user = session.get(User, user_id)
    if user is None or user.disabled_at is not None or user.session_version != version:
        return None
    return user


def authenticate_password(
    session: Session, email: str, password: str, *, ip: str, now: datetime,
    throttle: Throttle = Throttle(),
) -> User | None:
    """The user if the password is right; None if not; TooManyAttempts when throttled.

    Every attempt is recorded (flushed; the caller commits, even on failure).
    """
    account, now = normalise_email(email)[:320], utc(now)
    ip = (ip or "unknown")[:64]
    minutes = int(throttle.window.total_seconds() // 60)
    # Both checks are cheap queries, made before argon2 runs: past either limit nothing costly happens,
    # so a client trying many (or unknown) accounts is stopped after max_client_failures.
    if client_failures(session, ip, now=now, throttle=throttle) >= throttle.max_client_failures:
        raise TooManyAttempts(f"too many failed sign-ins from this address; try again in {minutes} minutes")
    if recent_failures(session, account, ip, now=now, throttle=throttle) >= throttle.max_failures:
        raise TooManyAttempts("too many failed sign-ins for this account from this address; "
                              f"try again in {minutes} minutes")
    user = user_by_email(session, account)
    # An unknown account is checked against a dummy hash, so it takes as long as a wrong password.
    ok = _verify(user.password_hash if user is not None else None, password)
    ok = ok and user is not None and user.disabled_at is None
    _forget_old_attempts(session, account, ip, now - throttle.window)
    session.add(LoginAttempt(account=account, ip=ip, succeeded=ok, at=now))
    if ok:
        _rehash_if_needed(user, password)
        user.last_login_at = now
    session.flush()
    return user if ok else None


def recent_failures(session: Session, account: str, ip: str, *, now: datetime, throttle: Throttle) -> int:
    """Failures for (account, ip) inside the window and after the last success."""
    since = utc(now) - throttle.window
    last_ok = session.scalar(select(func.max(LoginAttempt.at)).where(
        LoginAttempt.account == account, LoginAttempt.ip == ip, LoginAttempt.succeeded.is_(True),
        LoginAttempt.at >= since))
    if last_ok is not None:
        since = utc(last_ok)
    query = select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.account == account, LoginAttempt.ip == ip, LoginAttempt.succeeded.is_(False),
        LoginAttempt.at >= since)
    return int(session.scalar(query) or 0)


def client_failures(session: Session, ip: str, *, now: datetime, throttle: Throttle) -> int:
    """Failures from this client address inside the window, whichever accounts they named."""
    query = select(func.count()).select_from(LoginAttempt).where(
        LoginAttempt.ip == ip, LoginAttempt.succeeded.is_(False), LoginAttempt.at >= utc(now) - throttle.window)
    return int(session.scalar(query) or 0)


def _forget_old_attempts(session: Session, account: str, ip: str, before: datetime) -> None:
    session.execute(delete(LoginAttempt).where(LoginAttempt.ip == ip, LoginAttempt.at < before))


def _verify(password_hash: str | None, password: str) -> bool:
    if not _ARGON2_GATE.acquire(timeout=ARGON2_WAIT_S):
        raise SignInBusy("too many sign-ins at once")
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password or "") and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False
    finally:
        _ARGON2_GATE.release()


def _rehash_if_needed(user: User, password: str) -> None:
    if user.password_hash and _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)


# -- what a signed-in user may do ------------------------------------------
def can_read(user: User) -> bool:
    return bool(set(user.roles or ()) & set(ROLES))


def can_decide(user: User) -> bool:
    """Only reviewers decide; a monitoring officer or an admin reads unless also a reviewer."""
    return "reviewer" in (user.roles or ())


def submitted_by(session: Session, record: MessageRecord) -> str:
    """Who submitted the message: the owner of the mailbox it came from (for the add-in, the signed-in
    user, whose address names the API mailbox it is filed under). '' when nobody is known."""
    mailbox = session.get(Mailbox, record.mailbox_id)
    return normalise_email(mailbox.address) if mailbox is not None else ""


def is_own_message(user: User, record: MessageRecord, directory: Directory, *, submitter: str) -> bool:
    """Whether the user submitted it (their mailbox, their add-in) or it is sent in their name.

    The submitter decides, not the message's From: alone: a message with no From:, or with
    someone else's, still belongs to the owner of the mailbox it came from.
    """
    mine = normalise_email(user.email)
    for who in (normalise_email(submitter), normalise_email(record.sender)):
        if who and (who == mine or directory.same_person(mine, who)):
            return True
    return False


def check_may_decide(user: User, record: MessageRecord, directory: Directory, *, submitter: str) -> None:
    """Forbidden unless this user may decide on this message (reviewer, and neither its submitter nor sender)."""
    if not can_decide(user):
        raise Forbidden("only a reviewer can decide on held messages")
    if is_own_message(user, record, directory, submitter=submitter):
        raise Forbidden("this message came from your mailbox or in your name, so another reviewer must "
                        "decide on it")


def user_by_entra_oid(session: Session, oid: str) -> User | None:
    return session.scalars(select(User).where(User.entra_oid == oid)).first() if oid else None
