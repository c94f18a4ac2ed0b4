"""The held message's content as the reviewer sees it: escaped text with the evidence marked in place.

Nothing the sender wrote reaches our origin as markup: the text is escaped
and only our <mark> elements are added; the sender's HTML, if wanted, is
sanitised with nh3 and served to a sandboxed frame under its own strict CSP.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

import nh3
from markupsafe import Markup, escape

from app.engine.message import DEFAULT_LIMITS, mime, parse
from app.engine.message.encoded_words import decode_bytes
from app.engine.message.limits import Deadline
from app.engine.message.text import html_too_costly
from app.offload import CannotFinish, run_offloaded

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
    """The sender's HTML part cleaned by nh3 (no scripts, styles, forms or remote content), or None.

    The part is found by the engine's bounded MIME walker (not `email`, which holds every payload
    in memory and has no time limit), and HTML that would cost a tree parser seconds (deep
    nesting, tag bombs: the engine's own guard) is not shown as HTML at all: the text view is.
    """
    if not raw:
        return None
    html = _html_part(raw)
    if html is None or html_too_costly(html):
        return None
    return nh3.clean(html.decode("utf-8", "replace"), tags=HTML_TAGS, url_schemes={"http", "https", "mailto"},
                     link_rel="noopener noreferrer nofollow", strip_comments=True)


def _html_part(raw: bytes) -> bytes | None:
    """The first text/html body part's content as UTF-8, at most MAX_HTML bytes."""
    defects: list = []
    stack = [mime.walk(raw, DEFAULT_LIMITS, defects, Deadline(DEFAULT_LIMITS.time_budget_s))]
    while stack:
        part = stack.pop()
        if part.children:
            stack.extend(reversed(part.children))
            continue
        disposition, _ = part.disposition
        if part.content_type == "text/html" and disposition.lower() != "attachment":
            data = mime.decode_payload(part, defects, MAX_HTML)
            return decode_bytes(data, part.charset).encode("utf-8", "replace")[:MAX_HTML]
    return None


@dataclass(frozen=True)
class Rendered:
    text: str | None  # None: the original bytes are not kept
    html: str | None  # the sanitised HTML, or None
    complete: bool = True  # False: it could not be worked out this time (not kept in the cache)


def render(raw: bytes | None) -> Rendered:
    """The text and sanitised HTML; a big message's in the offload pool (lexbor and nh3 keep the GIL)."""
    try:
        return run_offloaded(len(raw or b""), _render_message, raw)
    except CannotFinish as exc:
        return Rendered(f"(This message could not be shown: {exc}. Its original is kept.)", None, complete=False)


def _render_message(raw: bytes | None) -> Rendered:
    return Rendered(read_text(raw), sanitised_html(raw))


class RenderedCache:
    """What each held message looks like on the desk, worked out once and kept (bounded).

    A message's kept bytes never change, so its record id is the key. Work is done by the
    caller outside any database transaction; the cache only saves doing it again.
    """

    def __init__(self, max_entries: int = 64, max_chars: int = 32 * 1024 * 1024):
        self.max_entries, self.max_chars = max_entries, max_chars
        self._entries: OrderedDict[int, Rendered] = OrderedDict()
        self._chars = 0
        self._lock = threading.Lock()

    def get(self, record_id: int, raw: bytes | None) -> Rendered:
        with self._lock:
            found = self._entries.get(record_id)
            if found is not None:
                self._entries.move_to_end(record_id)
                return found
        made = render(raw)
        size = len(made.text or "") + len(made.html or "")
        with self._lock:
            if made.complete and record_id not in self._entries and size <= self.max_chars:
                self._entries[record_id] = made
                self._chars += size
                while len(self._entries) > self.max_entries or self._chars > self.max_chars:
                    _, old = self._entries.popitem(last=False)
                    self._chars -= len(old.text or "") + len(old.html or "")
        return made
