"""Property tests: whatever a client sends, the API answers with a verdict or a problem, never 500."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.api.support import EVALUATE, auth

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=30,
)
recipient = st.fixed_dictionaries(
    {
        "emailAddress": st.fixed_dictionaries(
            {},
            optional={"name": st.text(max_size=30), "address": st.text(max_size=30) | st.emails()},
        )
    }
)
graph_like = st.fixed_dictionaries(
    {},
    optional={
        "from": recipient,
        "toRecipients": st.lists(recipient, max_size=3),
        "bccRecipients": st.lists(recipient, max_size=3),
        "subject": st.text(max_size=60),
        "body": st.fixed_dictionaries(
            {},
            optional={
                "contentType": st.sampled_from(["text", "html", "rtf"]),
                "content": st.text(max_size=200),
            },
        ),
        "internetMessageId": st.text(max_size=30),
        "internetMessageHeaders": st.lists(
            st.fixed_dictionaries({"name": st.text(max_size=20), "value": st.text(max_size=40)}),
            max_size=3,
        ),
        "attachments": st.lists(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": st.text(max_size=20),
                    "contentType": st.text(max_size=20),
                    "contentBytes": st.text(max_size=20),
                },
            ),
            max_size=2,
        ),
    },
)


@FUZZ
@given(raw=st.binary(max_size=2000))
def test_any_bytes_as_mime_get_a_verdict(client, keys, raw):
    response = client.post(
        EVALUATE, content=raw, headers=auth(keys.evaluate, **{"Content-Type": "message/rfc822"})
    )
    if not raw.strip():
        assert response.status_code == 422
        return
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verdict"] in ("allow", "annotate", "hold", "error")
    if body["verdict"] in ("hold", "error"):
        assert body["hold_id"] == body["record_id"]


@FUZZ
@given(value=json_values | graph_like)
def test_any_json_gets_a_verdict_or_a_422(client, keys, value):
    response = client.post(
        EVALUATE,
        content=json.dumps(value).encode(),
        headers=auth(keys.evaluate, **{"Content-Type": "application/json"}),
    )
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["detail"]


@FUZZ
@given(
    params=st.dictionaries(
        st.sampled_from(
            ["rule", "sender", "older_than", "since", "until", "action", "limit", "offset"]
        ),
        st.text(max_size=30),
        max_size=4,
    ),
    path=st.sampled_from(["/api/v1/held", "/api/v1/findings"]),
)
def test_any_query_gets_a_page_or_a_422(client, keys, params, path):
    response = client.get(path, params=params, headers=auth(keys.reader))
    assert response.status_code in (200, 422), response.text
