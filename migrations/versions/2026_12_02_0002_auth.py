"""Review desk: users and login attempts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('users',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('entra_oid', sa.String(length=64), nullable=True),
    sa.Column('session_version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('disabled_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_users_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('email', name=op.f('uq_users_email'))
    )
    op.create_index(op.f('ix_users_council_id'), 'users', ['council_id'])
    op.create_table('login_attempts',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('account', sa.String(length=320), nullable=False),
    sa.Column('ip', sa.String(length=64), nullable=False),
    sa.Column('succeeded', sa.Boolean(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_login_attempts'))
    )
    op.create_index('ix_login_attempts_account_ip_at', 'login_attempts', ['account', 'ip', 'at'])


def downgrade() -> None:
    op.drop_index('ix_login_attempts_account_ip_at', table_name='login_attempts')
    op.drop_table('login_attempts')
    op.drop_index(op.f('ix_users_council_id'), table_name='users')
    op.drop_table('users')
