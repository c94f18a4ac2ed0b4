"""Outlook .msg (OLE/CFB) items, read into EmbeddedMessage values.

python-oxmsg (MIT) reads the compound file and its property streams; it does
not expose items *embedded* in a .msg (an attachment whose storage holds a
`__substg1.0_3701000D` sub-storage, MS-OXMSG §2.2.2.1), so those storages are
read here with oxmsg's own `Message`/`Properties` over the sub-storage, with
the 24-byte property header that embedded items use (the root uses 32).
extract-msg is GPL-3.0 and is not used.

`read_msg` returns the item itself first (kind "attached", format "msg"),
then what it carries: messages quoted inline in its body (via split_inline),
attached .msg items and attached .eml files, each one level deeper. A file
that is not a readable .msg gives (); `read_msg_report` also says why, so a
caller can record a defect. Neither raises.

An attached .eml is read by the RFC 5322 parser, which itself reads attached .msg items with this
module; so the parser is passed in (`parse_eml`) rather than imported, and the two modules do not
import each other. `app.engine.message.parse.read_msg` is the ready-wired entry.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from oxmsg import Message as OxMessage
from oxmsg.domain import constants as c
from oxmsg.properties import Properties

from app.engine.message.addresses import parse_address_list
from app.engine.message.embedded.split import split_inline
from app.engine.message.limits import DEFAULT_LIMITS, Deadline, Limits
from app.engine.message.model import Address, Attachment, Defect, EmbeddedMessage, Message
from app.engine.message.text import html_to_text

EMBEDDED_STORAGE = "__substg1.0_3701000D"
EMBEDDED_HEADER_OFFSET = 24  # MS-OXMSG 2.4.1.2: embedded message objects' property header
ATTACH_EMBEDDED_MSG = 5  # PidTagAttachMethod afEmbeddedMessage
RECIPIENT_TO, RECIPIENT_CC = 1, 2
PID_RECIPIENT_SMTP = 0x39FE


ParseEml = Callable[[bytes, Limits], Message]  # app.engine.message.parse.parse


@dataclass(frozen=True, slots=True)
class MsgRead:
    items: tuple[EmbeddedMessage, ...]
    defects: tuple[Defect, ...] = ()


def read_msg(data: bytes, *, parse_eml: ParseEml, limits: Limits = DEFAULT_LIMITS, depth: int = 1,
             deadline: Deadline | None = None) -> tuple[EmbeddedMessage, ...]:
    """The .msg item and what it carries; () when `data` is not a readable .msg."""
    return read_msg_report(data, parse_eml=parse_eml, limits=limits, depth=depth, deadline=deadline).items


def read_msg_report(data: bytes, *, parse_eml: ParseEml, limits: Limits = DEFAULT_LIMITS, depth: int = 1,
                    deadline: Deadline | None = None) -> MsgRead:
    defects: list[Defect] = []
    if len(data) > limits.max_message_bytes:
        return MsgRead((), (Defect("limit:message-size", f"{len(data)} bytes", fatal=True),))
    try:
        item = OxMessage.load(bytes(data))
    except Exception as exc:  # olefile and oxmsg raise many kinds on broken files
        return MsgRead((), (Defect("msg-unreadable", type(exc).__name__, fatal=True),))
    reader = _Reader(limits, deadline, defects, parse_eml)
    items = reader.item(item, depth)
    return MsgRead(tuple(items), tuple(defects))


class _EmbeddedOxMessage(OxMessage):
    """An oxmsg Message over an embedded item's storage (24-byte property header)."""

    @property
    def _properties(self) -> Properties:
        return Properties(self._storage, properties_header_offset=EMBEDDED_HEADER_OFFSET)


class _Reader:
    def __init__(self, limits: Limits, deadline: Deadline | None, defects: list[Defect], parse_eml: ParseEml):
        self.limits = limits
        self.parse_eml = parse_eml
        self.deadline = deadline
        self.defects = defects
        self.count = 0

    def item(self, item: OxMessage, depth: int) -> list[EmbeddedMessage]:
        if depth > self.limits.max_embedded_depth or self.count >= self.limits.max_embedded:
            detail = f"embedded .msg item at depth {depth} not read"
            self.defects.append(Defect("limit:embedded-depth", detail))
            return []
        self.count += 1
        try:
            head, body = _as_embedded(item, depth)
        except Exception as exc:  # a broken property stream: skip this item, keep the rest
            self.defects.append(Defect("msg-item-unreadable", type(exc).__name__))
            return []
        found = [head]
        split = split_inline(body, limits=self.limits, deadline=self.deadline)
        self.defects.extend(split.defects)
        found.extend(replace(e, depth=e.depth + depth) for e in split.embedded)
        for attachment in _attachments_of(item, self.defects):
            if self.deadline is not None and self.deadline.expired():
                self.defects.append(Defect("limit:time", "attachments of a .msg item not read"))
                break
            found.extend(self._attachment(attachment, depth + 1))
        return found

    def _attachment(self, attachment, depth: int) -> list[EmbeddedMessage]:
        storage = attachment._storage
        inner = next((s for s in storage.storages if s.name == EMBEDDED_STORAGE), None)
        if inner is not None:
            return self.item(_EmbeddedOxMessage(inner), depth)
        name = (_safe(lambda: attachment.file_name) or "").lower()
        mime = (_safe(lambda: attachment.mime_type) or "").lower()
        data = _safe(lambda: attachment.file_bytes)
        if not data:
            return []
        if name.endswith(".msg"):
            nested = read_msg_report(data, parse_eml=self.parse_eml, limits=self.limits, depth=depth,
                                     deadline=self.deadline)
            self.defects.extend(nested.defects)
            return list(nested.items)
        if name.endswith(".eml") or mime == "message/rfc822":
            return self._eml(data, depth)
        return []

    def _eml(self, data: bytes, depth: int) -> list[EmbeddedMessage]:
        # parse counts depth from its own top; lower its ceiling so .msg -> .eml -> .msg -> ...
        # chains stay within max_embedded_depth overall.
        remaining = self.limits.max_embedded_depth - depth
        if remaining < 0:
            detail = f"attached .eml at depth {depth} not read"
            self.defects.append(Defect("limit:embedded-depth", detail))
            return []
        inner = self.parse_eml(data, replace(self.limits, max_embedded_depth=remaining))
        if inner.error:
            self.defects.append(Defect("attached-message-unreadable", inner.error))
            return []
        head = EmbeddedMessage(
            kind="attached", format="rfc822", sender=inner.sender, to=inner.to, cc=inner.cc,
            date=inner.date, subject=inner.subject, body=inner.new_text,
            header_text="\n".join(f"{k}: {v}" for k, v in inner.headers
                                  if k.lower() in ("from", "to", "cc", "date", "subject")),
            depth=depth, recipients_known=bool(inner.to or inner.cc),
            attachments=inner.attachments, headers=inner.headers,
        )
        return [head, *(replace(e, depth=e.depth + depth) for e in inner.embedded)]


def _as_embedded(item: OxMessage, depth: int) -> tuple[EmbeddedMessage, str]:
    props = item.properties
    to, cc = _recipients(item)
    body = (props.str_prop_value(c.PID_BODY) or "").replace("\r\n", "\n")
    if not body.strip():
        html = _safe(lambda: item.html_body)
        body = html_to_text(html)[0] if html else ""
    sender = _sender(props, _safe(lambda: item.message_headers.get("From")) or "")
    date = _safe(lambda: item.sent_date)
    subject = props.str_prop_value(c.PID_SUBJECT) or ""
    header = [f"From: {sender.display()}" if sender else "From:", f"Subject: {subject}"]
    head = EmbeddedMessage(
        kind="attached", format="msg", sender=sender, to=to, cc=cc,
        date=date.isoformat() if date else "", subject=subject, body=body,
        header_text="\n".join(header), depth=depth, recipients_known=bool(to or cc),
        attachments=tuple(_attachment_records(item)),
    )
    return head, body


def _sender(props: Properties, from_header: str) -> Address | None:
    if from_header:
        found = parse_address_list(from_header, max_addresses=1)
        if found:
            return found[0]
    name = (props.str_prop_value(c.PID_SENDER_NAME)
            or props.str_prop_value(c.PID_SENT_REPRESENTING_NAME) or "").strip()
    email = ""
    for pid in (c.PID_SENDER_SMTP_ADDRESS, c.PID_SENDER_EMAIL_ADDRESS,
                c.PID_SENT_REPRESENTING_EMAIL_ADDRESS):
        value = (props.str_prop_value(pid) or "").strip()
        if "@" in value:  # skip Exchange X.500 DNs ("/O=EXCHANGELABS/...")
            email = value.lower()
            break
    if not (name or email):
        return None  # an unsent draft
    return Address(name=name, email=email, raw=f"{name} <{email}>" if email else name)


def _recipients(item: OxMessage) -> tuple[tuple[Address, ...], tuple[Address, ...]]:
    to: list[Address] = []
    cc: list[Address] = []
    for recipient in _safe(lambda: item.recipients) or ():
        kind = _safe(lambda: recipient.properties.int_prop_value(c.PID_RECIPIENT_TYPE))
        name = _safe(lambda: recipient.name) or ""
        email = _safe(lambda: recipient.email_address) or ""
        email = email.lower() if "@" in email else ""
        if not (name or email):
            continue
        address = Address(name=name, email=email, raw=f"{name} <{email}>" if email else name)
        (cc if kind == RECIPIENT_CC else to if kind in (RECIPIENT_TO, None) else []).append(address)
    return tuple(to), tuple(cc)


def _attachments_of(item: OxMessage, defects: list[Defect]):
    try:
        return item.attachments
    except Exception as exc:
        defects.append(Defect("msg-attachments-unreadable", type(exc).__name__))
        return ()


def _attachment_records(item: OxMessage):
    for attachment in _safe(lambda: item.attachments) or ():
        embedded = any(s.name == EMBEDDED_STORAGE for s in attachment._storage.storages)
        name = _safe(lambda: attachment.file_name) or ("(embedded item)" if embedded else "")
        mime = _safe(lambda: attachment.mime_type) or ""
        mime = "application/vnd.ms-outlook" if embedded else mime
        yield Attachment(filename=name, content_type=mime, size=_safe(lambda: attachment.size) or 0)


def _safe(read):
    """Read one oxmsg property; a missing or corrupt stream reads as None."""
    try:
        return read()
    except Exception:
        return None
