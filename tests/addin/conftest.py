"""Entra-shaped tokens signed with RSA keys minted here, served as a JWKS through respx; an app that accepts them."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import Iterator

import httpx
import jwt
import pytest
import respx
import yaml
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi.testclient import TestClient

from app.addin.token import AddinSettings, EntraTokenValidator
from app.auth.apikeys import create_api_key
from app.main import create_app
from app.settings import Settings
from app.store import records as store
from tests.api.conftest import START, Clock, sessions  # noqa: F401  (fixture re-used)
from tests.builders import COUNCIL

LOGIN = "https://login.microsoftonline.com"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
OTHER_TENANT = "0b2f8e1c-5a3d-4c8e-9f61-1d2c3b4a5e6f"
CLIENT_ID = "5d6f1c2a-9b8e-4f7a-8c3d-2e1f0a9b8c7d"
BASE = "https://mailguard.hartsbourne-tc.gov.uk"
APP_ID_URI = f"api://mailguard.hartsbourne-tc.gov.uk/{CLIENT_ID}"
CLERK_ADDRESS = "clerk@hartsbourne-tc.gov.uk"


AddinTestSettings = Settings  # Settings carries the add-in section itself


def addin_settings(**changes) -> AddinSettings:
    return AddinSettings(base_url=BASE, client_id=CLIENT_ID, login_base_url=LOGIN, **changes)


def object_id(user: str) -> str:
    """A stable stand-in for the Entra object id (oid) of a test user."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"entra:{user}"))


class Keys:
    """Signing keys as Entra publishes them: a JWKS of RSA public keys named by kid."""

    def __init__(self):
        self.private = {kid: rsa.generate_private_key(public_exponent=65537, key_size=2048) for kid in ("k1", "k2")}
        self.published = ["k1"]

    def jwks(self) -> dict:
        keys = []
        for kid in self.published:
            jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(self.private[kid].public_key()))
            keys.append({**jwk, "kid": kid, "use": "sig", "kty": "RSA"})
        return {"keys": keys}

    def token(self, *, kid="k1", alg="RS256", key=None, **claims) -> str:
        now = int(datetime.now(timezone.utc).timestamp())
        payload = {
            "aud": CLIENT_ID, "iss": f"{LOGIN}/{TENANT}/v2.0", "tid": TENANT, "iat": now, "nbf": now,
            "exp": now + 3600, "preferred_username": CLERK_ADDRESS, "ver": "2.0", "scp": "access_as_user",
        }
        payload.update(claims)
        if "oid" not in claims:  # each user their own immutable object id, as Entra issues them
            payload["oid"] = object_id(str(payload.get("preferred_username")))
        payload = {k: v for k, v in payload.items() if v is not None}
        return jwt.encode(payload, key or self.private[kid], algorithm=alg, headers={"kid": kid})


@pytest.fixture
def keys() -> Keys:
    return Keys()


@pytest.fixture
def entra(keys) -> Iterator[respx.MockRouter]:
    """Entra's discovery keys endpoint for the council's tenant (and only that)."""
    with respx.mock(assert_all_called=False) as router:
        router.get(f"{LOGIN}/{TENANT}/discovery/v2.0/keys", name="jwks").mock(
            side_effect=lambda request: httpx.Response(200, json=keys.jwks())
        )
        yield router


@pytest.fixture
def councils(sessions):  # noqa: F811
    """Hartsbourne (add-in tenant TENANT, soft block) and another council with an API key."""
    with sessions() as session:
        council = store.create_council(session, slug="hartsbourne", name=COUNCIL["council"], pack="leigh-on-sea",
                                       directory_yaml=yaml.safe_dump(COUNCIL), now=START)
        council.options = {"addin": {"tenant_id": TENANT, "on_unavailable": "hard-block"}}
        _, api_key = create_api_key(session, council, name="test", scopes=["evaluate", "review:read"], now=START)
        session.commit()
        return {"id": council.id, "api_key": api_key}


@pytest.fixture
def client(db_url, sessions, councils, entra) -> Iterator[TestClient]:  # noqa: F811
    settings = AddinTestSettings(database_url=db_url, addin=addin_settings())
    app = create_app(settings, sessionmaker=sessions)
    app.state.clock = Clock(START)
    with TestClient(app, base_url=BASE) as test_client:
        yield test_client


@pytest.fixture
def validator(entra) -> EntraTokenValidator:
    return EntraTokenValidator(addin_settings(), httpx.Client())
