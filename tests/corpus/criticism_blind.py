"""The blind batch of the officer-criticism corpus: written after the check was tuned on
criticism_cases.py, scored once before any fix (see the report in the corpus score test)."""

from __future__ import annotations

BLIND: list[tuple[str, list[str], str, dict]] = []
