"""Audit events may be written unchained and chained after (PostgreSQL; issue 12).

seq, prev_hash and hash become nullable; a partial index finds the rows still to chain.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 02:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('audit_events') as batch:
        batch.alter_column('seq', existing_type=sa.BigInteger(), nullable=True)
        batch.alter_column('prev_hash', existing_type=sa.String(64), nullable=True)
        batch.alter_column('hash', existing_type=sa.String(64), nullable=True)
    op.create_index('ix_audit_events_unchained', 'audit_events', ['council_id', 'id'], unique=False,
                    postgresql_where=sa.text('seq IS NULL'), sqlite_where=sa.text('seq IS NULL'))


def downgrade() -> None:
    # Chain what is pending first (`mailguard audit verify` does): NOT NULL fails on unchained rows.
    op.drop_index('ix_audit_events_unchained', table_name='audit_events')
    with op.batch_alter_table('audit_events') as batch:
        batch.alter_column('hash', existing_type=sa.String(64), nullable=False)
        batch.alter_column('prev_hash', existing_type=sa.String(64), nullable=False)
        batch.alter_column('seq', existing_type=sa.BigInteger(), nullable=False)
