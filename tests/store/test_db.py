"""Engine set-up and migrations, on SQLite and PostgreSQL."""

from __future__ import annotations

import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.store.database import current_revision, head_revision, make_engine, normalise_url
from app.store.tables import Base, Council, Mailbox
from tests.conftest import isolated_session
from tests.store.scenario import NOW, ROOT, council


def test_upgrade_head_on_an_empty_database_gives_exactly_the_models_schema(fresh_db_url):
    engine = make_engine(fresh_db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "compare_server_default": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()
    assert current_revision(fresh_db_url) == head_revision() is not None


def test_rolled_back_outer_transaction_undoes_what_the_code_under_test_committed(db_engine):
    with isolated_session(db_engine) as session:
        council(session, slug="isolation-probe")
        session.commit()  # as a use case would
        session.add(Mailbox(council_id=session.scalar(select(Council.id)), kind="local",
                            address="a@b", config={}, state={}, enabled=True, created_at=NOW))
        session.commit()
        assert session.scalar(select(func.count()).select_from(Council)) == 1
    with db_engine.connect() as other:
        assert other.scalar(select(func.count()).select_from(Council)) == 0
        assert other.scalar(select(func.count()).select_from(Mailbox)) == 0


def test_a_rollback_inside_the_code_under_test_keeps_the_earlier_commit(db):
    council(db, slug="kept")
    db.commit()
    council(db, slug="dropped")
    db.rollback()
    assert db.scalars(select(Council.slug)).all() == ["kept"]


def test_foreign_keys_are_enforced(db):
    db.add(Mailbox(council_id=999_999, kind="local", address="a@b", config={}, state={}, enabled=True,
                   created_at=NOW))
    with pytest.raises(IntegrityError):
        db.flush()


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    try:
        with engine.connect() as connection:
            assert connection.scalar(text("PRAGMA journal_mode")) == "wal"
            assert connection.scalar(text("PRAGMA busy_timeout")) == 30_000
            assert connection.scalar(text("PRAGMA foreign_keys")) == 1
    finally:
        engine.dispose()


def test_a_plain_postgresql_url_means_psycopg_3():
    assert normalise_url("postgresql://u:p%40ss@h:5432/db") == "postgresql+psycopg://u:p%40ss@h:5432/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def test_two_processes_upgrading_one_postgresql_database_at_once_both_succeed(pg_server):
    url = pg_server.create_database("mailguard_upgrade_race")
    code = f"from app.store.database import upgrade; upgrade({url!r})"
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              cwd=ROOT) for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read().decode()) for p in procs]
    assert [rc for rc, _ in results] == [0, 0], results
    assert current_revision(url) == head_revision()


def _count_pings(engine) -> list[int]:
    pings, ping = [0], engine.dialect.do_ping

    def counted(dbapi_connection):
        pings[0] += 1
        return ping(dbapi_connection)

    engine.dialect.do_ping = counted
    return pings


def test_a_postgresql_connection_handed_back_a_moment_ago_is_reused_without_a_ping(fresh_pg_url):
    engine = make_engine(fresh_pg_url, pool_size=2)
    pings = _count_pings(engine)
    try:
        for _ in range(5):
            with engine.connect() as connection:
                assert connection.scalar(text("SELECT 41 + 1")) == 42
        assert pings[0] == 1  # the new connection only: no round trips spent on the other four checkouts
    finally:
        engine.dispose()


def test_a_postgresql_connection_that_died_while_idle_is_replaced_before_use(fresh_pg_url, monkeypatch):
    engine = make_engine(fresh_pg_url, pool_size=1)
    pings = _count_pings(engine)
    try:
        with engine.connect() as connection:
            first = connection.scalar(text("SELECT pg_backend_pid()"))
        killer = make_engine(fresh_pg_url)
        with killer.connect() as other:  # the server ends the pooled connection (a restart, an idle timeout)
            assert other.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": first}) is True
        killer.dispose()
        # Make the pooled connection look idle for longer than the ping threshold.
        for record in list(engine.pool._pool.queue):
            record.info["mailguard.checked_in"] -= 60
        with engine.connect() as connection:  # pinged, found dead, replaced: no error reaches the caller
            assert connection.scalar(text("SELECT pg_backend_pid()")) != first
        assert pings[0] >= 2
    finally:
        engine.dispose()
