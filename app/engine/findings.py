"""What a check reports: a finding with evidence a person can verify."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule firing on one message.

    `summary` is one sentence a councillor understands; `evidence` lists the
    exact things a reviewer can find in the message (a header line, a quoted
    line, a phrase). `subjects` names the people the finding is about (e.g. the
    blind-copied councillor) so a pack can compose an annotation.
    """

    rule: str
    summary: str
    evidence: tuple[str, ...]
    subjects: tuple[str, ...] = ()  # display names, e.g. ("Jane Doe",)
    location: str = ""  # where the evidence is: "header:Bcc", "new-text", "embedded:1", "attachment:x.pdf"
