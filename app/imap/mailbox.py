"""Builds the IMAP/SMTP connector for a mailbox row and persists its cursor in Mailbox.state.

Secrets are never in the database: the row's config names the environment
variable that holds each password or XOAUTH2 token, read when a connection
is opened.

    config = {"imap": {"host", "port", "security", "user", "password_env" | "xoauth2_token_env", "verify_tls", "ca_file"},
              "smtp": {"host", "port", "security", "user", "password_env" | "xoauth2_token_env", "verify_tls", "ca_file"},
              "folders": {"outbox", "held", "notices", "sent", "drafts"},
              "provider_copies_sent": bool, "audit_sent": bool, "audit_existing_sent": bool, "idle": bool}
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Callable

from sqlalchemy import update

from connectors import ConnectorError
from connectors.imap.client import ImapConfig
from connectors.imap.folders import FolderNames
from connectors.imap.mailbox import ImapMailbox, ImapOptions
from connectors.smtp import SmtpConfig

FOLDER_KEYS = ("outbox", "held", "notices", "sent", "drafts")


def secret_from_env(name: str) -> Callable[[], str]:
    """A callable reading environment variable `name` when called (the value is never kept or logged)."""
    def read() -> str:
        value = os.environ.get(name)
        if not value:
            raise ConnectorError(f"environment variable {name} (the mailbox's secret) is not set")
        return value
    return read


def _credentials(part: dict) -> dict:
    if part.get("xoauth2_token_env"):
        return {"oauth_token": secret_from_env(part["xoauth2_token_env"])}
    if part.get("password_env"):
        return {"password": secret_from_env(part["password_env"])}
    return {}


def imap_config(config: dict) -> ImapConfig:
    part = config["imap"]
    return ImapConfig(host=part["host"], port=int(part.get("port", 993)), security=part.get("security", "ssl"),
                      user=part.get("user", ""), verify_tls=part.get("verify_tls", True),
                      ca_file=part.get("ca_file", ""), **_credentials(part))


def smtp_config(config: dict) -> SmtpConfig:
    part = config["smtp"]
    return SmtpConfig(host=part["host"], port=int(part.get("port", 587)), security=part.get("security", "starttls"),
                      user=part.get("user", ""), verify_tls=part.get("verify_tls", True),
                      ca_file=part.get("ca_file", ""), **_credentials(part))


def folder_names(config: dict) -> FolderNames:
    given = config.get("folders") or {}
    return FolderNames(**{k: given[k] for k in FOLDER_KEYS if given.get(k)})


def options(config: dict) -> ImapOptions:
    return ImapOptions(folders=folder_names(config),
                       provider_copies_sent=bool(config.get("provider_copies_sent", False)),
                       audit_sent=bool(config.get("audit_sent", True)),
                       audit_existing_sent=bool(config.get("audit_existing_sent", False)),
                       idle=bool(config.get("idle", True)))


@lru_cache(maxsize=8)
def _sessions(database_url: str):
    from app.store.database import make_engine, make_sessionmaker

    return make_sessionmaker(make_engine(database_url))


def state_saver(database_url: str, mailbox_id: int) -> Callable[[dict], None]:
    """Writes the connector's cursor to Mailbox.state in its own short transaction.

    Called from fetch_outgoing/acknowledge, never while the worker holds a transaction.
    """
    def save(state: dict) -> None:
        from app.store.tables import Mailbox

        with _sessions(database_url).begin() as session:
            session.execute(update(Mailbox).where(Mailbox.id == mailbox_id).values(state=state))
    return save


def build_imap_mailbox(row, settings) -> ImapMailbox:
    config = row.config or {}
    return ImapMailbox(
        imap_config(config), smtp_config(config), row.address, options=options(config),
        state=row.state or {}, on_state=state_saver(settings.database_url, row.id),
        fault=os.environ.get("MAILGUARD_IMAP_FAULT") or None,
    )
