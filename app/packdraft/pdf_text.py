"""A PDF's paragraphs through pdfminer.six, whose layout analysis groups lines into text boxes.

Boxes are put in reading order (a clause number set apart goes before its text), split where a
line starts a new clause, freed of pdfminer's placeholders for unmapped glyphs (bullets), running
heads and page numbers, and a sentence broken across boxes is joined again.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.packdraft.paragraphs import ONLY_NUMBER, join_lines, merge_number_boxes

_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)\s*")  # pdfminer's stand-in for a glyph with no Unicode (bullets)
_BULLET = re.compile(r"^[•▪◦●■‣∙·\-–]\s+")
_CLAUSE_START = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s+\S|^\d{1,3}\.\s+[A-Z]")  # a new clause inside a text box
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)


def pdf_paragraphs(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    pages: list[list[str]] = []
    for page in extract_pages(str(path), laparams=LAParams(line_margin=0.6)):
        boxes = [b for b in page if isinstance(b, LTTextContainer)]
        boxes = _reading_order(boxes)
        page_paragraphs: list[str] = []
        for box in boxes:
            page_paragraphs += [join_lines(lines) for lines in _split_at_clauses(box.get_text())]
        pages.append(page_paragraphs)
    repeated = _running_heads(pages)
    paragraphs = [
        p for page in pages for p in page
        if p and not _PAGE_NUMBER.match(p) and p not in repeated
    ]
    return _rejoin_broken(merge_number_boxes(paragraphs))


def _rejoin_broken(paragraphs: list[str]) -> list[str]:
    """A sentence broken across text boxes (a hanging bullet, a page break) is one paragraph again."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and paragraph[:1].islower() and not joined[-1].endswith((".", ":", ";", "!", "?")):
            joined[-1] = join_lines([joined[-1], paragraph])
        else:
            joined.append(paragraph)
    return joined


def _reading_order(boxes: list) -> list:
    """Top to bottom, except that a clause number set apart (a table's first column, a hanging
    indent) goes just before the text beside it, wherever within that text's height it sits."""
    numbers = [b for b in boxes if ONLY_NUMBER.match(b.get_text().strip())]
    others = [b for b in boxes if not ONLY_NUMBER.match(b.get_text().strip())]
    beside: dict[int, list] = {}
    loose = []
    for number in numbers:
        row = [b for b in others if b.x0 >= number.x1 - 1 and number.y0 < b.y1 and number.y1 > b.y0]
        if row:
            beside.setdefault(id(min(row, key=lambda b: b.x0)), []).append(number)
        else:
            loose.append(number)
    ordered = []
    for box in sorted(others + loose, key=lambda b: (-round(b.y1), b.x0)):
        ordered += sorted(beside.get(id(box), []), key=lambda b: -b.y1)
        ordered.append(box)
    return ordered


def _split_at_clauses(box_text: str) -> list[list[str]]:
    """A text box's lines as paragraphs: a line that starts with a clause number starts a new one."""
    groups: list[list[str]] = [[]]
    for raw in box_text.splitlines():
        line = _BULLET.sub("", _UNMAPPED_GLYPH.sub("", raw).strip())
        if _CLAUSE_START.match(line) and groups[-1]:
            groups.append([])
        groups[-1].append(line)
    return [g for g in groups if any(line for line in g)]


def _running_heads(pages: list[list[str]]) -> set[str]:
    """Lines printed on most pages (running heads, footers): not part of any clause."""
    if len(pages) < 3:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for line in set(page):
            counts[line] = counts.get(line, 0) + 1
    return {line for line, n in counts.items() if n >= max(3, len(pages) * 2 // 3) and len(line) < 120}
