"""What one sentence of a letter does: who acts, the act, its mood, and what qualifies it.

The vocabulary of the speech-act analysis (see `app.engine.checks.acts`), shared by
every check that asks whether a letter binds or instructs on the council's behalf.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Actor(str, Enum):
    COUNCIL = "council"  # the council, a committee, "members"
    WE = "we"  # the writer speaking for the council
    SPEAKER = "I"  # the writer as office-holder ("I accept your quote")
    ADDRESSEE = "addressee"  # "you", an imperative's understood subject, "your club"
    OFFICER = "officer"  # the clerk, officers, staff
    OTHER = "other"  # anyone else named as subject
    NONE = "none"  # passive or impersonal: "costs will be met", "the booking stands"


class Act(str, Enum):
    GRANT = "grant"  # permission given
    REFUSE = "refuse"  # permission refused
    AWARD = "award"  # a grant, contract or appointment awarded
    ACCEPT = "accept"  # a tender, quote or offer accepted
    COMMIT = "commit"  # to act, pay, fund, waive, cover costs
    CANCEL = "cancel"  # cancel, terminate, withdraw, end
    NOTIFY = "notify"  # formal notice: entry, rent change, deposit withheld, breach
    INSTRUCT = "instruct"  # the addressee is told or required to act
    ORDER = "order"  # goods or services ordered on the council's account


class Mood(str, Enum):
    IMPERATIVE = "imperative"  # "Remove the boards by Friday."
    REQUEST = "request"  # "Can you get a team there tomorrow?", "I need you to…"
    PERFORMATIVE = "performative"  # "We accept your quote", "I hereby give notice"
    STATE = "state"  # a granted state: "the club may use the field", "the booking stands"
    FUTURE = "future"  # an undertaking: "the council will cover half"


class Modifier(str, Enum):
    QUESTION = "question"  # asked, not stated
    CONDITIONAL = "conditional"  # "if the council agrees", "subject to committee approval"
    HEDGED = "hedged"  # "I hope", "probably", "I can't promise"
    NEGATED = "negated"  # "the council has not agreed to pay"
    REPORTED = "reported"  # someone else's words: "the clerk says", "I understand"
    DEFERRED = "deferred"  # handed on: "I will ask the clerk", "I'll recommend to F&GP"
    PERSONAL = "personal"  # a personal view, personal affairs or party business
    PROCEDURE = "procedure"  # how anyone goes about it: "you can book the hall online"
    DISCRETION = "discretion"  # left to the reader: "when you get a chance", "up to you" (read for staff only)


# Any of these means the sentence does not itself bind or instruct.
BLOCKING = frozenset(Modifier)

# The contract's four kinds, for summaries: commitment, permission, notice, instruction.
KIND = {
    Act.GRANT: "permission", Act.REFUSE: "permission", Act.AWARD: "commitment",
    Act.ACCEPT: "commitment", Act.COMMIT: "commitment", Act.ORDER: "commitment",
    Act.CANCEL: "notice", Act.NOTIFY: "notice", Act.INSTRUCT: "instruction",
}


@dataclass(frozen=True, slots=True)
class SpeechAct:
    """One act found in one sentence; `span` and `cue_span` are offsets in the analysed text."""

    actor: Actor
    act: Act
    mood: Mood
    modifiers: frozenset[Modifier]
    sentence: str  # the sentence, whitespace folded, for evidence
    cue: str  # the words that carry the act, as written
    span: tuple[int, int]
    cue_span: tuple[int, int]

    @property
    def binding(self) -> bool:
        """Stated outright: not asked, conditioned, hedged, negated, reported, deferred or personal."""
        return not (self.modifiers & BLOCKING)

    @property
    def kind(self) -> str:
        return KIND[self.act]
