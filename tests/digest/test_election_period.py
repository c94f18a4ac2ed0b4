"""The digest lists each election-period flag as a notable item for the Monitoring Officer, after the
holds, citing its clause and the Code's paragraph; other flags stay in the totals only."""

from __future__ import annotations

from datetime import datetime, timezone

import yaml

from app.digest.content import ELECTION_FLAG, FindingFacts, MessageFacts, PeriodRows, build_digest
from app.digest.period import latest_complete, schedule_from_options
from app.digest.render import render_text
from app.engine.directory import directory_from_mapping

DIRECTORY = directory_from_mapping(yaml.safe_load(
    "council: X\ndomains: [x.gov.uk]\npeople:\n  - {name: Ann Lee, role: councillor, emails: [ann@x.gov.uk]}\n"
    "  - {name: Bo Cole, role: officer, emails: [bo@x.gov.uk]}\n"))
WHEN = datetime(2026, 12, 1, 10, tzinfo=timezone.utc)
SUMMARY = ("Publicity promoting Councillor Ann Lee, a candidate, sent from an officer's mailbox in the election "
           "period; Code of Recommended Practice on Local Authority Publicity, paragraph 34: …")


def _digest(*messages: MessageFacts):
    schedule = schedule_from_options({"digest": {"period": "daily"}})
    period = latest_complete(schedule, datetime(2026, 12, 2, 9, tzinfo=timezone.utc))
    return build_digest(council="X", period=period, previous=period.previous(schedule.zone),
                        current=PeriodRows(messages=messages, events=()), before=PeriodRows((), ()), held_now=(),
                        directory=DIRECTORY, review_base_url="https://r.example/", now=WHEN)


def test_an_election_period_flag_is_a_notable_item_after_the_holds():
    election = FindingFacts("election-period", "flag", "11.3", SUMMARY)
    other_flag = FindingFacts("forwarded-chain", "flag", None, "An officer's email went to a resident.")
    hold = FindingFacts("confidential-disclosure", "hold", "10.2", "Marked confidential, to a resident.")
    digest = _digest(
        MessageFacts(1, "bo@x.gov.uk", "Bo", "pre-send", "allow", "delivered", WHEN, (other_flag, election)),
        MessageFacts(2, "bo@x.gov.uk", "Bo", "pre-send", "allow", "delivered", WHEN, (other_flag,)),
        MessageFacts(3, "ann@x.gov.uk", "Ann", "pre-send", "hold", "held", WHEN, (hold,)),
    )
    assert [(i.message_id, i.rule, i.clause, i.outcome) for i in digest.notable] == [
        (3, "confidential-disclosure", "10.2", "still held"), (1, "election-period", "11.3", ELECTION_FLAG)]
    item = digest.notable[1]
    assert item.sender == "Bo Cole" and "paragraph 34" in item.summary and item.link.endswith("/messages/1")
    text = render_text(digest)
    assert f"Bo Cole (officer)  election-period, clause 11.3: {ELECTION_FLAG}" in text
    assert "election-period (clause 11.3): 1 message - held 0, annotated 0, flagged 1" in text
