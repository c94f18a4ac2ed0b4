"""Score `mailguard check --json` on the development set, per rule, from the contract's JSON.

    .venv/bin/python bench/devset_score.py --devset PATH [--misses]

Reads a labelled development set (`corpus/*.eml`, `labels.json`, `directory.yaml`) from
--devset: the team keeps one that is not the project's to ship, so none is in the repository.
Runs the installed CLI exactly as the contract describes (`mailguard check --json
--policy annex-2-4 --directory directory.yaml corpus/`, in the devset folder),
reads one JSON object per line, and prints TP/FP/FN, precision and recall per
rule, then the micro-F1. Nothing in the tests needs it; without a devset it says
so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ("silent-bcc", "forwarded-chain", "confidential-disclosure", "councillor-name-letter")


def run_checker(devset: Path, policy: str) -> dict[str, dict]:
    """message file name -> its JSON line, from the CLI run in the devset folder."""
    script = Path(sys.executable).with_name("mailguard")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli.main"]
    command += ["check", "--json", "--policy", policy, "--directory", "directory.yaml", "corpus/"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(command, cwd=devset, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        sys.exit(f"mailguard exited {done.returncode}: {done.stderr.strip()[-500:]}")
    lines = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            record = json.loads(line)
            lines[Path(record["source"]).name] = record
    return lines


def score(labels: dict[str, dict], lines: dict[str, dict]) -> tuple[list[str], list[str], float]:
    rows, misses = [], []
    total = {"tp": 0, "fp": 0, "fn": 0}
    rows.append(f"{'rule':26}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}")
    for rule in RULES:
        tp = fp = fn = 0
        for name, label in sorted(labels.items()):
            record = lines.get(name, {})
            fired = {f["rule"]: f for f in record.get("findings", [])}
            wanted = rule in label["rules"]
            if wanted and rule in fired:
                tp += 1
            elif rule in fired:
                fp += 1
                misses.append(f"FP {rule:24} {name}  label: {label['why']}  | {fired[rule]['summary']}")
            elif wanted:
                fn += 1
                misses.append(f"FN {rule:24} {name}  label: {label['why']}")
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append(f"{rule:26}{tp:5}{fp:5}{fn:5}{precision:8.3f}{recall:8.3f}{f1:8.3f}")
        for key, value in (("tp", tp), ("fp", fp), ("fn", fn)):
            total[key] += value
    precision = total["tp"] / (total["tp"] + total["fp"]) if total["tp"] + total["fp"] else 0.0
    recall = total["tp"] / (total["tp"] + total["fn"]) if total["tp"] + total["fn"] else 0.0
    micro = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return rows, misses, micro


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, required=True, help="the development set's folder")
    parser.add_argument("--policy", default="annex-2-4")
    parser.add_argument("--misses", action="store_true", help="list each false positive and false negative")
    args = parser.parse_args()
    devset = args.devset.resolve()
    if not (devset / "labels.json").is_file():
        print(f"no devset at {devset}; nothing to score")
        return
    labels = json.loads((devset / "labels.json").read_text(encoding="utf-8"))
    lines = run_checker(devset, args.policy)
    rows, misses, micro = score(labels, lines)
    print("\n".join(rows))
    errors = sorted(n for n, r in lines.items() if r.get("verdict") == "error")
    missing = sorted(set(labels) - set(lines))
    if errors:
        print(f"verdict error: {len(errors)}: {' '.join(errors[:20])}")
    if missing:
        print(f"no output line: {len(missing)}: {' '.join(missing[:20])}")
    if args.misses:
        print("\n" + "\n".join(misses))
    print(f"devset micro-F1 {micro:.3f}")


if __name__ == "__main__":
    main()
