"""The council's political groups: who belongs to which, each group's leader and shared address.

A councillor's `group` in the directory says which group they belong to. The
optional top-level `groups:` mapping of the directory adds what a notice to a
group needs (issue 17, group-parity):

    groups:
      Independent:
        leader: cllr.doe@example-council.gov.uk   # an address, or a listed person's name
        address: independents@example-council.gov.uk  # optional: the group's shared mailbox

A directory without `groups:` stays valid: the groups are then those its
councillors name, with no one to notify. Group names compare case- and
space-insensitively ("Residents  First" is "residents first").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The directory imports this module, so the functions below take it (and its people) untyped:
# `directory` is an app.engine.directory.Directory, `people` its Person tuple.

_GROUP_KEYS = {"leader", "address"}


@dataclass(frozen=True, slots=True)
class PartyGroup:
    name: str
    leader: str | None = None  # the leader's address
    address: str | None = None  # the group's shared mailbox

    @property
    def notice_to(self) -> str | None:
        """Where a notice to this group goes: its shared address, else its leader."""
        return self.address or self.leader


def group_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def party_groups_from(value: Any, people: tuple, fail: Callable[[str, str], Exception]
                      ) -> tuple[PartyGroup, ...]:
    """The `groups:` mapping of a directory, validated (a clear `groups.X.key: problem` error)."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise fail("groups", "expected a mapping of group name to its leader and address")
    by_name = {" ".join(p.name.split()).casefold(): p for p in people}
    groups, seen = [], set()
    for name, entry in value.items():
        where = f"groups.{name}"
        if not isinstance(name, str) or not name.strip():
            raise fail("groups", "a group needs a name")
        if group_key(name) in seen:
            raise fail(where, "listed twice")
        seen.add(group_key(name))
        entry = entry or {}
        if not isinstance(entry, dict):
            raise fail(where, "expected a mapping with leader and/or address")
        unknown = set(entry) - _GROUP_KEYS
        if unknown:
            raise fail(f"{where}.{min(unknown)}", "unknown key")
        leader = _address(entry.get("leader"), f"{where}.leader", by_name, fail)
        address = _address(entry.get("address"), f"{where}.address", {}, fail)
        groups.append(PartyGroup(name=" ".join(name.split()), leader=leader, address=address))
    return tuple(groups)


def _address(value: Any, where: str, by_name: dict, fail) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise fail(where, "expected an email address")
    value = value.strip()
    if "@" in value:
        return value.lower()
    person = by_name.get(" ".join(value.split()).casefold())
    if person is None:
        raise fail(where, f"{value!r} is neither an email address nor a listed person")
    return person.emails[0]


def group_names(directory: Any) -> tuple[str, ...]:
    """Every group of the council, each once: those listed under `groups:`, then those councillors name."""
    names: dict[str, str] = {}
    for group in directory.groups:
        names.setdefault(group_key(group.name), group.name)
    for person in directory.councillors():
        if person.group and group_key(person.group):
            names.setdefault(group_key(person.group), " ".join(person.group.split()))
    return tuple(names.values())


def group_by_address(directory: Any, email: str) -> str | None:
    """The group whose shared mailbox this is, or None."""
    email = email.lower()
    return next((g.name for g in directory.groups if g.address and g.address == email), None)


def group_entry(directory: Any, name: str) -> PartyGroup | None:
    return next((g for g in directory.groups if group_key(g.name) == group_key(name)), None)


def members_of(directory: Any, name: str) -> tuple:
    return tuple(p for p in directory.councillors() if group_key(p.group) == group_key(name))
