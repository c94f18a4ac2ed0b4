"""Settings: MAILGUARD_* environment, an optional YAML file, secrets never shown."""

import logging

import pytest
from pydantic import ValidationError

from app.settings import load_settings


def test_environment_and_nested_values(monkeypatch):
    monkeypatch.setenv("MAILGUARD_DATABASE_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.setenv("MAILGUARD_GRAPH__TENANT_ID", "contoso-tenant")
    monkeypatch.setenv("MAILGUARD_PORT", "9000")
    s = load_settings()
    assert (s.database_url, s.graph.tenant_id, s.port) == ("postgresql+psycopg://u@h/db", "contoso-tenant", 9000)


def test_config_file_is_read_and_the_environment_wins(monkeypatch, tmp_path):
    config = tmp_path / "mailguard.yaml"
    config.write_text("database_url: sqlite:///from-file.db\nport: 8100\ngraph:\n  client_id: abc\n")
    monkeypatch.setenv("MAILGUARD_CONFIG_FILE", str(config))
    monkeypatch.setenv("MAILGUARD_PORT", "8200")
    s = load_settings()
    assert (s.database_url, s.port, s.graph.client_id) == ("sqlite:///from-file.db", 8200, "abc")


def test_secrets_never_appear_in_reprs_dumps_or_logs(monkeypatch, caplog):
    monkeypatch.setenv("MAILGUARD_GRAPH__CLIENT_SECRET", "s3cr3t-value")
    monkeypatch.setenv("MAILGUARD_REVIEW__SESSION_SECRET", "another-s3cr3t")
    s = load_settings()
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("mailguard.test").info("settings: %s / %r", s, s)
    shown = repr(s) + str(s) + s.model_dump_json() + caplog.text
    assert "s3cr3t-value" not in shown and "another-s3cr3t" not in shown
    assert s.graph.client_secret.get_secret_value() == "s3cr3t-value"


def test_unknown_settings_are_refused(monkeypatch, tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("databse_url: typo\n")
    monkeypatch.setenv("MAILGUARD_CONFIG_FILE", str(config))
    with pytest.raises(ValidationError, match="databse_url"):
        load_settings()
