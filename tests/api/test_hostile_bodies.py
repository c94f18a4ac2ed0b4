"""Every hostile input through POST /evaluate, raw and as Graph JSON, at the default body limit.

Each gets a verdict (held when it could not be fully read) or a clear 4xx, never a 500.
Costs are measured in bench/api_bench.py (hostile scenario), not here.
"""

from __future__ import annotations

import json

import pytest

from tests import hostile
from tests.api.conftest import make_client
from tests.api.support import EVALUATE, RFC822, auth

RAW = {
    "balanced-divs-100k": lambda: hostile.balanced_divs(100_000),
    "formatting-40k": lambda: hostile.nested_formatting_html(40_000),
    "unclosed-tags-1MB": lambda: hostile.unclosed_tags_html(1024),
    "deep-multipart-1000": lambda: hostile.deep_multipart(1000),
    "parts-10k": lambda: hostile.many_parts(10_000),
    "addresses-16k": lambda: hostile.many_addresses(16_000),
    "dotted-from-32k": lambda: hostile.dotted_from(32_000),
    "encoded-words-50k": lambda: hostile.encoded_words(50_000),
    "header-400KB": lambda: hostile.huge_header(400),
    "quote-line-1MB": lambda: hostile.single_line_quote(1024),
    "quote-levels-5k": lambda: hostile.deep_quote_levels(5_000),
    "attached-messages-60": lambda: hostile.nested_attached_messages(60),
    "utf-7-lone-surrogate": hostile.utf7_lone_surrogate,
    "punycode-charset-300k": lambda: hostile.punycode_body(300),
    "undefined-charset": hostile.undefined_charset,
    "unterminated-tags-1MB": lambda: hostile.unterminated_tags_html(1024),
}
JSON_BODIES = {
    "attachments-20k": (lambda: hostile.graph_many_attachments(20_000), 413),
    "attachments-350k": (lambda: hostile.graph_many_attachments(350_000), 413),
    "recipients-440k": (lambda: hostile.graph_many_recipients(440_000), 413),
    "lone-surrogate": (hostile.graph_lone_surrogate, 422),
    "nested-json-100k": (lambda: hostile.deeply_nested_json(100_000), 422),
    "items-nested-4": (lambda: hostile.graph_nested_items(4), 422),
    "html-body-balanced-divs": (lambda: json.dumps(hostile.graph_message(body={
        "contentType": "html", "content": "<div>" * 100_000 + "x" + "</div>" * 100_000})).encode(), 200),
    "item-header-60KB-of-quotes": (lambda: hostile.graph_item_with_quoted_header(60), 200),
    "line-separators-in-names": (hostile.graph_line_separators, 200),
    "250-attachments-named-1000-chars": (lambda: hostile.graph_long_attachment_names(250, 1000), 200),
}


@pytest.fixture
def big_client(db_url, sessions, keys, clock):
    from app.settings import Settings

    with make_client(Settings(database_url=db_url), sessions, clock) as client:  # the 30 MB default limit
        yield client


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(RAW))
def test_hostile_raw_mime_gets_a_verdict(big_client, keys, name):
    response = big_client.post(EVALUATE, content=RAW[name](), headers=auth(keys.evaluate, **RFC822))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] in ("allow", "annotate", "hold", "error")
    if body["hold_reason"]:  # not fully read: held, never allowed on the strength of what was read
        assert body["state"] == "held"


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(JSON_BODIES))
def test_hostile_graph_json_gets_a_verdict_or_a_clear_4xx(big_client, keys, name):
    build, status = JSON_BODIES[name]
    response = big_client.post(EVALUATE, content=build(),
                               headers=auth(keys.evaluate, **{"Content-Type": "application/json"}))
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["verdict"] in ("allow", "annotate", "hold", "error")
    else:
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["detail"]


@pytest.mark.timeout(120)
def test_a_message_the_offload_pool_cannot_read_is_held_with_the_reason(db_url, sessions, keys, clock):
    from app import offload
    from app.settings import Settings

    raw = hostile.big_with_attachments(25)  # reading it needs about 80 MB; the pool lets it have 32
    settings = Settings(database_url=db_url, offload_memory_mb=32)
    try:
        with make_client(settings, sessions, clock) as client:
            response = client.post(EVALUATE, content=raw, headers=auth(keys.evaluate, **RFC822))
    finally:
        offload.configure(offload.OffloadSettings())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] == "error" and body["state"] == "held" and body["hold_id"] == body["record_id"]
    assert body["hold_reason"].startswith("not checked: "), body["hold_reason"]
    assert body["message_id"] != "" and body["findings"] == []
