"""IMAP/SMTP mailboxes: per-folder UIDVALIDITY/UID cursors and submission records.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 01:30:00
"""

from __future__ import annotations

from typing import Sequence

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # No tables: the IMAP connector's cursors (UIDVALIDITY and last UID per folder) live in
    # mailboxes.state, and its proof of submission is the copy in the mailbox's own Sent folder.
    pass


def downgrade() -> None:
    pass
