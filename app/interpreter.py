"""How a serving process tunes CPython so the event loop answers at once, even under load.

The event loop (which answers 503s and reads requests) needs the GIL between
the request threads' turns; two things kept it waiting:

- The switch interval. CPython hands the GIL over every 5 ms, and with many
  threads ready the loop can lose several turns: 164 ms loop lag at p99 with
  16 busy threads, 12 ms at 1 ms (bench/loop_lag.py).
- The cyclic garbage collector. A full collection walks every object alive,
  and a serving process holds hundreds of thousands from its imports (FastAPI,
  SQLAlchemy, the packs and vocabularies): each took tens of milliseconds with
  the GIL held. The excess refused 503 at 2x capacity had p99 96 ms; with the
  start-up heap frozen (moved out of the collector's sight: it lives as long as
  the process) it was 5.4 ms (bench/api_bench.py --scenario overload).
"""

from __future__ import annotations

import gc
import sys

SWITCH_INTERVAL_S = 0.001


def tune_for_serving() -> None:
    """Call once the app is built, before serving: what is alive now stays alive."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    gc.collect()  # what is garbage now is not frozen with the rest
    gc.freeze()
