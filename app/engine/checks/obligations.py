"""Phrases that bind the council or instruct the reader, as data plus compiled patterns.

Four kinds, as the contract lists them: commitment (to act or to pay),
permission (granted or refused), formal notice, instruction. A phrase does not
count inside a sentence that hedges, conditions or negates it ("if the council
agrees", "I cannot commit the council", "I will ask officers whether"), or
that states a personal view ("in my personal view").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SCAN_CHARS = 50_000  # a letter's new text; longer bodies are read up to here
MAX_HITS = 16

_ACT = (
    r"pay|reimburse|refund|compensate|cover\s+(?:the|your|all)|meet\s+(?:the|your|all)\s+(?:\w+\s+)?costs?|"
    r"fund|contribute|carry\s+out|undertake|repair|replace|install|remove|clear|resurface|fix|"
    r"reinstate|waive|write\s+off|arrange\s+for|cut\s+back|fell|erect|provide\s+(?:a|an|the)\s+"
    r"(?:grant|refund|payment|replacement)"
)
_KINDS: dict[str, str] = {
    "commitment": (
        rf"\b(?:the\s+(?:town\s+|parish\s+|city\s+)?council|we)\s+will\s+(?:now\s+|also\s+|therefore\s+|be\s+able\s+to\s+)?(?:{_ACT})\b"
        r"|\bI\s+(?:can\s+|hereby\s+|am\s+pleased\s+to\s+|am\s+writing\s+to\s+)?confirm\s+(?:that\s+)?"
        r"(?:the\s+(?:town\s+|parish\s+)?council|we)\s+(?:will|shall|has\s+agreed|have\s+agreed|agrees)\b"
        rf"|\bthe\s+(?:town\s+|parish\s+)?council\s+(?:has\s+agreed|agrees|undertakes|is\s+prepared|is\s+willing|"
        rf"commits|is\s+committed)\s+to\s+(?:{_ACT})\b"
        r"|\b(?:the\s+council|we)\s+(?:accepts?|accept)\s+(?:full\s+)?(?:liability|responsibility)\b"
        r"|\bon\s+behalf\s+of\s+the\s+council,?\s+I\s+(?:agree|confirm|authori[sz]e|accept|approve|undertake)\b"
    ),
    "permission": (
        r"\byou\s+(?:now\s+)?have\s+(?:the\s+council'?s\s+|my\s+|our\s+)?(?:permission|consent|approval)\s+to\b"
        r"|\b(?:permission|consent|approval)\s+(?:is|has\s+been)\s+(?:hereby\s+)?(?:granted|given|refused|denied|withdrawn)\b"
        r"|\b(?:I|we|the\s+council)\s+(?:hereby\s+)?(?:grant|give|refuse|withdraw)s?\s+(?:you\s+)?(?:permission|consent)\b"
        r"|\byou\s+are\s+(?:hereby\s+)?(?:permitted|authori[sz]ed|allowed)\s+to\b"
        r"|\byour\s+(?:application|request|booking)\b[^.!?\n]{0,60}?\b(?:is|has\s+been)\s+(?:hereby\s+)?"
        r"(?:approved|granted|refused|declined|rejected)\b"
    ),
    "notice": (
        r"\bthis\s+(?:letter|e-?mail|message)\s+(?:serves\s+as|constitutes|is|should\s+be\s+treated\s+as)\s+"
        r"(?:formal|official)\s+notice\b"
        r"|\bnotice\s+is\s+hereby\s+given\b|\bhereby\s+(?:give|serve)s?\s+(?:you\s+)?(?:formal\s+)?notice\b"
        r"|\byou\s+are\s+hereby\s+notified\b|\b(?:please\s+)?treat\s+this\s+as\s+formal\s+notice\b"
        r"|\bI\s+(?:am\s+)?(?:giving|give)\s+you\s+(?:formal\s+)?notice\b"
    ),
    "instruction": (
        r"\byou\s+must\s+(?!(?:be|have|feel|know|think|agree|appreciate|recognise|recognize|understand|"
        r"surely|realise|realize|see|wonder)\b)\w+"
        r"|\byou\s+are\s+(?:hereby\s+)?(?:instructed|required|directed|ordered)\s+to\b"
        r"|\bI\s+(?:must\s+)?(?:hereby\s+)?(?:instruct|direct|require|order)\s+you\s+to\b"
        r"|\bplease\s+ensure\b[^.!?\n]{0,80}?\bby\s+(?:no\s+later\s+than\s+|the\s+end\s+of\s+)?"
        r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|next|close)"
        r"|\bplease\s+(?:remove|cut\s+back|cut|trim|clear|cease|stop|vacate|pay|repair|take\s+down|reinstate)\b"
        r"[^.!?\n]{0,80}?\b(?:by\s+(?:no\s+later\s+than\s+)?\w+|immediately|forthwith|without\s+delay)"
        r"|\bmust\s+be\s+(?:removed|cut(?:\s+back)?|cleared|vacated|paid|repaired|taken\s+down|trimmed|stopped)\s+"
        r"(?:by|within|immediately|forthwith)\b"
        r"|\bcease\s+(?:and\s+desist|all|the|this|these|using|parking)\b[^.!?\n]{0,60}?\b(?:immediately|forthwith)\b"
    ),
}
OBLIGATION = re.compile(
    "|".join(f"(?P<{kind}>{src})" for kind, src in _KINDS.items()), re.IGNORECASE
)
# Hedges, conditions and negations read in the sentence before the phrase.
_HEDGE = re.compile(
    r"\b(?:if|whether|unless|should\s+the|subject\s+to|provided\s+that|cannot|can[’']?t|"
    r"unable|not\s+able|not\s+in\s+a\s+position|won[’']?t|will\s+not|would\s+not|not\s+yet|"
    r"no\s+decision|has\s+not|hasn[’']?t|have\s+not|haven[’']?t|did\s+not|didn[’']?t|"
    r"hope|hoping|hopefully|expect|ask|asked|asking|request(?:ed)?|suggest(?:ed)?|recommend(?:ed)?|"
    r"propose[ds]?|urge[ds]?|believe|think|wonder|would\s+like|personal(?:ly)?\s+view|my\s+own\s+view|"
    r"personally|in\s+my\s+view|I\s+feel|officers?\s+(?:will|would)\s+(?:advise|confirm)|"
    r"do\s+not\s+know|don[’']?t\s+know|not\s+sure|unclear)\b",
    re.IGNORECASE,
)
# The writer says the whole letter is not on the council's behalf.
_DISOWN = re.compile(
    r"\b(?:I\s+am\s+writing|I\s+write|writing)\s+(?:to\s+you\s+)?(?:in\s+a\s+personal\s+capacity|personally|"
    r"as\s+a\s+private\s+individual)"
    r"|\bnot\s+(?:writing\s+)?on\s+behalf\s+of\s+the\s+(?:town\s+|parish\s+)?council\b"
    r"|\b(?:do|does)\s+not\s+(?:represent|reflect)\s+(?:the\s+(?:views?|position)\s+of\s+)?the\s+"
    r"(?:town\s+|parish\s+)?council\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Obligation:
    kind: str  # commitment | permission | notice | instruction
    phrase: str  # as written: "the council will pay", "you must remove"
    sentence: str  # the sentence it stands in, trimmed, for the reviewer


def find_obligations(text: str) -> list[Obligation]:
    text = text[:MAX_SCAN_CHARS]
    found: list[Obligation] = []
    for match in OBLIGATION.finditer(text):
        start, end = match.span()
        while end < len(text) and end - match.end() < 30 and text[end].isalnum():
            end += 1  # finish the word the pattern stopped in ("by 3" -> "by 31")
        if _quoted_line(text, start):
            continue
        sentence_start = _sentence_start(text, start)
        if _HEDGE.search(text[sentence_start:start]):
            continue
        found.append(Obligation(match.lastgroup or "instruction", " ".join(text[start:end].split()),
                                _sentence(text, sentence_start, end)))
        if len(found) >= MAX_HITS:
            break
    return found


def letter_disowns_council(text: str) -> bool:
    return _DISOWN.search(text[:MAX_SCAN_CHARS]) is not None


def _sentence_start(text: str, start: int) -> int:
    window_start = max(0, start - 200)
    window = text[window_start:start]
    cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? "), window.rfind("\n"))
    return window_start + cut + 1 if cut >= 0 else window_start


def _sentence(text: str, start: int, end: int) -> str:
    stop = len(text)
    for mark in (". ", "! ", "? ", "\n"):
        at = text.find(mark, end, end + 200)
        if at >= 0:
            stop = min(stop, at + 1)
    stop = min(stop, end + 120)
    return " ".join(text[start:stop].split())[:200]


def _quoted_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].lstrip().startswith(">")
