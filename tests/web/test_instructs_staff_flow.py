"""instructs-staff end to end: a councillor's instruction to the clerk, put in the demo council's folder
outbox, is held by the worker under Leigh-on-Sea's §4.2, its sender told how to ask instead, shown on
the review desk, and counted in the Monitoring Officer's digest sent through the same mailbox."""

from __future__ import annotations

import email
import html
from datetime import date
from email import policy
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.digest.period import local_period
from app.digest.send import send_digest
from app.store.tables import FindingRecord, MessageRecord

INSTRUCTION = (b"From: Cllr Priya Shah <cllr.shah@example-council.gov.uk>\r\n"
               b"To: Sam Morgan <clerk@example-council.gov.uk>\r\n"
               b"Subject: Elm Road car park\r\nDate: Wed, 02 Dec 2026 09:30:00 +0000\r\n"
               b"Message-ID: <instructs-1@example-council.gov.uk>\r\n\r\n"
               b"Sam,\r\n\r\nPlease cancel the booking for the car park market on Saturday and get the\r\n"
               b"contractor to take the barriers away by Friday.\r\n\r\nPriya\r\n")
REQUEST = (b"From: Cllr Priya Shah <cllr.shah@example-council.gov.uk>\r\n"
           b"To: Sam Morgan <clerk@example-council.gov.uk>\r\n"
           b"Subject: Elm Road barriers\r\nDate: Wed, 02 Dec 2026 09:40:00 +0000\r\n"
           b"Message-ID: <instructs-2@example-council.gov.uk>\r\n\r\n"
           b"Sam,\r\n\r\nI have a resident who says the barriers are still up. Could you look into it?\r\n\r\nPriya\r\n")


def _subject(path) -> str:
    return str(email.message_from_bytes(path.read_bytes(), policy=policy.default)["Subject"])


def _text(path) -> str:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return "\n".join(p.get_content() for p in message.walk() if p.get_content_type() == "text/plain")


def test_an_instruction_to_the_clerk_is_held_shown_on_the_desk_and_in_the_digest(reviewer, desk, sessions):
    notices_before = set(desk.files("notices"))
    (desk.folder / "outbox" / "70-instruction.eml").write_bytes(INSTRUCTION)
    (desk.folder / "outbox" / "71-request.eml").write_bytes(REQUEST)
    desk.drain()

    with sessions() as session:
        held = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<instructs-1@example-council.gov.uk>")).one()
        asked = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<instructs-2@example-council.gov.uk>")).one()
        assert (held.state, asked.state) == ("held", "delivered")  # Leigh-on-Sea holds on §4.2; a request goes
        [finding] = session.scalars(select(FindingRecord).where(FindingRecord.message_id == held.id)).all()
        assert (finding.rule, finding.action, finding.clause) == ("instructs-staff", "hold", "4.2")
        held_id = held.id
    assert any("Elm Road car park" in p.read_text(errors="replace") for p in desk.files("held"))

    told = [_text(p) for p in set(desk.files("notices")) - notices_before]
    assert len(told) == 1 and "tells an officer what to do" in told[0]
    assert "put it to the Clerk as a request" in " ".join(told[0].split())

    page = html.unescape(reviewer.get(f"/review/messages/{held_id}").text)
    assert "instructs-staff" in page
    assert "Councillor Priya Shah tells Sam Morgan to act (“cancel”)" in page
    assert "“cancel” — “Please cancel the booking for the car park market on Saturday" in page
    assert "should not take action under instructions from any individual Councillor" in page

    period = local_period("daily", date(2026, 12, 2), 1, ZoneInfo("Europe/London"))
    result = send_digest(sessions, desk.council_id, period, connectors=desk.worker.connectors,
                         review_base_url="https://mailguard.example", clock=desk.clock, holder="test")
    assert result.status == "sent", result
    [digest] = [p for p in set(desk.files("notices")) - notices_before if _subject(p).startswith("MailGuard digest")]
    text = _text(digest)
    assert "instructs-staff (clause 4.2): 1 message - held 1" in text
    assert f"https://mailguard.example/review/messages/{held_id}" in text
    assert "Please cancel the booking" not in text  # the digest carries figures, never message bodies
