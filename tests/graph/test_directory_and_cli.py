"""`mailguard directory sync` against two Entra groups, and `mailguard mailbox add-m365`."""

from __future__ import annotations

import httpx
import yaml
from sqlalchemy import select
from typer.testing import CliRunner

from app.cli.main import cli
from app.engine.directory import directory_from_mapping
from app.m365.directory_sync import sync_directory
from app.store.tables import AuditEvent, Council, Mailbox
from tests.graph.conftest import GRAPH, NOW


def user(object_id: str, name: str, mail: str | None, upn: str) -> dict:
    # group-list-members.md: members are directoryObjects; users carry "@odata.type": "#microsoft.graph.user"
    return {"@odata.type": "#microsoft.graph.user", "id": object_id, "displayName": name, "mail": mail,
            "userPrincipalName": upn}


def test_directory_sync_follows_the_groups_and_keeps_what_only_the_yaml_knows(env, mock):
    councillors = mock.get(f"{GRAPH}/groups/cllrs/members").mock(side_effect=[
        httpx.Response(200, json={"value": [user("1", "Jane Doe", "cllr.doe@example-council.gov.uk", "jd@x"),
                                            {"@odata.type": "#microsoft.graph.group", "id": "nested"}],
                                  "@odata.nextLink": f"{GRAPH}/groups/cllrs/members?$skiptoken=p2"}),
        httpx.Response(200, json={"value": [user("2", "Nia Evans", None, "cllr.evans@example-council.gov.uk")]}),
    ])
    mock.get(f"{GRAPH}/groups/officers/members").respond(200, json={"value": [
        user("3", "Sam Morgan", "clerk@example-council.gov.uk", "sam@x")]})
    with env.sessions.begin() as session:
        report = sync_directory(session, env.client, council_slug="example", councillors_group="cllrs",
                                officers_group="officers", now=NOW)
    assert councillors.call_count == 2  # paged
    assert report.added == ["Nia Evans"]
    assert sorted(report.removed) == ["Alex Reed", "Omar Haddad", "Priya Shah"]
    with env.sessions() as session:
        council = session.scalars(select(Council)).one()
        directory = directory_from_mapping(yaml.safe_load(council.directory_yaml))
        event = session.scalars(select(AuditEvent).where(AuditEvent.event == "directory.synced")).one()
    jane = directory.person("cllr.doe@example-council.gov.uk")
    assert jane.titles == ("chair",) and jane.group == "Independent"  # kept from the YAML
    assert "jane.doe@example.net" in jane.emails
    assert directory.is_councillor("cllr.evans@example-council.gov.uk")
    assert directory.person("jo.bright@county.example.gov.uk").role == "partner"  # partners untouched
    assert event.data["added"] == ["Nia Evans"]


def test_add_m365_registers_a_graph_mailbox(fresh_db_url, monkeypatch):
    from app.store import records as store
    from app.store.database import make_engine, make_sessionmaker

    engine = make_engine(fresh_db_url)
    with make_sessionmaker(engine).begin() as session:
        store.create_council(session, slug="town", name="Town", pack="leigh-on-sea",
                             directory_yaml="council: Town\ndomains: [town.gov.uk]\npeople: []\n", now=NOW)
    monkeypatch.setenv("MAILGUARD_DATABASE_URL", fresh_db_url)
    runner = CliRunner()
    result = runner.invoke(cli, ["mailbox", "add-m365", "Clerk@Town.gov.uk", "--council", "town"])
    assert result.exit_code == 0, result.output
    bad = runner.invoke(cli, ["mailbox", "add-m365", "not-an-address", "--council", "town"])
    assert bad.exit_code == 2
    with make_sessionmaker(engine)() as session:
        mailbox = session.scalars(select(Mailbox)).one()
    assert (mailbox.kind, mailbox.address) == ("graph", "clerk@town.gov.uk")
    assert "since" in mailbox.config
    engine.dispose()
