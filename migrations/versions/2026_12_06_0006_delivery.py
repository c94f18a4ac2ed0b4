"""Delivery you can trust: a content fingerprint per checked message, a retry horizon per intent.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06 20:15:00

Plain ADD COLUMNs (no table rebuild on SQLite, whose rebuild would cascade-delete findings).
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('messages', sa.Column('fingerprint', sa.String(length=64), nullable=True))
    op.add_column('intents', sa.Column('give_up_at', sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column('intents', 'give_up_at')  # SQLite 3.35+ drops a plain column in place
    op.drop_column('messages', 'fingerprint')
