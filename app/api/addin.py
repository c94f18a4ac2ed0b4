"""The Outlook add-in's endpoints and static files (the add-in work fills this in)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
