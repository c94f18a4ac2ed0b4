"""Time to draft a pack from each shipped protocol, per format (the PDF, Word and HTML made from its Markdown).

    .venv/bin/python bench/packdraft_bench.py [--repeat 5]

Each figure is the median wall time of `draft_pack` (read, number clauses, place rules, verify
quotes, write three files) over --repeat runs, pinned to one core where the OS allows it.
Needs the test extras (reportlab makes the PDFs).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.packdraft.drafting import draft_pack  # noqa: E402
from tests.packdraft.documents import write_docx, write_html, write_pdf  # noqa: E402
from tests.packdraft.support import POLICIES, SHIPPED  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"# {platform.machine()} {platform.python_implementation()} {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{'protocol':14} {'md':>8} {'pdf':>8} {'docx':>8} {'html':>8}   (median ms of {args.repeat})")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for name, council in SHIPPED.items():
            markdown_file = POLICIES / "protocols" / f"{name}.md"
            markdown = markdown_file.read_text(encoding="utf-8")
            inputs = {"md": markdown_file, "pdf": write_pdf(markdown, folder / f"{name}.pdf"),
                      "docx": write_docx(markdown, folder / f"{name}.docx"),
                      "html": write_html(markdown, folder / f"{name}.html")}
            row = []
            for fmt, path in inputs.items():
                times = []
                for run in range(args.repeat):
                    out = folder / f"out-{name}-{fmt}-{run}"
                    start = time.perf_counter()
                    draft_pack(path, council, out, slug=name)
                    times.append((time.perf_counter() - start) * 1000)
                row.append(statistics.median(times))
            print(f"{name:14} " + " ".join(f"{t:8.1f}" for t in row))


if __name__ == "__main__":
    main()
