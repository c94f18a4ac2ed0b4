"""Caps applied *before* each expensive parsing step (see shared PARSING-HAZARDS).

Defaults follow what Exchange Online itself accepts, so no legitimate
council message is refused, while a hostile one costs bounded time and memory.
"""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Limits:
    max_message_bytes: int = 150 * 1024 * 1024  # Exchange Online's message ceiling
    max_header_block_bytes: int = 256 * 1024  # Exchange: total headers <= 256 KB
    max_header_bytes: int = 64 * 1024  # one header; longer values are truncated (defect)
    max_addresses_per_header: int = 2_000
    max_parts: int = 250  # Exchange: <= 250 MIME parts
    max_depth: int = 30  # Exchange: nesting depth <= 30
    max_text_part_bytes: int = 4 * 1024 * 1024  # decoded text handed to text extraction
    max_html_bytes: int = 2 * 1024 * 1024  # HTML handed to the HTML parser
    max_html_formatting_tags: int = 5_000  # lexbor adoption-agency blow-up guard
    max_text_chars: int = 1_000_000  # text handed to the checks, per body
    max_embedded: int = 200  # embedded earlier messages recorded
    max_embedded_depth: int = 30
    max_line_chars: int = 20_000  # longer lines are cut before line-based scanning
    time_budget_s: float = 1.5  # whole parse; exceeded -> defect "time-budget" (the checks after it fit in 2 s)


DEFAULT_LIMITS = Limits()


class Deadline:
    """A cooperative time budget: steps ask `expired()` between bounded units of work."""

    __slots__ = ("_end",)

    def __init__(self, seconds: float, clock=time.monotonic):
        self._end = clock() + seconds

    def expired(self, clock=time.monotonic) -> bool:
        return clock() > self._end
