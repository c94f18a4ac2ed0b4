"""A minimal SMTP-submitting Mailbox for the delivery tests.

The IMAP/SMTP work's Mailbox (IMAP outbox + SMTP delivery) was not written yet
when these tests were; its SMTP half, connectors/smtp.py (SmtpSubmitter), was.
So this double is only the Mailbox shape around their real submitter: `submit`
speaks real SMTP to the aiosmtpd server the test runs on loopback. The other
Mailbox methods are not needed by a digest and refuse to run.
"""

from __future__ import annotations

from connectors import ConnectorError
from connectors.smtp import SmtpConfig, SmtpSubmitter


class SmtpSubmitMailbox:
    kind = "smtp"

    def __init__(self, host: str, port: int, address: str):
        self.address = address
        self.submitter = SmtpSubmitter(SmtpConfig(host=host, port=port, security="none", timeout=10))

    def submit(self, raw: bytes, key: str) -> None:
        refused = self.submitter.send(raw, self.address)
        if refused:
            raise ConnectorError(f"SMTP refused {', '.join(refused)}", retryable=False)

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
