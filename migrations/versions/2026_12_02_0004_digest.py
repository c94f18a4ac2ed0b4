"""Monitoring Officer digests: one record per council and period, and the scheduler lease.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # PLACEHOLDER: filled in by the digest work (tables of app/models_digest.py)


def downgrade() -> None:
    pass
