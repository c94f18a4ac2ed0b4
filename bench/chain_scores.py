"""Forwarded-chain scores on the repository's own labelled mail (a devset: bench/devset_score.py).

    .venv/bin/python bench/chain_scores.py [--misses]

- realmail (`tests/realmail`, labels.json): the extractor behind the
  check. Recall: labelled authors of forwards/ found among the embedded
  messages' senders (each found sender matches one label at most).
  Precision: embedded messages with a sender that match a labelled author,
  over all embedded messages with a sender (those found in plain/ count
  against it). Evidence: share of those whose author line (the first line
  of a forwarded-chain finding) names the author by address or name;
- the repository's own tests/corpus/chains-multilingual, for comparison.

A set that is not there is skipped with a note; nothing here is read by tests.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.checks import run_checks  # noqa: E402
from app.engine.checks.forwarded_chain import RULE, author_line  # noqa: E402
from app.engine.directory import load_directory  # noqa: E402
from app.engine.message import parse  # noqa: E402
from app.engine.message.parse import read_msg  # noqa: E402

_EMAIL = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")


def _scores(tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f"tp {tp} fp {fp} fn {fn}  precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}"


def rule_scores(name: str, directory_path: Path, files: list[tuple[Path, bool]], misses: bool) -> None:
    directory = load_directory(directory_path)
    tp = fp = fn = 0
    for path, wanted in files:
        findings = [f for f in run_checks(parse(path.read_bytes()), directory) if f.rule == RULE]
        if wanted and findings:
            tp += 1
        elif findings:
            fp += 1
        elif wanted:
            fn += 1
        if misses and bool(findings) != wanted:
            print(f"  {'FP' if findings else 'FN'} {path.name}: {findings[0].summary if findings else ''}")
    print(f"{name} forwarded-chain: {_scores(tp, fp, fn)}")


def own_corpus(misses: bool) -> None:
    root = ROOT / "tests" / "corpus" / "chains-multilingual"
    entries = yaml.safe_load((root / "labels.yaml").read_text(encoding="utf-8"))
    files = [(root / e["file"], RULE in e["rules"]) for e in entries]
    rule_scores("chains-multilingual", root / "directory.yaml", files, misses)


def _norm(text: str) -> str:
    return " ".join(text.replace('"', "").replace("'", "").split()).casefold()


def _matches(label: str, sender) -> bool:
    if not label or sender is None:
        return False
    plain = label.replace("&lt;", "<").replace("&gt;", ">")
    emails = {e.strip(".").casefold().removeprefix("mailto:") for e in _EMAIL.findall(plain)}
    if sender.email and sender.email in emails:
        return True
    name, wanted = _norm(sender.name), _norm(label)
    return bool(name) and (name in wanted or (not emails and wanted in name))


def _names_author(line: str, sender) -> bool:
    text = line.casefold()
    return bool((sender.email and sender.email in text) or (sender.name and _norm(sender.name) in _norm(text)))


def realmail(root: Path, misses: bool) -> None:
    if not (root / "labels.json").is_file():
        print(f"realmail: not found at {root}, skipped")
        return
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    found_total = matched = wanted_total = recalled = named = 0
    for key, entry in sorted(labels.items()):
        if not key.startswith(("forwards/", "plain/")):
            continue
        data = (root / key).read_bytes()
        embedded = read_msg(data)[1:] if key.endswith(".msg") else parse(data).embedded
        senders = [e for e in embedded if e.sender is not None]
        authors = [a for a in entry.get("authors", []) if a]
        free = list(authors)
        for item in senders:
            found_total += 1
            hit = next((a for a in free if _matches(a, item.sender)), None)
            if hit is not None:
                matched += 1
                free.remove(hit)
                named += _names_author(author_line(item), item.sender)
            elif misses:
                print(f"  FP {key}: {item.sender.display()}")
        wanted_total += len(authors)
        recalled += len(authors) - len(free)
        if misses and free:
            print(f"  FN {key}: {free}")
    precision = matched / found_total if found_total else 1.0
    recall = recalled / wanted_total if wanted_total else 1.0
    print(f"realmail authors: {recalled}/{wanted_total} found (recall {recall:.3f}); "
          f"{matched}/{found_total} found senders labelled (precision {precision:.3f}); "
          f"author line names the author in {named}/{matched} = {named / max(matched, 1):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list each false positive and negative")
    args = parser.parse_args()
    own_corpus(args.misses)
    realmail(ROOT / "tests" / "realmail", args.misses)


if __name__ == "__main__":
    main()
