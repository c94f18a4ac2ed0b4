"""Sign-in with Microsoft Entra ID: msal's auth-code flow against Microsoft's endpoints stood in by respx.

Shapes follow Microsoft's documentation: the OpenID configuration document at
`https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration`
(issuer `https://login.microsoftonline.com/{tenant}/v2.0`, `jwks_uri`
`.../discovery/v2.0/keys`, `token_endpoint` `.../oauth2/v2.0/token`); the token
response of the authorization-code grant (`token_type`, `scope`, `expires_in`,
`access_token`, `id_token`, and `client_info` because msal sends client_info=1);
and v2.0 ID token claims (`aud` = the app's client id, `iss`, `iat`, `nbf`, `exp`,
`nonce`, `oid`, `preferred_username`, `sub`, `tid`, `ver` "2.0"), RS256-signed
with a key whose `kid` is in the JWKS.
"""

from __future__ import annotations

import base64
import json
import time
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt
import pytest
import respx
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from app.web.config import DeskSettings, build_state
from tests.web.support import REVIEWER

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
CLIENT = "6731de76-14a6-49ae-97bc-6eba6914391e"
LOGIN = f"https://login.microsoftonline.com/{TENANT}"
OID = "00000000-0000-0000-66f3-3332eca7ea81"
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
STRANGER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwks() -> dict:
    jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key()))
    return {"keys": [{**jwk, "kid": "key-1", "use": "sig", "kty": "RSA"}]}


def _metadata() -> dict:
    return {"issuer": f"{LOGIN}/v2.0", "authorization_endpoint": f"{LOGIN}/oauth2/v2.0/authorize",
            "token_endpoint": f"{LOGIN}/oauth2/v2.0/token", "jwks_uri": f"{LOGIN}/discovery/v2.0/keys",
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "subject_types_supported": ["pairwise"], "id_token_signing_alg_values_supported": ["RS256"],
            "end_session_endpoint": f"{LOGIN}/oauth2/v2.0/logout", "tenant_region_scope": "EU"}


def _id_token(nonce: str, *, email: str = REVIEWER, key=KEY, tid: str = TENANT) -> str:
    now = int(time.time())
    claims = {"aud": CLIENT, "iss": f"https://login.microsoftonline.com/{tid}/v2.0", "iat": now, "nbf": now,
              "exp": now + 3600, "nonce": nonce, "oid": OID, "preferred_username": email, "name": "Alex Reed",
              "sub": "AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ", "tid": tid, "ver": "2.0"}
    return jwt.encode(claims, key, algorithm="RS256", headers={"kid": "key-1"})


def _client_info() -> str:
    return base64.urlsafe_b64encode(json.dumps({"uid": OID, "utid": TENANT}).encode()).decode().rstrip("=")


@pytest.fixture
def entra(db_url, sessions, desk):
    settings = Settings(database_url=db_url, review={"secure_cookies": False, "session_secret": "e" * 40,
                                                     "base_url": "http://testserver"},
                        graph={"tenant_id": TENANT, "client_id": CLIENT, "client_secret": "app-secret"})
    app = create_app(settings, sessionmaker=sessions)
    app.state.clock = desk.clock
    with respx.mock(assert_all_called=False) as microsoft:
        microsoft.get(f"{LOGIN}/v2.0/.well-known/openid-configuration").respond(json=_metadata())
        microsoft.get(f"{LOGIN}/discovery/v2.0/keys").respond(json=_jwks())
        token = microsoft.post(f"{LOGIN}/oauth2/v2.0/token")
        app.state.desk = build_state(settings, DeskSettings(entra_enabled=True), http=httpx.Client())
        with TestClient(app, follow_redirects=False) as client:
            yield client, token


def _start(client) -> dict:
    response = client.get("/login/entra", params={"next": "/review/decisions"})
    assert response.status_code == 303
    location = urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == f"{LOGIN}/oauth2/v2.0/authorize"
    query = {k: v[0] for k, v in parse_qs(location.query).items()}
    assert query["client_id"] == CLIENT and query["response_type"] == "code"
    assert query["redirect_uri"] == "http://testserver/login/entra/callback"
    assert query["code_challenge_method"] == "S256"
    return query


def test_a_provisioned_user_signs_in_with_microsoft(entra):
    client, token = entra
    query = _start(client)
    token.respond(json={"token_type": "Bearer", "scope": "openid profile email", "expires_in": 3599,
                        "access_token": "eyJ0eXAi.access", "id_token": _id_token(query["nonce"]),
                        "client_info": _client_info()})
    response = client.get("/login/entra/callback", params={"code": "OAAABAAAAiL9Kn2Z27Uub", "state": query["state"]})
    assert response.status_code == 303 and response.headers["location"] == "/review/decisions"
    sent = parse_qs(token.calls.last.request.content.decode())
    assert sent["grant_type"] == ["authorization_code"] and sent["code"] == ["OAAABAAAAiL9Kn2Z27Uub"]
    assert "code_verifier" in sent  # PKCE
    assert client.get("/review/decisions").status_code == 200


def test_a_token_signed_by_someone_else_is_refused(entra):
    client, token = entra
    query = _start(client)
    token.respond(json={"token_type": "Bearer", "scope": "openid", "expires_in": 3599, "access_token": "x",
                        "id_token": _id_token(query["nonce"], key=STRANGER_KEY), "client_info": _client_info()})
    response = client.get("/login/entra/callback", params={"code": "c", "state": query["state"]})
    assert response.status_code == 401 and "not valid" in response.text
    assert client.get("/review/").status_code == 303  # still not signed in


def test_a_callback_whose_state_does_not_match_is_refused(entra):
    client, token = entra
    _start(client)
    response = client.get("/login/entra/callback", params={"code": "c", "state": "forged"})
    assert response.status_code == 401
    assert not token.called


def test_a_microsoft_user_without_an_account_is_refused(entra):
    client, token = entra
    query = _start(client)
    token.respond(json={"token_type": "Bearer", "scope": "openid", "expires_in": 3599, "access_token": "x",
                        "id_token": _id_token(query["nonce"], email="stranger@example-council.gov.uk"),
                        "client_info": _client_info()})
    response = client.get("/login/entra/callback", params={"code": "c", "state": query["state"]})
    assert response.status_code == 403 and "has no review-desk account" in response.text


def test_an_error_from_microsoft_is_shown_plainly(entra):
    client, _ = entra
    query = _start(client)
    response = client.get("/login/entra/callback", params={
        "error": "access_denied", "error_description": "AADSTS65004: User declined to consent.",
        "state": query["state"]})
    assert response.status_code == 401 and "User declined to consent" in response.text
