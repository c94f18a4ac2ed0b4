"""`mailguard mailbox add-imap`: an IMAP/SMTP mailbox, stored only after a connection test passes.

Run again for a mailbox it already has (same council and address), it replaces that mailbox's
settings, after the test passes (and enables it again).

Passwords and tokens are never stored: the mailbox keeps the *name* of the
environment variable that holds each, read when the worker connects.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.store.cli import load_settings, mailbox_cli, unit_of_work
from connectors.tls import plaintext_warning


def register(cli: typer.Typer) -> None:
    """`add-imap` joins the `mailbox` group of app/store/cli.py (added when this module is imported)."""


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"mailguard: {message}", err=True)
    raise typer.Exit(code)


def _credentials(password_env: str | None, token_env: str | None) -> dict:
    if password_env and token_env:
        _fail("give --password-env or --xoauth2-token-env, not both", 2)
    if token_env:
        return {"xoauth2_token_env": token_env}
    if password_env:
        return {"password_env": password_env}
    _fail("give --password-env VAR or --xoauth2-token-env VAR (the variable's name; the secret stays in it)", 2)
    return {}


def _checked_ca_file(path: Path) -> str:
    """The CA file's absolute path, once it has loaded as PEM certificates (the worker reads it later)."""
    from connectors.tls import tls_context

    try:
        tls_context(ca_file=str(path))
    except (OSError, ValueError) as exc:  # ssl.SSLError is an OSError
        _fail(f"--ca-file {path}: not a readable PEM certificate file ({exc})", 2)
    return str(path.resolve())


@mailbox_cli.command("add-imap")
def mailbox_add_imap(
    council: Annotated[str, typer.Option("--council", help="Slug of the council it belongs to.")],
    host: Annotated[str, typer.Option("--host", help="IMAP server.")],
    user: Annotated[str, typer.Option("--user", help="IMAP (and by default SMTP) login.")],
    smtp_host: Annotated[str, typer.Option("--smtp-host", help="SMTP submission server.")],
    port: Annotated[int, typer.Option("--port", help="IMAP port.")] = 993,
    security: Annotated[str, typer.Option("--security", help="ssl | starttls | none.")] = "ssl",
    password_env: Annotated[Optional[str], typer.Option(
        "--password-env", help="Name of the environment variable holding the password.")] = None,
    xoauth2_token_env: Annotated[Optional[str], typer.Option(
        "--xoauth2-token-env", help="Name of the environment variable holding an XOAUTH2 access token.")] = None,
    smtp_port: Annotated[int, typer.Option("--smtp-port", help="587 (STARTTLS) or 465 (implicit TLS).")] = 587,
    smtp_security: Annotated[str, typer.Option("--smtp-security", help="starttls | ssl | none.")] = "starttls",
    smtp_user: Annotated[Optional[str], typer.Option("--smtp-user", help="Default: --user.")] = None,
    address: Annotated[Optional[str], typer.Option("--address", help="Whose mailbox (default: --user).")] = None,
    outbox_folder: Annotated[str, typer.Option("--outbox-folder")] = "MailGuard/Outbox",
    held_folder: Annotated[str, typer.Option("--held-folder")] = "MailGuard/Held",
    sent_folder: Annotated[str, typer.Option("--sent-folder", help="Default: found by SPECIAL-USE.")] = "",
    drafts_folder: Annotated[str, typer.Option("--drafts-folder", help="Default: found by SPECIAL-USE.")] = "",
    provider_copies_sent: Annotated[bool, typer.Option(
        "--provider-copies-sent", help="The provider files submitted mail in Sent itself (e.g. Gmail).")] = False,
    skip_test: Annotated[bool, typer.Option("--skip-test", help="Store without testing the connection.")] = False,
    ca_file: Annotated[Optional[Path], typer.Option(
        "--ca-file", help="PEM file of the certificate authority that signed a private IMAP/SMTP server's "
                          "certificate (trusted in addition to the system's).")] = None,
) -> None:
    """Watch an IMAP mailbox: mail filed in the outbox folder is checked and sent over SMTP; Sent is audited."""
    from sqlalchemy import select

    from app.store import records as store

    for name, value in (("--security", security), ("--smtp-security", smtp_security)):
        if value not in ("ssl", "starttls", "none"):
            _fail(f"{name} must be ssl, starttls or none", 2)
    for protocol, value, server, server_port in (("IMAP", security, host, port),
                                                  ("SMTP", smtp_security, smtp_host, smtp_port)):
        if value == "none" and (warning := plaintext_warning(protocol, server, server_port)):
            typer.echo(f"mailguard: WARNING: {warning}", err=True)
    secret = _credentials(password_env, xoauth2_token_env)
    tls = {"ca_file": _checked_ca_file(ca_file)} if ca_file else {}
    config = {
        "imap": {"host": host, "port": port, "security": security, "user": user, **secret, **tls},
        "smtp": {"host": smtp_host, "port": smtp_port, "security": smtp_security, "user": smtp_user or user,
                 **secret, **tls},
        "folders": {"outbox": outbox_folder, "held": held_folder, "sent": sent_folder, "drafts": drafts_folder},
        "provider_copies_sent": provider_copies_sent,
    }
    if not skip_test:
        connection_test(config)
    settings = load_settings()
    address = (address or user).lower()
    with unit_of_work(settings) as session:
        from app.store.mailboxes import update_mailbox
        from app.store.tables import Mailbox

        the_council = store.get_council(session, council)
        existing = session.scalars(select(Mailbox).where(
            Mailbox.council_id == the_council.id, Mailbox.kind == "imap", Mailbox.address == address)).one_or_none()
        now = datetime.now(timezone.utc)
        if existing is not None:  # the same mailbox again: its settings are replaced (issue 13)
            update_mailbox(session, existing, config=config, enabled=True, now=now)
            mailbox_id, verb = existing.id, "now watches"
        else:
            mailbox_id = store.ensure_mailbox(session, the_council, kind="imap", address=address,
                                              config=config, now=now).id
            verb = "watches"
    typer.echo(f"mailbox {mailbox_id} {verb} {outbox_folder} and Sent of {address} for council {council}")


def connection_test(config: dict) -> None:
    """Connect to IMAP and SMTP with `config`, print each step; exit 1 (nothing stored) if one fails."""
    from app.imap.mailbox import folder_names, imap_config, smtp_config
    from connectors.imap.check import check_connection
    from connectors.smtp import SmtpSubmitter

    steps = check_connection(imap_config(config), SmtpSubmitter(smtp_config(config)), folder_names(config))
    for step in steps:
        typer.echo(f"  {'ok  ' if step.ok else 'FAIL'} {step.name}" + (f": {step.detail}" if step.detail else ""))
    failed = [s for s in steps if not s.ok]
    if failed:
        _fail(f"connection test failed at {failed[0].name}; nothing stored")
