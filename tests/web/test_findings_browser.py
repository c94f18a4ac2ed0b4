"""The Monitoring Officer's findings page and the release form's default, in headless Chromium."""

from __future__ import annotations

import pytest

from tests.web.browser import served_desk
from tests.web.support import MONITOR, PASSWORD, REVIEWER
from tests.web.test_findings import BOTH




@pytest.fixture
def served(tmp_path):
    with served_desk(tmp_path) as (base, desk):
        yield base, desk


def _sign_in(page, base: str, who: str) -> None:
    page.goto(f"{base}/review/")
    page.get_by_label("Email address").fill(who)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_the_monitoring_officer_filters_findings_and_downloads_them(page, served):
    base, _ = served
    _sign_in(page, base, MONITOR)
    page.get_by_role("link", name="Findings").click()
    page.wait_for_url(f"{base}/review/findings")
    assert page.locator("tr.finding-row").count() == 3
    page.get_by_label("Rule").select_option("councillor-name-letter")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**/review/findings?rule=councillor-name-letter**")
    rows = page.locator("tr.finding-row")
    assert rows.count() == 1 and "Greenway Contractors" in rows.first.inner_text()
    page.get_by_label("Outcome").select_option("delivered")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert page.locator("tr.finding-row").count() == 0 and "No findings match" in page.inner_text("main")
    page.get_by_role("link", name="Clear filters").click()
    page.get_by_label("Person").select_option("cllr.doe@example-council.gov.uk")
    page.get_by_label("From").fill("2026-12-02")
    page.get_by_label("To").fill("2026-12-02")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_load_state()
    assert page.locator("tr.finding-row").count() == 1
    with page.expect_download() as download:
        page.get_by_role("link", name="Download these findings as CSV").click()
    text = open(download.value.path(), encoding="utf-8").read()
    assert text.startswith("found_at,rule,action") and len(text.splitlines()) == 2  # header and Jane Doe's one
    assert "cllr.doe@example-council.gov.uk" in text


def test_the_findings_page_fits_a_phone(page, served):
    base, _ = served
    page.set_viewport_size({"width": 390, "height": 844})
    _sign_in(page, base, MONITOR)
    page.goto(f"{base}/review/findings")
    assert page.locator("tr.finding-row").count() == 3
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_release_defaults_to_the_footer_the_pack_asks_for(page, served):
    base, desk = served
    (desk.folder / "outbox" / "50-both.eml").write_bytes(BOTH)
    desk.drain()
    _sign_in(page, base, REVIEWER)
    page.get_by_role("link", name="CONFIDENTIAL: update on your complaint").click()
    page.wait_for_load_state()
    assert page.get_by_label("With the protocol's footer", exact=False).is_checked()
    assert not page.get_by_label("As it was written").is_checked()
    first = page.locator("article.finding").first
    assert "confidential-disclosure" in first.inner_text() and "(hold)" in first.inner_text()
    page.get_by_label("Why the hold can be overridden", exact=False).fill("The complainant may know; footer added")
    page.get_by_role("button", name="Release").click()
    page.wait_for_load_state()
    assert "Released with the annotation" in page.inner_text("main")
