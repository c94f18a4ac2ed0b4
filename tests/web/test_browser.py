"""The review desk in headless Chromium (Debian's /usr/bin/chromium) against a real uvicorn server."""

from __future__ import annotations

import email
from email import policy

import pytest

from tests.web.browser import served_desk
from tests.web.support import CLERK_ALIAS, PASSWORD, REVIEWER




@pytest.fixture
def served(tmp_path):
    with served_desk(tmp_path) as (base, desk):
        yield base, desk


def sign_in(page, base: str, who: str = REVIEWER, password: str = PASSWORD) -> None:
    page.goto(f"{base}/review/")
    assert "/login" in page.url  # not signed in yet: sent to the sign-in page
    page.get_by_label("Email address").fill(who)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def test_release_a_held_message_and_find_it_delivered(page, served):
    base, desk = served
    sign_in(page, base)
    page.get_by_role("link", name="Verge cutting on Church Lane").click()
    assert page.locator("mark", has_text="You must cut").count() >= 1  # the evidence, in place
    assert page.get_by_text("Protocol clause 6").first.is_visible()
    page.get_by_label("Why the hold can be overridden").fill("The chair asked for this; the clerk agrees.")
    page.get_by_role("button", name="Release", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Your decision is recorded")
    desk.drain()  # the worker acts on the committed intents
    sent = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in desk.files("sent")]
    assert "Verge cutting on Church Lane" in [m["Subject"] for m in sent]
    notices = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in desk.files("notices")]
    released = [m for m in notices if m["Subject"] == "Released: Verge cutting on Church Lane"]
    assert released and "The chair asked for this" in released[0].get_content()
    page.reload()
    assert page.get_by_text("message.delivered").is_visible()  # the audit trail


def test_return_a_held_message_with_a_reason_and_the_sender_is_told(page, served):
    base, desk = served
    sign_in(page, base)
    page.get_by_role("link", name="CONFIDENTIAL: staffing complaint update").click()
    page.get_by_label("What the sender should change").fill("Remove the forwarded briefing first.")
    page.get_by_role("button", name="Return to sender").click()
    desk.drain()
    notices = [email.message_from_bytes(p.read_bytes(), policy=policy.default) for p in desk.files("notices")]
    returned = [m for m in notices if m["Subject"] == "Returned to you: CONFIDENTIAL: staffing complaint update"]
    assert returned and "Remove the forwarded briefing first." in returned[0].get_content()
    assert returned[0]["To"] == "clerk@example-council.gov.uk"
    assert len(desk.files("drafts")) == 1


def test_a_reviewer_is_refused_their_own_and_another_councils_message(page, served):
    base, desk = served
    sign_in(page, base, CLERK_ALIAS)
    page.goto(f"{base}/review/messages/{desk.held['confidential']}")
    assert page.get_by_text("another reviewer must decide").is_visible()
    assert page.get_by_role("button", name="Release", exact=True).count() == 0
    response = page.goto(f"{base}/review/messages/{desk.other_record_id}")
    assert response.status == 404


def test_a_form_without_its_csrf_token_is_refused(page, served):
    base, desk = served
    sign_in(page, base)
    page.goto(f"{base}/review/messages/{desk.held['verge']}")
    page.locator("form[action$='/return'] input[name=csrf_token]").evaluate("e => e.remove()")
    page.get_by_label("What the sender should change").fill("Trying without a token")
    with page.expect_response(lambda r: r.request.method == "POST") as posted:
        page.get_by_role("button", name="Return to sender").click()
    assert posted.value.status == 403
    assert page.get_by_role("alert").inner_text().startswith("This form has expired")
    desk.drain()
    assert not [p for p in desk.files("drafts")]


def test_login_throttling_engages(page, served):
    base, _ = served
    for _ in range(5):
        sign_in(page, base, password="not the password")
        assert "do not match" in page.get_by_role("alert").inner_text()
    sign_in(page, base)
    assert "too many failed sign-ins" in page.get_by_role("alert").inner_text()


def test_keyboard_users_can_skip_to_the_content(page, served):
    base, _ = served
    sign_in(page, base)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_the_screenshots_script_photographs_both_pages(browser, tmp_path):
    from tests.web.screenshots import take

    for path in take(tmp_path, browser):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
