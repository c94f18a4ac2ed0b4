"""Monitoring Officer digests: one record per council and period, and the scheduler lease.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('digest_records',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('period_kind', sa.String(length=40), nullable=False),
    sa.Column('period_start', sa.DateTime(timezone=True), nullable=False),
    sa.Column('period_end', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('mailbox_id', BIG_ID, nullable=True),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('rfc_message_id', sa.String(length=300), nullable=False),
    sa.Column('totals', sa.JSON(), nullable=False),
    sa.Column('claimed_by', sa.String(length=200), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_digest_records_council_id_councils')),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_digest_records_mailbox_id_mailboxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digest_records')),
    sa.UniqueConstraint('council_id', 'period_start', 'period_kind', name='uq_digest_records_period')
    )
    op.create_table('scheduler_leases',
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('holder', sa.String(length=200), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_scheduler_leases'))
    )


def downgrade() -> None:
    op.drop_table('scheduler_leases')
    op.drop_table('digest_records')
