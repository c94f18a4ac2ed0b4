"""/login (password and Microsoft Entra ID), /logout."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, Request
from sqlalchemy.orm import Session

from app.auth import accounts as auth
from app.auth.entra import EntraError
from app.settings import public_base_url
from app.web.deps import BrowserDep, PageError, SessionDep, StateDep, redirect, render
from app.web.security import (
    FLOW_MAX_AGE,
    check_csrf,
    clear_session,
    client_ip,
    flow_cookie_name,
    signed_in_session,
    write_session,
)

router = APIRouter(include_in_schema=False)
CALLBACK_PATH = "/login/entra/callback"


async def csrf_checked(request: Request, browser: BrowserDep) -> None:
    form = await request.form()
    check_csrf(browser, form.get("csrf_token"))


CsrfDep = Annotated[None, Depends(csrf_checked)]


def safe_next(target: str | None) -> str:
    """Only our own review pages as the place to go after signing in (no open redirect)."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/review"):
        return "/review/"
    return parts.path + (f"?{parts.query}" if parts.query else "")


@router.get("/login")
def login_page(request: Request, state: StateDep, next: str = "/review/"):
    return render(request, state, "login.html", {"next": safe_next(next), "entra": state.entra is not None,
                                                 "error": None, "email": ""})


@router.post("/login")
def login(request: Request, state: StateDep, session: SessionDep, _csrf: CsrfDep,
          email: Annotated[str, Form(max_length=320)] = "",
          password: Annotated[str, Form(max_length=1024)] = "",
          next: Annotated[str, Form(max_length=2000)] = "/review/"):
    now = request.app.state.clock()
    try:
        user = auth.authenticate_password(session, email, password, ip=client_ip(request), now=now,
                                          throttle=state.throttle)
    except auth.TooManyAttempts as exc:
        session.rollback()
        return _login_again(request, state, email, next, f"Sign-in refused: {exc}.", 429)
    except auth.SignInBusy:
        session.rollback()
        response = _login_again(request, state, email, next, "Too many sign-ins at once; try again in a moment.", 503)
        response.headers["Retry-After"] = "5"
        return response
    session.commit()  # the attempt is recorded whether it succeeded or not
    if user is None:
        return _login_again(request, state, email, next, "That email and password do not match an account.", 401)
    return _signed_in(state, user.id, user.session_version, safe_next(next))


def _login_again(request, state, email, next, error, status):
    return render(request, state, "login.html", {"next": safe_next(next), "entra": state.entra is not None,
                                                 "error": error, "email": email}, status)


def _signed_in(state, user_id: int, version: int, target: str):
    response = redirect(target)
    write_session(response, state, signed_in_session(user_id, version))
    response.delete_cookie(flow_cookie_name(state), path="/")
    return response


@router.post("/logout")
def logout(request: Request, state: StateDep, session: SessionDep, browser: BrowserDep, _csrf: CsrfDep):
    if browser.user_id is not None:
        user = auth.active_user(session, browser.user_id, browser.version)
        if user is not None:
            user.session_version += 1  # every copy of this cookie stops working
            session.commit()
    response = redirect("/login")
    clear_session(response, state)
    return response


@router.get("/login/entra")
def entra_start(request: Request, state: StateDep, next: str = "/review/"):
    if state.entra is None:
        raise PageError(404, "Sign-in with Microsoft is not set up for this service.")
    try:
        flow = state.entra.begin(public_base_url(state.settings) + CALLBACK_PATH)
    except (EntraError, ValueError) as exc:
        raise PageError(502, f"Microsoft sign-in is not reachable just now: {exc}") from None
    response = redirect(flow["auth_uri"])
    cookie = state.flow_signer.dumps({"flow": flow, "next": safe_next(next)})
    response.set_cookie(flow_cookie_name(state), cookie, max_age=FLOW_MAX_AGE, path="/", httponly=True,
                        samesite="lax", secure=state.settings.review.secure_cookies)
    return response


@router.get(CALLBACK_PATH)
def entra_callback(request: Request, state: StateDep, session: SessionDep):
    if state.entra is None:
        raise PageError(404, "Sign-in with Microsoft is not set up for this service.")
    saved = _saved_flow(request, state)
    try:
        identity = state.entra.finish(saved["flow"], dict(request.query_params))
    except EntraError as exc:
        raise PageError(401, f"Microsoft sign-in did not complete: {exc}") from None
    user = _entra_user(session, identity, request.app.state.clock())
    return _signed_in(state, user.id, user.session_version, saved.get("next") or "/review/")


def _saved_flow(request: Request, state: StateDep) -> dict:
    raw = request.cookies.get(flow_cookie_name(state))
    try:
        saved = state.flow_signer.loads(raw or "", max_age=FLOW_MAX_AGE)
    except Exception:  # noqa: BLE001 - any bad or stale cookie means: start again
        saved = None
    if not isinstance(saved, dict) or not isinstance(saved.get("flow"), dict):
        raise PageError(400, "This sign-in took too long or was started in another browser. Start again.")
    return saved


def _entra_user(session: Session, identity, now):
    """The account for this Microsoft user: matched by object id, else by email (then linked)."""
    user = auth.user_by_entra_oid(session, identity.oid) or auth.user_by_email(session, identity.email)
    if user is None or user.disabled_at is not None or not auth.can_read(user):
        raise PageError(403, f"{identity.email} has no review-desk account. Ask your administrator "
                             "to add you with `mailguard user add`.")
    if user.entra_oid and user.entra_oid != identity.oid:
        raise PageError(403, "This account is linked to a different Microsoft user.")
    user.entra_oid = identity.oid
    user.last_login_at = now
    session.commit()
    return user
