"""Declared charsets: what Python can decode is not always a mail charset, nor always writable text."""

import pytest

from app.engine.message import parse
from app.engine.message.encoded_words import decode_bytes
from tests import hostile


def test_utf7_lone_surrogates_become_replacement_characters():
    # `+2AA-` is U+D800 alone: kept, it fails every UTF-8 writer (database, JSON answer, CLI output).
    assert decode_bytes(b"Private +2AA- note", "utf-7") == "Private \ufffd note"
    assert decode_bytes(b"caf+AOk-", "UTF-7") == "caf\u00e9"  # real UTF-7 still decodes


@pytest.mark.parametrize("charset", ["punycode", "idna", "undefined", "unicode_escape", "raw-unicode-escape"])
def test_codecs_that_are_no_mail_charset_are_read_as_unknown(charset):
    assert decode_bytes("Strictly confidential \u00e9".encode(), charset) == "Strictly confidential \u00e9"
    assert decode_bytes(b"\\ud800 \\N{BULLET}", charset) == "\\ud800 \\N{BULLET}"  # escapes stay as written


@pytest.mark.parametrize("build", [hostile.utf7_lone_surrogate, lambda: hostile.punycode_body(300),
                                   hostile.undefined_charset])
def test_such_a_message_is_read_whole(build):
    message = parse(build())
    assert message.error is None
    assert message.message_id == "<hostile@test>"
    text = " ".join(body.text for body in message.bodies)
    assert text.strip()
    text.encode("utf-8")  # writable
    message.subject.encode("utf-8")
