"""`mailguard` command line: composes each domain's CLI module, and adds `check`, `serve`,
`worker` and `packs`. Thin: argument handling here, work in the domains."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.addin import cli as addin_cli
from app.auth import cli as auth_cli
from app.cli.database_hint import database_hint
from app.digest import cli as digest_cli
from app.enquiries import cli as enquiries_cli
from app.errors import ConfigError
from app.imap import cli as imap_cli
from app.logs import configure_logging
from app.m365 import cli as m365_cli
from app.packdraft import cli as packdraft_cli
from app.review import cli as review_cli
from app.store import cli as store_cli

cli = typer.Typer(
    name="mailguard",
    help="Council MailGuard: check councillors' and officers' mail against the council's protocol.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
packs_cli = typer.Typer(help="Protocol packs.", no_args_is_help=True)
cli.add_typer(packs_cli, name="packs")
# The store's groups first (db, audit, council, mailbox): the domains add commands to `mailbox`.
for domain_cli in (store_cli, auth_cli, m365_cli, imap_cli, digest_cli, enquiries_cli, addin_cli, review_cli,
                   packdraft_cli):
    domain_cli.register(cli)

DEFAULT_PACK = "leigh-on-sea"


def _fail(message: str) -> None:
    typer.echo(f"mailguard: {message}", err=True)
    raise typer.Exit(2)


@cli.command()
def check(
    paths: Annotated[list[Path], typer.Argument(help="Message files (.eml) or folders read recursively for *.eml.")],
    policy: Annotated[str, typer.Option("--policy", help="Pack name (policies/NAME.yaml) or path.")] = DEFAULT_PACK,
    directory: Annotated[
        Optional[Path], typer.Option("--directory", help="The council's people (contract YAML form).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per message (JSON Lines).")] = False,
) -> None:
    """Check messages against a protocol pack and print verdicts."""
    from app.cli.check import check_files, default_directory_path, iter_message_files, render_report
    from app.engine.directory import load_directory
    from app.engine.packs.pack import load_pack

    try:
        pack = load_pack(policy)
        if directory is None:  # the contract keeps --directory optional; the fallback is said out loud
            typer.echo(f"mailguard: WARNING: no --directory given: checking against the FICTIONAL example "
                       f"council ({default_directory_path()}). Real mail needs your council's people: "
                       "--directory FILE.", err=True)
        people = load_directory(directory or default_directory_path())
    except ConfigError as exc:
        _fail(str(exc))
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        _fail(f"{missing[0]}: no such file or folder")
    files = iter_message_files(paths)
    out = sys.stdout
    for source, record in check_files(files, pack, people):
        if as_json:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(render_report(record) + "\n")
        out.flush()


@cli.command()
def serve(
    host: Annotated[Optional[str], typer.Option(help="Address to listen on (default 127.0.0.1).")] = None,
    port: Annotated[Optional[int], typer.Option(help="Port (default 8000).")] = None,
    demo: Annotated[bool, typer.Option("--demo", help="A demo council, SQLite and a folder mailbox.")] = False,
    demo_folder: Annotated[
        Path, typer.Option(help="Where --demo keeps its database, mailbox folder and settings.yaml.")
    ] = Path("mailguard-demo"),
    reset: Annotated[bool, typer.Option(
        "--reset", help="With --demo: start again from nothing (removes the demo's database, mailbox and settings).")
    ] = False,
    workers: Annotated[
        Optional[int], typer.Option(min=1, max=64, help="HTTP server processes on the one port (default 1).")
    ] = None,
) -> None:
    """Run the API, the connectors and the background worker (the API in --workers processes)."""
    from app import demo as demo_setup
    from app.serve import SchemaNotCurrent, run
    from app.settings import load_settings

    if reset and not demo:
        _fail("--reset starts the demo again: use it with --demo")
    overrides: dict = {}
    if host:
        overrides["host"] = host
    if port:
        overrides["port"] = port
    if workers:
        overrides["workers"] = workers
    if demo:
        if reset:
            try:
                demo_setup.reset(demo_folder)
            except demo_setup.NotADemoFolder as exc:
                _fail(str(exc))
        demo_folder.mkdir(parents=True, exist_ok=True)
        overrides.update(demo_setup.demo_overrides(demo_folder.resolve()))
    try:
        settings = load_settings(**overrides)
    except ValueError as exc:
        _fail(f"settings: {exc}")
    configure_logging(settings.log_level, settings.log_format)
    if demo:
        demo_setup.remember_settings(demo_folder.resolve(), settings)
    try:
        run(settings, demo_folder=(demo_folder / "mailbox").resolve() if demo else None)
    except SchemaNotCurrent as exc:
        _fail(str(exc))


@cli.command()
def worker(
    until_idle: Annotated[bool, typer.Option("--until-idle", help="Stop when there is nothing left to do.")] = False,
) -> None:
    """Run the background worker alone: connectors -> checks -> store -> actions."""
    from app.serve import SchemaNotCurrent, run_worker
    from app.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level, settings.log_format)
    try:
        run_worker(settings, until_idle=until_idle)
    except SchemaNotCurrent as exc:
        _fail(str(exc))


@packs_cli.command("check")
def packs_check(
    names: Annotated[Optional[list[str]], typer.Argument(help="Packs to check (default: all).")] = None,
) -> None:
    """Validate every pack and run its .test.yaml cases."""
    from app.engine.verify_packs import check_all_packs

    failures = check_all_packs(names or None, echo=typer.echo)
    if failures:
        raise typer.Exit(1)


def main() -> None:
    import os

    configure_logging(os.environ.get("MAILGUARD_LOG_LEVEL", "info").lower(),
                      os.environ.get("MAILGUARD_LOG_FORMAT", "text").lower())
    try:
        # standalone_mode=False makes typer *return* typer.Exit's code instead of exiting.
        code = cli(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors: one clear line, exit 2
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        typer.echo(f"mailguard: {message}", err=True)
        sys.exit(getattr(exc, "exit_code", 2) or 2)
    except Exception as exc:  # a database without MailGuard's tables: one line saying what to run
        hint = database_hint(exc)
        if hint is None:
            raise
        typer.echo(f"mailguard: {hint}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
