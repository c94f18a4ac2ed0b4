"""App-only tokens for Microsoft Graph: MSAL's client-credentials flow with its token cache.

One long-lived `GraphTokens` per process (MSAL's advice: keep one app instance
so its cache is reused). The authority is `{login_base_url}/{tenant_id}` —
never /common, which MSAL warns is unreliable for this flow. MSAL talks HTTP
through `requests` by default; we hand it a sync httpx.Client instead, through
the duck-typed interface of msal/oauth2cli/http.py (post/get returning objects
with status_code, text, headers, raise_for_status), so one HTTP stack (and
respx in tests) sees every call. Secrets never reach a repr or a log line.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx
import msal

from connectors import ConnectorError

# Hosts MSAL validates itself; for any other login host (a sovereign cloud alias,
# a test double) instance discovery is turned off so MSAL trusts the configured URL.
_MICROSOFT_LOGIN_HOSTS = frozenset(msal.authority.WELL_KNOWN_AUTHORITY_HOSTS)


@dataclass(frozen=True)
class Certificate:
    """A PEM private key and the thumbprint shown in the app registration."""

    private_key: str = field(repr=False)
    thumbprint: str

    def as_msal(self) -> dict:
        return {"private_key": self.private_key, "thumbprint": self.thumbprint}


@dataclass(frozen=True)
class GraphCredentials:
    tenant_id: str
    client_id: str
    client_secret: str | None = field(default=None, repr=False)
    certificate: Certificate | None = field(default=None, repr=False)
    login_base_url: str = "https://login.microsoftonline.com"
    graph_base_url: str = "https://graph.microsoft.com/v1.0"

    def __post_init__(self) -> None:
        if not self.tenant_id or self.tenant_id.lower() in ("common", "organizations", "consumers"):
            raise ValueError("graph.tenant_id must be the council's tenant id or domain (not common)")
        if not self.client_id:
            raise ValueError("graph.client_id is required")
        if (self.client_secret is None) == (self.certificate is None):
            raise ValueError("give exactly one Graph credential: client_secret or a certificate")

    @property
    def authority(self) -> str:
        return f"{self.login_base_url.rstrip('/')}/{self.tenant_id}"

    @property
    def scope(self) -> str:
        """`https://graph.microsoft.com/.default`: every application permission granted to the app."""
        parts = urlsplit(self.graph_base_url)
        return f"{parts.scheme}://{parts.netloc}/.default"

    def msal_credential(self) -> str | dict:
        return self.client_secret if self.client_secret is not None else self.certificate.as_msal()


class MsalHttpxAdapter:
    """MSAL's HttpClient interface over a sync httpx.Client (msal/oauth2cli/http.py)."""

    def __init__(self, client: httpx.Client):
        self._client = client

    def post(self, url, params=None, data=None, headers=None, **kwargs):
        if isinstance(data, (str, bytes)):  # MSAL's recommended form: sent as-is
            return self._client.post(url, params=params, content=data, headers=headers,
                                     timeout=kwargs.get("timeout", httpx.USE_CLIENT_DEFAULT))
        return self._client.post(url, params=params, data=data, headers=headers,
                                 timeout=kwargs.get("timeout", httpx.USE_CLIENT_DEFAULT))

    def get(self, url, params=None, headers=None, **kwargs):
        return self._client.get(url, params=params, headers=headers,
                                timeout=kwargs.get("timeout", httpx.USE_CLIENT_DEFAULT))

    def close(self) -> None:  # MSAL may call it; the owner of the httpx.Client closes it
        pass


class GraphTokens:
    """`token()` returns a bearer token, from MSAL's cache while it is fresh (MSAL renews <5 min)."""

    def __init__(self, credentials: GraphCredentials, http: httpx.Client,
                 cache: msal.TokenCache | None = None):
        self.credentials = credentials
        self._http = MsalHttpxAdapter(http)
        self._cache = cache if cache is not None else msal.TokenCache()
        self._app: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()  # MSAL apps are not documented as thread-safe
        self.last_source: str | None = None  # "identity_provider" | "cache"

    def __repr__(self) -> str:
        c = self.credentials
        return f"GraphTokens(tenant_id={c.tenant_id!r}, client_id={c.client_id!r})"

    def _application(self) -> msal.ConfidentialClientApplication:
        # Built on first use: MSAL fetches the tenant's OpenID configuration when it is created.
        if self._app is None:
            c = self.credentials
            known = urlsplit(c.login_base_url).hostname in _MICROSOFT_LOGIN_HOSTS
            self._app = msal.ConfidentialClientApplication(
                c.client_id, client_credential=c.msal_credential(), authority=c.authority,
                token_cache=self._cache, http_client=self._http, instance_discovery=known,
            )
        return self._app

    def token(self) -> str:
        with self._lock:
            try:
                result = self._application().acquire_token_for_client(scopes=[self.credentials.scope])
            except (httpx.HTTPError, ValueError) as exc:
                raise ConnectorError(f"Entra ID sign-in failed: {type(exc).__name__}: {exc}") from None
        if "access_token" not in result:
            # error_description names the fault (AADSTS7000215 wrong secret, AADSTS700016 unknown app...)
            code, text = result.get("error", "unknown_error"), result.get("error_description", "")
            raise ConnectorError(f"Entra ID refused the app's credentials: {code}: {text}",
                                 retryable=code not in ("invalid_client", "unauthorized_client"))
        self.last_source = result.get("token_source")
        return result["access_token"]


    def forget(self) -> None:
        """Drop the cached access tokens (Graph refused one), so the next token() signs in again."""
        with self._lock:
            for entry in list(self._cache.search(msal.TokenCache.CredentialType.ACCESS_TOKEN)):
                self._cache.remove_at(entry)


def load_certificate(path, thumbprint: str) -> Certificate:
    """A PEM file holding the private key (`openssl pkcs12 -in app.pfx -out app.pem -nodes`)."""
    from pathlib import Path

    text = Path(path).read_text(encoding="ascii")
    if "PRIVATE KEY" not in text:
        raise ValueError(f"{path}: no PEM private key in it")
    if not thumbprint:
        raise ValueError("graph.certificate_thumbprint is required with graph.certificate_path")
    return Certificate(private_key=text, thumbprint=thumbprint.replace(":", "").upper())
