"""Fixtures of the review-desk tests: a demo council over a real database and folder mailbox."""

from __future__ import annotations

from typing import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.main import create_app
from app.settings import Settings
from app.web.config import DeskSettings, build_state
from tests.web.support import PASSWORD, REVIEWER, START, Clock, Desk, build_desk, csrf_of


@pytest.fixture
def sessions(db_engine) -> Iterator[sessionmaker[Session]]:
    """Sessions on one connection whose outer transaction is rolled back (commits are savepoints)."""
    connection = db_engine.connect()
    outer = connection.begin()
    try:
        yield sessionmaker(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    finally:
        outer.rollback()
        connection.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def desk(sessions, tmp_path, clock) -> Desk:
    return build_desk(sessions, tmp_path / "mailbox", clock)


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings(database_url=db_url, review={"secure_cookies": False, "session_secret": "test-secret-" * 4})


@pytest.fixture
def client(settings, sessions, desk) -> Iterator[TestClient]:
    app = create_app(settings, sessionmaker=sessions, connectors=desk.worker.connectors)
    app.state.clock = desk.clock
    app.state.desk = build_state(settings, DeskSettings(entra_enabled=False))
    with TestClient(app, follow_redirects=False) as test_client:
        yield test_client


def sign_in(client: TestClient, email: str = REVIEWER, password: str = PASSWORD):
    token = csrf_of(client.get("/login").text)
    return client.post("/login", data={"email": email, "password": password, "csrf_token": token,
                                       "next": "/review/"})


@pytest.fixture
def reviewer(client) -> TestClient:
    response = sign_in(client)
    assert response.status_code == 303, response.text
    return client


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (/usr/bin/chromium), one per browser-test module."""
    from tests.web.browser import chromium

    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser):
    """A fresh browser context per test (its own cookies), closed after, so it alone has the focus."""
    context = browser.new_context()
    yield context.new_page()
    context.close()

