"""Graph message JSON decoded with its caps checked *while* it is decoded, before any conversion.

json.loads calls `object_pairs_hook` for every object as soon as it is read,
so a body with 350,000 attachment objects is refused after the first few
thousand instead of being built in full (and then turned into MIME). Python's
decoder accepts lone UTF-16 surrogates ("\\ud800"), which no UTF-8 encoder
will write later; they are refused here, with the field's place, as bad input.
Nesting deeper than the interpreter's recursion limit raises RecursionError
inside the C decoder at once; it is reported as bad input too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
_RECIPIENT_KEYS = ("toRecipients", "ccRecipients", "bccRecipients", "replyTo")


class JsonRefused(ValueError):
    """The body is not acceptable JSON, or passes a cap; the text says which, for a 4xx answer."""

    def __init__(self, message: str, *, too_large: bool = False):
        super().__init__(message)
        self.too_large = too_large


@dataclass(frozen=True, slots=True)
class JsonCaps:
    max_objects: int = 20_000  # every {...} in the body, nested items included
    max_recipients: int = 2_000  # to + cc + bcc + replyTo of one message (as Limits' per header)
    max_attachments: int = 250  # of one message (Exchange's MIME part ceiling)
    max_item_depth: int = 3  # itemAttachment inside itemAttachment ...
    max_headers: int = 500  # internetMessageHeaders of one message


DEFAULT_CAPS = JsonCaps()


def decode_bounded(body: bytes | str, *, max_objects: int) -> Any:
    """Any JSON, refused (JsonRefused) past max_objects objects, lone surrogates or deep nesting."""
    counter = _Counter(max_objects, None)
    return _loads(body, counter)


def decode_graph_message(body: bytes | str, caps: JsonCaps = DEFAULT_CAPS) -> Any:
    """A Graph message resource decoded with every cap checked as each object completes."""
    counter = _Counter(caps.max_objects, caps)
    return _loads(body, counter)


def _loads(body: bytes | str, counter: "_Counter") -> Any:
    try:
        return json.loads(body, object_pairs_hook=counter.hook)
    except JsonRefused:
        raise
    except RecursionError:
        raise JsonRefused("the JSON nests too deeply") from None
    except ValueError as exc:  # JSONDecodeError and bad UTF-8 are ValueErrors
        raise JsonRefused(f"the body is not valid JSON: {str(exc)[:200]}") from None


class _Counter:
    __slots__ = ("left", "caps", "depths")

    def __init__(self, max_objects: int, caps: JsonCaps | None):
        self.left = max_objects
        self.caps = caps
        # Objects come back innermost first; a message's item depth is known from its attachments'.
        self.depths: dict[int, int] = {}

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        self.left -= 1
        if self.left < 0:
            raise JsonRefused("the JSON has too many objects", too_large=True)
        for key, value in pairs:
            _check_text(key, key)
            if isinstance(value, str):
                _check_text(value, key)
            elif isinstance(value, list):
                _check_list(value, key)
        obj = dict(pairs)
        if self.caps is not None:
            self._check_message(obj)
        return obj

    def _check_message(self, obj: dict[str, Any]) -> None:
        caps = self.caps
        recipients = sum(len(v) for k in _RECIPIENT_KEYS if isinstance(v := obj.get(k), list))
        if recipients > caps.max_recipients:
            raise JsonRefused(f"{recipients} recipients: more than {caps.max_recipients} in one message",
                              too_large=True)
        attachments = obj.get("attachments")
        if isinstance(attachments, list) and len(attachments) > caps.max_attachments:
            raise JsonRefused(f"{len(attachments)} attachments: more than {caps.max_attachments} in one message",
                              too_large=True)
        headers = obj.get("internetMessageHeaders")
        if isinstance(headers, list) and len(headers) > caps.max_headers:
            raise JsonRefused(f"{len(headers)} internetMessageHeaders: more than {caps.max_headers}",
                              too_large=True)
        item = obj.get("item")
        if isinstance(item, dict):  # an itemAttachment: one level deeper than the message it carries
            depth = self.depths.pop(id(item), 0) + 1
            if depth > caps.max_item_depth:
                raise JsonRefused(f"attached items nest deeper than {caps.max_item_depth}")
            self.depths[id(obj)] = depth
        if isinstance(attachments, list):
            deepest = max((self.depths.pop(id(a), 0) for a in attachments if isinstance(a, dict)), default=0)
            if deepest:
                self.depths[id(obj)] = deepest


def _check_list(values: list[Any], where: str) -> None:
    """Strings in lists (and lists in lists); objects were checked by their own hook call."""
    stack = [values]
    while stack:
        for item in stack.pop():
            if isinstance(item, str):
                _check_text(item, where)
            elif isinstance(item, list):
                stack.append(item)


def _check_text(text: str, where: str) -> None:
    if not text.isascii() and _SURROGATE.search(text):
        raise JsonRefused(f"{where[:80]!r}: a lone UTF-16 surrogate (\\ud800-\\udfff) is not text")
