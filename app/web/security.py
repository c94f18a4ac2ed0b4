"""Session cookies, CSRF tokens and the security headers of every review page.

The session is a signed cookie (itsdangerous; HttpOnly, SameSite=Lax,
Secure unless review.secure_cookies is false) holding the user id, the
user's session_version (signing out bumps it, ending every copy of the
cookie) and a random CSRF token. Every form carries that token; a POST whose
token is missing or different is refused with 403 before anything else runs.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request, Response
from itsdangerous import BadSignature

from app.web.config import DeskState

CSRF_FIELD = "csrf_token"
FLOW_COOKIE_SECURE = "__Host-mailguard-entra"
FLOW_COOKIE_PLAIN = "mailguard_entra"
FLOW_MAX_AGE = 600

PAGE_CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; frame-src 'self'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'")
# The sender's HTML: no scripts, no remote anything, opaque origin (sandbox), framed only by us.
BODY_CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
            "base-uri 'none'; form-action 'none'; sandbox")


@dataclass
class SessionData:
    csrf: str
    user_id: int | None = None
    version: int = 0
    fresh: bool = False  # not yet in the browser's cookie: the response must set it


class CsrfRefused(Exception):
    pass


def read_session(request: Request, state: DeskState) -> SessionData:
    """The browser's session, or a new anonymous one with its own CSRF token."""
    cached = getattr(request.state, "desk_session", None)
    if cached is not None:
        return cached
    raw = request.cookies.get(state.cookie_name)
    data = None
    if raw:
        try:
            data = state.sessions_signer.loads(raw, max_age=state.session_max_age)
        except BadSignature:
            data = None
    if isinstance(data, dict) and isinstance(data.get("c"), str):
        session = SessionData(csrf=data["c"], user_id=data.get("u"), version=int(data.get("v") or 0))
    else:
        session = SessionData(csrf=secrets.token_urlsafe(32), fresh=True)
    request.state.desk_session = session
    return session


def write_session(response: Response, state: DeskState, session: SessionData) -> None:
    value = state.sessions_signer.dumps({"c": session.csrf, "u": session.user_id, "v": session.version})
    response.set_cookie(state.cookie_name, value, max_age=state.session_max_age, path="/", httponly=True,
                        samesite="lax", secure=state.settings.review.secure_cookies)


def signed_in_session(user_id: int, version: int) -> SessionData:
    """A new session for a user who just signed in: new CSRF token, so nothing from before carries over."""
    return SessionData(csrf=secrets.token_urlsafe(32), user_id=user_id, version=version, fresh=True)


def clear_session(response: Response, state: DeskState) -> None:
    response.delete_cookie(state.cookie_name, path="/", secure=state.settings.review.secure_cookies,
                           httponly=True, samesite="lax")


def check_csrf(session: SessionData, submitted: str | None) -> None:
    if session.fresh or not submitted or not hmac.compare_digest(session.csrf, submitted):
        raise CsrfRefused()


def flow_cookie_name(state: DeskState) -> str:
    return FLOW_COOKIE_SECURE if state.settings.review.secure_cookies else FLOW_COOKIE_PLAIN


def client_ip(request: Request) -> str:
    # The TCP peer, or the client a trusted proxy names (settings.trusted_proxies: uvicorn then
    # rewrites the peer from X-Forwarded-For; from any other peer that header is ignored).
    return request.client.host if request.client else "unknown"


def secure_headers(response: Response, *, csp: str = PAGE_CSP) -> Response:
    response.headers["Content-Security-Policy"] = csp
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cache-Control"] = "no-store"  # held mail is personal data: no copies in caches
    response.headers["X-Frame-Options"] = "SAMEORIGIN" if "sandbox" in csp else "DENY"
    return response
