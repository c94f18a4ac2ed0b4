"""The line-level readers behind split_inline: separators, header blocks, attributions, quotes.

Each reader looks at the lines from one index and returns what it found and
where it ends; none looks further than a few dozen lines ahead. Patterns are
anchored, without nested quantifiers, and only run on lines already cut to a
bounded length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.engine.message.embedded import lexicon
from app.engine.message.embedded.attributions import (
    attribution_sender,
    may_end_attribution,
    starts_like_attribution,
)
from app.engine.message.embedded.headers import field_of, sender_from_value, split_inline_fields
from app.engine.message.model import Address

MAX_ATTRIBUTION_LINES = 4  # a wrapped "On ... <\naddr> wrote:" spans at most this many
MAX_BLOCK_LINES = 40
MAX_HEADER_LINE_CHARS = 1_000  # longer lines are prose, never a header or attribution
QUOTE_PREFIX = re.compile(r"[ \t]{0,3}>[ \t]?")
_SEPARATOR_TRIM = " \t-_=*>"
_RULE = re.compile(
    r"[ \t]*[" + re.escape(lexicon.RULE_CHARS) + r"]{%d,}[ \t]*\Z" % lexicon.MIN_RULE_LENGTH
)
# Markdown renderings of Outlook's rule: "* * *", "---", "\_\_\_\_" (a header block must follow).
_MARKDOWN_RULE = re.compile(r"[ \t]*(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:\\_){3,}[ \t]*)\Z")
_SEPARATOR_HEAD = re.compile(r"[ \t]*[-_=*]{2,}[ \t]*([^-_=*].*?)[ \t]*[-_=*]{2,}[ \t]*(.*)\Z")
_RFC_HEADER = re.compile(r"[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9-]+:[ \t]")  # "DKIM-Signature: ..."
_DASH_PAIRS = frozenset(a + b for a in "-_=*" for b in "-_=*")
_SEPARATORS = lexicon.ALL_SEPARATORS  # hand entries and every client's own


@dataclass(slots=True)
class Found:
    """An earlier message while it is being read; children are the messages nested in it."""

    kind: str
    format: str
    sender: Address | None
    header_lines: list[str]
    fields: dict[str, str] = field(default_factory=dict)
    body: list[str] = field(default_factory=list)
    children: list[Found] = field(default_factory=list)
    after_text: bool = False  # the enclosing text had words of its own before this message


def separator_block(lines: list[str], i: int) -> tuple[Found, int] | None:
    line = lines[i]
    fmt, rest, dashed = _separator(line)
    if fmt is None:
        return None
    first = skip_blank(lines, i + 1, limit=3)
    while first < min(len(lines), i + 8) and _RFC_HEADER.match(lines[first]):  # "MIME-Version: 1.0"
        first += 1
    lead = [line] + lines[i + 1 : first]
    if rest:  # "----- Forwarded Message ----- From: ..." on one line
        block = field_block([rest, *lines[i + 1 : i + 1 + MAX_BLOCK_LINES]], 0, fmt, [line])
        if block is not None:
            message, end = block
            message.header_lines[0:2] = [line]  # the separator line already holds `rest`
            return message, i + end
    block = field_block(lines, first, fmt, lead) if first < len(lines) else None
    if block is not None:
        return block
    # A bare phrase ("Forwarded message:") or a rule needs a header after it, here or quoted
    # below it (MailMate); a dashed "-----Original Message-----" stands on its own.
    if not dashed and not (quoted_at(lines, first) and field_of(unquote(lines[first]))):
        return None
    return Found("forward", "outlook-block" if fmt == "rule" else fmt, None, [line]), i + 1


def _separator(line: str) -> tuple[str | None, str, bool]:
    """(format, text after it on the same line, dashed) for a separator line."""
    if len(line) > 300:
        return None, "", False
    if _RULE.match(line) or _MARKDOWN_RULE.match(line):
        return "rule", "", False
    head = _SEPARATOR_HEAD.match(line) if line.lstrip()[:2] in _DASH_PAIRS else None
    if head:
        fmt = _SEPARATORS.get(" ".join(head.group(1).split()).casefold().rstrip(":"))
        return (fmt, head.group(2).strip(), True) if fmt else (None, "", False)
    phrase = " ".join(line.strip(_SEPARATOR_TRIM).split()).casefold().rstrip(" :")
    fmt = _SEPARATORS.get(phrase)
    return (fmt, "", False) if fmt and len(phrase) < 60 else (None, "", False)


def field_block(lines: list[str], k: int, fmt: str, lead: list[str]) -> tuple[Found, int] | None:
    """An Outlook/Gmail/Apple-style header block starting at line k, if one is there."""
    first = field_of(lines[k]) if k < len(lines) and not QUOTE_PREFIX.match(lines[k]) else None
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
        elif last is not None and (_continues(line, last, fields[last]) or _field_next(lines, j)):
            fields[last] = f"{fields[last]} {line.strip()}".strip()
        else:
            break
        j = end = j + 1
    # From plus two more (Outlook: Sent/To/Subject); one more is enough after a separator line.
    others = len({"date", "to", "cc", "subject"} & fields.keys())
    if "from" not in fields or others < (1 if lead else 2) or not _plausible_sender(fields["from"]):
        return None
    fmt = "outlook-block" if fmt == "rule" else fmt
    message = Found("forward", fmt, sender_from_value(fields["from"]), lead + lines[k:end], fields)
    return message, end


def _plausible_sender(value: str) -> bool:
    """"Foo <foo@x>" or a short name; not a sentence that happens to start with "From:"."""
    if "@" in value:
        return len(value) <= 300
    words = value.split()
    return len(words) <= 6 and not value.rstrip().endswith((".", "!", "?", ":"))


def _field_next(lines: list[str], j: int) -> bool:
    """A wrapped value (a long subject) is followed by the block's next field."""
    return j + 1 < len(lines) and len(lines[j]) < 300 and field_of(lines[j + 1]) is not None


def _continues(line: str, field_name: str, value: str) -> bool:
    """A wrapped field value: an address list or 'On Behalf Of' spilling over."""
    if len(line) > 300 or QUOTE_PREFIX.match(line):
        return False
    if field_name in ("from", "to", "cc"):
        stripped = line.strip().casefold()
        return ("@" in line and len(line.split()) <= 8) or not value or stripped.startswith(
            ("on behalf of", "<", "[mailto")) or value.endswith((",", ";"))
    return False


def attribution(lines: list[str], i: int) -> tuple[Found, int] | None:
    for count in range(1, MAX_ATTRIBUTION_LINES + 1):
        end = i + count
        if end > len(lines):
            return None
        if not may_end_attribution(lines[end - 1]):  # cheap test first: most lines are prose
            continue
        if count > 1 and not _joinable(lines, i, end):
            return None
        joined = " ".join([lines[i].strip(), *(unquote(x).strip() for x in lines[i + 1 : end])])
        follows = quoted_at(lines, skip_blank(lines, end))
        ok, sender = attribution_sender(joined, quote_follows=follows)
        if ok:
            if count > 1 and not starts_like_attribution(lines[i]):
                if _attribution_starts_later(lines, i, end):
                    return None
            return Found("quote", "on-wrote", sender, lines[i:end]), end
    return None


def _joinable(lines: list[str], i: int, end: int) -> bool:
    """Lines i+1..end-1 may continue a wrapped attribution started on line i."""
    return len(lines[i]) < 300 and all(
        line.strip() and len(line) < 200 and not field_of(line) and not _RFC_HEADER.match(line)
        for line in lines[i + 1 : end]
    )


def _attribution_starts_later(lines: list[str], i: int, end: int) -> bool:
    """Line i is the sender's own text when the attribution fits in lines i+1..end."""
    for start in range(i + 1, end):
        joined = " ".join(unquote(x).strip() for x in lines[start:end])
        follows = quoted_at(lines, skip_blank(lines, end))
        if attribution_sender(joined, quote_follows=follows)[0]:
            return True
    return False


def quote_block_end(lines: list[str], i: int) -> int:
    """End of the ">" block at i; blank lines inside it (HTML blockquotes) are kept."""
    j = end = i
    while j < len(lines):
        if QUOTE_PREFIX.match(lines[j]):
            j = end = j + 1
        elif not lines[j].strip():
            j += 1
        else:
            break
    return end


def skip_blank(lines: list[str], i: int, limit: int | None = None) -> int:
    """First non-blank line at or after i (at most `limit` blank lines skipped), or len(lines)."""
    stop = len(lines) if limit is None else min(len(lines), i + limit)
    while i < stop and not lines[i].strip():
        i += 1
    return i


def quoted_at(lines: list[str], i: int) -> bool:
    return i < len(lines) and bool(QUOTE_PREFIX.match(lines[i]))


def unquote(line: str) -> str:
    match = QUOTE_PREFIX.match(line)
    return line[match.end():] if match else line


def has_text(lines: list[str]) -> bool:
    return any(line.strip() for line in lines)
