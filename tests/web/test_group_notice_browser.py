"""The group-parity notice in headless Chromium: from the findings page to one notice sent, once."""

from __future__ import annotations

from tests.web.browser import served_desk
from tests.web.support import PASSWORD, REVIEWER
from tests.web.test_group_notice import ADVICE, drop


def test_a_reviewer_tells_the_other_groups_with_one_click_and_a_double_click_sends_once(page, tmp_path):
    with served_desk(tmp_path) as (base, desk):
        drop(desk, "parity.eml", ADVICE)
        desk.drain()
        page.goto(f"{base}/review/")
        page.get_by_label("Email address").fill(REVIEWER)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        page.get_by_role("link", name="Findings").click()
        page.get_by_label("Rule").select_option("group-parity")
        page.get_by_role("button", name="Filter").click()
        page.wait_for_url("**/review/findings?rule=group-parity**")
        rows = page.locator("tr.finding-row")
        assert rows.count() == 1 and "Independent group only" in rows.first.inner_text()
        rows.first.get_by_role("link", name="Open the message").click()
        page.wait_for_load_state()
        box = page.locator("#group-notice")
        assert "Residents First" in box.inner_text() and "cllr.haddad@example-council.gov.uk" in box.inner_text()
        page.get_by_text("The notice's words").click()
        assert "gave advice to the Independent group" in box.inner_text()
        page.get_by_role("button", name="Notify the other groups' leaders").dblclick()
        page.wait_for_url("**notice=**")
        assert page.get_by_role("status").first.is_visible()
        desk.drain()
        page.reload()
        sent = page.locator("#group-notices-sent")
        assert "Notice to the Residents First group" in sent.inner_text() and "sent" in sent.inner_text()
        assert page.get_by_role("button", name="Notify the other groups' leaders").count() == 0
        notices = sorted((desk.folder / "notices").glob("*group-notice*.eml"))
        assert len(notices) == 1
