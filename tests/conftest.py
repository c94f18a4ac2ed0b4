"""Database fixtures: a migrated SQLite file and a real PostgreSQL server, the same tests on both.

- `backend`: "sqlite" | "postgresql" (session-scoped parameter; every test
  using a db fixture runs once per backend).
- `db_url` / `db_engine`: one database per backend for the whole run, built
  with `alembic upgrade head`.
- `db`: a Session inside an outer transaction rolled back at teardown; code
  under test may commit (its commits release savepoints), nothing survives.
- `fresh_db_url`: a new empty migrated database for this test alone, for real
  commits seen by other connections (concurrency, CLI subprocesses).
- `pg_server`: PostgreSQL started by the fixture itself (initdb + pg_ctl in a
  temporary directory, as an unprivileged user, on a free loopback port) and
  stopped at the end. Missing binaries FAIL the PostgreSQL tests, with the fix.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.store.database import make_engine, upgrade

BACKENDS = ("sqlite", "postgresql")
PG_SUPERUSER = "postgres"
_names = itertools.count(1)


class PostgresServer:
    """A throwaway PostgreSQL cluster: `url(dbname)` and `create_database(name)`."""

    def __init__(self, bindir: Path, root: Path, run_as: str | None, port: int):
        self.bindir, self.root, self.run_as, self.port = bindir, root, run_as, port
        self.data = root / "data"

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            log = self.root / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed:\n{result.stdout}{result.stderr}{tail}")
        return result

    def start(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", PG_SUPERUSER, "-A", "trust", "-E", "UTF8",
                  "--no-sync", "--no-instructions")
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-w", "-t", "60",
                  "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{PG_SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={PG_SUPERUSER} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _postgres_bindir() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if not found:
        pytest.fail("PostgreSQL server binaries not found (/usr/lib/postgresql/*/bin/initdb). "
                    "Install them with `apt-get install -y postgresql` (tests/run.sh does this).",
                    pytrace=False)
    return Path(found[-1]).parent


def _unprivileged_user() -> str | None:
    """None when we are not root; else `postgres` (created if missing) or `nobody`."""
    if os.geteuid() != 0:
        return None
    for name in (PG_SUPERUSER, "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", PG_SUPERUSER], check=True)
    return PG_SUPERUSER


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    bindir = _postgres_bindir()
    run_as = _unprivileged_user()
    root = Path(tempfile.mkdtemp(prefix="mailguard-pg-"))
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(bindir, root, run_as, _free_port())
    try:
        server.start()
        yield server
        server.stop()
    finally:
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    return request.param


def _new_database(backend: str, request, tmp_path_factory, stem: str) -> str:
    if backend == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp(stem) / 'mailguard.db'}"
    return request.getfixturevalue("pg_server").create_database(f"{stem}_{next(_names)}")


@pytest.fixture(scope="session")
def db_url(backend, request, tmp_path_factory) -> str:
    url = _new_database(backend, request, tmp_path_factory, "mailguard_shared")
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def db_engine(db_url) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@contextmanager
def isolated_session(engine: Engine) -> Iterator[Session]:
    """A Session whose work, commits included, is undone when the block ends."""
    connection = engine.connect()
    outer = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False)
    try:
        yield session
    finally:
        session.close()
        outer.rollback()
        connection.close()


@pytest.fixture
def db(db_engine) -> Iterator[Session]:
    with isolated_session(db_engine) as session:
        yield session


@pytest.fixture
def fresh_db_url(backend, request, tmp_path_factory) -> str:
    url = _new_database(backend, request, tmp_path_factory, "mailguard_fresh")
    upgrade(url)
    return url


@pytest.fixture
def fresh_pg_url(request, tmp_path_factory) -> str:
    """A new migrated PostgreSQL database, for tests of multi-process behaviour SQLite cannot have."""
    url = _new_database("postgresql", request, tmp_path_factory, "mailguard_pg")
    upgrade(url)
    return url
