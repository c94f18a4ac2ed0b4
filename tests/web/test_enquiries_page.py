"""The desk's Enquiries page over the demo council: enquiries made by the real worker and tracker."""

from __future__ import annotations

import re

from app.enquiries.jobs import tick
from app.store.councils import CouncilCache
from tests.enquiries.mail import message

CLERK, DEPUTY = "clerk@example-council.gov.uk", "alex.reed@example-council.gov.uk"
HADDAD, SHAH = "cllr.haddad@example-council.gov.uk", "cllr.shah@example-council.gov.uk"


def seed_enquiries(desk) -> None:
    """Three councillor enquiries: one answered in two working days, one never, one to a mailbox not watched."""
    outbox = desk.folder / "outbox"
    outbox.joinpath("e1.eml").write_bytes(message(
        sender=f"Cllr Omar Haddad <{HADDAD}>", to=[CLERK], subject="Allotment waiting list",
        body="Dear Sam,\n\nWhat is the latest on the allotment waiting list?\n\nOmar", message_id="<e1@example>"))
    outbox.joinpath("e2.eml").write_bytes(message(
        sender=f"Cllr Priya Shah <{SHAH}>", to=[CLERK], subject="Bus shelter grant",
        body="Could you confirm whether the bus shelter grant has arrived?", message_id="<e2@example>"))
    outbox.joinpath("e3.eml").write_bytes(message(
        sender=f"Cllr Priya Shah <{SHAH}>", to=[DEPUTY], subject="Hall keys",
        body="Alex, can you leave the hall keys at the library for Saturday?", message_id="<e3@example>"))
    desk.drain()
    tick(desk.sessions, CouncilCache(), now=desk.clock())
    desk.clock.advance(days=2)
    outbox.joinpath("r1.eml").write_bytes(message(
        sender=f"Sam Morgan <{CLERK}>", to=[HADDAD], subject="RE: Allotment waiting list",
        body="Dear Cllr Haddad,\n\nThere are 14 people waiting; two plots free up in March.\n\nSam",
        message_id="<r1@example>", in_reply_to="<e1@example>", references=["<e1@example>"]))
    desk.drain()
    tick(desk.sessions, CouncilCache(), now=desk.clock())
    desk.clock.advance(days=20)  # well past Leigh-on-Sea's 10 working days
    tick(desk.sessions, CouncilCache(), now=desk.clock())


def listed(html: str) -> dict[str, str]:
    """Subject -> status class of each row of the enquiries table."""
    table = html.split('id="enquiries"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr class="status-([a-z-]+)">(.*?)</tr>', table, re.S)
    return {re.search(r'<a href="/review/messages/\d+">([^<]*)</a>', row).group(1): status for status, row in rows}


def figures(html: str) -> dict[str, list[str]]:
    """Group -> its cells in the figures table."""
    table = html.split('id="figures"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><th scope=\"row\"[^>]*>([^<]*)</th>(.*?)</tr>", table, re.S)
    return {name: [re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", cells, re.S)]
            for name, cells in rows}


def test_the_page_lists_each_enquiry_with_its_status_and_the_figures(reviewer, desk):
    seed_enquiries(desk)
    page = reviewer.get("/review/enquiries")
    assert page.status_code == 200
    assert "A timely response from Officers to enquiries and complaints;" in page.text  # Leigh-on-Sea §3.1
    assert listed(page.text) == {"Allotment waiting list": "answered", "Bus shelter grant": "overdue",
                                 "Hall keys": "not-visible"}
    assert "What is the latest on the allotment waiting list?" in page.text
    # by service: none of the demo officers names a service; asked, answered, late, overdue, median, p90, not visible
    assert figures(page.text) == {"(no service named)": ["3", "1", "0", "1", "2", "2", "1"]}
    overdue = reviewer.get("/review/enquiries", params={"status": "overdue"}).text
    assert listed(overdue) == {"Bus shelter grant": "overdue"}
    by_councillor = figures(reviewer.get("/review/enquiries", params={"by": "councillor"}).text)
    assert by_councillor["Councillor Priya Shah"][:4] == ["2", "0", "0", "1"]
    assert by_councillor["Councillor Omar Haddad"][:2] == ["1", "1"]


def test_the_page_needs_a_signed_in_user(client):
    response = client.get("/review/enquiries")
    assert response.status_code in (303, 401)


def test_odd_filters_are_refused_or_ignored(reviewer, desk):
    assert reviewer.get("/review/enquiries", params={"status": "<script>"}).status_code == 422
    assert reviewer.get("/review/enquiries", params={"by": "nonsense"}).status_code == 200
