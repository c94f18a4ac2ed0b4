"""Sign-in with Microsoft Entra ID: the OpenID Connect authorisation-code flow, through msal.

msal builds the authorisation request (state, nonce, PKCE) and redeems the
code; since msal 1.38 it no longer validates the ID token, so we do: the
signature against the tenant's JWKS (from its OpenID configuration document,
`{authority}/v2.0/.well-known/openid-configuration`), the issuer, the
audience (our client id), the expiry and the tenant id. HTTP goes through an
injected httpx.Client (so tests can stand in for Microsoft with respx).
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from typing import Any

import httpx
import jwt
import msal


class EntraError(Exception):
    """The Microsoft sign-in did not give us a user we can trust (the message says why)."""


@dataclass(frozen=True, slots=True)
class EntraConfig:
    tenant_id: str
    client_id: str
    client_secret: str
    login_base_url: str = "https://login.microsoftonline.com"

    @property
    def authority(self) -> str:
        return f"{self.login_base_url.rstrip('/')}/{self.tenant_id}"


@dataclass(frozen=True, slots=True)
class EntraIdentity:
    oid: str
    tenant_id: str
    email: str  # preferred_username (the UPN) or email claim, lower-cased
    name: str


class _MsalHttp:
    """msal's duck-typed HTTP client interface (get/post returning status_code/text/headers) over httpx."""

    def __init__(self, client: httpx.Client):
        self._client = client

    def get(self, url, params=None, headers=None, **kwargs):
        return self._client.get(url, params=params, headers=_clean(headers), timeout=kwargs.get("timeout"))

    def post(self, url, params=None, data=None, headers=None, **kwargs):
        return self._client.post(url, params=params, data=data, headers=_clean(headers),
                                 timeout=kwargs.get("timeout"))

    def close(self):  # msal may call it; the client belongs to our caller
        pass


def _clean(headers: dict | None) -> dict:
    return {k: str(v) for k, v in (headers or {}).items() if v is not None}


class EntraSignIn:
    """One per process: the msal app and the tenant's signing keys, built on first use."""

    def __init__(self, config: EntraConfig, http: httpx.Client):
        self.config = config
        self._http = http
        self._lock = threading.Lock()
        self._app: msal.ConfidentialClientApplication | None = None
        self._metadata: dict[str, Any] | None = None
        self._keys: dict[str, Any] = {}

    def begin(self, redirect_uri: str) -> dict:
        """The auth code flow (keep it for `finish`); send the browser to flow["auth_uri"]."""
        return self._msal().initiate_auth_code_flow(scopes=[], redirect_uri=redirect_uri,
                                                    response_mode="query")

    def finish(self, flow: dict, auth_response: dict[str, str]) -> EntraIdentity:
        """Redeem the code the browser brought back and validate the ID token; EntraError if not good."""
        if auth_response.get("error"):
            raise EntraError(auth_response.get("error_description") or auth_response["error"])
        try:
            result = self._msal().acquire_token_by_auth_code_flow(flow, auth_response)
        except ValueError as exc:  # state or nonce mismatch
            raise EntraError(f"the sign-in response does not match this browser's request ({exc})") from None
        if "error" in result:
            raise EntraError(result.get("error_description") or result["error"])
        claims = self._validated(result.get("id_token") or "")
        email = (claims.get("email") or claims.get("preferred_username") or "").strip().lower()
        if not claims.get("oid") or not email:
            raise EntraError("the ID token names no user (no oid or preferred_username)")
        return EntraIdentity(oid=claims["oid"], tenant_id=claims.get("tid", ""), email=email,
                             name=claims.get("name", ""))

    # -- internals --------------------------------------------------------
    def _msal(self) -> msal.ConfidentialClientApplication:
        with self._lock:
            if self._app is None:
                self._app = msal.ConfidentialClientApplication(
                    self.config.client_id, client_credential=self.config.client_secret,
                    authority=self.config.authority, http_client=_MsalHttp(self._http),
                    token_cache=msal.TokenCache())
            return self._app

    def _validated(self, id_token: str) -> dict[str, Any]:
        try:
            header = jwt.get_unverified_header(id_token)
            key = self._signing_key(header.get("kid", ""))
            claims = jwt.decode(
                id_token, key=key, algorithms=["RS256"], audience=self.config.client_id,
                issuer=self._openid_metadata()["issuer"].replace("{tenantid}", self.config.tenant_id),
                options={"require": ["exp", "iat", "iss", "aud", "sub"]}, leeway=120)
        except jwt.PyJWTError as exc:
            raise EntraError(f"the ID token is not valid: {exc}") from None
        if claims.get("tid") != self.config.tenant_id:
            raise EntraError("the account belongs to another Microsoft 365 organisation")
        return claims

    def _openid_metadata(self) -> dict[str, Any]:
        if self._metadata is None:
            self._metadata = self._get_json(f"{self.config.authority}/v2.0/.well-known/openid-configuration")
        return self._metadata

    def _signing_key(self, kid: str):
        if kid not in self._keys:  # unknown kid: Microsoft rolled its keys, so fetch them again
            jwks = self._get_json(self._openid_metadata()["jwks_uri"])
            self._keys = {k["kid"]: jwt.PyJWK(k).key for k in jwks.get("keys", []) if "kid" in k}
        if kid not in self._keys:
            raise EntraError("the ID token is signed with a key the tenant does not publish")
        return self._keys[kid]

    def _get_json(self, url: str) -> dict[str, Any]:
        try:
            response = self._http.get(url, timeout=10)
            response.raise_for_status()
            return json.loads(response.text)
        except (httpx.HTTPError, ValueError) as exc:
            raise EntraError(f"cannot read {url}: {exc}") from None
