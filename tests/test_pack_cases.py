"""Each pack's .test.yaml run through the real engine (parse -> checks -> pack), as `mailguard packs check` does."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from app.engine.directory import load_directory
from app.engine.packs.cases import case_bytes, load_cases
from app.engine.verify_packs import EXAMPLE_DIRECTORY, check_all_packs, run_pack_tests

POLICIES = Path(__file__).resolve().parent.parent / "policies"
PACKS = ["leigh-on-sea", "annex-2-4", "ludlow", "thurrock", "chard"]
DIRECTORY = load_directory(POLICIES / EXAMPLE_DIRECTORY)


def _cases():
    for name in PACKS:
        for case in load_cases(POLICIES / f"{name}.test.yaml"):
            yield pytest.param(name, case.name, id=f"{name}: {case.name}")


@pytest.mark.parametrize("name", PACKS)
def test_each_pack_has_cases_for_every_action_it_uses(name):
    from app.engine.packs.pack import load_pack

    pack = load_pack(name, POLICIES)
    cases = load_cases(POLICIES / f"{name}.test.yaml")
    assert len(cases) >= 4
    for rule, entry in pack.rules.items():
        if entry.action == "off":
            continue
        hits = [c for c in cases if rule in c.expect.rules]
        assert hits, f"{name}: no case exercises {rule} ({entry.action})"
    assert any(c.expect.verdict == "allow" and not c.expect.rules for c in cases), "no negative case"


def test_case_messages_are_real_mail_with_their_blind_copies():
    case = load_cases(POLICIES / "leigh-on-sea.test.yaml")[0]
    raw = case_bytes(case, POLICIES, "<case-1.leigh-on-sea@mailguard.test>")
    assert raw == case_bytes(case, POLICIES, "<case-1.leigh-on-sea@mailguard.test>")  # reproducible
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Bcc"] == "Jane Doe <cllr.doe@example-council.gov.uk>"
    assert "41 names" in parsed.get_content()


@pytest.mark.parametrize(("name", "case_name"), list(_cases()))
def test_pack_case(name, case_name):
    results = {r.name: r for r in run_pack_tests(name, DIRECTORY, POLICIES)}
    result = results[case_name]
    assert result.error is None, result.error
    assert result.passed, f"expected {result.expected}, got {result.got}"


def test_packs_check_passes_on_the_shipped_packs():
    failures = check_all_packs(policies_dir=POLICIES)
    assert failures == [], [f.problems or [c for c in f.cases if not c.passed] for f in failures]


def test_a_wrong_expectation_fails_and_says_what_happened(tmp_path):
    for name in ("leigh-on-sea.yaml", EXAMPLE_DIRECTORY):
        (tmp_path / name).write_text((POLICIES / name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "protocols").mkdir()
    (tmp_path / "protocols" / "leigh-on-sea.md").write_text(
        (POLICIES / "protocols" / "leigh-on-sea.md").read_text(encoding="utf-8"), encoding="utf-8")
    cases = (POLICIES / "leigh-on-sea.test.yaml").read_text(encoding="utf-8")
    wrong = cases.replace("    verdict: annotate\n    rules: [silent-bcc]\n    annotation: CC Councillor Jane Doe\n",
                          "    verdict: allow\n", 1)
    assert wrong != cases
    (tmp_path / "leigh-on-sea.test.yaml").write_text(wrong, encoding="utf-8")
    (failure,) = check_all_packs(policies_dir=tmp_path)
    (case,) = [c for c in failure.cases if not c.passed]
    assert case.name == "blind-copied councillor gets the footer"
    assert (case.expected, case.got) == ("allow []", "annotate [silent-bcc] annotation='CC Councillor Jane Doe'")
