"""MSAL client-credentials through our httpx adapter: respx sees the token calls."""

from __future__ import annotations

from urllib.parse import parse_qs

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from connectors import ConnectorError
from connectors.graph.auth import Certificate, GraphCredentials, GraphTokens
from tests.graph.conftest import ACCESS_TOKEN, CLIENT_ID, LOGIN, SECRET, TENANT


def form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def test_token_is_acquired_with_client_credentials_and_then_served_from_msal_cache(tokens, login):
    assert tokens.token() == ACCESS_TOKEN
    assert tokens.last_source == "identity_provider"
    sent = form(login.calls.last.request)
    assert sent["grant_type"] == "client_credentials"
    assert sent["client_id"] == CLIENT_ID and sent["client_secret"] == SECRET
    assert sent["scope"] == "https://graph.microsoft.com/.default"
    # the authority is the tenant's, never /common
    assert login.calls.last.request.url.path == f"/{TENANT}/oauth2/v2.0/token"

    assert tokens.token() == ACCESS_TOKEN  # expires_in 3599: still fresh
    assert tokens.last_source == "cache"
    assert login.call_count == 1


def test_a_certificate_credential_signs_a_client_assertion_instead_of_sending_a_secret(mock, login):
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    credentials = GraphCredentials(tenant_id=TENANT, client_id=CLIENT_ID,
                                   certificate=Certificate(private_key=pem, thumbprint="A1B2C3D4E5F60718293A4B5C6D7E8F9012345678"))
    assert GraphTokens(credentials, httpx.Client()).token() == ACCESS_TOKEN
    sent = form(login.calls.last.request)
    assert "client_secret" not in sent
    assert sent["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
    assert sent["client_assertion"].count(".") == 2  # a signed JWT
    assert "PRIVATE KEY" not in repr(credentials)


def test_secrets_never_appear_in_reprs(tokens):
    assert SECRET not in repr(tokens.credentials)
    assert SECRET not in repr(tokens)


@pytest.mark.parametrize("tenant", ["common", "organizations", ""])
def test_multi_tenant_authorities_are_refused(tenant):
    with pytest.raises(ValueError, match="tenant"):
        GraphCredentials(tenant_id=tenant, client_id=CLIENT_ID, client_secret=SECRET)


def test_a_wrong_secret_is_a_clear_error_that_is_not_retried(mock):
    from tests.graph.conftest import discovery

    discovery(mock)
    # identity platform error response: {"error": "invalid_client", "error_description": "AADSTS7000215: ..."}
    mock.post(f"{LOGIN}/{TENANT}/oauth2/v2.0/token").respond(401, json={
        "error": "invalid_client",
        "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in "
                             "the request is the client secret value, not the client secret ID.",
        "error_codes": [7000215]})
    tokens = GraphTokens(GraphCredentials(tenant_id=TENANT, client_id=CLIENT_ID, client_secret="wrong"),
                         httpx.Client())
    with pytest.raises(ConnectorError, match="AADSTS7000215") as caught:
        tokens.token()
    assert caught.value.retryable is False
