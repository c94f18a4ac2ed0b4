"""A protocol's text as numbered clauses and their sentences, numbered exactly as `packs check` reads them.

The clause a sentence belongs to is the nearest numbered paragraph above it
(app.engine.verify_packs.clause_lines), so a quote the drafter takes from a
clause is found under that clause by the citation check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.engine.verify_packs import clause_lines

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+[\"“(]?[A-Z])")  # the end mark and any closing quote
_ITEM_MARK = re.compile(r"^(\(?[a-z]{1,4}\)|\(?[ivxlc]{1,6}\)|[a-z]\.|•)\s+", re.IGNORECASE)
_NUMBER_MARK = re.compile(r"^\d+(?:\.\d+)*\.?\s*")
_ABBREVIATIONS = re.compile(r"\b(e\.g|i\.e|etc|no|cllr|mr|mrs|ms|dr|para|cf|vs)\.$", re.IGNORECASE)


@dataclass(frozen=True)
class Sentence:
    clause: str | None  # the clause number it sits under; None before the first numbered paragraph
    text: str  # verbatim (normalised as packs check compares), item marks and trailing ;/, removed
    order: int  # position in the document
    paragraph: int


@dataclass
class Clause:
    number: str | None
    sentences: list[Sentence] = field(default_factory=list)


def split_sentences(paragraph: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        if _ABBREVIATIONS.search(paragraph[start:match.start() + 1]):
            continue  # "e.g. A councillor ..." is one sentence
        parts.append(paragraph[start:match.end()])
        start = match.end()
    parts.append(paragraph[start:])
    return [p.strip() for p in parts if p.strip()]


def _clean(sentence: str) -> str:
    sentence = _ITEM_MARK.sub("", sentence)
    return sentence.rstrip(" ;,:").strip()


def segment(text: str) -> list[Clause]:
    """Clauses in document order; a clause's paragraphs run until the next numbered one."""
    clauses: list[Clause] = []
    order = 0
    for paragraph_index, (number, line, starts_clause) in enumerate(clause_lines(text)):
        if starts_clause or not clauses:
            clauses.append(Clause(number))
        body = _NUMBER_MARK.sub("", line, count=1) if starts_clause else line
        for piece in split_sentences(body):
            cleaned = _clean(piece)
            if len(cleaned) < 3:
                continue
            clauses[-1].sentences.append(Sentence(number, cleaned, order, paragraph_index))
            order += 1
    return clauses


def sentences(clauses: list[Clause]) -> list[Sentence]:
    return [s for clause in clauses for s in clause.sentences]


def common_clause(numbers: list[str]) -> str | None:
    """The clause that holds all of these ("4.3.1", "4.3.2" -> "4.3"); None if they share none."""
    split = [n.split(".") for n in numbers]
    prefix: list[str] = []
    for parts in zip(*split):
        if len(set(parts)) != 1:
            break
        prefix.append(parts[0])
    return ".".join(prefix) or None
