"""Helpers shared by the format readers: wrapped lines made one paragraph, numbers set apart put back."""

from __future__ import annotations

import re

ONLY_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*\.?|\([a-z]{1,4}\)|[a-z]\))\s*$", re.IGNORECASE)


def join_lines(lines: list[str]) -> str:
    """One paragraph from wrapped lines: a line ending in a hyphen runs on (e-\\nmail -> e-mail)."""
    out = ""
    for line in (ln.strip() for ln in lines):
        if not line:
            continue
        if out.endswith("-") and not out.endswith(" -"):
            out += line
        else:
            out = f"{out} {line}" if out else line
    return " ".join(out.split())


def merge_number_boxes(paragraphs: list[str]) -> list[str]:
    """A clause number set apart from its text (a hanging indent) goes back in front of it."""
    merged: list[str] = []
    pending = ""
    for paragraph in paragraphs:
        if ONLY_NUMBER.match(paragraph):
            pending = f"{pending} {paragraph}".strip()
            continue
        merged.append(f"{pending} {paragraph}".strip() if pending else paragraph)
        pending = ""
    if pending:
        merged.append(pending)
    return merged
