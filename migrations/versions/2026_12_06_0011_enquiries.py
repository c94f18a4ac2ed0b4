"""Enquiry tracking: each sent message's thread keys, and each enquiry with its deadline.

Revision ID: 0011
Revises: 0008
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0011'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('message_threads',
    sa.Column('message_id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('rfc_message_id', sa.String(length=998), nullable=False),
    sa.Column('conversation', sa.String(length=64), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('tracked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_message_threads_council_id_councils')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_message_threads_message_id_messages'),
                            ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', name=op.f('pk_message_threads'))
    )
    op.create_index('ix_message_threads_pending', 'message_threads', ['council_id', 'tracked_at'], unique=False)
    op.create_index(op.f('ix_message_threads_conversation'), 'message_threads', ['conversation'], unique=False)
    op.create_table('enquiries',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('message_id', BIG_ID, nullable=False),
    sa.Column('rfc_message_id', sa.String(length=998), nullable=False),
    sa.Column('conversation', sa.String(length=64), nullable=True),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('subject', sa.String(length=1000), nullable=False),
    sa.Column('direction', sa.String(length=40), nullable=False),
    sa.Column('asker', sa.String(length=320), nullable=False),
    sa.Column('asker_name', sa.String(length=300), nullable=False),
    sa.Column('addressees', sa.JSON(), nullable=False),
    sa.Column('service', sa.String(length=200), nullable=True),
    sa.Column('asks', sa.JSON(), nullable=False),
    sa.Column('clause', sa.String(length=50), nullable=False),
    sa.Column('asked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('remind_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('due_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('answered_by', sa.String(length=320), nullable=True),
    sa.Column('answer_message_id', BIG_ID, nullable=True),
    sa.Column('transferred_to', sa.JSON(), nullable=False),
    sa.Column('reminded_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('escalated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('escalated_to', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['answer_message_id'], ['messages.id'],
                            name=op.f('fk_enquiries_answer_message_id_messages')),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_enquiries_council_id_councils')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_enquiries_message_id_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enquiries')),
    sa.UniqueConstraint('message_id', name=op.f('uq_enquiries_message_id'))
    )
    op.create_index('ix_enquiries_council_state', 'enquiries', ['council_id', 'state'], unique=False)
    op.create_index('ix_enquiries_council_asked', 'enquiries', ['council_id', 'asked_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_enquiries_council_asked', table_name='enquiries')
    op.drop_index('ix_enquiries_council_state', table_name='enquiries')
    op.drop_table('enquiries')
    op.drop_index(op.f('ix_message_threads_conversation'), table_name='message_threads')
    op.drop_index('ix_message_threads_pending', table_name='message_threads')
    op.drop_table('message_threads')
