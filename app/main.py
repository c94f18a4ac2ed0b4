"""The composition root: create_app(settings) builds the FastAPI app; nothing runs at import.

The lifespan builds the engine and sessionmaker from settings unless one is
given (tests, `mailguard serve` which shares it with the worker), and puts
them on app.state with the council cache, the metrics registry, the clock and
the connectors.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Mapping

import anyio.to_thread
import httpx
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from sqlalchemy.orm import Session
from sqlalchemy.orm import sessionmaker as SessionMaker

from app import __version__, offload
from app.addin.token import AddinSettings, EntraTokenValidator
from app.api import (
    API_PREFIX,
    addin,
    api_router,
    docs,
    errors,
    evaluate,
    graph_webhooks,
    health,
    metrics,
)
from app.api.admission import AdmissionControl
from app.api.body_limit import BodyLimitMiddleware
from app.metrics import ServiceMetrics
from app.settings import Settings, pool_size, request_threads
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.web import routes as web_routes

DESCRIPTION = (
    "Checks councillors' and officers' outgoing mail against the council's Protocol on "
    "Member/Officer Relations. Authenticate with `Authorization: Bearer <API key>`; errors are "
    "RFC 9457 problem details (application/problem+json)."
)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def create_app(
    settings: Settings,
    *,
    sessionmaker: SessionMaker[Session] | None = None,
    connectors: Mapping[int, Any] | None = None,
) -> FastAPI:
    app = FastAPI(
        title="Council MailGuard",
        version=__version__,
        description=DESCRIPTION,
        lifespan=_lifespan,
        docs_url=None,  # /docs is app/api/docs.py: Swagger UI from a package, never a CDN
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.settings = settings
    offload.configure_from(settings)  # one pool per process: the last app's settings hold
    app.state.sessionmaker = sessionmaker
    app.state.engine = None
    app.state.connectors = dict(connectors or {})
    app.state.councils = CouncilCache(settings.policies_dir)
    app.state.clock = utcnow
    app.state.metrics = ServiceMetrics(lambda: app.state.sessionmaker)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_request_bytes)
    _add_addin(app, settings.addin)
    # Outermost: an excess request is refused before anything else is spent on it.
    app.add_middleware(AdmissionControl, limit=settings.max_in_flight)
    errors.install(app)
    app.include_router(api_router, prefix=API_PREFIX)
    app.include_router(health.router, include_in_schema=False)  # /healthz too, for probes
    app.include_router(metrics.router)
    app.include_router(docs.router)  # /docs and its assets, served offline
    app.include_router(graph_webhooks.router)  # /graph/notifications, /graph/lifecycle
    app.include_router(addin.router)  # /addin/... (Outlook add-in files and its endpoints)
    app.include_router(web_routes.router)  # /review/..., /login
    web_routes.install(app)  # HTML error pages, sign-in redirects and CSRF refusals for those pages
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


def _add_addin(app: FastAPI, addin: AddinSettings) -> None:
    """The Outlook add-in: its token validator, and CORS for its origin only (nothing else is admitted)."""
    app.state.addin_settings = addin
    app.state.addin_validator = (
        EntraTokenValidator(addin, httpx.Client(timeout=10.0)) if addin.client_id else None
    )
    if addin.origin():
        app.add_middleware(
            CORSMiddleware,
            allow_origins=[addin.origin()],
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
            max_age=600,
        )


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    settings = app.state.settings
    # Threads for sync endpoints and run_in_threadpool: no more than requests admitted (each holds at
    # most one pooled connection, and the pool is sized to match), and few enough that the event
    # loop is not kept waiting for the GIL (settings.request_threads).
    anyio.to_thread.current_default_thread_limiter().total_tokens = request_threads(settings)
    owned = app.state.sessionmaker is None
    if owned:
        app.state.engine = make_engine(settings.database_url, pool_size=pool_size(settings))
        app.state.sessionmaker = make_sessionmaker(app.state.engine)
    try:
        yield
    finally:
        if owned:
            app.state.engine.dispose()
            app.state.sessionmaker = None
            app.state.engine = None


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema is None:
        schema = get_openapi(
            title=app.title, version=app.version, description=app.description, routes=app.routes
        )
        # POST /evaluate reads its body by hand (two media types), so its JSON schema is added here.
        schema.setdefault("components", {}).setdefault("schemas", {}).update(
            evaluate.openapi_schemas()
        )
        app.openapi_schema = schema
    return app.openapi_schema
