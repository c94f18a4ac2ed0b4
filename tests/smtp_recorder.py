"""A real SMTP server on loopback (aiosmtpd) that records what it is sent — shared by the mail tests."""

from __future__ import annotations

import base64
import socket
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self):
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class RecordingHandler:
    """What the server received, and who authenticated how. `token` enables XOAUTH2."""

    token: str | None = None
    received: list[Received] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)  # (mechanism, user)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.original_content or envelope.content)))
        return "250 OK queued"

    async def auth_XOAUTH2(self, server, args):  # noqa: N802
        # Google/Microsoft format: base64("user=" u "\x01auth=Bearer " token "\x01\x01")
        decoded = base64.b64decode(args[1]).decode()
        fields = dict(part.split("=", 1) for part in decoded.split("\x01") if part)
        if self.token and fields.get("auth") == f"Bearer {self.token}":
            self.logins.append(("XOAUTH2", fields["user"]))
            return AuthResult(success=True, handled=True)
        return AuthResult(success=False, handled=False)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def recording_server(*, password: str | None = None, token: str | None = None) -> tuple[Controller, RecordingHandler]:
    """A started server; with `password`, AUTH PLAIN/LOGIN must present it (no TLS on loopback)."""
    handler = RecordingHandler(token=token)
    extra = {}
    if password is not None:
        def check(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.password.decode() == password
            if ok:
                handler.logins.append((mechanism, auth_data.login.decode()))
            return AuthResult(success=ok)
        extra = {"auth_require_tls": False, "authenticator": check}
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), **extra)
    controller.start()
    return controller, handler
