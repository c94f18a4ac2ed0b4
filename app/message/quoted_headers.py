"""Reading one earlier message's header: a header-block field, or a reply attribution.

`embedded.py` finds where an earlier message starts; this module reads who
wrote it. Every pattern here is anchored or a plain alternation of literals
(no nested quantifiers), and every input is a single line or a join of at
most a few lines, already cut to a bounded length by the caller.
"""

from __future__ import annotations

import re

from app.message import lexicon
from app.message.addresses import parse_address_list
from app.message.model import Address

MAX_ATTRIBUTION_CHARS = 400
_SPACE = re.compile(r"\s+")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL_TO_FIELD: dict[str, str] = {}
for _fields in lexicon.FIELD_LABELS.values():
    for _field, _labels in _fields.items():
        for _label in _labels:
            _LABEL_TO_FIELD.setdefault(_label.casefold(), _field)

# "From: x", "*From:* x", "De : x", "件名：x" (full-width colon)
_FIELD_LINE = re.compile(
    r"[ \t]*\**[ \t]*(?P<label>" + _alternation(_LABEL_TO_FIELD) + r")[ \t]*\**[ \t]*[:：]"
    r"[ \t]*\**[ \t]?(?P<value>.*)",
    re.IGNORECASE,
)
# Yahoo prints a whole block on one line: "From: A <a@x>To: B <b@x>Sent: ..."
_INLINE_LABELS = [lab for lab in _LABEL_TO_FIELD if len(lab) > 1 and _LABEL_TO_FIELD[lab] != "from"]
_INLINE_FIELD = re.compile(
    r"(?<=[\s>\]\"])(?:" + _alternation(lab.capitalize() for lab in _INLINE_LABELS) + r")[ \t]?:"
)


def field_of(line: str) -> tuple[str, str] | None:
    """(canonical field, value) when `line` is a header-block field line."""
    match = _FIELD_LINE.match(line)
    if not match:
        return None
    label = " ".join(match.group("label").split()).casefold()
    field = _LABEL_TO_FIELD.get(label)
    return (field, match.group("value").strip().strip("*").strip()) if field else None


def split_inline_fields(line: str) -> list[str]:
    """Split a one-line header block ("From: a To: b Subject: c") into field lines."""
    cuts = [m.start() for m in _INLINE_FIELD.finditer(line)]
    if not cuts:
        return [line]
    bounds = [0, *cuts, len(line)]
    return [line[a:b].strip() for a, b in zip(bounds, bounds[1:]) if line[a:b].strip()]


# -- addresses as forward headers print them ---------------------------------

_MAILTO_DOUBLED = re.compile(r"<([^<>\s]+@[^<>\s]+)<mailto:[^<>\s]*>>", re.IGNORECASE)
_NAME_MAILTO = re.compile(r"<mailto:[^<>\s]*>(?=\s*<)", re.IGNORECASE)
_BRACKET_ADDR = re.compile(r"\[(?:mailto:)?([^\[\]\s]+@[^\[\]\s]+)\]", re.IGNORECASE)
_PAREN_ADDR = re.compile(r"\(([^()\s]+@[^()\s]+)\)")
_ON_BEHALF = re.compile(r"\s(?:" + _alternation(lexicon.ON_BEHALF_OF) + r")\s", re.IGNORECASE)


def clean_value(value: str) -> str:
    """Rewrite Outlook/Missive address forms into RFC 5322 ones the address parser reads."""
    value = value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
    value = value.replace("«", '"').replace("»", '"')
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


# -- reply attributions ("On ... X wrote:") ----------------------------------

_VERB = re.compile(
    r"(?:^|(?<=[\s>)\]\"]))(?:" + _alternation(lexicon.ATTRIBUTION_VERBS) + r")(?=[\s:：\-]|$)"
    r"|写道|寫道",
    re.IGNORECASE,
)
_OPENER = re.compile(
    r"(?:" + _alternation(lexicon.ATTRIBUTION_OPENERS) + r")(?=[\s\d])", re.IGNORECASE
)
_TIME = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp]\.?[ \t]?[Mm]\b\.?)?"
    r"(?:[ \t]?(?:GMT|UTC)?[ \t]?[+-]\d{2}:?\d{2})?"
)
_DATE = re.compile(r"\d{1,4}[./\-年]\d{1,2}|\d{1,2}\.? [^\W\d]{3,}|[^\W\d]{3,}\.? \d{1,2}\b")
_EMAIL = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+\.[^\s<>()\[\]\"',;:]+")
_CONNECTORS = sorted({c.casefold() for c in lexicon.ATTRIBUTION_CONNECTORS}, key=len, reverse=True)
_CONNECTOR_SET = frozenset(_CONNECTORS)
_TRAILING = re.compile(r"[\s:：\-]*$")


def attribution_sender(text: str, *, quote_follows: bool) -> tuple[bool, Address | None]:
    """(is an attribution, its author) for one line or a few joined lines.

    A bare "Name wrote:" counts only when quoted text follows it; a line with a
    date or an address counts on its own (some clients leave the body unquoted).
    """
    text = " ".join(text.split())
    if not text or len(text) > MAX_ATTRIBUTION_CHARS or not _ends_like_attribution(text):
        return False, None
    verbs = list(_VERB.finditer(text))
    if verbs:
        who = _who_around_verb(text, verbs[-1])
        if who is None:
            return False, None
    else:
        who = _TRAILING.sub("", text)
    strong = bool(_EMAIL.search(text)) or (
        bool(_OPENER.match(text.lstrip("-> ")) or _DATE.search(text)) and bool(_TIME.search(text))
    )
    if not verbs and not (strong and _EMAIL.search(text) and (quote_follows or _TIME.search(text))):
        return False, None
    if verbs and not strong and not (quote_follows and _is_short_name(who)):
        return False, None
    return True, _sender_from_who(who)


def _ends_like_attribution(text: str) -> bool:
    tail = text.rstrip(" -")
    return tail.endswith((":", "：")) or bool(_VERB.search(tail[-30:]) and _VERB_AT_END(tail))


def _VERB_AT_END(tail: str) -> bool:
    last = list(_VERB.finditer(tail))
    return bool(last) and not tail[last[-1].end():].strip(" :：-")


def _who_around_verb(text: str, verb: re.Match) -> str | None:
    """The author part: after the verb in "Am ... schrieb X:", else before it."""
    after = _TRAILING.sub("", text[verb.end():]).strip()
    before = text[: verb.start()].strip()
    if after and not re.match(r"(?:am|on|le|den|op|il)\s+\S*\d", after, re.IGNORECASE):
        if not text.rstrip(" -").endswith((":", "：")) or len(after.split()) > 8:
            return None
        return after
    return before


def _is_short_name(who: str) -> bool:
    words = who.split()
    return 0 < len(words) <= 6 and not any(c in who for c in ".!?;")


def _sender_from_who(who: str) -> Address | None:
    who = who.strip(" ,，-")
    opener = _OPENER.match(who.lstrip("-> "))
    if opener:
        who = who.lstrip("-> ")[opener.end():]
    email = _EMAIL.search(who)
    if email:
        start = _address_start(who, email.start())
        name = _name_before(who[:start])
        return sender_from_value(f"{name} <{_bare(email.group())}>" if name else _bare(email.group()))
    name = _name_before(who)
    return Address(name=name, email="", raw=who) if name else None


def _address_start(who: str, at: int) -> int:
    for opener in "<([":
        pos = who.rfind(opener, 0, at + 1)
        if pos >= 0 and not who[pos:at].strip(opener + "mailto:").count(" "):
            return pos
    return at


def _bare(addr: str) -> str:
    addr = addr.strip("<>[]()")
    return addr[7:] if addr.lower().startswith("mailto:") else addr


def _name_before(text: str) -> str:
    text = text.strip(" ,，")
    quoted = re.search(r"[\"«]([^\"«»]{1,120})[\"»]\s*$", text)
    if quoted:
        return quoted.group(1).strip()
    cut = 0
    for match in _TIME.finditer(text):
        cut = match.end()
    if not cut:
        cut = max(text.rfind(","), text.rfind("，")) + 1
    name = _after_last_connector(text[cut:].strip(" ,，"))
    name = _drop_connectors(name)
    return name if len(name.split()) <= 8 else ""


def _after_last_connector(text: str) -> str:
    """"6 октября 2014 г. пользователь lidel" -> "lidel": a connector after a date ends it."""
    words = text.split(" ")
    for index in range(len(words) - 1, 0, -1):
        if words[index].casefold() in _CONNECTOR_SET and any(c.isdigit() for c in " ".join(words[:index])):
            return " ".join(words[index + 1:])
    return text


def _drop_connectors(name: str) -> str:
    changed = True
    while changed and name:
        changed = False
        lowered = name.casefold()
        for word in _CONNECTORS:
            if lowered.startswith(word) and (len(name) == len(word) or not name[len(word)].isalnum()):
                name = name[len(word):].strip(" ,，")
                changed = True
                break
    return name.strip()
