"""A council's protocol as text, whatever it was published as: PDF, Word, HTML, Markdown or plain text.

The result is the text the draft's quotes are checked against, so it is what
`mailguard packs check` reads: one paragraph per line, blank lines between,
clause numbers kept at the start of their paragraph. Markdown and plain text
are kept as written (the shipped packs store their protocols that way).
Each format goes through a well-kept library: pdfminer.six (layout analysis
gives paragraphs, not just lines), python-docx, selectolax (already ours).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from app.errors import ConfigError

TEXT_SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".text": "text"}
SUFFIXES = {**TEXT_SUFFIXES, ".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html"}
MAX_BYTES = 20 * 1024 * 1024  # a protocol is a few pages; a 20 MB one is not a protocol

_BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 dt dd td th pre blockquote div section article tr br".split())
_SKIP = frozenset("script style head noscript template svg".split())
_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)\s*")  # pdfminer's stand-in for a glyph with no Unicode (bullets)
_BULLET = re.compile(r"^[•▪◦●■‣∙·\-–]\s+")
_CLAUSE_START = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s+\S|^\d{1,3}\.\s+[A-Z]")  # a new clause inside a text box
_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,4}(\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)
_ONLY_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*\.?|\([a-z]{1,4}\)|[a-z]\))\s*$", re.IGNORECASE)


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
            text = _paragraphs_text(_pdf_paragraphs(path))
        elif kind == "docx":
            text = _paragraphs_text(_docx_paragraphs(path))
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


def _join_lines(lines: list[str]) -> str:
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


def _merge_number_boxes(paragraphs: list[str]) -> list[str]:
    """A clause number set apart from its text (a hanging indent) goes back in front of it."""
    merged: list[str] = []
    pending = ""
    for paragraph in paragraphs:
        if _ONLY_NUMBER.match(paragraph):
            pending = f"{pending} {paragraph}".strip()
            continue
        merged.append(f"{pending} {paragraph}".strip() if pending else paragraph)
        pending = ""
    if pending:
        merged.append(pending)
    return merged


def _pdf_paragraphs(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer

    pages: list[list[str]] = []
    for page in extract_pages(str(path), laparams=LAParams(line_margin=0.6)):
        boxes = [b for b in page if isinstance(b, LTTextContainer)]
        boxes = _reading_order(boxes)
        page_paragraphs: list[str] = []
        for box in boxes:
            page_paragraphs += [_join_lines(lines) for lines in _split_at_clauses(box.get_text())]
        pages.append(page_paragraphs)
    repeated = _running_heads(pages)
    paragraphs = [
        p for page in pages for p in page
        if p and not _PAGE_NUMBER.match(p) and p not in repeated
    ]
    return _rejoin_broken(_merge_number_boxes(paragraphs))


def _rejoin_broken(paragraphs: list[str]) -> list[str]:
    """A sentence broken across text boxes (a hanging bullet, a page break) is one paragraph again."""
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and paragraph[:1].islower() and not joined[-1].endswith((".", ":", ";", "!", "?")):
            joined[-1] = _join_lines([joined[-1], paragraph])
        else:
            joined.append(paragraph)
    return joined


def _reading_order(boxes: list) -> list:
    """Top to bottom, except that a clause number set apart (a table's first column, a hanging
    indent) goes just before the text beside it, wherever within that text's height it sits."""
    numbers = [b for b in boxes if _ONLY_NUMBER.match(b.get_text().strip())]
    others = [b for b in boxes if not _ONLY_NUMBER.match(b.get_text().strip())]
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


def _docx_paragraphs(path: Path) -> list[str]:
    import docx

    document = docx.Document(str(path))
    numbering = _WordNumbering(document)
    paragraphs: list[str] = []
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        number = numbering.number_of(paragraph)
        if number and text and not text.startswith(number):
            text = f"{number} {text}"  # Word's automatic numbering is not in the text; put it back
        paragraphs.append(text)
    for table in document.tables:  # protocols sometimes set clauses in a two-column table
        for row in table.rows:
            cells = []
            for cell in row.cells:
                value = " ".join(cell.text.split())
                if value and value not in cells:
                    cells.append(value)
            paragraphs.append(" ".join(cells))
    return _merge_number_boxes([p for p in paragraphs if p])


class _WordNumbering:
    """Word's automatic decimal numbering (1, 1.1, 1.1.1) counted the way Word shows it, per list."""

    def __init__(self, document) -> None:
        self.counters: dict[str, list[int]] = {}
        self.formats = _number_formats(document)  # (numId, level) -> "decimal" | "bullet" | ...

    def number_of(self, paragraph) -> str | None:
        numpr = _numbering_properties(paragraph._p.pPr)
        style = paragraph.style
        while numpr is None and style is not None:  # numbering set on the paragraph style (List Number)
            numpr = _numbering_properties(style.element.pPr)
            style = style.base_style
        if numpr is None or numpr.numId is None:
            return None
        num_id = str(numpr.numId.val)
        if num_id == "0":
            return None
        level = int(numpr.ilvl.val) if numpr.ilvl is not None else 0
        if self.formats.get((num_id, level)) != "decimal":
            return None  # bullets and lettered items are not clause numbers
        counts = self.counters.setdefault(num_id, [])
        del counts[level + 1:]
        while len(counts) <= level:
            counts.append(0)
        counts[level] += 1
        return ".".join(str(n or 1) for n in counts) + ("." if level == 0 else "")


def _number_formats(document) -> dict[tuple[str, int], str]:
    """Each list level's number format, from the document's numbering part (w:num -> w:abstractNum)."""
    from docx.oxml.ns import qn

    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {}
    for node in root.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in node.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[int(lvl.get(qn("w:ilvl")))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[node.get(qn("w:abstractNumId"))] = levels
    formats = {}
    for num in root.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        for level, fmt in abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}).items():
            formats[(num.get(qn("w:numId")), level)] = fmt
    return formats


def _numbering_properties(ppr):
    return ppr.numPr if ppr is not None else None


def html_paragraphs(html: str) -> list[str]:
    """Text per block element (paragraph, list item, heading, cell), in document order."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = tree.body or tree.root
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = " ".join("".join(buffer).split())
        if text:
            paragraphs.append(text)
        buffer.clear()

    stack: list[tuple[object, bool]] = [(root, True)]
    while stack:  # iterative: a deeply nested page must not exhaust the recursion limit
        node, entering = stack.pop()
        if node is None:
            continue
        tag = node.tag
        if not entering:
            flush()
            continue
        if tag == "-text":
            buffer.append(node.text_content or "")
            continue
        if tag in _SKIP or tag == "-comment":
            continue
        if tag in _BLOCKS:
            flush()
            stack.append((node, False))
        children = list(node.iter(include_text=True))
        stack.extend((child, True) for child in reversed(children))
    flush()
    return _merge_number_boxes(paragraphs)
