"""Duties a protocol sets besides its prohibitions: today, answering enquiries in time.

Annex 2.4 §3.3.5 ("respond to enquiries and requests ... within one week from receipt") and
§3.4.3.6 (unanswered correspondence goes to the relevant member of the Corporate Management
Team); Thurrock §8.1 (officers respond "within the corporate timescales"; directors are
responsible). A pack states the clause and quote, the limit in working days, when to remind,
whom to escalate to and in which directions the duty runs. Where a protocol gives no number
(Thurrock's "corporate timescales"), the pack says so in `limit_source`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Direction = Literal["councillor-to-officer", "officer-to-councillor"]
Calendar = Literal["england-and-wales", "scotland", "northern-ireland"]
MAX_QUOTE_CHARS = 400


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ResponseDuty(_Strict):
    """How soon an enquiry between a councillor and an officer is to be answered."""

    clause: str = Field(min_length=1, description='As the protocol numbers it, e.g. "3.3.5"')
    quote: str = Field(min_length=1, max_length=MAX_QUOTE_CHARS,
                       description="Verbatim words of that clause (checked against protocol.source)")
    working_days: int = Field(ge=1, le=60, description="Answer within this many working days of receipt")
    limit_source: str | None = Field(
        default=None, min_length=1,
        description="Where the number comes from when the protocol gives none (e.g. corporate timescales)")
    remind_before: int = Field(default=1, ge=0, le=20,
                               description="Remind the addressee this many working days before the limit")
    directions: list[Direction] = Field(min_length=1, description="Who owes the answer to whom")
    escalate_to: list[str] = Field(
        min_length=1,
        description=("Directory titles, in order, of whom to tell once the limit passes: first the holder "
                     "in the addressee's service (e.g. director), else anyone with the title"))
    escalation_clause: str | None = Field(default=None, min_length=1, description="The clause on escalation")
    escalation_quote: str | None = Field(default=None, min_length=1, max_length=MAX_QUOTE_CHARS)
    calendar: Calendar = Field(default="england-and-wales", description="Whose bank holidays are not working days")

    @model_validator(mode="after")
    def _consistent(self) -> ResponseDuty:
        if self.remind_before >= self.working_days:
            raise ValueError("remind_before must be fewer working days than working_days")
        if (self.escalation_clause is None) != (self.escalation_quote is None):
            raise ValueError("escalation_clause and escalation_quote go together")
        return self


class Duties(_Strict):
    respond: ResponseDuty | None = Field(default=None, description="The response-time duty, if the protocol sets one")

    def citations(self) -> list[tuple[str, str, str]]:
        """(key, clause, quote) of every quote here, for `packs check` to verify against the protocol."""
        found: list[tuple[str, str, str]] = []
        if self.respond is not None:
            found.append(("duties.respond.quote", self.respond.clause, self.respond.quote))
            if self.respond.escalation_quote and self.respond.escalation_clause:
                found.append(("duties.respond.escalation_quote", self.respond.escalation_clause,
                              self.respond.escalation_quote))
        return found
