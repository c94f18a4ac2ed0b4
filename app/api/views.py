"""Response bodies shared by the routers, so the OpenAPI document names every field."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.store.database import utc
from app.store.tables import Decision, FindingRecord, MessageRecord

Verdict = Literal["allow", "annotate", "hold", "error"]
RULE_PATTERN = r"^[a-z0-9][a-z0-9-]*$"  # rule ids are kebab-case
ADDRESS_PATTERN = r"^[^\x00-\x1f\x7f]+$"  # no control characters (PostgreSQL text cannot hold NUL)
Action = Literal["hold", "annotate", "flag"]


class FindingOut(BaseModel):
    rule: str = Field(description="Rule id, e.g. silent-bcc")
    action: Action = Field(description="What the council's pack does about it")
    clause: str | None = Field(description="The protocol clause the pack cites")
    quote: str | None = Field(description="The clause's own words")
    summary: str = Field(description="What was found, in one sentence")
    evidence: list[str] = Field(description="The lines of the message that show it")
    subjects: list[str] = Field(description="The people the finding is about")
    location: str = Field(description="Where in the message it was found")

    @classmethod
    def of(cls, finding: FindingRecord) -> FindingOut:
        return cls(
            rule=finding.rule,
            action=finding.action,
            clause=finding.clause,
            quote=finding.quote,
            summary=finding.summary,
            evidence=list(finding.evidence or []),
            subjects=list(finding.subjects or []),
            location=finding.location or "",
        )


class Recipient(BaseModel):
    name: str
    email: str


class Recipients(BaseModel):
    to: list[Recipient] = []
    cc: list[Recipient] = []
    bcc: list[Recipient] = []


class MessageOut(BaseModel):
    id: int = Field(description="The record id (the held message's id in /held/{id})")
    internet_message_id: str = Field(
        description="Message-ID, or <sha256@mailguard.invalid> when it had none"
    )
    stage: Literal["pre-send", "post-send"]
    sender: str
    sender_name: str
    recipients: Recipients
    subject: str
    size: int = Field(description="Bytes as submitted")
    verdict: Verdict
    state: str = Field(
        description="allowed | annotated | held | released | delivered | returned | recorded"
    )
    annotation: str | None = Field(description="Text appended on delivery with the annotation")
    hold_reason: str | None = Field(
        description="Why it was held regardless of findings (unreadable, not fully checked)"
    )
    checked_at: datetime
    updated_at: datetime
    findings: list[FindingOut]

    @classmethod
    def of(cls, record: MessageRecord) -> MessageOut:
        return cls(**_message_fields(record))


class DecisionOut(BaseModel):
    id: int
    message_id: int = Field(description="The record id the decision is about")
    kind: str = Field(description="release | release-annotated | release-without-bcc | return")
    actor: str
    reason: str
    created_at: datetime

    @classmethod
    def of(cls, decision: Decision) -> DecisionOut:
        return cls(
            id=decision.id,
            message_id=decision.message_id,
            kind=decision.kind,
            actor=decision.actor,
            reason=decision.reason,
            created_at=utc(decision.created_at),
        )


class HeldMessageOut(MessageOut):
    decisions: list[DecisionOut] = Field(description="Reviewers' decisions, oldest first")

    @classmethod
    def with_decisions(cls, record: MessageRecord, decisions: list[Decision]) -> HeldMessageOut:
        return cls(**_message_fields(record), decisions=[DecisionOut.of(d) for d in decisions])


def _message_fields(record: MessageRecord) -> dict:
    recipients = record.recipients or {}
    return dict(
        id=record.id,
        internet_message_id=record.internet_message_id,
        stage=record.stage,
        sender=record.sender,
        sender_name=record.sender_name,
        recipients=Recipients(
            **{
                part: [
                    Recipient(name=r.get("name") or "", email=r.get("email") or "")
                    for r in recipients.get(part, [])
                ]
                for part in ("to", "cc", "bcc")
            }
        ),
        subject=record.subject,
        size=record.size,
        verdict=record.verdict,
        state=record.state,
        annotation=record.annotation,
        hold_reason=record.hold_reason,
        checked_at=utc(record.checked_at),
        updated_at=utc(record.updated_at),
        findings=[FindingOut.of(f) for f in record.findings],
    )
