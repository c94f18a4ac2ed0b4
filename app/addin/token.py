"""Entra ID access tokens from the Outlook add-in (NAA / Office SSO), validated before any verdict.

Checks, per Microsoft identity platform access-token validation: RS256 only
(`none` and HMAC refused before any key is looked at), signature against the
tenant's published JWKS (`{login}/{tenant}/discovery/v2.0/keys`, cached, fetched
again once when a token names an unknown `kid` — keys rotate), issuer (v2.0
`{login}/{tenant}/v2.0` or v1.0 `https://sts.windows.net/{tenant}/`, the two forms
the platform issues), audience (the add-in API's client id or its `api://` URI),
the `tid` claim (the council's tenant), expiry and not-before with a small leeway.

Then the token's shape, per "Access tokens in the Microsoft identity platform":
a delegated (user) token carries `scp`, the scopes the user consented to, and
must include the add-in API's scope; an app-only token has `idtyp` "app" and
`roles` but no `scp`, and speaks for no user, so it is refused. The user is the
`oid` (immutable, unique within the tenant, with `tid`); `preferred_username`
is mutable and only suggests the address bound to the `oid` at first sign-in.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any, Callable

import httpx
import jwt
from pydantic import BaseModel

from app.settings import AddinSettings  # noqa: F401  (re-exported: the add-in's settings)

ALGORITHMS = ["RS256"]
V1_ISSUER = "https://sts.windows.net/{tenant}/"


class TokenRefused(Exception):
    """The token is not acceptable; the text says why (safe to show the caller).

    `problem` names a setup mistake an administrator must hear of (a token for
    another audience, tenant or shape); None for a user's own trouble (expired).
    """

    def __init__(self, message: str, problem: str | None = None, subject: str = ""):
        super().__init__(message)
        self.problem, self.subject = problem, subject
        self.council_id: int | None = None  # set once the tenant named a council


class SigningKeysUnavailable(TokenRefused):
    """The tenant's signing keys could not be read: the service cannot judge any token (an outage, not a refusal)."""


@dataclass(frozen=True, slots=True)
class AddinIdentity:
    tenant_id: str
    object_id: str  # `oid`: who the user is
    claimed_address: str  # preferred_username (v2.0) or upn / unique_name (v1.0), lower-cased; mutable
    claims: dict[str, Any]


def unverified_tenant(token: str) -> str:
    """The `tid` the token claims (to choose the council and its keys; verified later)."""
    _header(token)
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise TokenRefused("the token is not a JWT") from None
    tid = claims.get("tid")
    if not isinstance(tid, str) or not tid:
        raise TokenRefused("the token names no tenant (tid)")
    return tid


def _claim(token: str, name: str) -> str:
    """One claim of a token already known to decode, for the administrator's report."""
    value = jwt.decode(token, options={"verify_signature": False}).get(name)
    return str(value if not isinstance(value, list) else ",".join(map(str, value)))[:200]


def _claimed_address(claims: dict[str, Any]) -> str:
    user = claims.get("preferred_username") or claims.get("upn") or claims.get("unique_name")
    if not isinstance(user, str) or "@" not in user:
        return ""
    return user.strip().lower()


def _header(token: str) -> dict[str, Any]:
    try:
        header = jwt.get_unverified_header(token)
    except jwt.PyJWTError:
        raise TokenRefused("the token is not a JWT") from None
    if header.get("alg") not in ALGORITHMS:
        raise TokenRefused(f"token algorithm {str(header.get('alg'))[:20]!r} is not accepted (RS256 only)")
    return header


class EntraTokenValidator:
    """Validates add-in tokens for one deployment; thread-safe JWKS cache per tenant."""

    def __init__(self, settings: AddinSettings, http: httpx.Client, clock: Callable[[], float] = time.time):
        self.settings = settings
        self.http = http
        self.clock = clock
        self._lock = threading.Lock()
        self._keys: dict[str, dict[str, Any]] = {}  # tenant -> kid -> key
        self._fetched_at: dict[str, float] = {}

    def validate(self, token: str, tenant_id: str) -> AddinIdentity:
        """The token's identity when it is valid for `tenant_id`; TokenRefused otherwise."""
        header = _header(token)
        key = self._key(tenant_id, str(header.get("kid") or ""))
        login = self.settings.login_base_url.rstrip("/")
        issuers = [f"{login}/{tenant_id}/v2.0", V1_ISSUER.format(tenant=tenant_id)]
        try:
            claims = jwt.decode(
                token, key, algorithms=ALGORITHMS, audience=self.settings.audiences(), issuer=issuers,
                leeway=self.settings.leeway_s, options={"require": ["exp", "iss", "aud", "tid"]},
            )
        except jwt.ExpiredSignatureError:
            raise TokenRefused("the token has expired") from None
        except jwt.InvalidAudienceError:
            raise TokenRefused("the token is not for this service (audience)", "audience",
                               _claim(token, "aud")) from None
        except jwt.InvalidIssuerError:
            raise TokenRefused("the token was not issued by the council's tenant", "issuer",
                               _claim(token, "iss")) from None
        except jwt.PyJWTError as exc:
            raise TokenRefused(f"the token is not valid: {str(exc)[:120]}") from None
        if claims.get("tid") != tenant_id:
            raise TokenRefused("the token is for another tenant", "tenant", str(claims.get("tid"))[:64])
        return AddinIdentity(tenant_id=tenant_id, object_id=self._user_shape(claims),
                             claimed_address=_claimed_address(claims), claims=claims)

    def _user_shape(self, claims: dict[str, Any]) -> str:
        """The `oid` of a delegated token with the API's scope; TokenRefused for any other shape."""
        scopes = claims.get("scp")
        if claims.get("idtyp") == "app" or (not scopes and claims.get("roles")):
            raise TokenRefused("an application token speaks for no user; sign in as the user", "app-only",
                               str(claims.get("appid") or claims.get("azp") or "")[:64])
        granted = scopes.split() if isinstance(scopes, str) else []
        if self.settings.required_scope not in granted:
            raise TokenRefused(f"the token lacks the {self.settings.required_scope!r} scope", "scope",
                               str(scopes or "")[:200])
        oid = claims.get("oid")
        if not isinstance(oid, str) or not oid.strip() or len(oid) > 64:
            raise TokenRefused("the token names no user (oid)", "no-oid")
        return oid.strip().lower()

    def _key(self, tenant_id: str, kid: str) -> Any:
        with self._lock:
            keys = self._keys.get(tenant_id)
            fetched = self._fetched_at.get(tenant_id, float("-inf"))
        if keys is None or (kid not in keys and self.clock() - fetched >= self.settings.jwks_refetch_after_s):
            keys = self._fetch(tenant_id)
        if kid not in keys:
            raise TokenRefused("the token was signed with a key the tenant does not publish")
        return keys[kid]

    def _fetch(self, tenant_id: str) -> dict[str, Any]:
        url = f"{self.settings.login_base_url.rstrip('/')}/{tenant_id}/discovery/v2.0/keys"
        try:
            response = self.http.get(url, timeout=10.0)
            response.raise_for_status()
            jwks = jwt.PyJWKSet.from_dict(response.json())
        except (httpx.HTTPError, ValueError, jwt.PyJWTError) as exc:
            raise SigningKeysUnavailable(f"the tenant's signing keys could not be read: {type(exc).__name__}") from None
        keys = {k.key_id: k.key for k in jwks.keys if k.key_id}
        with self._lock:
            self._keys[tenant_id] = keys
            self._fetched_at[tenant_id] = self.clock()
        return keys
