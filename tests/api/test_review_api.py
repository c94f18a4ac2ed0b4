"""Authentication, the hold queue and findings over HTTP (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from app.store import audit
from tests.api.conftest import START
from tests.api.support import (
    EVALUATE,
    RFC822,
    allow_eml,
    annotate_eml,
    assert_problem,
    auth,
    held_id,
    hold_eml,
    post_eml,
)
from tests.builders import CLERK, DEPUTY, RESIDENT_2


def test_no_key_is_401_with_a_bearer_challenge(client):
    response = client.post(EVALUATE, content=allow_eml(), headers=RFC822)
    assert_problem(response, 401, "API key")
    assert response.headers["www-authenticate"].startswith("Bearer")
    for token in ("mg_nosuch_secret", "not-even-a-key"):
        bad = post_eml(client, token, allow_eml())
        assert_problem(bad, 401, "not valid")
        assert 'error="invalid_token"' in bad.headers["www-authenticate"]


def test_a_key_without_the_scope_is_403(client, keys):
    assert_problem(client.get("/api/v1/held", headers=auth(keys.evaluate)), 403, "review:read")
    hold = held_id(client, keys.evaluate, hold_eml())
    release = client.post(
        f"/api/v1/held/{hold}/release", json={"reason": "fine"}, headers=auth(keys.reader)
    )
    assert_problem(release, 403, "review:write")
    assert_problem(post_eml(client, keys.reader, allow_eml()), 403, "evaluate")


def test_another_councils_key_cannot_see_or_decide_a_held_message(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    assert_problem(client.get(f"/api/v1/held/{hold}", headers=auth(keys.other)), 404)
    assert_problem(
        client.post(
            f"/api/v1/held/{hold}/release", json={"reason": "mine now"}, headers=auth(keys.other)
        ),
        404,
    )
    assert client.get("/api/v1/held", headers=auth(keys.other)).json()["items"] == []
    assert client.get("/api/v1/findings", headers=auth(keys.other)).json()["items"] == []
    assert client.get(f"/api/v1/held/{hold}", headers=auth(keys.reader)).json()["state"] == "held"


def test_release_then_a_second_release_is_409(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    first = client.post(
        f"/api/v1/held/{hold}/release",
        json={"mode": "as-sent", "reason": "Checked with the MO"},
        headers=auth(keys.reviewer),
    )
    assert first.status_code == 200, first.text
    assert first.json()["kind"] == "release" and first.json()["state"] == "released"
    second = client.post(
        f"/api/v1/held/{hold}/release", json={"reason": "again"}, headers=auth(keys.reviewer)
    )
    assert_problem(second, 409, "released")
    detail = client.get(f"/api/v1/held/{hold}", headers=auth(keys.reader)).json()
    assert detail["state"] == "released"
    assert [(d["kind"], d["reason"]) for d in detail["decisions"]] == [
        ("release", "Checked with the MO")
    ]
    assert client.get("/api/v1/held", headers=auth(keys.reader)).json()["items"] == []


def test_release_annotated_without_an_annotation_is_422(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    response = client.post(
        f"/api/v1/held/{hold}/release",
        json={"mode": "annotated", "reason": "ok"},
        headers=auth(keys.reviewer),
    )
    assert_problem(response, 422, "annotation")


def test_return_needs_a_reason(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    url = f"/api/v1/held/{hold}/return"
    missing = assert_problem(client.post(url, json={}, headers=auth(keys.reviewer)), 422, "reason")
    assert missing["errors"][0]["field"] == "body.reason"
    assert_problem(
        client.post(url, json={"reason": "   "}, headers=auth(keys.reviewer)), 422, "reason"
    )
    returned = client.post(
        url, json={"reason": "Please remove the complaint text"}, headers=auth(keys.reviewer)
    )
    assert returned.status_code == 200 and returned.json()["state"] == "returned"
    assert_problem(
        client.post(
            f"/api/v1/held/{hold}/release", json={"reason": "x"}, headers=auth(keys.reviewer)
        ),
        409,
    )


def test_unknown_and_malformed_ids(client, keys):
    assert_problem(client.get("/api/v1/held/999999", headers=auth(keys.reader)), 404, "999999")
    assert_problem(client.get("/api/v1/held/abc", headers=auth(keys.reader)), 422, "record_id")
    assert_problem(client.get("/api/v1/nothing-here", headers=auth(keys.reader)), 404)


def test_held_filters(client, keys, clock):
    early = held_id(client, keys.evaluate, hold_eml(1, sender=CLERK))
    clock.advance(hours=2)
    late = held_id(client, keys.evaluate, hold_eml(2, sender=DEPUTY, to=RESIDENT_2))
    post_eml(client, keys.evaluate, annotate_eml())  # not held: never in the queue

    def ids(**params):
        response = client.get("/api/v1/held", params=params, headers=auth(keys.reader))
        assert response.status_code == 200, response.text
        return [item["id"] for item in response.json()["items"]]

    assert ids() == [early, late]  # oldest first
    assert ids(sender="MARCUS.REID@hartsbourne-tc.gov.uk") == [late]
    assert ids(rule="confidential-disclosure") == [early, late]
    assert ids(rule="silent-bcc") == []
    assert ids(older_than=(START + timedelta(hours=1)).isoformat()) == [early]
    assert ids(limit=1, offset=1) == [late]
    assert_problem(
        client.get("/api/v1/held", params={"limit": 0}, headers=auth(keys.reader)), 422, "limit"
    )


def test_findings_filters(client, keys, clock):
    post_eml(client, keys.evaluate, hold_eml(1))
    clock.advance(days=1)
    post_eml(client, keys.evaluate, annotate_eml(1))
    post_eml(client, keys.evaluate, allow_eml(1))

    def rules(**params):
        response = client.get("/api/v1/findings", params=params, headers=auth(keys.reader))
        assert response.status_code == 200, response.text
        return [(item["rule"], item["message"]["verdict"]) for item in response.json()["items"]]

    assert rules() == [
        ("silent-bcc", "annotate"),
        ("confidential-disclosure", "hold"),
    ]  # newest first
    assert rules(action="hold") == [("confidential-disclosure", "hold")]
    assert rules(rule="silent-bcc") == [("silent-bcc", "annotate")]
    assert rules(since=(START + timedelta(hours=1)).isoformat()) == [("silent-bcc", "annotate")]
    assert rules(until=(START + timedelta(hours=1)).isoformat()) == [
        ("confidential-disclosure", "hold")
    ]
    assert rules(sender="nobody@example.com") == []
    assert_problem(
        client.get("/api/v1/findings", params={"action": "shout"}, headers=auth(keys.reader)),
        422,
        "action",
    )


def test_every_api_step_is_in_a_verifiable_audit_chain(client, keys, sessions):
    hold = held_id(client, keys.evaluate, hold_eml())
    client.post(
        f"/api/v1/held/{hold}/return", json={"reason": "Rewrite it"}, headers=auth(keys.reviewer)
    )
    with sessions() as session:
        report = audit.verify(session)
    assert report.ok and report.checked >= 6


def test_a_reason_with_a_nul_character_is_422(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    response = client.post(
        f"/api/v1/held/{hold}/return", json={"reason": "bad\u0000reason"}, headers=auth(keys.reviewer)
    )
    assert_problem(response, 422, "reason")
