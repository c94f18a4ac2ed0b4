"""`mailguard council election add | list | remove` on SQLite and PostgreSQL, run as the user would,
and the council cache handing the periods to the checks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent
from tests.store.scenario import ROOT
from tests.store.test_cli_admin import run


def _council(url: str) -> None:
    added = run(url, "council", "add", "--slug", "demo", "--name", "Demo Town Council", "--pack", "thurrock",
                "--directory", str(ROOT / "policies" / "example-directory.yaml"))
    assert added.returncode == 0, added.stderr


def test_election_periods_are_added_listed_refused_and_removed(fresh_db_url):
    _council(fresh_db_url)
    assert run(fresh_db_url, "council", "election", "list", "--council", "demo").stdout.strip() == \
        "council demo has no election periods"
    added = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2027-04-01",
                "--to", "2027-05-06")
    assert added.returncode == 0, added.stderr
    assert "2027-04-01 to 2027-05-06 added (candidates: every councillor)" in added.stdout
    by = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2027-09-13",
             "--to", "2027-10-21", "--candidate", "omar haddad")
    assert by.returncode == 0 and "(candidates: Omar Haddad)" in by.stdout, by.stderr

    overlapping = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2027-05-06",
                      "--to", "2027-05-20")
    assert overlapping.returncode == 1 and "overlaps the period 01 Apr 2027 to 06 May 2027" in overlapping.stderr
    inverted = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2027-12-10",
                   "--to", "2027-12-01")
    assert inverted.returncode == 2 and "the last day 2027-12-01 is before the first day 2027-12-10" in inverted.stderr
    bad = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "1 April",
              "--to", "2027-12-01")
    assert bad.returncode == 2 and "--from: '1 April' is not a date (YYYY-MM-DD)" in bad.stderr
    stranger = run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2028-01-01",
                   "--to", "2028-01-31", "--candidate", "Sam Morgan")
    assert stranger.returncode == 1 and "'Sam Morgan' is not a councillor" in stranger.stderr
    nowhere = run(fresh_db_url, "council", "election", "list", "--council", "nowhere")
    assert nowhere.returncode == 1 and "no council 'nowhere'" in nowhere.stderr
    for result in (overlapping, inverted, bad, stranger, nowhere):
        assert "Traceback" not in result.stderr

    listed = run(fresh_db_url, "council", "election", "list", "--council", "demo").stdout.splitlines()
    assert listed == ["2027-04-01  2027-05-06  candidates: every councillor",
                      "2027-09-13  2027-10-21  candidates: Omar Haddad"]

    engine = make_engine(fresh_db_url)
    try:
        with make_sessionmaker(engine).begin() as session:
            council = store.get_council(session, "demo")
            _, directory = CouncilCache().get(council)
            assert [(p.first_day, p.candidates) for p in directory.elections] == \
                [(date(2027, 4, 1), ()), (date(2027, 9, 13), ("Omar Haddad",))]
        removed = run(fresh_db_url, "council", "election", "remove", "--council", "demo", "--from", "2027-04-01")
        assert removed.returncode == 0 and "2027-04-01 to 2027-05-06 removed" in removed.stdout
        again = run(fresh_db_url, "council", "election", "remove", "--council", "demo", "--from", "2027-04-01")
        assert again.returncode == 1 and "no election period starting 2027-04-01" in again.stderr
        cache = CouncilCache()
        with make_sessionmaker(engine).begin() as session:
            _, directory = cache.get(store.get_council(session, "demo"))
            assert [p.first_day for p in directory.elections] == [date(2027, 9, 13)]
            events = session.scalars(select(AuditEvent.event).order_by(AuditEvent.seq)).all()
        assert events[-3:] == ["election.added", "election.added", "election.removed"]
    finally:
        engine.dispose()
    verified = run(fresh_db_url, "audit", "verify")
    assert verified.returncode == 0, verified.stderr


def test_a_running_cache_sees_a_change_made_by_another_process(fresh_db_url):
    _council(fresh_db_url)
    engine = make_engine(fresh_db_url)
    cache = CouncilCache()
    try:
        with make_sessionmaker(engine).begin() as session:
            assert cache.get(store.get_council(session, "demo"))[1].elections == ()
        assert run(fresh_db_url, "council", "election", "add", "--council", "demo", "--from", "2027-04-01",
                   "--to", "2027-05-06").returncode == 0
        with make_sessionmaker(engine).begin() as session:
            assert len(cache.get(store.get_council(session, "demo"))[1].elections) == 1
    finally:
        engine.dispose()
