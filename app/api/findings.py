"""GET /findings: what the checks found, newest first, with filters (the digest's raw material)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from app.api.deps import ReviewReader, SessionDep
from app.api.errors import problem_responses
from app.api.views import ADDRESS_PATTERN, RULE_PATTERN, Action, FindingOut, Verdict
from app.store import records as store
from app.store.database import utc
from app.store.tables import FindingRecord


class FindingMessage(BaseModel):
    id: int = Field(description="The message's record id")
    sender: str
    subject: str
    verdict: Verdict
    state: str
    checked_at: datetime


class FindingItem(FindingOut):
    id: int
    created_at: datetime
    message: FindingMessage

    @classmethod
    def of_record(cls, finding: FindingRecord) -> FindingItem:
        message = finding.message
        return cls(
            **FindingOut.of(finding).model_dump(),
            id=finding.id,
            created_at=utc(finding.created_at),
            message=FindingMessage(
                id=message.id,
                sender=message.sender,
                subject=message.subject,
                verdict=message.verdict,
                state=message.state,
                checked_at=utc(message.checked_at),
            ),
        )


class FindingsPage(BaseModel):
    items: list[FindingItem] = Field(description="Findings, newest first")
    limit: int
    offset: int


router = APIRouter(tags=["findings"])


@router.get(
    "/findings",
    response_model=FindingsPage,
    responses=problem_responses(401, 403, 422),
    summary="Findings of this council's checked messages, newest first",
)
def list_findings(
    session: SessionDep,
    caller: ReviewReader,
    rule: Annotated[str | None, Query(max_length=100, pattern=RULE_PATTERN)] = None,
    action: Annotated[Action | None, Query()] = None,
    since: Annotated[
        datetime | None, Query(description="Found at or after this instant (ISO 8601)")
    ] = None,
    until: Annotated[
        datetime | None, Query(description="Found before this instant (ISO 8601)")
    ] = None,
    sender: Annotated[str | None, Query(max_length=320, pattern=ADDRESS_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> FindingsPage:
    findings = store.list_findings(
        session,
        caller.council.id,
        rule=rule,
        action=action,
        since=since,
        until=until,
        sender=sender,
        limit=limit,
        offset=offset,
    )
    return FindingsPage(
        items=[FindingItem.of_record(f) for f in findings], limit=limit, offset=offset
    )
