"""GET /healthz: the process answers and the database is reachable."""

from __future__ import annotations

import logging

from fastapi import APIRouter
from pydantic import BaseModel
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

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
        _ping(session)
    except SQLAlchemyError as exc:
        log.warning("healthz: database unreachable: %s", exc.__class__.__name__)
        raise ApiProblem(503, "The database is not reachable.") from None
    return Health()


def _ping(session: Session) -> None:
    """SELECT 1 outside any transaction: on SQLite every transaction begins IMMEDIATE (the write
    lock), and a probe must neither wait behind writers for it nor make them wait for the probe."""
    bind = session.get_bind()
    if not isinstance(bind, Engine):  # a session joined to a caller's connection (tests): use it
        session.execute(text("SELECT 1"))
        return
    dbapi_error = bind.dialect.loaded_dbapi.Error
    try:
        connection = bind.raw_connection()  # through the pool: a dead pooled connection is replaced
    except dbapi_error as exc:  # the driver's own error, as SQLAlchemy's
        raise OperationalError("connect", None, exc) from exc
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchall()
        cursor.close()
    except dbapi_error as exc:
        connection.invalidate()
        raise OperationalError("SELECT 1", None, exc) from exc
    finally:
        connection.close()
