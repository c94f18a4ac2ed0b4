"""Setup mistakes the add-in runs into, reported to the administrator instead of failing open quietly.

A wrong client id or Application ID URI, an unknown tenant, an app-only token,
a user outside the directory: before, the user saw "service unavailable" and
could send, and nobody else heard. Now each is a row (counted per kind and
subject) that GET /api/v1/addin/status and `mailguard addin status` show, and,
when the council is known, an `addin.setup_problem` audit event the first time
and at most hourly after, so a busy mistake does not flood the chain.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.store import audit
from app.store.database import utc
from app.store.tables.addin import AddinProblem

KINDS = {
    "audience": "tokens are for another audience: check the client id and Application ID URI",
    "issuer": "tokens come from an issuer the council's tenant does not match",
    "tenant": "tokens come from a tenant no council has in `mailguard council addin-settings --tenant-id`",
    "app-only": "an application (not a signed-in user) called the add-in API",
    "scope": "tokens lack the add-in API's delegated scope (check the app registration's exposed scope)",
    "no-oid": "tokens name no user object id (oid)",
    "not-configured": "the add-in sent a token but this service has no add-in client id set",
    "not-in-directory": "a signed-in user is not a councillor or officer in the council's directory",
    "identity-conflict": "a second Entra user (oid) signed in with an address bound to another",
    "from-mismatch": "an add-in submission's From was not the signed-in user",
}
AUDIT_EVERY = timedelta(hours=1)
MAX_UNNAMED = 200  # rows no council is named for (any tenant on earth can send a token): then one more row
ACTOR = "mailguard:addin"


def report(session: Session, kind: str, *, subject: str, detail: str, council_id: int | None,
           now: datetime) -> AddinProblem:
    """Count one sighting (flushes; the caller commits). Audited on the council's chain when due."""
    if kind not in KINDS:
        raise ValueError(f"unknown add-in problem {kind!r}")
    subject, detail, now = subject[:400], detail[:2000], utc(now)
    row = _find(session, kind, subject)
    if row is None and council_id is None and _unnamed(session) >= MAX_UNNAMED:
        subject = "(others)"
        row = _find(session, kind, subject)
    if row is None:
        try:
            with session.begin_nested():  # two requests seeing it first: the loser counts the winner's row
                row = AddinProblem(council_id=council_id, kind=kind, subject=subject, detail=detail, count=1,
                                   first_seen_at=now, last_seen_at=now)
                session.add(row)
        except IntegrityError:
            row = _find(session, kind, subject)
            row.count += 1
    else:
        row.count += 1
    row.last_seen_at, row.detail = now, detail
    if row.council_id is None and council_id is not None:
        row.council_id = council_id
    if row.council_id is not None and (row.audited_at is None or now - utc(row.audited_at) >= AUDIT_EVERY):
        audit.append(session, row.council_id, "addin.setup_problem", ACTOR,
                     data={"kind": kind, "subject": subject, "detail": detail, "count": row.count}, now=now)
        row.audited_at = now
    session.flush()
    return row


def _find(session: Session, kind: str, subject: str) -> AddinProblem | None:
    return session.scalars(select(AddinProblem).where(AddinProblem.kind == kind,
                                                      AddinProblem.subject == subject)).one_or_none()


def _unnamed(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AddinProblem)
                          .where(AddinProblem.council_id.is_(None))) or 0


def problems(session: Session, council_id: int | None = None) -> list[AddinProblem]:
    """Problems seen, newest first: one council's and those no council could be named for (or all)."""
    query = select(AddinProblem).order_by(AddinProblem.last_seen_at.desc(), AddinProblem.id.desc())
    if council_id is not None:
        query = query.where(or_(AddinProblem.council_id == council_id, AddinProblem.council_id.is_(None)))
    return list(session.scalars(query))
