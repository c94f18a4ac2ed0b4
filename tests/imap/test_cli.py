"""`mailguard mailbox add-imap`: the connection test names the failing step; secrets are stored by name only."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from app.cli.main import cli
from app.store.tables import Mailbox
from tests.imap.conftest import PASSWORD, PASSWORD_ENV
from tests.imap.dovecot import free_port


@pytest.fixture
def run(service, monkeypatch):
    monkeypatch.setenv("MAILGUARD_DATABASE_URL", service.url)

    def invoke(*args: str):
        return CliRunner().invoke(cli, ["mailbox", "add-imap", "--council", "imap", *args])
    return invoke


def _args(dovecot, smtp_server, user, **over):
    given = {"--host": "127.0.0.1", "--port": str(dovecot.port), "--security": "none", "--user": user,
             "--password-env": PASSWORD_ENV, "--smtp-host": "127.0.0.1", "--smtp-port": str(smtp_server.port),
             "--smtp-security": "none", "--address": "officer@example-council.gov.uk", **over}
    return [x for pair in given.items() for x in pair]


def _imap_rows(service):
    with service.sessions() as session:
        return [(m.address, m.config) for m in session.scalars(select(Mailbox).where(
            Mailbox.address == "officer@example-council.gov.uk"))]


@pytest.mark.parametrize("over, step", [
    ({"--host": "no-such-host.invalid"}, "imap dns"),
    ({"--port": "0"}, "imap tcp"),
    ({"--password-env": "MAILGUARD_TEST_WRONG_PASSWORD"}, "imap login"),
    ({"--sent-folder": "x" * 300}, "imap folder"),  # longer than any server allows
    ({"--smtp-port": "1"}, "smtp"),
])
def test_a_failing_step_is_named_and_nothing_is_stored(run, service, dovecot, smtp_server, monkeypatch, over, step):
    monkeypatch.setenv("MAILGUARD_TEST_WRONG_PASSWORD", "not the password")
    if over.get("--port") == "0":
        over = {"--port": str(free_port())}
    result = run(*_args(dovecot, smtp_server, service.user, **over))
    assert result.exit_code == 1, result.output
    assert f"FAIL {step}" in result.output and f"connection test failed at {step}" in result.output
    assert _imap_rows(service) == []


def test_a_working_mailbox_is_stored_with_the_secret_s_name_not_its_value(run, service, dovecot, smtp_server):
    result = run(*_args(dovecot, smtp_server, service.user))
    assert result.exit_code == 0, result.output
    for step in ("imap dns", "imap tcp", "imap login", "imap folder", "smtp"):
        assert f"ok   {step}" in result.output
    ((address, config),) = _imap_rows(service)
    assert config["imap"]["password_env"] == PASSWORD_ENV and config["smtp"]["password_env"] == PASSWORD_ENV
    assert PASSWORD not in json.dumps(config) and PASSWORD not in result.output
