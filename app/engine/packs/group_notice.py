"""The notice to the other political groups that advice was given to one (group-parity).

Leigh-on-Sea §4.4: "If a report is prepared for one political group, the Clerk
should advise all other political groups that the report has been prepared, or
that advice was given." A pack's group-parity entry words it as `notice`:
a subject and a body with placeholders. Annex 2.4 §4.2 forbids passing one
group's requests to another, so the notice says only that advice was given,
to whom and when, and about which subject line — never the advice itself.
"""

from __future__ import annotations

import string

from pydantic import BaseModel, ConfigDict, Field, model_validator

NOTICE_PLACEHOLDERS = frozenset({"group", "date", "subject", "council", "officer"})
DEFAULT_SUBJECT = "Advice given to the {group} group"
DEFAULT_BODY = (
    "Dear Group Leader,\n\nThis is to let you know that on {date} {officer} gave advice to the {group} "
    "group about \"{subject}\". The same assistance is available to every political group; "
    "please contact the Clerk if your group would like it.\n\n{council}"
)


class GroupNotice(BaseModel):
    """The words of the notice; placeholders {group} {date} {subject} {council} {officer}."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    subject: str = Field(min_length=1, max_length=200, description="e.g. 'Advice given to the {group} group'")
    body: str = Field(min_length=1, max_length=4000,
                      description="Says advice was given, to which group, when, about what subject; not the advice")

    @model_validator(mode="after")
    def _fillable(self) -> GroupNotice:
        for key in ("subject", "body"):
            problem = notice_placeholder_problem(getattr(self, key))
            if problem:
                raise ValueError(f"{key}: {problem}")
        return self


def notice_placeholder_problem(template: str) -> str | None:
    try:
        fields = [field for _, field, _, _ in string.Formatter().parse(template) if field is not None]
    except ValueError as exc:
        return f"bad template ({exc}); write literal braces as {{{{ and }}}}"
    unknown = [f for f in fields if f not in NOTICE_PLACEHOLDERS]
    if unknown:
        known = ", ".join("{" + p + "}" for p in sorted(NOTICE_PLACEHOLDERS))
        return f"unknown placeholder {{{unknown[0]}}}; known: {known}"
    return None


def render_notice(notice: GroupNotice | None, *, group: str, date: str, subject: str, council: str,
                  officer: str) -> tuple[str, str]:
    """(subject, body) of the notice, filled in; the default wording when the pack gives none."""
    values = {"group": group, "date": date, "subject": " ".join(subject.split())[:200] or "(no subject)",
              "council": council, "officer": officer}
    subject_template = notice.subject if notice else DEFAULT_SUBJECT
    body_template = notice.body if notice else DEFAULT_BODY
    return " ".join(subject_template.format(**values).split())[:250], body_template.format(**values)
