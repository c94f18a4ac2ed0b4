"""The demo's reviewer: `mailguard serve --demo` shows this sign-in in its banner."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from app.auth import accounts as auth

DEMO_REVIEWER = "alex.reed@example-council.gov.uk"  # the deputy clerk of the example directory
DEMO_NAME = "Alex Reed"


def ensure_demo_user(session: Session, council_id: int) -> tuple[str, str]:
    """(email, password) of the demo council's reviewer; a new random password on every start. Commits.

    Alex Reed sent none of the demo messages, so every held one can be decided.
    """
    password = secrets.token_urlsafe(12)
    user = auth.user_by_email(session, DEMO_REVIEWER)
    if user is None:
        auth.create_user(session, council_id=council_id, email=DEMO_REVIEWER, roles=["reviewer"],
                         name=DEMO_NAME, password=password, now=datetime.now(timezone.utc))
    else:
        auth.set_password(user, password)
    session.commit()
    return DEMO_REVIEWER, password
