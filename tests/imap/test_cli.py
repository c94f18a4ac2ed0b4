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


def test_add_imap_again_replaces_the_settings_only_after_its_test_passes(run, service, dovecot, smtp_server,
                                                                       monkeypatch):
    first = run(*_args(dovecot, smtp_server, service.user, **{"--smtp-port": "1"}), "--skip-test")
    assert first.exit_code == 0, first.output
    ((_, config),) = _imap_rows(service)
    assert config["smtp"]["port"] == 1

    monkeypatch.setenv("MAILGUARD_TEST_WRONG_PASSWORD", "not the password")
    refused = run(*_args(dovecot, smtp_server, service.user, **{"--password-env": "MAILGUARD_TEST_WRONG_PASSWORD"}))
    assert refused.exit_code == 1 and "nothing stored" in refused.output
    assert _imap_rows(service)[0][1]["smtp"]["port"] == 1  # a failed test changes nothing

    corrected = run(*_args(dovecot, smtp_server, service.user))
    assert corrected.exit_code == 0, corrected.output
    assert "now watches" in corrected.output
    ((_, config),) = _imap_rows(service)  # still one mailbox, with the corrected settings
    assert config["smtp"]["port"] == smtp_server.port


def test_mailbox_update_tests_an_imap_mailbox_before_storing(service, dovecot, smtp_server, monkeypatch):
    monkeypatch.setenv("MAILGUARD_DATABASE_URL", service.url)
    invoke = CliRunner().invoke
    bad = invoke(cli, ["mailbox", "update", str(service.mailbox_id), "--set", f"smtp.port={free_port()}"])
    assert bad.exit_code == 1 and "FAIL smtp" in bad.output
    with service.sessions() as session:
        assert session.get(Mailbox, service.mailbox_id).config["smtp"]["port"] == smtp_server.port
    good = invoke(cli, ["mailbox", "update", str(service.mailbox_id), "--set", "smtp.verify_tls=false"])
    assert good.exit_code == 0, good.output
    with service.sessions() as session:
        assert session.get(Mailbox, service.mailbox_id).config["smtp"]["verify_tls"] is False
