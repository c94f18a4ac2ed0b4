"""Property: parsing arbitrary bytes never raises and always returns a Message."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.message import Message, parse

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
