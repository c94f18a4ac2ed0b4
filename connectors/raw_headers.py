"""Byte-level header work for the IMAP and SMTP connectors: the message body is never re-serialised.

The worker has already written any annotation into the MIME; here we only
read the Message-ID and addresses, give a message a Message-ID, and drop the
Bcc header from what is transmitted (blind recipients go in the envelope only).
"""

from __future__ import annotations

import hashlib
import re
from email.header import decode_header, make_header
from email.utils import getaddresses

_FOLDED = re.compile(rb"^[ \t]")


def crlf(raw: bytes) -> bytes:
    """CRLF line ends, as SMTP DATA and IMAP APPEND require (bare LF would read as one endless line)."""
    return re.sub(rb"\r?\n", b"\r\n", raw)


def split(raw: bytes) -> tuple[list[bytes], bytes, bytes]:
    """(header lines with their line ends, the blank separator line, the body)."""
    lines = raw.splitlines(keepends=True)
    headers: list[bytes] = []
    for index, line in enumerate(lines):
        if line in (b"\r\n", b"\n"):
            return headers, line, b"".join(lines[index + 1:])
        headers.append(line)
    return headers, b"", b""


def _fields(headers: list[bytes]) -> list[tuple[str, list[bytes]]]:
    """Header fields as (lower-case name, physical lines), folded lines kept with their field."""
    fields: list[tuple[str, list[bytes]]] = []
    for line in headers:
        if _FOLDED.match(line) and fields:
            fields[-1][1].append(line)
        else:
            name = line.split(b":", 1)[0].strip().decode("ascii", "replace").lower()
            fields.append((name, [line]))
    return fields


def header_values(raw: bytes, name: str) -> list[str]:
    headers, _, _ = split(raw)
    values = []
    for field, lines in _fields(headers):
        if field == name.lower():
            text = b"".join(lines).split(b":", 1)[1] if b":" in lines[0] else b""
            values.append(re.sub(r"\r?\n[ \t]", " ", text.decode("utf-8", "replace")).strip())
    return values


def message_id(raw: bytes) -> str:
    values = header_values(raw, "Message-ID")
    match = re.search(r"<[^<>\s]+>", values[0]) if values else None
    return match.group(0) if match else ""


def without_headers(raw: bytes, names: tuple[str, ...]) -> bytes:
    headers, blank, body = split(raw)
    drop = {n.lower() for n in names}
    kept = [line for field, lines in _fields(headers) if field not in drop for line in lines]
    return b"".join(kept) + blank + body


def with_message_id(raw: bytes, value: str) -> bytes:
    """`raw` with its Message-ID replaced by (or given) `value`."""
    headers, blank, body = split(raw)
    newline = b"\r\n" if (headers[:1] and headers[0].endswith(b"\r\n")) or not headers else b"\n"
    kept = [line for field, lines in _fields(headers) if field != "message-id" for line in lines]
    return f"Message-ID: {value}".encode("ascii") + newline + b"".join(kept) + (blank or newline) + body


def derived_message_id(key: str, raw: bytes, prefix: str = "mg") -> str:
    """A Message-ID fixed by the idempotency key, in the sender's domain when it has one."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    domain = "mailguard.invalid"
    for _, address in getaddresses(header_values(raw, "From")):
        if "@" in address:
            domain = address.rsplit("@", 1)[1].strip(">").lower() or domain
            break
    return f"<{prefix}-{digest}@{domain}>"


def _decoded(value: str) -> str:
    try:
        return str(make_header(decode_header(value)))
    except Exception:  # noqa: BLE001 - a broken encoded-word leaves the raw text
        return value


def recipients(raw: bytes) -> list[str]:
    """Every To, Cc and Bcc address, each once, in order (the SMTP envelope)."""
    found: list[str] = []
    for name in ("To", "Cc", "Bcc"):
        for _, address in getaddresses([_decoded(v) for v in header_values(raw, name)]):
            address = address.strip()
            if "@" in address and address.lower() not in (a.lower() for a in found):
                found.append(address)
    return found
