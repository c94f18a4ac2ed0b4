"""Whether a marking phrase marks the content, read in its context.

Not a marking: a standing disclaimer ("This email and any attachments are
confidential and intended solely for…"), a negation ("not confidential", "no
longer confidential", "is now public"), and talk about confidentiality ("the
confidentiality policy", "confidential waste", "under our standing orders Part 2
items are taken in private"). Each test reads a bounded window around the match.
"""

from __future__ import annotations

import re

_WINDOW = 400  # characters either side of a match read by the context tests

# "not confidential", "no longer exempt", "isn't a confidential matter", "non-confidential".
_NEGATION_BEFORE = re.compile(
    r"(?i:(?:\b(?:not|never|nothing|no\s+longer|no\s+need\s+to|isn[’']?t|aren[’']?t|wasn[’']?t|"
    r"weren[’']?t|doesn[’']?t|don[’']?t|needn[’']?t)"
    r"(?:[\s,]+(?:a|an|the|be|been|being|is|are|was|were|treated|treat|regarded|considered|deemed|hold|held|holds|"
    r"any|of|given|received|kept|keep|information|material|data|details|"
    r"marked|classed|classified|as|particularly|especially|really|at|all|in|any|way|that|this|it|"
    r"here|need|needs|to|itself|actually|strictly|remain|remains)){0,5}"
    r"|\bnon)[\s,-]*$)"
)
_NEGATION_AFTER = re.compile(
    r"(?i:^[^.!?\n]{0,60}?\b(?:no\s+longer\s+(?:applies|confidential|exempt|restricted)"
    r"|(?:is|are)\s+now\s+(?:public|published)"
    r"|(?:marking|classification|status|restriction)s?\s+(?:has|have)\s+(?:now\s+)?been\s+"
    r"(?:lifted|removed|withdrawn)"
    r"|(?:has|have)\s+(?:now\s+|since\s+)?been\s+(?:made\s+public|published|declassified|lifted)))"
)
# Talk about confidentiality rather than a marking of this content.
_TALK_AFTER = re.compile(
    r"(?i:^\s+(?:waste|shredding|bins?|sacks?|reporting|whistle|hotline|helpline|line|policy|policies|"
    r"procedures?|protocol|counsel+ing|advice\s+line|data\s+handling|matters\s+(?:policy|procedure)))\b"
)
# Talk about how marked business is handled, unless the sentence points at this content.
_POLICY_TALK = re.compile(r"(?i:\b(?:standing\s+orders|polic(?:y|ies)|procedures?|code\s+of\s+conduct|guidance|rules|"
                          r"legislation|usually|normally|generally|always|privacy\s+notice|data\s+protection|"
                          r"(?:will|shall|would)\s+be\s+(?:kept|treated|held|handled|dealt\s+with))\b)")
# The writer's promise about what the reader told them: "I'll keep it confidential", "we will treat what
# you've said as confidential", "I'll hold this in confidence". An imperative ("please keep this
# confidential") still marks the content.
_PROMISE_BEFORE = re.compile(
    r"(?i:\b(?:i|we)(?:[’']ll|[’']d|\s+will|\s+shall|\s+would|\s+can|\s+promise\s+to|\s+undertake\s+to)?\s+"
    r"(?:always\s+|of\s+course\s+|certainly\s+|absolutely\s+|definitely\s+)?(?:keep|treat|hold|regard|respect)\b[^.!?\n]{0,80}$)"
)
# How anyone may report something: "you can report it in confidence to Crimestoppers".
_ANYONE_MAY_BEFORE = re.compile(
    r"(?i:\b(?:you|anyone|anybody|residents|people|callers|staff|they)\s+(?:can|could|may|might|are\s+able\s+to|"
    r"is\s+able\s+to|are\s+welcome\s+to)\s+(?:[\w'’]+\s+){0,4}$|\bcan\s+be\s+(?:reported|made|raised|given)\s+$)"
)
# The sentence lifts the marking: "it was taken in Part 2 last year, but the report is no longer confidential".
_DECLASSIFIED = re.compile(
    r"(?i:\bno\s+longer\s+(?:confidential|exempt|restricted|secret|private|part\s*(?:2|ii))\b"
    r"|\b(?:is|are|was|were)\s+now\s+(?:public|published|on\s+the\s+website)\b"
    r"|\b(?:has|have)\s+(?:now\s+|since\s+)?been\s+(?:made\s+public|published|declassified)\b)"
)
_POINTING = re.compile(r"(?i:\b(?:this|these|attached|enclosed|below|following|here\s+(?:is|are))\b)")
_GENERIC_INFORMATION = re.compile(r"(?i:^\s+information\b)")
_DEICTIC_BEFORE = re.compile(
    r"(?i:\b(?:this|these|the\s+attached|attached|enclosed|following|below|above|some|contains?|"
    r"containing|includes?|including|here\s+is|is|are)\s*$)"
)
# Standing disclaimers: cues read in the window around a match.
_DISCLAIMER_CUE = re.compile(
    r"(?i:intended\s+(?:solely|only|exclusively)?\s*for\s+(?:the\s+)?(?:sole\s+)?(?:use\s+of\s+)?"
    r"(?:the\s+)?(?:individual|addressee|named|person|recipient|intended|entity)"
    r"|intended\s+recipient|addressee\(?s?\)?\s+only"
    r"|receive[ds]?\s+(?:this|it)\s+(?:e-?mail\s+|message\s+|communication\s+)?in\s+error"
    r"|\b(?:may|might)\s+(?:also\s+)?(?:contain|be|include)\s+(?:[\w/-]+\s+){0,3}?(?:confidential|privileged)"
    r"|legally\s+privileged|notify\s+the\s+sender|(?:delete|destroy)\s+(?:it|this|the)\s+"
    r"(?:e-?mail|message|original|copy)?"
    r"|(?:any|all)\s+views\s+(?:or\s+opinions\s+)?(?:expressed|presented)"
    r"|(?:files|attachments)\s+transmitted\s+with\s+it"
    r"|unauthori[sz]ed\s+(?:use|disclosure|copying|review|dissemination|distribution)"
    r"|\bdisclaimer\b|monitored\s+(?:and|or)\s+recorded"
    r"|information\s+contained\s+in\s+this\s+(?:e-?mail|message|communication))"
)


def is_marking(text: str, start: int, end: int, kind: str) -> bool:
    """Whether the phrase at text[start:end] marks this content, read in its context."""
    before = _clause_before(text, start)
    after = text[end : end + 80]
    if kind != "publication" and _NEGATION_BEFORE.search(before):
        return False
    if _NEGATION_AFTER.search(after):
        return False
    if kind in ("confidential", "strong") and _PROMISE_BEFORE.search(before):
        return False
    if kind == "strong" and _ANYONE_MAY_BEFORE.search(before):
        return False
    sentence = _sentence_around(text, start, end)
    if _DECLASSIFIED.search(sentence) or _DECLASSIFIED.search(_next_sentence(text, end)):
        return False  # "…was marked not for publication until the award. The report is now published."
    if _WITHHELD.search(sentence):
        return False  # "…exempt under Schedule 12A, so I can't share the papers": why not, not what
    if _POLICY_TALK.search(sentence) and not _POINTING.search(sentence):
        return False  # "under our standing orders, Part 2 items are taken in private": how, not what
    if kind == "confidential":
        if _TALK_AFTER.search(after):
            return False
        if _GENERIC_INFORMATION.search(after) and not _DEICTIC_BEFORE.search(before):
            return False  # "councillors must not disclose confidential information"
    return not _in_disclaimer(text, start, end)


def _heading_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the line holding the match when that line is a short capitalised heading
    ("PRIVATE AND CONFIDENTIAL - LEGALLY PRIVILEGED"), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    letters = [c for c in line if c.isalpha()]
    if len(line.strip()) > 80 or not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return None
    return line_start, line_end


# The writer says they will not pass the marked material on.
_WITHHELD = re.compile(r"(?i:\b(?:can[’']?t|cannot|can\s+not|(?:un|not\s+)able\s+to|won[’']?t|will\s+not|may\s+not|"
                       r"not\s+allowed\s+to|not\s+permitted\s+to)\s+(?:share|send|pass\s+(?:it|them|this|these)?\s*on|"
                       r"release|circulate|disclose|forward|show|give\s+you)\b)")


def _next_sentence(text: str, end: int) -> str:
    stops = [i for i in (text.find(c, end) for c in ".!?") if i >= 0]
    if not stops:
        return ""
    after = min(stops) + 1
    later = [i for i in (text.find(c, after) for c in ".!?\n") if i >= 0]
    return text[after : min(later + [after + 200])]


def _sentence_around(text: str, start: int, end: int) -> str:
    left = max(start - 200, 0, *(text.rfind(c, 0, start) + 1 for c in ".!?\n"))
    right = min(end + 200, len(text), *(i for i in (text.find(c, end) for c in ".!?\n") if i >= 0))
    return text[left:right]


def _clause_before(text: str, start: int) -> str:
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(c) for c in ".!?;\n(")
    return window[cut + 1 :] if cut >= 0 else window


def _in_disclaimer(text: str, start: int, end: int) -> bool:
    """A cue in the same or the next sentences, not across a paragraph or a new line of text.

    A capitalised heading line's own words are not a cue ("PRIVATE AND CONFIDENTIAL - LEGALLY
    PRIVILEGED" above pasted advice marks it); the lines around it still are."""
    heading = _heading_line(text, start, end)
    if heading is not None:
        start, end = heading
    left = text[max(0, start - _WINDOW) : start]
    para = left.rfind("\n\n")
    if para >= 0:
        left = left[para + 2 :]
    # at most the two sentences before the match
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s)", left)]
    if len(stops) >= 2:
        left = left[stops[-2] :]
    right = text[end : end + _WINDOW]
    para = right.find("\n\n")
    if para >= 0:
        right = right[:para]
    own = "\n" if heading is not None else text[start:end]
    return _DISCLAIMER_CUE.search(left + own + right) is not None
