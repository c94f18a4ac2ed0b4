"""The Enquiries page in headless Chromium (Debian's /usr/bin/chromium) against a real uvicorn server."""

from __future__ import annotations

import pytest

from tests.web.browser import chromium, served_desk
from tests.web.support import MONITOR, PASSWORD
from tests.web.test_enquiries_page import seed_enquiries


@pytest.fixture
def served(tmp_path):
    with served_desk(tmp_path) as (base, desk):
        yield base, desk


def test_the_monitoring_officer_finds_the_overdue_enquiry_and_the_figures(served, tmp_path):
    base, desk = served
    seed_enquiries(desk)
    with chromium() as browser:
        page = browser.new_context(viewport={"width": 1100, "height": 900}).new_page()
        page.goto(f"{base}/review/")
        page.get_by_label("Email address").fill(MONITOR)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        page.get_by_role("link", name="Enquiries").click()
        page.wait_for_load_state()
        assert page.locator("#figures").is_visible()
        cells = page.locator("#figures tbody tr").first.locator("td").all_inner_texts()
        assert cells[:4] == ["3", "1", "0", "1"]  # asked, answered, answered late, overdue
        assert page.locator("#enquiries tbody tr").count() == 3
        page.get_by_label("Show").select_option("overdue")
        page.get_by_role("button", name="Show").click()
        page.wait_for_load_state()
        rows = page.locator("#enquiries tbody tr")
        assert rows.count() == 1 and "Bus shelter grant" in rows.first.inner_text()
        page.screenshot(path=str(tmp_path / "enquiries.png"), full_page=True)
        phone = browser.new_context(viewport={"width": 390, "height": 800}, storage_state=page.context.storage_state())
        small = phone.new_page()
        small.goto(f"{base}/review/enquiries")
        width = small.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"the page scrolls sideways on a phone ({width}px)"
    assert (tmp_path / "enquiries.png").stat().st_size > 10_000
