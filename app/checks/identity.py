"""Who an address is, for the checks: by email through the directory, else by display name.

Internal Outlook header blocks often show only display names ("From: Helen
Symmons", "To: Keith Evans"), so an embedded message's people may carry no
email. A name-only address is matched to a listed person when its name words
equal that person's (order ignored, so "Symmons, Helen" counts), and only when
exactly one person matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.directory import Directory, Person, Role
from app.message.model import Address, Message

_HONORIFICS = frozenset(
    {"cllr", "councillor", "clr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}
)


def name_words(name: str) -> frozenset[str]:
    """Name words, case- and accent-folded, without honorifics or "(Clerk)"-style remarks."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    words = re.findall(r"[a-z][a-z'-]*", text)
    return frozenset(w for w in words if w not in _HONORIFICS)


def person_of(address: Address | None, directory: Directory) -> Person | None:
    if address is None:
        return None
    if address.email:
        return directory.person(address)
    return _person_by_name(address.name, directory)


def role_of(address: Address | None, directory: Directory) -> Role:
    if address is None:
        return Role.EXTERNAL
    if address.email:
        return directory.role_of(address)
    person = _person_by_name(address.name, directory)
    return person.role if person is not None else Role.EXTERNAL


def same_person(a: Address | None, b: Address | None, directory: Directory) -> bool:
    """True when `a` and `b` are one person: one listed person, one email, or one name."""
    if a is None or b is None:
        return False
    if a.email and b.email and directory.same_person(a, b):
        return True
    pa, pb = person_of(a, directory), person_of(b, directory)
    if pa is not None and pb is not None:
        return pa is pb
    if a.email and b.email:
        return False  # different unlisted emails; a shared display name does not join them
    return bool(_names_of(a, pa) & _names_of(b, pb))


def is_one_of(address: Address, people: Iterable[Address], directory: Directory) -> bool:
    return any(same_person(address, other, directory) for other in people)


def sender_addresses(message: Message, directory: Directory) -> frozenset[str]:
    """Every address of the sender (From and Sender:), through the directory for listed people."""
    found: set[str] = set()
    for address in (*message.from_, message.sender_header):
        if address is not None and address.email:
            found |= directory.addresses_of(address)
    return frozenset(found)


def senders(message: Message) -> tuple[Address, ...]:
    return tuple(a for a in (*message.from_, message.sender_header) if a is not None)


def display_name(address: Address, directory: Directory) -> str:
    """The directory's name for listed people, else the address's own name or email."""
    person = person_of(address, directory)
    if person is not None:
        return person.name
    return address.name or address.email or address.raw


def styled(address: Address, directory: Directory) -> str:
    """How a summary names someone: 'Cllr Jane Doe', 'Helen Symmons (officer)', 'Ann Fletcher'."""
    person = person_of(address, directory)
    name = display_name(address, directory)
    role = person.role if person is not None else role_of(address, directory)
    if role is Role.COUNCILLOR:
        return f"Cllr {name}"
    if role is Role.OFFICER:
        title = person.titles[0].replace("-", " ") if person is not None and person.titles else ""
        return f"{name} ({title or 'officer'})" if person is not None else f"{name} (council mailbox)"
    if role is Role.PARTNER:
        return f"{name} (partner organisation)"
    return f"{name} (outside the council)" if address.email and name != address.email else name


def unique(addresses: Iterable[Address], directory: Directory) -> list[Address]:
    """Addresses with the same person once, first occurrence kept."""
    kept: list[Address] = []
    for address in addresses:
        if (address.email or address.name) and not is_one_of(address, kept, directory):
            kept.append(address)
    return kept


def _names_of(address: Address, person: Person | None) -> frozenset[str]:
    words = name_words(address.name) if address.name else frozenset()
    if person is not None:
        return frozenset({words, name_words(person.name)} - {frozenset()})  # type: ignore[arg-type]
    return frozenset({words} - {frozenset()})  # type: ignore[arg-type]


def _person_by_name(name: str, directory: Directory) -> Person | None:
    words = name_words(name)
    if not words:
        return None
    matches = [p for p in directory.people if name_words(p.name) == words]
    return matches[0] if len(matches) == 1 else None
