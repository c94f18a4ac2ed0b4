"""A Microsoft Graph message resource (JSON) as RFC 5322 bytes, so it takes the one parse path.

Fields read (Graph v1.0 `message`): from, sender, toRecipients, ccRecipients,
bccRecipients, replyTo ([{emailAddress: {name, address}}]), subject,
body {contentType: text|html, content}, internetMessageId,
internetMessageHeaders [{name, value}], sentDateTime / createdDateTime, and
attachments: fileAttachment {name, contentType, size, isInline, contentId,
contentBytes (base64, optional)} and itemAttachment {name, item: message}.
Anything else is ignored.

Headers and MIME parts are written here, not by `email`: policy.default
parses every header it folds, which costs seconds on a hostile recipient list
or an attached item's Resent-To (shared/PARSING-HAZARDS.md), and milliseconds
for each long attachment name. Non-ASCII stays UTF-8 (RFC 6532); attachment
names go in RFC 2231 parameters; an attached item is its own bytes.
The output is a pure function of the input — MIME boundaries are derived from
a hash of it — so posting the same JSON twice gives the same bytes and the
same sha256 identity when there is no internetMessageId.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from datetime import datetime
from email.utils import format_datetime
from typing import Any, Mapping

MAX_ITEM_DEPTH = 3  # itemAttachment inside itemAttachment ...
MAX_NAME = 1_000  # an attachment's name or content id (Windows allows 255 for a file name)
FOLD_AT = 900  # RFC 5322 caps lines at 998 octets; fold address lists well before

# Headers this module writes itself; the same names in internetMessageHeaders are dropped.
OWN_HEADERS = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "subject",
        "message-id",
        "date",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
    }
)
_HEADER_NAME = re.compile(r"[!-9;-~]+")  # RFC 5322 ftext: printable ASCII but ':'
_ADDR_SPEC = re.compile(r"[^\s<>(),;:\"\[\]\\@]+@[^\s<>(),;:\"\[\]\\@]+")
_MESSAGE_ID = re.compile(r"<[^\s<>]+>")
_CONTENT_TYPE = re.compile(r"([A-Za-z0-9][\w.+-]*)/([A-Za-z0-9][\w.+-]*)")
# Every line boundary of str.splitlines: `email` refuses a header value holding any of them.
_ATTR_CHARS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$&+-.^_`|~")
_CID_UNSAFE = re.compile(r"[\s<>\"\\]+")
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_RECIPIENT_FIELDS = (
    ("To", "toRecipients"),
    ("Cc", "ccRecipients"),
    ("Bcc", "bccRecipients"),
    ("Reply-To", "replyTo"),
)


class GraphMessageError(ValueError):
    """The JSON is not a usable message resource. The text reads `field: problem`."""


def graph_message_to_mime(resource: Any) -> bytes:
    """RFC 5322 bytes for a Graph message resource; raises GraphMessageError on a bad shape."""
    return _message_bytes(_mapping(resource, "message"), "message", depth=0)


def _message_bytes(resource: Mapping[str, Any], path: str, depth: int) -> bytes:
    seed = hashlib.sha256(_canonical(resource)).hexdigest()[:32]
    headers = _header_lines(resource, path)
    body = _mime_body(resource, path, depth, seed)
    return "".join(headers).encode("utf-8") + body


def _canonical(resource: Mapping[str, Any]) -> bytes:
    return json.dumps(resource, sort_keys=True, ensure_ascii=False, default=str).encode("utf-8")


# -- headers ------------------------------------------------------------------
def _header_lines(resource: Mapping[str, Any], path: str) -> list[str]:
    lines: list[str] = []
    author = resource.get("from") or resource.get("sender")
    if author:
        lines.append(_address_header("From", [_recipient(author, f"{path}.from")]))
    sender = resource.get("sender")
    if sender and resource.get("from"):
        sender_text = _recipient(sender, f"{path}.sender")
        if sender_text != _recipient(resource["from"], f"{path}.from"):
            lines.append(_address_header("Sender", [sender_text]))
    for header, key in _RECIPIENT_FIELDS:
        entries = _list(resource.get(key), f"{path}.{key}")
        if entries:
            lines.append(
                _address_header(
                    header, [_recipient(e, f"{path}.{key}[{i}]") for i, e in enumerate(entries)]
                )
            )
    lines.append(_plain_header("Subject", _str(resource.get("subject"), f"{path}.subject")))
    date = _date(resource.get("sentDateTime") or resource.get("createdDateTime"))
    if date:
        lines.append(_plain_header("Date", date))
    message_id = _message_id(resource.get("internetMessageId"), f"{path}.internetMessageId")
    if message_id:
        lines.append(_plain_header("Message-ID", message_id))
    lines.extend(
        _extra_headers(resource.get("internetMessageHeaders"), f"{path}.internetMessageHeaders")
    )
    return lines


def _recipient(value: Any, path: str) -> str:
    entry = _mapping(value, path)
    email_address = _mapping(entry.get("emailAddress") or {}, f"{path}.emailAddress")
    name = _one_line(_str(email_address.get("name"), f"{path}.emailAddress.name")).strip()
    address = _str(email_address.get("address"), f"{path}.emailAddress.address").strip()
    if address and not _ADDR_SPEC.fullmatch(address):
        raise GraphMessageError(
            f"{path}.emailAddress.address: not an email address: {address[:80]!r}"
        )
    quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"' if name else ""
    if not address:
        return quoted
    return f"{quoted} <{address}>" if quoted else address


def _address_header(name: str, entries: list[str]) -> str:
    entries = [e for e in entries if e]
    lines, current = [], f"{name}: "
    for index, entry in enumerate(entries):
        piece = entry + ("," if index < len(entries) - 1 else "")
        if len(current) + len(piece) > FOLD_AT and current.strip():
            lines.append(current.rstrip())
            current = " "
        current += piece + " "
    lines.append(current.rstrip())
    return "\n".join(lines) + "\n"


def _plain_header(name: str, value: str) -> str:
    return f"{name}: {_fold_words(_one_line(value))}\n"


def _fold_words(value: str) -> str:
    """Fold at spaces so no line passes FOLD_AT (a single longer word is left whole)."""
    if len(value) <= FOLD_AT:
        return value
    lines, current = [], ""
    for word in value.split(" "):
        if current and len(current) + len(word) + 1 > FOLD_AT:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n ".join(lines)


def _extra_headers(value: Any, path: str) -> list[str]:
    lines = []
    for index, item in enumerate(_list(value, path)):
        entry = _mapping(item, f"{path}[{index}]")
        name = _str(entry.get("name"), f"{path}[{index}].name").strip()
        if not _HEADER_NAME.fullmatch(name):
            raise GraphMessageError(f"{path}[{index}].name: not a header field name: {name[:80]!r}")
        if name.lower() in OWN_HEADERS:
            continue
        lines.append(_plain_header(name, _str(entry.get("value"), f"{path}[{index}].value")))
    return lines


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None  # a date is informative only; a bad one is left out rather than refused
    return format_datetime(moment) if moment.tzinfo else None


def _message_id(value: Any, path: str) -> str | None:
    text = _str(value, path).strip()
    if not text:
        return None
    if not _MESSAGE_ID.fullmatch(text):
        raise GraphMessageError(f"{path}: expected <id@domain>, got {text[:80]!r}")
    return text


# -- body and attachments -----------------------------------------------------
def _mime_body(resource: Mapping[str, Any], path: str, depth: int, seed: str) -> bytes:
    body = _mapping(resource.get("body") or {}, f"{path}.body")
    kind = _str(body.get("contentType") or "text", f"{path}.body.contentType").lower()
    if kind not in ("text", "html"):
        raise GraphMessageError(
            f"{path}.body.contentType: expected text or html, got {kind[:40]!r}"
        )
    text = _text_part(_str(body.get("content"), f"{path}.body.content"), "plain" if kind == "text" else "html")
    parts = []
    for index, item in enumerate(_list(resource.get("attachments"), f"{path}.attachments")):
        where = f"{path}.attachments[{index}]"
        parts.append(_attachment_part(_mapping(item, where), where, depth))
    if not parts:
        return b"MIME-Version: 1.0\n" + text
    boundary = f"=_mg_{seed}_0".encode()
    out = bytearray(b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="' + boundary + b'"\n\n')
    for part in (text, *parts):
        out += b"--" + boundary + b"\n" + part + b"\n"
    return bytes(out + b"--" + boundary + b"--\n")


# The MIME is written here, not by `email`: it costs about 5 ms for each attachment whose name is
# 255 characters (it refolds every header it writes), and re-parses an attached item's headers.
def _text_part(content: str, subtype: str) -> bytes:
    data = content.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")
    readable = b"\0" not in data and max(map(len, data.split(b"\n"))) <= FOLD_AT
    encoding = ("7bit" if data.isascii() else "8bit") if readable else "base64"
    head = f'Content-Type: text/{subtype}; charset="utf-8"\nContent-Transfer-Encoding: {encoding}\n\n'.encode()
    payload = data if readable else base64.encodebytes(data)
    return head + payload + (b"" if payload.endswith(b"\n") else b"\n")


def _attachment_part(item: Mapping[str, Any], path: str, depth: int) -> bytes:
    name = _clip(_one_line(_str(item.get("name"), f"{path}.name")).strip())
    nested = item.get("item")  # an itemAttachment expanded with $expand=...item
    if nested is not None:
        if depth + 1 > MAX_ITEM_DEPTH:
            raise GraphMessageError(f"{path}.item: attached items nest deeper than {MAX_ITEM_DEPTH}")
        # The item as its own bytes: nothing re-parses or refolds its headers.
        raw = _message_bytes(_mapping(nested, f"{path}.item"), f"{path}.item", depth + 1)
        return (b"Content-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n"
                + _disposition("attachment", name) + b"\n" + raw)
    maintype, subtype = _content_type(item.get("contentType"))
    if maintype in ("multipart", "message"):
        maintype, subtype = "application", "octet-stream"  # bytes cannot be a container part here
    data = _content_bytes(item.get("contentBytes"), f"{path}.contentBytes")
    content_id = _CID_UNSAFE.sub("", _clip(_str(item.get("contentId"), f"{path}.contentId")))
    head = f"Content-Type: {maintype}/{subtype}\nContent-Transfer-Encoding: base64\n".encode()
    head += _disposition("inline" if item.get("isInline") is True else "attachment", name)
    if content_id:
        head += f"Content-ID: <{content_id}>\n".encode()
    return head + b"\n" + base64.encodebytes(data)


def _disposition(kind: str, name: str) -> bytes:
    if not name:
        return f"Content-Disposition: {kind}\n".encode()
    if name.isascii() and name.isprintable() and '"' not in name and "\\" not in name and len(name) <= 200:
        return f'Content-Disposition: {kind}; filename="{name}"\n'.encode()
    # RFC 2231: UTF-8, percent-encoded, in continuations short enough for any line limit.
    tokens = [chr(b) if b in _ATTR_CHARS else f"%{b:02X}" for b in name.encode("utf-8")]
    chunks, current = [], ""
    for token in tokens:
        if len(current) + len(token) > 150:
            chunks.append(current)
            current = ""
        current += token
    chunks.append(current)
    params = [f"filename*{i}*=" + ("utf-8''" if i == 0 else "") + chunk for i, chunk in enumerate(chunks)]
    return f"Content-Disposition: {kind};\n ".encode() + ";\n ".join(params).encode() + b"\n"


def _clip(text: str) -> str:
    """Names and ids past MAX_NAME characters keep their start and their end (the extension)."""
    return text if len(text) <= MAX_NAME else text[: MAX_NAME - 41] + "\u2026" + text[-40:]


def _content_type(value: Any) -> tuple[str, str]:
    match = _CONTENT_TYPE.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        return "application", "octet-stream"
    return match.group(1).lower(), match.group(2).lower()


def _content_bytes(value: Any, path: str) -> bytes:
    """Decoded contentBytes; absent content (the add-in often sends names only) is empty."""
    if value is None or value == "":
        return b""
    if not isinstance(value, str):
        raise GraphMessageError(f"{path}: expected base64 text")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise GraphMessageError(f"{path}: not valid base64") from None


# -- shapes -------------------------------------------------------------------
def _mapping(value: Any, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise GraphMessageError(f"{path}: expected an object")
    return value


def _list(value: Any, path: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GraphMessageError(f"{path}: expected a list")
    return value


def _str(value: Any, path: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise GraphMessageError(f"{path}: expected a string")
    return value


def _one_line(text: str) -> str:
    """CR/LF would start a new header (header injection); they become spaces."""
    return _LINE_BREAKS.sub(" ", text)
