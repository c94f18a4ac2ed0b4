"""The review desk's own settings and per-process state (signing keys, templates, Entra client).

Settings come from app.settings.ReviewSettings (MAILGUARD_REVIEW__*). Built on
first use, never at import.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import httpx
from fastapi.templating import Jinja2Templates
from itsdangerous import URLSafeTimedSerializer

from app.auth.accounts import Throttle
from app.auth.entra import EntraConfig, EntraSignIn
from app.settings import ReviewSettings, Settings

log = logging.getLogger("mailguard.web")
HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
STATIC_DIR = HERE / "static"


DeskSettings = ReviewSettings  # sign-in limits and Entra switch live in app.settings.ReviewSettings


@dataclass
class DeskState:
    settings: Settings
    desk: DeskSettings
    sessions_signer: URLSafeTimedSerializer
    flow_signer: URLSafeTimedSerializer
    templates: Jinja2Templates
    entra: EntraSignIn | None

    @property
    def throttle(self) -> Throttle:
        return Throttle(self.desk.login_max_failures, timedelta(minutes=self.desk.login_window_minutes),
                        self.desk.login_max_failures_per_client)

    @property
    def session_max_age(self) -> int:
        return self.desk.session_hours * 3600

    @property
    def cookie_name(self) -> str:
        # __Host-: the browser keeps it only if Secure, Path=/ and no Domain (no subdomain can plant one).
        return "__Host-mailguard" if self.settings.review.secure_cookies else "mailguard_session"


def build_state(settings: Settings, desk: DeskSettings | None = None,
                http: httpx.Client | None = None) -> DeskState:
    desk = desk or settings.review
    secret = settings.review.session_secret.get_secret_value() if settings.review.session_secret else ""
    if not secret:
        log.warning("review.session_secret is not set: sign-ins last only as long as this process")
        secret = secrets.token_urlsafe(32)
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    return DeskState(
        settings=settings, desk=desk,
        sessions_signer=URLSafeTimedSerializer(secret, salt="mailguard.review.session"),
        flow_signer=URLSafeTimedSerializer(secret, salt="mailguard.review.entra-flow"),
        templates=templates, entra=_entra(settings, desk, http),
    )


def _entra(settings: Settings, desk: DeskSettings, http: httpx.Client | None) -> EntraSignIn | None:
    graph = settings.graph
    configured = bool(graph.tenant_id and graph.client_id and graph.client_secret)
    enabled = configured if desk.entra_enabled is None else desk.entra_enabled
    if not enabled:
        return None
    if not configured:
        raise ValueError("review sign-in with Entra needs graph.tenant_id, graph.client_id and "
                         "graph.client_secret (MAILGUARD_GRAPH__...)")
    config = EntraConfig(tenant_id=graph.tenant_id, client_id=graph.client_id,
                         client_secret=graph.client_secret.get_secret_value(),
                         login_base_url=graph.login_base_url)
    return EntraSignIn(config, http or httpx.Client(timeout=15))
