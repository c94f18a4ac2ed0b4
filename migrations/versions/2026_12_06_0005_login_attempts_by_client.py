"""Sign-in failures counted per client address too: an index on (ip, at).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

from typing import Sequence

from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index('ix_login_attempts_ip_at', 'login_attempts', ['ip', 'at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_login_attempts_ip_at', table_name='login_attempts')
