"""Health, metrics, OpenAPI, lifespan and failure handling."""

from __future__ import annotations

import yaml
from fastapi.testclient import TestClient

from app.auth.apikeys import create_api_key
from app.settings import Settings
from app.store import records as store
from tests.api.conftest import START, make_client
from tests.api.support import (
    EVALUATE,
    RFC822,
    allow_eml,
    assert_problem,
    auth,
    held_id,
    hold_eml,
    post_eml,
)
from tests.builders import COUNCIL


def test_a_council_whose_pack_cannot_load_gets_503_not_a_verdict(settings, sessions, clock):
    with sessions() as session:
        council = store.create_council(
            session,
            slug="broken",
            name="Broken",
            pack="no-such-pack",
            directory_yaml="council: Broken\ndomains: [broken.example]\npeople: []\n",
            now=START,
        )
        token = create_api_key(session, council, name="t", scopes=["evaluate"], now=START)[1]
        session.commit()
    with make_client(settings, sessions, clock) as broken:
        response = post_eml(broken, token, allow_eml())
    body = assert_problem(response, 503, "protocol pack")
    assert "no-such-pack" not in body["detail"]


def test_healthz(client):
    for path in ("/healthz", "/api/v1/healthz"):
        response = client.get(path)
        assert response.status_code == 200 and response.json() == {"status": "ok", "database": "ok"}


def test_metrics_count_checks_and_read_the_queue(client, keys):
    post_eml(client, keys.evaluate, hold_eml())
    post_eml(client, keys.evaluate, hold_eml())  # a duplicate is not a second message
    post_eml(client, keys.evaluate, allow_eml())
    text = client.get("/metrics").text
    assert 'mailguard_messages_checked_total{verdict="hold"} 1.0' in text
    assert 'mailguard_messages_checked_total{verdict="allow"} 1.0' in text
    assert 'mailguard_messages_checked_total{verdict="annotate"} 0.0' in text
    assert "mailguard_check_seconds_count 3.0" in text
    assert "mailguard_held_queue_depth 1.0" in text
    assert "mailguard_intents_pending" in text
    assert "mailguard_intents_failed 0.0" in text  # given-up deliveries stay visible (issue 13)


def test_metrics_belong_to_each_app(settings, sessions, keys, clock):
    with (
        make_client(settings, sessions, clock) as first,
        make_client(settings, sessions, clock) as second,
    ):
        post_eml(first, keys.evaluate, allow_eml())
        assert 'mailguard_messages_checked_total{verdict="allow"} 1.0' in first.get("/metrics").text
        assert (
            'mailguard_messages_checked_total{verdict="allow"} 0.0' in second.get("/metrics").text
        )


def test_openapi_documents_the_api(client):
    schema = client.get("/openapi.json").json()
    evaluate = schema["paths"]["/api/v1/evaluate"]["post"]
    assert set(evaluate["requestBody"]["content"]) == {"message/rfc822", "application/json"}
    assert "GraphMessage" in schema["components"]["schemas"]
    assert {"verdict", "findings", "hold_id", "tell_sender"} <= set(
        schema["components"]["schemas"]["EvaluateResult"]["properties"]
    )
    assert client.get("/docs").status_code == 200


def test_an_unmigrated_database_gives_a_500_problem_without_internals(tmp_path, clock):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}")
    app_client = make_client(settings, None, clock)
    with TestClient(app_client.app, raise_server_exceptions=False) as plain:
        response = plain.post(EVALUATE, content=allow_eml(), headers=auth("mg_abc_def", **RFC822))
        body = assert_problem(response, 500, "logged")
        assert "no such table" not in response.text and "sqlite" not in response.text.lower()
        assert body["title"] == "Internal Server Error"


def test_the_lifespan_builds_its_engine_from_settings(fresh_db_url, clock):
    from app.store.database import make_engine, make_sessionmaker

    engine = make_engine(fresh_db_url)
    with make_sessionmaker(engine)() as session:
        council = store.create_council(
            session,
            slug="own",
            name="Own",
            pack="leigh-on-sea",
            directory_yaml=yaml.safe_dump(COUNCIL),
            now=START,
        )
        token = create_api_key(
            session, council, name="t", scopes=["evaluate", "review:read"], now=START
        )[1]
        session.commit()
    engine.dispose()
    app_client = make_client(Settings(database_url=fresh_db_url), None, clock)
    assert app_client.app.state.sessionmaker is None  # nothing is built before startup
    with app_client:
        hold = held_id(app_client, token, hold_eml())
        assert app_client.get(f"/api/v1/held/{hold}", headers=auth(token)).json()["state"] == "held"
        assert app_client.app.state.engine is not None
    assert app_client.app.state.sessionmaker is None and app_client.app.state.engine is None


def test_an_unreachable_database_is_503_on_healthz_and_metrics_still_answer(tmp_path, clock):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'missing-dir' / 'mailguard.db'}")
    with make_client(settings, None, clock) as down:
        assert_problem(down.get("/healthz"), 503, "database")
        metrics = down.get("/metrics")
        assert metrics.status_code == 200 and "mailguard_messages_checked_total" in metrics.text
        assert "mailguard_held_queue_depth" not in metrics.text  # no number rather than a wrong one


def test_healthz_does_not_wait_for_a_writer_holding_the_sqlite_write_lock(tmp_path, clock):
    import sqlite3
    import time

    path = tmp_path / "mailguard.db"
    settings = Settings(database_url=f"sqlite:///{path}")
    with make_client(settings, None, clock) as client:
        assert client.get("/healthz").status_code == 200  # the schema exists now
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")  # a long write transaction elsewhere
        try:
            began = time.monotonic()
            answer = client.get("/healthz")
            waited = time.monotonic() - began
        finally:
            writer.execute("ROLLBACK")
            writer.close()
    assert answer.status_code == 200 and answer.json() == {"status": "ok", "database": "ok"}
    assert waited < 5  # it would have waited for the lock: the 30 s busy timeout
