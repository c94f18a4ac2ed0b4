"""The Monitoring Officer's findings page: every finding of the council, filtered, as rows or CSV.

Filters: rule, person (the sender's address), outcome (what became of the message:
its state now) and period (local days, both included, in the council's digest time zone).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, contains_eager

from app.engine.directory import Directory
from app.store.tables import FindingRecord, MessageRecord

PAGE_ROWS = 500
CSV_ROWS = 50_000
OUTCOMES = {"held": "Held, waiting for a decision", "released": "Released, being sent", "delivered": "Sent",
            "returned": "Returned to the sender", "annotated": "Annotated, being sent",
            "allowed": "Allowed (flagged only)", "recorded": "Audited after sending"}
CSV_COLUMNS = ["found_at", "rule", "action", "clause", "summary", "sender", "sender_name", "sender_role",
               "outcome", "message_id", "link"]


@dataclass(frozen=True)
class Filters:
    rule: str = ""
    person: str = ""
    outcome: str = ""
    first_day: date | None = None
    last_day: date | None = None

    @property
    def any(self) -> bool:
        return bool(self.rule or self.person or self.outcome or self.first_day or self.last_day)


def find(session: Session, council_id: int, filters: Filters, zone: ZoneInfo, limit: int) -> tuple[list, int]:
    """(findings newest first with their messages, how many match in all)."""
    query = (select(FindingRecord).join(FindingRecord.message)
             .where(FindingRecord.council_id == council_id))
    if filters.rule:
        query = query.where(FindingRecord.rule == filters.rule)
    if filters.person:
        query = query.where(MessageRecord.sender == filters.person.strip().lower())
    if filters.outcome:
        query = query.where(MessageRecord.state == filters.outcome)
    if filters.first_day:
        query = query.where(FindingRecord.created_at >= _midnight(filters.first_day, zone))
    if filters.last_day:
        query = query.where(FindingRecord.created_at < _midnight(filters.last_day + timedelta(days=1), zone))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.options(contains_eager(FindingRecord.message))
                           .order_by(FindingRecord.created_at.desc(), FindingRecord.id.desc()).limit(limit))
    return list(rows), total


def choices(session: Session, council_id: int) -> tuple[list[str], list[str]]:
    """(rules, senders) that have findings in this council, for the filter menus."""
    rules = session.scalars(select(FindingRecord.rule).where(FindingRecord.council_id == council_id).distinct())
    senders = session.scalars(select(MessageRecord.sender).join(FindingRecord.message)
                              .where(FindingRecord.council_id == council_id, MessageRecord.sender != "").distinct())
    return sorted(rules), sorted(senders)


def to_csv(findings: list[FindingRecord], directory: Directory, base_url: str, zone: ZoneInfo) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in findings:
        m = f.message
        known = directory.person(m.sender) if m.sender else None
        writer.writerow([_cell(value) for value in (
            local_time(f.created_at, zone), f.rule, f.action, f.clause or "", f.summary, m.sender,
            m.sender_name or (known.name if known else ""), str(directory.role_of(m.sender)) if m.sender else "",
            m.state, m.id, f"{base_url}/review/messages/{m.id}")])
    return out.getvalue()


def local_time(moment: datetime, zone: ZoneInfo) -> str:
    if moment.tzinfo is None:  # SQLite gives naive UTC back
        moment = moment.replace(tzinfo=ZoneInfo("UTC"))
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def _cell(value) -> str:
    """A spreadsheet must not run a cell from mail as a formula (CSV injection): prefix a quote."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(ZoneInfo("UTC"))
