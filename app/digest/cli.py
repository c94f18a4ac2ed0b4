"""`mailguard digest`: preview or send a council's Monitoring Officer digest; registered by app.cli.main."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.errors import MailGuardError


def register(cli: typer.Typer) -> None:
    """Add `mailguard digest` and `mailguard digest-schedule` to the `mailguard` app."""
    cli.command("digest")(digest)
    cli.command("digest-schedule")(digest_schedule)


def digest(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    period: Annotated[Optional[str], typer.Option(
        "--period", help="daily, weekly (the newest complete one), today (so far) or YYYY-MM-DD..YYYY-MM-DD "
                         "(both days included). Default: the council's own period.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="html, text, csv or json.")] = "text",
    send: Annotated[bool, typer.Option(
        "--send", help="Send it to the monitoring officer(s) through the council's mailbox "
                       "(once per period: a period already sent is not sent again).")] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write the preview here.")] = None,
) -> None:
    """Preview (--format html|text|csv|json) or --send the breach digest for any period."""
    from app.digest.render import FORMATS
    from app.settings import load_settings
    from app.store.database import make_engine, make_sessionmaker

    if fmt not in FORMATS:
        _fail(f"--format must be one of {', '.join(FORMATS)}", 2)
    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        sessions = make_sessionmaker(engine)
        if send:
            _send(settings, sessions, council, period)
        else:
            _preview(settings, sessions, council, period, fmt, output)
    except MailGuardError as exc:
        _fail(str(exc), 2)
    finally:
        engine.dispose()


def digest_schedule(
    council: Annotated[str, typer.Option("--council", help="The council's slug.")],
    period: Annotated[Optional[str], typer.Option("--period", help="daily or weekly.")] = None,
    weekday: Annotated[Optional[str], typer.Option("--weekday", help="Weekly: mon ... sun.")] = None,
    hour: Annotated[Optional[int], typer.Option("--hour", help="Local hour it is sent, 0-23.")] = None,
    zone: Annotated[Optional[str], typer.Option("--timezone", help="e.g. Europe/London.")] = None,
    mailbox: Annotated[Optional[str], typer.Option("--mailbox", help="Address of the mailbox that sends it.")] = None,
    enabled: Annotated[Optional[bool], typer.Option("--enabled/--disabled", help="Send it at all.")] = None,
) -> None:
    """Show or change when the council's digest is sent (Council.options["digest"])."""
    import json

    from app.digest.period import schedule_from_options
    from app.settings import load_settings
    from app.store import records as store
    from app.store.database import make_engine, make_sessionmaker

    changes = {k: v for k, v in {"period": period, "weekday": weekday, "hour": hour, "timezone": zone,
                                 "mailbox": mailbox, "enabled": enabled}.items() if v is not None}
    engine = make_engine(load_settings().database_url)
    try:
        with make_sessionmaker(engine).begin() as session:
            row = store.get_council(session, council)
            options = dict(row.options or {})
            options["digest"] = {**(options.get("digest") or {}), **changes}
            schedule_from_options(options)  # refuse a bad value before it is stored
            row.options = options  # a new dict: JSON columns do not see in-place changes
            shown = options["digest"]
    except MailGuardError as exc:
        _fail(str(exc), 2)
    finally:
        engine.dispose()
    typer.echo(json.dumps(shown, sort_keys=True))


def _preview(settings, sessions, slug: str, period_text: str | None, fmt: str, output: Path | None) -> None:
    from app.digest.period import parse_period, schedule_from_options
    from app.digest.query import digest_for
    from app.digest.render import render
    from app.settings import public_base_url
    from app.store import records as store

    now = _now()
    with sessions() as session:
        council = store.get_council(session, slug)
        schedule = schedule_from_options(council.options)
        period = parse_period(period_text, schedule, now)
        text = render(digest_for(session, council, period, review_base_url=public_base_url(settings), now=now),
                      fmt, schedule.zone)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"digest for {period.label} written to {output}", err=True)
    else:
        typer.echo(text, nl=False)


def _send(settings, sessions, slug: str, period_text: str | None) -> None:
    from sqlalchemy import select

    from app.digest.period import parse_period, schedule_from_options
    from app.digest.send import send_digest
    from app.mailboxes import build_connector
    from app.settings import public_base_url
    from app.store import records as store
    from app.store.tables import Mailbox

    with sessions() as session:
        council = store.get_council(session, slug)
        period = parse_period(period_text, schedule_from_options(council.options), _now())
        rows = session.scalars(select(Mailbox).where(Mailbox.council_id == council.id,
                                                     Mailbox.enabled.is_(True))).all()
        connectors = {row.id: c for row in rows if (c := build_connector(row, settings)) is not None}
        council_id = council.id
    result = send_digest(sessions, council_id, period, connectors=connectors,
                         review_base_url=public_base_url(settings), clock=_now,
                         holder=f"{settings.worker_id}:cli", retry_failed=True)
    if result.status == "sent":
        typer.echo(f"digest for {period.label} sent to {', '.join(result.recipients)}")
    elif result.status == "already-sent":
        typer.echo(f"digest for {period.label} was already sent (to {', '.join(result.recipients)}); "
                   "not sent again")
    elif result.status == "in-progress":
        typer.echo(f"digest for {period.label} is being sent by another process; not sent again")
    else:
        _fail(f"digest for {period.label} not sent: {result.error or result.status}")


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"mailguard: {message}", err=True)
    raise typer.Exit(code)
