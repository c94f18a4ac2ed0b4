"""The add-in's files: the XML manifest written for one host, and the handler script with its settings.

The manifest is addin/manifest.template.xml with ${...} placeholders
(string.Template), filled in here so `mailguard addin manifest` and GET
/addin/manifest.xml give the same text.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from string import Template
from xml.sax.saxutils import escape

from app.addin.token import AddinSettings

ADDIN_DIR = Path(__file__).resolve().parents[2] / "addin"
SEND_MODES = {"soft-block": "SoftBlock", "block": "Block", "prompt-user": "PromptUser"}
# A fixed id, so a rewritten manifest updates the deployed add-in instead of adding a second one.
ADDIN_ID_NAMESPACE = uuid.UUID("6f3c1a52-2d0e-4d7b-9a57-6b1f8a0c4e11")


def addin_id(base_url: str) -> str:
    return str(uuid.uuid5(ADDIN_ID_NAMESPACE, base_url.rstrip("/").lower()))


def build_manifest(base_url: str, *, send_mode: str = "soft-block", client_id: str = "",
                   app_id_uri: str = "", version: str = "1.0.0.0") -> str:
    """The manifest for an add-in served from `base_url` (https, no trailing path needed)."""
    base = base_url.rstrip("/")
    if not base.startswith("https://"):
        raise ValueError("the add-in base URL must be https:// (Outlook loads add-ins over HTTPS only)")
    if send_mode not in SEND_MODES:
        raise ValueError(f"send mode must be one of {', '.join(SEND_MODES)}")
    settings = AddinSettings(base_url=base, client_id=client_id, app_id_uri=app_id_uri)
    template = Template((ADDIN_DIR / "manifest.template.xml").read_text(encoding="utf-8"))
    return template.substitute(
        ADDIN_ID=addin_id(base), VERSION=escape(version), BASE_URL=escape(base),
        SEND_MODE=SEND_MODES[send_mode], WEB_APPLICATION_INFO=_web_application_info(settings),
    )


def _web_application_info(settings: AddinSettings) -> str:
    """SSO (OfficeRuntime.auth.getAccessToken) needs the Entra app; left out without a client id."""
    if not settings.client_id:
        return ""
    return (
        "      <WebApplicationInfo>\n"
        f"        <Id>{escape(settings.client_id)}</Id>\n"
        f"        <Resource>{escape(settings.default_app_id_uri())}</Resource>\n"
        "        <Scopes>\n"
        "          <Scope>openid</Scope>\n"
        "          <Scope>profile</Scope>\n"
        "        </Scopes>\n"
        "      </WebApplicationInfo>\n"
    )


def handler_script(settings: AddinSettings, base_url: str) -> str:
    """launchevent.js with its settings first: the JS-only runtime needs absolute URLs and has no DOM."""
    config = {
        "baseUrl": (settings.base_url or base_url).rstrip("/"),
        "timeoutMs": settings.timeout_ms,
        "onUnavailable": settings.on_unavailable,
        "scopes": [f"{settings.default_app_id_uri()}/access_as_user"] if settings.client_id else [],
    }
    head = f"var MAILGUARD_CONFIG = {json.dumps(config)};\n"
    return head + (ADDIN_DIR / "launchevent.js").read_text(encoding="utf-8")


def allowed_json(base_url: str) -> str:
    """/.well-known/microsoft-officeaddins-allowed.json: the handler script allowed SSO/CORS here."""
    return json.dumps({"allowed": [f"{base_url.rstrip('/')}/addin/launchevent.js"]}, indent=2) + "\n"
