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
