"""Fixtures shared by the store tests."""

from __future__ import annotations

import pytest

from app.store.database import make_engine, make_sessionmaker


@pytest.fixture
def pg_sessions(fresh_pg_url):
    """Sessions over a fresh PostgreSQL database, each with its own connection (real concurrency)."""
    engine = make_engine(fresh_pg_url)
    yield make_sessionmaker(engine)
    engine.dispose()
