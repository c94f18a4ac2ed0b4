"""Speech-act analysis of a letter's new text: sentence -> (actor, act, mood, modifiers, evidence span).

    from app.engine.checks.acts import analyse
    for act in analyse(message.new_text):
        if act.binding: ...

Pure and bounded (MAX_CHARS of text, MAX_SENTENCES sentences, compiled patterns),
so a check can run it on every message. `councillor-name-letter` asks whether a
letter in a councillor's name binds the council; `instructs-staff` asks, with
`staff=True`, whether a councillor directs an officer to act: the same analysis
with the vocabulary of staff work added (`staff.py`: "chase Kestrel", "have the
hedge cut", "I want this done by Friday") and what leaves it to the officer
("when you get a chance") read as the DISCRETION modifier.
"""

from __future__ import annotations

from app.engine.checks.acts.clauses import acts_in
from app.engine.checks.acts.grammar import LETTERS
from app.engine.checks.acts.model import BLOCKING, KIND, Act, Actor, Modifier, Mood, SpeechAct
from app.engine.checks.acts.modifiers import DISOWNED, HEDGED, modifiers
from app.engine.checks.acts.sentences import letter_body, sentence_spans
from app.engine.checks.acts.staff import DISCRETION, STAFF

__all__ = ["MAX_ACTS", "Act", "Actor", "BLOCKING", "KIND", "Modifier", "Mood", "SpeechAct", "analyse", "disowns_council"]

MAX_ACTS = 64  # a letter that does more than this says nothing new; bounds the work on hostile text
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def analyse(text: str, staff: bool = False) -> list[SpeechAct]:
    """Every act in the letter body of `text`, in reading order, with its modifiers.

    `staff`: read it as a message to council staff (the staff-work vocabulary and DISCRETION).
    """
    grammar = STAFF if staff else LETTERS
    body = letter_body(text)
    lowered = _lower(body)
    found: list[SpeechAct] = []
    for start, end in sentence_spans(body):
        if len(found) >= MAX_ACTS:
            break
        sentence = lowered[start:end]
        seen: set[tuple[int, int]] = set()
        for act, mood, actor, negated, cue_start, cue_end in acts_in(sentence, grammar):
            if (cue_start, cue_end) in seen:
                continue
            seen.add((cue_start, cue_end))
            mods = modifiers(sentence, cue_start, mood is Mood.REQUEST, act is Act.INSTRUCT,
                             act in (Act.GRANT, Act.INSTRUCT) and not staff)  # "on the website" is where staff work goes
            if negated:
                mods |= {Modifier.NEGATED}
            if staff and DISCRETION.search(sentence):
                mods |= {Modifier.DISCRETION}
            if staff and Modifier.REPORTED in mods and _fresh_clause_unreported(sentence, cue_start, grammar):
                mods -= {Modifier.REPORTED}  # "the Chairman says it's fine, so book the band": the writer's own words
            if staff and Modifier.HEDGED in mods and not _hedged_outside(sentence, cue_start, cue_end):
                mods -= {Modifier.HEDGED}  # "I expect the invoice paid by Friday": the cue's own words
            found.append(SpeechAct(
                actor=actor, act=act, mood=mood, modifiers=mods,
                sentence=" ".join(body[start:end].split())[:240],
                cue=" ".join(body[start + cue_start : start + cue_end].split()),
                span=(start, end), cue_span=(start + cue_start, start + cue_end),
            ))
    found.sort(key=lambda a: a.cue_span)
    return found[:MAX_ACTS]


def _fresh_clause_unreported(sentence: str, cue_start: int, grammar) -> bool:
    """A report before ", so" is not the instruction after it."""
    starts = [m.end() for m in grammar.fresh_start.finditer(sentence, 0, cue_start)] if grammar.fresh_start else []
    if not starts:
        return False
    clause = sentence[starts[-1]:]
    return Modifier.REPORTED not in modifiers(clause, cue_start - starts[-1], False)


def _hedged_outside(sentence: str, cue_start: int, cue_end: int) -> bool:
    blanked = sentence[:cue_start] + " " * (cue_end - cue_start) + sentence[cue_end:]
    return HEDGED.search(blanked) is not None


def disowns_council(text: str) -> bool:
    """The writer says the letter is not on the council's behalf, or it is party business."""
    return DISOWNED.search(_lower(letter_body(text))) is not None


def _lower(text: str) -> str:
    """Lower-case with straight quotes and dashes, keeping every offset."""
    lowered = text.translate(_STRAIGHT).lower()
    if len(lowered) != len(text):  # a few characters change length when lower-cased
        lowered = "".join(c.translate(_STRAIGHT).lower() if len(c.lower()) == 1 else c for c in text)
    return lowered
