"""Tables of the imap work: none — cursors live in Mailbox.state (see app/imap_mailbox.py)."""

from __future__ import annotations

from app.models import Base  # noqa: F401  - tables here share the one metadata
