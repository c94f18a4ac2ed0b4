"""A council's election periods (the election-period rule, issue 17).

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-06 23:00:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0013'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('council_elections',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('candidates', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_council_elections_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_council_elections'))
    )
    op.create_index('ix_council_elections_council_first_day', 'council_elections', ['council_id', 'first_day'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_council_elections_council_first_day', table_name='council_elections')
    op.drop_table('council_elections')
