"""Reading a reply attribution ("On ... X wrote:", "Ar ... ysgrifennodd X:", "X 于 ... 写道：").

`embedded_blocks.attribution` finds the candidate lines; this module decides
whether they are an attribution and whose. Verbs, openers and connectors come
from `lexicon` (hand entries and every client's own translations) and are
looked up word by word in sets, so the cost does not grow with the number of
languages. Every input is one line or a join of at most a few lines, already
cut to a bounded length by the caller; the few patterns are anchored or
literal.
"""

from __future__ import annotations

import html
import re

from app.engine.message.embedded import client_strings, lexicon
from app.engine.message.embedded.headers import literal_alternation, sender_from_value
from app.engine.message.model import Address

MAX_ATTRIBUTION_CHARS = 400
_SPACE_IN_BRACKETS = re.compile(r"(?<=[<\[(]) +| +(?=[>\])])")

# Verbs and openers are looked up word by word in sets, so hundreds of languages cost
# no more than one: a text's words are read once, and each is one dict lookup.
_WORD = re.compile(r"[^\s,，、،;:：<>\[\]\"«»]+")


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text.casefold()))


_UNSPACED_VERBS = tuple(sorted(
    (v for v in lexicon.ALL_VERBS if client_strings.unspaced(v) and " " not in v), key=len, reverse=True))
_VERBS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _verb in sorted(lexicon.ALL_VERBS, key=lambda v: -len(_phrase(v))):
    if _verb not in _UNSPACED_VERBS and _phrase(_verb):
        _VERBS_BY_FIRST.setdefault(_phrase(_verb)[0], []).append(_phrase(_verb))
_VERB_LAST_WORDS = frozenset(_phrase(v)[-1] for v in lexicon.ALL_VERBS if _phrase(v))
_OPENER_PHRASES = frozenset(_phrase(o) for o in lexicon.ALL_OPENERS if _phrase(o))
_HAND_OPENER = re.compile(  # only the hand-written openers are stripped from a name
    r"(?:" + literal_alternation(lexicon.ATTRIBUTION_OPENERS) + r")(?=[\s\d])", re.IGNORECASE
)


def _verb_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every attribution verb in `text`, in order."""
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    spans = []
    for index, (start, _, word) in enumerate(words):
        for phrase in _VERBS_BY_FIRST.get(word, ()):
            found = words[index : index + len(phrase)]
            if len(found) == len(phrase) and all(f[2] == w for f, w in zip(found, phrase)):
                spans.append((start, found[-1][1]))
                break
    for verb in _UNSPACED_VERBS:  # 写道, のメッセージ, 님이 작성: joined to the name, found as text
        at = text.rfind(verb)
        if at >= 0:
            spans.append((at, at + len(verb)))
    kept: list[tuple[int, int]] = []
    for span in sorted(spans):  # "tarihinde şunu yazdı" holds "yazdı": keep the longer one
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _opener_end(text: str) -> int | None:
    """Where an opener ("On", "Am", "Ar", "Il giorno", "Vào lúc") ends, if `text` starts with one."""
    words = list(_WORD.finditer(text[:60]))
    for count in (3, 2, 1):
        if len(words) >= count and tuple(w.group().casefold() for w in words[:count]) in _OPENER_PHRASES:
            end = words[count - 1].end()
            rest = text[end : end + 1]
            return end if (not rest or rest.isspace() or rest.isdigit()) else None
    return None


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
_CONNECTOR_SET = lexicon.ALL_CONNECTORS  # between a time and the name: "... 9:14 ο χρήστης X"
_HAND_CONNECTOR_SET = frozenset(_CONNECTORS)
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
    text = " ".join((html.unescape(text) if "&" in text else text).split())  # bidi marks: see embedded
    text = _SPACE_IN_BRACKETS.sub("", text)  # "Name <" + newline + "addr> wrote:"
    if not text or len(text) > MAX_ATTRIBUTION_CHARS:
        return False, None
    verbs = _verb_spans(text)
    if not _ends_like_attribution(text, verbs):
        return False, None
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
    dated = _opener_end(text.lstrip("-> ")) is not None or bool(_DATE.search(text))
    timed = bool(_TIME.search(text))
    strong = bool(_EMAIL.search(text)) or (dated and timed)
    if not has_verb:
        return strong and bool(_ADDRESS_THEN_COLON.search(text)) and (quote_follows or timed)
    return strong or (quote_follows and (dated or _is_short_name(who)))


def may_end_attribution(line: str) -> bool:
    """Cheap test before the real one: an attribution's last line ends in ":" or a verb."""
    tail = line.rstrip(" \t-")
    if tail.endswith((":", "：")):
        return True
    last = tail.rsplit(None, 1)[-1].casefold() if tail.strip() else ""
    return last in _VERB_LAST_WORDS or tail.endswith(_UNSPACED_VERBS)


def starts_like_attribution(line: str) -> bool:
    """"On ...", "Am ...", "2016-10-24 ...": the first line of a wrapped attribution."""
    stripped = line.lstrip("-> \t")
    return _opener_end(stripped) is not None or stripped[:1].isdigit()


def _ends_like_attribution(text: str, verbs: list[tuple[int, int]]) -> bool:
    """Ends in a colon, or in a verb ("... wrote", Zoho's "... wrote ----")."""
    tail = text.rstrip(" -")
    if tail.endswith((":", "：")):
        return True
    return bool(verbs) and not text[verbs[-1][1]:].strip(" :：-")


def _who_around_verb(text: str, verb: tuple[int, int]) -> str | None:
    """The author part: after the verb in "Am ... schrieb X:", else before it.

    A date after the verb ("X schrieb am 2.9.2024 um 09:14:", "X ezt írta (időpont: ...):")
    leaves the author before it.
    """
    after = _TRAILING.sub("", text[verb[1]:]).strip()
    before = text[: verb[0]].strip()
    dated_after = "@" not in after and bool(_TIME.search(after) or _DATE.match(after.lstrip("(")))
    if after and (not dated_after or not before):  # "נכתב על ידי X, ב־2/9/2024 בשעה 09:14:"
        if not text.rstrip(" -").endswith((":", "：")) or len(after.split()) > (8 if before else 14):
            return None
        return after
    return before


def _is_short_name(who: str) -> bool:
    words = who.split()
    return 0 < len(words) <= 6 and not any(c in who for c in ".!?;")


def _sender_from_who(who: str) -> Address | None:
    who = who.strip(" ,，-")
    opener = _HAND_OPENER.match(who.lstrip("-> "))
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
    name = _name_before(who, name_first=not opener)
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


def _name_before(text: str, *, name_first: bool = False) -> str:
    text = text.strip(" ,，(")
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
    rest = text[cut:].strip(" ,，(")
    name = _drop_connectors(_after_last_connector(_drop_meridiem(rest), after_date=bool(cut)))
    if not any(ch.isalpha() for ch in name) and name_first:
        # "Jane Doe, 2 Eyl 2024 Pzt, 09:14 tarihinde şunu yazdı:": the name comes first
        head = re.split(r"[,，،]", text, maxsplit=1)[0].strip()
        name = "" if any(ch.isdigit() for ch in head) else _drop_connectors(head)
    has_letters = any(ch.isalpha() for ch in name)
    return name.strip(" ,，(") if has_letters and len(name.split()) <= 8 else ""


def _drop_meridiem(text: str) -> str:
    """"π.μ., ο χρήστης X" -> "ο χρήστης X": a time's am/pm in a script _TIME does not know."""
    first, _, rest = text.partition(" ")
    return rest if rest and first.strip(",，،").casefold() in _MERIDIEM else text


_MERIDIEM = frozenset({"π.μ.", "μ.μ.", "ص", "م", "오전", "오후", "午前", "午後", "上午", "下午", "बजे", "น."})


def _after_last_connector(text: str, *, after_date: bool = False) -> str:
    """The name after a connector: "6 октября 2014 г. пользователь lidel" -> "lidel".

    After a time the connector must lead ("ο χρήστης X", "odesílatel X"), so a
    name's own particles ("Sanne de Vries") are never taken for one; else only
    the hand-written connectors count, after a date.
    """
    words = text.split(" ")
    if after_date:
        for count in (2, 1):
            if len(words) > count and " ".join(words[:count]).casefold() in _CONNECTOR_SET:
                return " ".join(words[count:])
        return text
    for index in range(len(words) - 1, 0, -1):
        dated = any(c.isdigit() for c in " ".join(words[:index]))
        if dated and words[index].casefold() in _HAND_CONNECTOR_SET:
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
