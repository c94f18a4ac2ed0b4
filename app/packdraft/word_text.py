"""A Word (.docx) document's paragraphs and table rows through python-docx, in document order, with
Word's automatic decimal numbering put back in front of each numbered paragraph."""

from __future__ import annotations

from pathlib import Path

from app.packdraft.paragraphs import merge_number_boxes


def docx_paragraphs(path: Path) -> list[str]:
    import docx
    from docx.table import Table

    document = docx.Document(str(path))
    numbering = _WordNumbering(document)
    paragraphs: list[str] = []
    for block in document.iter_inner_content():  # paragraphs and tables, in document order
        if isinstance(block, Table):  # protocols sometimes set clauses in a two-column table
            paragraphs += [_row_text(row) for row in block.rows]
            continue
        text = " ".join(block.text.split())
        number = numbering.number_of(block)
        if number and text and not text.startswith(number):
            text = f"{number} {text}"  # Word's automatic numbering is not in the text; put it back
        paragraphs.append(text)
    return merge_number_boxes([p for p in paragraphs if p])


def _row_text(row) -> str:
    cells: list[str] = []
    for cell in row.cells:
        value = " ".join(cell.text.split())
        if value and value not in cells:  # a merged cell is reported once per column it spans
            cells.append(value)
    return " ".join(cells)


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
