"""`mailguard check` exactly per the contract, through a real subprocess."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "bcc-forward"


def mailguard(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=120)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


BCC = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\r\n"
       b"Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nSubject: Allotments\r\nMessage-ID: <bcc-1@test>\r\n\r\n"
       b"Dear Cllr Haddad,\r\n\r\nThe waiting list is 14 names long.\r\n\r\nSam\r\n")
PLAIN = (b"From: clerk@example-council.gov.uk\r\nTo: cllr.shah@example-council.gov.uk\r\nSubject: Agenda\r\n"
         b"Message-ID: <plain-1@test>\r\n\r\nThe agenda is on the website.\r\n")


def test_json_lines_one_per_message_in_read_order(tmp_path):
    a = write(tmp_path / "b" / "2.eml", PLAIN)
    b = write(tmp_path / "b" / "1.eml", BCC)
    c = write(tmp_path / "a.eml", b"not mail at all \x00\xff")
    result = mailguard("check", "--policy", "leigh-on-sea", "--json", str(c), str(tmp_path / "b"))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(c), str(b), str(a)]
    error, bcc, plain = records
    assert error["verdict"] == "error" and error["error"] and error["findings"] == []
    assert bcc["verdict"] == "annotate" and bcc["message_id"] == "<bcc-1@test>"
    (finding,) = bcc["findings"]
    assert finding["rule"] == "silent-bcc" and finding["action"] == "annotate" and finding["clause"] == "6"
    assert finding["evidence"] == ["Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>"]
    assert finding["summary"]
    assert bcc["annotation"] == "CC Councillor Jane Doe"
    assert plain["verdict"] == "allow" and plain["findings"] == [] and plain["annotation"] is None


def test_pack_by_path_and_other_pack_actions(tmp_path):
    eml = write(tmp_path / "m.eml", BCC)
    result = mailguard("check", "--policy", str(ROOT / "policies" / "annex-2-4.yaml"), "--json", str(eml))
    record = json.loads(result.stdout)
    assert record["verdict"] == "hold" and record["findings"][0]["clause"] == "5.11"
    assert record["annotation"] is None


def test_human_report_names_rule_clause_and_evidence(tmp_path):
    eml = write(tmp_path / "m.eml", BCC)
    result = mailguard("check", str(eml))
    assert result.returncode == 0
    assert "ANNOTATE" in result.stdout and "silent-bcc" in result.stdout and "clause 6" in result.stdout
    assert "evidence: Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>" in result.stdout


@pytest.mark.parametrize("args, problem", [
    (["check", "--policy", "no-such-pack", "x.eml"], "no-such-pack"),
    (["check", "--directory", "/nonexistent/people.yaml", "x.eml"], "people.yaml"),
    (["check", "--bogus"], "--bogus"),
    (["check"], "paths"),
])
def test_usage_errors_exit_2_with_one_line(tmp_path, args, problem):
    write(tmp_path / "x.eml", PLAIN)
    result = mailguard(*args, cwd=tmp_path) if "x.eml" in args else mailguard(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and problem in lines[0]


def test_broken_directory_is_a_usage_error(tmp_path):
    people = write(tmp_path / "people.yaml", b"council: X\ndomains: [x.gov.uk]\npeople:\n  - name: A\n    role: mayor\n")
    result = mailguard("check", "--directory", str(people), str(write(tmp_path / "m.eml", PLAIN)))
    assert result.returncode == 2 and "people[0].role" in result.stderr


def test_whole_corpus_folder_checks_every_file():
    result = mailguard("check", "--policy", "leigh-on-sea", "--directory", str(CORPUS / "directory.yaml"),
                       "--json", str(CORPUS))
    assert result.returncode == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(list(CORPUS.rglob("*.eml")))
    assert {r["verdict"] for r in records} <= {"allow", "annotate", "hold"}


def test_a_file_name_that_is_not_utf8_is_shown_with_a_replacement_character(tmp_path):
    import os

    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"bad\xffname.eml")
    with open(name, "wb") as handle:
        handle.write(b"From: clerk@example-council.gov.uk\r\nTo: a@example.org\r\nSubject: Minutes\r\n\r\nThe minutes.\r\n")
    # A strict UTF-8 stdout, as in any UTF-8 locale (the C locale would escape the bytes silently).
    result = subprocess.run([sys.executable, "-m", "app.cli.main", "check", "--json", str(tmp_path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120,
                            env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stderr[-2000:]
    record = json.loads(result.stdout)
    assert record["source"].endswith("bad\ufffdname.eml") and record["verdict"] == "allow"
