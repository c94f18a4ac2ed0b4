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
from dataclasses import dataclass, field

from app.message import lexicon
from app.message.limits import DEFAULT_LIMITS, Deadline, Limits
from app.message.model import Address, Defect, EmbeddedMessage
from app.message.quoted_headers import (
    addresses_from_value, attribution_sender, field_of, sender_from_value, split_inline_fields,
)

MAX_ATTRIBUTION_LINES = 4
MAX_BLOCK_LINES = 40
MAX_HEADER_LINE_CHARS = 1_000  # longer lines are prose, never a header or attribution
_QUOTE_PREFIX = re.compile(r"[ \t]{0,3}>[ \t]?")
_SEPARATOR_TRIM = " \t-_=*>"
_RULE = re.compile(r"[ \t]*[" + re.escape(lexicon.RULE_CHARS) + r"]{%d,}[ \t]*\Z" % lexicon.MIN_RULE_LENGTH)
_SEPARATOR_HEAD = re.compile(r"[ \t]*[-_=*]{2,}[ \t]*([^-_=*].*?)[ \t]*[-_=*]{2,}[ \t]*(.*)\Z")
_DASH_PAIRS = frozenset(a + b for a in "-_=*" for b in "-_=*")
_SEPARATORS = {" ".join(k.split()).casefold(): v for k, v in lexicon.SEPARATORS.items()}


@dataclass(frozen=True, slots=True)
class InlineSplit:
    new_text: str
    embedded: tuple[EmbeddedMessage, ...] = ()
    defects: tuple[Defect, ...] = ()


@dataclass(slots=True)
class _Found:
    kind: str
    format: str
    sender: Address | None
    header_lines: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)
    children: list[_Found] = field(default_factory=list)


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
        return InlineSplit(text, (), (Defect("embedded-scan-failed", type(exc).__name__),))


def _lines(text: str, limits: Limits, defects: list[Defect]) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\u200b", "")
    lines = text.split("\n")
    cap = limits.max_line_chars
    if any(len(line) > cap for line in lines):
        defects.append(Defect("embedded-line-cut", f"lines longer than {cap} characters were cut"))
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
            self._stop("time-budget", "embedded-message scan stopped at the time budget")
        elif self.count >= self.limits.max_embedded:
            self._stop("embedded-limit", f"more than {self.limits.max_embedded} embedded messages")
        elif level > self.limits.max_embedded_depth:
            if not any(d.code == "embedded-depth" for d in self.defects):
                self.defects.append(Defect("embedded-depth", f"nesting deeper than {self.limits.max_embedded_depth}"))
            return False
        return not self.stopped

    def _stop(self, code: str, detail: str) -> None:
        self.stopped = True
        self.defects.append(Defect(code, detail))

    def scan(self, lines: list[str], level: int, *, body_start: bool) -> tuple[list[str], list[_Found]]:
        """(own lines, messages found directly at this level, with their nested ones as children)."""
        own: list[str] = []
        found: list[_Found] = []
        i, n = 0, len(lines)
        while i < n:
            if not self._may_open(level):
                own.extend(lines[i:])
                break
            line = lines[i]
            if _QUOTE_PREFIX.match(line):
                end = _quote_block_end(lines, i)
                self._take_quote_block(lines[i:end], level, own, found, body_start)
                i = end
                continue
            header = self._header_at(lines, i, level)
            if header is not None:
                message, end = header
                if message.kind == "quote" and _quoted_at(lines, _skip_blank(lines, end)):
                    start = _skip_blank(lines, end)
                    stop = _quote_block_end(lines, start)
                    message.body, message.children = self.scan(
                        [_unquote(x) for x in lines[start:stop]], level + 1, body_start=True)
                    found.append(message)
                    i = stop
                    continue
                message.body, message.children = self.scan(lines[end:], level + 1, body_start=True)
                found.append(message)
                break
            if line.strip():
                body_start = False
            own.append(line)
            i += 1
        return own, found

    def _take_quote_block(self, block, level, own, found, body_start) -> None:
        sub_own, sub_found = self.scan([_unquote(x) for x in block], level + 1, body_start=False)
        if not _has_text(sub_own) and sub_found:  # the attribution sits inside the quote
            found.extend(sub_found)
        elif found and found[-1].kind == "quote":  # interleaved reply: same earlier message
            found[-1].body.extend(["", *sub_own])
            found[-1].children.extend(sub_found)
        elif body_start:  # the quoted body of the header just read
            own.extend(sub_own)
            found.extend(sub_found)
        elif _has_text(sub_own) or sub_found:
            self.count += 1
            found.append(_Found("quote", "quote-block", None, [], body=sub_own, children=sub_found))

    def _header_at(self, lines: list[str], i: int, level: int) -> tuple[_Found, int] | None:
        line = lines[i]
        if not line.strip() or len(line) > MAX_HEADER_LINE_CHARS:
            return None
        found = _separator_block(lines, i) or _field_block(lines, i, "header-block", [])
        if found is None:
            found = _attribution(lines, i)
        if found is not None:
            self.count += 1
        return found


def _separator_block(lines: list[str], i: int) -> tuple[_Found, int] | None:
    line = lines[i]
    fmt, rest = _separator(line)
    if fmt is None:
        return None
    first = _skip_blank(lines, i + 1, limit=3)
    lead = [line] + lines[i + 1 : first]
    if rest:  # "----- Forwarded Message ----- From: ..." on one line
        block = _field_block([rest, *lines[i + 1 :]], 0, fmt, [])
        if block is not None:
            message, end = block
            message.header_lines[0:1] = [line]
            return message, i + end
    block = _field_block(lines, first, fmt, lead) if first < len(lines) else None
    if block is not None:
        return block
    if fmt == "rule":
        return None
    return _Found("forward", fmt, None, [line]), i + 1


def _separator(line: str) -> tuple[str | None, str]:
    """(format, text after the separator on the same line) for a separator line."""
    if len(line) > 300:
        return None, ""
    if _RULE.match(line):
        return "rule", ""
    head = _SEPARATOR_HEAD.match(line) if line.lstrip()[:2] in _DASH_PAIRS else None
    if head:
        fmt = _SEPARATORS.get(" ".join(head.group(1).split()).casefold().rstrip(":"))
        return (fmt, head.group(2).strip()) if fmt else (None, "")
    phrase = " ".join(line.strip(_SEPARATOR_TRIM).split()).casefold().rstrip(" :")
    fmt = _SEPARATORS.get(phrase)
    return (fmt, "") if fmt and len(phrase) < 60 else (None, "")


def _field_block(lines: list[str], k: int, fmt: str, lead: list[str]) -> tuple[_Found, int] | None:
    """An Outlook/Gmail/Apple-style header block starting at line k, if one is there."""
    first = field_of(lines[k]) if k < len(lines) and not _QUOTE_PREFIX.match(lines[k]) else None
    if first is None:
        return None
    fields: dict[str, str] = {}
    last: str | None = None
    j = end = k
    while j < len(lines) and j - k < MAX_BLOCK_LINES:
        line = lines[j]
        if not line.strip():
            if j + 1 < len(lines) and lines[j + 1].strip() and field_of(lines[j + 1]):
                j += 1
                continue
            break
        parts = split_inline_fields(line) if j == k and first[0] == "from" else [line]
        parsed = [field_of(p) for p in parts]
        if parsed[0] is not None:
            if any(p is not None and p[0] in fields for p in parsed):
                break
            for item in parsed:
                if item is not None:
                    fields[item[0]] = item[1]
                    last = item[0]
        elif last is not None and _continues(line, last, fields[last]):
            fields[last] = f"{fields[last]} {line.strip()}".strip()
        else:
            break
        j = end = j + 1
    if "from" not in fields or not ({"date", "to", "subject"} & fields.keys()):
        return None
    if len(fields["from"]) > 300:
        return None
    fmt = "outlook-block" if fmt == "rule" else fmt
    message = _Found("forward", fmt, sender_from_value(fields["from"]), lead + lines[k:end], fields)
    return message, end


def _continues(line: str, field_name: str, value: str) -> bool:
    """A wrapped field value: an indented fold, or an address list / 'On Behalf Of' spilling over."""
    if len(line) > 300 or _QUOTE_PREFIX.match(line):
        return False
    if line[:1] in " \t" and field_name == "subject":
        return True
    if field_name in ("from", "to", "cc"):
        stripped = line.strip().casefold()
        return ("@" in line and len(line.split()) <= 8) or not value or stripped.startswith(
            ("on behalf of", "<", "[mailto")) or value.endswith((",", ";"))
    return False


def _attribution(lines: list[str], i: int) -> tuple[_Found, int] | None:
    for count in range(1, MAX_ATTRIBUTION_LINES + 1):
        end = i + count
        if end > len(lines) or (count > 1 and not _joinable(lines, i, end)):
            return None
        joined = " ".join(_unquote(x).strip() if j > i else x.strip() for j, x in enumerate(lines[i:end], i))
        follows = _quoted_at(lines, _skip_blank(lines, end))
        ok, sender = attribution_sender(joined, quote_follows=follows)
        if ok:
            if count > 1 and _attribution_starts_later(lines, i, end):
                return None
            return _Found("quote", "on-wrote", sender, lines[i:end]), end
    return None


def _joinable(lines: list[str], i: int, end: int) -> bool:
    last = lines[end - 1]
    return bool(last.strip()) and len(last) < 200 and len(lines[i]) < 300 and not field_of(last)


def _attribution_starts_later(lines: list[str], i: int, end: int) -> bool:
    """Line i is the sender's own text when the attribution fits in lines i+1..end."""
    for start in range(i + 1, end):
        joined = " ".join(_unquote(x).strip() for x in lines[start:end])
        follows = _quoted_at(lines, _skip_blank(lines, end))
        if attribution_sender(joined, quote_follows=follows)[0]:
            return True
    return False


def _quote_block_end(lines: list[str], i: int) -> int:
    """End of the ">" block at i; blank lines inside it (HTML blockquotes) are kept."""
    j = end = i
    while j < len(lines):
        if _QUOTE_PREFIX.match(lines[j]):
            j = end = j + 1
        elif not lines[j].strip():
            j += 1
        else:
            break
    return end


def _skip_blank(lines: list[str], i: int, limit: int | None = None) -> int:
    """First non-blank line at or after i (at most `limit` blank lines skipped), or len(lines)."""
    stop = len(lines) if limit is None else min(len(lines), i + limit)
    while i < stop and not lines[i].strip():
        i += 1
    return i


def _quoted_at(lines: list[str], i: int) -> bool:
    return i < len(lines) and bool(_QUOTE_PREFIX.match(lines[i]))


def _unquote(line: str) -> str:
    match = _QUOTE_PREFIX.match(line)
    return line[match.end():] if match else line


def _has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)


def _flatten(found: list[_Found], depth: int, limits: Limits):
    """Messages in reading order, outermost first, each followed by those nested in it."""
    stack = [(item, depth) for item in reversed(found)]
    while stack:
        item, level = stack.pop()
        yield _message(item, level, limits)
        stack.extend((child, level + 1) for child in reversed(item.children))


def _message(item: _Found, depth: int, limits: Limits) -> EmbeddedMessage:
    cap = limits.max_addresses_per_header
    to = addresses_from_value(item.fields.get("to", ""), max_addresses=cap)
    cc = addresses_from_value(item.fields.get("cc", ""), max_addresses=cap)
    return EmbeddedMessage(
        kind=item.kind, format=item.format, sender=item.sender, to=to, cc=cc,
        date=item.fields.get("date", ""), subject=item.fields.get("subject", ""),
        body="\n".join(item.body).strip("\n"), header_text="\n".join(item.header_lines).strip("\n"),
        depth=depth, recipients_known="to" in item.fields or "cc" in item.fields,
    )
