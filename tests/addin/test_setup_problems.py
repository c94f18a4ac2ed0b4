"""Who the add-in speaks for (tid + oid), and setup mistakes reported to the administrator:
an audit event on the council's chain, GET /api/v1/addin/status and `mailguard addin status`."""

from __future__ import annotations

from datetime import timedelta

import httpx
from sqlalchemy import select

from app.addin import problems
from app.store.tables import AuditEvent
from app.store.tables.addin import AddinIdentity, AddinProblem
from tests.addin.conftest import CLERK_ADDRESS, OTHER_TENANT, START, Clock
from tests.addin.test_api import ALLOW
from tests.api.support import EVALUATE, auth

OID = "6e1b1f1c-3a57-4a8e-9d3e-7c2b0f9a1d44"
STATUS = "/api/v1/addin/status"


def _problems(sessions) -> list[tuple]:
    with sessions() as session:
        return [(p.kind, p.count, p.council_id is not None)
                for p in session.scalars(select(AddinProblem).order_by(AddinProblem.id))]


def _audited(sessions) -> list[str]:
    with sessions() as session:
        return [e.data["kind"] for e in session.scalars(
            select(AuditEvent).where(AuditEvent.event == "addin.setup_problem").order_by(AuditEvent.seq))]


def test_the_user_is_their_oid_whatever_the_token_later_calls_them(client, keys, sessions):
    first = client.get("/addin/config", headers=auth(keys.token(oid=OID)))
    assert first.status_code == 200 and first.json()["user"] == CLERK_ADDRESS
    # preferred_username is mutable: the same oid later named as someone else is still the clerk
    renamed = client.get("/addin/config", headers=auth(keys.token(oid=OID,
                                                                  preferred_username="marcus.reid@hartsbourne-tc.gov.uk")))
    assert renamed.json()["user"] == CLERK_ADDRESS
    with sessions() as session:
        bound = session.scalars(select(AddinIdentity)).one()
        assert (bound.object_id, bound.address) == (OID, CLERK_ADDRESS)


def test_another_oid_claiming_a_bound_address_is_refused_and_reported(client, keys, sessions):
    assert client.get("/addin/config", headers=auth(keys.token(oid=OID))).status_code == 200
    recycled = client.get("/addin/config", headers=auth(keys.token(oid="0c0c0c0c-1111-4222-8333-444455556666")))
    assert recycled.status_code == 403 and "already signed in as another Entra user" in recycled.json()["detail"]
    assert _problems(sessions) == [("identity-conflict", 1, True)]
    assert _audited(sessions) == ["identity-conflict"]


def test_setup_mistakes_are_refused_counted_and_audited_once_an_hour(client, keys, sessions):
    clock: Clock = client.app.state.clock
    wrong_audience = keys.token(aud="api://mailguard.example/another-app")
    for _ in range(3):
        assert client.post(EVALUATE, json=ALLOW, headers=auth(wrong_audience)).status_code == 401
    app_only = keys.token(scp=None, roles=["Mail.Send"], idtyp="app", preferred_username=None)
    assert client.post(EVALUATE, json=ALLOW, headers=auth(app_only)).status_code == 401
    outsider = keys.token(preferred_username="ann.fletcher@example.com")
    assert client.post(EVALUATE, json=ALLOW, headers=auth(outsider)).status_code == 403
    assert client.post(EVALUATE, json=ALLOW, headers=auth(keys.token(scp="User.Read"))).status_code == 401
    assert _problems(sessions) == [("audience", 3, True), ("app-only", 1, True), ("not-in-directory", 1, True),
                                   ("scope", 1, True)]
    assert _audited(sessions) == ["audience", "app-only", "not-in-directory", "scope"]

    clock.set(clock() + timedelta(hours=1, seconds=1))
    assert client.post(EVALUATE, json=ALLOW, headers=auth(wrong_audience)).status_code == 401
    assert _audited(sessions) == ["audience", "app-only", "not-in-directory", "scope", "audience"]


def test_an_expired_token_is_the_users_trouble_not_a_setup_problem(client, keys, sessions):
    expired = keys.token(exp=int(START.timestamp()) - 10, iat=int(START.timestamp()) - 3600)
    assert client.post(EVALUATE, json=ALLOW, headers=auth(expired)).status_code == 401
    assert _problems(sessions) == []


def test_a_tenant_no_council_has_is_reported_without_a_council(client, keys, sessions):
    foreign = keys.token(tid=OTHER_TENANT, iss=f"https://login.microsoftonline.com/{OTHER_TENANT}/v2.0")
    assert client.post(EVALUATE, json=ALLOW, headers=auth(foreign)).status_code == 401
    with sessions() as session:
        row = session.scalars(select(AddinProblem)).one()
        assert (row.kind, row.subject, row.council_id) == ("tenant", OTHER_TENANT, None)
    assert _audited(sessions) == []  # no council's chain to write it on; the status page shows it


def test_the_status_endpoint_shows_the_administrator_what_went_wrong(client, keys, councils):
    assert client.get(STATUS).status_code == 401
    healthy = client.get(STATUS, headers=auth(councils["api_key"])).json()
    assert healthy["status"] == "ok" and healthy["client_id_set"] and healthy["on_unavailable"] == "hard-block"
    client.post(EVALUATE, json=ALLOW, headers=auth(keys.token(aud="api://mailguard.example/another-app")))
    body = client.get(STATUS, headers=auth(councils["api_key"])).json()
    assert body["status"] == "problems"
    [problem] = body["problems"]
    assert problem["kind"] == "audience" and problem["subject"] == "api://mailguard.example/another-app"
    assert "client id" in problem["advice"] and problem["count"] == 1


def test_a_token_sent_to_a_service_without_an_add_in_client_id_is_reported(db_url, sessions, councils, entra,
                                                                           keys):
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.settings import Settings

    app = create_app(Settings(database_url=db_url), sessionmaker=sessions)
    app.state.clock = Clock(START)
    with TestClient(app) as plain:
        assert plain.post(EVALUATE, json=ALLOW, headers=auth(keys.token())).status_code == 401
        assert plain.post(EVALUATE, json=ALLOW, headers=auth("not-a-key")).status_code == 401
        body = plain.get(STATUS, headers=auth(councils["api_key"])).json()
    assert body["client_id_set"] is False and body["status"] == "problems"
    assert [p["kind"] for p in body["problems"]] == ["not-configured"]


def test_manifest_endpoint_without_a_client_id_says_so(db_url, sessions, councils):
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.settings import Settings

    app = create_app(Settings(database_url=db_url, addin={"base_url": "https://mailguard.example"}),
                     sessionmaker=sessions)
    with TestClient(app) as plain:
        refused = plain.get("/addin/manifest.xml")
        assert refused.status_code == 409 and "client id" in refused.json()["detail"]
        chosen = plain.get("/addin/manifest.xml", params={"no-sso": "true"})
        assert chosen.status_code == 200 and "WebApplicationInfo" not in chosen.text


def test_unnamed_problems_are_capped(sessions, councils):
    """Any tenant on earth can send a token: rows no council is named for stop growing at a cap."""
    with sessions() as session:
        for n in range(problems.MAX_UNNAMED + 5):
            problems.report(session, "tenant", subject=f"tenant-{n}", detail="x", council_id=None, now=START)
        session.commit()
        rows = session.scalars(select(AddinProblem)).all()
    assert len(rows) == problems.MAX_UNNAMED + 1
    assert next(r for r in rows if r.subject == "(others)").count == 5




def test_unreadable_signing_keys_are_an_outage_503_with_retry_after_not_a_refusal(client, keys, entra, sessions):
    entra.routes["jwks"].side_effect = None
    entra.routes["jwks"].return_value = httpx.Response(503)
    response = client.post(EVALUATE, json=ALLOW, headers=auth(keys.token()))
    assert response.status_code == 503 and response.headers["Retry-After"] == "30"
    assert "cannot be checked just now" in response.json()["detail"]
    assert _problems(sessions) == []
