"""The digest's HTML (Outlook-safe), plain text, CSV and JSON: figures present, mail content absent."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

from sqlalchemy import select

from app.digest.period import latest_complete, schedule_from_options
from app.digest.query import digest_for
from app.digest.render import render_csv, render_html, render_json, render_text
from tests.digest.week import BASE_URL, DUE, build_week, make_council
from tests.store.scenario import mailbox

# Text that is in the week's mail but must never reach the Monitoring Officer's digest.
MAIL_CONTENT = ("Private and confidential: your complaint", "Thank you for your letter", "The list has 41 names",
                "Part 2 papers", "Room 2 is booked", "drains on Elm Road", "Allotment waiting list")


def _digest(db):
    council = make_council(db)
    week = build_week(db, council, mailbox(db, council))
    period = latest_complete(schedule_from_options(council.options), DUE)
    return week, digest_for(db, council, period, review_base_url=BASE_URL, now=DUE)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.bars = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "td" and attrs.get("bgcolor") in ("#1d4ed8", "#9ca3af"):
            self.bars.append((attrs["bgcolor"], int(attrs["width"].removesuffix("%"))))


def test_the_html_uses_only_what_outlook_desktop_renders(db):
    _, digest = _digest(db)
    html = render_html(digest)
    parsed = _Tags()
    parsed.feed(html)
    names = {tag for tag, _ in parsed.tags}
    assert not names & {"style", "svg", "img", "script", "link"}
    assert "<svg" not in html and "<style" not in html and "class=" not in html
    assert not re.search(r"display\s*:\s*(flex|grid)", html)
    # the chart: a bar pair per trend row, widths proportional (caught 8 is the longest: 85% of the column)
    current = [w for colour, w in parsed.bars if colour == "#1d4ed8"]
    assert max(current) == 85 and len(current) == sum(1 for r in digest.trend if r.current)
    assert ("#9ca3af", round(2 * 85 / 8)) in parsed.bars  # caught the week before: 2
    assert all(attrs.get("width", "").endswith("%") for tag, attrs in parsed.tags
               if tag == "td" and attrs.get("bgcolor") in ("#1d4ed8", "#9ca3af"))
    # fluid: no fixed-width table except Outlook's own (inside a conditional comment the parser skips)
    assert not [a for t, a in parsed.tags if t == "table" and a.get("width", "100%").isdigit()]
    assert "max-width:680px" in html and '<!--[if mso]><table role="presentation" width="680"' in html
    assert 'id="trend-chart"' in html and 'id="totals"' in html


def test_the_digest_names_no_subject_or_body_and_says_so(db):
    week, digest = _digest(db)
    for text in (render_html(digest), render_text(digest), render_csv(digest), render_json(digest)):
        for content in MAIL_CONTENT:
            assert content not in text
    assert "no message bodies" in render_html(digest) and "no message bodies" in render_text(digest)
    # the note says what a summary does quote: the words that triggered the rule
    assert "may quote the few words that triggered the rule" in render_html(digest)
    assert f"{BASE_URL}/review/findings?from=2026-11-30&amp;to=2026-12-06" in render_html(digest)
    assert f"{BASE_URL}/review/messages/{week.ids['doe']}" in render_html(digest)


def test_the_plain_text_part_has_the_totals_the_queue_and_the_links(db):
    week, digest = _digest(db)
    text = render_text(digest)
    assert re.search(r"Caught\s+8\s+2\s+up 6", text)
    assert re.search(r"Held\s+4\s+1\s+up 3", text)
    assert "3 waiting; the oldest has waited 12 days 22 hours" in text
    assert f"{BASE_URL}/review/messages/{week.ids['held3']}" in text
    assert "Jane Doe (councillor: chair)" in text
    assert "<td" not in text and "&nbsp;" not in text


def test_csv_is_one_table_of_figures_and_json_round_trips(db):
    week, digest = _digest(db)
    rows = list(csv.DictReader(io.StringIO(render_csv(digest))))
    totals = {r["item"]: (int(r["current"]), int(r["previous"])) for r in rows if r["section"] == "total"}
    assert totals["caught"] == (8, 2) and totals["sent_anyway"] == (0, 0)
    notable = [r for r in rows if r["section"] == "notable"]
    assert len(notable) == 5 and all(r["link"].startswith(f"{BASE_URL}/review/messages/") for r in notable)
    data = json.loads(render_json(digest))
    assert data["outcomes"]["held"] == 4 and data["nothing_to_report"] is False
    assert data["held_queue"]["oldest_age_seconds"] == (12 * 24 + 22) * 3600
    assert data["period"]["start"] == "2026-11-30T00:00:00+00:00"


def test_nothing_to_report_is_said_in_both_parts(db):
    council = make_council(db, slug="quiet")
    digest = digest_for(db, council, latest_complete(schedule_from_options(council.options), DUE),
                        review_base_url=BASE_URL, now=DUE)
    assert "Nothing to report." in render_html(digest)
    assert "NOTHING TO REPORT." in render_text(digest)
    assert 'id="nothing-to-report"' in render_html(digest)


def test_a_summary_that_looks_like_a_formula_is_defused_in_the_csv():
    from datetime import datetime, timezone

    import yaml

    from app.digest.content import FindingFacts, MessageFacts, PeriodRows, build_digest
    from app.engine.directory import directory_from_mapping

    when = datetime(2026, 12, 1, 10, tzinfo=timezone.utc)
    schedule = schedule_from_options({"digest": {"period": "daily"}})
    period = latest_complete(schedule, datetime(2026, 12, 2, 9, tzinfo=timezone.utc))
    sneaky = FindingFacts("confidential-disclosure", "hold", "6", '=HYPERLINK("http://evil.example","x")')
    message = MessageFacts(3, "=cmd@x.gov.uk", "=cmd", "pre-send", "hold", "held", when, (sneaky,))
    directory = directory_from_mapping(yaml.safe_load("council: X\ndomains: [x.gov.uk]\n"))
    digest = build_digest(council="X", period=period, previous=period.previous(schedule.zone),
                          current=PeriodRows((message,), ()), before=PeriodRows((), ()), held_now=(),
                          directory=directory, review_base_url="https://r.example", now=when)
    cells = [cell for row in csv.reader(io.StringIO(render_csv(digest))) for cell in row]
    assert not any(cell.startswith("=") for cell in cells)
    assert "'=HYPERLINK(\"http://evil.example\",\"x\")" in cells


def test_every_format_carries_the_councils_audit_head_which_verifies(db):
    from app.store import audit
    from app.store.tables import Council

    _, digest = _digest(db)
    council = db.scalars(select(Council).where(Council.slug == "digest-town")).one()
    head = audit.current_head(db, council)
    assert digest.audit_head == str(head) and head.seq > 1
    assert f"mailguard audit verify --head {head}" in render_html(digest)
    assert f"AUDIT LOG HEAD: {head}" in render_text(digest)
    assert json.loads(render_json(digest))["audit_head"] == str(head)
    assert audit.verify(db, heads=[audit.PublishedHead.parse(digest.audit_head)]).ok
