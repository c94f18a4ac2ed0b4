"""Engine cost per message: parse + all checks + the pack's verdict.

    .venv/bin/python bench/engine_bench.py [--repeat 5] [--json]

Reports, pinned to one core where the OS allows it:
- median and p99 per message over tests/corpus and tests/realmail (messages < 100 KB),
- time and peak memory (max RSS of a fresh process, and Python's own peak allocations)
  to evaluate a 25 MB message with attachments,
- the hostile inputs of PARSING-HAZARDS, one line each.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.directory import load_directory  # noqa: E402
from app.engine.evaluate import evaluate  # noqa: E402
from app.engine.packs.pack import load_pack  # noqa: E402
from tests import hostile  # noqa: E402

SMALL = 100 * 1024


def pin_one_core() -> str:
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "pinned to one core"
    except (AttributeError, OSError):
        return "not pinned"


def corpus_files() -> list[tuple[Path, Path]]:
    """(message, directory.yaml) pairs."""
    pairs = []
    for labels in sorted((ROOT / "tests" / "corpus").glob("*/labels.yaml")):
        folder = labels.parent
        pairs += [(p, folder / "directory.yaml") for p in sorted(folder.rglob("*.eml"))]
    realmail = ROOT / "tests" / "realmail"
    default_dir = ROOT / "policies" / "example-directory.yaml"
    pairs += [(p, default_dir) for p in sorted(realmail.rglob("*.eml"))]
    return pairs


def per_message(repeat: int) -> dict:
    pack = load_pack("leigh-on-sea")
    directories: dict[Path, object] = {}
    costs: list[float] = []
    for path, dir_path in corpus_files():
        raw = path.read_bytes()
        if len(raw) >= SMALL:
            continue
        directory = directories.setdefault(dir_path, load_directory(dir_path))
        evaluate(raw, pack, directory)  # warm caches (compiled patterns)
        best = min(_timed(raw, pack, directory) for _ in range(repeat))
        costs.append(best)
    costs.sort()
    return {
        "messages": len(costs),
        "median_ms": round(statistics.median(costs) * 1000, 3),
        "p99_ms": round(costs[int(len(costs) * 0.99) - 1] * 1000, 3),
        "max_ms": round(costs[-1] * 1000, 3),
    }


def _timed(raw: bytes, pack, directory) -> float:
    started = time.perf_counter()
    evaluate(raw, pack, directory)
    return time.perf_counter() - started


CHILD = r"""
import resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
from app.engine.directory import load_directory
from app.engine.evaluate import evaluate
from app.engine.packs.pack import load_pack
pack = load_pack("leigh-on-sea"); directory = load_directory({directory!r})
raw = open({path!r}, "rb").read()
evaluate(b"From: a@b.org\r\nTo: c@d.org\r\n\r\nwarm", pack, directory)
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
t = time.perf_counter(); ev = evaluate(raw, pack, directory); elapsed = time.perf_counter() - t
_, peak = tracemalloc.get_traced_memory(); tracemalloc.stop()
t = time.perf_counter(); evaluate(raw, pack, directory); untraced = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(untraced, elapsed, peak, base, rss, ev.verdict, len(ev.message.attachments))
"""


def big_message() -> dict:
    raw = hostile.big_with_attachments(25)
    with tempfile.NamedTemporaryFile(suffix=".eml", delete=False) as handle:
        handle.write(raw)
    code = CHILD.format(root=str(ROOT), path=handle.name,
                        directory=str(ROOT / "policies" / "example-directory.yaml"))
    try:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(handle.name)
    untraced, traced, peak, base, rss, verdict, attachments = out.split()
    return {
        "size_mb": round(len(raw) / 1024 / 1024, 1),
        "seconds": round(float(untraced), 3),
        "seconds_traced": round(float(traced), 3),
        "python_peak_mb": round(int(peak) / 1024 / 1024, 1),
        "process_max_rss_mb": round(int(rss) / 1024, 1),
        "rss_before_mb": round(int(base) / 1024, 1),
        "verdict": verdict,
        "attachments": int(attachments),
    }


HOSTILE = {
    "To: 16,000 addresses": lambda: hostile.many_addresses(16_000),
    "From: 32k dots": lambda: hostile.dotted_from(32_000),
    "50k encoded words": lambda: hostile.encoded_words(50_000),
    "multipart nested 1,000 deep": lambda: hostile.deep_multipart(1_000),
    "10,000 MIME parts": lambda: hostile.many_parts(10_000),
    "HTML 40k nested formatting tags": lambda: hostile.nested_formatting_html(40_000),
    "HTML 160 KB unclosed tags": lambda: hostile.unclosed_tags_html(160),
    "760 KB single-line quote": lambda: hostile.single_line_quote(760),
    "10,000 quote levels": lambda: hostile.deep_quote_levels(10_000),
    "400 KB header": lambda: hostile.huge_header(400),
    "60 nested attached messages": lambda: hostile.nested_attached_messages(60),
}


def hostile_inputs() -> dict:
    pack = load_pack("leigh-on-sea")
    directory = load_directory(ROOT / "policies" / "example-directory.yaml")
    out = {}
    for name, build in HOSTILE.items():
        raw = build()
        out[name] = {"ms": round(min(_timed(raw, pack, directory) for _ in range(3)) * 1000, 1),
                     "verdict": evaluate(raw, pack, directory).verdict}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pinned = pin_one_core()
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {pinned}",
        "per_message_under_100kb": per_message(args.repeat),
        "message_25mb": big_message(),
        "hostile": hostile_inputs(),
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"machine: {report['machine']}")
    pm = report["per_message_under_100kb"]
    print(f"per message (< 100 KB, best of {args.repeat}): n={pm['messages']} median {pm['median_ms']} ms, "
          f"p99 {pm['p99_ms']} ms, max {pm['max_ms']} ms   [target: median <= 3 ms]")
    big = report["message_25mb"]
    print(f"25 MB message: {big['seconds']} s, process max RSS {big['process_max_rss_mb']} MB "
          f"(before: {big['rss_before_mb']} MB), Python peak {big['python_peak_mb']} MB, "
          f"verdict {big['verdict']}   [target: < 1 s within 300 MB]")
    for name, row in report["hostile"].items():
        print(f"  {name:34} {row['ms']:9.1f} ms  verdict {row['verdict']}")


if __name__ == "__main__":
    main()
