"""The reply and forward strings that mail clients ship, read from lexicon_data/*.json.

Each JSON file holds one source's strings as the client localises them
(licence and origin in lexicon_data/SOURCES.md): header-block labels per
field, separator phrases, and reply-attribution templates with placeholders
(#1 the author, #2 the date, #3 the time). This module only reads them and
takes the templates apart into the words the scanner looks for: the verb
beside the author ("wrote", "ysgrifennodd", "a écrit", "写道"), the opener
before the date ("On", "Ar", "Am") and the connectors between date, time and
author ("um", "keltezéssel"). `lexicon.py` merges the result with its own
hand-written entries.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).with_name("lexicon_data")
# Bidirectional-text controls that right-to-left clients put around dates and names.
BIDI_CONTROLS = dict.fromkeys(
    map(ord, "\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"), None
)
_PLACEHOLDER = re.compile(r"#[123]")
_EDGE_PUNCTUATION = " \t,，、،:：;-–—"


@dataclass(frozen=True, slots=True)
class ClientStrings:
    labels: dict[str, frozenset[str]]  # canonical field -> labels, as printed
    separators: dict[str, str]  # phrase -> format ("forwarded-message", ...)
    verbs: frozenset[str]
    openers: frozenset[str]
    connectors: frozenset[str]
    templates: tuple[str, ...]


def _read(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def load() -> ClientStrings:
    labels: dict[str, set[str]] = {}
    separators: dict[str, str] = {}
    templates: list[str] = []
    for name in ("thunderbird_desktop.json", "thunderbird_android.json"):
        for locale in _read(name)["locales"].values():
            for field, names in locale["labels"].items():
                labels.setdefault(field, set()).update(names)
            for fmt, phrases in locale["separators"].items():
                for phrase in phrases:
                    separators.setdefault(phrase, fmt)
            templates.extend(locale["attributions"])
    parser = _read("email_forward_parser.json")
    for field, entries in parser["labels"].items():
        labels.setdefault(field, set()).update(e["label"] for e in entries)
    for entry in parser["separators"]:
        separators.setdefault(entry["text"], entry["format"])
    templates.extend(e["template"] for e in parser["attributions"])
    verbs, openers, connectors = set(), set(), set()
    for template in templates:
        verb, opener, joins = template_words(template)
        verbs.update(verb)
        openers.update(opener)
        connectors.update(joins)
    # A verb must be a word, not a preposition that opens another language's attribution ("على").
    verbs = {v for v in verbs if _letters(v) >= (2 if any(ord(ch) >= 0x2E80 for ch in v) else 3)} - openers
    return ClientStrings(
        labels={f: frozenset(_usable_labels(names)) for f, names in labels.items()},
        separators=separators, verbs=frozenset(verbs), openers=frozenset(openers),
        connectors=frozenset(connectors), templates=tuple(templates),
    )


def _usable_labels(names: set[str]) -> set[str]:
    """One-letter labels ("A", "I") start too many ordinary lines; the hand lexicon keeps the real ones."""
    return {n.translate(BIDI_CONTROLS).strip() for n in names if len(n.strip()) > 1}


def _words(segment: str) -> str:
    return " ".join(segment.translate(BIDI_CONTROLS).strip(_EDGE_PUNCTUATION).split())


def template_words(template: str) -> tuple[set[str], set[str], set[str]]:
    """(verbs, openers, connectors) of one attribution template.

    "Am #2 um #3 schrieb #1:" -> ({"schrieb"}, {"Am"}, {"um"});
    "#1, #2 #3 tarihinde yazdı:" -> ({"tarihinde yazdı"}, set(), set());
    "נכתב על ידי #1, ב־#2 בשעה #3:" -> ({"נכתב על ידי"}, set(), {"ב־", "בשעה"}).
    """
    parts = _PLACEHOLDER.split(template)
    marks = _PLACEHOLDER.findall(template)
    if "#1" not in marks:
        return set(), set(), set()
    at = marks.index("#1")
    before, after, final = _words(parts[at]), _words(parts[at + 1]), _words(parts[-1])
    if at + 1 == len(marks):  # "#1 wrote:", "Ar #2, ysgrifennodd #1:"
        verb, others = (after, [before]) if after else (before, [])
    elif final:  # a date follows the author and the verb closes the line: "#1, #2 tarihinde yazdı:"
        verb, others = final, [before, after]  # ("#1 írta #2 dátummal:": "írta" is a connector here)
    elif len(after) >= len(before):  # "#1 wrote on #2 #3:", "Ο/Η #1 έγραψε στις #2 #3:"
        verb, others = after, [before]
    else:  # "נכתב על ידי #1, ב־#2 בשעה #3:"
        verb, others = before, [after]
    openers = {_words(parts[0])} if marks[0] != "#1" else set()
    connectors = {w for w in others if w and w not in openers}
    for index, mark in enumerate(marks[:-1]):  # words between date and time, or time and author
        if mark in ("#2", "#3"):
            connectors.add(_words(parts[index + 1]))
    connectors -= {verb, ""}
    openers -= {verb, ""}
    return ({verb} if verb else set()), openers, connectors


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def unspaced(text: str) -> bool:
    """Chinese, Japanese, Korean, Thai or Khmer: scripts whose verbs may touch the name."""
    return any(0x0E00 <= ord(ch) <= 0x0EFF or 0x1780 <= ord(ch) <= 0x17FF or ord(ch) >= 0x2E80
               for ch in text)
