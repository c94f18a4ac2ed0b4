"""Shared by the drafter's tests: the shipped protocols in three formats, and how a draft is compared."""

from __future__ import annotations

from pathlib import Path

from app.engine.directory import load_directory
from app.engine.packs.pack import default_policies_dir
from app.engine.verify_packs import EXAMPLE_DIRECTORY, normalise

HERE = Path(__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[2]
POLICIES = ROOT / "policies"
REAL = HERE / "real"
SHIPPED = {
    "leigh-on-sea": "Leigh-on-Sea Town Council",
    "annex-2-4": "Annex 2.4 council",
    "ludlow": "Ludlow Town Council",
    "thurrock": "Thurrock Council",
    "chard": "Chard Town Council",
}


def quotes_agree(drafted: str | None, expected: str | None) -> bool:
    """The same words: one quote contains the other (the drafter quotes whole sentences)."""
    if drafted is None or expected is None:
        return drafted is None and expected is None
    a, b = normalise(drafted), normalise(expected)
    return a in b or b in a


def example_directory():
    return load_directory(default_policies_dir() / EXAMPLE_DIRECTORY)
