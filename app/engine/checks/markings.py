"""Confidentiality markings, as data plus compiled patterns, found once per message.

A marking is one of the phrases the contract lists ("Confidential", "Private
and confidential", "Strictly confidential", "In confidence", "Not for
publication", "Exempt information" / "Schedule 12A", "Part 2" / "Part II"
exempt business, "OFFICIAL-SENSITIVE", "Restricted"), or a sensitivity header
(`Sensitivity: Private` / `Company-Confidential`, a Microsoft Purview label in
`msip_labels:`, an `X-Protective-Marking:` SEC= value).

What is *not* a marking: a standing disclaimer ("This email and any attachments
are confidential and intended solely for…"), a negation ("not confidential",
"no longer confidential", "this is not a confidential matter") and mere talk
about confidentiality ("the confidentiality policy", "confidential waste").

Speed: every kind is one alternation, compiled once, with no nested
quantifiers, run once over each text (capped at MAX_SCAN_CHARS); the negation,
talk and disclaimer tests look only at a bounded window around each match, and
at most MAX_MATCHES_PER_TEXT matches are examined per text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.checks.label_headers import labelled_headers
from app.engine.checks.marking_context import is_marking
from app.engine.message.limits import DEFAULT_LIMITS
from app.engine.message.model import Attachment, EmbeddedMessage, Message

MAX_SCAN_CHARS = DEFAULT_LIMITS.max_text_chars  # the parser's own cap on one body's text
MAX_MATCHES_PER_TEXT = 64  # a marking repeated on every page of a long report says nothing new

# -- the marking phrases ------------------------------------------------------
# Each kind is one alternation. It is tried only in a small window around an
# anchor word found with str.find (C speed), so a 1 MB body costs milliseconds
# rather than an alternation tried at every character. (?i:...) keeps
# "RESTRICTED" case-sensitive while the rest ignores case.
_PART2_NOUNS = (
    r"exempt|confidential|reports?|items?|business|agenda|session|minutes?|papers?|"
    r"appendix|appendices|annex(?:es)?|matters?|briefing"
)
_KINDS: dict[str, tuple[str, str]] = {  # kind -> (anchor word, pattern)
    "strong": ("confiden", r"(?i:private\s+(?:and|&)\s+confidential"
               r"|strictly\s+(?:private\s+and\s+)?confidential"
               r"|highly\s+confidential"
               r"|commercial(?:ly)?\s+in\s+confidence"
               r"|\bin\s+(?:the\s+)?(?:strict(?:est)?\s+)?confidence\b)"),
    "publication": ("publication", r"(?i:\bnot\s+for\s+publication\b)"),
    "exempt": ("exempt", r"(?i:\bexempt\s+(?:information|items?|reports?|appendix|business|minutes)\b)"),
    "schedule12a": ("schedule", r"(?i:\bschedule\s*12\s*a\b)"),
    "part2": ("part", rf"(?i:\bpart\s*(?:2|ii|two)\b(?=\s*(?:\(\s*exempt\s*\)|[-–—:/]?\s*(?:{_PART2_NOUNS})\b"
              r"|of\s+the\s+agenda))"
              # a heading at a line's or subject's start: "Part 2 - staffing budget", "FW: Part II: lease"
              r"|(?:(?<![^\n])|(?<=re:\s)|(?<=fw:\s)|(?<=fwd:\s))[ \t]*part\s*(?:2|ii)(?=\s*[-–—:]\s)"
              r"|\b(?:taken|considered|discussed|dealt\s+with|heard)\s+in\s+part\s*(?:2|ii)\b)"),
    "sensitive": ("sensitive", r"(?i:\bofficial\s*[-–—_:]?\s*sensitive\b)"),
    "restricted": ("restricted", r"(?<![A-Za-z])RESTRICTED(?![A-Za-z])(?=[ \t]*(?:$|[:\-–—\]\)|/,.]))"
                   r"|(?i:(?:marked(?:\s+as)?|classification|classified(?:\s+as)?|protective\s+marking)"
                   r"\s*[:\-–—]?\s*[\"“']?restricted\b)"
                   r"|(?im:^[ \t]*[\[(]?restricted[ \t]*(?:[\]):\-–—]|$))"),
    "confidential": ("confiden", r"(?i:\bconfidential\b)"),
}
_ANCHORS: dict[str, re.Pattern[str]] = {}  # anchor word -> the alternation of its kinds
for _anchor in dict.fromkeys(anchor for anchor, _ in _KINDS.values()):
    _ANCHORS[_anchor] = re.compile(
        "|".join(f"(?P<{kind}>{src})" for kind, (a, src) in _KINDS.items() if a == _anchor),
        re.MULTILINE,
    )
_ANCHOR_REACH = 40  # the longest lead-in before an anchor ("strictly private and confidential")
MAX_ANCHOR_HITS = 2_000  # per anchor word and text: bounds the work on a hostile body

@dataclass(frozen=True, slots=True)
class Marking:
    """One confidentiality marking: what it says, where it is, how a reviewer finds it."""

    kind: str  # strong | publication | exempt | part2 | sensitive | restricted | confidential | header
    phrase: str  # exactly as it appears
    location: str  # "subject", "new-text", "body", "attachment", "header:Sensitivity", "embedded:2", ...
    evidence: str  # e.g. "Subject: CONFIDENTIAL – staffing"
    embedded_index: int | None = None  # set when the marking belongs to an earlier message


def find_in_text(text: str) -> list[tuple[str, str, int]]:
    """(kind, phrase, offset) of each marking in `text`, disclaimers/negations/talk left out.

    Offsets are in `text` with CRLF line ends read as LF (a heading alone on its line,
    "RESTRICTED\r\n", is still alone on its line)."""
    text = text[:MAX_SCAN_CHARS].replace("\r\n", "\n")
    found: dict[int, tuple[str, str, int]] = {}
    for match in _candidates(text):
        if len(found) >= MAX_MATCHES_PER_TEXT:
            break
        kind = match.lastgroup or "confidential"
        if match.start() not in found and is_marking(text, match.start(), match.end(), kind):
            found[match.start()] = (kind, " ".join(match.group().split()), match.start())
    return [found[offset] for offset in sorted(found)]


def _candidates(text: str):
    """Matches of each anchor's alternation in a window around each place the anchor word occurs."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters change length when lower-cased; keep offsets true
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for anchor, pattern in _ANCHORS.items():
        hits = 0
        at = lower.find(anchor)
        last_end = -1
        while at >= 0 and hits < MAX_ANCHOR_HITS:
            hits += 1
            start = max(0, at - _ANCHOR_REACH, last_end)
            for match in pattern.finditer(text, start, min(len(text), at + len(anchor) + 80)):
                if match.start() <= at < match.end() or match.start() >= at:
                    last_end = max(last_end, match.end())
                    yield match
                    break
            at = lower.find(anchor, at + len(anchor))


# -- whole-message collection -----------------------------------------------------


def message_markings(message: Message) -> list[Marking]:
    """Every marking in the message: its own subject, text, attachments, headers, then each earlier message."""
    found: list[Marking] = []
    found += _subject_markings(message.subject, "subject", None)
    body_location = "new-text" if message.embedded else "body"
    body = message.new_text if message.embedded else message.text
    found += _text_markings(body, body_location, "new text", None)
    for attachment in message.attachments:
        found += _attachment_markings(attachment, "attachment", None)
    found += header_markings(message.headers, "header", None)
    for index, earlier in enumerate(message.embedded):
        found += _embedded_markings(message.embedded, index)
    return _dedupe(found)


def _embedded_markings(embedded: tuple[EmbeddedMessage, ...], index: int) -> list[Marking]:
    earlier = embedded[index]
    where = f"embedded:{index + 1}"
    label = _describe(earlier)
    found = _subject_markings(earlier.subject, where, index, prefix=f"{label}, Subject: ")
    found += _text_markings(earlier.body, where, label, index)
    for attachment in earlier.attachments:
        found += _attachment_markings(attachment, where, index)
    found += header_markings(earlier.headers, where, index)
    # A phrase also marking a message nested inside this one belongs to that one (its circle differs).
    inner = _descendant_phrases(embedded, index)
    return [m for m in found if m.location.endswith(":subject") or m.phrase.lower() not in inner]


def _descendant_phrases(embedded: tuple[EmbeddedMessage, ...], index: int) -> set[str]:
    phrases: set[str] = set()
    depth = embedded[index].depth
    for later in embedded[index + 1 :]:
        if later.depth <= depth:
            break
        for _, phrase, _ in find_in_text(later.body) + find_in_text(later.subject):
            phrases.add(phrase.lower())
    return phrases


def _describe(earlier: EmbeddedMessage) -> str:
    who = earlier.sender.display() if earlier.sender else "unknown sender"
    noun = {"attached": "attached message", "quote": "quoted message"}.get(earlier.kind, "forwarded message")
    when = f" ({earlier.date})" if earlier.date else ""
    return f"{noun} from {who}{when}"


def _subject_markings(subject: str, where: str, index: int | None, prefix: str = "Subject: ") -> list[Marking]:
    location = f"{where}:subject" if index is not None else where
    return [
        Marking(kind, phrase, location, f"{prefix}{subject}", index)
        for kind, phrase, _ in find_in_text(subject)
    ]


def _text_markings(text: str, where: str, label: str, index: int | None) -> list[Marking]:
    text = text.replace("\r\n", "\n")  # find_in_text's offsets
    out = []
    for kind, phrase, offset in find_in_text(text):
        out.append(Marking(kind, phrase, where, f"{label}: “{_excerpt(text, offset, phrase)}”", index))
    return out


def _attachment_markings(attachment: Attachment, where: str, index: int | None) -> list[Marking]:
    name = attachment.filename
    # "Part_2_report.pdf" reads as "Part 2 report pdf"
    readable = re.sub(r"[_.+]+", " ", name)
    location = f"{where}:attachment" if index is not None else where
    found = [(kind, phrase) for kind, phrase, _ in find_in_text(readable)]
    if not found:
        found = [(m.lastgroup or "part2", " ".join(m.group().split())) for m in _NAME_MARKING.finditer(readable)][:1]
    return [Marking(kind, phrase, location, f"attachment: {name}", index) for kind, phrase in found]


# A file name is a heading: "Part 2 – lease options.pdf", "RESTRICTED Budget v3.xlsx", "Exempt report.docx".
_NAME_MARKING = re.compile(
    r"(?P<part2>(?i:^\s*part\s*(?:2|ii|two)\b(?!\s*(?:of|a|b)\b)|\bpart\s*(?:2|ii)\b(?=\s*[-–—:(])))|"
    r"(?P<restricted>(?<![A-Za-z])RESTRICTED(?![A-Za-z])|(?i:^\s*restricted(?=\s*[-–—:]))"
    r"|^\s*Restricted(?!\s+(?i:byway|parking|zone|area|road|access|hours|width|weight|vehicles?|speed|covenant|route)\b))|"
    r"(?P<exempt>(?i:^\s*exempt\b(?!\s+from)|\(\s*exempt\s*\)))"
)


def header_markings(
    headers: tuple[tuple[str, str], ...], where: str, index: int | None
) -> list[Marking]:
    """Sensitivity, msip_labels (Microsoft Purview) and X-Protective-Marking headers."""
    out = []
    for key, phrase, shown in labelled_headers(headers):
        location = f"{where}:{key}" if index is None else f"{where}:header:{key}"
        out.append(Marking("header", phrase, location, f"{key}: {shown}", index))
    return out


def _excerpt(text: str, offset: int, phrase: str, width: int = 60) -> str:
    start = max(0, offset - width)
    line_start = text.rfind("\n", start, offset)
    if line_start >= 0:
        start = line_start + 1
    end = offset + len(phrase) + width
    line_end = text.find("\n", offset, end)
    if line_end >= 0:
        end = line_end
    snippet = " ".join(text[start:end].split())
    return ("…" if start > 0 and line_start < 0 else "") + snippet + ("…" if end < len(text) and line_end < 0 else "")


def _dedupe(markings: list[Marking]) -> list[Marking]:
    seen: set[tuple[str, str, str]] = set()
    out = []
    for marking in markings:
        key = (marking.location, marking.phrase.lower(), marking.evidence)
        if key not in seen:
            seen.add(key)
            out.append(marking)
    return out
