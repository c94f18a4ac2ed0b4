"""Admission control: at most `limit` requests in progress per process; past it, 503 at once.

Queueing past capacity only makes every caller wait until it gives up while
the server goes on working for callers that are gone. A bounded count of
requests in progress is checked when each request arrives: over the limit it
is answered 503 with Retry-After straight away (a few microseconds), so the
requests that are admitted keep their latency and the excess learns at once
to come back later (the add-in takes the council's "service unavailable" path).
Health probes are always admitted, so an orchestrator can tell "busy" from "dead".
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from app.api.errors import problem_response

ALWAYS_ADMITTED = frozenset({"/healthz", "/api/v1/healthz", "/metrics"})


class AdmissionControl:
    def __init__(self, app: ASGIApp, limit: int, retry_after_s: int = 1):
        self.app = app
        self.limit = limit
        self.retry_after = str(retry_after_s)
        self.in_flight = 0  # one event loop per process: no lock needed
        self.refused = 0
        # The refusal is built once: refusing costs two sends, nothing else (no model, no JSON).
        refusal = problem_response(503, "The service is at capacity; retry shortly.",
                                   headers={"Retry-After": self.retry_after})
        self._start = {"type": "http.response.start", "status": 503, "headers": refusal.raw_headers}
        self._body = {"type": "http.response.body", "body": bytes(refusal.body)}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in ALWAYS_ADMITTED:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            self.refused += 1
            await send(dict(self._start))
            await send(dict(self._body))
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
