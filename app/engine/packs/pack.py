"""Protocol packs: which action, clause and quote each rule gets under one council's protocol.

Detectors are code (`app.engine.checks`), policy is data: a pack is a YAML file in
`policies/`, validated here with `extra="forbid"` so a typo is a load error,
never a silently ignored key. Packs are loaded by name or explicit path, never
by globbing, so a `*.test.yaml` beside a pack is never taken for one.
Every error is one line, `file: key: problem`.
"""

from __future__ import annotations

import json
import os
import re
import string
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from app.engine.checks import RULE_IDS
from app.engine.packs.duties import Duties
from app.engine.packs.group_notice import GroupNotice
from app.engine.packs.reading import display_path, format_validation_error, load_yaml
from app.errors import PackError

Action = Literal["hold", "annotate", "flag", "off"]
Status = Literal["draft", "reviewed", "adopted", "retired"]
Confidence = Literal["high", "medium", "low"]

# Rules whose findings name people in `Finding.subjects`, so an annotation
# template has someone to name. Belongs with the rule catalogue (app.engine.checks)
# once the checks own it.
RULES_WITH_SUBJECTS = frozenset({"silent-bcc", "group-parity"})  # group-parity: the group
PLACEHOLDERS = frozenset({"name"})  # {name}: one subject in copy-line form, e.g. "Councillor Jane Doe"
MAX_QUOTE_CHARS = 400

_KEBAB = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
_YEAR_MONTH = r"^(\d{4}-(0[1-9]|1[0-2])(-\d{2})?|unknown)$"  # unknown: the text carries no date
_ENV_POLICIES_DIR = "MAILGUARD_POLICIES_DIR"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ProtocolRef(_Strict):
    """The written protocol a pack encodes."""

    revised: str = Field(pattern=_YEAR_MONTH, description="Revision encoded, YYYY-MM (unknown if the text gives none)")
    review_due: str = Field(pattern=_YEAR_MONTH, description="When the council reviews it, YYYY-MM (unknown if the text gives none)")
    source: str = Field(
        min_length=1,
        description="Protocol text the quotes are checked against, relative to policies/",
        examples=["protocols/leigh-on-sea.md"],
    )
    url: str | None = Field(default=None, description="Where the council publishes it")

    @model_validator(mode="after")
    def _source_inside_policies(self) -> ProtocolRef:
        parts = Path(self.source).parts
        if Path(self.source).is_absolute() or ".." in parts:
            raise _problem("source", "must be a path inside policies/, e.g. protocols/x.md")
        return self


class RuleEntry(_Strict):
    """What this council does when one rule fires, and the clause it rests on."""

    # The same requirements as _entry_problems, for editors that read schema.json.
    model_config = ConfigDict(
        json_schema_extra={
            "allOf": [
                {
                    "if": {"properties": {"action": {"enum": ["hold", "annotate"]}}},
                    "then": {"required": ["clause", "quote", "tell_sender"]},
                },
                {
                    "if": {"properties": {"action": {"const": "annotate"}}},
                    "then": {"required": ["annotation"]},
                },
                {
                    "if": {"properties": {"action": {"const": "flag"}}, "not": {"required": ["clause"]}},
                    "then": {"required": ["why_flag"]},
                },
            ]
        }
    )

    action: Action
    clause: str | None = Field(default=None, min_length=1, description='As the protocol numbers it, e.g. "5.11"')
    quote: str | None = Field(
        default=None, min_length=1, max_length=MAX_QUOTE_CHARS,
        description="Verbatim words of that clause (checked against protocol.source)",
    )
    tell_sender: str | None = Field(
        default=None, min_length=1, description="Plain-English words shown to the sender"
    )
    annotation: str | None = Field(
        default=None, min_length=1,
        description="Line appended per subject, e.g. 'CC {name}' (subjects come in copy-line form: 'Councillor Jane Doe')",
    )
    why_flag: str | None = Field(
        default=None, min_length=1,
        description="Why a flag is reported when it cites no clause",
    )
    follow_up: str | None = Field(
        default=None, min_length=1,
        description=("After-send disclosure to the visible recipients, once, per subject, e.g. "
                     "'{name} also received this email.' (mail already sent cannot be annotated)"),
    )
    notice: GroupNotice | None = Field(
        default=None, description="group-parity only: the desk's notice to the other groups' leaders",
    )
    # Written by `mailguard pack draft`; kept after review as the record of why.
    because: str | None = Field(
        default=None, min_length=1,
        description="The words of the clause that decided the action (a drafted pack's reason)",
    )
    confidence: Confidence | None = Field(
        default=None, description="How sure the drafter is of this mapping: high, medium or low",
    )

    @model_validator(mode="after")
    def _consistent(self) -> RuleEntry:
        for key, problem in _entry_problems(self):
            raise _problem(key, problem)
        return self


def _entry_problems(entry: RuleEntry):
    acting = entry.action in ("hold", "annotate")
    if acting and entry.clause is None:
        yield "clause", f"required when action is {entry.action}"
    if acting and entry.quote is None:
        yield "quote", f"required when action is {entry.action}"
    if acting and entry.tell_sender is None:
        yield "tell_sender", f"required when action is {entry.action}"
    if entry.clause is not None and entry.quote is None:
        yield "quote", "required with a clause (the clause's own words)"
    if entry.quote is not None and entry.clause is None:
        yield "clause", "required with a quote"
    if entry.action == "annotate" and entry.annotation is None:
        yield "annotation", "required when action is annotate"
    if entry.annotation is not None and not acting:
        yield "annotation", "only used when action is hold or annotate"
    if entry.action == "flag" and entry.clause is None and entry.why_flag is None:
        yield "why_flag", "required for a flag that cites no clause"
    for key in ("annotation", "follow_up"):
        template = getattr(entry, key)
        problem = placeholder_problem(template) if template is not None else None
        if problem:
            yield key, problem


class PolicyPack(_Strict):
    """One council's protocol, as actions per rule. `pack` is the file stem."""

    pack: str = Field(pattern=_KEBAB, description="= file stem; the --policy name")
    title: str = Field(min_length=1)
    status: Status
    council: str | None = None
    protocol: ProtocolRef
    rules: dict[str, RuleEntry] = Field(
        description="Every rule id the engine knows, each mapped (use action: off, never silence)",
        json_schema_extra={"propertyNames": {"enum": list(RULE_IDS)}, "required": list(RULE_IDS)},
    )
    unplaced: list[str] = Field(
        default_factory=list,
        description="What the drafter could not place: for a person to read in the protocol before review",
    )
    duties: Duties = Field(default_factory=Duties, description="Duties of timeliness the protocol sets")

    @model_validator(mode="after")
    def _covers_every_rule(self) -> PolicyPack:
        for rule in self.rules:
            if rule not in RULE_IDS:
                raise _problem(f"rules.{rule}", f"unknown rule; known rules: {', '.join(RULE_IDS)}")
        for rule in RULE_IDS:
            if rule not in self.rules:
                raise _problem(f"rules.{rule}", "missing; map every rule (action: off to turn it off)")
        for rule, entry in self.rules.items():
            if entry.notice is not None and rule != "group-parity":
                raise _problem(f"rules.{rule}.notice", "only group-parity sends a notice to the other groups")
            for key in ("annotation", "follow_up"):
                if getattr(entry, key) is not None and rule not in RULES_WITH_SUBJECTS:
                    raise _problem(
                        f"rules.{rule}.{key}",
                        "this rule names no one to disclose; only for: " + ", ".join(sorted(RULES_WITH_SUBJECTS)),
                    )
        return self

    def entry(self, rule: str) -> RuleEntry | None:
        return self.rules.get(rule)


def placeholder_problem(template: str) -> str | None:
    """Why an annotation template cannot be filled, or None if it can."""
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"bad template ({exc}); write literal braces as {{{{ and }}}}"
    for _text, field, spec, conversion in fields:
        if field is None:
            continue
        if field not in PLACEHOLDERS:
            known = ", ".join("{" + p + "}" for p in sorted(PLACEHOLDERS))
            return f"unknown placeholder {{{field}}}; known: {known}"
        if spec or conversion:
            return f"placeholder {{{field}}} takes no format or conversion"
    return None


def _problem(key: str, problem: str) -> PydanticCustomError:
    # `key` is relative to where pydantic reports the error; see _format_error.
    return PydanticCustomError("pack", "{problem}", {"key": key, "problem": problem})


# -- loading -------------------------------------------------------------


def default_policies_dir() -> Path:
    """MAILGUARD_POLICIES_DIR, else the repository's policies/ beside the app package."""
    override = os.environ.get(_ENV_POLICIES_DIR)
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[3] / "policies"


def pack_path(name_or_path: str | Path, policies_dir: Path | None = None) -> Path:
    """The file a --policy value means: a bare name in policies_dir, else a path."""
    text = str(name_or_path)
    if isinstance(name_or_path, Path) or "/" in text or os.sep in text or text.endswith((".yaml", ".yml")):
        return Path(name_or_path)
    if not re.match(_KEBAB, text):
        raise PackError(f"{text}: (name): a pack name is kebab-case, e.g. leigh-on-sea; or give a path")
    return (policies_dir or default_policies_dir()) / f"{text}.yaml"


def load_pack(name_or_path: str | Path, policies_dir: Path | None = None) -> PolicyPack:
    path = pack_path(name_or_path, policies_dir)
    shown = display_path(path)
    if path.name.endswith((".test.yaml", ".test.yml")):
        raise PackError(f"{shown}: (file): is a pack's test cases, not a pack")
    data = load_yaml(path)
    try:
        pack = PolicyPack.model_validate(data)
    except ValidationError as exc:
        raise PackError(f"{shown}: {format_validation_error(exc)}") from None
    stem = path.name.rsplit(".", 1)[0]
    if pack.pack != stem:
        raise PackError(f"{shown}: pack: must be the file stem {stem!r}, not {pack.pack!r}")
    return pack


def export_schema(path: Path | None = None) -> dict[str, Any]:
    """The JSON schema editors use for packs; written to `path` when given."""
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **PolicyPack.model_json_schema(),
    }
    if path is not None:
        path.write_text(schema_text(schema), encoding="utf-8")
    return schema


def schema_text(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"
