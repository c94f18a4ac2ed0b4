"""POST /evaluate on a real database (SQLite and PostgreSQL): verdicts, holds, bodies, limits."""

from __future__ import annotations

import pytest

from tests import hostile
from tests.api.support import (
    EVALUATE,
    RFC822,
    allow_eml,
    annotate_eml,
    assert_problem,
    auth,
    graph_message,
    hold_eml,
    post_eml,
)


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
    assert (
        first["verdict"] == "hold"
        and first["state"] == "held"
        and first["hold_id"] == first["record_id"]
    )
    assert second["record_id"] == first["record_id"] and second["duplicate"] is True
    assert second["hold_id"] == first["hold_id"] and second["findings"] == first["findings"]
    queue = client.get("/api/v1/held", headers=auth(keys.reader)).json()["items"]
    assert [item["id"] for item in queue] == [first["hold_id"]]
    assert queue[0]["findings"][0]["rule"] == "confidential-disclosure"


def test_the_mailbox_parameter_separates_otherwise_identical_messages(client, keys):
    first = post_eml(
        client, keys.evaluate, hold_eml(), mailbox="office@hartsbourne-tc.gov.uk"
    ).json()
    second = post_eml(client, keys.evaluate, hold_eml()).json()
    assert first["record_id"] != second["record_id"] and second["duplicate"] is False


def test_post_send_stage_records_without_holding(client, keys):
    body = post_eml(client, keys.evaluate, hold_eml(), stage="post-send").json()
    assert body["verdict"] == "hold" and body["state"] == "recorded" and body["hold_id"] is None


def test_malformed_mime_is_held_never_a_500(client, keys):
    response = post_eml(client, keys.evaluate, b"\x00\x01\xff this is not mail")
    assert response.status_code == 200, response.text
    body = response.json()
    assert (
        body["verdict"] == "error"
        and body["state"] == "held"
        and body["hold_id"] == body["record_id"]
    )
    assert body["hold_reason"]
    assert (
        client.get(f"/api/v1/held/{body['hold_id']}", headers=auth(keys.reader)).json()["state"]
        == "held"
    )


def test_graph_json_is_checked_like_mime(client, keys):
    first = client.post(EVALUATE, json=graph_message(), headers=auth(keys.evaluate)).json()
    assert first["verdict"] == "annotate" and first["annotation"] == "CC Councillor David Bowry"
    assert first["message_id"].endswith(
        "@mailguard.invalid>"
    )  # no internetMessageId: the hash of the bytes
    again = client.post(EVALUATE, json=graph_message(), headers=auth(keys.evaluate)).json()
    assert again["record_id"] == first["record_id"] and again["duplicate"] is True
    with_id = client.post(
        EVALUATE,
        json=graph_message(internetMessageId="<g.1@hartsbourne-tc.gov.uk>"),
        headers=auth(keys.evaluate),
    ).json()
    assert with_id["message_id"] == "<g.1@hartsbourne-tc.gov.uk>" and with_id["duplicate"] is False


def test_graph_json_confidential_to_a_resident_is_held(client, keys):
    message = graph_message(
        toRecipients=[{"emailAddress": {"address": "ann.fletcher@example.com"}}],
        bccRecipients=[],
        subject="Private and confidential: complaint",
        body={"contentType": "text", "content": "Private and confidential.\n\nHelen"},
    )
    body = client.post(EVALUATE, json=message, headers=auth(keys.evaluate)).json()
    assert body["verdict"] == "hold" and body["hold_id"] is not None


def test_wrong_content_type_is_415(client, keys):
    response = client.post(
        EVALUATE, content=b"hello", headers=auth(keys.evaluate, **{"Content-Type": "text/plain"})
    )
    assert_problem(response, 415, "text/plain", "message/rfc822", "application/json")
    assert_problem(client.post(EVALUATE, content=b"x", headers=auth(keys.evaluate)), 415)


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b'{"subject": "unterminated', ("not valid JSON",)),
        (b"[" * 100_000, ("JSON",)),
        (b'{"toRecipients": "someone@example.com"}', ("toRecipients",)),
        (
            b'{"toRecipients": [{"emailAddress": {"address": "a@b.c>, x@evil.example"}}]}',
            ("not an email address",),
        ),
        (b'"just a string"', ("Graph message",)),
        (b"   ", ("empty",)),
        # JSON, but not a message: never answered "allow"
        (b'{"foo": 1}', ("Graph message", "none of a message's properties")),
        (b"{}", ("Graph message", "none of a message's properties")),
    ],
)
def test_malformed_json_is_422_with_the_reason(client, keys, payload, words):
    response = client.post(
        EVALUATE,
        content=payload,
        headers=auth(keys.evaluate, **{"Content-Type": "application/json"}),
    )
    assert_problem(response, 422, *words)


@pytest.mark.parametrize(
    ("payload", "status", "words"),
    [
        (hostile.graph_lone_surrogate(), 422, ("surrogate", "subject")),
        (hostile.deeply_nested_json(100_000), 422, ("nests too deeply",)),
        (hostile.graph_many_attachments(300), 413, ("300 attachments",)),
        (hostile.graph_many_recipients(2_500), 413, ("2500 recipients",)),
        (hostile.graph_nested_items(4), 422, ("nest deeper than 3",)),
    ],
    ids=["lone-surrogate", "nested-100k", "attachments-300", "recipients-2500", "items-4-deep"],
)
def test_hostile_graph_json_is_refused_while_decoding(client, keys, payload, status, words):
    response = client.post(EVALUATE, content=payload,
                           headers=auth(keys.evaluate, **{"Content-Type": "application/json"}))
    assert_problem(response, status, *words)


def test_graph_json_at_the_caps_is_checked(client, keys):
    response = client.post(EVALUATE, content=hostile.graph_many_attachments(250),
                           headers=auth(keys.evaluate, **{"Content-Type": "application/json"}))
    assert response.status_code == 200, response.text
    assert response.json()["verdict"] in ("allow", "annotate", "hold")


def test_items_nested_without_end_are_422(client, keys):
    item: dict = {"subject": "inner"}
    for _ in range(300):
        item = {"subject": "fwd", "attachments": [{"name": "fwd", "item": item}]}
    assert_problem(client.post(EVALUATE, json=item, headers=auth(keys.evaluate)), 422)


def test_bad_query_parameters_are_422(client, keys):
    assert_problem(post_eml(client, keys.evaluate, allow_eml(), stage="later"), 422, "stage")
    assert_problem(
        post_eml(client, keys.evaluate, allow_eml(), mailbox="a@b.c, d@e.f"), 422, "mailbox"
    )


def test_an_oversized_body_is_413_with_the_limit(client, keys, settings):
    big = allow_eml() + b"x" * (settings.max_request_bytes + 1)
    assert_problem(post_eml(client, keys.evaluate, big), 413, str(settings.max_request_bytes))


def test_a_streamed_body_is_cut_off_at_the_limit(client, keys, settings):
    chunks = (
        b"y" * 65536 for _ in range(settings.max_request_bytes // 65536 + 2)
    )  # no Content-Length
    response = client.post(EVALUATE, content=chunks, headers=auth(keys.evaluate, **RFC822))
    assert_problem(response, 413, str(settings.max_request_bytes))


@pytest.mark.parametrize(
    "build",
    [
        lambda: hostile.deep_multipart(300),
        lambda: hostile.many_parts(2000),
        lambda: hostile.many_addresses(4000),
        lambda: hostile.dotted_from(8000),
        lambda: hostile.encoded_words(10000),
        lambda: hostile.nested_attached_messages(50),
        lambda: hostile.huge_header(200),
    ],
    ids=[
        "deep-multipart",
        "many-parts",
        "many-addresses",
        "dotted-from",
        "encoded-words",
        "nested-messages",
        "huge-header",
    ],
)
def test_hostile_mime_gets_a_verdict_and_unreadable_mail_is_held(client, keys, build):
    response = post_eml(client, keys.evaluate, build())
    assert response.status_code == 200, response.text
    body = response.json()
    if body["verdict"] in ("hold", "error"):
        assert body["hold_id"] == body["record_id"]
    if body["hold_reason"]:  # not fully checked -> never allowed on the strength of what was read
        assert body["state"] == "held"


def test_nul_characters_in_mail_are_recorded_not_a_500(client, keys):
    raw = (
        b"From: Helen <clerk@hartsbourne-tc.gov.uk>\nTo: A\x00B <ann@example.com>\nSubject: x\x00y\n"
        b"Message-ID: <n\x00ul@hartsbourne-tc.gov.uk>\n\nbo\x00dy\n"
    )
    first = post_eml(client, keys.evaluate, raw)
    assert first.status_code == 200, first.text
    assert first.json()["message_id"].endswith(
        "@mailguard.invalid>"
    )  # a NUL id is replaced by a hash
    assert post_eml(client, keys.evaluate, raw).json()["record_id"] == first.json()["record_id"]
    graph = graph_message(subject="a\u0000b", body={"contentType": "text", "content": "x\u0000y"})
    assert client.post(EVALUATE, json=graph, headers=auth(keys.evaluate)).status_code == 200
