"""Reading one earlier message's header block: its field lines and the addresses in them.

`embedded.py` finds where an earlier message starts; this module reads who
wrote it and to whom from a header block (`attributions.py` reads "On … X
wrote:" lines). Every pattern here is anchored or a plain alternation of literals
(no nested quantifiers), and every input is a single line or a join of at
most a few lines, already cut to a bounded length by the caller.
"""

from __future__ import annotations

import html
import re

from app.engine.message.addresses import parse_address_list
from app.engine.message.embedded import lexicon
from app.engine.message.model import Address


def literal_alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL_TO_FIELD: dict[str, str] = lexicon.LABEL_FIELDS
_LABEL_SPAN = max(len(label) for label in _LABEL_TO_FIELD) + 12  # room for "**" and blanks
_LABEL_TRIM = " \t\u00a0\u202f*\\_"  # blanks, Markdown bold/italic ("**From:**") and escapes
MAX_FIELD_LINE_CHARS = 2_000
MAX_VALUE_CHARS = 16 * 1024  # one field value, continuation lines included
# Yahoo prints a whole block on one line: "From: A <a@x>To: B <b@x>Sent: ..."; a field
# other than From starts at a colon whose last one to four words are a known label.
_INLINE_FIELDS = {key: field for key, field in _LABEL_TO_FIELD.items() if field != "from"}
_INLINE_BEFORE = frozenset(" \t\u00a0>]\"*0123456789")
_COLON = re.compile("[:：]")
_LABEL_TAIL = re.compile(r'[^>\]"0-9:]*\Z')
MAX_INLINE_COLONS = 16  # a one-line block has a few fields and times; more colons are prose


def field_of(line: str) -> tuple[str, str] | None:
    """(canonical field, value) when `line` is a header-block field line.

    "From: x", "**From:** x", "De : x", "件名：x" (full-width colon), "Oddi wrth: x".
    The label is whatever precedes the first colon, looked up in one dict, so
    the cost does not grow with the number of languages.
    """
    if len(line) > MAX_FIELD_LINE_CHARS:
        return None
    colon = line.find(":", 0, _LABEL_SPAN)
    wide = line.find("：", 0, colon if colon > 0 else _LABEL_SPAN)
    colon = wide if wide > 0 else colon
    if colon <= 0:
        return None
    label = line[:colon].strip(_LABEL_TRIM)
    field = _LABEL_TO_FIELD.get(lexicon.label_key(label)) if label else None
    if field is None:
        return None
    return field, line[colon + 1 :].strip(" \t\u00a0\u202f*\\").strip()  # "\\": a Markdown line break


def split_inline_fields(line: str) -> list[str]:
    """Split a one-line header block ("From: a To: b Subject: c") into field lines.

    Each colon after the first is looked back from, one to four words, for a
    label (one dict lookup each), so a long line costs no more than its length.
    """
    cuts = []
    colons = _COLON.finditer(line, line.find(":") + 1 if ":" in line else 0)
    for _, colon in zip(range(MAX_INLINE_COLONS), colons):
        start = _inline_label_start(line, colon.start())
        if start:
            cuts.append(start)
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]


# -- addresses as forward headers print them ---------------------------------

# Local part and domain exclude "@", so no pattern can re-split an address on failure.
_MAILTO_DOUBLED = re.compile(r"<([^<>\s@]+@[^<>\s@]+)<mailto:[^<>\s]*>>", re.IGNORECASE)
_NAME_MAILTO = re.compile(r"<mailto:[^<>\s]*>(?=\s*<)", re.IGNORECASE)
_BRACKET_ADDR = re.compile(r"\[(?:mailto:)?([^\[\]\s@]+@[^\[\]\s@]+)\]", re.IGNORECASE)
_PAREN_ADDR = re.compile(r"\(([^()\s@]+@[^()\s@]+)\)")
# Markdown renderings of Outlook blocks: "<[a@x](mailto:a@x)>", "[Helen Symmons](mailto:a@x)"
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{0,200})\]\((?:mailto:)?([^()\s@]{1,200}@[^()\s@]{1,200})\)",
                            re.IGNORECASE)
_ON_BEHALF = re.compile(r"\s(?:" + literal_alternation(lexicon.ON_BEHALF_OF) + r")\s", re.IGNORECASE)


def _inline_label_start(line: str, colon: int) -> int | None:
    """Where a label ending at `colon` starts ("... <b@x> Sent:", "<a@x>To:"), if one does."""
    window_start = max(0, colon - _LABEL_SPAN)
    window = line[window_start:colon].rstrip(" \t\u00a0*")
    if not window or not window[-1].isalpha() and window[-1] not in ")-.":  # "Kopie (CC)", "Κοιν."
        return None
    words = window.split(" ")
    for count in (4, 3, 2, 1):
        if len(words) < count:
            continue
        first = words[-count]
        head = first[_LABEL_TAIL.search(first).start() :]  # "<a@x>To" -> "To", "09:14Subject" -> "Subject"
        label = " ".join([head, *words[len(words) - count + 1 :]]).lstrip("*")
        if not label or label[0].islower() or lexicon.label_key(label) not in _INLINE_FIELDS:
            continue
        start = window_start + len(window) - len(label)
        before = line[start - 1] if start > 0 else ""
        if len(label) == 1 and before != ">":  # "A:" only straight after an address
            continue
        if before in _INLINE_BEFORE:
            return start
    return None


def clean_value(value: str) -> str:
    """Rewrite Outlook/Missive address forms into RFC 5322 ones the address parser reads."""
    value = value[:MAX_VALUE_CHARS]
    value = html.unescape(value) if "&" in value else value  # plain-text bodies quoting HTML
    value = value.replace("«", '"').replace("»", '"')
    if "](" in value:
        value = _MARKDOWN_LINK.sub(
            lambda m: m.group(2) if "@" in m.group(1) or not m.group(1).strip()
            else f"{m.group(1)} <{m.group(2)}>", value)
    value = _MAILTO_DOUBLED.sub(r"<\1>", value)  # <a@x<mailto:a@x>>
    value = _NAME_MAILTO.sub("", value)  # Name<mailto:a@x> <a@x>
    value = re.sub(r"<mailto:", "<", value, flags=re.IGNORECASE)
    value = _BRACKET_ADDR.sub(r"<\1>", value)  # Name [mailto:a@x], Name [a@x]
    if "<" not in value:
        value = _PAREN_ADDR.sub(r"<\1>", value)  # Name (a@x)
    if value.count('"') % 2:  # an unbalanced quote would swallow the address
        value = value.replace('"', "")
    return " ".join(value.split())


def sender_from_value(value: str) -> Address | None:
    """The author named by a From: value; "A on behalf of B" names A."""
    delegate = _ON_BEHALF.search(" " + value + " ")
    if delegate and delegate.start() > 0:
        value = value[: delegate.start()]
    cleaned = clean_value(value)
    if not cleaned:
        return None
    found = parse_address_list(cleaned, max_addresses=20)
    with_email = [a for a in found if a.email]
    if with_email:
        first = with_email[0]
        if not first.name:  # "Surname, Name <a@x>": the name went to an earlier entry
            before = cleaned.split("<", 1)[0].strip().strip('"').strip()
            if before and "@" not in before:
                first = Address(name=before, email=first.email, raw=first.raw)
        return Address(name=first.name, email=first.email, raw=value.strip())
    name = cleaned.strip().strip('"').strip()
    return Address(name=name, email="", raw=value.strip()) if name else None


def addresses_from_value(value: str, *, max_addresses: int) -> tuple[Address, ...]:
    return parse_address_list(clean_value(value), max_addresses=max_addresses)
