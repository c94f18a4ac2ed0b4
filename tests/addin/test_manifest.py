"""The manifest: its XML read with lxml, then converted by Microsoft's own converter and validated
against Microsoft's published manifest schema (vendored from a registry package: schemas/NOTICE.md)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import jsonschema
import pytest
from lxml import etree
from typer.testing import CliRunner

from app.addin.manifest import SEND_MODES, build_manifest
from app.cli.main import cli

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((HERE / "schemas" / "MicrosoftTeams.v1.17.schema.json").read_text(encoding="utf-8"))
CONVERTER = "office-addin-manifest-converter@0.4.1"
BASE = "https://mailguard.hartsbourne-tc.gov.uk"
CLIENT_ID = "5d6f1c2a-9b8e-4f7a-8c3d-2e1f0a9b8c7d"
NS = {
    "o": "http://schemas.microsoft.com/office/appforoffice/1.1",
    "bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
    "v10": "http://schemas.microsoft.com/office/mailappversionoverrides",
    "v11": "http://schemas.microsoft.com/office/mailappversionoverrides/1.1",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
JSON_SEND_MODES = {"soft-block": "softBlock", "block": "block", "prompt-user": "promptUser"}


@pytest.fixture(scope="session")
def converter() -> Path:
    """Microsoft's XML-to-JSON manifest converter, installed from the npm registry by tests/run.sh.

    Installed by the test command, not fetched by the test: MAILGUARD_NODE_PREFIX (default .venv/node).
    """
    prefix = Path(os.environ.get("MAILGUARD_NODE_PREFIX") or ROOT / ".venv" / "node")
    tool = prefix / "node_modules" / ".bin" / "office-addin-manifest-converter"
    assert tool.exists(), (f"{tool} is missing: run `bash tests/run.sh` (it runs "
                           f"`npm install --prefix {prefix} {CONVERTER}`)")
    return tool


def _tree(send_mode="soft-block", client_id=CLIENT_ID) -> etree._Element:
    return etree.fromstring(build_manifest(BASE, send_mode=send_mode, client_id=client_id).encode("utf-8"))


@pytest.mark.parametrize("send_mode", list(SEND_MODES))
def test_the_launch_event_uses_the_chosen_send_mode(send_mode):
    tree = _tree(send_mode)
    overrides = tree.find("v10:VersionOverrides/v11:VersionOverrides", NS)
    assert overrides.get(XSI_TYPE) == "VersionOverridesV1_1"
    events = overrides.findall(".//v11:ExtensionPoint[@xsi:type='LaunchEvent']/v11:LaunchEvents/v11:LaunchEvent", NS)
    assert [(e.get("Type"), e.get("FunctionName"), e.get("SendMode")) for e in events] == [
        ("OnMessageSend", "onMessageSendHandler", SEND_MODES[send_mode])]
    assert overrides.find("v11:ExtendedPermissions/v11:ExtendedPermission", NS).text == "AppendOnSend"
    assert overrides.find("v11:Requirements/bt:Sets", NS).get("DefaultMinVersion") == "1.15"


def test_every_resid_names_a_resource_and_urls_are_on_the_base():
    tree = _tree()
    defined = {e.get("id"): e.get("DefaultValue") for e in tree.iter() if e.get("id") and e.get("DefaultValue")}
    used = {e.get("resid") for e in tree.iter() if e.get("resid")}
    assert used <= set(defined), used - set(defined)
    urls = {v for v in defined.values() if v.startswith("http")}
    assert urls and all(u.startswith(BASE + "/addin/") for u in urls)
    runtime = tree.find(".//v11:Runtimes/v11:Runtime", NS)
    assert defined[runtime.get("resid")] == f"{BASE}/addin/commands.html"
    override = runtime.find("v11:Override", NS)
    assert override.get("type") == "javascript" and defined[override.get("resid")] == f"{BASE}/addin/launchevent.js"


def test_sso_needs_a_client_id_and_names_the_api():
    assert _tree(client_id="").find(".//v11:WebApplicationInfo", NS) is None
    info = _tree().find(".//v11:WebApplicationInfo", NS)
    assert info.find("v11:Id", NS).text == CLIENT_ID
    assert info.find("v11:Resource", NS).text == f"api://mailguard.hartsbourne-tc.gov.uk/{CLIENT_ID}"


@pytest.mark.parametrize("send_mode", list(SEND_MODES))
def test_microsofts_converter_reads_it_and_the_result_fits_microsofts_schema(converter, tmp_path, send_mode):
    source = tmp_path / "manifest.xml"
    source.write_text(build_manifest(BASE, send_mode=send_mode, client_id=CLIENT_ID), encoding="utf-8")
    result = subprocess.run([str(converter), "convert", str(source), "--output", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    unified = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SCHEMA).validate(unified)
    extension = unified["extensions"][0]
    events = [e for run in extension["autoRunEvents"] for e in run["events"]]
    assert events == [{"type": "messageSending", "actionId": "onMessageSendHandler",
                       "options": {"sendMode": JSON_SEND_MODES[send_mode]}}]
    (runtime,) = extension["runtimes"]
    assert runtime["code"] == {"page": f"{BASE}/addin/commands.html", "script": f"{BASE}/addin/launchevent.js"}
    assert {a["id"] for a in runtime["actions"]} == {"onMessageSendHandler", "submitForReview"}
    permissions = {p["name"] for p in unified["authorization"]["permissions"]["resourceSpecific"]}
    assert any("AppendOnSend" in p for p in permissions)
    assert unified["webApplicationInfo"]["id"] == CLIENT_ID


def test_the_schema_refuses_a_wrong_send_mode(converter, tmp_path):
    """The schema check has teeth: the same output with an invented send mode fails."""
    source = tmp_path / "manifest.xml"
    source.write_text(build_manifest(BASE), encoding="utf-8")
    subprocess.run([str(converter), "convert", str(source), "--output", str(tmp_path / "out")],
                   capture_output=True, text=True, timeout=120, check=True)
    unified = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    unified["extensions"][0]["autoRunEvents"][0]["events"][0]["options"]["sendMode"] = "maybeBlock"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(unified)


def test_the_cli_writes_the_manifest_for_a_host(tmp_path):
    out = tmp_path / "manifest.xml"
    result = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", BASE + "/", "--send-mode", "block",
                                      "--client-id", CLIENT_ID, "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == build_manifest(BASE, send_mode="block", client_id=CLIENT_ID)
    refused = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", "http://insecure.example",
                                       "--client-id", CLIENT_ID])
    assert refused.exit_code != 0 and "https" in refused.output
    wrong = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", BASE, "--send-mode", "sometimes",
                                     "--client-id", CLIENT_ID])
    assert wrong.exit_code != 0


def test_without_a_client_id_the_cli_says_so_instead_of_dropping_sign_in(tmp_path):
    out = tmp_path / "manifest.xml"
    silent = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", BASE, "--output", str(out)])
    assert silent.exit_code == 2 and "--client-id" in silent.output and "--no-sso" in silent.output
    assert not out.exists()
    chosen = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", BASE, "--no-sso", "--output", str(out)])
    assert chosen.exit_code == 0, chosen.output
    assert "WebApplicationInfo" not in out.read_text(encoding="utf-8")
    both = CliRunner().invoke(cli, ["addin", "manifest", "--base-url", BASE, "--no-sso", "--client-id", CLIENT_ID])
    assert both.exit_code == 2
