"""What the review templates show, built from rows: people with roles, ages, audit and decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.directory import Directory
from app.store.database import utc
from app.store.tables import AuditEvent, Decision, MessageRecord

AGES = {"1h": timedelta(hours=1), "4h": timedelta(hours=4), "1d": timedelta(days=1),
        "3d": timedelta(days=3), "7d": timedelta(days=7)}
AGE_LABELS = {"": "Any age", "1h": "Over 1 hour", "4h": "Over 4 hours", "1d": "Over 1 day",
              "3d": "Over 3 days", "7d": "Over a week"}
PARTS = (("to", "To"), ("cc", "Cc"), ("bcc", "Bcc"))
DECISION_LABELS = {"release": "Released as sent", "release-annotated": "Released with the annotation",
                   "release-without-bcc": "Released without the blind copies", "return": "Returned to the sender"}


@dataclass(frozen=True)
class PersonView:
    name: str
    email: str
    role: str  # councillor | officer | partner | external

    @property
    def label(self) -> str:
        return f"{self.name} <{self.email}>" if self.name and self.email else (self.name or self.email)


def person(directory: Directory, name: str, email: str) -> PersonView:
    known = directory.person(email)
    return PersonView(name=name or (known.name if known else ""), email=email,
                      role=str(directory.role_of(email)))


def recipients(directory: Directory, record: MessageRecord) -> list[tuple[str, str, list[PersonView]]]:
    """(part, label, people) for To, Cc and Bcc, the empty ones left out."""
    out = []
    for part, label in PARTS:
        people = [person(directory, r.get("name") or "", r.get("email") or "")
                  for r in (record.recipients or {}).get(part, [])]
        if people:
            out.append((part, label, people))
    return out


def age(checked_at: datetime, now: datetime) -> str:
    """'3 days', '5 h 20 min', '12 min' — how long the message has waited."""
    seconds = max(0, int((utc(now) - utc(checked_at)).total_seconds()))
    days, rest = divmod(seconds, 86400)
    hours, minutes = rest // 3600, (rest % 3600) // 60
    if days:
        return f"{days} day{'s' if days > 1 else ''}" + (f" {hours} h" if hours else "")
    if hours:
        return f"{hours} h {minutes} min"
    return f"{minutes} min"


def audit_trail(session: Session, council_id: int, record_id: int) -> list[AuditEvent]:
    query = select(AuditEvent).where(AuditEvent.council_id == council_id, AuditEvent.message_id == record_id)
    return list(session.scalars(query.order_by(AuditEvent.seq)))


def recent_decisions(session: Session, council_id: int, limit: int = 100) -> list[tuple[Decision, MessageRecord]]:
    query = (select(Decision, MessageRecord).join(MessageRecord, MessageRecord.id == Decision.message_id)
             .where(Decision.council_id == council_id)
             .order_by(Decision.created_at.desc(), Decision.id.desc()).limit(limit))
    return [(d, m) for d, m in session.execute(query)]


def rules_in_use(records: list[MessageRecord], pack_rules) -> list[str]:
    return sorted(set(pack_rules) | {f.rule for r in records for f in r.findings})
