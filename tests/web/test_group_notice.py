"""The group-parity notice on the review desk: one click tells the other groups' leaders, once.

The message goes through the folder outbox and the real worker (Leigh-on-Sea annotates it and
delivers it); the reviewer's click queues one notice per other group; the worker sends it
through the same folder connector; a second click, a double POST or another reviewer sends nothing more.
"""

from __future__ import annotations

import email
import os
import time
from email import policy

from sqlalchemy import func, select

from app.store.tables import AuditEvent, Intent, MessageRecord
from tests.web.conftest import sign_in
from tests.web.support import CLERK_ALIAS, MONITOR, OTHER, csrf_of

ADVICE = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\n"
          b"To: Independent group <independents@example-council.gov.uk>\r\n"
          b"Subject: Car park charges\r\nDate: Wed, 02 Dec 2026 09:00:00 +0000\r\n"
          b"Message-ID: <parity-1@example-council.gov.uk>\r\n\r\n"
          b"Dear Councillors,\r\n\r\nAs your group asked, here is a short briefing on the car park charges.\r\n"
          b"My advice is that option 2 carries the least risk.\r\n\r\nSam Morgan\r\nTown Clerk\r\n")


def drop(desk, name: str, raw: bytes) -> None:
    tmp = desk.folder / "outbox" / f".{name}.tmp"
    tmp.write_bytes(raw)
    os.utime(tmp, (time.time() - 5, time.time() - 5))
    tmp.rename(desk.folder / "outbox" / name)


def advice_record(desk) -> int:
    drop(desk, "parity.eml", ADVICE)
    desk.drain()
    with desk.sessions() as session:
        record = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<parity-1@example-council.gov.uk>")).one()
        assert record.verdict == "annotate" and [f.rule for f in record.findings] == ["group-parity"]
        return record.id


def notices(desk) -> list[email.message.EmailMessage]:
    return [email.message_from_bytes(p.read_bytes(), policy=policy.default)
            for p in sorted((desk.folder / "notices").glob("*group-notice*.eml"))]


def count(desk, model, *where) -> int:
    with desk.sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_one_click_sends_one_notice_to_the_other_groups_leader_once(reviewer, desk):
    record_id = advice_record(desk)
    path = f"/review/messages/{record_id}"
    page = reviewer.get(path).text
    assert "Notify the other groups' leaders" in page and "cllr.haddad@example-council.gov.uk" in page
    token = csrf_of(page)
    first = reviewer.post(f"{path}/notify-groups", data={"csrf_token": token})
    assert first.status_code == 303 and first.headers["location"].endswith("?notice=queued#group-notice")
    again = reviewer.post(f"{path}/notify-groups", data={"csrf_token": token})  # a second click
    assert again.status_code == 303 and "notice=already" in again.headers["location"]
    desk.drain()
    desk.drain()
    sent = notices(desk)
    assert len(sent) == 1, [n["To"] for n in sent]
    notice = sent[0]
    assert notice["To"] == "cllr.haddad@example-council.gov.uk"  # Residents First's leader
    assert notice["Subject"] == "Advice given to the Independent group"
    text = notice.get_content()
    assert "gave advice to the Independent group" in text and '"Car park charges"' in text
    assert "option 2" not in text and "briefing on the car park" not in text  # never the advice itself
    assert count(desk, AuditEvent, AuditEvent.event == "message.group_notice_queued") == 1
    assert count(desk, AuditEvent, AuditEvent.event == "message.group_notice_sent") == 1
    assert count(desk, Intent, Intent.key.like("%:notify:group-notice:%")) == 1
    shown = reviewer.get(path).text
    assert "Notify the other groups' leaders" not in shown  # no button once it is sent
    assert "Notice to the Residents First group" in shown and "<strong>sent</strong>" in shown
    assert "message.group_notice_sent" in shown  # the audit trail


def test_the_notice_needs_the_csrf_token_and_a_reviewer(client, desk):
    record_id = advice_record(desk)
    path = f"/review/messages/{record_id}"
    assert sign_in(client, MONITOR).status_code == 303
    page = client.get(path).text
    assert "Only a reviewer can send it" in page
    response = client.post(f"{path}/notify-groups", data={"csrf_token": csrf_of(page)})
    assert response.status_code == 403
    client.post("/logout", data={"csrf_token": csrf_of(client.get("/review/").text)})
    assert sign_in(client, CLERK_ALIAS).status_code == 303  # a reviewer, and the sender: may tell the groups
    refused = client.post(f"{path}/notify-groups", data={"csrf_token": "not-the-token"})
    assert refused.status_code in (400, 403)
    assert count(desk, Intent, Intent.key.like("%:notify:group-notice:%")) == 0
    ok = client.post(f"{path}/notify-groups", data={"csrf_token": csrf_of(client.get(path).text)})
    assert ok.status_code == 303
    assert count(desk, Intent, Intent.key.like("%:notify:group-notice:%")) == 1


def test_another_councils_reviewer_cannot_see_or_send_it(client, desk):
    record_id = advice_record(desk)
    assert sign_in(client, OTHER).status_code == 303
    token = csrf_of(client.get("/review/").text)
    assert client.get(f"/review/messages/{record_id}").status_code == 404
    assert client.post(f"/review/messages/{record_id}/notify-groups", data={"csrf_token": token}).status_code == 404
    assert count(desk, Intent, Intent.key.like("%:notify:group-notice:%")) == 0


def test_a_message_without_a_group_parity_finding_offers_no_notice(reviewer, desk):
    path = f"/review/messages/{desk.held['verge']}"
    page = reviewer.get(path).text
    assert "notify-groups" not in page
    response = reviewer.post(f"{path}/notify-groups", data={"csrf_token": csrf_of(page)})
    assert response.status_code == 422 and "has no group-parity finding" in response.text


def test_from_the_outbox_to_the_desk_and_the_monitoring_officers_digest(reviewer, desk):
    """End to end: the folder outbox, the worker (annotated and delivered), the desk's notice, the digest."""
    from datetime import date, timedelta

    from app.digest.period import local_period, schedule_from_options
    from app.digest.query import digest_for
    from app.digest.render import render_html, render_text
    from app.store.tables import Council

    def weekly_digest():
        with desk.sessions() as session:
            council = session.get(Council, desk.council_id)
            period = local_period("weekly", date(2026, 11, 30), 7, schedule_from_options(council.options).zone)
            return digest_for(session, council, period, review_base_url="https://mailguard.example",
                              now=desk.clock() + timedelta(days=5))

    record_id = advice_record(desk)
    delivered = [p for p in desk.files("sent") if b"<parity-1@example-council.gov.uk>" in p.read_bytes()]
    assert len(delivered) == 1 and b"told that advice was given to the Independent" in delivered[0].read_bytes()
    before = [i for i in weekly_digest().notable if i.message_id == record_id]
    assert [(i.rule, i.clause, i.outcome) for i in before] == [("group-parity", "4.4", "other groups not told yet")]
    assert "other groups not told yet" in render_text(weekly_digest())
    path = f"/review/messages/{record_id}"
    assert reviewer.post(f"{path}/notify-groups", data={"csrf_token": csrf_of(reviewer.get(path).text)}) \
        .status_code == 303
    desk.drain()
    digest = weekly_digest()
    assert not [i for i in digest.notable if i.message_id == record_id]  # told: nothing left for the MO to chase
    rules = {row.rule: row for row in digest.rules}
    assert (rules["group-parity"].messages, rules["group-parity"].annotated) == (1, 1)
    assert rules["group-parity"].clauses == ("4.4",)
    text, html = render_text(digest), render_html(digest)
    assert "group-parity" in text and "group-parity" in html
    assert "option 2" not in text and "option 2" not in html  # the digest carries no message bodies
