"""Request dependencies: settings, a session (closed here, never committed), the clock, the caller."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, AsyncIterator, Callable

import anyio
from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from app.addin import problems
from app.addin.token import SigningKeysUnavailable, TokenRefused
from app.addin.users import AddinUser, NotGoverned, addin_user
from app.api.errors import ApiProblem
from app.auth import apikeys
from app.settings import Settings
from app.store.database import statement_by_statement
from app.store.councils import CouncilCache
from app.store.tables import Council

# Documents the scheme in OpenAPI; errors are ours (401 with WWW-Authenticate), not FastAPI's.
_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="ApiKey",
    description="An API key: `Authorization: Bearer mg_<prefix>_<secret>`",
)


# The dependencies below only read app.state, so they are `async def`: FastAPI runs a plain `def`
# dependency in the thread pool, and each such hand-off costs more CPU than the read itself.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_session(request: Request) -> AsyncIterator[Session]:
    """A session for the request; made here (no I/O until it is used) and closed after it."""
    session = request.app.state.sessionmaker()
    try:
        yield session
    finally:
        if session.in_transaction():  # a connection still to give back (a rollback): off the event loop
            # Not on the request threads' limiter: an open SQLite transaction holds the write lock,
            # and every request thread may be waiting for that lock; waiting here for one of them to
            # free up would stall them all for the busy timeout (as FastAPI does for `def` yield
            # dependencies, the close gets a limiter of its own).
            await anyio.to_thread.run_sync(session.close, limiter=anyio.CapacityLimiter(1))
        else:
            session.close()  # nothing checked out: no I/O


async def get_clock(request: Request) -> Callable[[], datetime]:
    return request.app.state.clock


async def get_councils(request: Request) -> CouncilCache:
    return request.app.state.councils


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session)]
ClockDep = Annotated[Callable[[], datetime], Depends(get_clock)]
CouncilsDep = Annotated[CouncilCache, Depends(get_councils)]


@dataclass(frozen=True, slots=True)
class Caller:
    """Who is calling: an API key of one council."""

    council: Council
    key_id: int
    scopes: tuple[str, ...]
    actor: str  # as recorded in decisions and the audit log
    user: str | None = None  # an add-in caller: the signed-in person's address (checks their own mail only)


def require_scope(scope: str) -> Callable[..., Caller]:
    def authenticated(
        request: Request,
        session: SessionDep,
        clock: ClockDep,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
    ) -> Caller:
        if credentials is None:
            raise ApiProblem(
                401,
                "An API key is required: send `Authorization: Bearer <key>`.",
                headers={"WWW-Authenticate": "Bearer"},
            )
        if scope == "evaluate" and not credentials.credentials.startswith("mg_"):
            user = _addin_user(request, session, credentials.credentials)  # the Outlook add-in
            return Caller(council=user.council, key_id=0, scopes=("evaluate",),
                          actor=f"addin:{user.address}", user=user.address)
        # On PostgreSQL the key is read in autocommit: one round trip, not BEGIN, SELECT and COMMIT. Its
        # reads need no transaction (one statement; last_used_at, once a minute, is one statement too).
        statement_by_statement(session)
        found = apikeys.authenticate_with_council(session, credentials.credentials, now=clock())
        if found is None:
            raise ApiProblem(
                401,
                "The API key is not valid or has been revoked.",
                headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
        key, council = found
        if not apikeys.has_scope(key, scope):
            raise ApiProblem(
                403,
                f"This API key does not have the {scope!r} scope.",
                headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scope}"'},
            )
        caller = Caller(
            council=council,
            key_id=key.id,
            scopes=tuple(key.scopes),
            actor=f"apikey:{key.name or key.prefix}",
        )
        # Authentication is its own unit of work: it keeps last_used_at and ends the read
        # transaction (on SQLite, the write lock) before the request's real work begins.
        session.commit()
        return caller

    return authenticated


EvaluateCaller = Annotated[Caller, Depends(require_scope("evaluate"))]
ReviewReader = Annotated[Caller, Depends(require_scope("review:read"))]
ReviewWriter = Annotated[Caller, Depends(require_scope("review:write"))]


KEYS_RETRY_AFTER_S = 30


def _addin_user(request: Request, session: Session, token: str) -> AddinUser:
    """The add-in's user; a refused token that shows a setup mistake is reported to the administrator."""
    now = request.app.state.clock()
    validator = getattr(request.app.state, "addin_validator", None)
    try:
        if validator is None and token.count(".") == 2:  # a JWT: someone set the add-in up against us
            raise TokenRefused("this service accepts no add-in sign-in (no add-in client id is set)",
                               "not-configured", "addin.client_id")
        if validator is None:
            raise ApiProblem(401, "The API key is not valid or has been revoked.",
                             headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        user = addin_user(session, request.app.state.councils, validator, token, now=now)
        session.commit()  # the first sign-in's binding; ends the read transaction before the real work
        return user
    except SigningKeysUnavailable as exc:  # Entra's keys unreachable: unavailable, and the add-in's outage rule
        session.rollback()
        raise ApiProblem(503, f"Sign-in cannot be checked just now: {exc}.",
                         headers={"Retry-After": str(KEYS_RETRY_AFTER_S)}) from None
    except TokenRefused as exc:
        _report(session, exc.problem, exc.subject, str(exc), exc.council_id, now)
        raise ApiProblem(401, f"The sign-in token was refused: {exc}.",
                         headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}) from None
    except NotGoverned as exc:
        _report(session, exc.problem, exc.subject, str(exc), exc.council_id, now)
        raise ApiProblem(403, str(exc)) from None


def _report(session: Session, kind: str | None, subject: str, detail: str, council_id: int | None,
            now: datetime) -> None:
    session.rollback()
    if kind is not None:
        problems.report(session, kind, subject=subject, detail=detail, council_id=council_id, now=now)
    session.commit()


def require_addin_user(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)],
) -> AddinUser:
    """The add-in's signed-in, governed user (an Entra access token, never an API key)."""
    if credentials is None:
        raise ApiProblem(401, "A sign-in token is required: send `Authorization: Bearer <token>`.",
                         headers={"WWW-Authenticate": "Bearer"})
    return _addin_user(request, session, credentials.credentials)


AddinUserDep = Annotated[AddinUser, Depends(require_addin_user)]
