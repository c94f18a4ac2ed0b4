"""instructs-staff over the whole labelled corpus (every tests/corpus/*/labels.yaml): precision >= 0.97 and
recall >= 0.90, with at least 40 positives and 40 hard negatives of its own (tests/corpus/instructs-staff/),
and that folder is exactly what its generator writes."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from app.engine.checks import run_checks
from app.engine.directory import load_directory
from app.engine.message import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
OWN = CORPUS / "instructs-staff"
RULE = "instructs-staff"


def _labelled(folder: Path) -> list[dict]:
    return yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) or []


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[str, bool, bool]]:
    """(file, labelled with the rule, the rule fired) for every corpus message."""
    found = []
    for labels in sorted(CORPUS.glob("*/labels.yaml")):
        folder = labels.parent
        directory = load_directory(folder / "directory.yaml")
        for entry in _labelled(folder):
            findings = run_checks(parse((folder / entry["file"]).read_bytes()), directory)
            found.append((f"{folder.name}/{entry['file']}", RULE in entry["rules"], any(f.rule == RULE for f in findings)))
    return found


def test_precision_and_recall_over_the_whole_corpus(outcomes):
    tp = sum(1 for _, want, got in outcomes if want and got)
    fp = [name for name, want, got in outcomes if got and not want]
    fn = [name for name, want, got in outcomes if want and not got]
    precision = tp / (tp + len(fp)) if tp + len(fp) else 1.0
    recall = tp / (tp + len(fn))
    assert precision >= 0.97, f"precision {precision:.3f}; fired on {fp}"
    assert recall >= 0.90, f"recall {recall:.3f}; missed {fn}"


def test_own_folder_has_enough_positives_and_hard_negatives():
    entries = _labelled(OWN)
    positives = [e for e in entries if RULE in e["rules"]]
    negatives = [e for e in entries if RULE not in e["rules"]]
    assert len(positives) >= 40 and len(negatives) >= 40, (len(positives), len(negatives))


def test_instructs_staff_corpus_matches_its_generator(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(CORPUS))
    builder = importlib.import_module("build_instructs_staff")
    count = builder.main(tmp_path)
    assert count == len(list(OWN.glob("*.eml")))
    for built in sorted(tmp_path.iterdir()):
        assert built.read_bytes() == (OWN / built.name).read_bytes(), f"{built.name} is stale"
