"""The hold queue: list, read, release, return. Decisions are app.review.decisions's use cases."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from app.api.deps import ClockDep, ReviewReader, ReviewWriter, SessionDep
from app.api.errors import problem_responses
from app.api.views import ADDRESS_PATTERN, RULE_PATTERN, DecisionOut, HeldMessageOut, MessageOut
from app.review import decisions as review
from app.store import records as store
from app.store.tables import Decision, MessageRecord

router = APIRouter(prefix="/held", tags=["held messages"])

NO_NUL = r"^[^\x00]*$"  # PostgreSQL text cannot hold NUL
RecordId = Annotated[int, Path(ge=1, le=2**62, description="The held message's record id")]


class HeldPage(BaseModel):
    items: list[MessageOut] = Field(description="Held messages, oldest first")
    limit: int
    offset: int


class ReleaseRequest(BaseModel):
    mode: Literal["as-sent", "annotated", "without-bcc"] = Field(
        "as-sent",
        description="as-sent; annotated = with the annotation appended; without-bcc = Bcc removed",
    )
    reason: str = Field(
        min_length=1,
        max_length=4000,
        pattern=NO_NUL,
        description="Why the hold is overridden (recorded)",
    )


class ReturnRequest(BaseModel):
    reason: str = Field(
        min_length=1, max_length=4000, pattern=NO_NUL, description="What the sender is told"
    )


class DecisionResult(DecisionOut):
    state: str = Field(description="The message's state after the decision")


@router.get(
    "",
    response_model=HeldPage,
    responses=problem_responses(401, 403, 422),
    summary="Messages held for review, oldest first",
)
def list_held(
    session: SessionDep,
    caller: ReviewReader,
    rule: Annotated[
        str | None,
        Query(
            max_length=100,
            pattern=RULE_PATTERN,
            description="Only those with a finding of this rule",
        ),
    ] = None,
    sender: Annotated[
        str | None,
        Query(max_length=320, pattern=ADDRESS_PATTERN, description="Only those from this address"),
    ] = None,
    older_than: Annotated[
        datetime | None, Query(description="Only those checked before this instant (ISO 8601)")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> HeldPage:
    records = store.held_queue(
        session,
        caller.council.id,
        rule=rule,
        sender=sender,
        older_than=older_than,
        limit=limit,
        offset=offset,
    )
    return HeldPage(items=[MessageOut.of(r) for r in records], limit=limit, offset=offset)


@router.get(
    "/{record_id}",
    response_model=HeldMessageOut,
    responses=problem_responses(401, 403, 404, 422),
    summary="One checked message with its findings and decisions",
)
def get_held(record_id: RecordId, session: SessionDep, caller: ReviewReader) -> HeldMessageOut:
    record = store.get_message(session, caller.council.id, record_id)
    return HeldMessageOut.with_decisions(record, store.list_decisions(session, record.id))


@router.post(
    "/{record_id}/release",
    response_model=DecisionResult,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Release a held message for delivery (as sent, annotated, or without Bcc)",
)
def release_held(
    record_id: RecordId,
    body: ReleaseRequest,
    session: SessionDep,
    caller: ReviewWriter,
    clock: ClockDep,
) -> DecisionResult:
    decision = review.release(
        session,
        caller.council.id,
        record_id,
        actor=caller.actor,
        mode=body.mode,
        reason=body.reason,
        now=clock(),
    )
    return _decided(session, decision)


@router.post(
    "/{record_id}/return",
    response_model=DecisionResult,
    responses=problem_responses(401, 403, 404, 409, 422),
    summary="Return a held message to its sender, unsent, with a reason",
)
def return_held(
    record_id: RecordId,
    body: ReturnRequest,
    session: SessionDep,
    caller: ReviewWriter,
    clock: ClockDep,
) -> DecisionResult:
    decision = review.return_to_sender(
        session, caller.council.id, record_id, actor=caller.actor, reason=body.reason, now=clock()
    )
    return _decided(session, decision)


def _decided(session: Session, decision: Decision) -> DecisionResult:
    record = session.get(
        MessageRecord, decision.message_id
    )  # already loaded by the use case: no query
    return DecisionResult(**DecisionOut.of(decision).model_dump(), state=record.state)
