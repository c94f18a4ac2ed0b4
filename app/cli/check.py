"""Running the engine over files for `mailguard check` (the contract's I/O edge)."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from app.engine.directory import Directory
from app.engine.evaluate import contract_record, evaluate
from app.engine.packs.pack import PolicyPack

MAX_FILE_BYTES = 150 * 1024 * 1024


def default_directory_path() -> Path:
    """The fictional example council shipped beside the packs (used when --directory is omitted)."""
    base = os.environ.get("MAILGUARD_POLICIES_DIR")
    root = Path(base) if base else Path(__file__).resolve().parents[2] / "policies"
    return root / "example-directory.yaml"


def iter_message_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files in the order given; folders read recursively for *.eml, sorted."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() == ".eml" and p.is_file())
        else:
            yield path


def check_files(files: Iterable[Path], pack: PolicyPack, directory: Directory) -> Iterator[tuple[str, dict]]:
    for path in files:
        # A file name that is not UTF-8 keeps its undecodable bytes as lone surrogates, which a
        # UTF-8 terminal or pipe refuses: shown with U+FFFD in their place.
        source = os.fsencode(path).decode("utf-8", "replace")
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                raise OSError(f"file larger than {MAX_FILE_BYTES} bytes")
            raw = path.read_bytes()
        except OSError as exc:
            yield source, _error_record(source, f"cannot read file: {getattr(exc, 'strerror', None) or exc}")
            continue
        # the evaluation time: the moment of a message without a Date (election periods)
        yield source, contract_record(evaluate(raw, pack, directory, at=datetime.now(timezone.utc)), source)


def _error_record(source: str, error: str) -> dict:
    return {"source": source, "message_id": None, "verdict": "error", "findings": [],
            "annotation": None, "error": error}


_MARK = {"allow": "ALLOW", "annotate": "ANNOTATE", "hold": "HOLD", "error": "ERROR"}


def render_report(record: dict) -> str:
    """A report a person reads: verdict, then each finding with clause, summary and evidence."""
    lines = [f"{_MARK.get(record['verdict'], record['verdict'].upper()):8} {record['source']}"]
    if record.get("message_id"):
        lines.append(f"         Message-ID: {record['message_id']}")
    if record.get("error"):
        lines.append(f"         cannot check: {record['error']}")
    if record.get("incomplete"):
        lines.append(f"         held unchecked: {record['incomplete']}")
    for finding in record["findings"]:
        clause = f"clause {finding['clause']}" if finding.get("clause") else "no clause"
        lines.append(f"  - {finding['rule']} [{finding['action']}, {clause}]: {finding['summary']}")
        for item in finding["evidence"]:
            lines.append(f"      evidence: {item}")
    if record.get("annotation"):
        for line in record["annotation"].splitlines():
            lines.append(f"  + annotation: {line}")
    return "\n".join(lines)
