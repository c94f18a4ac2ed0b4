"""SMTP submission against servers that pace, drop or end badly (real sockets on loopback).

A server that answers a byte at a time never trips a per-read timeout, so the submitter has a
deadline for the whole exchange; and once the server has accepted the message (250 after DATA),
nothing that happens at QUIT may turn it into a failure, or the retry would send it twice.
"""

from __future__ import annotations

import socket
import threading
import time

import pytest

from connectors import ConnectorError
from connectors.smtp import SmtpConfig, SmtpSubmitter

RAW = b"From: clerk@example.gov.uk\r\nTo: cllr@example.gov.uk\r\nSubject: Agenda\r\n\r\nThe agenda.\r\n"


class ScriptedSmtp:
    """A minimal SMTP server on loopback; `behaviour` says where it misbehaves:

    normal | slow-greeting | slow-data (its 354 to DATA a byte at a time) | drop-after-data |
    quit-refused (421 to QUIT, after accepting the message)
    """

    def __init__(self, behaviour: str, *, byte_every_s: float = 0.4):
        self.behaviour, self.byte_every_s = behaviour, byte_every_s
        self.accepted: list[bytes] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.stopping = False
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopping:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._session, args=(conn,), daemon=True).start()

    def _say(self, conn: socket.socket, line: bytes, slowly: bool = False) -> None:
        if not slowly:
            conn.sendall(line + b"\r\n")
            return
        for byte in line + b"\r\n":
            conn.sendall(bytes([byte]))
            time.sleep(self.byte_every_s)

    def _session(self, conn: socket.socket) -> None:
        with conn, conn.makefile("rb") as lines:
            try:
                self._say(conn, b"220 scripted ESMTP", slowly=self.behaviour == "slow-greeting")
                for line in lines:
                    verb = line[:4].upper()
                    if verb in (b"EHLO", b"HELO"):
                        self._say(conn, b"250 scripted")
                    elif verb in (b"MAIL", b"RCPT", b"RSET", b"NOOP"):
                        self._say(conn, b"250 OK")
                    elif verb == b"DATA":
                        self._say(conn, b"354 go ahead", slowly=self.behaviour == "slow-data")
                        body = b"".join(iter(lambda: lines.readline(), b".\r\n"))
                        if self.behaviour == "drop-after-data":
                            return
                        self.accepted.append(body)
                        self._say(conn, b"250 queued")
                    elif verb == b"QUIT":
                        self._say(conn, b"421 closing now" if self.behaviour == "quit-refused" else b"221 bye")
                        return
                    else:
                        self._say(conn, b"502 unknown")
            except OSError:
                return

    def close(self) -> None:
        self.stopping = True
        self.listener.close()


@pytest.fixture
def scripted():
    servers = []

    def start(behaviour: str) -> ScriptedSmtp:
        servers.append(ScriptedSmtp(behaviour))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def submitter(port: int, *, deadline: float = 30.0) -> SmtpSubmitter:
    return SmtpSubmitter(SmtpConfig(host="127.0.0.1", port=port, security="none", timeout=5.0,
                                    deadline=deadline, deadline_bytes_per_s=1e12))


def test_a_normal_server_takes_the_message(scripted):
    server = scripted("normal")
    assert submitter(server.port).send(RAW, "clerk@example.gov.uk") == []
    assert len(server.accepted) == 1


def test_a_quit_refused_after_the_message_was_accepted_is_still_a_sent_message(scripted):
    # Reported as a failure, the worker would retry and the recipients would get it twice.
    server = scripted("quit-refused")
    assert submitter(server.port).send(RAW, "clerk@example.gov.uk") == []
    assert len(server.accepted) == 1


@pytest.mark.parametrize("behaviour", ["slow-greeting", "slow-data"])
def test_a_server_that_answers_a_byte_at_a_time_meets_the_deadline(scripted, behaviour):
    # Each byte comes well within the 5 s read timeout: only the deadline ends it.
    server = scripted(behaviour)
    began = time.monotonic()
    with pytest.raises(ConnectorError) as raised:
        submitter(server.port, deadline=1.5).send(RAW, "clerk@example.gov.uk")
    took = time.monotonic() - began
    assert raised.value.retryable
    assert "within 2 s" in str(raised.value) and "too slow" in str(raised.value)
    assert 1.4 <= took < 3.5, took
    assert server.accepted == []


def test_a_connection_dropped_after_the_message_is_a_retryable_failure(scripted):
    server = scripted("drop-after-data")
    with pytest.raises(ConnectorError) as raised:
        submitter(server.port).send(RAW, "clerk@example.gov.uk")
    assert raised.value.retryable
    assert server.accepted == []


def test_the_deadline_grows_with_the_message():
    config = SmtpConfig(host="127.0.0.1", deadline=60.0, deadline_bytes_per_s=100_000.0)
    assert SmtpSubmitter(config).deadline_for(2_500_000) == pytest.approx(85.0)
