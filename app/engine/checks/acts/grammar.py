"""The imperative grammar: which verbs an imperative, a prohibition or a request can carry.

A `Grammar` is the vocabulary `clauses.py` reads a sentence with. `LETTERS` is the
vocabulary of letters to outsiders (what a contractor, tenant or club is told to
do); `staff.py` builds a second one, for the work council staff are directed to
do, from the same parts. Everyday verbs ("send", "book", "check") instruct only
with "please", a deadline, a request form or an object of work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.checks.acts.patterns import PATTERNS, Pattern
from app.engine.checks.acts.verbs import INSTRUCTED, PERMITTED, STRONG_INSTRUCTED, WEAK, base_forms

LEAD = (r"(?:(?:hi|hiya|hey|morning|hello|dear|ok|okay|go\s+on(?:\s+then)?|right|so|yes|great|good\s+news|thanks|thank\s+you|also|then|now|finally|"
        r"and|but|meanwhile|in\s+the\s+meantime|first(?:ly)?|secondly|lastly|otherwise)\b[\s,!:–—-]*)*")
VOCATIVE = r"(?:[a-z][\w'-]{0,30}+(?:\s+[a-z][\w'-]{0,30}+)?\s*[,:–—-]\s*)?"
CLAUSE_START = re.compile(r"[;:]\s+|\s-\s+|,?\s+and\s+(?:then\s+)?|\b(?:please|kindly)\s+(?:do\s+)?")
DEADLINE = re.compile(
    r"\b(?:by|before|no\s+later\s+than|within|until)\s+(?:the\s+end|close|noon|midday|tomorrow|tonight|next|this|the\s+\d|\d|"
    r"mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|end\s+of|return|first\s+thing)"
    r"|\b(?:immediately|forthwith|today|tomorrow|tonight|this\s+week|asap|first\s+thing|without\s+delay|straight\s+away|"
    r"urgently|right\s+away|at\s+once|as\s+soon\s+as\s+possible)\b"
)
NOT_WORK = (
    r"^(?:send|get|bring|keep|take|let|put|print|make|find|post|copy|tell)\s+(?:me|us|it\s+to\s+me|them\s+to\s+me)\b|^(?:get|take|have)\s+(?:a\s+look|part|in\s+touch|back)"
    r"|^bring\s+(?:it|this|that)\s+up|^keep\s+(?:me|us)\s|^check\s+(?:whether|if|that\s+you)|^use\s+your\s+(?:discretion|judgement)"
    r"|^(?:book|get|take|keep)\s+(?:early|tickets?|your\s+tickets?|a\s+seat|the\s+date|well|safe|warm|smiling|going|in\s+touch)"
    r"|^leave\s+(?:it\s+with\s+me|a\s+message|feedback)|^(?:add|put)\s+(?:me|my\s+name)|^book\s+(?:me|us|myself)\b"
    r"|^keep\s+(?:up\s+the|it\s+up|them\s+up|going|at\s+it|smiling|safe|well|warm)"
    r"|^keep\s+(?:this|it|that|these|them)\s+(?:confidential|private|quiet|to\s+yourself|between\s+us|under\s+your\s+hat)"
    r"|^make\s+up\s+(?:your|my|our)\s+mind|^do\s+(?:come|join|let|get|contact|call|ring|drop|pop|feel|have|enjoy|take|keep|say|shout|not\s+hesitate)\b"
    # "do give her a ring", and emphatic "do" with any verb: an invitation, not work to do
    r"|^(?:do\s+)?give\s+(?:me|us|him|her|them)\s+a\s+(?:ring|call|bell|buzz|shout)\b|^do\s+(?:not|n't)\b"
    r"|^take\s+(?:all\s+)?(?:the|your)\s+time\b|^take\s+(?:care|it\s+easy|a\s+break|a\s+breather)\b"
    r"|^do\s+(?!not\b|the\b|it\b|this\b|that\b|them\b|a\b|an\b|your\b|our\b|some\b|all\b|both\b|these\b|those\b|so\b|as\b)[a-z]+\b"
)
# Everyday verbs a prohibition can still forbid ("don't start work", "don't use the nets"); the rest of the
# everyday verbs, forbidden, are about words, not things ("don't treat this as confidential").
NOT_FORBIDDEN = WEAK - {"start", "begin", "use", "take", "bring", "leave", "keep", "put"}
# Everyday verbs that still instruct when they open a sentence with a thing to act on: "Get the shed down".
OPENING_WEAK = frozenset({"get", "send", "put", "keep", "leave", "book", "arrange", "provide", "add", "sort",
                          "sort out", "supply", "return", "start", "finish", "complete", "submit", "do", "change", "use"})
# The thing such an opening verb acts on: "Get the shed down".
OPENING_OBJECT = r"^\s*(?:[\w-]{1,30}+\s+)?(?:the|your|all|those|these|that|it|them|his|her|their)\b"


@dataclass(frozen=True)
class Grammar:
    imperative: re.Pattern[str]  # at a clause start: "(please) remove ...", "don't pay ..."
    prohibition: re.Pattern[str]  # "please don't ...", "never ..." at the opening
    request: re.Pattern[str]  # "can you ...", "could your team ..."
    strong: frozenset[str]  # verbs that instruct at a clause start without "please" or a deadline
    opening_weak: frozenset[str]  # everyday verbs that instruct opening a sentence with an object
    opening_object: re.Pattern[str]  # that object, after the verb
    not_forbidden: frozenset[str]  # everyday verbs whose prohibition is about words, not things
    not_work: re.Pattern[str]  # what follows the verb when nothing is to be done ("send me ...")
    patterns: tuple[Pattern, ...]  # the act patterns tried on every sentence
    clause_start: re.Pattern[str] = CLAUSE_START  # where a clause, and so an imperative, may start
    pleading: re.Pattern[str] = re.compile(r"\b(?:please|kindly)\b")  # "please" and its shorthands
    fresh_start: re.Pattern[str] | None = None  # after these an imperative reads as at a sentence's opening


def build(instructed: tuple[str, ...], strong: frozenset[str], opening_weak: frozenset[str], opening_object: str,
          not_forbidden: frozenset[str], not_work: str, patterns: tuple[Pattern, ...], *, please: str = "please",
          you: str = "you", clause_start: str = CLAUSE_START.pattern, fresh_start: str | None = None) -> Grammar:
    """`please`, `you`: the alternations read as those words ("pls", "u" in a text message to staff)."""
    verb = rf"(?P<verb>{base_forms(*instructed)})\b"
    neg_verb = rf"(?P<verb>{base_forms(*instructed, *PERMITTED)})\b"
    pl = f"(?:{please})"
    return Grammar(
        imperative=re.compile(
            rf"(?P<neg>(?:do\s+not|don't|never|{pl}\s+don't|{pl}\s+do\s+not)\s+)?(?:{pl}\s+|also\s+|immediately\s+|just\s+)?{verb}"),
        prohibition=re.compile(rf"(?:^{LEAD}{VOCATIVE}|\b{pl}\s+)(?P<neg>do\s+not|don't|never)\s+{neg_verb}"),
        request=re.compile(
            rf"\b(?:can|could|would|will)\s+(?P<subj>{you}|your\s+[\w-]{{1,30}}+(?:\s+[\w-]{{1,30}}+)?|the\s+(?:club|team|tenant|hirer|contractor))\s+"
            rf"(?:{pl}\s+|kindly\s+|possibly\s+|also\s+|just\s+|make\s+sure\s+(?:to\s+|you\s+)?)*{verb}"),
        strong=strong, opening_weak=opening_weak, opening_object=re.compile(opening_object), not_forbidden=not_forbidden,
        not_work=re.compile(not_work), patterns=patterns, clause_start=re.compile(clause_start),
        pleading=re.compile(rf"\b(?:{please}|kindly)\b"), fresh_start=re.compile(fresh_start) if fresh_start else None,
    )


LETTERS = build(INSTRUCTED, frozenset(STRONG_INSTRUCTED), OPENING_WEAK, OPENING_OBJECT, NOT_FORBIDDEN, NOT_WORK, PATTERNS)
