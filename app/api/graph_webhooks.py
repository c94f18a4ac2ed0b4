"""Microsoft Graph change and lifecycle notifications: POST /graph/notifications, /graph/lifecycle.

- Validation (change-notifications-delivery-webhooks.md, "notificationUrl
  validation"): Graph POSTs `?validationToken=...`; answer within 10 s with
  200, Content-Type text/plain, the URL-decoded token as the body.
- Notifications: every clientState is checked in constant time; a batch with
  none right is refused (403); good ones are persisted and answered 202 (the
  work is done later, well inside Graph's 3 s); if they cannot be persisted,
  503 so Graph tries again.
"""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from sqlalchemy.exc import SQLAlchemyError

from app.engine.message.graph_decode import JsonRefused, decode_bounded
from app.m365 import notifications as graph_notifications

router = APIRouter(include_in_schema=False)
log = logging.getLogger("mailguard.graph")
# A notification is a few objects; Graph batches at most a few hundred.
MAX_OBJECTS = 8 * graph_notifications.MAX_ITEMS


@router.post("/graph/notifications")
@router.post("/graph/lifecycle")
async def receive(request: Request) -> Response:
    token = request.query_params.get("validationToken")
    if token is not None:  # query_params are already URL-decoded, as Graph requires
        return PlainTextResponse(token, status_code=200)
    try:  # unauthenticated: bounded decoding, and bad JSON is an answer, never a traceback
        payload = decode_bounded(await request.body(), max_objects=MAX_OBJECTS)
    except JsonRefused as exc:
        return _problem(400, "Bad Request", str(exc))
    sessions = request.app.state.sessionmaker
    now = request.app.state.clock()

    def persist():
        with sessions() as session:
            return graph_notifications.accept(session, payload, now=now)

    try:
        accepted = await run_in_threadpool(persist)
    except ValueError as exc:
        return _problem(400, "Bad Request", str(exc))
    except SQLAlchemyError:
        log.exception("graph notifications not persisted")
        return _problem(503, "Service Unavailable", "notifications not stored; retry")
    if accepted.refused:
        log.warning("graph notifications: %d refused (unknown subscription or clientState mismatch)",
                    accepted.refused)
    if not accepted.stored and accepted.refused:
        return _problem(403, "Forbidden", "clientState does not match any subscription")
    return Response(status_code=202)


def _problem(status: int, title: str, detail: str) -> JSONResponse:
    return JSONResponse({"type": "about:blank", "title": title, "status": status, "detail": detail},
                        status_code=status, media_type="application/problem+json")
