"""Who an address is, for the checks: by email through the directory, else by display name.

Internal Outlook header blocks often show only display names ("From: Helen
Symmons", "To: Keith Evans"), so an embedded message's people may carry no
email. A name-only address is matched to a listed person when its name words
equal that person's (order ignored, so "Symmons, Helen" counts), and only when
exactly one person matches. A name-only address spelled as the council's own
name is its staff mailbox, so an officer, as an unlisted council address is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.engine.directory import Directory, Person, Role
from app.engine.message.model import Address, Message

_HONORIFICS = frozenset({
    "cllr", "councillor", "clr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
    "rev",
})


def name_words(name: str) -> frozenset[str]:
    """Name words, case- and accent-folded, without honorifics or "(Clerk)"-style remarks."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'").replace("\u2018", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)
    words = re.findall(r"[a-z][a-z'-]*", text)
    return frozenset(w for w in words if w not in _HONORIFICS)


def person_by_display_name(address: Address | None, directory: Directory) -> Person | None:
    """The one listed person whose name the display name spells ("Eleanor Marsh" <e.marsh@gmail.com>),
    for an address the directory does not list."""
    if address is None or not address.name:
        return None
    return _person_by_name(address.name, directory)


def person_signing_as(line: str, directory: Directory, roles: Iterable[Role]) -> Person | None:
    """The one listed person a sign-off line names by a short form: "Pat Fenwick-Lowe" for
    Patricia Fenwick-Lowe, "Mags Thornbury" for Margaret — same surname, same initial."""
    words = re.findall(r"[a-z][a-z'-]*", _folded(line))
    wanted = set(roles)
    found = []
    for person in directory.people:
        if person.role not in wanted:
            continue
        tokens = re.findall(r"[a-z][a-z'-]*", _folded(person.name))
        if len(tokens) < 2:
            continue
        surname, initial = tokens[-1], tokens[0][0]
        for index, word in enumerate(words[1:], start=1):
            if word == surname and words[index - 1][0] == initial and words[index - 1] not in _HONORIFICS:
                found.append(person)
                break
    return found[0] if len(found) == 1 else None


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


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
    if person is not None:
        return person.role
    if name_words(address.name) == name_words(directory.council):
        return Role.OFFICER  # "From: Brackenbury Town Council": the council's own staff mailbox
    return Role.EXTERNAL


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
    """How a summary names someone: 'Cllr Jane Doe', 'Helen Symmons (clerk)', 'Ann Fletcher'."""
    person = person_of(address, directory)
    name = display_name(address, directory)
    role = person.role if person is not None else role_of(address, directory)
    if role is Role.COUNCILLOR:
        return f"Cllr {name}"
    if role is Role.OFFICER and person is None:
        return f"{name} (council mailbox)"  # an unlisted address at a council domain
    if role is Role.OFFICER:
        title = person.titles[0].replace("-", " ") if person.titles else "officer"
        return f"{name} ({title})"
    if role is Role.PARTNER:
        return f"{name} (partner organisation)"
    return f"{name} (outside the council)" if address.email and name != address.email else name


def join_names(names: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def identity_key(address: Address, directory: Directory) -> tuple:
    """One key per person: a listed person's key covers all their addresses."""
    person = person_of(address, directory)
    if person is not None:
        return ("person", person.emails[0] if person.emails else person.name)
    if address.email:
        return ("email", address.email)
    return ("name", name_words(address.name))


class People:
    """A set of people for fast membership (thousands of recipients stay linear)."""

    def __init__(self, addresses: Iterable[Address], directory: Directory) -> None:
        self._directory = directory
        self._keys: set[tuple] = set()
        self._names_without_email: set[frozenset[str]] = set()
        for address in addresses:
            if address is None:
                continue
            self._keys.add(identity_key(address, directory))
            if not address.email and address.name and person_of(address, directory) is None:
                self._names_without_email.add(name_words(address.name))
        self._names_without_email.discard(frozenset())

    def __contains__(self, address: Address) -> bool:
        if identity_key(address, self._directory) in self._keys:
            return True
        if not self._names_without_email:
            return False
        person = person_of(address, self._directory)
        return bool(_names_of(address, person) & self._names_without_email)


def unique(addresses: Iterable[Address], directory: Directory) -> list[Address]:
    """Addresses with the same person once, first occurrence kept."""
    kept: list[Address] = []
    seen: set[tuple] = set()
    for address in addresses:
        if not (address.email or address.name):
            continue
        key = identity_key(address, directory)
        if key not in seen:
            seen.add(key)
            kept.append(address)
    return kept


def _names_of(address: Address, person: Person | None) -> frozenset[frozenset[str]]:
    """The name-word sets someone goes by: their display name and their directory name."""
    names = {name_words(address.name)}
    if person is not None:
        names.add(name_words(person.name))
    names.discard(frozenset())
    return frozenset(names)


def _person_by_name(name: str, directory: Directory) -> Person | None:
    words = name_words(name)
    if not words:
        return None
    matches = [p for p in directory.people if name_words(p.name) == words]
    return matches[0] if len(matches) == 1 else None
