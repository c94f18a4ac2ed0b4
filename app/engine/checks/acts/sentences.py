"""Split a letter's new text into sentences, with offsets, leaving out what nobody "says".

Left out: quoted lines ("> …"), everything after a signature separator ("-- ") or a
"Sent from my iPhone" line, and standing disclaimers, whose "you must not copy it"
is boilerplate rather than an instruction. Plain-text mail is often hard-wrapped,
so a single line break ends a sentence only after sentence punctuation or a short
line (a greeting, a sign-off, a list item); a blank line always does.
"""

from __future__ import annotations

import re

MAX_CHARS = 10_000  # a letter's new text; the rest of a very long body is not read
MAX_SENTENCE_CHARS = 400  # a longer run without a full stop is read in pieces of this size
MAX_SENTENCES = 200
_SHORT_LINE = 45  # a line shorter than this is not a wrapped sentence

_SIGNATURE_CUT = re.compile(
    r"^(?:--\s*|__{4,}\s*|sent\s+from\s+my\s+\w+.*|get\s+outlook\s+for\s+\w+.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_DISCLAIMER = re.compile(
    r"intended\s+(?:solely\s+|only\s+)?for\s+the\s+(?:use\s+of\s+the\s+)?(?:addressee|individual|named|intended)"
    r"|intended\s+recipient|addressee\(?s?\)?\s+only|privacy\s+notice|confidential(?:ity)?\s+notice"
    r"|(?:received|receive)\s+(?:this|it)\s+(?:e-?mail\s+|message\s+)?in\s+error"
    r"|views\s+expressed\s+(?:in\s+this|are\s+those)|processes\s+personal\s+data"
    r"|consider\s+the\s+environment|before\s+printing|print\s+this\s+e-?mail|do\s+not\s+reply\s+to\s+this"
    r"|(?:mailbox|inbox)\s+is\s+not\s+monitored",
    re.IGNORECASE,
)
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "cllr", "st", "no", "nos", "ref", "approx", "e.g", "i.e", "etc", "tel",
    "vs", "inc", "ltd", "co", "para", "cl", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
})
_STOP = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")


def letter_body(text: str) -> str:
    """The new text up to any signature separator, quoted lines blanked (offsets kept)."""
    text = text[:MAX_CHARS]
    cut = _SIGNATURE_CUT.search(text)
    if cut is not None and cut.start() > 0:
        text = text[: cut.start()]
    if ">" in text:
        text = re.sub(r"(?m)^[ \t]*>.*$", lambda m: " " * len(m.group()), text)
    return text


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, disclaimer sentences left out."""
    spans: list[tuple[int, int]] = []
    for start, end in _line_blocks(text):
        spans += _split_block(text, start, end)
        if len(spans) >= MAX_SENTENCES:
            break
    return [s for s in spans[:MAX_SENTENCES] if not _DISCLAIMER.search(text, s[0], s[1])]


def _line_blocks(text: str) -> list[tuple[int, int]]:
    """Runs of lines that read as one stretch of prose."""
    blocks: list[tuple[int, int]] = []
    start = 0
    at = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        end = at + len(line)
        if not stripped:
            if at > start:
                blocks.append((start, at))
            start = end
        elif len(stripped) < _SHORT_LINE or stripped[-1] in ".!?:;" or _starts_item(stripped):
            blocks.append((start, end))
            start = end
        at = end
    if start < len(text):
        blocks.append((start, len(text)))
    return [(s, e) for s, e in blocks if text[s:e].strip()]


def _starts_item(line: str) -> bool:
    return line[:1] in "-•*" or bool(re.match(r"\d+[.)]\s", line))


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    begin = start
    for match in _STOP.finditer(text, start, end):
        word = text[max(begin, match.start() - 8) : match.start()].rsplit(None, 1)
        if match.group().startswith(".") and word and word[-1].lower().strip("(") in _ABBREVIATIONS:
            following = text[match.end() : match.end() + 3].lstrip()[:1]
            if not following or following.islower() or following.isdigit():
                continue  # "Cllr. Evans" or "Feb. 12" goes on; "till 1 Feb. Keep off" is a new sentence
        spans.append((begin, match.end()))
        begin = match.end()
    if text[begin:end].strip():
        spans.append((begin, end))
    out = []
    for s, e in _pieces(text, spans):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _pieces(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans no longer than MAX_SENTENCE_CHARS, cut at a word boundary."""
    out = []
    for s, e in spans:
        while e - s > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", s, s + MAX_SENTENCE_CHARS)
            cut = cut if cut > s else s + MAX_SENTENCE_CHARS
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return out
