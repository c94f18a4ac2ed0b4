"""A small Microsoft Graph client on an injected httpx.Client: retries, per-mailbox concurrency, paging.

- Throttling (Graph's throttling guidance): on 429 wait the seconds of
  `Retry-After`, then retry; 503/504 likewise, with exponential backoff when
  the header is missing. tenacity drives it; `sleep` is injectable.
- Outlook allows 4 concurrent requests per app and mailbox: one
  BoundedSemaphore per mailbox (held for one attempt, never across a wait).
- Every call carries `Prefer: IdType="ImmutableId"`, so message ids survive
  moves between folders and a sent draft keeps its id in Sent Items.
- 401/403 become errors that say which permission or access policy is missing. A 401 is first
  answered once with a new token (`on_unauthorized` drops the cached one): a token revoked or
  rotated before it expires would otherwise be reused until MSAL renews it, up to an hour.
- `repeat_unanswered=False` (POST /send): a request whose answer was lost (connection dropped,
  504) is not repeated blindly, since it may have been carried out; the caller looks first.
"""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator
from urllib.parse import urlsplit

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from connectors import ConnectorError

IMMUTABLE_IDS = 'IdType="ImmutableId"'
RETRY_STATUSES = frozenset({429, 503, 504})
UNANSWERED = frozenset({0, 500, 502, 504})  # no answer, or one that does not say whether it was done
MAX_RETRY_AFTER_S = 300.0


class GraphError(ConnectorError):
    """A Graph request that failed: HTTP status, Graph error code and the admin's next step."""

    def __init__(self, message: str, *, status: int, code: str = "", retryable: bool,
                 retry_after: float | None = None):
        super().__init__(message, retryable=retryable)
        self.status, self.code, self.retry_after = status, code, retry_after


class GraphClient:
    def __init__(self, http: httpx.Client, token: Callable[[], str], *, max_concurrency: int = 4,
                 max_attempts: int = 6, sleep: Callable[[float], None] = time.sleep,
                 on_unauthorized: Callable[[], None] | None = None):
        if not 1 <= max_concurrency <= 4:
            raise ValueError("max_concurrency_per_mailbox must be 1..4 (Outlook allows 4 concurrent requests)")
        self.http, self._token, self._on_unauthorized = http, token, on_unauthorized
        self._max_concurrency, self._max_attempts, self._sleep = max_concurrency, max_attempts, sleep
        self._gates: dict[str, threading.BoundedSemaphore] = {}
        self._gates_lock = threading.Lock()
        self._host = http.base_url.host

    # -- requests -----------------------------------------------------------
    def request(self, method: str, url: str, *, mailbox: str = "", json=None, content=None,
                params=None, headers: dict | None = None, prefer: str | None = None,
                repeat_unanswered: bool = True) -> httpx.Response:
        """One Graph call (retried on throttling; once with a new token after a 401); GraphError otherwise."""
        self._check_host(url)
        transient = _is_transient if repeat_unanswered else _is_refused
        retrying = Retrying(
            stop=stop_after_attempt(self._max_attempts), wait=self._wait, sleep=self._sleep, reraise=True,
            retry=retry_if_exception(transient),
        )
        args = (method, url, mailbox, json, content, params, headers, prefer)
        try:
            return retrying(self._attempt, *args)
        except GraphError as exc:
            if exc.status != 401 or self._on_unauthorized is None:
                raise
        self._on_unauthorized()  # the cached token was refused: drop it, sign in again, try once more
        return retrying(self._attempt, *args)

    def get_json(self, url: str, *, mailbox: str = "", params=None) -> dict:
        return self.request("GET", url, mailbox=mailbox, params=params).json()

    def pages(self, url: str, *, mailbox: str = "", params=None, prefer: str | None = None) -> Iterator[dict]:
        """Each page of a collection, following `@odata.nextLink` until there is none."""
        seen: set[str] = set()
        while url:
            page = self.request("GET", url, mailbox=mailbox, params=params, prefer=prefer).json()
            yield page
            url, params = page.get("@odata.nextLink"), None  # the link carries its own query
            if url in seen:
                raise GraphError(f"@odata.nextLink repeats itself: {_path(url)}", status=0, retryable=False)
            seen.add(url)

    def items(self, url: str, *, mailbox: str = "", params=None) -> Iterator[dict]:
        for page in self.pages(url, mailbox=mailbox, params=params):
            yield from page.get("value", [])

    # -- internals ----------------------------------------------------------
    def _attempt(self, method, url, mailbox, json, content, params, headers, prefer) -> httpx.Response:
        sent = {"Authorization": f"Bearer {self._token()}",
                "Prefer": IMMUTABLE_IDS if not prefer else f"{IMMUTABLE_IDS}, {prefer}"}
        sent.update(headers or {})
        with self._gate(mailbox):
            try:
                response = self.http.request(method, url, json=json, content=content, params=params,
                                             headers=sent)
            except httpx.TransportError as exc:
                raise GraphError(f"{method} {_path(url)}: {type(exc).__name__}: {exc}", status=0,
                                 retryable=True) from None
        if response.status_code >= 400:
            raise _error(method, url, response)
        return response

    def _gate(self, mailbox: str) -> threading.BoundedSemaphore:
        with self._gates_lock:
            gate = self._gates.get(mailbox.lower())
            if gate is None:
                gate = self._gates[mailbox.lower()] = threading.BoundedSemaphore(self._max_concurrency)
            return gate

    def _wait(self, retry_state) -> float:
        error = retry_state.outcome.exception()
        if getattr(error, "retry_after", None) is not None:
            return min(error.retry_after, MAX_RETRY_AFTER_S)
        return wait_random_exponential(multiplier=0.5, max=30)(retry_state)

    def _check_host(self, url: str) -> None:
        # nextLink/deltaLink URLs come from responses: never send our token to another host.
        host = urlsplit(url).hostname
        if host is not None and host != self._host:
            raise GraphError(f"refusing a link to {host}: not the Graph host {self._host}", status=0,
                             retryable=False)


def _is_transient(error: BaseException) -> bool:
    return isinstance(error, GraphError) and (error.status in RETRY_STATUSES or error.status == 0) \
        and error.retryable


def _is_refused(error: BaseException) -> bool:
    """Throttled or unavailable before it was done (429, 503): safe to repeat even a send."""
    return isinstance(error, GraphError) and error.status in (429, 503) and error.retryable


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """`Retry-After` as seconds: delta-seconds (what Graph sends) or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


def _error(method: str, url: str, response: httpx.Response) -> GraphError:
    status = response.status_code
    code, message = _graph_error(response)
    where = f"{method} {_path(url)}"
    if status in RETRY_STATUSES:
        return GraphError(f"{where}: {status} {code} (throttled or unavailable)", status=status, code=code,
                          retryable=True, retry_after=retry_after_seconds(response.headers.get("Retry-After")))
    if status in (401, 403):
        return GraphError(f"{where}: {status} {code}: {message} — {permission_hint(method, url, status, code, message)}",
                          status=status, code=code, retryable=False)
    return GraphError(f"{where}: {status} {code}: {message}", status=status, code=code,
                      retryable=status >= 500 or status == 409 and code == "ErrorIrresolvableConflict")


def _graph_error(response: httpx.Response) -> tuple[str, str]:
    """Graph's error body: {"error": {"code": "...", "message": "..."}}."""
    try:
        error = response.json().get("error") or {}
    except ValueError:
        return "", response.text[:200]
    return str(error.get("code", "")), str(error.get("message", ""))[:500]


def permission_hint(method: str, url: str, status: int, code: str, message: str) -> str:
    """What the admin must grant or change for this call to succeed."""
    if status == 401:
        return ("the access token was refused: check graph.tenant_id and graph.client_id, and that the "
                "client secret or certificate has not expired")
    if "odata is disabled" in message.lower() or code == "ErrorAccessDenied" and "mailbox" in message.lower():
        return ("the mailbox is outside the app's allowed scope: add it to the mail-enabled security group "
                "of the application access policy, or to the management scope of the RBAC for "
                "Applications role assignment (see the admin's guide)")
    return f"grant the app the application permission {required_permission(method, url)} (with admin consent)"


def required_permission(method: str, url: str) -> str:
    path = _path(url).lower()
    if path.endswith("/send") or path.endswith("/sendmail"):
        return "Mail.Send"
    if "/groups/" in path:
        return "GroupMember.Read.All"
    if method == "GET" and "/subscriptions" not in path:
        return "Mail.ReadWrite (Mail.Read is enough for reading)"
    return "Mail.ReadWrite"


def _path(url: str) -> str:
    return urlsplit(url).path or url
