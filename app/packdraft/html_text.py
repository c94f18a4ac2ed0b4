"""An HTML page's text per block element (paragraph, list item, heading, cell), through selectolax."""

from __future__ import annotations

from app.packdraft.paragraphs import merge_number_boxes

_BLOCKS = frozenset("p li h1 h2 h3 h4 h5 h6 dt dd td th pre blockquote div section article tr br".split())
_SKIP = frozenset("script style head noscript template svg".split())


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
    return merge_number_boxes(paragraphs)
