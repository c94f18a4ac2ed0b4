"""Text from HTML bodies, as a reader (and the quote extractor) needs it.

lexbor (selectolax) parses; we walk the tree iteratively (no recursion limit)
and render blocks as line breaks and <blockquote> as "> " lines, so quoted
HTML looks like quoted plain text to the embedded-message extractor. Text
hidden with CSS is kept: it is still content the recipient receives.
"""

from __future__ import annotations

import html as html_lib
import re

from selectolax.lexbor import LexborHTMLParser

_BLOCK = frozenset(
    "address article aside blockquote body center dd div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr html li main nav ol p pre section table tbody thead tfoot "
    "tr ul o:p".split()
)
_SKIP = frozenset({"head", "script", "style", "template", "noscript", "title", "xml", "-comment"})
_CELL = frozenset({"td", "th"})
# Tags lexbor's adoption-agency algorithm re-opens; thousands of them unclosed cost seconds.
_FORMATTING = re.compile(
    rb"<(?:a|b|big|code|em|font|i|nobr|s|small|strike|strong|tt|u|span)[\s>/]", re.IGNORECASE
)
_TAG = re.compile(rb"<[^>]{0,4096}>")
_VOID = re.compile(rb"<(?:br|img|hr|meta|link|input|wbr|col|area|base|embed|source|track|param)\b", re.IGNORECASE)
# lexbor's tree building is quadratic in nesting depth (20,000 deep: 0.4 s; 100,000: 20 s).
# Unclosed tags bound the depth from above, and bytes.count is cheap.
MAX_UNCLOSED_TAGS = 3_000
_BREAKING_TAG = re.compile(rb"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?blockquote|hr)\b[^>]{0,4096}>", re.IGNORECASE)
_WS_RUN = re.compile(r"[ \t\u00a0\u200b\ufeff]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def html_to_text(html: bytes | str, *, max_formatting_tags: int = 5_000) -> tuple[str, bool]:
    """Return (text, degraded). `degraded` is True when the fallback tag stripper ran."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if len(_FORMATTING.findall(data)) > max_formatting_tags or _unclosed(data) > MAX_UNCLOSED_TAGS:
        return _strip_tags(data), True
    try:
        tree = LexborHTMLParser(data.decode("utf-8", "replace"))
    except Exception:  # lexbor refuses some inputs outright; strip tags instead
        return _strip_tags(data), True
    root = tree.body or tree.root
    if root is None:
        return "", False
    return _tidy("".join(_render(root))), False


def _unclosed(data: bytes) -> int:
    opens = data.count(b"<") - data.count(b"</") - data.count(b"<!") - data.count(b"/>")
    return opens - data.count(b"</") - len(_VOID.findall(data))


def _render(root) -> list[str]:
    out: list[str] = []
    quote_depth = 0
    # Iterative walk with explicit exit markers, so 10,000-deep HTML is fine.
    stack: list[tuple[object, bool]] = [(root, False)]
    at_line_start = True
    while stack:
        node, leaving = stack.pop()
        tag = node.tag
        if leaving:
            if tag == "blockquote":
                quote_depth = max(0, quote_depth - 1)
            if tag in _BLOCK:
                out.append("\n")
                at_line_start = True
            continue
        if tag == "-text":
            text = node.text_content or ""
            if not text:
                continue
            text = _WS_RUN.sub(" ", text.replace("\r", "").replace("\n", " "))
            if at_line_start:
                text = text.lstrip()
                if not text:
                    continue
                if quote_depth:
                    out.append("> " * quote_depth)
            out.append(text)
            at_line_start = False
            continue
        if tag in _SKIP:
            continue
        if tag == "br":
            out.append("\n")
            at_line_start = True
            continue
        if tag in _CELL:
            out.append(" ")
        if tag in _BLOCK and not at_line_start:
            out.append("\n")
            at_line_start = True
        if tag == "blockquote":
            quote_depth += 1
        stack.append((node, True))
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    return out


def _strip_tags(data: bytes) -> str:
    """Linear fallback for hostile HTML: breaks for block tags, drop the rest."""
    text = _BREAKING_TAG.sub(b"\n", data)
    text = _TAG.sub(b" ", text)
    return _tidy(html_lib.unescape(text.decode("utf-8", "replace")))


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
