"""`mailguard user add|disable|enable|reset-password|role add|remove` (review-desk accounts) and
`mailguard apikey create|list|revoke`; registered by app.cli.main. Every change is audited, with the
operating-system account that ran the command as the actor."""

from __future__ import annotations

import getpass
import sys
from datetime import datetime, timedelta, timezone
from typing import Annotated, Optional

import typer

from app.errors import MailGuardError

user_cli = typer.Typer(help="Review-desk accounts.", no_args_is_help=True)
apikey_cli = typer.Typer(help="API keys.", no_args_is_help=True)
role_cli = typer.Typer(help="A review-desk account's roles.", no_args_is_help=True)
user_cli.add_typer(role_cli, name="role")


def register(cli: typer.Typer) -> None:
    """Add `mailguard user ...` and `mailguard apikey ...` to the `mailguard` app."""
    cli.add_typer(apikey_cli, name="apikey")
    cli.add_typer(user_cli, name="user")


def _password(entra_only: bool) -> str | None:
    """From a prompt on a terminal (asked twice), else the first line of stdin (for scripts)."""
    if entra_only:
        return None
    if sys.stdin.isatty():
        return typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


def _actor() -> str:
    """Who ran the command, for the audit log."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no name for this uid (containers)
        return "cli:unknown"


@user_cli.command("add")
def user_add(
    council: Annotated[str, typer.Option(help="The council's slug")],
    email: Annotated[str, typer.Option(help="Sign-in email address")],
    role: Annotated[list[str], typer.Option(help="reviewer | monitoring-officer | admin (repeatable)")],
    name: Annotated[str, typer.Option(help="Display name")] = "",
    entra_only: Annotated[bool, typer.Option("--entra-only", help="No password: Microsoft sign-in only")] = False,
) -> None:
    """Add an account. The password is prompted for, or read from stdin when piped."""
    from app.auth import accounts as auth
    from app.settings import load_settings
    from app.store import records as store
    from app.store.database import make_engine, make_sessionmaker

    password = _password(entra_only)
    engine = make_engine(load_settings().database_url)
    try:
        with make_sessionmaker(engine).begin() as session:
            council_row = store.get_council(session, council)
            user = auth.create_user(session, council_id=council_row.id, email=email, roles=role, name=name,
                                    password=password, now=datetime.now(timezone.utc), actor=_actor())
            typer.echo(f"added {user.email} ({', '.join(user.roles)}) to {council_row.slug}")
    except MailGuardError as exc:
        typer.echo(f"mailguard: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()


def _change_user(change, email: str, *args) -> None:
    """Run one app.auth.admin change in its own unit of work and say what the account is now."""
    from app.store.cli import load_settings, unit_of_work, utc_now

    with unit_of_work(load_settings()) as session:
        user = change(session, email, *args, actor=_actor(), now=utc_now())
        state = "disabled" if user.disabled_at else "enabled"
        line = f"{user.email}: {state}, roles {', '.join(user.roles)}"
    typer.echo(line)


Email = Annotated[str, typer.Option("--email", help="The account's sign-in email address")]
Role = Annotated[str, typer.Option("--role", help="reviewer | monitoring-officer | admin")]


@user_cli.command("disable")
def user_disable(email: Email) -> None:
    """Refuse the account's sign-ins and end its sessions at once."""
    from app.auth import admin

    _change_user(admin.disable_user, email)


@user_cli.command("enable")
def user_enable(email: Email) -> None:
    """Let a disabled account sign in again."""
    from app.auth import admin

    _change_user(admin.enable_user, email)


@user_cli.command("reset-password")
def user_reset_password(email: Email) -> None:
    """Set a new password (prompted for, or the first line of stdin); every old session ends."""
    from app.auth import admin

    _change_user(admin.reset_password, email, _password(False))


@role_cli.command("add")
def role_add(email: Email, role: Role) -> None:
    """Give the account a role."""
    from app.auth import admin

    _change_user(admin.add_role, email, role)


@role_cli.command("remove")
def role_remove(email: Email, role: Role) -> None:
    """Take a role away (not the last one: disable the account instead); its sessions end."""
    from app.auth import admin

    _change_user(admin.remove_role, email, role)


@apikey_cli.command("create")
def apikey_create(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "",
    scope: Annotated[
        Optional[list[str]],
        typer.Option("--scope", help="evaluate, review:read, review:write, admin (repeat)."),
    ] = None,
    expires_days: Annotated[int, typer.Option("--expires-days", min=1, help="Days until it expires.")] = 365,
    no_expiry: Annotated[bool, typer.Option("--no-expiry", help="A key that never expires.")] = False,
) -> None:
    """Create an API key and print it once (it is stored only as a hash)."""
    from app.auth import apikeys
    from app.store import records as store
    from app.store.cli import load_settings, unit_of_work, utc_now

    now = utc_now()
    expires_at = None if no_expiry else now + timedelta(days=expires_days)
    with unit_of_work(load_settings()) as session:
        key, plaintext = apikeys.create_api_key(
            session, store.get_council(session, council), name=name,
            scopes=scope or list(apikeys.DEFAULT_SCOPES), now=now, expires_at=expires_at, actor=_actor())
        scopes = ", ".join(key.scopes)
    until = f"expires {expires_at:%Y-%m-%d %H:%M} UTC" if expires_at else "never expires"
    typer.echo(f"API key for {council} ({scopes}; {until}); shown once, keep it safe:", err=True)
    typer.echo(plaintext)


@apikey_cli.command("list")
def apikey_list(
    council: Annotated[Optional[str], typer.Option("--council", help="Only this council's keys.")] = None,
) -> None:
    """Every key: prefix, council, name, scopes, status, created, expires, last used (never the secret)."""
    from app.auth import apikeys
    from app.store import records as store
    from app.store.cli import load_settings, unit_of_work, utc_now
    from app.store.tables import Council

    now = utc_now()
    with unit_of_work(load_settings()) as session:
        council_id = store.get_council(session, council).id if council else None
        slugs = dict(session.query(Council.id, Council.slug).all())
        rows = [("prefix", "council", "status", "scopes", "name", "created", "expires", "last used")]
        for key in apikeys.list_api_keys(session, council_id):
            rows.append((key.prefix, slugs.get(key.council_id, "?"), apikeys.key_status(key, now),
                         ",".join(key.scopes), repr(key.name), _day(key.created_at), _day(key.expires_at, "never"),
                         _day(key.last_used_at, "never")))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    typer.echo("\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in rows))


@apikey_cli.command("revoke")
def apikey_revoke(
    prefix: Annotated[str, typer.Argument(help="The key's prefix as `apikey list` shows it (or the key).")],
) -> None:
    """Refuse the key from now on: its next request gets 401."""
    from app.auth import apikeys
    from app.store.cli import load_settings, unit_of_work, utc_now

    with unit_of_work(load_settings()) as session:
        key = apikeys.revoke_api_key(session, apikeys.find_api_key(session, prefix), now=utc_now(),
                                     actor=_actor())
        line = f"revoked API key {key.prefix} ({key.name or 'unnamed'})"
    typer.echo(line)


def _day(moment: datetime | None, missing: str = "-") -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else missing
