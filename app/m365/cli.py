"""`mailguard mailbox add-m365` and `mailguard directory sync`: the Graph work's commands."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated

import typer

directory_cli = typer.Typer(help="The council's directory of councillors and officers.", no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    from app.store.cli import mailbox_cli

    mailbox_cli.command("add-m365")(mailbox_add_m365)
    cli.add_typer(directory_cli, name="directory")


def mailbox_add_m365(
    address: Annotated[str, typer.Argument(help="The governed mailbox, USER@DOMAIN.")],
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    held_folder: Annotated[str, typer.Option("--held-folder", help="Name of the held-for-review folder.")]
    = "Held for review",
) -> None:
    """Watch a Microsoft 365 mailbox through Graph: Sent Items audited, held drafts checked."""
    from app.store import records as store
    from app.store.cli import load_settings, unit_of_work

    address = address.strip().lower()
    if "@" not in address or address.startswith("@") or address.endswith("@"):
        typer.echo(f"mailguard: {address!r} is not USER@DOMAIN", err=True)
        raise typer.Exit(2)
    now = datetime.now(timezone.utc)
    config = {"since": now.isoformat(), "held_folder": held_folder}
    with unit_of_work(load_settings()) as session:
        mailbox = store.ensure_mailbox(session, store.get_council(session, council), kind="graph",
                                       address=address, config=config, now=now)
        mailbox_id = mailbox.id
    typer.echo(f"mailbox {mailbox_id}: {address} (Microsoft 365) for council {council}; "
               "Sent Items are audited from now on")


@directory_cli.command("sync")
def directory_sync(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    councillors_group: Annotated[str, typer.Option("--councillors-group", help="Entra group object id.")],
    officers_group: Annotated[str, typer.Option("--officers-group", help="Entra group object id.")],
) -> None:
    """Make the directory's councillors and officers the members of two Entra groups."""
    from app.m365.directory_sync import sync_directory
    from app.m365.runtime import runtime
    from app.store.cli import load_settings, unit_of_work
    from connectors import ConnectorError

    settings = load_settings()
    try:
        client = runtime(settings).client
        with unit_of_work(settings) as session:
            report = sync_directory(session, client, council_slug=council, councillors_group=councillors_group,
                                    officers_group=officers_group, now=datetime.now(timezone.utc))
    except (ConnectorError, ValueError) as exc:
        typer.echo(f"mailguard: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"directory of {council}: {len(report.added)} added, {len(report.removed)} removed, "
               f"{len(report.changed_role)} changed role, {len(report.skipped)} skipped (no address)")
