"""The Outlook add-in: users keyed by Entra tid + oid, setup problems, sent-anyway reports by id.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 20:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('addin_identities',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('tenant_id', sa.String(length=64), nullable=False),
    sa.Column('object_id', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_addin_identities_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addin_identities')),
    sa.UniqueConstraint('tenant_id', 'object_id', name='uq_addin_identities_tenant_object')
    )
    op.create_table('addin_problems',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=True),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=400), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('first_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('audited_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_addin_problems_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addin_problems')),
    sa.UniqueConstraint('kind', 'subject', name='uq_addin_problems_kind_subject')
    )
    op.create_table('addin_reports',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('report_id', sa.String(length=64), nullable=False),
    sa.Column('user', sa.String(length=320), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_addin_reports_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addin_reports')),
    sa.UniqueConstraint('council_id', 'report_id', name='uq_addin_reports_council_report')
    )


def downgrade() -> None:
    op.drop_table('addin_reports')
    op.drop_table('addin_problems')
    op.drop_table('addin_identities')
