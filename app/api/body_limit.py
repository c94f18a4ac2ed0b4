"""Refuse request bodies over settings.max_request_bytes, before and while they stream in.

A declared Content-Length over the limit is answered 413 at once, without
reading; a body that streams past the limit (chunked, or lying about its
length) raises BodyTooLarge from `receive`, which the error handlers turn
into the same 413.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import BodyTooLarge, problem_response, too_large_detail


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared == -1:
            await problem_response(400, "The Content-Length header is not a number.")(
                scope, receive, send
            )
            return
        if declared is not None and declared > self.max_bytes:
            await problem_response(413, too_large_detail(self.max_bytes))(scope, receive, send)
            return
        await self.app(scope, self._limited(receive), send)

    def _limited(self, receive: Receive) -> Receive:
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        return limited_receive


def _content_length(scope: Scope) -> int | None:
    """The declared length, None if absent, -1 if unreadable."""
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            text = value.decode("latin-1").strip()
            return int(text) if text.isdigit() else -1
    return None
