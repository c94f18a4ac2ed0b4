"""API keys: shown once, stored hashed, scoped, revocable."""

from __future__ import annotations

import hashlib

import pytest
from sqlalchemy import select

from app.auth import apikeys
from app.errors import InvalidInput
from app.store.tables import ApiKey, AuditEvent
from tests.store.scenario import NOW, council, later


def test_a_created_key_authenticates_and_is_stored_only_as_a_hash(db):
    c = council(db)
    key, token = apikeys.create_api_key(db, c, name="outlook add-in", scopes=["evaluate", "review:read"], now=NOW)
    prefix, secret = token.removeprefix("mg_").split("_", 1)
    assert token.startswith("mg_") and prefix == key.prefix and len(secret) >= 43
    stored = db.scalars(select(ApiKey)).one()
    assert stored.key_hash == hashlib.sha256(secret.encode()).hexdigest() and secret not in stored.key_hash
    found = apikeys.authenticate(db, token, now=later(1))
    assert found is not None and found.id == key.id and found.council_id == c.id
    assert found.last_used_at is not None
    assert apikeys.has_scope(found, "review:read") and not apikeys.has_scope(found, "review:write")
    created = db.scalars(select(AuditEvent).where(AuditEvent.event == "apikey.created")).one()
    assert created.data["prefix"] == key.prefix and secret not in str(created.data)


@pytest.mark.parametrize("mangle", [
    lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # wrong secret, right prefix
    lambda t: "mg_000000000000_" + t.split("_", 2)[2],  # unknown prefix
    lambda t: t.replace("mg_", "xx_", 1),
    lambda t: "", lambda t: "mg_", lambda t: "mg__", lambda t: "garbage",
])
def test_wrong_or_malformed_tokens_are_refused(db, mangle):
    _, token = apikeys.create_api_key(db, council(db), name="k", scopes=["evaluate"], now=NOW)
    assert apikeys.authenticate(db, mangle(token), now=NOW) is None


def test_revoked_keys_are_refused(db):
    key, token = apikeys.create_api_key(db, council(db), name="k", scopes=["evaluate"], now=NOW)
    apikeys.revoke_api_key(db, key, now=later(1))
    assert apikeys.authenticate(db, token, now=later(2)) is None


def test_last_used_is_recorded_at_most_once_a_minute(db):
    _, token = apikeys.create_api_key(db, council(db), name="k", scopes=["evaluate"], now=NOW)
    first = apikeys.authenticate(db, token, now=NOW).last_used_at
    assert apikeys.authenticate(db, token, now=NOW.replace(second=30)).last_used_at == first
    assert apikeys.authenticate(db, token, now=later(2)).last_used_at != first


def test_unknown_scopes_are_refused(db):
    with pytest.raises(InvalidInput, match="scope"):
        apikeys.create_api_key(db, council(db), name="k", scopes=["superuser"], now=NOW)


def test_keys_expire_and_revoking_is_audited_once(db):
    c = council(db)
    key, token = apikeys.create_api_key(db, c, name="k", scopes=["evaluate"], now=NOW, expires_at=later(60))
    assert apikeys.key_status(key, later(59)) == "active" and apikeys.authenticate(db, token, now=later(59))
    assert apikeys.key_status(key, later(60)) == "expired" and apikeys.authenticate(db, token, now=later(60)) is None
    with pytest.raises(InvalidInput, match="future"):
        apikeys.create_api_key(db, c, name="k", scopes=["evaluate"], now=NOW, expires_at=NOW)
    assert apikeys.find_api_key(db, token.rsplit("_", 1)[0]) is key and apikeys.find_api_key(db, key.prefix) is key
    apikeys.revoke_api_key(db, key, now=later(1), actor="cli:ops")
    apikeys.revoke_api_key(db, key, now=later(2), actor="cli:ops")
    assert apikeys.key_status(key, later(3)) == "revoked"
    events = db.scalars(select(AuditEvent).where(AuditEvent.event == "apikey.revoked")).all()
    assert [(e.actor, e.data["prefix"]) for e in events] == [("cli:ops", key.prefix)]
    assert [k.id for k in apikeys.list_api_keys(db, c.id)] == [key.id]
