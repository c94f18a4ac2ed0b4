"""What reading a message's correspondence (enquiry, answer, thread keys) adds per recorded message.

    .venv/bin/python bench/correspondence_bench.py [--repeat 5]

Over every .eml of tests/corpus (parsed once, outside the timing) plus the enquiry cases of
tests/enquiries, pinned to one core where the OS allows it: the median and p99 of
`read_correspondence` per message, and the same for the hostile inputs of tests/hostile.py
(the new text is capped at 20,000 characters and 200 sentences before any pattern runs).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine.correspondence import read_correspondence  # noqa: E402
from app.engine.message import parse  # noqa: E402
from tests import hostile  # noqa: E402
from tests.enquiries.cases import CASES  # noqa: E402
from tests.enquiries.cases_more import MORE  # noqa: E402
from tests.enquiries.mail import message  # noqa: E402


def timed(parsed, repeat: int) -> list[float]:
    costs = []
    for item in parsed:
        best = min(_once(item) for _ in range(repeat))
        costs.append(best)
    return costs


def _once(item) -> float:
    started = time.perf_counter()
    read_correspondence(item)
    return (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    except (AttributeError, OSError):
        pass
    files = sorted((ROOT / "tests" / "corpus").rglob("*.eml"))
    parsed = [parse(p.read_bytes()) for p in files]
    parsed += [parse(message(sender="a@x.gov.uk", to=["b@x.gov.uk"], subject=c.subject, body=c.body,
                             message_id=f"<{c.id}@x>")) for c in CASES + MORE]
    costs = sorted(timed(parsed, args.repeat))
    print(f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} cores")
    print(f"read_correspondence over {len(parsed)} messages: median {statistics.median(costs):.3f} ms, "
          f"p99 {costs[int(len(costs) * 0.99) - 1]:.3f} ms, max {costs[-1]:.3f} ms")
    for name, build in HOSTILE.items():
        item = parse(build())
        print(f"  {name}: {min(_once(item) for _ in range(2)):.1f} ms")


HOSTILE = {  # the engine benchmark's hostile inputs whose text reaches the sentence reader
    "To: 16,000 addresses": lambda: hostile.many_addresses(16_000),
    "50k encoded words": lambda: hostile.encoded_words(50_000),
    "HTML 40k nested formatting tags": lambda: hostile.nested_formatting_html(40_000),
    "760 KB single-line quote": lambda: hostile.single_line_quote(760),
    "10,000 quote levels": lambda: hostile.deep_quote_levels(10_000),
    "400 KB header": lambda: hostile.huge_header(400),
    "1 MB of one unpunctuated request": lambda: message(
        sender="a@x.gov.uk", to=["b@x.gov.uk"], subject="x", message_id="<long@x>",
        body="could you please let me know if there are any questions about the bins " * 14_000),
    "1 MB of short questions": lambda: message(
        sender="a@x.gov.uk", to=["b@x.gov.uk"], subject="x", message_id="<many@x>", body="Why? " * 200_000),
}


if __name__ == "__main__":
    main()
