"""tests/corpus/chains-multilingual: forwarded-chain in many languages and layouts, and its evidence.

The folder is also scored with every other corpus in test_corpus_scores.py;
here its own forwarded-chain precision and recall are asserted, the evidence
of every finding must start with the line naming the earlier message's
author, and the committed files must be what the generator writes.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
import yaml

from app.engine.checks import run_checks
from app.engine.directory import load_directory
from app.engine.message import parse

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
FOLDER = CORPUS / "chains-multilingual"
RULE = "forwarded-chain"
MIN_SCORE = 0.95


@pytest.fixture(scope="module")
def results():
    directory = load_directory(FOLDER / "directory.yaml")
    out = []
    for entry in yaml.safe_load((FOLDER / "labels.yaml").read_text(encoding="utf-8")):
        message = parse((FOLDER / entry["file"]).read_bytes())
        out.append((entry, message, run_checks(message, directory)))
    return out


def test_forwarded_chain_precision_and_recall(results):
    tp = sum(1 for e, _, f in results if RULE in e["rules"] and any(x.rule == RULE for x in f))
    fp = sum(1 for e, _, f in results if RULE not in e["rules"] and any(x.rule == RULE for x in f))
    fn = sum(1 for e, _, f in results if RULE in e["rules"] and not any(x.rule == RULE for x in f))
    wrong = [e["file"] for e, _, f in results if (RULE in e["rules"]) != any(x.rule == RULE for x in f)]
    assert tp + fn >= 40 and len(results) - tp - fn >= 15, "too few positives or hard negatives"
    assert tp / (tp + fp) >= MIN_SCORE and tp / (tp + fn) >= MIN_SCORE, wrong


def test_languages_and_layouts_are_covered(results):
    prefixes = {e["file"].split("-")[0] for e, _, _ in results}
    assert {"cy", "de", "fr", "es", "ar", "he", "ja", "zh", "ko", "el", "ru", "uk"} <= prefixes
    formats = {m.embedded[0].format for _, m, _ in results if m.embedded}
    assert {"on-wrote", "outlook-block", "original-message", "header-block", "apple-forward"} <= formats


def test_no_other_rule_fires(results):
    extra = [(e["file"], x.rule) for e, _, f in results for x in f if x.rule not in e["rules"] and x.rule != RULE]
    assert extra == []


def test_evidence_starts_with_the_line_naming_the_author(results):
    for entry, message, findings in results:
        for finding in (f for f in findings if f.rule == RULE):
            index = int(finding.location.split(":")[1])
            author = message.embedded[index - 1].sender
            line = finding.evidence[0]
            assert author.email in line.casefold() or author.name in line, (entry["file"], line)
            assert not line.strip("-_ *").lower().startswith(("original message", "neges wreiddiol")), line


def test_committed_corpus_matches_its_generator(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(CORPUS))
    builder = importlib.import_module("build_chains_multilingual")
    count = builder.main(tmp_path)
    assert count == len(list(FOLDER.glob("*.eml")))
    for built in sorted(tmp_path.iterdir()):
        assert built.read_bytes() == (FOLDER / built.name).read_bytes(), f"{built.name} is stale"
