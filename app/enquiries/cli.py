"""`mailguard enquiries list|tick`: the council's enquiries, and tracking run now; registered by
app.cli.main."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Annotated, Optional

import typer

enquiries_cli = typer.Typer(help="Enquiries and the protocol's response duty.", no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    cli.add_typer(enquiries_cli, name="enquiries")


@enquiries_cli.command("list")
def list_enquiries(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    status: Annotated[Optional[str], typer.Option(
        "--status", help="overdue, open, acknowledged, answered-late, answered or not-visible.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per enquiry.")] = False,
) -> None:
    """List the council's enquiries, soonest due first, with their status."""
    from app.enquiries import figures
    from app.enquiries.queries import enquiries_in
    from app.store import records as store
    from app.store.cli import fail, load_settings, unit_of_work

    if status is not None and status not in figures.STATUSES:
        fail(f"--status must be one of {', '.join(figures.STATUSES)}", 2)
    now = datetime.now(timezone.utc)
    with unit_of_work(load_settings()) as session:
        rows = enquiries_in(session, store.get_council(session, council).id)
        shown = [(e, figures.status_of(e, now)) for e in rows]
        shown = [(e, s) for e, s in shown if status is None or s == status]
        for e, s in shown:
            if as_json:
                typer.echo(json.dumps({"id": e.id, "status": s, "asker": e.asker, "addressees": e.addressees,
                                       "subject": e.subject, "asked_at": e.asked_at.isoformat(),
                                       "due_at": e.due_at.isoformat(), "service": e.service,
                                       "answered_at": e.answered_at.isoformat() if e.answered_at else None,
                                       "asks": e.asks, "clause": e.clause}))
            else:
                typer.echo(f"{s:<14} due {e.due_at:%a %d %b %Y}  {e.asker} -> {', '.join(e.addressees)}: "
                           f"{e.subject}")
    if not shown and not as_json:
        typer.echo("no enquiries")


@enquiries_cli.command("tick")
def tick_now(
    council: Annotated[Optional[str], typer.Option("--council", help="Only this council (slug).")] = None,
) -> None:
    """Track newly sent mail and queue due reminders and escalations now (`serve` does it every minute)."""
    from app.enquiries.jobs import tick
    from app.store.cli import fail, load_settings
    from app.store.councils import CouncilCache
    from app.store.database import make_engine, make_sessionmaker

    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        report = tick(make_sessionmaker(engine), CouncilCache(settings.policies_dir),
                      now=datetime.now(timezone.utc), only=council)
    finally:
        engine.dispose()
    for slug, tracked in report.tracked.items():
        typer.echo(f"{slug}: {len(tracked.opened)} opened, {len(tracked.answered)} answered, "
                   f"{len(tracked.acknowledged)} acknowledged, {len(tracked.transferred)} transferred")
    typer.echo(f"{len(report.notices)} reminder/escalation notices queued")
    if report.failed:
        fail("; ".join(f"{slug}: {error}" for slug, error in report.failed.items()))
