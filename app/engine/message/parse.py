"""RFC 5322 bytes -> Message, once, bounded, never raising.

Parsing is separate from policy (as in Python's `email` package): this module
knows nothing of councils. Every cap in `Limits` is applied before the step it
guards; whatever was worked around is recorded as a Defect; a `limit:` defect
means some content was not inspected, which the engine treats as a reason to
hold.
"""

from __future__ import annotations

from app.engine.message import mime, msg
from app.engine.message.addresses import parse_address, parse_address_list
from app.engine.message.embedded.split import split_inline
from app.engine.message.encoded_words import decode_bytes
from app.engine.message.limits import DEFAULT_LIMITS, Deadline, Limits
from app.engine.message.model import (
    Address,
    Attachment,
    BodyText,
    Defect,
    EmbeddedMessage,
    Message,
    first_header,
)
from app.engine.message.text import html_to_text

_ADDRESS_HEADERS = ("from", "to", "cc", "bcc", "reply-to", "sender")
_MESSAGE_TYPES = frozenset({"message/rfc822", "message/global", "message/news", "text/rfc822-headers"})
_MSG_TYPES = frozenset({"application/vnd.ms-outlook", "application/x-msg"})


def parse(raw: bytes, limits: Limits = DEFAULT_LIMITS) -> Message:
    """Parse one message. Never raises; a message with nothing readable has `error` set."""
    deadline = Deadline(limits.time_budget_s)
    try:
        return _parse(bytes(raw), limits, deadline, depth=0, mime_depth=0, counter=[0])
    except MemoryError:  # past the memory one message may use (app.offload sets it in its pool)
        return Message(size=len(raw), error="not checked: reading it needed more memory than one message may use",
                       defects=(Defect("limit:memory", "MemoryError", fatal=True),))
    except RecursionError:  # belt and braces: every step is iterative or depth-capped
        return Message(size=len(raw), error="message structure too deep to read",
                       defects=(Defect("limit:depth", "recursion", fatal=True),))
    except Exception as exc:  # noqa: BLE001 - a parser bug must not drop a message
        return Message(size=len(raw), error=f"internal parser error: {type(exc).__name__}: {exc}",
                       defects=(Defect("parser-bug", repr(exc)[:300], fatal=True),))



def read_msg(data: bytes, *, limits: Limits = DEFAULT_LIMITS, depth: int = 1,
             deadline: Deadline | None = None) -> tuple[EmbeddedMessage, ...]:
    """An Outlook .msg item and what it carries (attached .eml read by `parse`); () if unreadable."""
    return msg.read_msg(data, parse_eml=parse, limits=limits, depth=depth, deadline=deadline)


def read_msg_report(data: bytes, *, limits: Limits = DEFAULT_LIMITS, depth: int = 1,
                    deadline: Deadline | None = None) -> msg.MsgRead:
    """`read_msg`, and why nothing was read when nothing was."""
    return msg.read_msg_report(data, parse_eml=parse, limits=limits, depth=depth, deadline=deadline)


def _parse(
    raw: bytes, limits: Limits, deadline: Deadline, *, depth: int, mime_depth: int, counter: list[int]
) -> Message:
    defects: list[Defect] = []
    if len(raw) > limits.max_message_bytes:
        defects.append(Defect("limit:message-size", f"message larger than {limits.max_message_bytes} bytes; cut"))
        raw = raw[: limits.max_message_bytes]
    root = mime.walk(raw, limits, defects, deadline, base_depth=mime_depth, counter=counter)
    headers = root.headers
    if not headers:
        reason = "empty input" if not raw.strip() else "not an RFC 5322 message: no header fields found"
        return Message(size=len(raw), error=reason, defects=tuple(defects) + (Defect("no-headers", reason, fatal=True),))
    addr = _addresses(headers, limits, defects)
    collector = _Collector(limits, deadline, defects, depth, counter)
    collector.visit(root)
    if deadline.expired():
        defects.append(Defect("limit:time", f"parsing took longer than {limits.time_budget_s}s; some content not read"))
    return Message(
        message_id=_first(headers, "message-id").strip(),
        from_=addr["from"],
        sender_header=addr["sender"][0] if addr["sender"] else None,
        to=addr["to"],
        cc=addr["cc"],
        bcc=addr["bcc"],
        reply_to=addr["reply-to"],
        subject=" ".join(_first(headers, "subject").split()),
        date=_first(headers, "date").strip(),
        headers=tuple(headers),
        bodies=tuple(collector.bodies),
        attachments=tuple(collector.attachments),
        embedded=tuple(collector.embedded[: limits.max_embedded]),
        defects=tuple(defects),
        size=len(raw),
    )


def _first(headers: list[tuple[str, str]], name: str) -> str:
    return first_header(headers, name) or ""


def _addresses(headers, limits: Limits, defects: list[Defect]) -> dict[str, tuple[Address, ...]]:
    found: dict[str, list[Address]] = {name: [] for name in _ADDRESS_HEADERS}
    for key, value in headers:
        name = key.lower()
        if name in found:
            found[name].extend(parse_address_list(value, max_addresses=limits.max_addresses_per_header))
    for name, addresses in found.items():
        if len(addresses) > limits.max_addresses_per_header:
            defects.append(Defect("limit:addresses", f"{name}: more than {limits.max_addresses_per_header} addresses"))
            del addresses[limits.max_addresses_per_header :]
        unusable = [a for a in addresses if not a.email]
        if unusable and name != "from":
            defects.append(Defect("address-invalid", f"{name}: {len(unusable)} entry(ies) without an address"))
    return {name: tuple(_dedupe(v)) for name, v in found.items()}


def _dedupe(addresses: list[Address]) -> list[Address]:
    seen, out = set(), []
    for a in addresses:
        key = a.email or a.name
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


class _Collector:
    """Walks the part tree once: bodies, attachments, embedded messages."""

    def __init__(self, limits: Limits, deadline: Deadline, defects: list[Defect], depth: int, counter: list[int]):
        self.limits, self.deadline, self.defects, self.depth = limits, deadline, defects, depth
        self.counter = counter
        self.bodies: list[BodyText] = []
        self.attachments: list[Attachment] = []
        self.embedded: list[EmbeddedMessage] = []

    def visit(self, root: mime.Part) -> None:
        stack = [root]
        while stack:
            part = stack.pop()
            if part.children:
                stack.extend(reversed(part.children))
                continue
            if self.deadline.expired():
                self.defects.append(Defect("limit:time", f"part {part.path} and later not read"))
                return
            self._leaf(part)

    def _leaf(self, part: mime.Part) -> None:
        ctype = part.content_type
        disposition, _ = part.disposition
        filename = part.filename
        is_attachment = disposition.lower() == "attachment" or (bool(filename) and not ctype.startswith("text/"))
        lower_name = filename.lower()
        if ctype in _MESSAGE_TYPES or lower_name.endswith(".eml"):
            self._attached_message(part, filename)
            return
        if ctype in _MSG_TYPES or lower_name.endswith(".msg"):
            self._attach(part, filename)
            self._outlook_item(part)
            return
        if ctype in ("text/plain", "text/html") and not (disposition.lower() == "attachment" and filename):
            self._body(part)
            return
        if ctype.startswith("text/") and is_attachment:
            self._attach(part, filename)
            self._body(part)  # a text attachment is content too
            return
        if ctype.startswith("multipart/"):
            return  # unreadable multipart, defect already recorded
        self._attach(part, filename)

    def _attach(self, part: mime.Part, filename: str) -> None:
        disposition, _ = part.disposition
        self.attachments.append(
            Attachment(
                filename=filename or "",
                content_type=part.content_type,
                size=mime.estimated_size(part),
                inline=disposition.lower() == "inline",
                path=part.path,
            )
        )

    def _body(self, part: mime.Part) -> None:
        data = mime.decode_payload(part, self.defects, self.limits.max_text_part_bytes)
        text = decode_bytes(data, part.charset)
        if part.content_type == "text/html":
            if len(data) > self.limits.max_html_bytes:
                self.defects.append(Defect("limit:html-size", f"part {part.path}: HTML cut to {self.limits.max_html_bytes} bytes"))
                text = text[: self.limits.max_html_bytes]
            text, degraded = html_to_text(text, max_formatting_tags=self.limits.max_html_formatting_tags)
            if degraded:
                self.defects.append(Defect("html-fallback", f"part {part.path}: hostile HTML, tags stripped"))
        if len(text) > self.limits.max_text_chars:
            self.defects.append(Defect("limit:text-size", f"part {part.path}: text cut to {self.limits.max_text_chars} characters"))
            text = text[: self.limits.max_text_chars]
        split = split_inline(text, limits=self.limits, deadline=self.deadline)
        self.defects.extend(split.defects)
        self.bodies.append(BodyText(part.content_type, text, split.new_text, part.path))
        self._add_embedded(split.embedded)

    def _add_embedded(self, items) -> None:
        for item in items:
            item = _shift(item, self.depth)
            if not any(_same_embedded(item, e) for e in self.embedded):
                self.embedded.append(item)

    def _attached_message(self, part: mime.Part, filename: str) -> None:
        self._attach(part, filename)
        if self.depth + 1 > self.limits.max_embedded_depth or part.depth + 1 >= self.limits.max_depth:
            self.defects.append(Defect("limit:embedded-depth", f"part {part.path}: attached message too deep; not read"))
            return
        data = mime.decode_payload(part, self.defects)
        inner = _parse(data, self.limits, self.deadline, depth=self.depth + 1,
                       mime_depth=part.depth + 1, counter=self.counter)
        if inner.error:
            self.defects.append(Defect("attached-message-unreadable", f"part {part.path}: {inner.error}"))
            return
        self.defects.extend(Defect(d.code, f"in attached message {part.path}: {d.detail}") for d in inner.defects)
        self.embedded.append(_as_embedded(inner, self.depth + 1))
        self.embedded.extend(inner.embedded)
        self.attachments.extend(inner.attachments)

    def _outlook_item(self, part: mime.Part) -> None:
        data = mime.decode_payload(part, self.defects)
        report = read_msg_report(data, limits=self.limits, depth=self.depth + 1, deadline=self.deadline)
        self.defects.extend(
            Defect(d.code if d.code.startswith("limit:") else "msg-unreadable" if d.fatal else d.code,
                   f"Outlook item {part.path}: {d.detail}") for d in report.defects
        )
        self.embedded.extend(report.items)


def _as_embedded(inner: Message, depth: int) -> EmbeddedMessage:
    header_lines = [f"From: {inner.sender.display()}"] if inner.sender else []
    header_lines += [f"{name}: {', '.join(a.display() for a in people)}"
                     for name, people in (("To", inner.to), ("Cc", inner.cc)) if people]
    header_lines += [f"{name}: {value}" for name, value in (("Date", inner.date), ("Subject", inner.subject)) if value]
    return EmbeddedMessage(
        kind="attached",
        format="rfc822",
        sender=inner.sender,
        to=inner.to,
        cc=inner.cc,
        date=inner.date,
        subject=inner.subject,
        body=inner.new_text,
        header_text="\n".join(header_lines),
        depth=depth,
        recipients_known=bool(inner.to or inner.cc),
        attachments=inner.attachments,
        headers=inner.headers,
    )


def _shift(item: EmbeddedMessage, depth: int) -> EmbeddedMessage:
    if not depth:
        return item
    from dataclasses import replace

    return replace(item, depth=item.depth + depth)


def _same_embedded(a: EmbeddedMessage, b: EmbeddedMessage) -> bool:
    """The same earlier message seen in both the plain and the HTML alternative."""
    if a.depth != b.depth:
        return False
    sa = a.sender.email or a.sender.name.lower() if a.sender else ""
    sb = b.sender.email or b.sender.name.lower() if b.sender else ""
    return sa == sb and " ".join(a.subject.split()).lower() == " ".join(b.subject.split()).lower() and (
        " ".join(a.date.split()) == " ".join(b.date.split()) or not a.date or not b.date
    )


__all__ = ["parse", "parse_address", "parse_address_list"]
