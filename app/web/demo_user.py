"""The demo's desk accounts: `mailguard serve --demo` shows these sign-ins in its banner."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.auth import accounts as auth

DEMO_REVIEWER = "alex.reed@example-council.gov.uk"  # the deputy clerk of the example directory
DEMO_NAME = "Alex Reed"
DEMO_MONITORING_OFFICER = "monitoring.officer@example-council.gov.uk"  # added to the demo's directory
DEMO_MO_NAME = "Morgan Ellis"


def ensure_demo_user(session: Session, council_id: int) -> tuple[str, str]:
    """(email, password) of the demo council's reviewer; a new random password on every start. Commits.

    Alex Reed sent none of the demo messages, so every held one can be decided.
    """
    return _ensure(session, council_id, DEMO_REVIEWER, DEMO_NAME, ["reviewer"])


def ensure_demo_monitoring_officer(session: Session, council_id: int) -> tuple[str, str]:
    """(email, password) of the demo's Monitoring Officer: reads everything, decides nothing. Commits."""
    return _ensure(session, council_id, DEMO_MONITORING_OFFICER, DEMO_MO_NAME, ["monitoring-officer"])


def _ensure(session: Session, council_id: int, email: str, name: str, roles: list[str]) -> tuple[str, str]:
    password = secrets.token_urlsafe(12)
    user = auth.user_by_email(session, email)
    if user is None:
        auth.create_user(session, council_id=council_id, email=email, roles=roles,
                         name=name, password=password, now=datetime.now(timezone.utc))
    else:
        auth.set_password(user, password)
    session.commit()
    return email, password
