"""Reading one earlier message's header: a header-block field, or a reply attribution.

`embedded.py` finds where an earlier message starts; this module reads who
wrote it. Every pattern here is anchored or a plain alternation of literals
(no nested quantifiers), and every input is a single line or a join of at
most a few lines, already cut to a bounded length by the caller.
"""

from __future__ import annotations

import html
import re

from app.engine.message import lexicon
from app.engine.message.addresses import parse_address_list
from app.engine.message.model import Address

MAX_ATTRIBUTION_CHARS = 400
_SPACE_IN_BRACKETS = re.compile(r"(?<=[<\[(]) +| +(?=[>\])])")


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL_TO_FIELD: dict[str, str] = {}
for _fields in lexicon.FIELD_LABELS.values():
    for _field, _labels in _fields.items():
        for _label in _labels:
            _LABEL_TO_FIELD.setdefault(_label.casefold(), _field)

# "From: x", "*From:* x", "De : x", "件名：x" (full-width colon)
# Possessive quantifiers (*+): runs of blanks and "*" are never re-split on failure,
# so a line of 20,000 spaces fails in one pass instead of quadratically.
_FIELD_LINE = re.compile(
    r"[ \t\u00a0]*+\**+[ \t]*+(?P<label>" + _alternation(_LABEL_TO_FIELD) + r")"
    r"[ \t\u00a0\u202f]*+\**+[ \t]*+[:：][ \t\u00a0]*+\**+[ \t]?(?P<value>.*)",
    re.IGNORECASE,
)
MAX_FIELD_LINE_CHARS = 2_000
MAX_VALUE_CHARS = 16 * 1024  # one field value, continuation lines included
# Yahoo prints a whole block on one line: "From: A <a@x>To: B <b@x>Sent: ..."
_INLINE_LABELS = [lab.capitalize() for lab, f in _LABEL_TO_FIELD.items() if f != "from"]
_INLINE_FIELD = re.compile(  # one-letter labels ("A", "À") only straight after an address's ">"
    r"(?:(?<=[\s>\]\"\d])(?:" + _alternation(lab for lab in _INLINE_LABELS if len(lab) > 1) + r")"
    r"|(?<=>)(?:" + _alternation(lab for lab in _INLINE_LABELS if len(lab) == 1) + r"))"
    r"[ \t\u00a0]?:"
)


def field_of(line: str) -> tuple[str, str] | None:
    """(canonical field, value) when `line` is a header-block field line."""
    if len(line) > MAX_FIELD_LINE_CHARS:
        return None
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

# Local part and domain exclude "@", so no pattern can re-split an address on failure.
_MAILTO_DOUBLED = re.compile(r"<([^<>\s@]+@[^<>\s@]+)<mailto:[^<>\s]*>>", re.IGNORECASE)
_NAME_MAILTO = re.compile(r"<mailto:[^<>\s]*>(?=\s*<)", re.IGNORECASE)
_BRACKET_ADDR = re.compile(r"\[(?:mailto:)?([^\[\]\s@]+@[^\[\]\s@]+)\]", re.IGNORECASE)
_PAREN_ADDR = re.compile(r"\(([^()\s@]+@[^()\s@]+)\)")
_ON_BEHALF = re.compile(r"\s(?:" + _alternation(lexicon.ON_BEHALF_OF) + r")\s", re.IGNORECASE)


def clean_value(value: str) -> str:
    """Rewrite Outlook/Missive address forms into RFC 5322 ones the address parser reads."""
    value = value[:MAX_VALUE_CHARS]
    value = html.unescape(value) if "&" in value else value  # plain-text bodies quoting HTML
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
_DATE = re.compile(
    r"\d{1,4}[./\-年]\d{1,2}|\d{1,2}\.? [^\W\d]{3,}|[^\W\d]{3,}\.? \d{1,2}\b|\b(?:19|20)\d{2}\b"
)
_TIMEZONE = re.compile(r"[ ,]*\(?[A-Z]{2,5}\)?(?=,)")
_EMAIL = re.compile(r"[^\s<>()\[\]\"',;:@]+@[^\s<>()\[\]\"',;:@.]+(?:\.[^\s<>()\[\]\"',;:@.]+)+")
_CONNECTORS = sorted({c.casefold() for c in lexicon.ATTRIBUTION_CONNECTORS}, key=len, reverse=True)
_CONNECTOR_SET = frozenset(_CONNECTORS)
# "2016-10-24 15:03 GMT+02:00 Name <a@x>:" — with no verb, the author's address ends the line
_ADDRESS_THEN_COLON = re.compile(r"@[^\s<>()\[\]]+[>)\]]{0,3}[ \t]?[:：]\Z")
_TRAILING = re.compile(r"[\s:：\-]*$")


def attribution_sender(text: str, *, quote_follows: bool) -> tuple[bool, Address | None]:
    """(is an attribution, its author) for one line or a few joined lines.

    A bare "Name wrote:" counts only when quoted text follows it; a line with a
    date or an address counts on its own (some clients leave the body unquoted).
    """
    if len(text) > MAX_ATTRIBUTION_CHARS * 2:
        return False, None
    text = " ".join((html.unescape(text) if "&" in text else text).split())
    text = _SPACE_IN_BRACKETS.sub("", text)  # "Name <" + newline + "addr> wrote:"
    if not text or len(text) > MAX_ATTRIBUTION_CHARS or not _ends_like_attribution(text):
        return False, None
    verbs = list(_VERB.finditer(text))
    who = _who_around_verb(text, verbs[-1]) if verbs else _TRAILING.sub("", text)
    if who is None or not _convincing(text, who, has_verb=bool(verbs), quote_follows=quote_follows):
        return False, None
    return True, _sender_from_who(who)


def _convincing(text: str, who: str, *, has_verb: bool, quote_follows: bool) -> bool:
    """Enough evidence that this line introduces an earlier message.

    With a verb: an address, or a date and a time ("On Mon, 3 Mar at 10:12, X wrote:"),
    or — when quoted text follows — a date alone or a short name ("Bob wrote:").
    Without one: a date and time and the author's address ending the line
    ("2016-10-24 15:03 GMT+02:00 Name <a@x>:").
    """
    dated = bool(_OPENER.match(text.lstrip("-> ")) or _DATE.search(text))
    timed = bool(_TIME.search(text))
    strong = bool(_EMAIL.search(text)) or (dated and timed)
    if not has_verb:
        return strong and bool(_ADDRESS_THEN_COLON.search(text)) and (quote_follows or timed)
    return strong or (quote_follows and (dated or _is_short_name(who)))


_VERB_ENDINGS = tuple({v.split()[-1].casefold() for v in lexicon.ATTRIBUTION_VERBS}
                      | {"写道", "寫道"})


def may_end_attribution(line: str) -> bool:
    """Cheap test before the real one: an attribution's last line ends in ":" or a verb."""
    tail = line.rstrip(" \t-")
    return tail.endswith((":", "：")) or tail.casefold().endswith(_VERB_ENDINGS)


def starts_like_attribution(line: str) -> bool:
    """"On ...", "Am ...", "2016-10-24 ...": the first line of a wrapped attribution."""
    stripped = line.lstrip("-> \t")
    return bool(_OPENER.match(stripped)) or stripped[:1].isdigit()


def _ends_like_attribution(text: str) -> bool:
    """Ends in a colon, or in a verb ("... wrote", Zoho's "... wrote ----")."""
    tail = text.rstrip(" -")
    if tail.endswith((":", "：")):
        return True
    last = None
    for last in _VERB.finditer(tail):
        pass
    return last is not None and not tail[last.end():].strip(" :：-")


def _who_around_verb(text: str, verb: re.Match) -> str | None:
    """The author part: after the verb in "Am ... schrieb X:", else before it."""
    after = _TRAILING.sub("", text[verb.end():]).strip()
    before = text[: verb.start()].strip()
    dated_after = re.match(r"(?:am|on|le|den|op|il)\s", after, re.IGNORECASE) and any(
        ch.isdigit() for ch in after)
    if after and not dated_after:
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
    emails = list(_EMAIL.finditer(who))
    bracketed = [m for m in emails if m.start() > 0 and who[m.start() - 1] in "<(["]
    email = (bracketed or emails or [None])[0]
    if email:
        start = _address_start(who, email.start())
        name = _name_before(who[:start])
        address = _bare(email.group())
        if not name:
            return sender_from_value(address)
        quoted = name.replace("\\", "").replace('"', "")
        return sender_from_value(f'"{quoted}" <{address}>')
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
    if cut:
        zone = _TIMEZONE.match(text, cut)  # "11:30:41 AM EDT, Jane Roe"
        cut = zone.end() if zone else cut
    else:
        cut = max(text.rfind(","), text.rfind("，")) + 1
    name = _after_last_connector(text[cut:].strip(" ,，"))
    name = _drop_connectors(name)
    has_letters = any(ch.isalpha() for ch in name)
    return name if has_letters and len(name.split()) <= 8 else ""


def _after_last_connector(text: str) -> str:
    """"6 октября 2014 г. пользователь lidel" -> "lidel": a connector after a date."""
    words = text.split(" ")
    for index in range(len(words) - 1, 0, -1):
        dated = any(c.isdigit() for c in " ".join(words[:index]))
        if dated and words[index].casefold() in _CONNECTOR_SET:
            return " ".join(words[index + 1:])
    return text


def _drop_connectors(name: str) -> str:
    if len(name.casefold()) != len(name):  # "ß" -> "ss": positions would not line up
        return name.strip()
    changed = True
    while changed and name:
        changed = False
        lowered = name.casefold()
        for word in _CONNECTORS:
            if not lowered.startswith(word):
                continue
            if len(name) == len(word) or not name[len(word)].isalnum():  # a whole word
                name = name[len(word):].strip(" ,，")
                changed = True
                break
    return name.strip()
