"""Property: parsing arbitrary bytes never raises and always returns a Message."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine.message import Message, parse

HEADERS = st.sampled_from([
    b"From: ", b"To: ", b"Cc: ", b"Bcc: ", b"Subject: ", b"Content-Type: multipart/mixed; boundary=",
    b"Content-Type: text/html; charset=", b"Content-Transfer-Encoding: ", b"Content-Disposition: attachment; filename*=",
    b"Content-Type: message/rfc822", b"\r\n", b"\r\n\r\n", b"--", b"=?utf-8?b?", b"?=", b"<", b">", b",", b'"', b"(",
    b"-----Original Message-----\r\n", b"On Mon, 1 Jan 2024, A <a@b> wrote:\r\n> ", b"From: x\r\nSent: y\r\nTo: z\r\n",
])
mail_like = st.lists(st.one_of(HEADERS, st.binary(max_size=40)), max_size=60).map(b"".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_raise(data):
    assert isinstance(parse(data), Message)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mail_like)
def test_mail_shaped_bytes_never_raise(data):
    message = parse(data)
    assert isinstance(message, Message)
    assert not any(d.code == "parser-bug" for d in message.defects), message.defects


def test_a_nul_in_a_charset_name_falls_back_instead_of_failing():
    """codecs.lookup raises ValueError, not LookupError, for a name with a NUL (found by hypothesis)."""
    message = parse(b"Content-Type: text/plain; charset=\x00\r\n\r\nPlease see the attached.\r\n")
    assert not any(d.code == "parser-bug" for d in message.defects), message.defects
    assert message.error is None
    assert "Please see the attached." in message.new_text
