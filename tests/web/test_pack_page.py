"""/review/pack: the council's pack explained in the desk (TestClient over a real database)."""

from __future__ import annotations

import html as html_lib


def test_the_pack_page_needs_a_sign_in(client):
    response = client.get("/review/pack")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Freview%2Fpack"


def test_the_pack_page_explains_each_rule_with_the_protocols_words(reviewer):
    page = reviewer.get("/review/pack")
    assert page.status_code == 200
    text = " ".join(html_lib.unescape(page.text).split())
    assert "<h1>What MailGuard checks</h1>" in text
    assert "Leigh-on-Sea Town Council — Protocol on Member/Officer Relations" in text
    for title in ("Blind copies", "Forwarding an email chain", "Confidential material",
                  "Letters in a councillor's name"):
        assert f">{title}</h2>" in text
    assert "The protocol, clause 6" in text
    assert ("Letters or emails which, for example, create obligations or give instructions on behalf of the "
            "council should never be sent out in the name of a councillor.") in text
    assert "CC Councillor <name>" in text  # the line added, shown (escaped) as text
    assert "a draft: written from the published protocol" in text
    assert page.headers["cache-control"] == "no-store"


def test_the_desk_links_to_it(reviewer):
    assert '<a href="/review/pack">What is checked</a>' in reviewer.get("/review/").text


def test_a_councillor_reads_it_in_chromium(tmp_path):
    """Through the nav link in headless Chromium against a real server: every rule, its action, its quote."""
    from tests.web.browser import chromium, served_desk
    from tests.web.support import PASSWORD, REVIEWER

    with served_desk(tmp_path) as (base, _desk), chromium() as browser:
        context = browser.new_context()
        page = context.new_page()
        page.goto(f"{base}/review/")
        page.get_by_label("Email address").fill(REVIEWER)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        page.get_by_role("link", name="What is checked").click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text() == "What MailGuard checks"
        assert page.get_by_role("heading", level=2).all_inner_texts()[:4] == [
            "Blind copies", "Forwarding an email chain", "Confidential material", "Letters in a councillor's name"]
        letters = page.locator("#rule-councillor-name-letter")
        assert "Held: the email waits until an officer" in letters.inner_text()
        quote = letters.locator("blockquote").inner_text()
        assert quote.endswith("should never be sent out in the name of a councillor.")
        context.close()
