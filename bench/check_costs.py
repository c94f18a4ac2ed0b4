"""Cost of each rule's check alone, per message, over the same messages as engine_bench.py.

    .venv/bin/python bench/check_costs.py [--repeat 3]

The message is parsed once outside the timing (as the engine does); each check then runs on it,
best of `repeat`. Prints median, p99 and max per rule, pinned to one core where the OS allows it.
A new rule's marginal cost shows here even when whole-engine figures are lost in a loaded machine's noise.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from engine_bench import SMALL, corpus_files, pin_one_core  # noqa: E402

from app.engine.checks import CHECKS  # noqa: E402
from app.engine.directory import load_directory  # noqa: E402
from app.engine.message import parse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pinned = pin_one_core()
    directories: dict[Path, object] = {}
    messages = []
    for path, directory_file in corpus_files():
        if path.stat().st_size >= SMALL:
            continue
        if directory_file not in directories:
            directories[directory_file] = load_directory(directory_file)
        messages.append((parse(path.read_bytes()), directories[directory_file]))
    print(f"{len(messages)} messages, best of {args.repeat}, {pinned}")
    for rule, check in CHECKS.items():
        costs = []
        for message, directory in messages:
            best = float("inf")
            for _ in range(args.repeat):
                start = time.perf_counter()
                check(message, directory)
                best = min(best, time.perf_counter() - start)
            costs.append(best * 1000)
        costs.sort()
        print(f"{rule:26} median {statistics.median(costs):.3f} ms  p99 {costs[int(len(costs) * 0.99)]:.3f} ms  "
              f"max {costs[-1]:.3f} ms")


if __name__ == "__main__":
    main()
