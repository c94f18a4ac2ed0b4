"""group-parity over its own corpus (tests/corpus/group-parity and group-parity-recall, a second council)
and over every other corpus folder.

The rule's bar (issue 17): precision >= 0.97 and recall >= 0.90 over >= 40 positives and >= 40
hard negatives in several voices; and no new firing anywhere else in the corpus.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from app.engine.checks.group_parity import check
from app.engine.directory import load_directory
from app.engine.message import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FOLDER = CORPUS / "group-parity"
RECALL = CORPUS / "group-parity-recall"
OWN = (FOLDER, RECALL)
RULE = "group-parity"


def _scored(folder: Path) -> list[tuple[str, bool, bool]]:
    directory = load_directory(folder / "directory.yaml")
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) or []
    return [(e["file"], RULE in e["rules"], bool(check(parse((folder / e["file"]).read_bytes()), directory)))
            for e in labels]


@pytest.fixture(scope="module")
def own() -> list[tuple[str, bool, bool]]:
    return [(f"{folder.name}/{name}", expected, fired) for folder in OWN for name, expected, fired in _scored(folder)]


def test_the_corpus_is_big_enough_and_in_several_voices(own):
    positives = sum(1 for _, expected, _ in own if expected)
    negatives = sum(1 for _, expected, _ in own if not expected)
    assert positives >= 40 and negatives >= 40, (positives, negatives)
    texts = [(CORPUS / name).read_bytes() for name, _, _ in own]
    assert sum(b"text/html" in t for t in texts) >= 8  # Outlook HTML
    assert sum(b"Sent from my iPhone" in t for t in texts) >= 6
    assert sum(b"wrote:" in t or b"\r\nSent: " in t for t in texts) >= 8  # replies with quoted history
    assert sum(b"application/pdf" in t for t in texts) >= 6  # attached reports


def test_precision_and_recall(own):
    tp = sum(1 for _, expected, fired in own if expected and fired)
    fp = [name for name, expected, fired in own if fired and not expected]
    fn = [name for name, expected, fired in own if expected and not fired]
    precision = tp / (tp + len(fp)) if tp + len(fp) else 1.0
    recall = tp / (tp + len(fn))
    assert precision >= 0.97, f"precision {precision:.3f}; false alarms: {fp}"
    assert recall >= 0.90, f"recall {recall:.3f}; missed: {fn}"


@pytest.mark.parametrize("folder", sorted(p.parent.name for p in CORPUS.glob("*/labels.yaml")
                                          if p.parent not in OWN))
def test_no_firing_on_the_other_corpora(folder):
    """Every other folder's councils have several groups too; none of their messages is advice to one."""
    wrong = [name for name, expected, fired in _scored(CORPUS / folder) if fired and not expected]
    assert not wrong, f"{folder}: group-parity fired on {wrong}"


def test_corpus_matches_its_generator(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(CORPUS))
    builder = importlib.import_module("build_group_parity")
    for build, folder in ((builder.main, FOLDER), (builder.main_recall, RECALL)):
        out = tmp_path / folder.name
        assert build(out) == len(list(folder.glob("*.eml")))
        for built in sorted(out.iterdir()):
            assert built.read_bytes() == (folder / built.name).read_bytes(), f"{folder.name}/{built.name} is stale"
