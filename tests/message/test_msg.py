"""read_msg: Outlook .msg items, their embedded .msg/.eml items, and broken files."""

from __future__ import annotations

import os
from pathlib import Path

import olefile
import pytest

from app.engine.message.limits import Limits
from app.engine.message.parse import read_msg, read_msg_report

REALMAIL = Path(__file__).resolve().parents[1] / "realmail"  # tests/realmail: samples with their licences


def sample(name: str) -> bytes:
    path = REALMAIL / name
    assert path.is_file(), f"realmail sample missing: {path} (tests/realmail is part of the repository)"
    return path.read_bytes()


def test_plain_msg_item_with_sender_and_recipients():
    [item] = read_msg(sample("plain/msgreader__sent.msg"))
    assert (item.kind, item.format, item.depth) == ("attached", "msg", 1)
    assert item.sender.email == "xmailuser@xmailserver.test"
    assert item.subject == "Sent time"
    assert item.body.strip() == "Test mail"
    assert item.recipients_known is True and len(item.to) == 1
    assert "\r" not in item.body


def test_depth_is_the_callers():
    [item] = read_msg(sample("plain/msgreader__sent.msg"), depth=3)
    assert item.depth == 3


def test_embedded_msg_item_is_read_one_level_deeper():
    outer, inner = read_msg(sample("forwards/msgreader__msgInMsg.msg"))
    assert outer.subject == "I have attachments!" and outer.depth == 1
    assert any(a.content_type == "application/vnd.ms-outlook" for a in outer.attachments)
    assert inner.depth == 2 and inner.format == "msg"
    assert (inner.sender.name, inner.sender.email) == ("Microsoft Outlook", "xmailuser@xmailserver.test")
    assert inner.recipients_known is True


def test_two_levels_of_embedded_items_and_an_unsent_draft():
    items = read_msg(sample("forwards/msgreader__msgInMsgInMsg.msg"))
    assert [e.depth for e in items] == [1, 2, 3]
    draft = items[1]
    assert draft.sender is None and draft.recipients_known is False  # never sent, no sender
    assert items[2].sender.email == "xmailuser@xmailserver.test"


def test_attached_eml_file_inside_msg_is_parsed():
    items = read_msg(sample("forwards/msgreader__attach_sample_eml_sent.msg"))
    assert [(e.format, e.depth) for e in items] == [("msg", 1), ("rfc822", 2)]
    assert (items[1].sender.name, items[1].sender.email) == ("hmail", "hmailuser@hmailserver.test")
    assert items[1].headers  # the raw headers of the attached message


def test_embedded_depth_limit_stops_reading_deeper_items():
    report = read_msg_report(sample("forwards/msgreader__msgInMsgInMsg.msg"), limits=Limits(max_embedded_depth=2))
    assert [e.depth for e in report.items] == [1, 2]
    assert any(d.code == "limit:embedded-depth" for d in report.defects)


def test_inline_quotes_in_a_msg_body_come_after_the_item(tmp_path):
    # Rewrite the body stream of a real .msg in place (olefile writes same-size streams only).
    path = tmp_path / "reply.msg"
    path.write_bytes(sample("plain/spamscope__mail_outlook_1_de_council.msg"))
    body_stream = "__substg1.0_1000001F"
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        size = ole.get_size(body_stream)
        text = ("Agreed, see below.\r\n\r\nOn Mon, 3 Mar 2025 at 10:12, Keith Evans "
                "<cllr.evans@example.gov.uk> wrote:\r\n> Can we meet?\r\n")
        ole.write_stream(body_stream, text.ljust(size // 2).encode("utf-16-le"))
    items = read_msg(path.read_bytes(), depth=2)
    assert [(e.kind, e.depth) for e in items] == [("attached", 2), ("quote", 3)]
    assert items[1].sender.email == "cllr.evans@example.gov.uk"
    assert items[1].body == "Can we meet?"
    assert items[0].body.startswith("Agreed, see below.")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not an outlook file at all",
        os.urandom(4096),
        olefile.MAGIC + b"\x00" * 600,  # OLE signature, nothing after it
    ],
)
def test_broken_files_return_nothing_and_say_why(data):
    assert read_msg(data) == ()
    report = read_msg_report(data)
    assert report.items == () and report.defects and report.defects[0].code == "msg-unreadable"


def test_truncated_msg_never_raises():
    data = sample("forwards/msgreader__msgInMsg.msg")
    for cut in (512, len(data) // 3, len(data) // 2, len(data) - 100):
        report = read_msg_report(data[:cut])
        assert isinstance(report.items, tuple)
        assert report.items or report.defects


def test_oversized_input_is_refused_before_parsing():
    report = read_msg_report(b"x" * 2048, limits=Limits(max_message_bytes=1024))
    assert report.items == () and report.defects[0].code == "limit:message-size"


def test_corrupted_msg_files_never_raise():
    import random

    rng = random.Random(20251202)
    originals = [sample("forwards/msgreader__msgInMsgInMsg.msg"), sample("plain/msgreader__sent.msg")]
    for _ in range(150):
        data = bytearray(rng.choice(originals))
        for _ in range(rng.randint(1, 40)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        report = read_msg_report(bytes(data))
        assert all(e.kind == "attached" or e.kind in ("quote", "forward") for e in report.items)
        assert report.items or report.defects
