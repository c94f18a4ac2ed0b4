"""GET /healthz: the process answers and the database is reachable."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from app.api.deps import SessionDep
from app.api.errors import ApiProblem, problem_responses

log = logging.getLogger("mailguard.api")
router = APIRouter(tags=["operations"])


class Health(BaseModel):
    status: str = "ok"
    database: str = "ok"


@router.get(
    "/healthz",
    response_model=Health,
    responses=problem_responses(503),
    summary="Liveness and database reachability (no authentication)",
)
def healthz(session: SessionDep) -> Health:
    try:
        session.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        log.warning("healthz: database unreachable: %s", exc.__class__.__name__)
        raise ApiProblem(503, "The database is not reachable.") from None
    return Health()
