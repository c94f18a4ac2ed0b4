"""API keys: `mg_<prefix>_<secret>`, stored as sha256 of the secret, scoped to one council.

Keys expire (`expires_at`; default a year) and can be revoked; either way the
next request with the key gets 401, because every request looks the key up.

The secret is 256 random bits, so a fast hash is enough (nothing to brute
force); the prefix is the lookup key and is safe to show. Flush-only, like the
store: the CLI or request commits.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.errors import InvalidInput, NotFound
from app.store import audit
from app.store.database import utc
from app.store.tables import ApiKey, Council

SCOPES = ("evaluate", "review:read", "review:write", "admin")
DEFAULT_SCOPES = ("evaluate",)
DEFAULT_LIFETIME = timedelta(days=365)
_TOUCH_EVERY = timedelta(minutes=1)  # last_used_at granularity: no write on every request
_DUMMY_HASH = hashlib.sha256(b"no such key").hexdigest()
# Every API request runs it: built once, with the prefix bound at execution.
_KEY_AND_COUNCIL = (select(ApiKey, Council).join(Council, Council.id == ApiKey.council_id)
                    .where(ApiKey.prefix == bindparam("prefix")))


def create_api_key(
    session: Session, council: Council, *, name: str, scopes: list[str] | tuple[str, ...], now: datetime,
    expires_at: datetime | None = None, actor: str = "mailguard",
) -> tuple[ApiKey, str]:
    """A new key for the council and its plaintext (shown once, never stored); audited.

    `expires_at` None makes a key that never expires (the CLI defaults to a year).
    """
    scopes = list(dict.fromkeys(scopes or DEFAULT_SCOPES))
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        raise InvalidInput(f"unknown scope {unknown[0]!r}; scopes are {', '.join(SCOPES)}")
    if expires_at is not None and utc(expires_at) <= utc(now):
        raise InvalidInput("a key's expiry must be in the future")
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    key = ApiKey(council_id=council.id, name=name, prefix=prefix, key_hash=_hash(secret),
                 scopes=scopes, created_at=utc(now), expires_at=utc(expires_at) if expires_at else None)
    session.add(key)
    session.flush()
    audit.append(session, council.id, "apikey.created", actor,
                 data={"api_key_id": key.id, "name": name, "prefix": prefix, "scopes": scopes,
                       "expires_at": key.expires_at.isoformat() if key.expires_at else None}, now=now)
    return key, f"mg_{prefix}_{secret}"


def list_api_keys(session: Session, council_id: int | None = None) -> list[ApiKey]:
    """Every key (or one council's), oldest first; secrets are not stored, so none are shown."""
    query = select(ApiKey).order_by(ApiKey.council_id, ApiKey.created_at, ApiKey.id)
    if council_id is not None:
        query = query.where(ApiKey.council_id == council_id)
    return list(session.scalars(query))


def key_status(key: ApiKey, now: datetime) -> str:
    """active | revoked | expired."""
    if key.revoked_at is not None:
        return "revoked"
    if key.expires_at is not None and utc(key.expires_at) <= utc(now):
        return "expired"
    return "active"


def find_api_key(session: Session, prefix: str) -> ApiKey:
    """The key with this prefix (also accepted: `mg_<prefix>` or the whole key); NotFound otherwise."""
    text = (prefix or "").strip()
    if text.startswith("mg_"):
        text = text.split("_", 2)[1]
    key = session.scalars(select(ApiKey).where(ApiKey.prefix == text)).one_or_none() if text else None
    if key is None:
        raise NotFound(f"no API key with prefix {text!r}")
    return key


def authenticate(session: Session, token: str, *, now: datetime) -> ApiKey | None:
    """The live key this token belongs to, or None; updates last_used_at (at most once a minute)."""
    found = authenticate_with_council(session, token, now=now)
    return found[0] if found else None


def authenticate_with_council(session: Session, token: str, *, now: datetime) -> tuple[ApiKey, Council] | None:
    """authenticate(), with the key's council read in the same statement (a request needs both)."""
    prefix, secret = _split(token)
    found = session.execute(_KEY_AND_COUNCIL, {"prefix": prefix}).one_or_none() if prefix else None
    key, council = found if found else (None, None)
    # Compare even when there is no such key, so timing says nothing about prefixes.
    matches = hmac.compare_digest(key.key_hash if key else _DUMMY_HASH, _hash(secret))
    if key is None or not matches or key_status(key, now) != "active":
        return None
    now = utc(now)
    if key.last_used_at is None or now - utc(key.last_used_at) >= _TOUCH_EVERY:
        key.last_used_at = now
        session.flush()
    return key, council


def revoke_api_key(session: Session, key: ApiKey, *, now: datetime, actor: str = "mailguard") -> ApiKey:
    """Refuse this key from now on (its next request gets 401); audited once."""
    if key.revoked_at is None:
        key.revoked_at = utc(now)
        session.flush()
        audit.append(session, key.council_id, "apikey.revoked", actor, now=now,
                     data={"api_key_id": key.id, "name": key.name, "prefix": key.prefix})
    return key


def has_scope(key: ApiKey, scope: str) -> bool:
    """Whether the key may do `scope` (admin may do everything)."""
    return scope in key.scopes or "admin" in key.scopes


def _split(token: str) -> tuple[str, str]:
    parts = (token or "").strip().split("_", 2)
    if len(parts) != 3 or parts[0] != "mg" or not parts[1] or not parts[2]:
        return "", ""
    return parts[1], parts[2]


def _hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
