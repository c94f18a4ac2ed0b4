"""What the sender wrote vs the earlier messages quoted or forwarded inline below it.

`split_inline(text)` reads a body's text line by line. An earlier message
starts at one of:

- a reply attribution ("On ... X wrote:", localised, possibly wrapped over
  a few lines) — kind "quote"; its body is the ">" block after it, or, when
  the client left it unquoted, the rest of the text;
- a separator line ("-----Original Message-----", "Begin forwarded message:",
  Outlook's "____" rule, localised) and/or a header block (From/Sent/To/
  Subject, localised) — kind "forward"; its body is the rest of the text;
- a ">" block with no attribution — an earlier message of unknown author,
  unless it is simply the body of the message whose header precedes it, or a
  later part of an interleaved reply to an attributed quote.

Bodies are scanned again for messages nested inside them (depth + 1). Text
at the top level outside every embedded message — above the first marker and
between interleaved quotes — is `new_text`; the signature stays in it.
`EmbeddedMessage.body` is that message's own text, without the messages
nested in it (they are listed after it, one level deeper).

Bounded: lines are cut at `limits.max_line_chars`, at most
`limits.max_embedded` messages are recorded and nesting stops at
`limits.max_embedded_depth` (the rest stays text), the deadline is checked
between blocks, and the function never raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.message.embedded.blocks import (
    MAX_HEADER_LINE_CHARS,
    QUOTE_PREFIX,
    Found,
    attribution,
    field_block,
    has_text,
    quote_block_end,
    quoted_at,
    separator_block,
    skip_blank,
    unquote,
)
from app.engine.message.embedded.client_strings import BIDI_CONTROLS
from app.engine.message.embedded.headers import addresses_from_value
from app.engine.message.limits import DEFAULT_LIMITS, Deadline, Limits
from app.engine.message.model import Defect, EmbeddedMessage

_BIDI = re.compile("[" + "".join(map(chr, BIDI_CONTROLS)) + "]")


@dataclass(frozen=True, slots=True)
class InlineSplit:
    new_text: str
    embedded: tuple[EmbeddedMessage, ...] = ()
    defects: tuple[Defect, ...] = ()


def split_inline(
    text: str, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline | None = None
) -> InlineSplit:
    """Split a body's text into what its sender wrote and the earlier messages inside it."""
    try:
        scanner = _Scanner(limits, deadline)
        own, found = scanner.scan(_lines(text, limits, scanner.defects), 1, body_start=False)
        embedded = tuple(_flatten(found, 1, limits))
        return InlineSplit("\n".join(own).strip("\n"), embedded, tuple(scanner.defects))
    except Exception as exc:  # never raise on mail; the text is kept whole
        return InlineSplit(text, (), (Defect("parser-bug", f"split_inline: {type(exc).__name__}"),))


def _lines(text: str, limits: Limits, defects: list[Defect]) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("\u200b", "")  # BOMs and zero-width spaces
    if _BIDI.search(text):  # right-to-left clients wrap names and colons in them
        text = _BIDI.sub("", text)
    lines = text.split("\n")
    cap = limits.max_line_chars
    if any(len(line) > cap for line in lines):
        defects.append(Defect("limit:line-length", f"lines longer than {cap} characters were cut"))
        lines = [line[:cap] for line in lines]
    return lines


class _Scanner:
    def __init__(self, limits: Limits, deadline: Deadline | None):
        self.limits = limits
        self.deadline = deadline
        self.defects: list[Defect] = []
        self.count = 0
        self.stopped = False

    def _may_open(self, level: int) -> bool:
        """Whether another embedded message may be recorded at this nesting level."""
        if self.stopped:
            return False
        if self.deadline is not None and self.deadline.expired():
            self._stop("limit:time", "embedded-message scan stopped at the time budget")
        elif self.count >= self.limits.max_embedded:
            self._stop("limit:embedded-count", f"over {self.limits.max_embedded} embedded messages")
        elif level > self.limits.max_embedded_depth:
            if not any(d.code == "limit:embedded-depth" for d in self.defects):
                detail = f"nesting deeper than {self.limits.max_embedded_depth}"
                self.defects.append(Defect("limit:embedded-depth", detail))
            return False
        return not self.stopped

    def _stop(self, code: str, detail: str) -> None:
        self.stopped = True
        self.defects.append(Defect(code, detail))

    def scan(
        self, lines: list[str], level: int, *, body_start: bool
    ) -> tuple[list[str], list[Found]]:
        """(own lines, messages found directly at this level, their nested ones as children)."""
        own: list[str] = []
        found: list[Found] = []
        own_has_text = False  # kept as lines are added: rescanning `own` would be quadratic
        i, n = 0, len(lines)
        while i < n:
            if not self._may_open(level):
                own.extend(lines[i:])
                break
            line = lines[i]
            if QUOTE_PREFIX.match(line):
                end = quote_block_end(lines, i)
                before = len(own)
                self._take_quote_block(lines[i:end], level, own, found, body_start, own_has_text)
                own_has_text = own_has_text or has_text(own[before:])
                i = end
                continue
            header = self._header_at(lines, i, level)
            if header is not None:
                message, end = header
                message.after_text = own_has_text
                if message.kind == "quote" and quoted_at(lines, skip_blank(lines, end)):
                    start = skip_blank(lines, end)
                    stop = quote_block_end(lines, start)
                    message.body, message.children = self.scan(
                        [unquote(x) for x in lines[start:stop]], level + 1, body_start=True)
                    found.append(message)
                    i = stop
                    continue
                message.body, message.children = self.scan(lines[end:], level + 1, body_start=True)
                found.extend(self._absorb_bare_separator(message))
                break
            if line.strip():
                body_start = False
                own_has_text = True
            own.append(line)
            i += 1
        return own, found

    def _absorb_bare_separator(self, message: Found) -> list[Found]:
        """"Forwarded message:" + a quoted header block is one message, not two."""
        if message.sender is not None or message.fields or not message.children:
            return [message]
        if message.children[0].after_text:
            return [message]
        first, *rest = message.children
        first.header_lines[0:0] = message.header_lines
        if first.format == "header-block":
            first.format = message.format
        self.count -= 1
        return [first, *rest]

    def _take_quote_block(self, block, level, own, found, body_start, had_text) -> None:
        sub_own, sub_found = self.scan([unquote(x) for x in block], level + 1, body_start=False)
        for item in sub_found:
            item.after_text = had_text or item.after_text
        if not has_text(sub_own) and sub_found:  # the attribution sits inside the quote
            found.extend(sub_found)
        elif found and found[-1].kind == "quote":  # interleaved reply: same earlier message
            found[-1].body.extend(["", *sub_own])
            found[-1].children.extend(sub_found)
        elif body_start or level > 1:  # the quoted body of the header just read, or a quote
            own.extend(sub_own)  # inside a quote
            found.extend(sub_found)
        elif has_text(sub_own) or sub_found:
            self.count += 1
            found.append(Found("quote", "quote-block", None, [], body=sub_own, children=sub_found))

    def _header_at(self, lines: list[str], i: int, level: int) -> tuple[Found, int] | None:
        line = lines[i]
        if not line.strip() or len(line) > MAX_HEADER_LINE_CHARS:
            return None
        found = separator_block(lines, i) or field_block(lines, i, "header-block", [])
        if found is None:
            found = attribution(lines, i)
        if found is not None:
            self.count += 1
        return found


def _flatten(found: list[Found], depth: int, limits: Limits):
    """Messages in reading order, outermost first, each followed by those nested in it."""
    stack = [(item, depth) for item in reversed(found)]
    while stack:
        item, level = stack.pop()
        yield _message(item, level, limits)
        stack.extend((child, level + 1) for child in reversed(item.children))


def _message(item: Found, depth: int, limits: Limits) -> EmbeddedMessage:
    cap = limits.max_addresses_per_header
    to = addresses_from_value(item.fields.get("to", ""), max_addresses=cap)
    cc = addresses_from_value(item.fields.get("cc", ""), max_addresses=cap)
    return EmbeddedMessage(
        kind=item.kind, format=item.format, sender=item.sender, to=to, cc=cc,
        date=item.fields.get("date", ""), subject=item.fields.get("subject", ""),
        body="\n".join(item.body).strip("\n"), header_text="\n".join(item.header_lines).strip("\n"),
        depth=depth, recipients_known="to" in item.fields or "cc" in item.fields,
    )
