"""The digest HTML in headless Chromium: the chart and totals render, bars at their widths.

Debian's /usr/bin/chromium is driven by Playwright (never a downloaded browser).
The README's picture (app/web/static/screenshots/digest.png) is rewritten only with MAILGUARD_REFRESH_SCREENSHOTS=1.
"""

from __future__ import annotations

import os
from pathlib import Path

from playwright.sync_api import sync_playwright

from app.digest.period import latest_complete, schedule_from_options
from app.digest.query import digest_for
from app.digest.render import render_html
from tests.digest.week import BASE_URL, DUE, build_week, make_council
from tests.store.scenario import mailbox

ROOT = Path(__file__).resolve().parents[2]
README_PICTURE = ROOT / "app" / "web" / "static" / "screenshots" / "digest.png"
REFRESH = "MAILGUARD_REFRESH_SCREENSHOTS"  # set it to rewrite the README's picture; tests never touch the tree
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def test_the_digest_renders_in_headless_chromium_with_its_chart_and_totals(db, tmp_path):
    council = make_council(db)
    week = build_week(db, council, mailbox(db, council))
    period = latest_complete(schedule_from_options(council.options), DUE)
    page_file = tmp_path / "digest.html"
    page_file.write_text(render_html(digest_for(db, council, period, review_base_url=BASE_URL, now=DUE)),
                         encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 760, "height": 900})
            page.goto(page_file.as_uri())
            assert page.locator("#trend-chart").is_visible()
            assert page.locator("#totals").is_visible()
            assert "Breach digest: Mon 30 Nov 2026 to Sun 6 Dec 2026" in page.inner_text("body")
            totals = page.inner_text("#totals")
            assert "Caught" in totals and "8" in totals and "Sent anyway" in totals
            bars = page.eval_on_selector_all(
                "#trend-chart td[bgcolor='#1d4ed8']", "cells => cells.map(c => c.getBoundingClientRect().width)")
            assert abs(sorted(bars)[-2] * 2 - max(bars)) <= 0.02 * max(bars)  # caught 8: the longest bar; held 4: half of it
            link = page.locator("#notable a").first.get_attribute("href")
            assert link == f"{BASE_URL}/review/messages/{week.ids['post_send']}"
            shot = README_PICTURE if os.environ.get(REFRESH) else tmp_path / "digest.png"
            page.screenshot(path=str(shot), full_page=True)
        finally:
            browser.close()
    assert shot.stat().st_size > 10_000


def test_the_digest_fits_a_390_px_phone_without_scrolling_sideways(db, tmp_path):
    council = make_council(db)
    build_week(db, council, mailbox(db, council))
    period = latest_complete(schedule_from_options(council.options), DUE)
    page_file = tmp_path / "digest.html"
    page_file.write_text(render_html(digest_for(db, council, period, review_base_url=BASE_URL, now=DUE)),
                         encoding="utf-8")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 844})
            page.goto(page_file.as_uri())
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            box = page.locator("#digest").bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
            for section in ("#totals", "#trend-chart", "#notable", "#by-rule", "#by-person", "#findings-link"):
                part = page.locator(section).bounding_box()
                assert part is not None and part["x"] + part["width"] <= 390, section
            assert page.locator("#notable a").first.is_visible()
        finally:
            browser.close()
