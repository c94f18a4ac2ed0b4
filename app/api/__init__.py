"""The HTTP API: thin routers over the use cases; api_router is mounted at /api/v1."""

from __future__ import annotations

from fastapi import APIRouter

from app.api import evaluate, findings, health, held

API_PREFIX = "/api/v1"

api_router = APIRouter()
api_router.include_router(evaluate.router)
api_router.include_router(held.router)
api_router.include_router(findings.router)
api_router.include_router(health.router)
