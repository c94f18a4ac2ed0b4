"""One address parser for every header and every embedded header block.

Why our own: the stdlib offers a fast parser that can invent recipients from
crafted headers (`alice@x <bob@evil>` gives two, CVE-2023-27043 on 3.11) and a
correct one that takes seconds on a 64 KB header of dots. This is a single
linear pass over RFC 5322 address-list syntax (quoted strings, nested
comments, angle addresses, groups, obsolete routes), capped in input size and
address count before it starts.
"""

from __future__ import annotations

import re

from app.engine.message.encoded_words import decode_words
from app.engine.message.model import Address

_ADDR_SPEC = re.compile(r"[^\s@<>()\[\],;:\"]+@[^\s@<>()\[\],;:\"]+\Z")
_MAILTO = re.compile(r"\[?mailto:([^\]\s>]+)\]?", re.IGNORECASE)


def parse_address_list(
    value: str, *, max_addresses: int = 2_000, max_chars: int = 64 * 1024
) -> tuple[Address, ...]:
    """Addresses in a header value. Name-only entries keep `email=''`."""
    if not value:
        return ()
    value = value[:max_chars]
    result: list[Address] = []
    for raw, words, angle, comments in _mailboxes(value):
        address = _build(raw, words, angle, comments)
        if address is not None:
            result.append(address)
            if len(result) >= max_addresses:
                break
    return tuple(result)


def parse_address(value: str) -> Address | None:
    found = parse_address_list(value, max_addresses=1)
    return found[0] if found else None


def normalise_email(addr: str) -> str:
    addr = addr.strip().strip("'\"").strip()
    mailto = _MAILTO.search(addr)
    if mailto:
        addr = mailto.group(1)
    if addr.lower().startswith("mailto:"):
        addr = addr[7:]
    if ":" in addr and "@" in addr.split(":", 1)[0]:  # obsolete route "@a,@b:user@host"
        addr = addr.rsplit(":", 1)[1]
    addr = addr.strip().rstrip(".")
    return addr.lower() if _ADDR_SPEC.match(addr) else ""


def _mailboxes(value: str):
    """Yield (raw, words, angle, comments) per mailbox; one pass, no backtracking."""
    i, n = 0, len(value)
    start = 0
    words: list[str] = []
    comments: list[str] = []
    angle: str | None = None
    atom: list[str] = []

    def flush_atom() -> None:
        if atom:
            words.append("".join(atom))
            atom.clear()

    while i < n:
        ch = value[i]
        if ch == '"':
            flush_atom()
            j, buf = i + 1, []
            while j < n and value[j] != '"':
                if value[j] == "\\" and j + 1 < n:
                    j += 1
                buf.append(value[j])
                j += 1
            words.append("".join(buf))
            i = j + 1
            continue
        if ch == "(":
            flush_atom()
            depth, j, buf = 1, i + 1, []
            while j < n and depth:
                c = value[j]
                if c == "\\" and j + 1 < n:
                    j += 1
                    c = value[j]
                elif c == "(":
                    depth += 1
                elif c == ")":
                    depth -= 1
                    if not depth:
                        break
                buf.append(c)
                j += 1
            comments.append("".join(buf).strip())
            i = j + 1
            continue
        if ch == "<":
            flush_atom()
            end = value.find(">", i + 1)
            end = n if end < 0 else end
            angle = value[i + 1 : end]
            i = end + 1
            continue
        if ch in ",;" or (ch == ":" and angle is None and not atom_has_at(atom, words)):
            flush_atom()
            if ch == ":":
                words.clear()  # a group's display name, not a mailbox
                comments.clear()
                start = i + 1
                i += 1
                continue
            yield value[start:i].strip(), words[:], angle, comments[:]
            words.clear()
            comments.clear()
            angle = None
            start = i + 1
            i += 1
            continue
        if ch.isspace():
            flush_atom()
        else:
            atom.append(ch)
        i += 1
    flush_atom()
    if words or angle is not None:
        yield value[start:].strip(), words, angle, comments


def atom_has_at(atom: list[str], words: list[str]) -> bool:
    # "mailto:x@y" inside an atom is not a group separator
    text = "".join(atom)
    return "@" in text or text.lstrip("[<").lower().startswith("mailto")


def _build(raw: str, words: list[str], angle: str | None, comments: list[str]) -> Address | None:
    if angle is not None:
        email = normalise_email(angle)
        name = decode_words(" ".join(words)).strip()
        if not email and not name:
            name = angle.strip()
        if not name and comments:
            name = decode_words(comments[0])
        return Address(name=_clean_name(name), email=email, raw=raw) if (email or name) else None
    if not words:
        return None
    # "addr@x", or "Name addr@x" without brackets (seen in quoted header blocks)
    if "@" in words[-1]:
        email = normalise_email(words[-1])
        if email:
            name = " ".join(words[:-1]) or (comments[0] if comments else "")
            return Address(name=_clean_name(decode_words(name)), email=email, raw=raw)
    joined = "".join(words)  # obsolete spaced local part: "jane . doe @ x"
    if "@" in joined and len(words) <= 5:
        email = normalise_email(joined)
        if email:
            name = decode_words(comments[0]) if comments else ""
            return Address(name=_clean_name(name), email=email, raw=raw)
    name = decode_words(" ".join(words)).strip()
    return Address(name=_clean_name(name), email="", raw=raw) if name else None


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if len(name) >= 2 and name[0] == name[-1] and name[0] in "'\"":
        name = name[1:-1].strip()
    return name
