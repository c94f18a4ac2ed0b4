"""Alembic environment: metadata from app.store.tables; URL from the Config (app.store.database.alembic_config).

Falls back to MAILGUARD_DATABASE_URL (settings) when the Config names none.
"""

from __future__ import annotations

from alembic import context

from app.store.database import make_engine
from app.store.tables import Base

config = context.config
target_metadata = Base.metadata


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from app.settings import load_settings

    return load_settings().database_url


def _configure(**kwargs) -> None:
    context.configure(
        target_metadata=target_metadata,
        compare_type=True,
        compare_server_default=True,
        **kwargs,
    )


def run_offline() -> None:
    url = _url()
    _configure(url=url, literal_binds=True, render_as_batch=url.startswith("sqlite"),
               dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")  # a caller may lend its own connection
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.connect() as connection:
            _run(connection)
    finally:
        engine.dispose()


def _run(connection) -> None:
    # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
    _configure(connection=connection, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two service processes starting at once: the second waits, then finds nothing to do.
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(74616975)")
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
