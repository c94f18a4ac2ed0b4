"""Initial schema: councils, mailboxes, messages, findings, decisions, intents, audit chain, API keys.

Revision ID: 0001
Revises:
Create Date: 2026-12-02 00:56:41.325846
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa
from alembic import op

# Integer on SQLite so the primary key is the rowid (autoincrement); BIGINT elsewhere.
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('councils',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('slug', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('pack', sa.String(length=200), nullable=False),
    sa.Column('directory_yaml', sa.Text(), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_councils')),
    sa.UniqueConstraint('slug', name=op.f('uq_councils_slug'))
    )
    op.create_table('api_keys',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('prefix', sa.String(length=16), nullable=False),
    sa.Column('key_hash', sa.String(length=128), nullable=False),
    sa.Column('scopes', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_used_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_api_keys_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_keys')),
    sa.UniqueConstraint('prefix', name=op.f('uq_api_keys_prefix'))
    )
    op.create_table('audit_heads',
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_audit_heads_council_id_councils')),
    sa.PrimaryKeyConstraint('council_id', name=op.f('pk_audit_heads'))
    )
    op.create_table('mailboxes',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('address', sa.String(length=320), nullable=False),
    sa.Column('config', sa.JSON(), nullable=False),
    sa.Column('state', sa.JSON(), nullable=False),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_mailboxes_council_id_councils')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mailboxes')),
    sa.UniqueConstraint('council_id', 'kind', 'address', name='uq_mailboxes_identity')
    )
    op.create_table('messages',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('mailbox_id', BIG_ID, nullable=False),
    sa.Column('internet_message_id', sa.String(length=998), nullable=False),
    sa.Column('source_ref', sa.String(length=1000), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('sender_name', sa.String(length=300), nullable=False),
    sa.Column('recipients', sa.JSON(), nullable=False),
    sa.Column('subject', sa.String(length=1000), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('verdict', sa.String(length=20), nullable=False),
    sa.Column('annotation', sa.Text(), nullable=True),
    sa.Column('hold_reason', sa.Text(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('elapsed_ms', sa.Float(), nullable=False),
    sa.Column('checked_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('raw_mime', sa.LargeBinary(), nullable=True),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_messages_council_id_councils')),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_messages_mailbox_id_mailboxes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_messages')),
    sa.UniqueConstraint('mailbox_id', 'internet_message_id', name='uq_messages_mailbox_message_id')
    )
    op.create_index('ix_messages_council_checked', 'messages', ['council_id', 'checked_at'])
    op.create_index('ix_messages_council_state', 'messages', ['council_id', 'state'])

    op.create_table('audit_events',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('event', sa.String(length=60), nullable=False),
    sa.Column('message_id', BIG_ID, nullable=True),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_audit_events_council_id_councils')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_audit_events_message_id_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events')),
    sa.UniqueConstraint('council_id', 'seq', name='uq_audit_events_council_seq')
    )
    op.create_index(op.f('ix_audit_events_message_id'), 'audit_events', ['message_id'])

    op.create_table('decisions',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('message_id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=320), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_decisions_council_id_councils')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_decisions_message_id_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_decisions'))
    )
    op.create_index(op.f('ix_decisions_message_id'), 'decisions', ['message_id'])

    op.create_table('findings',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('message_id', BIG_ID, nullable=False),
    sa.Column('council_id', BIG_ID, nullable=False),
    sa.Column('rule', sa.String(length=100), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('clause', sa.String(length=50), nullable=True),
    sa.Column('quote', sa.Text(), nullable=True),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=False),
    sa.Column('subjects', sa.JSON(), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['council_id'], ['councils.id'], name=op.f('fk_findings_council_id_councils')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_findings_message_id_messages'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_findings'))
    )
    op.create_index(op.f('ix_findings_message_id'), 'findings', ['message_id'])
    op.create_index('ix_findings_rule', 'findings', ['council_id', 'rule'])

    op.create_table('intents',
    sa.Column('id', BIG_ID, nullable=False),
    sa.Column('message_id', BIG_ID, nullable=True),
    sa.Column('mailbox_id', BIG_ID, nullable=False),
    sa.Column('kind', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=1200), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('claimed_by', sa.String(length=200), nullable=True),
    sa.Column('not_before', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('done_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['mailbox_id'], ['mailboxes.id'], name=op.f('fk_intents_mailbox_id_mailboxes')),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], name=op.f('fk_intents_message_id_messages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intents')),
    sa.UniqueConstraint('key', name=op.f('uq_intents_key'))
    )
    op.create_index(op.f('ix_intents_message_id'), 'intents', ['message_id'])
    op.create_index('ix_intents_status', 'intents', ['status', 'not_before'])



def downgrade() -> None:
    op.drop_index('ix_intents_status', table_name='intents')
    op.drop_index(op.f('ix_intents_message_id'), table_name='intents')

    op.drop_table('intents')
    op.drop_index('ix_findings_rule', table_name='findings')
    op.drop_index(op.f('ix_findings_message_id'), table_name='findings')

    op.drop_table('findings')
    op.drop_index(op.f('ix_decisions_message_id'), table_name='decisions')

    op.drop_table('decisions')
    op.drop_index(op.f('ix_audit_events_message_id'), table_name='audit_events')

    op.drop_table('audit_events')
    op.drop_index('ix_messages_council_state', table_name='messages')
    op.drop_index('ix_messages_council_checked', table_name='messages')

    op.drop_table('messages')
    op.drop_table('mailboxes')
    op.drop_table('audit_heads')
    op.drop_table('api_keys')
    op.drop_table('councils')
