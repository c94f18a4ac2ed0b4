"""End to end: an election period set through the store, a press release dropped in the folder
outbox, the worker's flag for the Monitoring Officer, the finding on the review desk (findings page
and the message's page) and in the Monitoring Officer's digest."""

from __future__ import annotations

import html
import re
from datetime import date

import yaml
from sqlalchemy import select

from app.digest.period import local_period, schedule_from_options
from app.digest.query import digest_for
from app.digest.render import render_html, render_text
from app.engine.directory import directory_from_mapping
from app.store import elections
from app.store import records as store
from app.store.tables import FindingRecord, MessageRecord
from tests.web.conftest import sign_in
from tests.web.support import MONITOR, START

# No Date header: the moment is when the worker checks it (the desk's clock, 2 December 2026).
RELEASE = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: News desk <newsdesk@examplegazette.co.uk>\r\n"
           b"Subject: Press release: Elm Road play park reopens\r\nMessage-ID: <ep-e2e-1@example-council.gov.uk>\r\n"
           b"\r\nPRESS RELEASE - for immediate release\r\n\r\nThe play park on Elm Road reopens on Saturday.\r\n\r\n"
           b"\"A wonderful day for the town,\" said Cllr Jane Doe, Chair of the council.\r\n\r\nENDS\r\n")
LAST_SUMMER = RELEASE.replace(b"ep-e2e-1", b"ep-e2e-2").replace(
    b"Message-ID:", b"Date: Mon, 01 Jun 2026 10:00:00 +0100\r\nMessage-ID:")


def _set_period(sessions, clock) -> None:
    with sessions() as session:
        council = store.get_council(session, "demo")
        directory = directory_from_mapping(yaml.safe_load(council.directory_yaml))
        elections.add(session, council, directory, first_day=date(2026, 11, 30), last_day=date(2026, 12, 10),
                      candidates=[], actor="cli", now=clock())
        session.commit()


def test_a_press_release_promoting_a_candidate_is_flagged_on_the_desk_and_in_the_digest(client, desk, sessions,
                                                                                        clock):
    _set_period(sessions, clock)
    (desk.folder / "outbox" / "60-release.eml").write_bytes(RELEASE)
    (desk.folder / "outbox" / "61-last-summer.eml").write_bytes(LAST_SUMMER)
    desk.drain()

    with sessions() as session:
        records = {r.internet_message_id: r for r in session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id.in_(["<ep-e2e-1@example-council.gov.uk>",
                                                   "<ep-e2e-2@example-council.gov.uk>"])))}
        flagged, summer = records["<ep-e2e-1@example-council.gov.uk>"], records["<ep-e2e-2@example-council.gov.uk>"]
        findings = session.scalars(select(FindingRecord).where(FindingRecord.message_id == flagged.id)).all()
        assert [(f.rule, f.action, f.clause) for f in findings] == [("election-period", "flag", "2.4")]  # leigh-on-sea
        assert flagged.verdict == "allow"  # a flag records; the mail still goes
        assert session.scalars(select(FindingRecord).where(FindingRecord.message_id == summer.id)).all() == []
        flagged_id = flagged.id
    assert any(b"ep-e2e-1" in p.read_bytes() for p in (desk.folder / "sent").glob("*.eml"))

    assert sign_in(client, MONITOR).status_code == 303
    page = client.get("/review/findings", params={"rule": "election-period"})
    assert page.status_code == 200
    rows = re.findall(r'<tr class="finding-row">(.*?)</tr>', page.text, re.S)
    assert len(rows) == 1 and "election-period" in rows[0] and f"/review/messages/{flagged_id}" in rows[0]
    message = html.unescape(client.get(f"/review/messages/{flagged_id}").text)
    assert "election-period" in message and "Councillor Jane Doe" in message
    assert "Code of Recommended Practice on Local Authority Publicity, paragraph 34" in message

    with sessions() as session:
        council = store.get_council(session, "demo")
        zone = schedule_from_options(council.options).zone
        period = local_period("daily", START.astimezone(zone).date(), 1, zone)
        digest = digest_for(session, council, period, review_base_url="https://mailguard.example", now=clock())
    text, page_html = render_text(digest), html.unescape(render_html(digest))
    assert "election-period" in text and "election-period" in page_html
    assert "election-period (clause 2.4): 1 message - held 0, annotated 0, flagged 1" in text
    assert "Sam Morgan (officer)  election-period, clause 2.4: flagged: election period" in text
    assert "Publicity promoting Councillor Jane Doe, a candidate" in text and "Publicity, paragraph 34" in text
    assert f"https://mailguard.example/review/messages/{flagged_id}" in text
    assert "said Cllr Jane Doe" not in text  # the digest carries findings, never the mail's words
