"""Packs: every shipped pack loads, maps every rule, cites its protocol truly;
broken packs fail with one `file: key: problem` line."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.engine.checks import RULE_IDS
from app.engine.packs.pack import export_schema, load_pack, pack_path, schema_text
from app.engine.verify_packs import (
    EXAMPLE_DIRECTORY,
    check_packs,
    citation_problems,
    normalise,
    pack_files,
)
from app.errors import PackError

POLICIES = Path(__file__).resolve().parent.parent / "policies"
PACKS = ["leigh-on-sea", "annex-2-4", "ludlow", "thurrock", "chard"]

GOOD = """\
pack: {stem}
title: Test pack
status: draft
protocol: {{revised: 2023-03, review_due: 2026-11, source: protocols/leigh-on-sea.md}}
rules:
  silent-bcc:
    action: annotate
    clause: "6"
    quote: it should be made clear at the foot of any e-mails
    tell_sender: The footer will say so.
    annotation: "CC Councillor {{name}}"
  forwarded-chain: {{action: flag, why_flag: Not in the protocol.}}
  confidential-disclosure: {{action: off}}
  councillor-name-letter: {{action: off}}
  election-period: {{action: off}}
  instructs-staff: {{action: off}}
  officer-criticism: {{action: off}}
  group-parity: {{action: off}}
"""


def write(tmp_path: Path, text: str, stem: str = "x") -> Path:
    path = tmp_path / f"{stem}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def load_error(path: Path) -> str:
    with pytest.raises(PackError) as caught:
        load_pack(path)
    return str(caught.value)


def test_the_five_packs_are_the_ones_shipped():
    assert [p.stem for p in pack_files(POLICIES)] == sorted(PACKS)


@pytest.mark.parametrize("name", PACKS)
def test_pack_loads_by_name_and_maps_every_rule(name):
    pack = load_pack(name, POLICIES)
    assert pack.pack == name
    assert set(pack.rules) == set(RULE_IDS)
    assert (POLICIES / pack.protocol.source).is_file()


@pytest.mark.parametrize("name", PACKS)
def test_every_cited_quote_is_in_the_protocol_under_its_clause(name):
    path = POLICIES / f"{name}.yaml"
    pack = load_pack(path)
    assert all(e.quote and e.clause for e in pack.rules.values() if e.action in ("hold", "annotate"))
    assert citation_problems(pack, path) == []


def test_a_quote_not_in_the_protocol_is_reported(tmp_path):
    (tmp_path / "protocols").mkdir()
    (tmp_path / "protocols" / "leigh-on-sea.md").write_text(
        (POLICIES / "protocols" / "leigh-on-sea.md").read_text(encoding="utf-8"), encoding="utf-8")
    path = write(tmp_path, GOOD.format(stem="x").replace("at the foot of any e-mails", "at the top of any e-mails"))
    problems = citation_problems(load_pack(path), path)
    assert problems == ["%s: rules.silent-bcc.quote: not found in protocols/leigh-on-sea.md" % path]


def test_a_quote_under_another_clause_is_reported(tmp_path):
    (tmp_path / "protocols").mkdir()
    (tmp_path / "protocols" / "leigh-on-sea.md").write_text(
        (POLICIES / "protocols" / "leigh-on-sea.md").read_text(encoding="utf-8"), encoding="utf-8")
    path = write(tmp_path, GOOD.format(stem="x").replace('clause: "6"', 'clause: "5"'))
    assert citation_problems(load_pack(path), path) == [
        f"{path}: rules.silent-bcc.quote: found under clause 6, not 5"
    ]


def test_quotes_compare_without_emphasis_or_line_breaks():
    assert normalise("**6. Correspondence**\n  Official   letters") == "6. Correspondence Official letters"


def test_schema_json_is_current():
    committed = (POLICIES / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(export_schema()), "run: python -c 'from app.engine.packs.pack import *; export_schema(Path(\"policies/schema.json\"))'"
    schema = json.loads(committed)
    assert schema["properties"]["rules"]["required"] == list(RULE_IDS)


def test_export_schema_writes_the_file(tmp_path):
    target = tmp_path / "schema.json"
    returned = export_schema(target)
    assert json.loads(target.read_text(encoding="utf-8")) == returned


def test_a_good_pack_loads_from_a_path(tmp_path):
    pack = load_pack(write(tmp_path, GOOD.format(stem="x")))
    assert pack.rules["confidential-disclosure"].action == "off"  # YAML 1.1 would read False
    assert pack.protocol.revised == "2023-03"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("status: draft", "status: draft\ncolour: red"), "colour: unknown key"),
        (lambda t: t.replace("action: off}\n", "action: off, tone: stern}\n", 1),
         "rules.confidential-disclosure.tone: unknown key"),
        (lambda t: t + "  silent-cc: {action: off}\n", "rules.silent-cc: unknown rule"),
        (lambda t: t.replace("  councillor-name-letter: {action: off}\n", ""),
         "rules.councillor-name-letter: missing; map every rule"),
        (lambda t: t.replace('    clause: "6"\n', ""), "rules.silent-bcc.clause: required when action is annotate"),
        (lambda t: t.replace("{name}", "{councillor}"), "rules.silent-bcc.annotation: unknown placeholder {councillor}"),
        (lambda t: t.replace("action: annotate", "action: block"),
         "rules.silent-bcc.action: must be one of hold, annotate, flag, off"),
        (lambda t: t.replace("{action: flag, why_flag: Not in the protocol.}", "{action: flag}"),
         "rules.forwarded-chain.why_flag: required for a flag that cites no clause"),
        (lambda t: t.replace('    annotation: "CC Councillor {name}"\n', ""),
         "rules.silent-bcc.annotation: required when action is annotate"),
        (lambda t: t.replace("{action: flag, why_flag: Not in the protocol.}",
                             '{action: hold, clause: "6", quote: q, tell_sender: t, annotation: "To {name}"}'),
         "rules.forwarded-chain.annotation: this rule names no one to disclose"),
        (lambda t: t.replace('    annotation: "CC Councillor {name}"\n',
                             '    annotation: "CC Councillor {name}"\n    follow_up: "{who} was copied"\n'),
         "rules.silent-bcc.follow_up: unknown placeholder {who}"),
        (lambda t: t.replace('clause: "6"', "clause: 6"), 'rules.silent-bcc.clause: must be text; quote it, e.g. "6"'),
        (lambda t: t.replace("revised: 2023-03", "revised: March 2023"), "protocol.revised: must be a date"),
        (lambda t: t.replace("source: protocols/", "source: ../"), "protocol.source: must be a path inside policies/"),
        (lambda t: t.replace("pack: x", "pack: y"), "pack: must be the file stem 'x', not 'y'"),
    ],
)
def test_broken_pack_fails_with_file_key_problem(tmp_path, change, expected):
    path = write(tmp_path, change(GOOD.format(stem="x")))
    message = load_error(path)
    assert message.startswith(f"{path}: {expected}"), message
    assert "\n" not in message


def test_unbalanced_brace_in_annotation_is_an_error(tmp_path):
    path = write(tmp_path, GOOD.format(stem="x").replace("{name}", "{name"))
    assert load_error(path).startswith(f"{path}: rules.silent-bcc.annotation: bad template")


def test_not_yaml_is_an_error_with_its_line(tmp_path):
    path = write(tmp_path, "pack: x\ntitle: [unclosed\nstatus: draft\n")
    assert re.match(rf"{re.escape(str(path))}: line \d+: not valid YAML: ", load_error(path))


def test_duplicate_key_is_an_error(tmp_path):
    text = GOOD.format(stem="x").replace("  councillor-name-letter: {action: off}\n",
                                          "  councillor-name-letter: {action: off}\n  forwarded-chain: {action: off}\n")
    assert "duplicate key 'forwarded-chain'" in load_error(write(tmp_path, text))


def test_a_list_is_not_a_pack(tmp_path):
    assert load_error(write(tmp_path, "- a\n- b\n")) == f"{tmp_path / 'x.yaml'}: (top): must be a mapping"


def test_missing_pack_by_name_and_by_path(tmp_path):
    with pytest.raises(PackError, match=r"nope\.yaml: \(file\): no such file$"):
        load_pack("nope", tmp_path)
    with pytest.raises(PackError, match=r"gone\.yaml: \(file\): no such file$"):
        load_pack(tmp_path / "gone.yaml")


def test_a_name_with_a_dot_is_not_a_pack_name(tmp_path):
    with pytest.raises(PackError, match="kebab-case"):
        load_pack("leigh-on-sea.test", POLICIES)


def test_test_files_are_never_loaded_as_packs():
    with pytest.raises(PackError, match=r"leigh-on-sea\.test\.yaml: \(file\): is a pack's test cases"):
        load_pack(POLICIES / "leigh-on-sea.test.yaml")
    assert not any(p.name.endswith(".test.yaml") for p in pack_files(POLICIES))
    assert EXAMPLE_DIRECTORY not in [p.name for p in pack_files(POLICIES)]


def test_names_and_paths_resolve_as_the_contract_says(tmp_path, monkeypatch):
    assert pack_path("ludlow", tmp_path) == tmp_path / "ludlow.yaml"
    assert pack_path("some/dir/ludlow.yaml") == Path("some/dir/ludlow.yaml")
    assert pack_path("ludlow.yaml") == Path("ludlow.yaml")  # a .yaml suffix means a path
    monkeypatch.setenv("MAILGUARD_POLICIES_DIR", str(tmp_path))
    assert pack_path("ludlow") == tmp_path / "ludlow.yaml"
    monkeypatch.delenv("MAILGUARD_POLICIES_DIR")
    assert pack_path("ludlow") == POLICIES / "ludlow.yaml"


def test_packs_check_reports_a_broken_pack_and_an_orphan_case_file(tmp_path):
    (tmp_path / EXAMPLE_DIRECTORY).write_text(
        (POLICIES / EXAMPLE_DIRECTORY).read_text(encoding="utf-8"), encoding="utf-8")
    write(tmp_path, "pack: broken\n", stem="broken")
    (tmp_path / "ghost.test.yaml").write_text("[]\n", encoding="utf-8")
    reports = check_packs(policies_dir=tmp_path)
    problems = {r.pack: r.problems for r in reports}
    assert not any(r.ok for r in reports)
    assert problems["broken"] == [f"{tmp_path / 'broken.yaml'}: title: required"]
    assert problems["ghost.test.yaml"] == [f"{tmp_path / 'ghost.test.yaml'}: (file): cases for a pack that does not exist"]
