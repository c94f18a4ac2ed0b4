"""Microsoft Graph: subscriptions and per-folder delta state.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass  # PLACEHOLDER: filled in by the graph work (tables of app/models_graph.py)


def downgrade() -> None:
    pass
