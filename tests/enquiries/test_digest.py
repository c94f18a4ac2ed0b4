"""The digest's enquiries section: response times per service, in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path

from app.digest.period import parse_period, schedule_from_options
from app.digest.query import digest_for
from app.digest.render import render
from app.store import records as store
from tests.enquiries.conftest import COUNCILLOR, OFFICER, UNWATCHED
from tests.enquiries.mail import message


def seed(town) -> None:
    """Waste: one answered in 3 working days, one overdue; Highways: one to a mailbox not watched."""
    town.send(COUNCILLOR, message(sender=COUNCILLOR, to=[OFFICER], subject="Elm Road bins", message_id="<d1@x>",
                                  body="Could you tell me when the Elm Road bins will be emptied?"), "d1")
    town.send(COUNCILLOR, message(sender=COUNCILLOR, to=[OFFICER], subject="Recycling sacks", message_id="<d2@x>",
                                  body="Please can you send me more recycling sacks for the surgery?"), "d2")
    town.send(COUNCILLOR, message(sender=COUNCILLOR, to=[UNWATCHED], subject="Street light", message_id="<d3@x>",
                                  body="Is there any update on the street light in Mill Lane?"), "d3")
    town.tick()
    town.clock.advance(days=3)  # Thursday
    town.send(OFFICER, message(sender=OFFICER, to=[COUNCILLOR], subject="RE: Elm Road bins", message_id="<r1@x>",
                               in_reply_to="<d1@x>", body="They are emptied on Tuesdays."), "r1")
    town.tick()
    town.clock.set(datetime(2026, 12, 16, 9, 0, tzinfo=timezone.utc))  # past the 5-day limit of the 14th


def test_the_section_counts_per_service_and_renders_in_every_format(town):
    seed(town)
    with town.sessions() as session:
        council = store.get_council(session, "brookfield")
        period = parse_period("2026-12-07..2026-12-13", schedule_from_options(council.options), town.clock())
        digest = digest_for(session, council, period, review_base_url="https://mailguard.example", now=town.clock())
    section = digest.enquiries
    assert (section.clause, section.working_days) == ("3.3.5", 5)
    totals = section.totals
    assert (totals.asked, totals.answered, totals.overdue, totals.not_visible) == (3, 1, 1, 1)
    assert (totals.median_days, totals.p90_days) == (3, 3)
    services = {s.key: s for s in section.services}
    assert (services["Waste"].asked, services["Waste"].overdue) == (2, 1)
    assert (services["Highways"].asked, services["Highways"].not_visible, services["Highways"].overdue) == (1, 1, 0)
    assert section.services[0].key == "Waste"  # the service with overdue enquiries first
    text = render(digest, "text")
    assert "ENQUIRIES (limit 5 working days, clause 3.3.5)" in text
    assert "3 asked, 1 answered (0 late), 1 overdue; median 3 working days" in text
    assert "Waste: asked 2, answered 1, overdue 1, median 3 working days" in text
    assert "https://mailguard.example/review/enquiries" in text
    html = render(digest, "html")
    assert 'id="enquiries-by-service"' in html and "<b>Highways</b>" in html
    rows = [r for r in csv.reader(io.StringIO(render(digest, "csv"))) if r[0] == "enquiries"]
    assert [r[1] for r in rows] == ["all", "Waste", "Highways"]
    data = json.loads(render(digest, "json"))
    assert data["enquiries"]["totals"]["overdue"] == 1


def test_a_pack_without_a_response_duty_gives_no_section_and_opens_nothing(town, tmp_path):
    shipped = (Path(__file__).resolve().parents[2] / "policies" / "chard.yaml").read_text(encoding="utf-8")
    pack = tmp_path / "no-duty.yaml"
    pack.write_text(shipped.split("\nduties:")[0].replace("pack: chard", "pack: no-duty") + "\n", encoding="utf-8")
    with town.sessions.begin() as session:
        store.get_council(session, "brookfield").pack = str(pack)
    seed(town)
    assert town.enquiries() == []
    with town.sessions() as session:
        council = store.get_council(session, "brookfield")
        period = parse_period("2026-12-07..2026-12-13", schedule_from_options(council.options), town.clock())
        digest = digest_for(session, council, period, review_base_url="x", now=town.clock())
    assert digest.enquiries is None and "ENQUIRIES" not in render(digest, "text")


def test_the_section_shows_in_headless_chromium(town, tmp_path):
    from tests.web.browser import chromium

    seed(town)
    with town.sessions() as session:
        council = store.get_council(session, "brookfield")
        period = parse_period("2026-12-07..2026-12-13", schedule_from_options(council.options), town.clock())
        html = render(digest_for(session, council, period, review_base_url="https://mailguard.example",
                                 now=town.clock()), "html")
    page_file = tmp_path / "digest.html"
    page_file.write_text(html, encoding="utf-8")
    with chromium() as browser:
        page = browser.new_page(viewport={"width": 390, "height": 900})
        page.goto(page_file.as_uri())
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # a phone: no sideways scroll
        assert page.locator("#enquiries-by-service").is_visible()
        summary = page.inner_text("#enquiries-summary")
        assert "3 asked" in summary and "1 overdue" in summary and "median 3 working days" in summary
        rows = page.locator("#enquiries-by-service tr").all_inner_texts()
        assert [r.split("\n")[0] for r in rows] == ["Waste", "Highways"]
        assert "asked 2, answered 1, overdue 1; median 3 working days" in " ".join(rows[0].split())
        assert page.get_by_role("link", name="Open the enquiries page").get_attribute("href") == \
            "https://mailguard.example/review/enquiries"
