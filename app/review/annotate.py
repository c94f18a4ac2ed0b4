"""Changing a message before delivery: the pack's annotation, or dropping blind copies.

Only the sender's own body parts change (text/plain and text/html outside any
attached message); attachments and attached messages are left byte-for-byte.
The stdlib `email` package re-serialises; the engine's depth cap (30) keeps it
far from the ~245-deep RecursionError of `as_bytes()`.
"""

from __future__ import annotations

import email
import html
import re
from email import policy as email_policy
from email.message import Message as StdMessage

_BODY_END = re.compile(r"</body\s*>", re.IGNORECASE)


class AnnotationError(Exception):
    """The message could not be re-written; deliver nothing, hold it."""


def annotate_mime(raw: bytes, annotation: str) -> bytes:
    """Append `annotation` to every body part (plain and HTML)."""
    if not annotation:
        return raw
    message = _load(raw)
    changed = 0
    for part in _body_parts(message):
        if part.get_content_type() == "text/plain":
            _append_plain(part, annotation)
        else:
            _append_html(part, annotation)
        changed += 1
    if not changed:  # no body part of its own (signed, broken or attachment-only): add one
        message = _with_added_part(message, annotation)
    return _dump(message)


def _with_added_part(message: StdMessage, annotation: str) -> StdMessage:
    """Wrap the message's own content in multipart/mixed beside a text/plain annotation part.

    The original content, a signed part included, is carried unchanged.
    """
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    inner = StdMessage()
    for key, value in message.items():
        if key.lower().startswith("content-"):
            inner[key] = value
    inner.set_payload(message.get_payload())
    if inner.get("Content-Type") is None:
        inner["Content-Type"] = "text/plain"
    outer = MIMEMultipart("mixed")
    del outer["MIME-Version"]
    for key, value in message.items():
        if not key.lower().startswith("content-"):
            outer[key] = value
    outer.attach(inner)
    outer.attach(MIMEText(annotation + "\n", "plain", "utf-8"))
    return outer


def strip_bcc(raw: bytes) -> bytes:
    """The message without its Bcc header (so no blind copy is delivered)."""
    message = _load(raw)
    del message["Bcc"]
    del message["Resent-Bcc"]
    return _dump(message)


def with_message_id(raw: bytes, message_id: str) -> bytes:
    """`raw` with a Message-ID header put in front (bytes otherwise untouched): for mail that had none."""
    if "\r" in message_id or "\n" in message_id:
        raise AnnotationError("a Message-ID cannot span lines")
    newline = b"\r\n" if raw.split(b"\n", 1)[0].endswith(b"\r") else b"\n"
    return b"Message-ID: " + message_id.encode("ascii", "replace") + newline + raw


def bcc_addresses(raw: bytes) -> list[str]:
    from app.engine.message.addresses import parse_address_list

    message = _load(raw)
    return [a.email for v in message.get_all("Bcc", []) for a in parse_address_list(str(v)) if a.email]


def _load(raw: bytes) -> StdMessage:
    try:
        return email.message_from_bytes(raw, policy=email_policy.compat32)
    except Exception as exc:  # noqa: BLE001
        raise AnnotationError(f"message cannot be re-read: {exc}") from exc


def _dump(message: StdMessage) -> bytes:
    try:
        return message.as_bytes(policy=email_policy.compat32)
    except (RecursionError, Exception) as exc:  # noqa: BLE001
        raise AnnotationError(f"message cannot be re-written: {exc}") from exc


def _body_parts(message: StdMessage):
    """Text parts that are the sender's body: not attachments, not inside an attached message."""
    stack = [message]
    while stack:
        part = stack.pop()
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == "message/rfc822":
                continue
            stack.extend(reversed(part.get_payload()))
            continue
        if ctype in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            yield part


def _decoded(part: StdMessage) -> tuple[str, str]:
    charset = part.get_content_charset() or "utf-8"
    data = part.get_payload(decode=True) or b""
    try:
        return data.decode(charset), charset
    except (LookupError, UnicodeDecodeError):
        return data.decode("utf-8", "replace"), "utf-8"


def _replace(part: StdMessage, text: str, charset: str) -> None:
    cte = (part.get("Content-Transfer-Encoding") or "").lower()
    try:
        data = text.encode(charset)
    except (LookupError, UnicodeEncodeError):
        charset, data = "utf-8", text.encode("utf-8")
    del part["Content-Transfer-Encoding"]
    part.set_param("charset", charset)
    if cte == "base64":
        import base64

        part.set_payload(base64.encodebytes(data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "base64"
    elif cte == "quoted-printable" or any(b > 127 for b in data) or max(map(len, data.split(b"\n")), default=0) > 900:
        import quopri

        part.set_payload(quopri.encodestring(data).decode("ascii"))
        part["Content-Transfer-Encoding"] = "quoted-printable"
    else:
        part.set_payload(data.decode("ascii"))
        part["Content-Transfer-Encoding"] = cte or "7bit"


def _append_plain(part: StdMessage, annotation: str) -> None:
    text, charset = _decoded(part)
    newline = "\r\n" if "\r\n" in text else "\n"
    text = text.rstrip() + newline + newline + annotation.replace("\n", newline) + newline
    _replace(part, text, charset)


def _append_html(part: StdMessage, annotation: str) -> None:
    text, charset = _decoded(part)
    block = "<p>" + "<br>".join(html.escape(line) for line in annotation.splitlines()) + "</p>"
    matches = list(_BODY_END.finditer(text))
    if matches:
        at = matches[-1].start()
        text = text[:at] + block + text[at:]
    else:
        text = text + block
    _replace(part, text, charset)
