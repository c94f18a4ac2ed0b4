"""`mailguard pack draft` and `mailguard pack explain` (registered from app/cli/main.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from app.errors import ConfigError

pack_cli = typer.Typer(help="Draft a pack from a council's protocol; explain a pack in plain words.",
                       no_args_is_help=True)


def register(cli: typer.Typer) -> None:
    cli.add_typer(pack_cli, name="pack")


def _fail(message: str) -> None:
    typer.echo(f"mailguard: {message}", err=True)
    raise typer.Exit(2)


@pack_cli.command("draft")
def draft(
    protocol: Annotated[Path, typer.Argument(help="The protocol: .pdf, .docx, .html, .md or .txt.")],
    council: Annotated[str, typer.Option("--council", help="The council's name, as it writes it.")],
    slug: Annotated[Optional[str],
                    typer.Option("--slug", help="Pack name (kebab-case); default from --council.")] = None,
    out: Annotated[Optional[Path],
                   typer.Option("--out", help="Folder for the pack (default: the policies folder).")] = None,
    url: Annotated[Optional[str],
                   typer.Option("--url", help="Where the council publishes the protocol.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a pack of the same name.")] = False,
) -> None:
    """Draft a pack from the council's own protocol: per rule an action, clause, quote and confidence."""
    from app.engine.directory import load_directory
    from app.engine.packs.pack import default_policies_dir
    from app.engine.verify_packs import EXAMPLE_DIRECTORY, check_pack, render
    from app.packdraft.drafting import draft_pack

    out_dir = out or default_policies_dir()
    try:
        result = draft_pack(protocol, council, out_dir, slug=slug, url=url, force=force)
    except ConfigError as exc:
        _fail(str(exc))
    typer.echo(f"Drafted {result.pack['pack']} from {protocol.name} (status: draft):")
    for rule, entry in result.pack["rules"].items():
        where = f"clause {entry['clause']}" if entry.get("clause") else "no clause"
        typer.echo(f"  {rule:26} {entry['action']:9} {where:14} confidence {entry['confidence']}")
    if result.draft.says_nothing:
        typer.echo("The protocol says nothing the drafter could find about correspondence: every rule is flag.")
    if result.pack["unplaced"]:
        typer.echo("Could not place (read these in the protocol):")
        for item in result.pack["unplaced"]:
            typer.echo(f"  - {item}")
    typer.echo(f"Wrote {result.pack_file}, {result.cases_file} and {result.source_file}.")
    directory = load_directory(default_policies_dir() / EXAMPLE_DIRECTORY)
    report = check_pack(result.pack_file, directory)
    typer.echo(render(report))
    if not report.ok:
        raise typer.Exit(1)


@pack_cli.command("explain")
def explain(
    pack: Annotated[str, typer.Argument(help="Pack name (policies/NAME.yaml) or path.")],
) -> None:
    """One page a councillor can read: what the pack checks, what it does, and the protocol's words."""
    from app.engine.packs.pack import load_pack
    from app.packdraft.explain import explain_pack, render_text

    try:
        loaded = load_pack(pack)
    except ConfigError as exc:
        _fail(str(exc))
    typer.echo(render_text(explain_pack(loaded)), nl=False)
