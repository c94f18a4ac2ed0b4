"""Small pieces of the first hour: the unmigrated-database hint, log lines, links, the demo's folder."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app import demo
from app.cli.database_hint import database_hint
from app.logs import configure_logging
from app.settings import Settings, public_base_url
from tests.conftest import _new_database


def _cli(*args: str, env: dict, cwd: Path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True,
                          timeout=120, env={**clean, **env}, cwd=cwd)


@pytest.mark.parametrize("command", [["digest", "--council", "demo"], ["audit", "verify"]])
def test_an_unmigrated_database_gets_one_line_saying_what_to_run(backend, request, tmp_path_factory, tmp_path,
                                                                   command):
    url = _new_database(backend, request, tmp_path_factory, "unmigrated")
    result = _cli(*command, env={"MAILGUARD_DATABASE_URL": url}, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "has no MailGuard tables: run `mailguard db upgrade`" in result.stderr
    if backend == "sqlite":
        assert not Path(url.removeprefix("sqlite:///")).exists()  # the empty file it made is removed again


def test_the_hint_names_the_demo_settings_when_a_demo_folder_is_here(tmp_path):
    (tmp_path / "mailguard-demo").mkdir()
    (tmp_path / "mailguard-demo" / "settings.yaml").write_text("database_url: sqlite://\n", encoding="utf-8")
    result = _cli("digest", "--council", "demo", env={}, cwd=tmp_path)
    assert result.returncode == 1
    assert f"export MAILGUARD_CONFIG_FILE={tmp_path / 'mailguard-demo' / 'settings.yaml'}" in result.stderr
    assert not (tmp_path / "mailguard.db").exists()


def test_other_errors_are_not_dressed_up_as_a_missing_schema():
    from sqlalchemy.exc import OperationalError

    assert database_hint(ValueError("no such table: councils")) is None
    assert database_hint(OperationalError("SELECT 1", {}, Exception("database is locked"))) is None
    assert database_hint(OperationalError("SELECT 1", {}, Exception("no such table: councils"))) is not None


@pytest.fixture
def restored_logging():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_log_lines_carry_time_and_level_as_text_or_json(restored_logging):
    stream = io.StringIO()
    configure_logging("info", "text", stream=stream)
    logging.getLogger("mailguard.test").warning("hold %s", "kept")
    logging.getLogger("uvicorn.error").info("Started server process")  # uvicorn's own logger, through ours
    logging.getLogger("mailguard.test").debug("not shown at info")
    lines = stream.getvalue().splitlines()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z WARNING mailguard\.test: hold kept", lines[0])
    assert lines[1].endswith("INFO uvicorn.error: Started server process") and len(lines) == 2
    stream = io.StringIO()
    configure_logging("info", "json", stream=stream)
    logging.getLogger("mailguard.test").error("a \"quoted\" line")
    record = json.loads(stream.getvalue())
    assert record["level"] == "ERROR" and record["logger"] == "mailguard.test"
    assert record["message"] == 'a "quoted" line' and re.fullmatch(r"\d{4}-.*Z", record["time"])
    root = logging.getLogger()
    assert sum(1 for h in root.handlers if getattr(h, "_mailguard_handler", False)) == 1  # replaced, not stacked


def test_links_start_with_the_public_base_url_or_where_it_serves():
    assert public_base_url(Settings()) == "http://127.0.0.1:8000"
    assert public_base_url(Settings(port=8123)) == "http://127.0.0.1:8123"
    assert public_base_url(Settings(host="0.0.0.0", port=9000)) == "http://127.0.0.1:9000"
    assert public_base_url(Settings(host="::1")) == "http://[::1]:8000"
    assert public_base_url(Settings(public_base_url="https://mailguard.council.gov.uk/")) == \
        "https://mailguard.council.gov.uk"
    assert public_base_url(Settings(review={"base_url": "https://old.example/"})) == "https://old.example"


def test_reset_removes_only_what_the_demo_made(tmp_path):
    folder = tmp_path / "mailguard-demo"
    folder.mkdir()
    (folder / "mailguard.db").write_bytes(b"not ours")
    with pytest.raises(demo.NotADemoFolder):
        demo.reset(folder)  # no settings.yaml written by the demo: nothing is removed
    assert (folder / "mailguard.db").exists()
    demo.write_settings(folder, {"database_url": f"sqlite:///{folder / 'mailguard.db'}"})
    (folder / "mailbox" / "outbox").mkdir(parents=True)
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    secret = demo._read_settings(demo.settings_path(folder))["review"]["session_secret"]
    assert len(secret) >= 32
    demo.reset(folder)
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_the_demo_directory_has_a_monitoring_officer():
    import yaml

    people = yaml.safe_load(demo.demo_directory_yaml())["people"]
    officers = [p for p in people if "monitoring-officer" in (p.get("titles") or [])]
    assert [p["emails"] for p in officers] == [["monitoring.officer@example-council.gov.uk"]]
