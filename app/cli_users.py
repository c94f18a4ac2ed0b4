"""`mailguard user add|password`: review-desk accounts; registered by app.cli."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from typing import Annotated

import typer

from app.errors import MailGuardError

user_cli = typer.Typer(help="Review-desk accounts.", no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    """Add `mailguard user ...` to the `mailguard` app."""
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
    from app import auth, store
    from app.db import make_engine, make_sessionmaker
    from app.settings import load_settings

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
