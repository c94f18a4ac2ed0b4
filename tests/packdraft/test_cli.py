"""`mailguard pack draft` and `mailguard pack explain`, through a real subprocess, and the draft
through `mailguard packs check` as a clerk would run it."""

from __future__ import annotations

import subprocess
import sys

import yaml

from app.engine.checks import RULE_IDS
from tests.packdraft.documents import write_pdf
from tests.packdraft.support import POLICIES, REAL, ROOT


def mailguard(*args):
    return subprocess.run([sys.executable, "-m", "app.cli.main", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_draft_from_a_pdf_then_packs_check_passes(tmp_path):
    pdf = write_pdf((POLICIES / "protocols" / "annex-2-4.md").read_text(encoding="utf-8"), tmp_path / "annex.pdf")
    out = tmp_path / "policies"
    result = mailguard("pack", "draft", str(pdf), "--council", "Annex Borough Council", "--out", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Drafted annex-borough-council from annex.pdf (status: draft)" in result.stdout
    assert "silent-bcc                 hold      clause 5.11" in result.stdout
    examples = yaml.safe_load((ROOT / "app" / "packdraft" / "cases.yaml").read_text(encoding="utf-8"))
    cases = len(set(examples["rules"]) & set(RULE_IDS)) + len(examples["negative"])  # one per rule, the negatives
    assert f"ok   annex-borough-council: {cases}/{cases} cases" in result.stdout
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        "annex-borough-council.test.yaml", "annex-borough-council.yaml", "protocols/annex-borough-council.txt"]
    check = mailguard("packs", "check", str(out / "annex-borough-council.yaml"))
    assert check.returncode == 0, check.stdout + check.stderr
    again = mailguard("pack", "draft", str(pdf), "--council", "Annex Borough Council", "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr


def test_a_silent_protocol_says_so(tmp_path):
    result = mailguard("pack", "draft", str(REAL / "knutsford" / "protocol.md"), "--council", "Knutsford Town Council",
                       "--slug", "knutsford", "--out", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "says nothing the drafter could find about correspondence: every rule is flag" in result.stdout
    assert result.stdout.count("flag      no clause") == len(RULE_IDS)


def test_a_protocol_that_cannot_be_read_is_a_clear_error(tmp_path):
    bad = tmp_path / "protocol.docx"
    bad.write_bytes(b"not a zip")
    result = mailguard("pack", "draft", str(bad), "--council", "X Parish Council", "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "not a readable docx file" in result.stderr
    assert not (tmp_path / "out").exists()


def test_explain_is_one_page_a_councillor_reads():
    result = mailguard("pack", "explain", "leigh-on-sea")
    assert result.returncode == 0, result.stderr
    page = result.stdout
    assert page.startswith("Leigh-on-Sea Town Council — Protocol on Member/Officer Relations\n")
    assert "Blind copies (silent-bcc)" in page
    assert "Sent with a line added at the foot" in page and 'The line added: "CC Councillor <name>"' in page
    assert "Letters in a councillor's name (councillor-name-letter)" in page
    assert "Held: the email waits until an officer" in page
    assert "should never be sent out in the name of a councillor" in " ".join(page.split())  # the quote, in full
    assert len(page.splitlines()) < 12 * len(RULE_IDS) + 10  # about a dozen lines a rule: short enough to read through
    assert max(len(line) for line in page.splitlines()) <= 78


def test_explain_a_draft_shows_confidence_and_what_to_read(tmp_path):
    mailguard("pack", "draft", str(REAL / "leadenham" / "protocol.md"), "--council", "Leadenham Parish Council",
              "--slug", "leadenham", "--out", str(tmp_path))
    result = mailguard("pack", "explain", str(tmp_path / "leadenham.yaml"))
    assert result.returncode == 0, result.stderr
    assert "This pack is a draft: written from the published protocol" in result.stdout
    assert "Drafter's confidence: medium." in result.stdout
    assert "Still to be read by a person:" in result.stdout
    assert "The protocol says nothing about this" in result.stdout  # silent-bcc: the text breaks off in B.5
