"""A minimal SMTP-submitting Mailbox for the delivery tests (a test double: connectors/smtp.py, the
IMAP/SMTP work's real connector, was not there yet when these tests were written).

It speaks real SMTP (smtplib) to the aiosmtpd server the test runs on loopback;
only `submit` is implemented, which is all a digest needs.
"""

from __future__ import annotations

import smtplib
from email import message_from_bytes, policy
from email.utils import getaddresses

from connectors import ConnectorError


class SmtpSubmitMailbox:
    kind = "smtp"

    def __init__(self, host: str, port: int, address: str):
        self.host, self.port, self.address = host, port, address

    def submit(self, raw: bytes, key: str) -> None:
        headers = message_from_bytes(raw, policy=policy.default)
        to = [addr for _, addr in getaddresses(headers.get_all("To", []) + headers.get_all("Cc", []))]
        try:
            with smtplib.SMTP(self.host, self.port, timeout=10) as client:
                client.sendmail(self.address, to, raw)
        except (OSError, smtplib.SMTPException) as exc:
            raise ConnectorError(f"SMTP {self.host}:{self.port}: {exc}") from exc

    def fetch_outgoing(self):
        return iter(())

    def acknowledge(self, ref: str) -> None:
        raise NotImplementedError

    def hold(self, ref: str, key: str) -> str:
        raise NotImplementedError

    def deliver(self, ref: str, raw: bytes, key: str) -> None:
        raise NotImplementedError

    def return_to_sender(self, ref: str, raw: bytes, key: str) -> None:
        raise NotImplementedError

    def notify(self, to: str, subject: str, body: str, key: str) -> None:
        raise NotImplementedError
