"""Protocols as councils publish them, made from the Markdown copies: a PDF (reportlab) and a Word file
(python-docx). Headings, paragraphs and list items are kept; clause numbers stay in the text, as typed
in most council documents. Emphasis and HTML are dropped, as a word processor would show them."""

from __future__ import annotations

import re
from pathlib import Path

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM = re.compile(r"^\s*[-*•]\s+(.*)$")
_TAGS = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"\*+|~~|\\")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def blocks(markdown: str) -> list[tuple[str, str]]:
    """(kind, text) per heading, paragraph or list item; kind is h1..h6, p or li."""
    out: list[tuple[str, str]] = []
    for raw in markdown.splitlines():
        if not raw.strip() or raw.strip() in ("---", "-"):
            continue
        heading = _HEADING.match(raw.strip())
        item = _ITEM.match(raw)
        kind, text = ("h" + str(len(heading.group(1))), heading.group(2)) if heading else (
            ("li", item.group(1)) if item else ("p", raw))
        text = " ".join(_EMPHASIS.sub("", _TAGS.sub("", _LINK.sub(r"\1", text))).split())
        if text:
            out.append((kind, text))
    return out


def write_pdf(markdown: str, path: Path) -> Path:
    from xml.sax.saxutils import escape

    import reportlab
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("Vera", str(fonts / "Vera.ttf")))  # ships with reportlab: ’ “ ” — •
    pdfmetrics.registerFont(TTFont("VeraBd", str(fonts / "VeraBd.ttf")))
    body = ParagraphStyle("body", fontName="Vera", fontSize=10, leading=12, spaceAfter=8)
    item = ParagraphStyle("item", parent=body, leftIndent=18, bulletIndent=6)
    heading = ParagraphStyle("heading", parent=body, fontName="VeraBd", fontSize=12, leading=14, spaceBefore=6)
    story = []
    for kind, text in blocks(markdown):
        style = heading if kind.startswith("h") else item if kind == "li" else body
        story.append(Paragraph(escape(text), style, bulletText="•" if kind == "li" else None))
    SimpleDocTemplate(str(path), pagesize=A4, title="Protocol").build(story)
    return path


def write_docx(markdown: str, path: Path) -> Path:
    import docx

    document = docx.Document()
    for kind, text in blocks(markdown):
        if kind.startswith("h"):
            document.add_heading(text, level=min(int(kind[1:]), 4))
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def write_html(markdown: str, path: Path) -> Path:
    from html import escape

    tags = {"p": "p", "li": "li"}
    parts = ["<!doctype html><html><head><title>Protocol</title><style>p{margin:0}</style>",
             "<script>var tracking = 'not part of the protocol';</script></head><body><nav>Home | Policies</nav>"]
    in_list = False
    for kind, text in blocks(markdown):
        if (kind == "li") != in_list:
            parts.append("<ul>" if kind == "li" else "</ul>")
            in_list = kind == "li"
        tag = kind if kind.startswith("h") else tags[kind]
        parts.append(f"<{tag}>{escape(text)}</{tag}>")
    parts.append("</ul></body></html>" if in_list else "</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_text(markdown: str, path: Path) -> Path:
    """Plain text as a word processor saves it: one paragraph per line, no markup."""
    path.write_text("\n\n".join(text for _kind, text in blocks(markdown)) + "\n", encoding="utf-8")
    return path
