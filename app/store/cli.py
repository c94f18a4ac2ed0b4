"""`mailguard db|audit|council|mailbox` commands: the store's administration, registered by
app.cli.main; also the small helpers every domain's CLI uses (`unit_of_work`, `fail`, `utc_now`).

Each command builds Settings once and opens the database named by
MAILGUARD_DATABASE_URL; each unit of work is one `sessionmaker.begin()` block.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Iterator, Optional

import typer

from app.errors import MailGuardError

if TYPE_CHECKING:  # the heavy imports wait until a command runs
    from sqlalchemy.orm import Session

    from app.settings import Settings

db_cli = typer.Typer(help="The database.", no_args_is_help=True)
audit_cli = typer.Typer(help="The audit log.", no_args_is_help=True)
council_cli = typer.Typer(help="Councils.", no_args_is_help=True)
mailbox_cli = typer.Typer(help="Mailboxes the worker watches.", no_args_is_help=True)
election_cli = typer.Typer(help="A council's election periods (the election-period rule).", no_args_is_help=True)
council_cli.add_typer(election_cli, name="election")


def register(cli: typer.Typer) -> None:
    """Add these command groups to the `mailguard` app."""
    cli.add_typer(db_cli, name="db")
    cli.add_typer(audit_cli, name="audit")
    cli.add_typer(council_cli, name="council")
    cli.add_typer(mailbox_cli, name="mailbox")


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"mailguard: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def unit_of_work(settings: Settings) -> Iterator[Session]:
    from app.store.database import make_engine, make_sessionmaker

    engine = make_engine(settings.database_url)
    try:
        with make_sessionmaker(engine).begin() as session:
            yield session
    except MailGuardError as exc:
        fail(str(exc))
    finally:
        engine.dispose()


def load_settings() -> Settings:
    from app.settings import load_settings as load

    return load()


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@db_cli.command("upgrade")
def db_upgrade() -> None:
    """Apply the migrations (creates the database on first use)."""
    from app.store.database import current_revision, upgrade

    url = load_settings().database_url
    upgrade(url)
    typer.echo(f"database at revision {current_revision(url)}")


@db_cli.command("purge")
def db_purge(
    retention_days: Annotated[
        Optional[int], typer.Option("--retention-days", min=0, help="Override the retention_days setting.")
    ] = None,
) -> None:
    """Delete message bodies kept longer than retention_days after their decision (findings and audit stay)."""
    from app.store.retention import purge_bodies

    settings = load_settings()
    days = settings.retention_days if retention_days is None else retention_days
    with unit_of_work(settings) as session:
        purged = purge_bodies(session, retention_days=days, now=utc_now())
    typer.echo(f"deleted {sum(purged.values())} message bodies decided more than {days} days ago")


@audit_cli.command("verify")
def audit_verify(
    council: Annotated[
        Optional[str], typer.Option("--council", help="Only this council's chain (slug).")
    ] = None,
    head: Annotated[
        Optional[list[str]],
        typer.Option("--head", help="A head published outside the database, as printed in the Monitoring "
                     "Officer's digest (council:event:hash); the chain must still reach it. Repeatable."),
    ] = None,
) -> None:
    """Re-check the audit chains with the audit key; exit 1 if any row was changed, removed or cut off."""
    from app.store import audit
    from app.store import records as store

    try:
        published = [audit.PublishedHead.parse(text) for text in head or ()]
    except ValueError as exc:
        fail(str(exc), 2)
    with unit_of_work(load_settings()) as session:
        council_id = store.get_council(session, council).id if council else None
        report = audit.verify(session, council_id, heads=published)
    if not report.ok:
        fail(f"audit chain broken: council {report.council or report.council_id}, event {report.first_bad_seq}: "
             f"{report.reason} ({report.checked} events verified before it)")
    reached = f"; reaches {len(published)} published head(s)" if published else ""
    typer.echo(f"audit chain intact: {report.checked} events verified{reached}")


@audit_cli.command("rekey")
def audit_rekey() -> None:
    """Once, after upgrading: key the chains written before the audit key (each checked intact first)."""
    from app.store.audit_rekey import rekey_unkeyed_chains

    with unit_of_work(load_settings()) as session:
        done = rekey_unkeyed_chains(session)
    for slug, count in done.items():
        typer.echo(f"council {slug}: {count} events re-hashed with the audit key")
    typer.echo(f"{len(done)} chain(s) re-keyed" if done else "every chain is already keyed")


@audit_cli.command("head")
def audit_head(
    council: Annotated[Optional[str], typer.Option("--council", help="Only this council (slug).")] = None,
) -> None:
    """Print each council's chain head (council:event:hash), to keep outside the database."""
    from sqlalchemy import select

    from app.store import audit
    from app.store import records as store
    from app.store.tables import Council

    with unit_of_work(load_settings()) as session:
        councils = [store.get_council(session, council)] if council else \
            session.scalars(select(Council).order_by(Council.slug)).all()
        heads = [str(audit.current_head(session, c)) for c in councils]
    for line in heads:
        typer.echo(line)


@council_cli.command("add")
def council_add(
    slug: Annotated[str, typer.Option("--slug", help="Short name used in URLs and commands.")],
    name: Annotated[str, typer.Option("--name", help="The council's full name.")],
    pack: Annotated[str, typer.Option("--pack", help="Protocol pack name (policies/NAME.yaml) or path.")],
    directory: Annotated[
        Path, typer.Option("--directory", help="The council's people (contract YAML form).")
    ],
) -> None:
    """Add a council with its protocol pack and directory (both checked before anything is stored)."""
    from app.engine.directory import load_directory
    from app.engine.packs.pack import load_pack
    from app.store import records as store

    settings = load_settings()
    try:
        load_pack(pack, settings.policies_dir)
        load_directory(directory)
        directory_yaml = directory.read_text(encoding="utf-8")
    except (MailGuardError, OSError) as exc:
        fail(str(exc), 2)
    with unit_of_work(settings) as session:
        council = store.create_council(session, slug=slug, name=name, pack=pack,
                                       directory_yaml=directory_yaml, now=utc_now())
        council_id = council.id
    typer.echo(f"council {slug} added (id {council_id})")


@mailbox_cli.command("add-local")
def mailbox_add_local(
    council: Annotated[str, typer.Option("--council", help="Slug of the council it belongs to.")],
    folder: Annotated[Path, typer.Argument(help="Folder with outbox/, sent/, held/ (created if missing).")],
    address: Annotated[str, typer.Option("--address", help="Whose mailbox this is.")] = "local@localhost",
) -> None:
    """Watch a folder as a mailbox: messages dropped in outbox/ are checked."""
    from app.store import records as store

    settings = load_settings()
    root = folder.resolve()
    for sub in ("outbox", "sent", "held", "drafts", "notices"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    with unit_of_work(settings) as session:
        mailbox = store.ensure_mailbox(session, store.get_council(session, council), kind="local",
                                       address=address.lower(), config={"root": str(root)}, now=utc_now())
        mailbox_id = mailbox.id
    typer.echo(f"mailbox {mailbox_id} watches {root}/outbox for council {council}")


def _day(value: str, option: str):
    from app.engine.elections import parse_day

    try:
        return parse_day(value, option)
    except ValueError as exc:
        fail(str(exc), 2)


@election_cli.command("add")
def election_add(
    council: Annotated[str, typer.Option("--council", help="Slug of the council.")],
    first: Annotated[str, typer.Option(
        "--from", help="First day of the period, YYYY-MM-DD (e.g. the notice of election).")],
    last: Annotated[str, typer.Option("--to", help="Last day, YYYY-MM-DD, included (polling day).")],
    candidate: Annotated[Optional[list[str]], typer.Option(
        "--candidate", help="A councillor who stands (repeatable); none: every councillor stands.")] = None,
) -> None:
    """Set an election period: publicity promoting a candidate is then flagged for the Monitoring Officer."""
    from app.engine.directory import directory_from_mapping
    from app.engine.elections import period
    from app.store import elections
    from app.store import records as store

    first_day, last_day = _day(first, "--from"), _day(last, "--to")
    try:
        period(first_day, last_day)
    except ValueError as exc:
        fail(f"election period: {exc}", 2)
    with unit_of_work(load_settings()) as session:
        row = store.get_council(session, council)
        directory = directory_from_mapping(yaml_load(row.directory_yaml), source=f"council {row.slug}")
        added = elections.add(session, row, directory, first_day=first_day, last_day=last_day,
                              candidates=candidate or [], actor="cli", now=utc_now())
        who = ", ".join(added.candidates) or "every councillor"
    typer.echo(f"council {council}: election period {first_day.isoformat()} to {last_day.isoformat()} added "
               f"(candidates: {who})")


@election_cli.command("list")
def election_list(council: Annotated[str, typer.Option("--council", help="Slug of the council.")]) -> None:
    """The council's election periods, earliest first."""
    from app.engine.directory import directory_from_mapping
    from app.store import elections
    from app.store import records as store

    with unit_of_work(load_settings()) as session:
        row = store.get_council(session, council)
        lines = [f"{r.first_day.isoformat()}  {r.last_day.isoformat()}  candidates: "
                 f"{', '.join(r.candidates) or 'every councillor'}" for r in elections.rows(session, row)]
        in_file = directory_from_mapping(yaml_load(row.directory_yaml), source=f"council {row.slug}").elections
        lines += [f"{p.first_day.isoformat()}  {p.last_day.isoformat()}  candidates: "
                  f"{', '.join(p.candidates) or 'every councillor'}  (in the directory file)" for p in in_file]
    typer.echo("\n".join(sorted(lines)) if lines else f"council {council} has no election periods")


@election_cli.command("remove")
def election_remove(
    council: Annotated[str, typer.Option("--council", help="Slug of the council.")],
    first: Annotated[str, typer.Option("--from", help="First day of the period to remove, YYYY-MM-DD.")],
) -> None:
    """Remove the election period that starts on --from."""
    from app.store import elections
    from app.store import records as store

    first_day = _day(first, "--from")
    with unit_of_work(load_settings()) as session:
        removed = elections.remove(session, store.get_council(session, council), first_day=first_day,
                                   actor="cli", now=utc_now())
        last_day = removed.last_day
    typer.echo(f"council {council}: election period {first_day.isoformat()} to {last_day.isoformat()} removed")


def yaml_load(text: str):
    import yaml

    return yaml.safe_load(text)
