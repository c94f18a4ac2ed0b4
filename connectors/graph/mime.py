"""What a held draft needs changed before it is sent, read from MIME bytes (stdlib email only)."""

from __future__ import annotations

import email
from email import policy
from email.message import EmailMessage


def _load(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)


def body_of(raw: bytes) -> tuple[str, str] | None:
    """("html"|"text", content) of the message's own body (HTML preferred, as Outlook composes)."""
    try:
        part = _load(raw).get_body(preferencelist=("html", "plain"))
        if part is None:
            return None
        kind = "html" if part.get_content_subtype() == "html" else "text"
        return kind, part.get_content()
    except (LookupError, ValueError, TypeError, AttributeError):
        return None


def has_bcc(raw: bytes) -> bool:
    try:
        return bool(_load(raw).get_all("Bcc"))
    except (ValueError, TypeError):
        return False


def message_id(raw: bytes) -> str:
    try:
        return str(_load(raw).get("Message-ID", "") or "").strip()
    except (ValueError, TypeError):
        return ""


def draft_changes(draft_mime: bytes, wanted: bytes, *, draft_has_bcc: bool) -> dict:
    """The PATCH body that turns the draft (as Graph gives its MIME) into `wanted`.

    message-update.md: body is updatable only while isDraft is true;
    bccRecipients always. Same parse on both sides, so no change means {}.
    `draft_has_bcc` comes from the draft's bccRecipients (JSON), which does not
    depend on whether Exchange writes a Bcc header into the MIME it serves.
    """
    changes: dict = {}
    new_body = body_of(wanted)
    if new_body is not None and new_body != body_of(draft_mime):
        changes["body"] = {"contentType": new_body[0], "content": new_body[1]}
    if draft_has_bcc and not has_bcc(wanted):
        changes["bccRecipients"] = []
    return changes


def with_bcc(raw: bytes, recipients: list) -> bytes:
    """`raw` with a Bcc header from Graph's bccRecipients when its MIME has none, so checks see blind copies."""
    addresses = [r.get("emailAddress", {}).get("address", "") for r in recipients or [] if isinstance(r, dict)]
    addresses = [a for a in addresses if a and "\r" not in a and "\n" not in a]
    if not addresses or has_bcc(raw):
        return raw
    return b"Bcc: " + ", ".join(addresses).encode("utf-8") + b"\r\n" + raw


def odata_quote(value: str) -> str:
    """A string literal for $filter: single quotes doubled (OData ABNF)."""
    return "'" + value.replace("'", "''") + "'"
