"""Test messages: allowed, annotated (silent Bcc to a councillor) and held (confidential to outsiders)."""

from __future__ import annotations

from email.message import EmailMessage


def allowed(n: int, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sam Morgan <{sender}>"
    msg["To"] = "Cllr Priya Shah <cllr.shah@example-council.gov.uk>"
    msg["Subject"] = f"Agenda item {n}"
    msg["Message-ID"] = f"<allowed-{n}@example-council.gov.uk>"
    msg.set_content(f"Item {n} is on the agenda.")
    return msg.as_bytes()


def annotated(n: int, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sam Morgan <{sender}>"
    msg["To"] = "Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>"
    msg["Bcc"] = "Cllr Priya Shah <cllr.shah@example-council.gov.uk>"
    msg["Subject"], msg["Message-ID"] = f"Play area {n}", f"<play-area-{n}@example-council.gov.uk>"
    msg.set_content("Dear Cllr Haddad,\n\nThe play area reopens on Monday.\n\nSam")
    msg.add_alternative("<html><body><p>Dear Cllr Haddad,</p><p>The play area reopens.</p></body></html>",
                        subtype="html")
    return msg.as_bytes()


def held(n: int, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Sam Morgan <{sender}>"
    msg["To"] = "Mr P Grant <p.grant@example.org>"
    msg["Subject"] = "CONFIDENTIAL: staffing"
    msg["Message-ID"] = f"<held-{n}@example-council.gov.uk>"
    msg.set_content("Strictly confidential: the hearing is on Monday.")
    return msg.as_bytes()
