"""Add-in token validation against a JWKS of keys minted in the test, served through respx."""

from __future__ import annotations

import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.addin.token import EntraTokenValidator, TokenRefused, unverified_tenant
from tests.addin.conftest import (
    APP_ID_URI,
    CLERK_ADDRESS,
    CLIENT_ID,
    LOGIN,
    OTHER_TENANT,
    TENANT,
    addin_settings,
)


def test_a_valid_v2_token_passes_and_names_the_user(validator, keys):
    identity = validator.validate(keys.token(preferred_username="Clerk@Hartsbourne-TC.gov.uk"), TENANT)
    assert identity.claimed_address == CLERK_ADDRESS and identity.tenant_id == TENANT


def test_a_v1_token_with_the_app_id_uri_audience_and_sts_issuer_passes(validator, keys):
    # v1.0 access tokens: iss https://sts.windows.net/{tid}/, aud the Application ID URI, user in upn.
    token = keys.token(iss=f"https://sts.windows.net/{TENANT}/", aud=APP_ID_URI, preferred_username=None,
                       upn=CLERK_ADDRESS, ver="1.0")
    assert validator.validate(token, TENANT).claimed_address == CLERK_ADDRESS


@pytest.mark.parametrize(
    "claims, reason",
    [
        ({"aud": "api://someone-else/0000"}, "audience"),
        ({"tid": OTHER_TENANT}, "another tenant"),
        ({"iss": f"{LOGIN}/{OTHER_TENANT}/v2.0"}, "issued by"),
        ({"exp": int(time.time()) - 3600, "iat": int(time.time()) - 7200}, "expired"),
        ({"oid": None}, "no user"),
    ],
)
def test_wrong_claims_are_refused(validator, keys, claims, reason):
    with pytest.raises(TokenRefused, match=reason):
        validator.validate(keys.token(**claims), TENANT)


@pytest.mark.parametrize(
    "claims, problem",
    [
        # An app-only (client credentials) token: idtyp "app", roles, no scp, and the app's own oid.
        ({"scp": None, "roles": ["Mail.Send"], "idtyp": "app", "preferred_username": None}, "app-only"),
        ({"scp": None, "roles": ["Addin.Evaluate"]}, "app-only"),  # v1.0 tokens carry no idtyp
        ({"scp": "User.Read openid profile"}, "scope"),  # a token meant for Graph, not this API
        ({"scp": None}, "scope"),
        ({"scp": "access_as_user_extra"}, "scope"),  # scopes are whole words
    ],
)
def test_only_a_delegated_token_with_the_apis_scope_speaks_for_a_user(validator, keys, claims, problem):
    with pytest.raises(TokenRefused) as refused:
        validator.validate(keys.token(**claims), TENANT)
    assert refused.value.problem == problem


def test_the_user_is_the_oid_and_the_address_only_a_claim(validator, keys):
    identity = validator.validate(keys.token(oid="AB12CD34-0000-4000-8000-00000000C1E2",
                                             scp="openid access_as_user"), TENANT)
    assert identity.object_id == "ab12cd34-0000-4000-8000-00000000c1e2"
    assert identity.claimed_address == CLERK_ADDRESS


def test_a_wrong_audience_is_a_setup_problem_an_expired_token_is_not(validator, keys):
    with pytest.raises(TokenRefused) as wrong:
        validator.validate(keys.token(aud="api://someone-else/0000"), TENANT)
    assert (wrong.value.problem, wrong.value.subject) == ("audience", "api://someone-else/0000")
    with pytest.raises(TokenRefused) as expired:
        validator.validate(keys.token(exp=int(time.time()) - 3600, iat=int(time.time()) - 7200), TENANT)
    assert expired.value.problem is None


def test_an_unsigned_token_is_refused_before_any_key_is_fetched(validator, keys, entra):
    unsigned = jwt.encode({"aud": "x", "tid": TENANT, "exp": int(time.time()) + 60}, None, algorithm="none")
    with pytest.raises(TokenRefused, match="RS256 only"):
        validator.validate(unsigned, TENANT)
    with pytest.raises(TokenRefused, match="RS256 only"):
        unverified_tenant(unsigned)
    assert entra.routes["jwks"].call_count == 0


def test_an_hmac_token_signed_with_the_public_key_is_refused(validator, keys):
    # The classic confusion attack: HS256 with the RSA public key as the shared secret.
    public_pem = keys.private["k1"].public_key().public_bytes(Encoding.PEM, PublicFormat.SubjectPublicKeyInfo)
    forged = jwt.encode({"aud": CLIENT_ID, "tid": TENANT, "exp": int(time.time()) + 60}, public_pem[:64],
                        algorithm="HS256", headers={"kid": "k1"})
    with pytest.raises(TokenRefused, match="RS256 only"):
        validator.validate(forged, TENANT)


def test_a_token_signed_by_another_key_is_refused(validator, keys):
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    with pytest.raises(TokenRefused, match="not valid"):
        validator.validate(keys.token(key=stranger), TENANT)


def test_keys_are_cached_and_an_unknown_kid_refetches_once(keys, entra):
    now = [1000.0]
    validator = EntraTokenValidator(addin_settings(), httpx.Client(), clock=lambda: now[0])
    validator.validate(keys.token(), TENANT)
    validator.validate(keys.token(), TENANT)
    assert entra.routes["jwks"].call_count == 1  # cached

    keys.published = ["k1", "k2"]  # Entra rolls a new key
    now[0] += 60
    assert validator.validate(keys.token(kid="k2"), TENANT).claimed_address == CLERK_ADDRESS
    assert entra.routes["jwks"].call_count == 2  # one refetch for the unknown kid

    with pytest.raises(TokenRefused, match="does not publish"):
        validator.validate(keys.token(kid="k3", key=keys.private["k2"]), TENANT)
    assert entra.routes["jwks"].call_count == 2  # a refetch just happened: no hammering on made-up kids


def test_unreadable_keys_refuse_the_token(keys, entra):
    entra.routes["jwks"].side_effect = lambda request: httpx.Response(503)
    validator = EntraTokenValidator(addin_settings(), httpx.Client())
    with pytest.raises(TokenRefused, match="could not be read"):
        validator.validate(keys.token(), TENANT)
