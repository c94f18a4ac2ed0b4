"""An app over a real migrated database (SQLite and PostgreSQL), rolled back after each test."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Iterator

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.auth.apikeys import create_api_key
from app.main import create_app
from app.settings import Settings
from app.store import records as store
from tests.builders import COUNCIL
from tests.timing import Clock  # noqa: F401  (re-exported for the fixtures that import it here)

START = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


@dataclass
class Keys:
    """Bearer tokens: `reviewer` may do everything; the others one scope each; `other` is another council's."""

    evaluate: str
    reader: str
    reviewer: str
    other: str
    tokens: dict = field(default_factory=dict)


@pytest.fixture
def sessions(db_engine) -> Iterator[sessionmaker[Session]]:
    """Sessions sharing one connection whose outer transaction is rolled back (commits are savepoints)."""
    connection = db_engine.connect()
    outer = connection.begin()
    try:
        yield sessionmaker(
            bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
        )
    finally:
        outer.rollback()
        connection.close()


@pytest.fixture
def keys(sessions) -> Keys:
    with sessions() as session:
        council = store.create_council(
            session,
            slug="hartsbourne",
            name=COUNCIL["council"],
            pack="leigh-on-sea",
            directory_yaml=yaml.safe_dump(COUNCIL),
            now=START,
        )
        other = store.create_council(
            session,
            slug="elsewhere",
            name="Elsewhere Parish Council",
            pack="leigh-on-sea",
            directory_yaml=yaml.safe_dump(COUNCIL),
            now=START,
        )

        def token(c, scopes):
            return create_api_key(session, c, name="test", scopes=scopes, now=START)[1]

        keys = Keys(
            evaluate=token(council, ["evaluate"]),
            reader=token(council, ["review:read"]),
            reviewer=token(council, ["evaluate", "review:read", "review:write"]),
            other=token(other, ["evaluate", "review:read", "review:write"]),
        )
        session.commit()
    return keys


def make_client(settings: Settings, sessions, clock: Clock) -> TestClient:
    app = create_app(settings, sessionmaker=sessions)
    app.state.clock = clock
    return TestClient(app)


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def settings(db_url) -> Settings:
    return Settings(database_url=db_url, max_request_bytes=256 * 1024)


@pytest.fixture
def client(settings, sessions, keys, clock) -> Iterator[TestClient]:
    with make_client(settings, sessions, clock) as test_client:
        yield test_client
