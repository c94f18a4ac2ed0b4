"""Every error as RFC 9457 problem details: application/problem+json {type, title, status, detail}.

Domain errors (app.errors) carry no HTTP codes; this is the one place that maps
them. An unexpected exception gives a 500 that says nothing of the internals
(the traceback goes to the log).
"""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.errors import ConfigError, Conflict, Forbidden, InvalidInput, NotFound

log = logging.getLogger("mailguard.api")

PROBLEM_JSON = "application/problem+json"


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(
        "about:blank", description="URI of the problem type; about:blank = the status says it all"
    )
    title: str = Field(
        description="Short summary of the problem type (the HTTP reason phrase for about:blank)"
    )
    status: int = Field(description="HTTP status code")
    detail: str = Field(description="What went wrong with this request, in plain words")
    errors: list[dict[str, Any]] | None = Field(
        None, description="Per-field problems (validation only)"
    )


class ApiProblem(Exception):
    """Raised by routers for an HTTP-level problem (415, 401, ...)."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ):
        super().__init__(detail)
        self.status, self.detail, self.headers, self.errors = status, detail, headers, errors


class BodyTooLarge(Exception):
    def __init__(self, limit: int):
        super().__init__(f"request body larger than {limit} bytes")
        self.limit = limit


def problem_response(
    status: int,
    detail: str,
    *,
    headers: dict[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> JSONResponse:
    body = Problem(title=HTTPStatus(status).phrase, status=status, detail=detail, errors=errors)
    return JSONResponse(
        body.model_dump(exclude_none=True),
        status_code=status,
        headers=headers,
        media_type=PROBLEM_JSON,
    )


def too_large_detail(limit: int) -> str:
    return f"The request body is larger than the limit of {limit} bytes."


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses=` entries documenting problem bodies for these statuses."""
    return {
        s: {
            "model": Problem,
            "description": HTTPStatus(s).phrase,
            "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
        for s in statuses
    }


_DOMAIN_STATUS: tuple[tuple[type[Exception], int], ...] = (
    (NotFound, 404),
    (Conflict, 409),  # InvalidTransition is a Conflict
    (Forbidden, 403),
    (InvalidInput, 422),
)


def install(app: FastAPI) -> None:
    for error_type, status in _DOMAIN_STATUS:
        app.add_exception_handler(error_type, _domain_handler(status))
    app.add_exception_handler(ApiProblem, _api_problem)
    app.add_exception_handler(BodyTooLarge, _too_large)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(ConfigError, _config)
    app.add_exception_handler(Exception, _unexpected)


def _domain_handler(status: int):
    async def handler(_request: Request, exc: Exception) -> JSONResponse:
        return problem_response(status, str(exc) or HTTPStatus(status).phrase)

    return handler


async def _api_problem(_request: Request, exc: ApiProblem) -> JSONResponse:
    return problem_response(exc.status, exc.detail, headers=exc.headers, errors=exc.errors)


async def _too_large(_request: Request, exc: BodyTooLarge) -> JSONResponse:
    return problem_response(413, too_large_detail(exc.limit))


async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [_field_error(e) for e in exc.errors()]
    detail = "; ".join(
        f"{e['field']}: {e['message']}" if e["field"] else e["message"] for e in errors
    )
    return problem_response(422, detail or "The request is not valid.", errors=errors)


def _field_error(error: dict[str, Any]) -> dict[str, Any]:
    location = [str(part) for part in error.get("loc", ())]
    return {"field": ".".join(location), "message": error.get("msg", "invalid")}


async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    return problem_response(exc.status_code, detail, headers=getattr(exc, "headers", None))


async def _config(_request: Request, exc: ConfigError) -> JSONResponse:
    log.error("council configuration cannot be used: %s", exc)
    return problem_response(
        503,
        "This council's protocol pack or directory cannot be loaded; "
        "an administrator must fix it (see the service log).",
    )


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(
        500, "The service failed to handle this request; the error has been logged."
    )
