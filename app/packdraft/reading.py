"""A council's protocol as text, whatever it was published as: PDF, Word, HTML, Markdown or plain text.

The result is the text the draft's quotes are checked against, so it is what
`mailguard packs check` reads: one paragraph per line, blank lines between,
clause numbers kept at the start of their paragraph. Markdown and plain text
are kept as written (the shipped packs store their protocols that way).
Each format goes through a well-kept library: pdfminer.six (layout analysis
gives paragraphs, not just lines), python-docx, selectolax (already ours).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.errors import ConfigError
from app.packdraft.html_text import html_paragraphs
from app.packdraft.pdf_text import pdf_paragraphs
from app.packdraft.word_text import docx_paragraphs

TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
SUFFIXES = {**TEXT_SUFFIXES, ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
MAX_BYTES = 20 * 1024 * 1024  # a protocol is a few pages; a 20 MB one is not a protocol


class ProtocolUnreadable(ConfigError):
    """The file is not a protocol we can read (format, damage, or size); nothing is written."""


@dataclass(frozen=True)
class ProtocolText:
    text: str  # what is stored beside the pack and quoted from
    kind: str  # markdown | text | pdf | docx | html
    suffix: str  # of the stored text: .md or .txt


def read_protocol(path: Path) -> ProtocolText:
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(SUFFIXES))
        raise ProtocolUnreadable(f"{path}: cannot read a {path.suffix or 'suffix-less'} file; give one of {known}")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProtocolUnreadable(f"{path}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_BYTES:
        raise ProtocolUnreadable(f"{path}: {size} bytes is too large for a protocol (limit {MAX_BYTES})")
    try:
        if kind in ("markdown", "text"):
            text = path.read_text(encoding="utf-8-sig")
        elif kind == "pdf":
            text = _paragraphs_text(pdf_paragraphs(path))
        elif kind == "docx":
            text = _paragraphs_text(docx_paragraphs(path))
        else:
            text = _paragraphs_text(html_paragraphs(path.read_bytes().decode("utf-8", errors="replace")))
    except ProtocolUnreadable:
        raise
    except Exception as exc:  # each library fails in its own way on a damaged file
        raise ProtocolUnreadable(f"{path}: not a readable {kind} file ({type(exc).__name__}: {exc})") from None
    if not text.strip():
        raise ProtocolUnreadable(f"{path}: no text found (a scanned PDF needs OCR first)")
    return ProtocolText(text, kind, ".md" if kind == "markdown" else ".txt")


def _paragraphs_text(paragraphs: list[str]) -> str:
    return "\n\n".join(p for p in paragraphs if p) + "\n"
