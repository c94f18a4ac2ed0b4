"""The blind batch of the group-parity corpus: written after the check was tuned, scored before any fix."""

from __future__ import annotations

BLIND: list[dict] = []
