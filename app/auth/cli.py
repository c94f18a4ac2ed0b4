"""`mailguard user add|password` (review-desk accounts) and `mailguard apikey create`;
registered by app.cli.main."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from typing import Annotated, Optional

import typer

from app.errors import MailGuardError

user_cli = typer.Typer(help="Review-desk accounts.", no_args_is_help=True)
apikey_cli = typer.Typer(help="API keys.", no_args_is_help=True)


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
                                    password=password, now=datetime.now(timezone.utc))
            typer.echo(f"added {user.email} ({', '.join(user.roles)}) to {council_row.slug}")
    except MailGuardError as exc:
        typer.echo(f"mailguard: {exc}", err=True)
        raise typer.Exit(1) from None
    finally:
        engine.dispose()


@apikey_cli.command("create")
def apikey_create(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    name: Annotated[str, typer.Option("--name", help="What the key is for.")] = "",
    scope: Annotated[
        Optional[list[str]],
        typer.Option("--scope", help="evaluate, review:read, review:write, admin (repeat)."),
    ] = None,
) -> None:
    """Create an API key and print it once (it is stored only as a hash)."""
    from app.auth import apikeys
    from app.store import records as store
    from app.store.cli import load_settings, unit_of_work, utc_now

    with unit_of_work(load_settings()) as session:
        key, plaintext = apikeys.create_api_key(
            session, store.get_council(session, council), name=name,
            scopes=scope or list(apikeys.DEFAULT_SCOPES), now=utc_now())
        scopes = ", ".join(key.scopes)
    typer.echo(f"API key for {council} ({scopes}); shown once, keep it safe:", err=True)
    typer.echo(plaintext)
