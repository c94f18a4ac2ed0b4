"""Who signs a letter: the first councillor or officer named in the sign-off of the new text.

The sign-off is the short lines after a valediction ("Yours sincerely",
"Kind regards") near the end, or, with none, the last few short lines. Text
after "on behalf of" / "p.p." names the principal, not the signer, so
"Helen Symmons, Clerk, on behalf of the Chairman" is signed by an officer.
A bare title line ("Chairman", "Town Mayor") stands for the person holding it.
Copy lines ("cc Cllr Doe") are not signatures.
"""

from __future__ import annotations

import re

from app.engine.checks.identity import person_signing_as
from app.engine.directory import Directory, Person, Role

MAX_TAIL_LINES = 20  # where a sign-off can be
MAX_BLOCK_LINES = 6  # lines read after the valediction
MAX_NAME_LINE = 90  # a longer line is a sentence, not a signature

_VALEDICTION = re.compile(
    r"^\s*(?:yours\s+(?:sincerely|faithfully|truly|ever)|(?:with\s+)?(?:kind|best|warm|warmest|many|all\s+good)?\s*"
    r"(?:regards|wishes)(?:\s+for\s+[\w\s]{1,30}?)?|warmly|best|thanks|many\s+thanks|thank\s+you|sincerely|cheers|respectfully)"
    r"(?:[\s.!]*$|\s*,\s*(?=.{0,40}$))",
    re.IGNORECASE,
)
_ON_BEHALF = re.compile(
    r"\b(?:(?:for\s+and\s+)?on\s+behalf\s+of|p\.\s?p\.|pp|for\s+(?:the\s+)?(?:chair(?:man)?|mayor|cllr|councillor))\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"\w\s+\w+\s+\w+\s+\w+.*[.!?]\s*$")  # "The Chair has asked me to…" is prose, not a sign-off
_COPY_LINE = re.compile(r"^\s*(?:cc|bcc|copy|copies|copied)\b", re.IGNORECASE)
_TITLE_LINE = {
    "vice-chair": re.compile(r"^\s*(?:the\s+)?vice[-\s]?chair(?:man|woman)?\b", re.IGNORECASE),
    "chair": re.compile(r"^\s*(?:the\s+)?(?:chairman|chairwoman|chair)(?:\s+of\s+(?:the\s+)?(?:town\s+|parish\s+)?council)?\b", re.IGNORECASE),
    "mayor": re.compile(r"^\s*(?:the\s+)?(?:town\s+)?mayor\b", re.IGNORECASE),
    "leader": re.compile(r"^\s*(?:the\s+)?leader\s+of\s+the\s+council\b", re.IGNORECASE),
}
_GOVERNED = (Role.COUNCILLOR, Role.OFFICER)


_SEPARATOR = re.compile(r"^--\s*$", re.MULTILINE)  # the standard signature separator ("-- ")


def signer(text: str, directory: Directory) -> tuple[Person, str] | None:
    """(person, the sign-off line naming them), or None when no governed person signs.

    The sign-off above a signature separator is read first: a shared mailbox's
    standard signature below it names the council, not the writer.
    """
    separator = _SEPARATOR.search(text)
    if separator is not None and separator.start() > 0:
        above = _signer_in(text[: separator.start()], directory)
        if above is not None:
            return above
    return _signer_in(text, directory)


def _signer_in(text: str, directory: Directory) -> tuple[Person, str] | None:
    for line in _signoff_block(text):
        if _COPY_LINE.match(line):
            continue
        own_part = _ON_BEHALF.split(line, maxsplit=1)[0]
        named = directory.people_named(own_part, roles=_GOVERNED)
        if named:
            return _first_in_line(own_part, named, directory), line.strip()
        if own_part.strip():
            short = person_signing_as(own_part, directory, _GOVERNED)
            if short is not None:
                return short, line.strip()
            titled = _titled(own_part, directory)
            if titled is not None:
                return titled, line.strip()
    return None


def _signoff_block(text: str) -> list[str]:
    lines = [line for line in text[-4000:].splitlines() if line.strip()]
    tail = lines[-MAX_TAIL_LINES:]
    for index in range(len(tail) - 1, -1, -1):
        match = _VALEDICTION.match(tail[index])
        if match:
            rest = tail[index][match.end():]
            block = ([rest] if rest.strip() else []) + tail[index + 1 : index + 1 + MAX_BLOCK_LINES]
            return [line for line in block if len(line.strip()) <= MAX_NAME_LINE]
    block = [line for line in tail[-4:] if len(line.strip()) <= MAX_NAME_LINE and not _SENTENCE.search(line)]
    if tail and len(tail[-1].strip()) > MAX_NAME_LINE:
        block.append(_closing_fragment(tail[-1]))  # a one-paragraph note: "… by Friday. Kwame (Cllr Asante)"
    return block


def _closing_fragment(line: str) -> str:
    """The words after a long line's last sentence: "Thanks, Pat (Cllr Fenwick-Lowe)"."""
    cut = max(line.rfind(". "), line.rfind("! "), line.rfind("? "))
    fragment = line[cut + 1 :] if cut >= 0 else ""
    return fragment if len(fragment.strip()) <= MAX_NAME_LINE // 2 else ""


def _first_in_line(line: str, named: tuple[Person, ...], directory: Directory) -> Person:
    if len(named) == 1:
        return named[0]
    # several people on one line: the one named earliest signs
    def position(person: Person) -> int:
        at = line.lower().find(person.surname.lower())
        return at if at >= 0 else len(line)

    return min(named, key=position)


def _titled(line: str, directory: Directory) -> Person | None:
    for title, pattern in _TITLE_LINE.items():
        if pattern.match(line):
            holders = [p for p in directory.titled(title) if p.role is Role.COUNCILLOR]
            if len(holders) == 1:
                return holders[0]
    return None


_COUNCILLOR_STYLE = re.compile(r"(?<![\w-])(?:cllr|clr|councillor|councilor)\b\.?", re.IGNORECASE)
_GENERIC_COUNCIL_WORDS = frozenset({"the", "of", "and", "town", "parish", "city", "borough", "district", "county",
                                    "community", "council", "metropolitan", "royal", "pc", "tc"})


def unlisted_councillor_signs(text: str, directory: Directory) -> str | None:
    """The sign-off line of a councillor the directory does not list yet (a co-opted member, a new
    address): the block styles the writer "Cllr" and names this council ("Cllr, Saxby Wendle PC").
    A councillor of another council names that council, so it does not count."""
    block = [line for line in _signoff_block(text) if not _COPY_LINE.match(line) and not _ON_BEHALF.search(line)]
    styled = next((line.strip() for line in block if _COUNCILLOR_STYLE.search(line)), None)
    if styled is None:
        return None
    words = [w for w in re.findall(r"[\w'-]+", directory.council.lower()) if w not in _GENERIC_COUNCIL_WORDS]
    if not words:
        return None
    name = re.compile(r"(?<![\w-])" + r"\s+".join(map(re.escape, words)) + r"(?![\w-])")
    return styled if name.search(" ".join(block).lower()) else None

