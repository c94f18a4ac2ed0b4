"""Review desk: users, sign-in sessions, login throttling.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # PLACEHOLDER: filled in by the auth work (tables of app/models_auth.py)


def downgrade() -> None:
    pass
