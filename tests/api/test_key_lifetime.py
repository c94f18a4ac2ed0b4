"""A revoked or expired API key gets 401 on its very next request (every request looks the key up)."""

from __future__ import annotations

from datetime import timedelta

from app.auth import apikeys
from app.store import records as store
from tests.api.conftest import START
from tests.api.support import assert_problem, auth


def test_a_revoked_key_is_refused_at_once(client, keys, sessions):
    assert client.get("/api/v1/held", headers=auth(keys.reader)).status_code == 200
    with sessions() as session:
        apikeys.revoke_api_key(session, apikeys.find_api_key(session, keys.reader), now=START)
        session.commit()
    assert_problem(client.get("/api/v1/held", headers=auth(keys.reader)), 401, "not valid")
    assert client.get("/api/v1/held", headers=auth(keys.reviewer)).status_code == 200  # others unaffected


def test_an_expired_key_is_refused_from_its_expiry_on(client, keys, sessions, clock):
    with sessions() as session:
        council = store.get_council(session, "hartsbourne")
        _, token = apikeys.create_api_key(session, council, name="short", scopes=["review:read"], now=START,
                                          expires_at=START + timedelta(hours=1))
        session.commit()
    clock.set(START + timedelta(minutes=59))
    assert client.get("/api/v1/held", headers=auth(token)).status_code == 200
    clock.set(START + timedelta(hours=1))
    assert_problem(client.get("/api/v1/held", headers=auth(token)), 401, "not valid")
