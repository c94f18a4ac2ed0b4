"""Small RFC 5322 messages for the enquiry tests (built with the stdlib, as a mail client would)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime


def message(*, sender: str, to: list[str], subject: str, body: str, message_id: str,
            in_reply_to: str | None = None, references: list[str] = (), cc: list[str] = (),
            date: datetime | None = None, thread_index: str | None = None) -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = ", ".join(to)
    if cc:
        mail["Cc"] = ", ".join(cc)
    mail["Subject"] = subject
    mail["Message-ID"] = message_id
    if date is not None:
        mail["Date"] = format_datetime(date)
    if in_reply_to:
        mail["In-Reply-To"] = in_reply_to
    if references:
        mail["References"] = " ".join(references)
    if thread_index:
        mail["Thread-Index"] = thread_index
    mail.set_content(body)
    return mail.as_bytes(policy=SMTP)
