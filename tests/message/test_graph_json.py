"""Graph message resource JSON -> RFC 5322 bytes, read back through the normal parser."""

from __future__ import annotations

import base64
import time

import pytest

from app.engine.message import parse
from app.engine.message.graph_json import GraphMessageError, graph_message_to_mime

DOMAIN = "hartsbourne-tc.gov.uk"


def recipient(address: str, name: str = "") -> dict:
    return {"emailAddress": {"name": name, "address": address}}


def resource(**fields) -> dict:
    base = {
        "from": recipient(f"clerk@{DOMAIN}", "Helen Symmons"),
        "toRecipients": [recipient("ann.fletcher@example.com", "Ann Fletcher")],
        "subject": "Allotment waiting list",
        "body": {"contentType": "text", "content": "Dear Ann,\n\nThe list opens in May.\n\nHelen"},
    }
    base.update(fields)
    return base


def converted(**fields):
    return parse(graph_message_to_mime(resource(**fields)))


def test_addresses_subject_and_text_survive_the_round_trip():
    message = converted(
        ccRecipients=[recipient(f"cllr.evans@{DOMAIN}", "Cllr Keith Evans")],
        bccRecipients=[recipient(f"cllr.bowry@{DOMAIN}", 'Bowry, David "Dave"')],
        subject="Allotments – Dée",
    )
    assert [a.email for a in message.from_] == [f"clerk@{DOMAIN}"]
    assert [(a.name, a.email) for a in message.to] == [("Ann Fletcher", "ann.fletcher@example.com")]
    assert [a.email for a in message.cc] == [f"cllr.evans@{DOMAIN}"]
    assert [(a.name, a.email) for a in message.bcc] == [
        ('Bowry, David "Dave"', f"cllr.bowry@{DOMAIN}")
    ]
    assert message.subject == "Allotments – Dée"
    assert "The list opens in May." in message.text
    assert message.error is None and not message.defects


def test_html_body_is_read_as_text():
    message = converted(
        body={"contentType": "HTML", "content": "<p>Dear Ann,</p><p>Private and confidential</p>"}
    )
    assert "Private and confidential" in message.text


def test_same_json_gives_the_same_bytes_and_different_json_different_bytes():
    with_attachment = resource(
        attachments=[
            {
                "name": "a.txt",
                "contentType": "text/plain",
                "contentBytes": base64.b64encode(b"hello").decode(),
            }
        ]
    )
    assert graph_message_to_mime(with_attachment) == graph_message_to_mime(dict(with_attachment))
    assert graph_message_to_mime(with_attachment) != graph_message_to_mime(resource())


def test_message_id_is_kept_when_given_and_absent_otherwise():
    assert converted(internetMessageId="<abc.1@example.net>").message_id == "<abc.1@example.net>"
    assert b"Message-ID" not in graph_message_to_mime(resource())
    with pytest.raises(GraphMessageError, match="internetMessageId"):
        graph_message_to_mime(resource(internetMessageId="no angle brackets"))


def test_sender_differing_from_from_becomes_the_sender_header():
    message = converted(sender=recipient(f"marcus.reid@{DOMAIN}", "Marcus Reid"))
    assert (
        message.sender_header is not None and message.sender_header.email == f"marcus.reid@{DOMAIN}"
    )
    assert [a.email for a in message.from_] == [f"clerk@{DOMAIN}"]
    only_sender = parse(
        graph_message_to_mime(
            {**resource(), "from": None, "sender": recipient(f"marcus.reid@{DOMAIN}")}
        )
    )
    assert [a.email for a in only_sender.from_] == [f"marcus.reid@{DOMAIN}"]


def test_internet_headers_pass_through_but_cannot_replace_or_inject_ours():
    message = converted(
        internetMessageHeaders=[
            {"name": "Sensitivity", "value": "Company-Confidential"},
            {"name": "Bcc", "value": "hidden@example.org"},
            {"name": "X-Note", "value": "a\r\nTo: injected@example.org"},
        ]
    )
    assert message.header("Sensitivity") == "Company-Confidential"
    assert all(a.email != "hidden@example.org" for a in message.recipients)
    assert [a.email for a in message.to] == ["ann.fletcher@example.com"]
    assert "injected@example.org" in (message.header("X-Note") or "")


@pytest.mark.parametrize(
    "address", ["not-an-address", "a@b.c>, evil@example.org", "a b@c.d", "x@y\r\nBcc: z@q"]
)
def test_an_unusable_address_is_refused_with_its_path(address):
    with pytest.raises(GraphMessageError, match=r"toRecipients\[1\]\.emailAddress\.address"):
        graph_message_to_mime(
            resource(toRecipients=[recipient("ok@example.com"), recipient(address)])
        )


def test_a_name_without_an_address_is_kept_as_a_name():
    message = converted(toRecipients=[recipient("", "Ann Fletcher"), recipient("bob@example.org")])
    assert [a.email for a in message.to if a.email] == ["bob@example.org"]
    assert any(a.name == "Ann Fletcher" and not a.email for a in message.to)


def test_file_attachments_with_and_without_content():
    message = converted(
        attachments=[
            {
                "@odata.type": "#microsoft.graph.fileAttachment",
                "name": "Part 2 report.pdf",
                "contentType": "application/pdf",
                "contentBytes": base64.b64encode(b"%PDF-1.7 x").decode(),
            },
            {
                "name": "minutes.docx",
                "contentType": "application/vnd.openxmlformats",
                "size": 20480,
            },
            {
                "name": "logo.png",
                "contentType": "image/png",
                "isInline": True,
                "contentId": "logo1",
                "contentBytes": base64.b64encode(b"\x89PNG").decode(),
            },
        ]
    )
    by_name = {a.filename: a for a in message.attachments}
    assert by_name["Part 2 report.pdf"].size == 10
    assert by_name["minutes.docx"].content_type == "application/vnd.openxmlformats"
    assert by_name["logo.png"].inline is True


def test_bad_base64_is_refused():
    with pytest.raises(GraphMessageError, match=r"attachments\[0\]\.contentBytes"):
        graph_message_to_mime(resource(attachments=[{"name": "a", "contentBytes": "***"}]))


def test_an_item_attachment_becomes_an_attached_message():
    inner = {
        "from": recipient(f"marcus.reid@{DOMAIN}", "Marcus Reid"),
        "toRecipients": [recipient(f"cllr.doe@{DOMAIN}")],
        "subject": "Complaint about the hall",
        "body": {"contentType": "text", "content": "In confidence."},
    }
    message = converted(
        attachments=[
            {"@odata.type": "#microsoft.graph.itemAttachment", "name": "Complaint", "item": inner}
        ]
    )
    attached = [e for e in message.embedded if e.kind == "attached"]
    assert attached and attached[0].subject == "Complaint about the hall"
    assert attached[0].sender is not None and attached[0].sender.email == f"marcus.reid@{DOMAIN}"


def test_items_nested_too_deep_are_refused():
    item: dict = resource()
    for _ in range(5):
        item = resource(attachments=[{"name": "fwd", "item": item}])
    with pytest.raises(GraphMessageError, match="nest deeper"):
        graph_message_to_mime(item)


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"toRecipients": {"emailAddress": {}}}, "message.toRecipients: expected a list"),
        ({"subject": 7}, "message.subject: expected a string"),
        ({"body": {"contentType": "rtf", "content": ""}}, "message.body.contentType"),
        (
            {"internetMessageHeaders": [{"name": "Bad Name", "value": "x"}]},
            "internetMessageHeaders[0].name",
        ),
        ({"from": "clerk@x.org"}, "message.from: expected an object"),
    ],
)
def test_wrong_shapes_are_refused_with_field_and_problem(fields, path):
    with pytest.raises(GraphMessageError) as caught:
        graph_message_to_mime(resource(**fields))
    assert path in str(caught.value)


def test_not_an_object_is_refused():
    with pytest.raises(GraphMessageError, match="message: expected an object"):
        graph_message_to_mime(["not", "a", "message"])


def test_long_headers_are_folded_under_the_line_limit():
    raw = graph_message_to_mime(
        resource(
            subject="word " * 400,
            toRecipients=[
                recipient(f"resident{i}@example.com", f"Resident {i}") for i in range(200)
            ],
        )
    )
    assert max(len(line) for line in raw.split(b"\n")) <= 998
    message = parse(raw)
    assert message.subject == ("word " * 400).strip() and len(message.to) == 200


def test_a_huge_recipient_list_converts_fast_and_the_parser_sees_its_limit():
    many = [recipient(f"resident{i}@example.com", f"Resident {i}") for i in range(10_000)]
    started = time.perf_counter()
    raw = graph_message_to_mime(resource(toRecipients=many))
    elapsed = time.perf_counter() - started
    assert elapsed < 2.0  # policy.default's header classes take seconds for this many addresses
    assert any(d.code.startswith("limit:") for d in parse(raw).defects)  # so the engine holds it


def test_an_attached_item_is_carried_as_its_own_bytes_whatever_its_headers_hold():
    import json

    from tests import hostile

    raw = graph_message_to_mime(json.loads(hostile.graph_item_with_quoted_header(60)))
    message = parse(raw)
    assert message.error is None
    attached = [e for e in message.embedded if e.kind == "attached"]
    assert len(attached) == 1 and attached[0].sender.email == "clerk@leighonseatowncouncil.gov.uk"
    assert attached[0].subject == "Forwarded complaint"
    assert attached[0].header("Resent-From") == ":;" * 512  # as the sender's client gave it


def test_line_separators_in_names_and_subject_become_spaces():
    import json

    from tests import hostile

    message = parse(graph_message_to_mime(json.loads(hostile.graph_line_separators())))
    assert message.error is None
    assert message.subject == "Agenda Plan B C D E"
    assert message.to[0].name == "Cllr Plan B C D E"
    assert [a.filename for a in message.attachments] == ["Plan B C D E.pdf"]


def test_long_and_non_ascii_attachment_names_are_written_as_rfc2231_and_read_back_whole():
    import json

    from tests import hostile

    message = parse(graph_message_to_mime(json.loads(hostile.graph_long_attachment_names(3, 600))))
    assert message.error is None and not message.defects
    assert [a.filename for a in message.attachments] == [f"{i} " + "\u00e9 " * 299 + "\u00e9" for i in range(3)]
