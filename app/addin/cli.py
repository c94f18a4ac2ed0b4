"""`mailguard addin` and `mailguard council addin-settings` commands; registered by app.cli.main."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from app.addin.manifest import SEND_MODES, build_manifest
from app.store.cli import council_cli, fail, load_settings, unit_of_work, utc_now

addin_app = typer.Typer(help="The Outlook add-in (Smart Alerts: check before send).", no_args_is_help=True)


@addin_app.command("manifest")
def manifest(
    base_url: str = typer.Option(..., "--base-url", help="Where this service is reached, https://..."),
    send_mode: str = typer.Option("soft-block", "--send-mode", help="soft-block | block | prompt-user"),
    client_id: str = typer.Option("", "--client-id", help="The add-in API's Entra app (client) id, for SSO"),
    app_id_uri: str = typer.Option("", "--app-id-uri", help="Its Application ID URI (default api://HOST/CLIENT_ID)"),
    no_sso: bool = typer.Option(False, "--no-sso", help="Write it without single sign-on (the handler then "
                                                        "cannot sign in, and the service refuses it)"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output"),
) -> None:
    """Write the add-in-only XML manifest for a council's own host."""
    if send_mode not in SEND_MODES:
        raise typer.BadParameter(f"choose one of {', '.join(SEND_MODES)}", param_hint="--send-mode")
    if not client_id.strip() and not no_sso:
        raise typer.BadParameter("the add-in signs users in through the Entra app it names; give its "
                                 "application (client) id, or --no-sso to write a manifest without sign-in",
                                 param_hint="--client-id")
    if client_id.strip() and no_sso:
        raise typer.BadParameter("--no-sso and --client-id contradict each other", param_hint="--no-sso")
    try:
        text = build_manifest(base_url, send_mode=send_mode, client_id=client_id.strip(), app_id_uri=app_id_uri)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--base-url") from None
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


@addin_app.command("status")
def status(council: Annotated[Optional[str], typer.Option("--council", help="Only this council's (slug).")] = None) -> None:
    """Setup mistakes the add-in's users ran into (wrong client id, tenant, scope; unknown users)."""
    from app.addin import problems
    from app.store import records as store

    settings = load_settings()
    if not settings.addin.client_id:
        typer.echo("add-in: no client id set (MAILGUARD_ADDIN__CLIENT_ID): add-in sign-ins are refused")
    with unit_of_work(settings) as session:
        council_id = store.get_council(session, council).id if council else None
        rows = problems.problems(session, council_id)
        lines = [f"{r.last_seen_at:%Y-%m-%d %H:%M} {r.kind} x{r.count}: {r.subject}\n    {r.detail}\n"
                 f"    -> {problems.KINDS[r.kind]}" for r in rows]
    typer.echo("\n".join(lines) if lines else "no add-in setup problems seen")
    if lines:
        raise typer.Exit(1)


@council_cli.command("addin-settings")
def addin_settings(
    council: Annotated[str, typer.Option("--council", help="Slug of the council.")],
    tenant_id: Annotated[Optional[str], typer.Option(
        "--tenant-id", help="The council's Entra tenant id (the `tid` of its users' tokens).")] = None,
    on_unavailable: Annotated[Optional[str], typer.Option(
        "--on-unavailable", help="soft-block (the user may send anyway, recorded) | hard-block (never unchecked)"
    )] = None,
) -> None:
    """Set a council's add-in options; prints them. Each change is audited."""
    from app.addin.settings import update_addin_options

    if tenant_id is None and on_unavailable is None:
        raise typer.BadParameter("give --tenant-id and/or --on-unavailable", param_hint="--tenant-id")
    with unit_of_work(load_settings()) as session:
        try:
            options = update_addin_options(session, council, tenant_id=tenant_id, on_unavailable=on_unavailable,
                                           actor="cli", now=utc_now())
        except ValueError as exc:
            fail(str(exc), 2)
    typer.echo(f"council {council} add-in: " + ", ".join(f"{k}={v}" for k, v in sorted(options.items())))


def register(cli: typer.Typer) -> None:
    """Add `addin` to the `mailguard` app (`council addin-settings` joins the store's council group)."""
    cli.add_typer(addin_app, name="addin")
