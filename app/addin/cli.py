"""`mailguard addin` commands; registered by app.cli.main."""

from __future__ import annotations

from pathlib import Path

import typer

from app.addin.manifest import SEND_MODES, build_manifest

addin_app = typer.Typer(help="The Outlook add-in (Smart Alerts: check before send).", no_args_is_help=True)


@addin_app.command("manifest")
def manifest(
    base_url: str = typer.Option(..., "--base-url", help="Where this service is reached, https://..."),
    send_mode: str = typer.Option("soft-block", "--send-mode", help="soft-block | block | prompt-user"),
    client_id: str = typer.Option("", "--client-id", help="The add-in API's Entra app (client) id, for SSO"),
    app_id_uri: str = typer.Option("", "--app-id-uri", help="Its Application ID URI (default api://HOST/CLIENT_ID)"),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of standard output"),
) -> None:
    """Write the add-in-only XML manifest for a council's own host."""
    if send_mode not in SEND_MODES:
        raise typer.BadParameter(f"choose one of {', '.join(SEND_MODES)}", param_hint="--send-mode")
    try:
        text = build_manifest(base_url, send_mode=send_mode, client_id=client_id, app_id_uri=app_id_uri)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--base-url") from None
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")
        typer.echo(f"wrote {output}", err=True)


def register(cli: typer.Typer) -> None:
    """Add this module's commands to the `mailguard` app."""
    cli.add_typer(addin_app, name="addin")
