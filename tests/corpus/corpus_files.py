"""Writing one labelled corpus folder: the .eml files, labels.yaml and directory.yaml.

Shared by the builders whose cases are (stem, rules, why, message); each builder renders its own
messages and chooses their encoding, so the bytes it has always written stay the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable

import yaml


def write_folder(out: Path, cases: Iterable[tuple], render: Callable[[int, str, dict], str], *, encoding: str,
                 labels_header: str, directory: dict, directory_header: str) -> int:
    """Write every case's message (CRLF line ends), its labels and the council's directory; the count."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels = []
    for index, (stem, rules, why, message) in enumerate(cases):
        raw = render(index, stem, message)
        (out / f"{stem}.eml").write_bytes(raw.replace("\n", "\r\n").encode(encoding))
        labels.append({"file": f"{stem}.eml", "rules": sorted(rules), "why": why})
    (out / "labels.yaml").write_text(
        labels_header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    (out / "directory.yaml").write_text(
        directory_header + yaml.safe_dump(directory, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    return len(labels)
