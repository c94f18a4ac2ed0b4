"""Drafting the response duty (`duties.respond`) from the protocol's own words.

The clause that asks for enquiries to be answered in time ("respond to enquiries ... within one
week", "a timely response from Officers to enquiries") gives the clause and quote; its time
phrase gives the limit in working days ("one week" is five; no number: 10, and the draft says
the number is a stand-in); who it binds gives the directions ("councillors and officers" both
ways, "officers" to councillors); and a sentence naming who follows up unanswered enquiries
("the relevant member of the Corporate Management Team", "Directors are responsible") gives the
escalation, its clause and quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.packdraft.clauses import Clause, Sentence
from app.packdraft.matching import fit_quote

DEFAULT_WORKING_DAYS = 10
_RESPOND = re.compile(r"\b(respon(d|ds|se|ses)|repl(y|ies)|answer(ed|s)?)\b", re.I)
_ENQUIRY = re.compile(r"\b(enquir(y|ies)|inquir(y|ies)|quer(y|ies)|requests?|correspondence|complaints?)\b", re.I)
_TIMELY = re.compile(r"\b(timely|promptly|prompt|within|in good time|without delay)\b", re.I)
_WITHIN = re.compile(r"\bwithin\s+(\w+)\s+(working\s+|business\s+|calendar\s+)?(days?|weeks?)\b", re.I)
_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "fifteen": 15, "twenty": 20, "a": 1}
_DUTY_VERB = re.compile(r"\b(will|shall|should|must)\s+(aim to\s+|always\s+)?(respond|reply|answer)\b", re.I)
_BOTH = re.compile(r"\b(councillors|members)\s+and\s+officers\b|\bofficers\s+and\s+(councillors|members)\b|\bboth\b",
                   re.I)
_UNANSWERED = re.compile(r"\b(unanswered|not (been )?(answered|responded)|follow(ing)? up|responsible for ensuring)\b",
                         re.I)
_ROLES = (  # the directory title each named role becomes, most specific first
    (re.compile(r"corporate management team|\bCMT\b", re.I), "corporate-management-team"),
    (re.compile(r"\bdirectors?\b", re.I), "director"),
    (re.compile(r"heads? of service", re.I), "head-of-service"),
    (re.compile(r"chief executive", re.I), "chief-executive"),
    (re.compile(r"monitoring officer", re.I), "monitoring-officer"),
    (re.compile(r"\b(town |parish )?clerk\b", re.I), "clerk"),
)
_FALLBACK_ESCALATION = ["clerk", "proper-officer", "head-of-service", "monitoring-officer"]


@dataclass
class DutyDraft:
    respond: dict[str, Any] | None
    notes: list[str] = field(default_factory=list)


def draft_duties(clauses: list[Clause]) -> DutyDraft:
    numbered = [s for c in clauses if c.number for s in c.sentences]
    scored = [(_score(s.text), s) for s in _runs(clauses)]
    scored = [(score, s) for score, s in scored if score >= 3]
    if not scored:
        return DutyDraft(None, ["duties.respond: the protocol sets no response time the drafter could find; "
                                "add the council's own timescale if it has one"])
    singles = {id(s) for c in clauses for s in c.sentences}  # a sentence beats a pair that scores the same
    best = max(scored, key=lambda item: (item[0], id(item[1]) in singles, -item[1].order))[1]
    days, source = _working_days(best.text)
    entry: dict[str, Any] = {
        "clause": best.clause, "quote": fit_quote(best.text, [m.group(0) for m in _RESPOND.finditer(best.text)]),
        "working_days": days, "remind_before": 1 if days <= 5 else 2,
        "directions": ["councillor-to-officer", "officer-to-councillor"] if _BOTH.search(best.text)
        else ["councillor-to-officer"],
    }
    notes = []
    if source:
        entry["limit_source"] = source
        notes.append(f"duties.respond.working_days: {source}")
    escalation = _escalation(numbered, best)
    if escalation is not None:
        sentence, titles, named = escalation
        entry["escalate_to"] = titles
        entry["escalation_clause"], entry["escalation_quote"] = sentence.clause, fit_quote(sentence.text, named)
    else:
        entry["escalate_to"] = list(_FALLBACK_ESCALATION)
        notes.append("duties.respond.escalate_to: the protocol names no one to follow up unanswered enquiries; "
                     "the draft uses the clerk, then the head of service, then the Monitoring Officer")
    return DutyDraft(entry, notes)


def _runs(clauses: list[Clause]) -> list[Sentence]:
    """Each sentence, and each two neighbours in a clause read as one: a PDF's page or column break can
    split a sentence in two ("Officers will respond to" | "Member's enquiries promptly ...")."""
    runs: list[Sentence] = []
    for clause in clauses:
        if not clause.number:
            continue
        runs += clause.sentences
        for first, second in zip(clause.sentences, clause.sentences[1:]):
            if not re.search(r"[.!?:;]$", first.text):
                runs.append(Sentence(clause.number, f"{first.text} {second.text}", first.order, first.paragraph))
    return runs


def _score(text: str) -> int:
    score = 0
    if _RESPOND.search(text) and _ENQUIRY.search(text):
        score += 2
        score += 2 if _WITHIN.search(text) else 1 if _TIMELY.search(text) else 0
        score += 1 if _DUTY_VERB.search(text) else 0  # a duty stated, not a list of expectations
    return score


def _working_days(text: str) -> tuple[int, str | None]:
    match = _WITHIN.search(text)
    if match is None:
        return DEFAULT_WORKING_DAYS, (f"The protocol gives no number; {DEFAULT_WORKING_DAYS} working days "
                                      "stands in until the council sets its own.")
    word, kind, unit = match.group(1).lower(), (match.group(2) or "").strip().lower(), match.group(3).lower()
    count = int(word) if word.isdigit() else _NUMBERS.get(word)
    if count is None or count <= 0:
        return DEFAULT_WORKING_DAYS, f"\"{match.group(0)}\" is not a number the drafter reads; check it."
    if unit.startswith("week"):
        return min(60, count * 5), None
    if kind in ("working", "business"):
        return min(60, count), None
    return max(1, min(60, round(count * 5 / 7))), f"\"{match.group(0)}\" counts calendar days; shown as working days."


def _escalation(sentences: list[Sentence], duty: Sentence) -> tuple[Sentence, list[str], list[str]] | None:
    """The sentence nearest the duty that names who follows up unanswered enquiries: (it, titles, words)."""
    for sentence in sorted(sentences, key=lambda s: (s is not duty, abs(s.order - duty.order))):
        if not (_UNANSWERED.search(sentence.text) and (_ENQUIRY.search(sentence.text) or sentence is duty)):
            continue
        found = [(title, match.group(0)) for pattern, title in _ROLES if (match := pattern.search(sentence.text))]
        if found:
            return sentence, [t for t, _ in found], [w for _, w in found]
    return None
