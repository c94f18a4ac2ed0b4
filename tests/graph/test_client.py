"""The Graph client: throttling, paging, immutable ids, concurrency per mailbox, permission errors."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from connectors.graph.client import GraphClient, GraphError
from tests.graph.conftest import GRAPH

USER = "/users/clerk@example-council.gov.uk"


def test_a_throttled_request_is_retried_after_the_seconds_retry_after_gives(client, mock, sleeps):
    # throttling.md: "429 Too Many Requests ... A suggested wait time is returned in the response
    # header of the failed request" (Retry-After, in seconds); wait that long, then retry.
    route = mock.get(f"{GRAPH}{USER}/mailFolders/drafts").mock(side_effect=[
        httpx.Response(429, headers={"Retry-After": "7"},
                       json={"error": {"code": "ApplicationThrottled",
                                       "message": "Application is over its MailboxConcurrency limit."}}),
        httpx.Response(200, json={"id": "AAMkADrafts", "displayName": "Drafts"}),
    ])
    assert client.get_json(f"{USER}/mailFolders/drafts", mailbox="clerk")["id"] == "AAMkADrafts"
    assert route.call_count == 2
    assert sleeps == [7.0]
    for call in route.calls:  # every attempt carries a fresh bearer and asks for immutable ids
        assert call.request.headers["Prefer"] == 'IdType="ImmutableId"'
        assert call.request.headers["Authorization"].startswith("Bearer ")


def test_503_without_retry_after_backs_off_exponentially_then_gives_up_retryable(client, mock, sleeps):
    route = mock.get(f"{GRAPH}{USER}/messages/x").respond(503, json={"error": {"code": "ServiceUnavailable",
                                                                              "message": "busy"}})
    with pytest.raises(GraphError) as caught:
        client.get_json(f"{USER}/messages/x")
    assert route.call_count == 6 and len(sleeps) == 5
    assert all(0 <= s <= 30 for s in sleeps)
    assert caught.value.retryable and caught.value.status == 503


def test_paging_follows_odata_next_link(client, mock):
    next_link = f"{GRAPH}/groups/g1/members?$top=2&$skiptoken=X'4453707402000100'"
    route = mock.get(f"{GRAPH}/groups/g1/members").mock(side_effect=[
        httpx.Response(200, json={"value": [{"id": "1"}, {"id": "2"}], "@odata.nextLink": next_link}),
        httpx.Response(200, json={"value": [{"id": "3"}]}),
    ])
    ids = [item["id"] for item in client.items("/groups/g1/members", params={"$top": "2"})]
    assert ids == ["1", "2", "3"]
    assert route.calls[1].request.url.params["$skiptoken"] == "X'4453707402000100'"


def test_a_next_link_that_repeats_itself_is_an_error_not_a_loop(client, mock):
    link = f"{GRAPH}/groups/g1/members?$skiptoken=same"
    mock.get(f"{GRAPH}/groups/g1/members").respond(200, json={"value": [], "@odata.nextLink": link})
    with pytest.raises(GraphError, match="repeats"):
        list(client.items("/groups/g1/members"))


def test_a_next_link_to_another_host_is_refused(client, mock):
    mock.get(f"{GRAPH}/groups/g1/members").respond(200, json={
        "value": [], "@odata.nextLink": "https://evil.example/steal?$skiptoken=1"})
    with pytest.raises(GraphError, match="refusing a link to evil.example"):
        list(client.items("/groups/g1/members"))


def test_access_policy_refusal_names_the_policy_not_a_permission(client, mock):
    # auth-limit-mailbox-access.md: a mailbox outside the policy answers
    # {"error": {"code": "ErrorAccessDenied", "message": "Access to OData is disabled."}}
    mock.get(f"{GRAPH}{USER}/messages/m1").respond(403, json={
        "error": {"code": "ErrorAccessDenied", "message": "Access to OData is disabled."}})
    with pytest.raises(GraphError) as caught:
        client.get_json(f"{USER}/messages/m1")
    text = str(caught.value)
    assert "application access policy" in text and "RBAC for Applications" in text
    assert caught.value.retryable is False


def test_a_missing_send_permission_names_mail_send(client, mock):
    mock.post(f"{GRAPH}{USER}/messages/m1/send").respond(403, json={
        "error": {"code": "ErrorAccessDenied", "message": "Access is denied. Check credentials and try again."}})
    with pytest.raises(GraphError, match="Mail.Send"):
        client.request("POST", f"{USER}/messages/m1/send")


def test_a_refused_token_says_what_to_check(client, mock):
    mock.get(f"{GRAPH}{USER}/messages/m1").respond(401, json={
        "error": {"code": "InvalidAuthenticationToken", "message": "Access token validation failure."}})
    with pytest.raises(GraphError, match="tenant_id and graph.client_id"):
        client.get_json(f"{USER}/messages/m1")


def test_at_most_four_requests_are_in_flight_per_mailbox(mock):
    in_flight, peak, lock = 0, 0, threading.Condition()
    release = threading.Event()

    def slow(request):
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
            lock.notify_all()
        release.wait(10)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={"id": "x"})

    mock.get(f"{GRAPH}{USER}/messages/x").mock(side_effect=slow)
    client = GraphClient(httpx.Client(base_url=GRAPH), lambda: "token", max_concurrency=4)
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(client.get_json, f"{USER}/messages/x", mailbox="clerk") for _ in range(8)]
        with lock:
            assert lock.wait_for(lambda: in_flight == 4, timeout=10)
        release.set()
        assert all(f.result()["id"] == "x" for f in futures)
    assert peak == 4


def test_more_than_four_concurrent_requests_per_mailbox_is_refused_as_a_setting():
    with pytest.raises(ValueError, match="1..4"):
        GraphClient(httpx.Client(base_url=GRAPH), lambda: "t", max_concurrency=5)
