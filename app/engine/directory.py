"""The council's people: who is a councillor, an officer, a partner, or external.

Loaded from the contract's YAML form. Lookups are case-insensitive; an
address at a council domain that is not listed is an officer (a shared staff
mailbox), an address at a partner domain is a partner, anyone else external.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Iterable

import yaml

from app.engine.elections import ElectionPeriod, elections_from_mapping
from app.engine.message.model import Address
from app.engine.names import fold_name, name_pattern, name_tokens
from app.engine.party_groups import PartyGroup, party_groups_from
from app.errors import DirectoryError


class Role(StrEnum):
    COUNCILLOR = "councillor"
    OFFICER = "officer"
    PARTNER = "partner"
    EXTERNAL = "external"


GOVERNED = frozenset({Role.COUNCILLOR, Role.OFFICER})
KNOWN_TITLES = frozenset(
    {
        "chair", "vice-chair", "committee-chair", "leader", "deputy-leader", "mayor",
        "deputy-mayor", "clerk", "proper-officer", "deputy-clerk", "chief-executive",
        "monitoring-officer", "head-of-service", "rfo", "deputy-monitoring-officer",
    }
)
@dataclass(frozen=True, slots=True)
class Person:
    name: str
    role: Role
    emails: tuple[str, ...]
    titles: tuple[str, ...] = ()
    group: str | None = None
    service: str | None = None  # an officer's service or directorate (enquiries are reported by it)

    @property
    def is_governed(self) -> bool:
        return self.role in GOVERNED

    @property
    def surname(self) -> str:
        parts = name_tokens(self.name)
        return parts[-1] if parts else ""

    @property
    def given_names(self) -> tuple[str, ...]:
        return tuple(name_tokens(self.name)[:-1])

    def styled(self) -> str:
        """How the protocol's footer names them: 'Councillor Jane Doe' or plain name."""
        return f"Councillor {self.name}" if self.role is Role.COUNCILLOR else self.name


@dataclass(frozen=True)
class Directory:
    council: str
    domains: frozenset[str]
    people: tuple[Person, ...]
    partner_domains: frozenset[str] = frozenset()
    elections: tuple[ElectionPeriod, ...] = ()  # the council's election periods (app.engine.elections)
    as_of: datetime | None = None  # when the edge evaluates: the moment of a message without a Date
    press_domains: frozenset[str] = frozenset()  # newsrooms: optional, read by officer-criticism
    press_addresses: frozenset[str] = frozenset()  # journalists at addresses outside those domains
    groups: tuple[PartyGroup, ...] = ()  # the `groups:` mapping: leaders, shared addresses
    _by_email: dict[str, Person] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for person in self.people:
            for email in person.emails:
                self._by_email[email.lower()] = person

    def at(self, moment: datetime) -> Directory:
        """This snapshot as of `moment`, the evaluation time an edge passes in (only periods need it)."""
        return replace(self, as_of=moment, _by_email={}) if self.elections else self  # own index: no shared writes

    # -- lookups -------------------------------------------------------
    def person(self, address: Address | str | None) -> Person | None:
        email = _email_of(address)
        return self._by_email.get(email) if email else None

    def role_of(self, address: Address | str | None) -> Role:
        email = _email_of(address)
        if not email:
            return Role.EXTERNAL
        person = self._by_email.get(email)
        if person is not None:
            return person.role
        domain = email.rpartition("@")[2]
        if _in_domains(domain, self.domains):
            return Role.OFFICER
        if _in_domains(domain, self.partner_domains):
            return Role.PARTNER
        return Role.EXTERNAL

    def is_governed(self, address: Address | str | None) -> bool:
        return self.role_of(address) in GOVERNED

    def is_councillor(self, address: Address | str | None) -> bool:
        return self.role_of(address) is Role.COUNCILLOR

    def is_officer(self, address: Address | str | None) -> bool:
        return self.role_of(address) is Role.OFFICER

    def is_external(self, address: Address | str | None) -> bool:
        return self.role_of(address) is Role.EXTERNAL

    def is_press(self, address: Address | str | None) -> bool:  # listed as the press (an external party)
        email = _email_of(address)
        return bool(email) and self.role_of(email) is Role.EXTERNAL and (
            email in self.press_addresses or _in_domains(email.rpartition("@")[2], self.press_domains))

    def same_person(self, a: Address | str | None, b: Address | str | None) -> bool:
        ea, eb = _email_of(a), _email_of(b)
        if not ea or not eb:
            return False
        if ea == eb:
            return True
        pa, pb = self._by_email.get(ea), self._by_email.get(eb)
        return pa is not None and pa is pb

    def addresses_of(self, address: Address | str | None) -> frozenset[str]:
        """Every address of the person behind `address` (just itself if unlisted)."""
        email = _email_of(address)
        person = self._by_email.get(email) if email else None
        if person is None:
            return frozenset({email}) if email else frozenset()
        return frozenset(e.lower() for e in person.emails)

    def titled(self, title: str) -> tuple[Person, ...]:
        return tuple(p for p in self.people if title in p.titles)

    def councillors(self) -> tuple[Person, ...]:
        return tuple(p for p in self.people if p.role is Role.COUNCILLOR)

    def display_name(self, address: Address) -> str:
        person = self.person(address)
        if person is not None:
            return person.name
        return address.name or address.email

    # -- names in text --------------------------------------------------
    def people_named(self, text: str, roles: Iterable[Role] | None = None) -> tuple[Person, ...]:
        """People whose name appears in `text` in a form people actually write.

        Matches "Cllr Evans", "Councillor Keith Evans", "K. Evans", "Keith Evans",
        "Cllr K Evans" — surname alone only with a councillor honorific, so the
        word "Evans" in a street name does not count.
        """
        wanted = set(roles) if roles is not None else None
        folded = fold_name(text)
        found = []
        for person in self.people:
            if wanted is not None and person.role not in wanted:
                continue
            if _name_pattern(person).search(folded):
                found.append(person)
        return tuple(found)


def _name_pattern(person: Person) -> re.Pattern[str]:
    return name_pattern(person.name, person.role is Role.COUNCILLOR)


def _email_of(address: Address | str | None) -> str:
    if address is None:
        return ""
    if isinstance(address, Address):
        return address.email
    return address.strip().lower()


def _in_domains(domain: str, domains: frozenset[str]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


# -- loading -------------------------------------------------------------

_PERSON_KEYS = {"name", "role", "emails", "titles", "group", "service"}
_TOP_KEYS = {"council", "domains", "people", "partner_domains", "elections", "press_domains", "press_addresses",
             "groups"}


def load_directory(path: str | Path) -> Directory:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DirectoryError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise DirectoryError(f"{path}: not valid YAML: {exc}") from None
    return directory_from_mapping(data, source=str(path))


def directory_from_mapping(data: Any, source: str = "<directory>") -> Directory:
    def fail(key: str, problem: str) -> DirectoryError:
        return DirectoryError(f"{source}: {key}: {problem}")

    if not isinstance(data, dict):
        raise fail("(top)", "expected a mapping with council, domains and people")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise fail(sorted(unknown)[0], "unknown key")
    council = data.get("council")
    if not isinstance(council, str) or not council.strip():
        raise fail("council", "required, the council's name")
    domains = _domain_list(data.get("domains"), "domains", fail, required=True)
    partner_domains = _domain_list(data.get("partner_domains"), "partner_domains", fail)
    press_domains = _domain_list(data.get("press_domains"), "press_domains", fail)
    press_addresses = data.get("press_addresses") or []
    if not isinstance(press_addresses, list) or not all(isinstance(e, str) and "@" in e for e in press_addresses):
        raise fail("press_addresses", "expected a list of email addresses")
    raw_people = data.get("people") or []
    if not isinstance(raw_people, list):
        raise fail("people", "expected a list")
    people = tuple(_person(entry, i, fail) for i, entry in enumerate(raw_people))
    seen: dict[str, str] = {}
    for person in people:
        for email in person.emails:
            if email in seen and seen[email] != person.name:
                raise fail("people", f"{email} is listed for both {seen[email]} and {person.name}")
            seen[email] = person.name
    return Directory(
        council=council.strip(), domains=domains, people=people, partner_domains=partner_domains,
        elections=elections_from_mapping(data.get("elections"), source),
        press_domains=press_domains, press_addresses=frozenset(e.strip().lower() for e in press_addresses),
        groups=party_groups_from(data.get("groups"), people, fail),
    )


def _domain_list(value: Any, key: str, fail, required: bool = False) -> frozenset[str]:
    if value is None:
        if required:
            raise fail(key, "required, the council's own mail domains")
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise fail(key, "expected a list of domain names")
    return frozenset(v.strip().lower().lstrip("@") for v in value)


def _person(entry: Any, index: int, fail) -> Person:
    where = f"people[{index}]"
    if not isinstance(entry, dict):
        raise fail(where, "expected a mapping with name, role and emails")
    unknown = set(entry) - _PERSON_KEYS
    if unknown:
        raise fail(f"{where}.{sorted(unknown)[0]}", "unknown key")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail(f"{where}.name", "required")
    try:
        role = Role(str(entry.get("role", "")).strip().lower())
    except ValueError:
        raise fail(f"{where}.role", "must be councillor, officer or partner") from None
    if role is Role.EXTERNAL:
        raise fail(f"{where}.role", "must be councillor, officer or partner")
    emails = entry.get("emails") or []
    if isinstance(emails, str):
        emails = [emails]
    if not emails or not all(isinstance(e, str) and "@" in e for e in emails):
        raise fail(f"{where}.emails", "expected a list of email addresses")
    titles = entry.get("titles") or []
    if isinstance(titles, str):
        titles = [titles]
    if not all(isinstance(t, str) for t in titles):
        raise fail(f"{where}.titles", "expected a list of titles")
    group, service = entry.get("group"), entry.get("service")
    for key, value in (("group", group), ("service", service)):
        if value is not None and not isinstance(value, str):
            raise fail(f"{where}.{key}", "expected text")
    return Person(
        name=" ".join(name.split()),
        role=role,
        emails=tuple(e.strip().lower() for e in emails),
        titles=tuple(t.strip().lower() for t in titles),
        group=group,
        service=" ".join(service.split()) if service else None,
    )
