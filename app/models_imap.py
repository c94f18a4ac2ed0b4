"""Tables of the imap work (kept apart from app/models.py so each domain owns its file)."""

from __future__ import annotations

from app.models import Base  # noqa: F401  - tables here share the one metadata
