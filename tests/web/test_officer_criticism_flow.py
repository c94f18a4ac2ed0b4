"""officer-criticism end to end: a councillor's email to the press criticising the Clerk, dropped in
the folder outbox, is held by the real worker under Leigh-on-Sea §2.5, shown on the review desk
with its clause and evidence, listed on the Monitoring Officer's findings page, and reported in the
Monitoring Officer's digest sent through the same folder mailbox."""

from __future__ import annotations

import email
import html
from email import policy

from sqlalchemy import select

from app.digest.period import parse_period, schedule_from_options
from app.digest.send import send_digest
from app.store.tables import Council, MessageRecord
from tests.web.conftest import sign_in
from tests.web.support import MONITOR

CRITICISM = (b"From: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\r\n"
             b"To: Echo Newsdesk <newsdesk@example-echo.co.uk>\r\n"
             b"Subject: Cemetery fees\r\nDate: Wed, 02 Dec 2026 09:05:00 +0000\r\n"
             b"Message-ID: <criticism-1@example-council.gov.uk>\r\n\r\n"
             b"Dear Editor,\r\n\r\nThe Town Clerk, Sam Morgan, is frankly incompetent and should resign over the "
             b"cemetery fees.\r\n\r\nCllr Omar Haddad\r\n")
PRIVATE = CRITICISM.replace(b"To: Echo Newsdesk <newsdesk@example-echo.co.uk>",
                            b"To: Jane Doe <cllr.doe@example-council.gov.uk>").replace(b"criticism-1@", b"private-1@")


def test_criticism_of_the_clerk_to_the_press_is_held_shown_and_reported_to_the_monitoring_officer(
        client, desk, sessions):
    (desk.folder / "outbox" / "70-criticism.eml").write_bytes(CRITICISM)
    (desk.folder / "outbox" / "71-private.eml").write_bytes(PRIVATE)
    desk.drain()
    with sessions() as session:
        held = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<criticism-1@example-council.gov.uk>")).one()
        private = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<private-1@example-council.gov.uk>")).one()
        assert held.state == "held" and held.verdict == "hold"
        assert private.verdict == "allow"  # the same words to the chair are private: nothing found
        record_id = held.id

    # The review desk shows the finding with Leigh-on-Sea's clause and the words that decided it.
    assert sign_in(client).status_code == 303
    page = html.unescape(client.get(f"/review/messages/{record_id}").text)
    assert "officer-criticism" in page and "Protocol clause 2.5" in page
    assert "Councillors should not raise matters relating to the conduct or capability of an officer" in page
    assert "Councillor Omar Haddad criticises Sam Morgan (the Clerk) in an email to the press" in page
    assert "“Sam Morgan, is frankly incompetent”" in page  # the cue, as written
    client.post("/logout")

    # The Monitoring Officer's findings page lists it under the rule.
    assert sign_in(client, MONITOR).status_code == 303
    rows = client.get("/review/findings", params={"rule": "officer-criticism"}).text
    assert rows.count('<tr class="finding-row">') == 1 and "cllr.haddad@example-council.gov.uk" in rows

    # The digest for today, sent through the folder mailbox, reports it to the Monitoring Officer.
    with sessions() as session:
        council = session.get(Council, desk.council_id)
        period = parse_period("today", schedule_from_options(council.options), desk.clock())
    result = send_digest(sessions, desk.council_id, period, connectors=desk.worker.connectors,
                         review_base_url="https://mailguard.example", clock=desk.clock, holder="test")
    assert result.status == "sent" and result.recipients == ("monitoring.officer@example-council.gov.uk",)
    [sent] = list((desk.folder / "notices").glob("digest_*.eml"))
    digest = email.message_from_bytes(sent.read_bytes(), policy=policy.default)
    text = digest.get_body(preferencelist=("plain",)).get_content()
    assert "officer-criticism" in text and "2.5" in text
    assert f"https://mailguard.example/review/messages/{record_id}" in text
