"""A newcomer's first hour: the README's commands, run in a fresh clone with nothing beside it.

The repository's committed HEAD is cloned into an empty temporary folder. There
the README's opening commands run as written: a venv and `pip install -e .`
(with `--no-deps`: the dependencies come from this test's own venv through a
.pth file, so the test needs no network and minutes less), `mailguard serve
--demo` answering over HTTP, the digest against the demo's database, `check` on
the shipped examples, and the test collection. No MAILGUARD_* variable of the
caller leaks in.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
INSTALL = "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/mailguard serve --demo"
DIGEST = ("export MAILGUARD_CONFIG_FILE=$PWD/mailguard-demo/settings.yaml\n"
          ".venv/bin/mailguard digest --council demo --period today")
CHECK = (".venv/bin/mailguard check --policy leigh-on-sea --directory policies/example-directory.yaml "
         "--json examples/Sent/")


def _blocks() -> list[str]:
    """The README's sh blocks before its first rule (---): the commands a newcomer runs first."""
    head = README.split("\n---\n", 1)[0]
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", head, re.S)]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILGUARD_")}
    env.update(extra)
    return env


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _bash(script: str, cwd: Path, env: dict, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", "set -e\n" + script], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get("content-type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("content-type", ""), exc.read()


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """The committed HEAD, cloned into an empty folder, installed as the README's first command says."""
    assert (ROOT / ".git").exists(), "this test clones the repository: run it from a git checkout"
    base = tmp_path_factory.mktemp("first-hour")
    target = base / "mailguard"
    head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    subprocess.run(["git", "clone", "--quiet", "--no-checkout", str(ROOT), str(target)], check=True, timeout=300)
    subprocess.run(["git", "-C", str(target), "checkout", "--quiet", head], check=True, timeout=300)
    assert sorted(p.name for p in base.iterdir()) == ["mailguard"]  # nothing beside the clone
    python3 = shutil.which("python3") or sys.executable
    install = INSTALL.split(" && .venv/bin/mailguard serve")[0].replace("pip install -q -e .",
                                                                         "pip install -q --no-deps -e .")
    result = subprocess.run(["bash", "-c", install.replace("python3", python3, 1)], cwd=target, env=_env(),
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    site = next((target / ".venv" / "lib").glob("python3*/site-packages"))
    (site / "zz_test_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    where = subprocess.run([str(target / ".venv/bin/python"), "-c", "import app; print(app.__file__)"],
                           capture_output=True, text=True, timeout=60, cwd=base)
    assert where.stdout.strip() == str(target / "app" / "__init__.py"), where.stderr  # the clone's code runs
    return target


@pytest.fixture(scope="module")
def demo(clone):
    """`.venv/bin/mailguard serve --demo`, as written, on a free port (MAILGUARD_PORT)."""
    port = _free_port()
    log = (clone.parent / "serve.log").open("w")
    process = subprocess.Popen([".venv/bin/mailguard", "serve", "--demo"], cwd=clone, stdout=log,
                               stderr=subprocess.STDOUT, env=_env(MAILGUARD_PORT=str(port)), start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            assert process.poll() is None, (clone.parent / "serve.log").read_text()
            try:
                if _get(f"http://127.0.0.1:{port}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            time.sleep(0.5)
        else:
            pytest.fail("the demo did not answer: " + (clone.parent / "serve.log").read_text()[-3000:])
        yield port, process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        log.close()


def test_the_readme_opens_with_the_commands_this_test_runs():
    blocks = _blocks()
    assert blocks[0] == INSTALL and DIGEST in blocks and CHECK in blocks and "bash tests/run.sh" in blocks


def test_the_demo_answers_over_http_and_its_banner_says_how_to_reach_it(clone, demo):
    port, _ = demo
    base = f"http://127.0.0.1:{port}"
    assert _get(f"{base}/login")[0] == 200
    status, kind, page = _get(f"{base}/docs")
    assert status == 200 and b"https://" not in page and b"/docs/assets/swagger-ui-bundle.js" in page
    status, kind, script = _get(f"{base}/docs/assets/swagger-ui-bundle.js")
    assert status == 200 and "javascript" in kind and len(script) > 500_000  # Swagger UI itself, served by us
    status, kind, _ = _get(f"{base}/api/v1/held")
    assert status == 401 and kind.startswith("application/problem+json")  # the API wants its key
    deadline = time.monotonic() + 60
    while "demo is running" not in (log := (clone.parent / "serve.log").read_text()) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert f"{base}/review/" in log and "monitoring.officer@example-council.gov.uk" in log
    assert f"export MAILGUARD_CONFIG_FILE={clone / 'mailguard-demo' / 'settings.yaml'}" in log
    assert re.search(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z INFO uvicorn", log, re.M)  # time and level


def test_the_digest_runs_against_the_demo_database_and_sends_to_its_mailbox(clone, demo):
    port, _ = demo
    deadline = time.monotonic() + 90
    while True:  # the worker checks the seeded outbox a moment after start
        result = _bash(DIGEST, clone, _env())
        assert result.returncode == 0, result.stderr[-3000:]
        if "NOTABLE ITEMS" in result.stdout and result.stdout.count("/review/messages/") >= 3:
            break
        assert time.monotonic() < deadline, result.stdout
        time.sleep(1)
    assert "Traceback" not in result.stderr
    assert f"http://127.0.0.1:{port}/review/messages/" in result.stdout  # links on the port it serves
    assert f"http://127.0.0.1:{port}/review/findings?from=" in result.stdout
    sent = _bash(DIGEST + " --send", clone, _env())
    assert sent.returncode == 0 and "sent to monitoring.officer@example-council.gov.uk" in sent.stdout, sent.stderr
    assert list((clone / "mailguard-demo" / "mailbox" / "notices").glob("digest_*.eml"))


def test_check_reads_the_shipped_examples(clone):
    result = _bash(CHECK, clone, _env())
    assert result.returncode == 0, result.stderr
    verdicts = {Path(r["source"]).name: r["verdict"] for r in map(json.loads, result.stdout.splitlines())}
    assert verdicts == {"01-silent-copy.eml": "annotate", "02-confidential-to-complainant.eml": "hold",
                        "03-instruction-in-councillor-name.eml": "hold", "04-ordinary.eml": "allow",
                        "05-copied-and-confidential.eml": "hold"}
    loud = _bash(".venv/bin/mailguard check examples/Sent/04-ordinary.eml", clone, _env())
    assert loud.returncode == 0 and "WARNING: no --directory given" in loud.stderr


def test_a_database_command_without_the_demo_settings_says_what_to_run(clone, demo):
    result = _bash(".venv/bin/mailguard digest --council demo", clone, _env())
    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "mailguard db upgrade" in lines[0]
    assert "export MAILGUARD_CONFIG_FILE=" in lines[0]
    assert not (clone / "mailguard.db").exists()  # the empty file the command made is gone again
    status = subprocess.run(["git", "status", "--porcelain"], cwd=clone, capture_output=True, text=True)
    assert status.stdout.strip() == ""  # the demo's folder is ignored: the clone stays clean


def test_the_test_collection_succeeds_in_the_clone(clone):
    result = subprocess.run([".venv/bin/python", "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                            cwd=clone, env=_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    count = re.search(r"(\d+) tests? collected", result.stdout)
    assert count and int(count.group(1)) > 1000, result.stdout[-500:]
    assert "error" not in result.stdout.lower().split("collected")[-1]


def test_the_demo_starts_again_from_nothing_with_reset(clone, demo):
    port, process = demo
    os.killpg(process.pid, signal.SIGINT)
    process.wait(timeout=30)
    other = _free_port()
    log = clone.parent / "reset.log"
    with log.open("w") as out:
        again = subprocess.Popen([".venv/bin/mailguard", "serve", "--demo", "--reset"], cwd=clone, stdout=out,
                                 stderr=subprocess.STDOUT, env=_env(MAILGUARD_PORT=str(other)), start_new_session=True)
        try:
            deadline = time.monotonic() + 120
            while "demo is running" not in log.read_text() and time.monotonic() < deadline:
                assert again.poll() is None, log.read_text()
                time.sleep(0.5)
            text = log.read_text()
            assert "Authorization: Bearer mg_" in text  # a new council, so a new API key: it started from nothing
            assert "Running upgrade  -> 0001" in text  # a new database
            assert not list((clone / "mailguard-demo" / "mailbox" / "notices").glob("digest_*.eml"))
        finally:
            os.killpg(again.pid, signal.SIGINT)
            again.wait(timeout=30)
