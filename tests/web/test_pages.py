"""The review pages through TestClient over a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import re

from sqlalchemy import select

from app.store.tables import Decision, Intent
from tests.web.conftest import sign_in
from tests.web.support import CLERK_ALIAS, MONITOR, OTHER, PASSWORD, csrf_of


def test_pages_need_a_sign_in_and_come_back_after_it(client):
    response = client.get("/review/messages/1")
    assert response.status_code == 303
    assert response.headers["location"] == "/login?next=%2Freview%2Fmessages%2F1"


def test_the_queue_lists_held_messages_oldest_first_with_sender_rule_and_clause(reviewer, desk):
    page = reviewer.get("/review/")
    assert page.status_code == 200
    html = page.text
    assert "Verge cutting on Church Lane" in html and "CONFIDENTIAL: staffing complaint update" in html
    assert "Allotment waiting list" not in html  # annotated and delivered, not held
    assert html.index("staffing complaint") < html.index("Verge cutting")  # recorded first, listed first
    assert "councillor-name-letter" in html and "§6" in html
    assert 'class="role role-councillor">councillor' in html
    assert page.headers["content-security-policy"].startswith("default-src 'none'")
    assert page.headers["cache-control"] == "no-store"


def test_queue_filters_by_rule_sender_and_age(reviewer, desk):
    by_rule = reviewer.get("/review/", params={"rule": "councillor-name-letter"}).text
    assert "Verge cutting" in by_rule and "staffing complaint" not in by_rule
    by_sender = reviewer.get("/review/", params={"sender": "CLERK@example-council.gov.uk"}).text
    assert "staffing complaint" in by_sender and "Verge cutting" not in by_sender
    assert "No held messages match" in reviewer.get("/review/", params={"age": "1h"}).text
    desk.clock.advance(hours=2)
    assert "Verge cutting" in reviewer.get("/review/", params={"age": "1h"}).text


def test_a_message_page_shows_roles_evidence_in_place_and_the_clause(reviewer, desk):
    html = reviewer.get(f"/review/messages/{desk.held['verge']}").text
    assert 'role-councillor">councillor' in html and 'role-external">external' in html
    assert re.search(r'<mark id="ev-\d+"[^>]*>You must cut the verges', html)
    assert "Protocol clause 6" in html and "create obligations or give instructions" in html
    assert 'href="#ev-1"' in html


def test_the_senders_markup_never_reaches_our_origin(reviewer, desk, sessions):
    from app.store.tables import MessageRecord

    with sessions() as session:
        record = session.get(MessageRecord, desk.held["verge"])
        record.raw_mime = (b"From: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nTo: a@b.example\r\n"
                           b"Subject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                           b"<p onclick='steal()'>You must cut</p><script>alert(1)</script>"
                           b"<img src='https://tracker.example/p.gif'>")
        session.commit()
    page = reviewer.get(f"/review/messages/{desk.held['verge']}").text
    assert "<script>alert" not in page and "onclick" not in page
    assert "<iframe" in page and " sandbox " in page
    frame = reviewer.get(f"/review/messages/{desk.held['verge']}/body.html")
    assert "script" not in frame.text and "onclick" not in frame.text and "<p>You must cut</p>" in frame.text
    assert "sandbox" in frame.headers["content-security-policy"]
    assert "img-src data:" in frame.headers["content-security-policy"]


def test_release_records_who_when_why_and_queues_delivery(reviewer, desk, sessions):
    path = f"/review/messages/{desk.held['verge']}"
    token = csrf_of(reviewer.get(path).text)
    response = reviewer.post(f"{path}/release", data={"csrf_token": token, "mode": "as-sent",
                                                      "reason": "Agreed with the clerk beforehand"})
    assert response.status_code == 303
    with sessions() as session:
        decision = session.scalars(select(Decision).where(Decision.message_id == desk.held["verge"])).one()
        assert (decision.kind, decision.actor, decision.reason) == (
            "release", "alex.reed@example-council.gov.uk", "Agreed with the clerk beforehand")
        kinds = {i.kind for i in session.scalars(select(Intent).where(Intent.message_id == decision.message_id))}
        assert {"deliver", "notify"} <= kinds
    page = reviewer.get(path).text
    assert "message.released" in page and "Agreed with the clerk beforehand" in page
    assert "Released as sent" in reviewer.get("/review/decisions").text


def test_overriding_a_hold_needs_a_reason(reviewer, desk, sessions):
    path = f"/review/messages/{desk.held['verge']}"
    token = csrf_of(reviewer.get(path).text)
    response = reviewer.post(f"{path}/release", data={"csrf_token": token, "reason": "   "})
    assert response.status_code == 422 and "needs a reason" in response.text
    response = reviewer.post(f"{path}/return", data={"csrf_token": token, "reason": ""})
    assert response.status_code == 422
    with sessions() as session:
        assert session.scalars(select(Decision)).all() == []


def test_a_second_decision_is_a_conflict_not_a_second_delivery(reviewer, desk):
    path = f"/review/messages/{desk.held['verge']}"
    token = csrf_of(reviewer.get(path).text)
    assert reviewer.post(f"{path}/return", data={"csrf_token": token, "reason": "Use an officer"}).status_code == 303
    again = reviewer.post(f"{path}/release", data={"csrf_token": token, "reason": "changed my mind"})
    assert again.status_code == 409


def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(reviewer, desk, sessions):
    path = f"/review/messages/{desk.held['verge']}/return"
    assert reviewer.post(path, data={"reason": "no token"}).status_code == 403
    assert reviewer.post(path, data={"reason": "bad token", "csrf_token": "x" * 43}).status_code == 403
    with sessions() as session:
        assert session.scalars(select(Decision)).all() == []


def test_nobody_decides_on_their_own_message_even_from_another_address(client, desk, sessions):
    assert sign_in(client, CLERK_ALIAS).status_code == 303
    path = f"/review/messages/{desk.held['confidential']}"  # sent from clerk@, the same person
    page = client.get(path)
    assert page.status_code == 200 and "another reviewer must decide" in page.text
    assert 'action="/review/messages' not in page.text
    response = client.post(f"{path}/release", data={"csrf_token": csrf_of(page.text), "reason": "fine"})
    assert response.status_code == 403
    with sessions() as session:
        assert session.scalars(select(Decision)).all() == []


def test_a_message_without_a_from_still_belongs_to_the_owner_of_its_mailbox(client, reviewer, desk, sessions):
    path = f"/review/messages/{desk.held['unreadable']}"  # no From: at all, dropped in the clerk's outbox
    with sessions() as session:
        from app.store.tables import MessageRecord
        assert session.get(MessageRecord, desk.held["unreadable"]).sender == ""
    assert sign_in(client, CLERK_ALIAS).status_code == 303  # the clerk owns that mailbox
    page = client.get(path)
    assert page.status_code == 200 and "came from your mailbox" in page.text
    response = client.post(f"{path}/release", data={"csrf_token": csrf_of(page.text), "reason": "mine, fine"})
    assert response.status_code == 403
    with sessions() as session:
        assert session.scalars(select(Decision)).all() == []


def test_another_councils_message_is_not_found(reviewer, desk):
    path = f"/review/messages/{desk.other_record_id}"
    assert reviewer.get(path).status_code == 404
    token = csrf_of(reviewer.get("/review/").text)
    assert reviewer.post(f"{path}/release", data={"csrf_token": token, "reason": "x"}).status_code == 404
    assert "Elsewhere instruction" not in reviewer.get("/review/").text


def test_the_other_council_sees_its_own_only(client, desk):
    assert sign_in(client, OTHER).status_code == 303
    html = client.get("/review/").text
    assert "Elsewhere instruction" in html and "Verge cutting" not in html


def test_a_monitoring_officer_reads_everything_and_decides_nothing(client, desk):
    assert sign_in(client, MONITOR).status_code == 303
    page = client.get(f"/review/messages/{desk.held['verge']}")
    assert page.status_code == 200 and "only a reviewer can decide" in page.text
    response = client.post(f"/review/messages/{desk.held['verge']}/release",
                           data={"csrf_token": csrf_of(page.text), "reason": "I say so"})
    assert response.status_code == 403


def test_login_throttling_engages_after_five_failures_and_is_shared_through_the_db(client, desk):
    for _ in range(5):
        assert sign_in(client, password="wrong password!").status_code == 401
    refused = sign_in(client)  # the right password, but throttled
    assert refused.status_code == 429 and "too many failed sign-ins" in refused.text
    desk.clock.advance(minutes=16)
    assert sign_in(client).status_code == 303


def test_sign_out_ends_the_session_for_every_copy_of_the_cookie(reviewer):
    cookies = dict(reviewer.cookies)
    token = csrf_of(reviewer.get("/review/").text)
    assert reviewer.post("/logout", data={"csrf_token": token}).status_code == 303
    reviewer.cookies.clear()
    for name, value in cookies.items():
        reviewer.cookies.set(name, value)
    assert reviewer.get("/review/").status_code == 303  # the old cookie no longer signs in


def test_session_cookie_is_httponly_lax_and_secure_by_default(db_url, sessions, desk):
    from fastapi.testclient import TestClient

    from app.main import create_app
    from app.settings import Settings

    app = create_app(Settings(database_url=db_url), sessionmaker=sessions)
    with TestClient(app, base_url="https://testserver") as client:
        cookie = client.get("/login").headers["set-cookie"]
    assert cookie.startswith("__Host-mailguard=")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Secure" in cookie and "Path=/" in cookie


def test_the_next_parameter_cannot_send_people_off_site(client):
    token = csrf_of(client.get("/login").text)
    response = client.post("/login", data={"email": "alex.reed@example-council.gov.uk", "password": PASSWORD,
                                           "csrf_token": token, "next": "https://evil.example/review"})
    assert response.headers["location"] == "/review/"
