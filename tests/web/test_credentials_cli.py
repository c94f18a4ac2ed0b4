"""`mailguard user disable|enable|reset-password|role add|remove` and `apikey create|list|revoke` as real
processes: each takes effect at once and each is in the audit chain."""

from __future__ import annotations

from sqlalchemy import select

from app.auth import accounts as auth
from app.auth import apikeys
from app.store import audit
from app.store import records as store
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent
from tests.web.test_users_cli import NOW, _mailguard

PASSWORD = "a long enough password"


def _events(sessions, name: str) -> list[AuditEvent]:
    with sessions() as session:
        return session.scalars(select(AuditEvent).where(AuditEvent.event == name).order_by(AuditEvent.seq)).all()


def test_user_lifecycle_through_the_cli_is_enforced_and_audited(fresh_db_url):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as session:
            store.create_council(session, slug="town", name="Town", pack="leigh-on-sea", directory_yaml="{}", now=NOW)
            session.commit()
        added = _mailguard(fresh_db_url, "user", "add", "--council", "town", "--email", "rev@town.example",
                           "--role", "reviewer", stdin=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
        (created,) = _events(sessions, "user.created")
        assert created.data["email"] == "rev@town.example" and created.actor.startswith("cli:")
        with sessions() as session:
            version = auth.user_by_email(session, "rev@town.example").session_version

        disabled = _mailguard(fresh_db_url, "user", "disable", "--email", "rev@town.example")
        assert disabled.returncode == 0 and "rev@town.example: disabled" in disabled.stdout
        with sessions() as session:
            user = auth.user_by_email(session, "rev@town.example")
            assert auth.active_user(session, user.id, version) is None  # an open session ends at once
            assert auth.authenticate_password(session, "rev@town.example", PASSWORD, ip="x", now=NOW) is None
            session.commit()
        assert _mailguard(fresh_db_url, "user", "enable", "--email", "rev@town.example").returncode == 0

        reset = _mailguard(fresh_db_url, "user", "reset-password", "--email", "rev@town.example",
                           stdin="a brand new password\n")
        assert reset.returncode == 0, reset.stderr
        short = _mailguard(fresh_db_url, "user", "reset-password", "--email", "rev@town.example", stdin="short\n")
        assert short.returncode == 1 and "at least 12 characters" in short.stderr
        with sessions() as session:
            assert auth.authenticate_password(session, "rev@town.example", "a brand new password", ip="y",
                                              now=NOW) is not None
            session.commit()

        assert _mailguard(fresh_db_url, "user", "role", "add", "--email", "rev@town.example",
                          "--role", "admin").returncode == 0
        removed = _mailguard(fresh_db_url, "user", "role", "remove", "--email", "rev@town.example",
                             "--role", "reviewer")
        assert removed.returncode == 0 and "roles admin" in removed.stdout
        last = _mailguard(fresh_db_url, "user", "role", "remove", "--email", "rev@town.example", "--role", "admin")
        assert last.returncode == 1 and "only role" in last.stderr
        nobody = _mailguard(fresh_db_url, "user", "disable", "--email", "nobody@town.example")
        assert nobody.returncode == 1 and "no user" in nobody.stderr

        with sessions() as session:
            user = auth.user_by_email(session, "rev@town.example")
            assert user.roles == ["admin"] and not auth.can_decide(user)
            names = session.scalars(select(AuditEvent.event).where(AuditEvent.event.like("user.%"))
                                    .order_by(AuditEvent.seq)).all()
            assert names == ["user.created", "user.disabled", "user.enabled", "user.password_reset",
                             "user.role_added", "user.role_removed"]
            assert audit.verify(session).ok
    finally:
        engine.dispose()


def test_api_keys_are_listed_revoked_and_expire_through_the_cli(fresh_db_url):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    try:
        with sessions() as session:
            store.create_council(session, slug="town", name="Town", pack="leigh-on-sea", directory_yaml="{}", now=NOW)
            session.commit()
        made = _mailguard(fresh_db_url, "apikey", "create", "--council", "town", "--name", "add-in",
                          "--expires-days", "30")
        assert made.returncode == 0, made.stderr
        token = made.stdout.strip()
        assert "expires" in made.stderr
        forever = _mailguard(fresh_db_url, "apikey", "create", "--council", "town", "--no-expiry")
        assert "never expires" in forever.stderr
        prefix = token.split("_")[1]
        listed = _mailguard(fresh_db_url, "apikey", "list", "--council", "town")
        assert listed.returncode == 0 and prefix in listed.stdout and token.split("_", 2)[2] not in listed.stdout
        line = next(line for line in listed.stdout.splitlines() if line.startswith(prefix))
        assert "active" in line and "'add-in'" in line

        revoked = _mailguard(fresh_db_url, "apikey", "revoke", prefix)
        assert revoked.returncode == 0 and f"revoked API key {prefix}" in revoked.stdout
        with sessions() as session:
            assert apikeys.authenticate(session, token, now=NOW) is None
        listed = _mailguard(fresh_db_url, "apikey", "list")
        assert "revoked" in next(line for line in listed.stdout.splitlines() if line.startswith(prefix))
        missing = _mailguard(fresh_db_url, "apikey", "revoke", "000000000000")
        assert missing.returncode == 1 and "no API key" in missing.stderr
        (event,) = _events(sessions, "apikey.revoked")
        assert event.data["prefix"] == prefix and event.actor.startswith("cli:")
    finally:
        engine.dispose()
