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
_TAG = re.compile(rb"<[^<>]{0,4096}>")  # [^<>]: an attempt ends at the next "<", so the strip is linear
_VOID = re.compile(rb"<(?:br|img|hr|meta|link|input|wbr|col|area|base|embed|source|track|param)\b", re.IGNORECASE)
# lexbor's tree building is quadratic in nesting depth (20,000 deep: 0.4 s; 100,000: 27 s), balanced
# (every tag closed) or not. Unclosed tags bound the depth from above, and bytes.count is cheap;
# balanced nesting is measured by one linear pass over the tags (html_shape) before lexbor runs.
MAX_UNCLOSED_TAGS = 3_000
MAX_DEPTH = 1_000  # lexbor: 1,000 deep costs 2 ms; real mail nests a few dozen deep
MAX_ELEMENTS = 100_000
_OPEN_OR_CLOSE = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9:-]{0,63})[^<>]{0,4096}>")
_VOID_NAMES = frozenset(b"br img hr meta link input wbr col area base embed source track param".split())
# Closed implicitly by the next of their kind, so they never pile up: not counted as depth.
_OPTIONAL_END = frozenset(b"p li td th tr option dt dd".split())
_BREAKING_TAG = re.compile(rb"<(?:br|/?p|/?div|/?tr|/?li|/?h[1-6]|/?blockquote|hr)\b[^<>]{0,4096}>", re.IGNORECASE)
_WS_RUN = re.compile(r"[ \t\u00a0\u200b\ufeff]+")
_BLANK_RUN = re.compile(r"\n{3,}")


def html_to_text(html: bytes | str, *, max_formatting_tags: int = 5_000) -> tuple[str, bool]:
    """Return (text, degraded). `degraded` is True when the fallback tag stripper ran."""
    data = html.encode("utf-8", "surrogatepass") if isinstance(html, str) else html
    if html_too_costly(data, max_formatting_tags=max_formatting_tags):
        return _strip_tags(data), True
    try:
        tree = LexborHTMLParser(data.decode("utf-8", "replace"))
    except Exception:  # lexbor refuses some inputs outright; strip tags instead
        return _strip_tags(data), True
    root = tree.body or tree.root
    if root is None:
        return "", False
    return _tidy("".join(_render(root))), False


def html_too_costly(data: bytes, *, max_formatting_tags: int = 5_000) -> str | None:
    """Why a tree parser (lexbor, nh3) must not be given this HTML, or None when it is cheap."""
    if len(_FORMATTING.findall(data)) > max_formatting_tags:
        return "too many formatting tags"
    if _unclosed(data) > MAX_UNCLOSED_TAGS:
        return "too many unclosed tags"
    depth, elements = html_shape(data, MAX_DEPTH)
    if depth > MAX_DEPTH:
        return f"elements nested more than {MAX_DEPTH} deep"
    if elements > MAX_ELEMENTS:
        return f"more than {MAX_ELEMENTS} elements"
    return None


def html_shape(data: bytes, max_depth: int) -> tuple[int, int]:
    """(deepest nesting, elements), in one pass over the tags; stops as soon as max_depth is passed.

    A close tag counts only when an element of its name is open, as in the HTML parser
    (a stray `</x>` does not close a `<div>`), so interleaved junk cannot hide the depth.
    The figure is an upper bound: a real close also closes what is still open inside it.
    """
    tags = data.count(b"<")
    if tags <= max_depth:
        return 0, tags  # too few tags to nest too deep (depth is measured only when it could matter)
    depth = deepest = elements = 0
    open_by_name: dict[bytes, int] = {}
    for match in _OPEN_OR_CLOSE.finditer(data):
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if open_by_name.get(name):
                open_by_name[name] -= 1
                depth -= 1
            continue
        elements += 1
        if name in _VOID_NAMES or name in _OPTIONAL_END or data[match.end() - 2] == 0x2F:  # "/>"
            continue
        open_by_name[name] = open_by_name.get(name, 0) + 1
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > max_depth:
                break
    return deepest, elements


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
