"""The add-in's side of the service: tokens instead of API keys, files, CORS, submit-for-review, send-anyway."""

from __future__ import annotations

from sqlalchemy import select

from app.store.tables import AuditEvent, Mailbox, MessageRecord
from tests.addin.conftest import BASE, CLERK_ADDRESS, OTHER_TENANT
from tests.api.support import EVALUATE, auth

HOLD = {
    "from": {"emailAddress": {"name": "Helen Symmons", "address": CLERK_ADDRESS}},
    "toRecipients": [{"emailAddress": {"name": "Ann Fletcher", "address": "ann.fletcher@example.com"}}],
    "subject": "Private and confidential: complaint",
    "body": {"contentType": "text", "content": "Private and confidential.\n\nHelen"},
    "attachments": [{"@odata.type": "#microsoft.graph.fileAttachment", "name": "complaint.pdf", "size": 0}],
}
ALLOW = {**HOLD, "subject": "Allotments", "body": {"contentType": "text", "content": "The list opens in May."},
         "attachments": []}


def test_a_governed_user_with_a_valid_token_gets_a_verdict(client, keys):
    body = client.post(EVALUATE, json=ALLOW, headers=auth(keys.token())).json()
    assert body["verdict"] == "allow" and body["hold_id"] is None


def test_the_api_key_still_works_beside_the_token(client, councils):
    response = client.post(EVALUATE, json=ALLOW, headers=auth(councils["api_key"]))
    assert response.status_code == 200 and response.json()["verdict"] == "allow"


def test_bad_tokens_get_no_verdict(client, keys, sessions):
    for token in (keys.token(aud="api://elsewhere"), keys.token(tid=OTHER_TENANT), keys.token(exp=1, iat=0),
                  "not-a-jwt"):
        response = client.post(EVALUATE, json=ALLOW, headers=auth(token))
        assert response.status_code == 401, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
    with sessions() as session:
        assert session.scalars(select(MessageRecord)).all() == []  # nothing was checked or recorded


def test_a_person_outside_the_directory_is_refused(client, keys):
    for user in ("ann.fletcher@example.com", "rclarke@clarkewardle.co.uk"):  # a resident; a partner
        response = client.post(EVALUATE, json=ALLOW, headers=auth(keys.token(preferred_username=user)))
        assert response.status_code == 403 and "not a councillor or officer" in response.json()["detail"]


def test_the_held_draft_is_submitted_for_review_once(client, keys, sessions):
    held = client.post(EVALUATE, json=HOLD, headers=auth(keys.token())).json()
    assert held["verdict"] == "hold" and held["hold_id"]
    url = f"/api/v1/held/{held['hold_id']}/submit-draft"
    first = client.post(url, json={"itemId": "AAMkRestId=="}, headers=auth(keys.token()))
    again = client.post(url, json={"itemId": "AAMkRestId=="}, headers=auth(keys.token()))
    assert first.status_code == 200 and first.json() == {"hold_id": held["hold_id"], "state": "held",
                                                        "source_ref": "AAMkRestId=="}
    assert again.status_code == 200
    with sessions() as session:
        record = session.get(MessageRecord, held["hold_id"])
        assert record.source_ref == "AAMkRestId=="
        events = session.scalars(select(AuditEvent).where(AuditEvent.event == "message.submitted_for_review")).all()
        assert [(e.message_id, e.actor, e.data["item_id"]) for e in events] == [
            (held["hold_id"], f"addin:{CLERK_ADDRESS}", "AAMkRestId==")]


def test_only_the_sender_may_submit_and_only_a_held_message(client, keys):
    held = client.post(EVALUATE, json=HOLD, headers=auth(keys.token())).json()
    allowed = client.post(EVALUATE, json=ALLOW, headers=auth(keys.token())).json()
    other = keys.token(preferred_username="marcus.reid@hartsbourne-tc.gov.uk")
    assert client.post(f"/api/v1/held/{held['hold_id']}/submit-draft", json={"itemId": "x"},
                       headers=auth(other)).status_code == 403
    assert client.post(f"/api/v1/held/{allowed['record_id']}/submit-draft", json={"itemId": "x"},
                       headers=auth(keys.token())).status_code == 409
    assert client.post("/api/v1/held/999999/submit-draft", json={"itemId": "x"},
                       headers=auth(keys.token())).status_code == 404
    assert client.post(f"/api/v1/held/{held['hold_id']}/submit-draft", json={"itemId": ""},
                       headers=auth(keys.token())).status_code == 422


def test_a_send_without_a_verdict_is_recorded_once_however_often_it_is_reported(client, keys, sessions):
    report = {"id": "rk2x9f0a1b2c3d4", "subject": "Budget", "recipients": 2, "reason": "no answer in time",
              "at": "2026-03-02T09:00:00Z"}
    first = client.post("/api/v1/addin/sent-anyway", headers=auth(keys.token()), json=report)
    again = client.post("/api/v1/addin/sent-anyway", headers=auth(keys.token()), json=report)  # its answer was lost
    assert (first.status_code, first.json()) == (200, {"id": report["id"], "recorded": True})
    assert (again.status_code, again.json()) == (200, {"id": report["id"], "recorded": False})
    with sessions() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.event == "message.sent_anyway")).one()
        assert event.actor == f"addin:{CLERK_ADDRESS}" and event.data["reason"] == "no answer in time"
        assert event.data["report_id"] == report["id"]


def test_a_report_without_a_usable_id_is_refused(client, keys):
    for bad in ({}, {"id": "short"}, {"id": "has spaces in it"}):
        response = client.post("/api/v1/addin/sent-anyway", headers=auth(keys.token()),
                               json={"subject": "Budget", **bad})
        assert response.status_code == 422, bad


def test_config_tells_the_handler_the_councils_choice(client, keys):
    assert client.get("/addin/config").status_code == 401
    body = client.get("/addin/config", headers=auth(keys.token())).json()
    assert body["on_unavailable"] == "hard-block" and body["timeout_ms"] == 4000


def test_the_verdict_carries_the_councils_block_mode_for_the_add_in_only(client, keys, councils):
    assert client.post(EVALUATE, json=ALLOW, headers=auth(keys.token())).json()["on_unavailable"] == "hard-block"
    assert client.post(EVALUATE, json=ALLOW, headers=auth(councils["api_key"])).json()["on_unavailable"] is None


def test_a_from_that_is_not_the_signed_in_user_is_refused_and_reported(client, keys, sessions):
    from app.store.tables.addin import AddinProblem

    for sender in ("marcus.reid@hartsbourne-tc.gov.uk", None):
        message = {**HOLD, "from": {"emailAddress": {"name": "M", "address": sender}}} if sender else {
            k: v for k, v in HOLD.items() if k != "from"}
        response = client.post(EVALUATE, json=message, headers=auth(keys.token()))
        assert response.status_code == 403, response.text
        assert f"signed in as {CLERK_ADDRESS}" in response.json()["detail"]
    with sessions() as session:
        assert session.scalars(select(MessageRecord)).all() == []  # filed under nobody
        problems = session.scalars(select(AddinProblem).order_by(AddinProblem.id)).all()
        assert [(p.kind, p.subject) for p in problems] == [
            ("from-mismatch", f"{CLERK_ADDRESS} as marcus.reid@hartsbourne-tc.gov.uk"),
            ("from-mismatch", f"{CLERK_ADDRESS} as (none)")]
        audited = session.scalars(select(AuditEvent).where(AuditEvent.event == "addin.setup_problem")).all()
        assert [e.data["kind"] for e in audited] == ["from-mismatch", "from-mismatch"]
    same = client.post(EVALUATE, json={**HOLD, "from": {"emailAddress": {"address": CLERK_ADDRESS.upper()}}},
                       headers=auth(keys.token()))
    assert same.status_code == 200  # the signed-in user's own address, in any case
    # signed in with her UPN, sending from her mailbox's primary address: one person in the directory
    upn = keys.token(preferred_username="helen.symmons@hartsbourne-tc.gov.uk")
    own = client.post(EVALUATE, json=HOLD, headers=auth(upn))
    assert own.status_code == 200 and own.json()["verdict"] == "hold"
    submitted = client.post(f"/api/v1/held/{own.json()['hold_id']}/submit-draft", json={"itemId": "AAMkUpn=="},
                            headers=auth(upn))
    assert submitted.status_code == 200


def test_the_add_in_files_are_served_with_their_types(client):
    expected = {
        "/addin/commands.html": "text/html", "/addin/assets/icon-16.png": "image/png",
        "/addin/assets/icon-128.png": "image/png", "/addin/launchevent.js": "text/javascript",
        "/addin/manifest.xml": "application/xml", "/.well-known/microsoft-officeaddins-allowed.json": "application/json",
    }
    for path, media_type in expected.items():
        response = client.get(path)
        assert response.status_code == 200 and response.headers["content-type"].startswith(media_type), path
    script = client.get("/addin/launchevent.js").text
    assert script.startswith('var MAILGUARD_CONFIG = {"baseUrl": "%s"' % BASE)
    assert client.get("/.well-known/microsoft-officeaddins-allowed.json").json() == {
        "allowed": [f"{BASE}/addin/launchevent.js"]}
    assert f'DefaultValue="{BASE}/addin/launchevent.js"' in client.get("/addin/manifest.xml").text
    assert client.get("/addin/../app/settings.py").status_code == 404
    assert client.get("/addin/make_icons.py").status_code == 404


def test_cors_admits_only_the_add_in_origin(client):
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization,content-type"}
    ok = client.options(EVALUATE, headers={"Origin": BASE, **preflight})
    assert ok.status_code == 200 and ok.headers["access-control-allow-origin"] == BASE
    other = client.options(EVALUATE, headers={"Origin": "https://evil.example", **preflight})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    simple = client.get("/healthz", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in simple.headers


def test_the_add_in_checks_only_the_signed_in_users_own_mailbox(client, keys, sessions):
    body = client.post(EVALUATE, params={"mailbox": "office@hartsbourne-tc.gov.uk", "stage": "post-send"},
                       json=HOLD, headers=auth(keys.token())).json()
    assert body["verdict"] == "hold" and body["state"] == "held"  # pre-send: the add-in asks before sending
    with sessions() as session:
        record = session.get(MessageRecord, body["record_id"])
        assert session.get(Mailbox, record.mailbox_id).address == CLERK_ADDRESS


def test_a_submitted_draft_is_handed_to_the_senders_microsoft_365_mailbox(client, keys, sessions, councils):
    """When MailGuard watches the sender's mailbox through Graph, its connector takes the draft over."""
    from app.store import records as store
    from app.store.tables import Council, Intent
    from tests.addin.conftest import START

    with sessions() as session:
        graph = store.ensure_mailbox(session, session.get(Council, councils["id"]), kind="graph",
                                     address=CLERK_ADDRESS, now=START)
        session.commit()
        graph_id = graph.id
    held = client.post(EVALUATE, json=HOLD, headers=auth(keys.token())).json()
    url = f"/api/v1/held/{held['hold_id']}/submit-draft"
    assert client.post(url, json={"itemId": "AAMkRestId=="}, headers=auth(keys.token())).status_code == 200
    assert client.post(url, json={"itemId": "AAMkRestId2=="}, headers=auth(keys.token())).status_code == 200
    with sessions() as session:
        record = session.get(MessageRecord, held["hold_id"])
        assert (record.mailbox_id, record.source_ref) == (graph_id, "AAMkRestId2==")
        intents = session.scalars(select(Intent).where(Intent.message_id == record.id)).all()
        assert [(i.kind, i.mailbox_id) for i in intents] == [("hold", graph_id)]  # once, on the Graph mailbox
