"""The Monitoring Officer's findings page and CSV; the release form's default; unreadable mail."""

from __future__ import annotations

import csv
import io
import re

from sqlalchemy import select

from app.store.tables import Decision, MessageRecord
from app.web import body
from tests.web.conftest import sign_in
from tests.web.support import MONITOR, OTHER, csrf_of

BOTH = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Mr P Grant <p.grant@example.org>\r\n"
        b"Bcc: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\n"
        b"Subject: CONFIDENTIAL: update on your complaint\r\nDate: Wed, 02 Dec 2026 09:00:00 +0000\r\n"
        b"Message-ID: <both-1@example-council.gov.uk>\r\n\r\n"
        b"Dear Mr Grant,\r\n\r\nStrictly confidential: the panel meets on Monday.\r\n\r\nSam Morgan\r\n")


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="finding-row">(.*?)</tr>', html, re.S)


def test_the_monitoring_officer_browses_findings_by_rule_person_outcome_and_period(client, desk):
    assert sign_in(client, MONITOR).status_code == 303
    page = client.get("/review/findings")
    assert page.status_code == 200
    rows = _rows(page.text)
    assert len(rows) == 3  # the silent copy (annotated, then sent), confidential and verge (held)
    assert "Elsewhere instruction" not in page.text  # another council's findings are never shown
    letter = _rows(client.get("/review/findings", params={"rule": "councillor-name-letter"}).text)
    assert len(letter) == 1 and "Greenway Contractors" in letter[0]
    doe = _rows(client.get("/review/findings", params={"person": "cllr.doe@example-council.gov.uk"}).text)
    assert len(doe) == 1 and "councillor-name-letter" in doe[0]
    sent = _rows(client.get("/review/findings", params={"outcome": "delivered"}).text)
    held = _rows(client.get("/review/findings", params={"outcome": "held"}).text)
    assert len(held) == 2 and len(sent) == 1 and "silent-bcc" in sent[0] and "Sent" in sent[0]
    assert len(_rows(client.get("/review/findings", params={"from": "2026-12-02", "to": "2026-12-02"}).text)) == 3
    assert _rows(client.get("/review/findings", params={"from": "2026-12-03"}).text) == []
    assert _rows(client.get("/review/findings", params={"to": "2026-12-01"}).text) == []
    assert client.get("/review/findings", params={"outcome": "vanished"}).status_code == 422
    assert client.get("/review/findings", params={"from": "2026-02-30"}).status_code == 422
    assert client.get("/review/findings", params={"from": "2026-12-05", "to": "2026-12-01"}).status_code == 422


def test_findings_export_as_csv_with_the_same_filters(client, desk):
    assert sign_in(client, MONITOR).status_code == 303
    page = client.get("/review/findings", params={"outcome": "held"}).text
    link = re.search(r'id="csv-export" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert link == "/review/findings.csv?outcome=held"
    response = client.get(link)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 and {r["outcome"] for r in rows} == {"held"}
    verge = next(r for r in rows if r["rule"] == "councillor-name-letter")
    assert verge["sender"] == "cllr.doe@example-council.gov.uk" and verge["sender_role"] == "councillor"
    assert verge["link"].endswith(f"/review/messages/{desk.held['verge']}")
    assert verge["clause"] == "6" and verge["found_at"].startswith("2026-12-02")


def test_findings_need_a_signed_in_user_and_show_only_their_council(client, desk):
    assert client.get("/review/findings").status_code in (302, 303)
    assert client.get("/review/findings.csv").status_code in (302, 303)
    assert sign_in(client, OTHER).status_code == 303
    rows = _rows(client.get("/review/findings").text)
    assert len(rows) == 1 and "councillor-name-letter" in rows[0]
    assert len(list(csv.DictReader(io.StringIO(client.get("/review/findings.csv").text)))) == 1


def test_the_release_form_defaults_to_the_packs_footer_and_the_hold_comes_first(reviewer, desk, sessions):
    (desk.folder / "outbox" / "50-both.eml").write_bytes(BOTH)
    desk.drain()
    with sessions() as session:
        record = session.scalars(select(MessageRecord).where(
            MessageRecord.internet_message_id == "<both-1@example-council.gov.uk>")).one()
        assert record.state == "held" and record.annotation == "CC Councillor Jane Doe"
        record_id = record.id
    page = reviewer.get(f"/review/messages/{record_id}").text
    assert re.search(r'id="mode-annotated"[^>]*checked', page)
    assert not re.search(r'id="mode-as-sent"[^>]*checked', page)
    titles = re.findall(r'<h3 id="finding-\d+-title">Finding (\d+): ([a-z-]+)', page)
    assert titles == [("1", "confidential-disclosure"), ("2", "silent-bcc")]  # the hold first, then the footer


def test_unreadable_mail_shows_its_source_escaped_and_release_needs_confirmation(reviewer, desk, sessions):
    (desk.folder / "outbox" / "60-hostile.eml").write_bytes(
        b"\x00\x01<script>alert(1)</script>\xff\xfe\x1b[31m not mail\r\n" + b"x" * 40_000)
    desk.drain()
    with sessions() as session:
        hostile = [r.id for r in session.scalars(select(MessageRecord).where(MessageRecord.verdict == "error"))
                   if b"<script>" in (r.raw_mime or b"")]
    assert len(hostile) == 1
    path = f"/review/messages/{hostile[0]}"
    page = reviewer.get(path).text
    source = re.search(r'<pre class="body source" id="raw-source"[^>]*>(.*?)</pre>', page, re.S).group(1)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source and "<script>" not in page
    assert "\x1b" not in source and "\x00" not in source and "\ufffd" in source
    assert len(source) < 20_000  # bounded: the first 16 KB of 40 KB
    assert 'id="confirm-unreadable"' in page
    token = csrf_of(page)
    refused = reviewer.post(f"{path}/release", data={"csrf_token": token, "mode": "as-sent",
                                                     "reason": "Looks like a test file"})
    assert refused.status_code == 422 and "tick the box" in refused.text
    with sessions() as session:
        assert session.scalars(select(Decision).where(Decision.message_id == hostile[0])).all() == []
    done = reviewer.post(f"{path}/release", data={"csrf_token": token, "mode": "as-sent",
                                                  "reason": "Looks like a test file", "confirm_unreadable": "yes"})
    assert done.status_code == 303


def test_source_preview_is_bounded_and_shows_control_characters_as_replacements():
    text, size = body.source_preview(b"\x00A\r\nB\x1b\xe2\x80\xae" + b"y" * 100_000)
    assert size == 100_009 and len(text) <= body.SOURCE_PREVIEW_BYTES
    assert text.startswith("\ufffdA\nB\ufffd\ufffd")  # NUL, ESC and a right-to-left override
    assert body.source_preview(None) is None
