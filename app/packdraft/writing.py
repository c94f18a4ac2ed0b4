"""A draft as files: the pack YAML (with its reasons in comments), its example cases, the protocol text.

YAML is written by hand, not dumped, so a clerk reads it top to bottom like
the shipped packs; every string goes out JSON-quoted (valid YAML, never
reinterpreted: `off`, dates and colons stay text).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from app.packdraft.catalogue import HERE

_ORDER = ("action", "clause", "quote", "because", "confidence", "tell_sender", "annotation", "follow_up", "why_flag")


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def pack_yaml(pack: dict[str, Any], drafted_from: str) -> str:
    lines = [
        "# yaml-language-server: $schema=./schema.json",
        f"# Drafted by `mailguard pack draft` from {drafted_from}.",
        "# A draft: a person who knows the council reads every rule against the",
        "# protocol (quote, clause, action) and the list under `unplaced` before",
        "# `status` becomes reviewed. `because` says which words decided each action.",
        f"pack: {pack['pack']}",
        f"title: {_q(pack['title'])}",
        "status: draft",
        f"council: {_q(pack['council'])}",
        "protocol:",
        f"  revised: {pack['protocol']['revised']}",
        f"  review_due: {pack['protocol']['review_due']}",
        f"  source: {_q(pack['protocol']['source'])}",
    ]
    if pack["protocol"].get("url"):
        lines.append(f"  url: {_q(pack['protocol']['url'])}")
    lines.append("rules:")
    for rule, entry in pack["rules"].items():
        lines.append(f"  {rule}:")
        for key in _ORDER:
            if entry.get(key) is not None:
                value = entry[key] if key in ("action", "confidence") else _q(entry[key])
                lines.append(f"    {key}: {value}")
    respond = (pack.get("duties") or {}).get("respond")
    if respond:
        lines += ["duties:", "  respond:"]
        for key, value in respond.items():
            if isinstance(value, list):
                lines.append(f"    {key}: [{', '.join(value)}]")
            elif isinstance(value, int):
                lines.append(f"    {key}: {value}")
            else:
                lines.append(f"    {key}: {_q(value)}")
    lines.append("unplaced:" if pack["unplaced"] else "unplaced: []")
    lines += [f"  - {_q(item)}" for item in pack["unplaced"]]
    return "\n".join(lines) + "\n"


def example_cases(pack: dict[str, Any]) -> list[dict[str, Any]]:
    """One case per rule the data has a message for, expected as the draft's action decides; then the negatives."""
    data = yaml.safe_load((HERE / "cases.yaml").read_text(encoding="utf-8"))
    cases = []
    for rule, entry in pack["rules"].items():
        example = data["rules"].get(rule)
        if example is None:
            continue
        action = entry["action"]
        expect: dict[str, Any] = {"verdict": {"hold": "hold", "annotate": "annotate"}.get(action, "allow")}
        if action != "off":
            expect["rules"] = [rule]
        if action in ("hold", "annotate") and entry.get("annotation") and action == "annotate":
            expect["annotation"] = example["annotated"]
        verb = {"hold": "is held", "annotate": "is annotated", "flag": "is flagged", "off": "passes"}[action]
        where = f" ({entry['clause']})" if entry.get("clause") else ""
        cases.append({"name": f"{example['name']} {verb}{where}", "message": example["message"], "expect": expect})
    for example in data["negative"]:
        cases.append({"name": example["name"], "message": example["message"], "expect": {"verdict": "allow"}})
    return cases


class _CaseDumper(yaml.SafeDumper):
    """Message bodies as literal blocks (`|`), the way the shipped .test.yaml files are written."""


def _text(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_CaseDumper.add_representer(str, _text)


def cases_yaml(pack: dict[str, Any]) -> str:
    head = (f"# Example messages for {pack['pack']}.yaml, written by `mailguard pack draft` from the\n"
            "# actions it proposed; run by `mailguard packs check` against example-directory.yaml.\n"
            "# Add the council's own cases as you review the draft.\n")
    return head + yaml.dump(example_cases(pack), Dumper=_CaseDumper, sort_keys=False, allow_unicode=True, width=100)


def write_new(path: Path, text: str, force: bool) -> None:
    """Write a file that must not already exist (unless force): a draft never overwrites a reviewed pack."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = "w" if force else "x"
    with path.open(mode, encoding="utf-8") as handle:
        handle.write(text)
