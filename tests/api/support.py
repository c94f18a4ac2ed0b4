"""Helpers for the API tests: keys in headers, messages that allow, annotate or hold, problem checks."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.builders import BOWRY, CLERK, EVANS, RESIDENT, make_eml

EVALUATE = "/api/v1/evaluate"
RFC822 = {"Content-Type": "message/rfc822"}
PROBLEM = "application/problem+json"


def auth(token: str, **headers) -> dict:
    return {"Authorization": f"Bearer {token}", **headers}


def allow_eml(n: int = 1) -> bytes:
    return make_eml(
        CLERK,
        [RESIDENT],
        body="Dear Ann,\n\nThe allotment list opens in May.\n\nHelen",
        message_id=f"<allow.{n}@hartsbourne-tc.gov.uk>",
    )


def annotate_eml(n: int = 1) -> bytes:
    return make_eml(CLERK, [EVANS], bcc=[BOWRY], message_id=f"<annotate.{n}@hartsbourne-tc.gov.uk>")


def hold_eml(n: int = 1, sender: str = CLERK, to: str = RESIDENT) -> bytes:
    return make_eml(
        sender,
        [to],
        subject="Private and confidential: complaint",
        body="Dear Ann,\n\nPrivate and confidential.\n\nThe complaint about Cllr Doe is below.\n\nHelen",
        message_id=f"<hold.{n}@hartsbourne-tc.gov.uk>",
    )


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


def graph_message(**fields) -> dict:
    message = {
        "from": {
            "emailAddress": {"name": "Helen Symmons", "address": "clerk@hartsbourne-tc.gov.uk"}
        },
        "toRecipients": [
            {
                "emailAddress": {
                    "name": "Cllr Keith Evans",
                    "address": "cllr.evans@hartsbourne-tc.gov.uk",
                }
            }
        ],
        "bccRecipients": [
            {
                "emailAddress": {
                    "name": "Cllr David Bowry",
                    "address": "cllr.bowry@hartsbourne-tc.gov.uk",
                }
            }
        ],
        "subject": "Allotment waiting list",
        "body": {"contentType": "html", "content": "<p>Dear Keith,</p><p>Please see below.</p>"},
        "isDraft": True,
        "importance": "normal",  # other properties are ignored
    }
    message.update(fields)
    return message
