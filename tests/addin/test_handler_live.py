"""The Smart Alerts handler under node against the running service, for each add-in item of issue 13.

The handler is the script the service serves; node's real fetch talks to uvicorn on a loopback
port; Entra and the user's mailbox in Graph are respx stand-ins (tests/addin/live.py).
"""

from __future__ import annotations

import json
from email.message import EmailMessage

import httpx
import pytest
import respx
from sqlalchemy import func, select

from app.errors import Conflict
from app.review.decisions import release, return_to_sender
from app.store.tables import AuditEvent, Intent, MessageRecord
from tests.addin.conftest import CLERK_ADDRESS, Keys
from tests.addin.live import (
    Draft,
    OutlookStandIn,
    closed_port,
    entra_and_graph,
    live_service,
    never_answers,
    run_handler,
    served_config,
    with_base_url,
)
from tests.timing import drain_worker

CLERK = {"displayName": "Helen Symmons", "emailAddress": CLERK_ADDRESS}
TO = [{"displayName": "Ann Fletcher", "emailAddress": "ann.fletcher@example.com", "recipientType": "externalUser"}]
CONFIDENTIAL = "Private and confidential.\n\nHelen"


def compose(subject: str, body: str, **more) -> dict:
    return {"userProfile": CLERK, "to": TO, "subject": subject, "body": body, **more}


def exchange_draft(subject: str, body: str) -> bytes:
    """The same draft as Exchange keeps it: with a Message-ID of its own (the add-in never saw one)."""
    msg = EmailMessage()
    msg["From"] = f"Helen Symmons <{CLERK_ADDRESS}>"
    msg["To"] = "Ann Fletcher <ann.fletcher@example.com>"
    msg["Subject"] = subject
    msg["Message-ID"] = "<AM0PR01MB0001.draft@eurprd01.prod.exchangelabs.com>"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.fixture
def keys() -> Keys:
    return Keys()


@pytest.fixture
def mailbox() -> OutlookStandIn:
    return OutlookStandIn(CLERK_ADDRESS)


@pytest.fixture
def microsoft(keys, mailbox):
    with respx.mock(assert_all_called=False, assert_all_mocked=True) as router:
        entra_and_graph(router, keys, mailbox)
        yield router


def drain(worker) -> None:
    drain_worker(worker, passes=40)


def test_a_held_draft_is_one_record_and_once_returned_is_never_sent(tmp_path, keys, mailbox, microsoft):
    with live_service(tmp_path) as live:
        script, token = live.script(), keys.token()
        sent = run_handler(tmp_path, script, token, compose("Private and confidential: complaint", CONFIDENTIAL))
        completed = sent["completed"]
        assert completed["allowEvent"] is False and completed["commandId"] == "mgSubmitForReview"
        hold_id = json.loads(completed["contextData"])["holdId"]

        # Submit for review: Outlook saves the draft; the add-in names it by its REST id.
        mailbox.add(Draft(rest_id="AAMkRestDraft1", immutable_id="AAkALgImmutableDraft1",
                          mime=exchange_draft("Private and confidential: complaint", CONFIDENTIAL)))
        submitted = run_handler(tmp_path, script, token, compose(
            "Private and confidential: complaint", CONFIDENTIAL, initContext=completed["contextData"],
            ewsId="AAMkEwsDraft1", restId="AAMkRestDraft1"), action="submit")
        assert submitted["requests"][-1]["status"] == 200

        # The worker moves the draft into "Held for review", and then meets it there.
        worker = live.worker(mailbox)
        drain(worker)
        drain(worker)
        assert mailbox.drafts["AAkALgImmutableDraft1"].folder == "AAMkHeldFolder"
        with live.sessions() as session:
            records = session.scalars(select(MessageRecord)).all()
            assert [(r.id, r.state, r.source_ref) for r in records] == [(hold_id, "held", "AAkALgImmutableDraft1")]
            # known from now on by the draft's own Message-ID, as a draft the connector found itself would be
            assert records[0].internet_message_id == "<AM0PR01MB0001.draft@eurprd01.prod.exchangelabs.com>"

        with live.sessions() as session:
            return_to_sender(session, live.council_id, hold_id, actor="mo@hartsbourne-tc.gov.uk",
                             reason="Take the complainant's name out first", now=_now())
        drain(worker)
        drain(worker)  # and the connector reads the folders again
        assert mailbox.drafts["AAkALgImmutableDraft1"].folder == "AAMkDraftsFolder"
        with live.sessions() as session:
            assert session.scalar(select(func.count()).select_from(MessageRecord)) == 1
            assert session.scalars(select(MessageRecord.state)).all() == ["returned"]
            with pytest.raises(Conflict):  # nothing left that a reviewer could release
                release(session, live.council_id, hold_id, actor="mo@hartsbourne-tc.gov.uk", mode="as-sent",
                        reason="changed my mind", now=_now())
        assert mailbox.sends == []


def test_a_released_draft_is_sent_once_by_its_one_record(tmp_path, keys, mailbox, microsoft):
    with live_service(tmp_path) as live:
        script, token = live.script(), keys.token()
        completed = run_handler(tmp_path, script, token, compose("Private and confidential: complaint",
                                                                 CONFIDENTIAL))["completed"]
        hold_id = json.loads(completed["contextData"])["holdId"]
        mailbox.add(Draft(rest_id="AAMkRestDraft2", immutable_id="AAkALgImmutableDraft2",
                          mime=exchange_draft("Private and confidential: complaint", CONFIDENTIAL)))
        run_handler(tmp_path, script, token, compose("x", "y", initContext=completed["contextData"],
                                                     restId="AAMkRestDraft2"), action="submit")
        worker = live.worker(mailbox)
        drain(worker)
        with live.sessions() as session:
            release(session, live.council_id, hold_id, actor="mo@hartsbourne-tc.gov.uk", mode="as-sent",
                    reason="the complainant is entitled to it", now=_now())
        drain(worker)
        drain(worker)
        assert mailbox.sends == ["AAkALgImmutableDraft2"]
        with live.sessions() as session:
            assert session.scalars(select(MessageRecord.state)).all() == ["delivered"]
            kinds = sorted(i.kind for i in session.scalars(select(Intent)))
            assert kinds.count("deliver") == 1


def test_an_outage_honours_the_councils_hard_block_it_was_told_of_before(tmp_path, keys, microsoft):
    with live_service(tmp_path, on_unavailable="hard-block") as live:
        script, token = live.script(), keys.token()
        assert served_config(script)["onUnavailable"] == "soft-block"  # the deployment default says otherwise
        online = run_handler(tmp_path, script, token, compose("Allotments", "The list opens in May."))
        assert online["completed"] == {"allowEvent": True}
        assert online["roaming"]["mailguard.onUnavailable"] == "hard-block"

        down = run_handler(tmp_path, with_base_url(script, closed_port()), token,
                           compose("Allotments", "The list opens in May.", roaming=online["roaming"]))
        assert down["completed"]["allowEvent"] is False
        assert "sendModeOverride" not in down["completed"]  # no Send Anyway
        assert "requires a check before mail is sent" in down["completed"]["errorMessage"]


def test_a_hung_service_costs_one_bounded_wait_under_five_seconds(tmp_path, keys, microsoft):
    with live_service(tmp_path) as live, never_answers() as hung:
        script, token = live.script(), keys.token()
        config = served_config(script)
        assert config["timeoutMs"] <= 4500  # the whole wait, sign-in and verdict together
        result = run_handler(tmp_path, with_base_url(script, hung), token,
                             compose("Allotments", "The list opens in May.",
                                     roaming={"mailguard.onUnavailable": "hard-block"}))
        assert "no answer in time" in result["completed"]["errorMessage"]
        assert [r["url"].rsplit("/", 3)[-3:] for r in result["requests"]] == [["api", "v1", "evaluate"]]
        assert result["requests"][0]["error"] == "AbortError"  # given up at the deadline, not left open
        timers = [c for c in result["calls"] if c[0] == "timer"]
        assert timers == [["timer", config["timeoutMs"]]]  # one deadline for the whole send
        assert result["waitedMs"] < 5000


def test_sends_made_during_an_outage_are_reported_once(tmp_path, keys, microsoft):
    with live_service(tmp_path, on_unavailable="soft-block") as live:
        script, token = live.script(), keys.token()
        down = run_handler(tmp_path, with_base_url(script, closed_port()), token,
                           compose("Budget", "Figures attached."))
        assert down["completed"]["sendModeOverride"] == "promptUser"
        queued = down["roaming"]["mailguard.sentAnyway"]
        assert len(queued) == 1

        back = run_handler(tmp_path, script, token, compose("Allotments", "The list opens in May.",
                                                            roaming=down["roaming"]))
        assert back["completed"] == {"allowEvent": True}
        assert back["roaming"]["mailguard.sentAnyway"] == []
        # A lost acknowledgement: the same report sent again is not a second send.
        again = run_handler(tmp_path, script, token, compose("Allotments", "The list opens in May.",
                                                             roaming=down["roaming"]))
        posted = [r for r in again["requests"] if r["url"].endswith("/sent-anyway")]
        assert [r["status"] for r in posted] == [200]
        with live.sessions() as session:
            events = session.scalars(select(AuditEvent).where(AuditEvent.event == "message.sent_anyway")).all()
            assert [(e.actor, e.data["subject"], e.data["report_id"]) for e in events] == [
                (f"addin:{CLERK_ADDRESS}", "Budget", queued[0]["id"])]
            # and the Monitoring Officer's digest counts that one send once
            from datetime import timedelta

            from app.digest.content import outcome_totals
            from app.digest.period import Period
            from app.digest.query import period_rows

            now = _now()
            day = Period("daily", now - timedelta(hours=1), now + timedelta(hours=1), now.date(), now.date())
            assert outcome_totals(period_rows(session, live.council_id, day))["sent_anyway"] == 1


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


def test_a_503_with_retry_after_is_the_unavailable_path_and_nothing_is_asked_until_then(tmp_path, keys, microsoft):
    """Entra's signing keys cannot be read: the service answers 503 + Retry-After (it cannot judge any
    token), the handler applies the council's block mode and leaves the service alone for that long."""
    with live_service(tmp_path, on_unavailable="hard-block") as live:
        script, token = live.script(), keys.token()
        microsoft.routes["jwks"].side_effect = None  # Entra's keys endpoint fails from now on
        microsoft.routes["jwks"].return_value = httpx.Response(500, json={"error": "server_error"})
        first = run_handler(tmp_path, script, token, compose("Allotments", "The list opens in May.",
                                                             roaming={"mailguard.onUnavailable": "hard-block"}))
        assert [r["status"] for r in first["requests"]] == [503]
        completed = first["completed"]
        assert completed["allowEvent"] is False and "sendModeOverride" not in completed
        assert "service unavailable) (expected back in about 1 min)" in completed["errorMessage"]
        until = first["roaming"]["mailguard.unavailableUntil"]

        second = run_handler(tmp_path, script, token, compose("Allotments", "The list opens in May.",
                                                              roaming=first["roaming"]))
        assert second["requests"] == [] and second["completed"]["allowEvent"] is False
        assert second["roaming"]["mailguard.unavailableUntil"] == until
