"""Reading pack-side YAML and wording validation errors as `file: key: problem`.

Shared by packs and their case files. YAML is read as people write packs:
`off` stays the word off (YAML 1.1 would make it False), dates stay text, and
a duplicate key is an error instead of silently replacing the first.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from app.errors import PackError


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


class _PackLoader(yaml.SafeLoader):
    """YAML as people write packs: `off` stays the word off, dates stay text, no duplicate keys."""

    def construct_mapping(self, node, deep=False):
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_DROPPED_TAGS = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp"}
_PackLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _DROPPED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
# YAML 1.1 reads on/off/yes/no as booleans; `action: off` must stay "off".
_PackLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(path: Path) -> Any:
    """Read one pack-side YAML file; problems raise PackError `file: key: problem`."""
    shown = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PackError(f"{shown}: (file): no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{shown}: (file): cannot read: {exc}") from None
    try:
        return yaml.load(text, Loader=_PackLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(yaml)"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise PackError(f"{shown}: {where}: not valid YAML: {problem}") from None


def format_validation_error(exc: ValidationError) -> str:
    """The first error as `key: problem` (one line; fix it and run again)."""
    errors = exc.errors()
    return _format_error(errors[0]) if errors else "(top): invalid"


def _format_error(error: dict[str, Any]) -> str:
    loc = [str(part) if not isinstance(part, int) else f"[{part}]" for part in error["loc"]]
    ctx = error.get("ctx") or {}
    if error["type"] == "pack":
        loc.append(ctx["key"])
        problem = ctx["problem"]
    else:
        problem = _plain_problem(error, loc[-1] if loc else "")
    key = ".".join(loc).replace(".[", "[") or "(top)"
    return f"{key}: {problem}"


def _plain_problem(error: dict[str, Any], field: str) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "missing":
        return "required"
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "literal_error":
        return "must be one of " + ctx["expected"].replace("'", "").replace(" or ", ", ")
    if kind == "string_type" and isinstance(error.get("input"), (int, float)):
        return f"must be text; quote it, e.g. \"{error['input']}\""
    if kind == "string_type":
        return "must be text"
    if kind == "string_pattern_mismatch" and field in ("revised", "review_due"):
        return "must be a date written YYYY-MM (or unknown, if the text gives none)"
    if kind == "string_pattern_mismatch" and field == "pack":
        return "must be kebab-case, the file stem, e.g. leigh-on-sea"
    if kind == "string_too_long":
        return f"too long (at most {ctx['max_length']} characters; quote the operative words)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "must be a mapping"
    message = error["msg"]
    return message[:1].lower() + message[1:]
