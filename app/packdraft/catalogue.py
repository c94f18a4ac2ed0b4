"""The drafter's knowledge as data: per rule, the words that show a clause speaks to it (rules.yaml),
and the wording that decides an action (modality.yaml). A new rule is a new entry, not new code."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    weight: int
    required: bool = False  # a sentence without any required cue does not speak to the rule

    def score(self, text: str) -> int:
        return self.weight if self.pattern.search(text) else 0


@dataclass(frozen=True)
class RuleCues:
    rule: str
    title: str  # a councillor's name for the rule: "Blind copies"
    about: str  # what it is about, in a phrase: "blind copies — someone receives ..."
    direct: tuple[Cue, ...]
    direct_at: int
    related: tuple[Cue, ...]
    related_at: int
    expectation: str  # action for a direct clause that neither forbids nor hedges
    expectation_why: str | None
    can_annotate: bool
    annotation: str | None
    follow_up: str | None
    tell_sender: dict[str, str]

    def direct_score(self, text: str) -> int:
        required = [cue for cue in self.direct if cue.required]
        if required and not any(cue.score(text) for cue in required):
            return 0
        return sum(cue.score(text) for cue in self.direct)

    @property
    def defined_by_a_word(self) -> bool:
        """Its sentences are recognised by a required word (confidential): specific, so it claims them."""
        return any(cue.required for cue in self.direct)

    def direct_margin(self, text: str) -> int:
        """How far past its threshold a sentence speaks to this rule (negative: it does not)."""
        return self.direct_score(text) - self.direct_at

    def related_score(self, text: str) -> int:
        return sum(cue.score(text) for cue in self.related)

    def matched(self, text: str, related: bool = False) -> list[str]:
        """The words in `text` that the cues found, as written there."""
        words = []
        for cue in self.related if related else self.direct:
            found = cue.pattern.search(text)
            if found:
                words.append(found.group(0))
        return words


@dataclass(frozen=True)
class Modality:
    hedge: re.Pattern[str]
    disclosure: re.Pattern[str]
    forbid: re.Pattern[str]


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _cues(items) -> tuple[Cue, ...]:
    return tuple(Cue(_compile(item["cue"]), int(item["weight"]), bool(item.get("required", False)))
                 for item in items or ())


@lru_cache(maxsize=4)
def load_catalogue(path: Path = HERE / "rules.yaml") -> dict[str, RuleCues]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    catalogue = {}
    for rule, entry in data.items():
        catalogue[rule] = RuleCues(
            rule=rule, title=entry.get("title", rule), about=entry["about"],
            direct=_cues(entry.get("direct")), direct_at=int(entry.get("direct_at", 3)),
            related=_cues(entry.get("related")), related_at=int(entry.get("related_at", 99)),
            expectation=entry.get("expectation", "flag"), expectation_why=entry.get("expectation_why"),
            can_annotate=bool(entry.get("can_annotate", False)), annotation=entry.get("annotation"),
            follow_up=entry.get("follow_up"),
            tell_sender=dict(entry.get("tell_sender") or {}),
        )
    return catalogue


@lru_cache(maxsize=4)
def load_modality(path: Path = HERE / "modality.yaml") -> Modality:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Modality(_compile(data["hedge"]), _compile(data["disclosure"]), _compile(data["forbid"]))
