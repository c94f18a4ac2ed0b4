"""`mailguard addin` commands; registered by app.cli."""

from __future__ import annotations

import typer


def register(cli: typer.Typer) -> None:
    """Add this module's commands to the `mailguard` app (filled in by the add-in work)."""
