"""The verdict: what the council's pack makes of one message's findings.

`decide` is pure. Each finding becomes a Decision carrying the pack's action,
clause and quote; `off` rules drop out; the strongest action is the verdict
(hold > annotate > flag, and a message with only flags is allowed, the flags
going to the Monitoring Officer's digest).
"""

from __future__ import annotations

import string
from dataclasses import dataclass, replace
from typing import Iterable, Literal

from app.engine.findings import Finding
from app.engine.packs.pack import PolicyPack, RuleEntry

VerdictName = Literal["allow", "annotate", "hold"]
DecisionAction = Literal["hold", "annotate", "flag"]

_STRENGTH = {"flag": 1, "annotate": 2, "hold": 3}
_VERDICT_OF = {0: "allow", 1: "allow", 2: "annotate", 3: "hold"}
# A finding for a rule the pack does not map (a pack older than the engine)
# still reaches the Monitoring Officer instead of vanishing.
_UNMAPPED = RuleEntry(
    action="flag",
    why_flag="This pack does not map the rule yet; reported so the Monitoring Officer sees it.",
)


@dataclass(frozen=True, slots=True)
class Decision:
    """One finding under the pack: what is done about it, and on which clause."""

    rule: str
    action: DecisionAction
    clause: str | None
    quote: str | None
    summary: str
    evidence: tuple[str, ...]
    subjects: tuple[str, ...]
    tell_sender: str | None
    location: str
    why_flag: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    verdict: VerdictName
    decisions: tuple[Decision, ...]
    annotation: str | None  # text appended to the message on delivery/release; None if none

    @property
    def flags(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.action == "flag")

    @property
    def rules(self) -> tuple[str, ...]:
        """Rule ids that produced a decision, each once, in finding order."""
        return tuple(dict.fromkeys(d.rule for d in self.decisions))


def decide(findings: Iterable[Finding], pack: PolicyPack) -> Verdict:
    decisions: list[Decision] = []
    lines: list[str] = []
    for finding in findings:
        entry = pack.rules.get(finding.rule, _UNMAPPED)
        if entry.action == "off":
            continue
        own = _annotation_lines(entry.annotation, finding.subjects) if entry.annotation else []
        decision = _decision(finding, entry)
        if entry.action == "annotate" and not own:
            # Nothing to append (e.g. only residents blind-copied: naming them would itself
            # disclose them). An "annotate" verdict with no text would be a lie; record it.
            decision = replace(decision, action="flag",
                               why_flag="The pack annotates this rule, but the finding names no one to disclose.")
        decisions.append(decision)
        if entry.action in ("hold", "annotate"):
            lines.extend(own)
    strongest = max((_STRENGTH[d.action] for d in decisions), default=0)
    unique_lines = list(dict.fromkeys(lines))
    return Verdict(
        verdict=_VERDICT_OF[strongest],  # type: ignore[arg-type]
        decisions=tuple(decisions),
        annotation="\n".join(unique_lines) if unique_lines else None,
    )


def _decision(finding: Finding, entry: RuleEntry) -> Decision:
    return Decision(
        rule=finding.rule,
        action=entry.action,  # type: ignore[arg-type]  # "off" never gets here
        clause=entry.clause,
        quote=entry.quote,
        summary=finding.summary,
        evidence=tuple(finding.evidence),
        subjects=tuple(finding.subjects),
        tell_sender=entry.tell_sender,
        location=finding.location,
        why_flag=entry.why_flag,
    )


def _annotation_lines(template: str, subjects: tuple[str, ...]) -> list[str]:
    """One line per subject; a template naming no one gives one line; {name} with no subject, none."""
    if not any(field == "name" for _, field, _, _ in string.Formatter().parse(template)):
        return [template.format()]  # also turns {{ }} into literal braces
    return [template.format(name=" ".join(subject.split())) for subject in subjects if subject.strip()]
