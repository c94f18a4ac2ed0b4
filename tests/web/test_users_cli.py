"""`mailguard user add` and the demo's sign-in, against a real migrated database."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from app.auth import accounts as auth
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.web.demo_user import ensure_demo_user

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)


def _mailguard(url: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "MAILGUARD_DATABASE_URL": url}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], input=stdin, capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)


def test_user_add_reads_the_password_from_stdin_and_it_signs_in(fresh_db_url):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as session:
            store.create_council(session, slug="town", name="Town", pack="leigh-on-sea", directory_yaml="{}", now=NOW)
            session.commit()
        done = _mailguard(fresh_db_url, "user", "add", "--council", "town", "--email", "Clerk@Town.example",
                          "--role", "reviewer", "--role", "admin", stdin="a long enough password\n")
        assert done.returncode == 0, done.stderr
        assert "added clerk@town.example (reviewer, admin) to town" in done.stdout
        with sessions() as session:
            user = auth.authenticate_password(session, "CLERK@town.example", "a long enough password",
                                              ip="127.0.0.1", now=NOW)
            assert user is not None and user.roles == ["reviewer", "admin"]
            assert user.password_hash.startswith("$argon2id$")
        again = _mailguard(fresh_db_url, "user", "add", "--council", "town", "--email", "clerk@town.example",
                           "--role", "reviewer", stdin="a long enough password\n")
        assert again.returncode == 1 and "already exists" in again.stderr
        bad = _mailguard(fresh_db_url, "user", "add", "--council", "town", "--email", "x@town.example",
                         "--role", "boss", stdin="a long enough password\n")
        assert bad.returncode == 1 and "roles must be among" in bad.stderr
    finally:
        engine.dispose()


def test_the_demo_reviewer_gets_a_fresh_password_each_start(db):
    council = store.create_council(db, slug="demo-x", name="Demo", pack="leigh-on-sea", directory_yaml="{}", now=NOW)
    email, first = ensure_demo_user(db, council.id)
    email_again, second = ensure_demo_user(db, council.id)
    assert email == email_again and first != second
    assert auth.authenticate_password(db, email, first, ip="x", now=NOW) is None
    assert auth.authenticate_password(db, email, second, ip="x", now=NOW) is not None
