"""The held message's content as the reviewer sees it: escaped text with the evidence marked in place.

Nothing the sender wrote reaches our origin as markup: the text is escaped
and only our <mark> elements are added; the sender's HTML, if wanted, is
sanitised with nh3 and served to a sandboxed frame under its own strict CSP.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass, field

import nh3
from markupsafe import Markup, escape

from app.engine.message import parse

QUOTED = re.compile(r"“([^”]{3,})”")
HEADER_EVIDENCE = re.compile(r"^(From|To|Cc|Bcc|Subject|Reply-To|Sender):\s", re.IGNORECASE)
MAX_HTML = 2 * 1024 * 1024
SOURCE_PREVIEW_BYTES = 16 * 1024  # of an unreadable message's source, shown as text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Tags of ordinary mail formatting; no forms, no media, no frames (nh3 removes scripts and handlers always).
HTML_TAGS = {"a", "b", "blockquote", "br", "code", "div", "em", "font", "h1", "h2", "h3", "h4", "hr", "i",
             "li", "ol", "p", "pre", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td",
             "th", "thead", "tr", "u", "ul"}


@dataclass
class Evidence:
    """Where each finding's evidence shows: marks in the body, and header rows."""

    body: Markup = Markup("")
    headers: dict[str, list[int]] = field(default_factory=dict)  # "to" -> finding numbers
    marked: dict[int, list[str]] = field(default_factory=dict)  # finding number -> mark ids


def read_text(raw: bytes | None) -> str | None:
    """The message's text as MailGuard read it (plain part, or text from HTML), or None if not kept."""
    if raw is None:
        return None
    message = parse(raw)
    return message.text if message.bodies else ""


def source_preview(raw: bytes | None) -> tuple[str, int] | None:
    """(the first bytes of the raw source as safe text, total size), for mail that could not be read.

    Bounded, decoded with replacement characters, control and bidirectional characters shown as
    U+FFFD; the template escapes it. None when the message is no longer kept.
    """
    if raw is None:
        return None
    head = raw[:SOURCE_PREVIEW_BYTES].decode("utf-8", errors="replace")
    return _CONTROL.sub("\ufffd", head.replace("\r\n", "\n")), len(raw)


def mark_evidence(text: str, findings) -> Evidence:
    """`text` escaped, with every quoted fragment of each finding's evidence wrapped in <mark>."""
    result = Evidence()
    spans: list[tuple[int, int, int]] = []
    for number, finding in enumerate(findings, start=1):
        for line in finding.evidence or []:
            header = HEADER_EVIDENCE.match(line)
            if header:
                result.headers.setdefault(header.group(1).lower(), []).append(number)
            for fragment in QUOTED.findall(line):
                spans.extend((start, end, number) for start, end in _find(text, fragment))
    result.body = _render(text, _merge(spans), result.marked)
    return result


def _find(text: str, fragment: str) -> list[tuple[int, int]]:
    words = fragment.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)  # evidence has its whitespace collapsed
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)][:5]


def _merge(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, set[int]]]:
    merged: list[tuple[int, int, set[int]]] = []
    for start, end, number in sorted(spans):
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2] | {number})
        else:
            merged.append((start, end, {number}))
    return merged


def _render(text: str, spans, marked: dict[int, list[str]]) -> Markup:
    out, position = [], 0
    for index, (start, end, numbers) in enumerate(spans, start=1):
        mark_id = f"ev-{index}"
        for number in numbers:
            marked.setdefault(number, []).append(mark_id)
        label = ", ".join(f"finding {n}" for n in sorted(numbers))
        out.append(escape(text[position:start]))
        out.append(Markup('<mark id="{}" title="{}">').format(mark_id, "Evidence for " + label))
        out.append(escape(text[start:end]))
        out.append(Markup('<span class="visually-hidden"> (evidence for {})</span></mark>').format(label))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


def sanitised_html(raw: bytes | None) -> str | None:
    """The sender's HTML part cleaned by nh3 (no scripts, styles, forms or remote content), or None."""
    if not raw:
        return None
    try:
        message = email.message_from_bytes(raw, policy=email.policy.default)
        part = message.get_body(preferencelist=("html",))
        if part is None:
            return None
        html = part.get_content()
    except Exception:  # noqa: BLE001 - hostile MIME: the text view is still there
        return None
    if not isinstance(html, str):
        return None
    return nh3.clean(html[:MAX_HTML], tags=HTML_TAGS, url_schemes={"http", "https", "mailto"},
                     link_rel="noopener noreferrer nofollow", strip_comments=True)
