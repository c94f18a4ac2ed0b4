"""`mailguard delivery list|retry` and `mailguard mailbox list|update|disable|enable`.

Deliveries: what the worker gave up after the retry horizon, and the command that tries again.
Mailboxes: a running `serve` picks up each change by itself, without a restart.
"""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

from app.store.cli import fail, load_settings, mailbox_cli, unit_of_work, utc_now

delivery_cli = typer.Typer(help="Deliveries that failed after every retry.", no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    cli.add_typer(delivery_cli, name="delivery")


@delivery_cli.command("list")
def delivery_list(council: Annotated[str, typer.Option("--council", help="Slug of the council.")]) -> None:
    """Given-up holds, deliveries, returns and notices, oldest first."""
    from app.review import delivery
    from app.store import records as store

    with unit_of_work(load_settings()) as session:
        rows = delivery.failed(session, store.get_council(session, council).id)
        for intent, record in rows:
            what = f"message {record.id} {record.subject!r} from {record.sender or 'unknown'}" if record else "-"
            typer.echo(f"{intent.kind:8} {what}: {intent.attempts} tries, last: {intent.last_error}")
        if not rows:
            typer.echo("no failed deliveries")


@delivery_cli.command("retry")
def delivery_retry(
    council: Annotated[str, typer.Option("--council", help="Slug of the council.")],
    message: Annotated[Optional[int], typer.Option("--message", help="Only this message's (default: all).")] = None,
    actor: Annotated[str, typer.Option("--actor", help="Who asks (for the audit log).")] = "cli",
) -> None:
    """Put failed deliveries back in the queue; the worker tries them at once, with a fresh horizon."""
    from app.review import delivery
    from app.store import records as store

    with unit_of_work(load_settings()) as session:
        retried = delivery.retry(session, store.get_council(session, council).id, actor=actor, now=utc_now(),
                                 message_id=message)
        count = len(retried)
    typer.echo(f"{count} failed deliver{'y' if count == 1 else 'ies'} queued again")


@mailbox_cli.command("list")
def mailbox_list(
    council: Annotated[Optional[str], typer.Option("--council", help="Only this council's.")] = None,
) -> None:
    """Every mailbox: id, council, kind, address, enabled, settings (secrets are only variable names)."""
    from app.store.mailboxes import list_mailboxes

    with unit_of_work(load_settings()) as session:
        for mailbox, owner in list_mailboxes(session, council):
            state = "enabled" if mailbox.enabled else "disabled"
            typer.echo(f"{mailbox.id}\t{owner.slug}\t{mailbox.kind}\t{mailbox.address}\t{state}\t"
                       f"{json.dumps(mailbox.config, sort_keys=True)}")


@mailbox_cli.command("update")
def mailbox_update(
    mailbox_id: Annotated[int, typer.Argument(help="The mailbox's id (`mailguard mailbox list`).")],
    settings_: Annotated[list[str], typer.Option(
        "--set", help="KEY=VALUE, KEY dotted into the settings (smtp.port=2525, imap.host=mail.example); "
                      "VALUE is read as JSON when it parses, else as text. Repeatable.")] = [],  # noqa: B006
    skip_test: Annotated[bool, typer.Option("--skip-test", help="Store without testing the connection.")] = False,
) -> None:
    """Change a mailbox's settings; an IMAP mailbox's are stored only after a connection test passes."""
    from app.store.mailboxes import get_mailbox, set_path, update_mailbox

    settings = load_settings()
    with unit_of_work(settings) as session:
        mailbox = get_mailbox(session, mailbox_id)
        config, kind = mailbox.config or {}, mailbox.kind
    for item in settings_:
        key, sep, text = item.partition("=")
        if not sep or not key.strip():
            fail(f"--set {item!r}: expected KEY=VALUE", 2)
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        try:
            config = set_path(config, key.strip(), value)
        except ValueError as exc:
            fail(str(exc), 2)
    if kind == "imap" and not skip_test:
        from app.imap.cli import connection_test

        connection_test(config)
    with unit_of_work(settings) as session:
        update_mailbox(session, get_mailbox(session, mailbox_id), config=config, now=utc_now())
    typer.echo(f"mailbox {mailbox_id} updated")


@mailbox_cli.command("disable")
def mailbox_disable(mailbox_id: Annotated[int, typer.Argument(help="The mailbox's id.")]) -> None:
    """Stop watching a mailbox (its records stay); `mailbox enable` starts again."""
    _set_enabled(mailbox_id, False)


@mailbox_cli.command("enable")
def mailbox_enable(mailbox_id: Annotated[int, typer.Argument(help="The mailbox's id.")]) -> None:
    """Watch a disabled mailbox again."""
    _set_enabled(mailbox_id, True)


def _set_enabled(mailbox_id: int, enabled: bool) -> None:
    from app.store.mailboxes import get_mailbox, update_mailbox

    with unit_of_work(load_settings()) as session:
        update_mailbox(session, get_mailbox(session, mailbox_id), enabled=enabled, now=utc_now())
    typer.echo(f"mailbox {mailbox_id} {'enabled' if enabled else 'disabled'}")
