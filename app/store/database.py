"""Engines, sessions and migrations.

SQLite gets WAL, a busy timeout, foreign keys, and SQLAlchemy's documented
pysqlite BEGIN takeover: the driver's own transaction handling is switched off
(`isolation_level = None`) and SQLAlchemy emits BEGIN itself, so SAVEPOINT and
rollback behave as on PostgreSQL (without it, a test's outer-transaction
rollback does not undo what the code under test committed). Writers take the
lock at BEGIN (`BEGIN IMMEDIATE`): a deferred transaction that reads and then
writes fails with SQLITE_BUSY when another writer got in between, and the
audit chain's head read must happen under the write lock.
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
SQLITE_BUSY_TIMEOUT_MS = 30_000
PING_AFTER_IDLE_S = 2.0  # a pooled PostgreSQL connection idle this long is pinged before use
_CHECKED_IN = "mailguard.checked_in"
_SQLITE_BEGIN = {"immediate": "BEGIN IMMEDIATE", "deferred": "BEGIN"}


def normalise_url(url: str) -> str:
    """`postgresql://` means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, sqlite_begin: str = "immediate", echo: bool = False,
                pool_size: int | None = None) -> Engine:
    """An Engine: SQLite with WAL, busy timeout, foreign keys and BEGIN takeover; or PostgreSQL.

    `pool_size`: connections kept (the server passes one per request thread, so no request
    waits for a connection); a few more may open briefly, and a wait past 10 s is an error.
    """
    url = normalise_url(url)
    pool = {"pool_size": pool_size, "max_overflow": 4, "pool_timeout": 10} if pool_size else {}
    if make_url(url).get_backend_name() != "sqlite":
        engine = create_engine(url, echo=echo, **pool)
        _ping_after_idle(engine, PING_AFTER_IDLE_S)
        return engine
    create_private_file(make_url(url).database)
    if make_url(url).database in (None, "", ":memory:"):
        pool = {}  # an in-memory database has a single-connection pool of its own
    engine = create_engine(url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, **pool)
    _take_over_sqlite_transactions(engine, _SQLITE_BEGIN[sqlite_begin])
    return engine


def _ping_after_idle(engine: Engine, idle_s: float) -> None:
    """pool_pre_ping, but only for a connection that sat in the pool `idle_s` or longer.

    pool_pre_ping pings on every checkout: two round trips (BEGIN, SELECT 1) per
    transaction, a request's most frequent statements. A connection handed back
    a moment ago is as alive as a ping would show; one that has been idle (a
    quiet night, a restarted server) is pinged, and a dead one is replaced
    before it is used (DisconnectionError: the pool connects anew).
    """
    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection, record):  # noqa: ANN001 - pool objects
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy):  # noqa: ANN001
        if time.monotonic() - record.info.get(_CHECKED_IN, float("-inf")) < idle_s:
            return
        if not engine.dialect._do_ping_w_event(dbapi_connection):  # False: the connection is gone
            raise DisconnectionError("the pooled connection is gone; connecting anew")


def create_private_file(database: str | None) -> None:
    """Create a new SQLite file readable by its owner only (0600) before SQLite opens it.

    SQLite would create it with the umask's mode (often world-readable) and then gives the
    -wal and -shm files the database file's mode, so they are 0600 too. An existing file is
    left as it is.
    """
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    try:
        os.close(os.open(database, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except FileNotFoundError:  # no such folder: SQLite's own error says so when it connects
        pass


def _take_over_sqlite_transactions(engine: Engine, begin_sql: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI objects
        dbapi_connection.isolation_level = None  # pysqlite emits no BEGIN of its own
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: every commit is on disk before the connector acts on it. NORMAL could roll a
        # committed hold back after a power cut while the mail had already been moved.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):  # noqa: ANN001
        connection.exec_driver_sql(begin_sql)


def statement_by_statement(session: Session) -> None:
    """On PostgreSQL, run this session's next unit of work in autocommit: each statement commits.

    For work that is one statement (or statements each whole on its own), this saves the BEGIN and
    COMMIT round trips. A session bound to a connection already in a transaction (tests), or on
    SQLite (whose BEGIN IMMEDIATE is what orders its writers), is left as it is.
    """
    bind = session.get_bind()
    if isinstance(bind, Engine) and bind.dialect.name == "postgresql" and not session.in_transaction():
        session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded values after commit (use cases return rows the caller reads)."""
    return sessionmaker(engine, expire_on_commit=False)


def db_text(value: str | None) -> str | None:
    """Mail may carry NUL characters; PostgreSQL text cannot. They become U+FFFD on every backend."""
    return value.replace("\x00", "\ufffd") if value else value


def utc(moment: datetime) -> datetime:
    """Aware UTC. Naive values are taken as UTC: SQLite hands timestamps back without a zone."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def alembic_config(url: str) -> Config:
    """Alembic's Config built in code: no alembic.ini; scripts in the repo's migrations/."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # "%" is configparser interpolation syntax; double it in values.
    config.set_main_option("file_template", "%%(year)d_%%(month).2d_%%(day).2d_%%(rev)s_%%(slug)s")
    config.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Apply migrations up to `revision` (the only way the schema changes)."""
    from alembic import command

    command.upgrade(alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    """The revision the database is at (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str | None:
    """The newest revision in migrations/ (compare with current_revision to see if upgrade is due)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
