"""One hostile request a second from a process of its own (used by api_bench.py's hostile scenario).

    .venv/bin/python bench/hostile_sender.py --port P --key K --seconds S   # prints one JSON line per request

The hostile mix measures the server's clean latency while hostile mail arrives. Sent from the
same event loop as the clean load, a 26.7 MB body held that loop for over 100 ms (pushing the
bytes, reading the answer), and the clean requests it delayed were counted against the server:
a server that refused the body unread (413 on its Content-Length) still showed a 127 ms stall. An
attacker is another client anyway, so the hostile requests come from here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_setup import hostile_requests  # noqa: E402
from load_client import open_loop, run_client  # noqa: E402


async def main_async(args) -> None:
    bad = hostile_requests(args.key)
    run = await open_loop("127.0.0.1", args.port, 1, args.seconds, lambda i: bad(i + args.offset), timeout=30)
    for outcome in run.outcomes:
        print(json.dumps({"kind": outcome.kind, "status": outcome.status, "latency": outcome.latency}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--offset", type=int, default=0, help="where in the rotation to start")
    run_client(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
