"""Hostile held mail on the review desk: a page and a clear answer, never a stall or a 500."""

from __future__ import annotations

import pytest

from app.store.tables import MessageRecord
from tests import hostile


@pytest.mark.parametrize("build", [lambda: hostile.balanced_divs(100_000), lambda: hostile.nested_formatting_html(40_000),
                                   lambda: hostile.unclosed_tags_html(1024), lambda: hostile.deep_multipart(1000)],
                         ids=["balanced-divs-100k", "formatting-40k", "unclosed-1MB", "multipart-1000"])
@pytest.mark.timeout(120)
def test_a_hostile_held_message_shows_its_text_and_no_html_frame(reviewer, desk, sessions, build):
    with sessions() as session:
        record = session.get(MessageRecord, desk.held["verge"])
        record.raw_mime = build()
        session.commit()
    page = reviewer.get(f"/review/messages/{desk.held['verge']}")
    assert page.status_code == 200
    frame = reviewer.get(f"/review/messages/{desk.held['verge']}/body.html")
    # too costly to parse as HTML (or none at all): the text view only, no frame
    assert frame.status_code == 404 and "no HTML version" in frame.text
    assert "<iframe" not in page.text


def test_the_page_is_worked_out_once_per_message(reviewer, desk, sessions):
    with sessions() as session:
        record = session.get(MessageRecord, desk.held["verge"])
        record.raw_mime = hostile.balanced_divs(500)  # deep, but cheap enough to show
        session.commit()
    first = reviewer.get(f"/review/messages/{desk.held['verge']}")
    assert first.status_code == 200
    cache = reviewer.app.state.rendered
    assert desk.held["verge"] in cache._entries
    again = reviewer.get(f"/review/messages/{desk.held['verge']}/body.html")
    assert again.status_code == 200 and "Strictly confidential" in again.text
    assert list(cache._entries) == [desk.held["verge"]]
