"""The HTTP API against a real migrated database; every test runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
import yaml
from fastapi.testclient import TestClient

from app import audit, store
from app.apikeys import create_api_key
from app.settings import Settings
from tests.api.conftest import START, make_client
from tests.builders import BOWRY, CLERK, COUNCIL, DEPUTY, EVANS, RESIDENT, RESIDENT_2, make_eml

EVALUATE = "/api/v1/evaluate"
RFC822 = {"Content-Type": "message/rfc822"}
PROBLEM = "application/problem+json"


def auth(token: str, **headers) -> dict:
    return {"Authorization": f"Bearer {token}", **headers}


def allow_eml(n: int = 1) -> bytes:
    return make_eml(CLERK, [RESIDENT], body="Dear Ann,\n\nThe allotment list opens in May.\n\nHelen",
                    message_id=f"<allow.{n}@hartsbourne-tc.gov.uk>")


def annotate_eml(n: int = 1) -> bytes:
    return make_eml(CLERK, [EVANS], bcc=[BOWRY], message_id=f"<annotate.{n}@hartsbourne-tc.gov.uk>")


def hold_eml(n: int = 1, sender: str = CLERK, to: str = RESIDENT) -> bytes:
    return make_eml(sender, [to], subject="Private and confidential: complaint",
                    body="Dear Ann,\n\nPrivate and confidential.\n\nThe complaint about Cllr Doe is below.\n\nHelen",
                    message_id=f"<hold.{n}@hartsbourne-tc.gov.uk>")


def post_eml(client: TestClient, token: str, raw: bytes, **params):
    return client.post(EVALUATE, content=raw, headers=auth(token, **RFC822), params=params)


def held_id(client: TestClient, token: str, raw: bytes) -> int:
    response = post_eml(client, token, raw)
    assert response.status_code == 200, response.text
    return response.json()["hold_id"]


def assert_problem(response, status: int, *words: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"] == "about:blank"
    for word in words:
        assert word in body["detail"], body
    return body


# -- evaluate -------------------------------------------------------------------
def test_raw_mime_that_passes_is_allowed_and_not_held(client, keys):
    body = post_eml(client, keys.evaluate, allow_eml()).json()
    assert body["verdict"] == "allow" and body["state"] == "allowed"
    assert body["findings"] == [] and body["hold_id"] is None and body["annotation"] is None
    assert body["message_id"] == "<allow.1@hartsbourne-tc.gov.uk>" and body["duplicate"] is False


def test_raw_mime_with_a_silent_bcc_is_annotated_with_the_clause(client, keys):
    body = post_eml(client, keys.evaluate, annotate_eml()).json()
    assert body["verdict"] == "annotate" and body["state"] == "annotated"
    assert body["annotation"] == "CC Councillor David Bowry"
    [finding] = body["findings"]
    assert finding["rule"] == "silent-bcc" and finding["action"] == "annotate"
    assert finding["clause"] and finding["quote"] and finding["tell_sender"]
    assert body["tell_sender"] == [finding["tell_sender"]] and body["hold_id"] is None


def test_a_held_message_posted_twice_is_held_once(client, keys):
    first = post_eml(client, keys.evaluate, hold_eml()).json()
    second = post_eml(client, keys.evaluate, hold_eml()).json()
    assert first["verdict"] == "hold" and first["state"] == "held" and first["hold_id"] == first["record_id"]
    assert second["record_id"] == first["record_id"] and second["duplicate"] is True
    assert second["hold_id"] == first["hold_id"] and second["findings"] == first["findings"]
    queue = client.get("/api/v1/held", headers=auth(keys.reader)).json()["items"]
    assert [item["id"] for item in queue] == [first["hold_id"]]
    assert queue[0]["findings"][0]["rule"] == "confidential-disclosure"


def test_the_mailbox_parameter_separates_otherwise_identical_messages(client, keys):
    first = post_eml(client, keys.evaluate, hold_eml(), mailbox="office@hartsbourne-tc.gov.uk").json()
    second = post_eml(client, keys.evaluate, hold_eml()).json()
    assert first["record_id"] != second["record_id"] and second["duplicate"] is False


def test_post_send_stage_records_without_holding(client, keys):
    body = post_eml(client, keys.evaluate, hold_eml(), stage="post-send").json()
    assert body["verdict"] == "hold" and body["state"] == "recorded" and body["hold_id"] is None


def test_malformed_mime_is_held_never_a_500(client, keys):
    response = post_eml(client, keys.evaluate, b"\x00\x01\xff this is not mail")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] == "error" and body["state"] == "held" and body["hold_id"] == body["record_id"]
    assert body["hold_reason"]
    assert client.get(f"/api/v1/held/{body['hold_id']}", headers=auth(keys.reader)).json()["state"] == "held"


def graph_message(**fields) -> dict:
    message = {
        "from": {"emailAddress": {"name": "Helen Symmons", "address": "clerk@hartsbourne-tc.gov.uk"}},
        "toRecipients": [{"emailAddress": {"name": "Cllr Keith Evans", "address": "cllr.evans@hartsbourne-tc.gov.uk"}}],
        "bccRecipients": [{"emailAddress": {"name": "Cllr David Bowry", "address": "cllr.bowry@hartsbourne-tc.gov.uk"}}],
        "subject": "Allotment waiting list",
        "body": {"contentType": "html", "content": "<p>Dear Keith,</p><p>Please see below.</p>"},
        "isDraft": True, "importance": "normal",  # other properties are ignored
    }
    message.update(fields)
    return message


def test_graph_json_is_checked_like_mime(client, keys):
    first = client.post(EVALUATE, json=graph_message(), headers=auth(keys.evaluate)).json()
    assert first["verdict"] == "annotate" and first["annotation"] == "CC Councillor David Bowry"
    assert first["message_id"].endswith("@mailguard.invalid>")  # no internetMessageId: the hash of the bytes
    again = client.post(EVALUATE, json=graph_message(), headers=auth(keys.evaluate)).json()
    assert again["record_id"] == first["record_id"] and again["duplicate"] is True
    with_id = client.post(EVALUATE, json=graph_message(internetMessageId="<g.1@hartsbourne-tc.gov.uk>"),
                          headers=auth(keys.evaluate)).json()
    assert with_id["message_id"] == "<g.1@hartsbourne-tc.gov.uk>" and with_id["duplicate"] is False


def test_graph_json_confidential_to_a_resident_is_held(client, keys):
    message = graph_message(toRecipients=[{"emailAddress": {"address": "ann.fletcher@example.com"}}],
                            bccRecipients=[], subject="Private and confidential: complaint",
                            body={"contentType": "text", "content": "Private and confidential.\n\nHelen"})
    body = client.post(EVALUATE, json=message, headers=auth(keys.evaluate)).json()
    assert body["verdict"] == "hold" and body["hold_id"] is not None


def test_wrong_content_type_is_415(client, keys):
    response = client.post(EVALUATE, content=b"hello", headers=auth(keys.evaluate, **{"Content-Type": "text/plain"}))
    assert_problem(response, 415, "text/plain", "message/rfc822", "application/json")
    assert_problem(client.post(EVALUATE, content=b"x", headers=auth(keys.evaluate)), 415)


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b'{"subject": "unterminated', ("not valid JSON",)),
        (b"[" * 100_000, ("JSON",)),
        (b'{"toRecipients": "someone@example.com"}', ("toRecipients",)),
        (b'{"toRecipients": [{"emailAddress": {"address": "a@b.c>, x@evil.example"}}]}', ("not an email address",)),
        (b'"just a string"', ("Graph message",)),
        (b"   ", ("empty",)),
    ],
)
def test_malformed_json_is_422_with_the_reason(client, keys, payload, words):
    response = client.post(EVALUATE, content=payload,
                           headers=auth(keys.evaluate, **{"Content-Type": "application/json"}))
    assert_problem(response, 422, *words)


def test_items_nested_without_end_are_422(client, keys):
    item: dict = {"subject": "inner"}
    for _ in range(300):
        item = {"subject": "fwd", "attachments": [{"name": "fwd", "item": item}]}
    assert_problem(client.post(EVALUATE, json=item, headers=auth(keys.evaluate)), 422)


def test_bad_query_parameters_are_422(client, keys):
    assert_problem(post_eml(client, keys.evaluate, allow_eml(), stage="later"), 422, "stage")
    assert_problem(post_eml(client, keys.evaluate, allow_eml(), mailbox="a@b.c, d@e.f"), 422, "mailbox")


def test_a_council_whose_pack_cannot_load_gets_503_not_a_verdict(settings, sessions, clock):
    with sessions() as session:
        council = store.create_council(session, slug="broken", name="Broken", pack="no-such-pack",
                                       directory_yaml="council: Broken\ndomains: [broken.example]\npeople: []\n",
                                       now=START)
        token = create_api_key(session, council, name="t", scopes=["evaluate"], now=START)[1]
        session.commit()
    with make_client(settings, sessions, clock) as broken:
        response = post_eml(broken, token, allow_eml())
    body = assert_problem(response, 503, "protocol pack")
    assert "no-such-pack" not in body["detail"]


# -- body size ------------------------------------------------------------------
def test_an_oversized_body_is_413_with_the_limit(client, keys, settings):
    big = allow_eml() + b"x" * (settings.max_request_bytes + 1)
    assert_problem(post_eml(client, keys.evaluate, big), 413, str(settings.max_request_bytes))


def test_a_streamed_body_is_cut_off_at_the_limit(client, keys, settings):
    chunks = (b"y" * 65536 for _ in range(settings.max_request_bytes // 65536 + 2))  # no Content-Length
    response = client.post(EVALUATE, content=chunks, headers=auth(keys.evaluate, **RFC822))
    assert_problem(response, 413, str(settings.max_request_bytes))


# -- authentication ---------------------------------------------------------------
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
    release = client.post(f"/api/v1/held/{hold}/release", json={"reason": "fine"}, headers=auth(keys.reader))
    assert_problem(release, 403, "review:write")
    assert_problem(post_eml(client, keys.reader, allow_eml()), 403, "evaluate")


def test_another_councils_key_cannot_see_or_decide_a_held_message(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    assert_problem(client.get(f"/api/v1/held/{hold}", headers=auth(keys.other)), 404)
    assert_problem(client.post(f"/api/v1/held/{hold}/release", json={"reason": "mine now"},
                               headers=auth(keys.other)), 404)
    assert client.get("/api/v1/held", headers=auth(keys.other)).json()["items"] == []
    assert client.get("/api/v1/findings", headers=auth(keys.other)).json()["items"] == []
    assert client.get(f"/api/v1/held/{hold}", headers=auth(keys.reader)).json()["state"] == "held"


# -- review -------------------------------------------------------------------------
def test_release_then_a_second_release_is_409(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    first = client.post(f"/api/v1/held/{hold}/release", json={"mode": "as-sent", "reason": "Checked with the MO"},
                        headers=auth(keys.reviewer))
    assert first.status_code == 200, first.text
    assert first.json()["kind"] == "release" and first.json()["state"] == "released"
    second = client.post(f"/api/v1/held/{hold}/release", json={"reason": "again"}, headers=auth(keys.reviewer))
    assert_problem(second, 409, "released")
    detail = client.get(f"/api/v1/held/{hold}", headers=auth(keys.reader)).json()
    assert detail["state"] == "released"
    assert [(d["kind"], d["reason"]) for d in detail["decisions"]] == [("release", "Checked with the MO")]
    assert client.get("/api/v1/held", headers=auth(keys.reader)).json()["items"] == []


def test_release_annotated_without_an_annotation_is_422(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    response = client.post(f"/api/v1/held/{hold}/release", json={"mode": "annotated", "reason": "ok"},
                           headers=auth(keys.reviewer))
    assert_problem(response, 422, "annotation")


def test_return_needs_a_reason(client, keys):
    hold = held_id(client, keys.evaluate, hold_eml())
    url = f"/api/v1/held/{hold}/return"
    missing = assert_problem(client.post(url, json={}, headers=auth(keys.reviewer)), 422, "reason")
    assert missing["errors"][0]["field"] == "body.reason"
    assert_problem(client.post(url, json={"reason": "   "}, headers=auth(keys.reviewer)), 422, "reason")
    returned = client.post(url, json={"reason": "Please remove the complaint text"}, headers=auth(keys.reviewer))
    assert returned.status_code == 200 and returned.json()["state"] == "returned"
    assert_problem(client.post(f"/api/v1/held/{hold}/release", json={"reason": "x"},
                               headers=auth(keys.reviewer)), 409)


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
    assert_problem(client.get("/api/v1/held", params={"limit": 0}, headers=auth(keys.reader)), 422, "limit")


def test_findings_filters(client, keys, clock):
    post_eml(client, keys.evaluate, hold_eml(1))
    clock.advance(days=1)
    post_eml(client, keys.evaluate, annotate_eml(1))
    post_eml(client, keys.evaluate, allow_eml(1))

    def rules(**params):
        response = client.get("/api/v1/findings", params=params, headers=auth(keys.reader))
        assert response.status_code == 200, response.text
        return [(item["rule"], item["message"]["verdict"]) for item in response.json()["items"]]

    assert rules() == [("silent-bcc", "annotate"), ("confidential-disclosure", "hold")]  # newest first
    assert rules(action="hold") == [("confidential-disclosure", "hold")]
    assert rules(rule="silent-bcc") == [("silent-bcc", "annotate")]
    assert rules(since=(START + timedelta(hours=1)).isoformat()) == [("silent-bcc", "annotate")]
    assert rules(until=(START + timedelta(hours=1)).isoformat()) == [("confidential-disclosure", "hold")]
    assert rules(sender="nobody@example.com") == []
    assert_problem(client.get("/api/v1/findings", params={"action": "shout"}, headers=auth(keys.reader)),
                   422, "action")


def test_every_api_step_is_in_a_verifiable_audit_chain(client, keys, sessions):
    hold = held_id(client, keys.evaluate, hold_eml())
    client.post(f"/api/v1/held/{hold}/return", json={"reason": "Rewrite it"}, headers=auth(keys.reviewer))
    with sessions() as session:
        report = audit.verify(session)
    assert report.ok and report.checked >= 6


# -- operations -----------------------------------------------------------------------
def test_healthz(client):
    for path in ("/healthz", "/api/v1/healthz"):
        response = client.get(path)
        assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok"}


def test_metrics_count_checks_and_read_the_queue(client, keys):
    post_eml(client, keys.evaluate, hold_eml())
    post_eml(client, keys.evaluate, hold_eml())  # a duplicate is not a second message
    post_eml(client, keys.evaluate, allow_eml())
    text = client.get("/metrics").text
    assert 'mailguard_messages_checked_total{verdict="hold"} 1.0' in text
    assert 'mailguard_messages_checked_total{verdict="allow"} 1.0' in text
    assert 'mailguard_messages_checked_total{verdict="annotate"} 0.0' in text
    assert "mailguard_check_seconds_count 3.0" in text
    assert "mailguard_held_queue_depth 1.0" in text
    assert "mailguard_intents_pending" in text


def test_metrics_belong_to_each_app(settings, sessions, keys, clock):
    with make_client(settings, sessions, clock) as first, make_client(settings, sessions, clock) as second:
        post_eml(first, keys.evaluate, allow_eml())
        assert 'mailguard_messages_checked_total{verdict="allow"} 1.0' in first.get("/metrics").text
        assert 'mailguard_messages_checked_total{verdict="allow"} 0.0' in second.get("/metrics").text


def test_openapi_documents_the_api(client):
    schema = client.get("/openapi.json").json()
    evaluate = schema["paths"]["/api/v1/evaluate"]["post"]
    assert set(evaluate["requestBody"]["content"]) == {"message/rfc822", "application/json"}
    assert "GraphMessage" in schema["components"]["schemas"]
    assert {"verdict", "findings", "hold_id", "tell_sender"} <= set(
        schema["components"]["schemas"]["EvaluateResult"]["properties"])
    assert client.get("/docs").status_code == 200


def test_an_unmigrated_database_gives_a_500_problem_without_internals(tmp_path, clock):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}")
    app_client = make_client(settings, None, clock)
    with TestClient(app_client.app, raise_server_exceptions=False) as plain:
        response = plain.post(EVALUATE, content=allow_eml(), headers=auth("mg_abc_def", **RFC822))
        body = assert_problem(response, 500, "logged")
        assert "no such table" not in response.text and "sqlite" not in response.text.lower()
        assert body["title"] == "Internal Server Error"


def test_the_lifespan_builds_its_engine_from_settings(fresh_db_url, clock):
    from app.db import make_engine, make_sessionmaker

    engine = make_engine(fresh_db_url)
    with make_sessionmaker(engine)() as session:
        council = store.create_council(session, slug="own", name="Own", pack="leigh-on-sea",
                                       directory_yaml=yaml.safe_dump(COUNCIL), now=START)
        token = create_api_key(session, council, name="t", scopes=["evaluate", "review:read"], now=START)[1]
        session.commit()
    engine.dispose()
    app_client = make_client(Settings(database_url=fresh_db_url), None, clock)
    assert app_client.app.state.sessionmaker is None  # nothing is built before startup
    with app_client:
        hold = held_id(app_client, token, hold_eml())
        assert app_client.get(f"/api/v1/held/{hold}", headers=auth(token)).json()["state"] == "held"
        assert app_client.app.state.engine is not None
    assert app_client.app.state.sessionmaker is None and app_client.app.state.engine is None
