"""The group-parity check's own cost per message, on messages already parsed.

    .venv/bin/python bench/group_parity_bench.py [--repeat 5]

Over every tests/corpus folder (each with its own directory) and a hostile text: the check's
median and p99 per message (best of --repeat), and its time on 1 MB of advice-like text.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.checks.group_parity import check  # noqa: E402
from app.engine.directory import load_directory  # noqa: E402
from app.engine.message import parse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    cases = []
    for folder in sorted(p.parent for p in (ROOT / "tests" / "corpus").glob("*/directory.yaml")):
        directory = load_directory(folder / "directory.yaml")
        cases += [(parse(p.read_bytes()), directory) for p in sorted(folder.glob("*.eml"))]
    best = [float("inf")] * len(cases)
    for _ in range(args.repeat):
        for i, (message, directory) in enumerate(cases):
            start = time.perf_counter()
            check(message, directory)
            best[i] = min(best[i], time.perf_counter() - start)
    ms = sorted(t * 1000 for t in best)
    print(f"group-parity check, n={len(ms)}: median {statistics.median(ms):.4f} ms, "
          f"p99 {ms[int(len(ms) * 0.99) - 1]:.4f} ms, max {ms[-1]:.4f} ms")
    folder = ROOT / "tests" / "corpus" / "group-parity"
    directory = load_directory(folder / "directory.yaml")
    body = ("My advice is that option 2 is best, your group asked. " * 20000).encode()
    raw = (b"From: Ruth Fielding <clerk@brackenford-tc.gov.uk>\r\nTo: cllr.marsh@brackenford-tc.gov.uk, "
           b"cllr.patel@brackenford-tc.gov.uk\r\nSubject: x\r\n\r\n" + body)
    message = parse(raw)
    start = time.perf_counter()
    check(message, directory)
    print(f"1 MB of advice-like text: {(time.perf_counter() - start) * 1000:.2f} ms")


if __name__ == "__main__":
    main()
