"""A council's election periods: add, list, remove (each change audited), and the periods the
council cache hands the checks on the Directory snapshot.

A period's days are read in the council's time zone (its digest time zone, Europe/London by
default). Periods never overlap, whether set here or in the directory file's `elections:`.
Each change bumps `Council.options["elections_version"]` in the same commit, so every process's
council cache sees it at its next look at the council row, without a query per message.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.engine.directory import Directory, Role
from app.engine.elections import DEFAULT_ZONE, ElectionPeriod, overlap, period
from app.errors import InvalidInput, NotFound
from app.store import audit
from app.store.tables import Council
from app.store.tables.elections import ElectionPeriodRow

VERSION_KEY = "elections_version"


def council_zone(council: Council) -> str:
    return str(((council.options or {}).get("digest") or {}).get("timezone") or DEFAULT_ZONE)


def rows(session: Session, council: Council) -> list[ElectionPeriodRow]:
    return list(session.scalars(select(ElectionPeriodRow).where(ElectionPeriodRow.council_id == council.id)
                                .order_by(ElectionPeriodRow.first_day)))


def as_period(row: ElectionPeriodRow, zone: str) -> ElectionPeriod:
    return period(row.first_day, row.last_day, row.candidates or (), zone)


def periods(session: Session, council: Council) -> tuple[ElectionPeriod, ...]:
    zone = council_zone(council)
    return tuple(as_period(row, zone) for row in rows(session, council))


def add(session: Session, council: Council, directory: Directory, *, first_day: date, last_day: date,
        candidates: list[str], actor: str, now: datetime) -> ElectionPeriodRow:
    """A new period (InvalidInput when inverted, overlapping, or naming someone who is not a councillor)."""
    try:
        new = period(first_day, last_day, candidates, council_zone(council))
    except ValueError as exc:
        raise InvalidInput(f"election period: {exc}") from None
    councillors = {p.name.casefold(): p.name for p in directory.people if p.role is Role.COUNCILLOR}
    unknown = [c for c in new.candidates if c.casefold() not in councillors]
    if unknown:
        raise InvalidInput(f"candidate {unknown[0]!r} is not a councillor in the council's directory "
                           f"(councillors: {', '.join(sorted(councillors.values())) or 'none'})")
    for existing in [*periods(session, council), *directory.elections]:
        if overlap([existing, new]):
            raise InvalidInput(f"election period {new.describe()} overlaps the period {existing.describe()}")
    row = ElectionPeriodRow(council_id=council.id, first_day=first_day, last_day=last_day,
                            candidates=[councillors[c.casefold()] for c in new.candidates], created_at=now)
    session.add(row)
    session.flush()
    _bump(council)
    audit.append(session, council.id, "election.added", actor, now=now,
                 data={"id": row.id, "from": first_day.isoformat(), "to": last_day.isoformat(),
                       "candidates": row.candidates})
    return row


def remove(session: Session, council: Council, *, first_day: date, actor: str, now: datetime) -> ElectionPeriodRow:
    """Remove the period that starts on `first_day` (NotFound if none does)."""
    row = session.scalars(select(ElectionPeriodRow).where(ElectionPeriodRow.council_id == council.id,
                                                          ElectionPeriodRow.first_day == first_day)).first()
    if row is None:
        raise NotFound(f"council {council.slug!r} has no election period starting {first_day.isoformat()}")
    session.delete(row)
    _bump(council)
    audit.append(session, council.id, "election.removed", actor, now=now,
                 data={"id": row.id, "from": row.first_day.isoformat(), "to": row.last_day.isoformat()})
    return row


def version(council: Council) -> int:
    return int((council.options or {}).get(VERSION_KEY, 0))


def _bump(council: Council) -> None:
    council.options = {**(council.options or {}), VERSION_KEY: version(council) + 1}  # a new dict: a tracked change
