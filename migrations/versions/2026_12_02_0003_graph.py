"""Microsoft Graph: subscriptions and per-folder delta state.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('graph_subscriptions',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('mailbox_id', BIG_ID, nullable=False),
    sa.Column('folder', sa.String(length=20), nullable=False),
    sa.Column('subscription_id', sa.String(length=200), nullable=False),
    sa.Column('client_state_hash', sa.String(length=64), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('renewed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_graph_subscriptions_mailbox_id_mailboxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_subscriptions')),
    sa.UniqueConstraint('mailbox_id', 'folder', name='uq_graph_subscriptions_mailbox_folder'),
    sa.UniqueConstraint('subscription_id', name=op.f('uq_graph_subscriptions_subscription_id'))
    )
    op.create_table('graph_folders',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('mailbox_id', BIG_ID, nullable=False),
    sa.Column('folder', sa.String(length=20), nullable=False),
    sa.Column('folder_id', sa.String(length=500), nullable=True),
    sa.Column('delta_link', sa.Text(), nullable=True),
    sa.Column('catch_up', sa.Boolean(), nullable=False),
    sa.Column('synced_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_graph_folders_mailbox_id_mailboxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_folders')),
    sa.UniqueConstraint('mailbox_id', 'folder', name='uq_graph_folders_mailbox_folder')
    )
    op.create_table('graph_notifications',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('mailbox_id', BIG_ID, nullable=False),
    sa.Column('subscription_id', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('event', sa.String(length=40), nullable=False),
    sa.Column('folder', sa.String(length=20), nullable=False),
    sa.Column('resource_id', sa.String(length=1000), nullable=True),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('processed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_graph_notifications_mailbox_id_mailboxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_graph_notifications'))
    )
    op.create_index('ix_graph_notifications_pending', 'graph_notifications',
                    ['kind', 'mailbox_id', 'processed_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_graph_notifications_pending', table_name='graph_notifications')
    op.drop_table('graph_notifications')
    op.drop_table('graph_folders')
    op.drop_table('graph_subscriptions')
