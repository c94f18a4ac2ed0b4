"""Reading a councillor's message for criticism of an officer (the `officer-criticism` rule).

    from app.engine.checks.criticism import OfficerReferences, criticisms, outside_audience

`mentions` finds the council's officers in a sentence (by name, by title through the
directory, collectively, and by pronoun); `vocabulary` holds the patterns of criticism
around a mention and `guards` what takes one back (negation, reported speech, rejection);
`reading` applies them to the new text; `audience` says whether the press, a mass
audience or the public receives the message.
"""

from __future__ import annotations

from app.engine.checks.criticism.audience import MAX_NAME, Audience, outside_audience
from app.engine.checks.criticism.mentions import OfficerReferences, Referent, fold
from app.engine.checks.criticism.reading import Hit, criticisms

__all__ = ["MAX_NAME", "Audience", "Hit", "OfficerReferences", "Referent", "criticisms", "fold", "outside_audience"]
