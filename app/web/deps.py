"""Request plumbing for the review pages: desk state, the signed-in user, rendering, HTML errors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Iterator
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from app.auth import accounts as auth
from app.store.tables import Council
from app.store.tables.auth import User
from app.web.config import DeskState, build_state
from app.web.security import CsrfRefused, SessionData, read_session, secure_headers, write_session


class PageError(Exception):
    """An HTML error page: status and a sentence for the person reading it."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


class SignInRequired(Exception):
    pass


@dataclass(frozen=True)
class Viewer:
    email: str
    name: str
    roles: tuple[str, ...]


def desk_state(request: Request) -> DeskState:
    state = getattr(request.app.state, "desk", None)
    if state is None:
        state = request.app.state.desk = build_state(request.app.state.settings)
    return state


def db_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessionmaker() as session:
        yield session


StateDep = Annotated[DeskState, Depends(desk_state)]
SessionDep = Annotated[Session, Depends(db_session)]


def browser_session(request: Request, state: StateDep) -> SessionData:
    return read_session(request, state)


BrowserDep = Annotated[SessionData, Depends(browser_session)]


def current_user(request: Request, session: SessionDep, browser: BrowserDep) -> User:
    """The signed-in user (anyone with a review role); otherwise off to /login."""
    user = None
    if browser.user_id is not None:
        user = auth.active_user(session, browser.user_id, browser.version)
    if user is None or not auth.can_read(user):
        raise SignInRequired()
    request.state.council = council = session.get(Council, user.council_id)
    # Plain copies for the page frame: error pages render after the session is closed or rolled back.
    request.state.viewer = Viewer(user.email, user.name, tuple(user.roles or ()))
    request.state.council_name = council.name
    session.commit()  # end the read transaction before the page's own work (SQLite's write lock)
    return user


UserDep = Annotated[User, Depends(current_user)]


def render(request: Request, state: DeskState, template: str, context: dict[str, Any],
           status: int = 200) -> HTMLResponse:
    browser = read_session(request, state)
    context = {"csrf_token": browser.csrf, "user": getattr(request.state, "viewer", None),
               "council_name": getattr(request.state, "council_name", None), **context}
    response = state.templates.TemplateResponse(request, template, context, status_code=status)
    if browser.fresh:
        write_session(response, state, browser)
        browser.fresh = False
    return secure_headers(response)


def redirect(url: str) -> RedirectResponse:
    return secure_headers(RedirectResponse(url, status_code=303))


def install(app: FastAPI) -> None:
    """HTML answers for the review pages' errors (the API keeps its problem+json handlers)."""

    async def page_error(request: Request, exc: PageError) -> Response:
        return render(request, desk_state(request), "error.html", {"message": exc.message,
                                                                     "status": exc.status}, exc.status)

    async def sign_in(request: Request, _exc: SignInRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return redirect(f"/login?next={quote(target, safe='')}")

    async def csrf(request: Request, _exc: CsrfRefused) -> Response:
        message = ("This form has expired or did not come from this site, so nothing was done. "
                   "Go back, reload the page and try again.")
        return render(request, desk_state(request), "error.html", {"message": message, "status": 403}, 403)

    app.add_exception_handler(PageError, page_error)
    app.add_exception_handler(SignInRequired, sign_in)
    app.add_exception_handler(CsrfRefused, csrf)
