"""Keep the directory's councillors and officers in step with two Entra groups.

GET /groups/{id}/members (group-list-members.md; application permission
GroupMember.Read.All) returns directoryObjects, users marked
"@odata.type": "#microsoft.graph.user", paged with @odata.nextLink. The groups
decide who is a councillor or officer; what the YAML knows and Entra does not
(titles, political group, extra addresses, partners) is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import yaml
from sqlalchemy.orm import Session

from app.engine.directory import directory_from_mapping
from app.store import audit
from app.store import records as store
from connectors.graph.client import GraphClient

USER_TYPE = "#microsoft.graph.user"


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed_role: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # members with no mail address

    def summary(self) -> dict:
        return {"added": self.added, "removed": self.removed, "changed_role": self.changed_role,
                "skipped": self.skipped}


def group_members(client: GraphClient, group_id: str) -> list[dict]:
    """The group's user members: {"name", "email"} (mail, else userPrincipalName)."""
    people = []
    for member in client.items(f"/groups/{group_id}/members",
                               params={"$select": "id,displayName,mail,userPrincipalName"}):
        if member.get("@odata.type", USER_TYPE) != USER_TYPE:
            continue  # nested groups, devices, service principals
        email = (member.get("mail") or member.get("userPrincipalName") or "").strip().lower()
        people.append({"name": (member.get("displayName") or email).strip(), "email": email})
    return people


def merge(directory_yaml: str, councillors: list[dict], officers: list[dict]) -> tuple[str, SyncReport]:
    """The new directory YAML and what changed; councillor wins when someone is in both groups."""
    data = yaml.safe_load(directory_yaml) or {}
    report = SyncReport()
    wanted: dict[str, tuple[str, str]] = {}
    for role, members in (("officer", officers), ("councillor", councillors)):
        for member in members:
            if not member["email"]:
                report.skipped.append(member["name"])
                continue
            wanted[member["email"]] = (member["name"], role)
    people, placed = [], set()
    for person in data.get("people") or []:
        emails = [e.lower() for e in person.get("emails", [])]
        if person.get("role") not in ("councillor", "officer"):
            people.append(person)  # partners and others: not the groups' business
            continue
        match = next((e for e in emails if e in wanted), None)
        if match is None:
            report.removed.append(person.get("name", "?"))
            continue
        _, role = wanted[match]
        if person.get("role") != role:
            report.changed_role.append(f"{person.get('name')}: {person.get('role')} -> {role}")
            person = {**person, "role": role}
        people.append(person)
        placed.update(e for e in emails if e in wanted)
    for email, (name, role) in wanted.items():
        if email not in placed:
            people.append({"name": name, "role": role, "emails": [email]})
            report.added.append(name)
    data["people"] = people
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    directory_from_mapping(yaml.safe_load(text), source="synced directory")  # DirectoryError if invalid
    return text, report


def sync_directory(session: Session, client: GraphClient, *, council_slug: str, councillors_group: str,
                   officers_group: str, now: datetime) -> SyncReport:
    """Fetch both groups, merge into the council's directory_yaml, audit it (flush only)."""
    council = store.get_council(session, council_slug)
    text, report = merge(council.directory_yaml, group_members(client, councillors_group),
                         group_members(client, officers_group))
    if text != council.directory_yaml:
        council.directory_yaml = text
    audit.append(session, council.id, "directory.synced", store.SYSTEM_ACTOR,
                 data={"councillors_group": councillors_group, "officers_group": officers_group,
                       **report.summary()}, now=now)
    session.flush()
    return report
