"""Hostile Graph JSON from a signed-in add-in user: a verdict or a clear 4xx, never a 500."""

from __future__ import annotations

import json

import pytest

from tests import hostile
from tests.addin.conftest import CLERK_ADDRESS
from tests.api.support import EVALUATE, auth


def _from_clerk(message: dict) -> bytes:
    message["from"] = {"emailAddress": {"name": "Helen Symmons", "address": CLERK_ADDRESS}}
    return json.dumps(message).encode()


CASES = {
    "attachments-20k": (lambda: hostile.graph_many_attachments(20_000), 413),
    "recipients-440k": (lambda: hostile.graph_many_recipients(440_000), 413),
    "lone-surrogate": (hostile.graph_lone_surrogate, 422),
    "nested-json-100k": (lambda: hostile.deeply_nested_json(100_000), 422),
    "items-nested-4": (lambda: hostile.graph_nested_items(4), 422),
    "html-balanced-divs-100k": (lambda: _from_clerk(hostile.graph_message(body={
        "contentType": "html", "content": "<div>" * 100_000 + "Private and confidential" + "</div>" * 100_000})),
        200),
    "item-header-60KB-of-quotes": (lambda: _from_clerk(json.loads(hostile.graph_item_with_quoted_header(60))), 200),
    "line-separators-in-names": (lambda: _from_clerk(json.loads(hostile.graph_line_separators())), 200),
    "250-attachments-named-1000-chars": (lambda: _from_clerk(json.loads(hostile.graph_long_attachment_names(250, 1000))), 200),
}


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(CASES))
def test_hostile_json_from_the_addin_gets_a_verdict_or_a_clear_4xx(client, keys, name):
    build, status = CASES[name]
    response = client.post(EVALUATE, content=build(),
                           headers=auth(keys.token(), **{"Content-Type": "application/json"}))
    assert response.status_code == status, response.text
    if status == 200:
        assert response.json()["verdict"] in ("allow", "annotate", "hold", "error")
    else:
        assert response.headers["content-type"] == "application/problem+json" and response.json()["detail"]
