"""SMTP submission: implicit TLS (465) or STARTTLS (587), AUTH (PLAIN/LOGIN) or XOAUTH2.

Blind recipients are sent in the envelope; the Bcc header is removed from
the transmitted bytes so no recipient learns of them (RFC 5322 §3.6.3).
Secrets arrive as callables so they are read when needed and never stored
or logged here.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from connectors import ConnectorError
from connectors.raw_headers import crlf, recipients, without_headers
from connectors.tls import tls_context, warn_if_plaintext

SECURITY = ("ssl", "starttls", "none")


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"  # ssl | starttls | none (none only for loopback tests and local relays)
    user: str = ""
    password: Callable[[], str] | None = None
    oauth_token: Callable[[], str] | None = None  # XOAUTH2 bearer token, for providers that require it
    timeout: float = 30.0  # each connect, read or write
    # The whole submission, however the server paces it: a server that answers a byte at a time
    # never trips `timeout`. The deadline grows with the message, as if it moved at 100 kB/s.
    deadline: float = 60.0
    deadline_bytes_per_s: float = 100_000.0
    verify_tls: bool = True
    ca_file: str = ""  # PEM of a private CA that signed the server's certificate (added to the system's)


def xoauth2_string(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (Google's and Microsoft's documented format), base64."""
    return base64.b64encode(f"user={user}\x01auth=Bearer {token}\x01\x01".encode()).decode("ascii")


class SmtpSubmitter:
    def __init__(self, config: SmtpConfig):
        if config.security not in SECURITY:
            raise ValueError(f"smtp security must be one of {SECURITY}")
        self.config = config

    def send(self, raw: bytes, envelope_from: str, to: list[str] | None = None) -> list[str]:
        """Submit `raw`; returns the recipients the server refused (the others were accepted)."""
        rcpts = to if to is not None else recipients(raw)
        if not rcpts:
            raise ConnectorError("message has no recipients", retryable=False)
        data = crlf(without_headers(raw, ("Bcc", "Resent-Bcc")))
        with self._session(self.deadline_for(len(data))) as smtp:
            refused = smtp.sendmail(envelope_from, rcpts, data)
        return sorted(refused)

    def deadline_for(self, size: int) -> float:
        """Seconds a submission of `size` bytes may take in all."""
        return self.config.deadline + size / self.config.deadline_bytes_per_s

    def check(self) -> None:
        """Connect, negotiate TLS and authenticate (the connection test); raises ConnectorError."""
        with self._session(self.config.deadline) as smtp:
            smtp.noop()

    @contextmanager
    def _session(self, seconds: float) -> Iterator[smtplib.SMTP]:
        """Connected and signed in, all within `seconds`; SMTP failures come out as ConnectorError."""
        with _Deadline(seconds) as watch:
            try:
                smtp = self._connect(watch)
                try:
                    yield smtp
                finally:
                    _quietly_quit(smtp)  # accepted is accepted: a QUIT refused or dropped after it changes nothing
            except smtplib.SMTPRecipientsRefused as exc:
                raise ConnectorError(f"SMTP: every recipient refused: {_codes(exc.recipients)}",
                                     retryable=False) from None
            except smtplib.SMTPAuthenticationError as exc:
                raise ConnectorError(f"SMTP login refused: {exc.smtp_code} {_text(exc.smtp_error)}",
                                     retryable=False) from None
            except smtplib.SMTPResponseException as exc:
                raise ConnectorError(f"SMTP {exc.smtp_code}: {_text(exc.smtp_error)}",
                                     retryable=400 <= exc.smtp_code < 500) from None
            except (smtplib.SMTPException, OSError) as exc:
                raise ConnectorError(f"SMTP {self.config.host}:{self.config.port}: {watch.explain(exc)}") from None

    def _connect(self, watch: _Deadline) -> smtplib.SMTP:
        c = self.config
        warn_if_plaintext("SMTP", c.security, c.host, c.port)
        context = tls_context(verify=c.verify_tls, ca_file=c.ca_file)
        if c.security == "ssl":
            smtp: smtplib.SMTP = _WatchedSMTPSSL(watch, c.host, c.port, timeout=c.timeout, context=context)
        else:
            smtp = _WatchedSMTP(watch, c.host, c.port, timeout=c.timeout)
        try:
            smtp.ehlo()
            if c.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            self._authenticate(smtp)
        except BaseException:
            _quietly_close(smtp)
            raise
        return smtp

    def _authenticate(self, smtp: smtplib.SMTP) -> None:
        c = self.config
        if c.oauth_token is not None:
            token = c.oauth_token()
            initial = base64.b64decode(xoauth2_string(c.user, token)).decode()
            # On failure the server sends a 334 error challenge; the client answers with an empty line.
            smtp.auth("XOAUTH2", lambda challenge=None: "" if challenge else initial, initial_response_ok=True)
        elif c.password is not None and c.user:
            smtp.login(c.user, c.password())


def _quietly_close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except (OSError, socket.error):
        pass


def _quietly_quit(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        pass
    finally:
        _quietly_close(smtp)


class _Watched:
    """Shows itself to the deadline before it connects, so the greeting is watched too."""

    def __init__(self, watch: _Deadline, *args, **kwargs):
        watch.smtp = self
        super().__init__(*args, **kwargs)


class _WatchedSMTP(_Watched, smtplib.SMTP):
    pass


class _WatchedSMTPSSL(_Watched, smtplib.SMTP_SSL):
    pass


class _Deadline:
    """Cuts the SMTP connection when `seconds` have passed, so a blocked read or write fails at once."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.smtp: smtplib.SMTP | None = None
        self.passed = False
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()

    def _cut(self) -> None:
        self.passed = True
        sock = getattr(self.smtp, "sock", None)  # the current one: STARTTLS replaces it
        if sock is not None:
            try:  # the plain socket's shutdown, even under TLS: the reading thread then sees end of file
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except OSError:
                pass  # already closed

    def explain(self, exc: BaseException) -> str:
        if self.passed:
            return f"no complete answer within {self.seconds:.0f} s (the server is too slow); will retry"
        return str(exc) or type(exc).__name__


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _codes(refused: dict) -> str:
    return ", ".join(f"{rcpt} ({code})" for rcpt, (code, _) in sorted(refused.items()))
