"""Microsoft Graph change and lifecycle notifications (the Graph work fills this in)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(include_in_schema=False)
