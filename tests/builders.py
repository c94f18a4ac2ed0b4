"""Readable scenario builders for tests: messages, earlier messages, a small council.

Shared by every check's tests; add to it, don't change what others rely on.
"""

from __future__ import annotations

from collections.abc import Sequence
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parseaddr

from app.engine.directory import Directory, directory_from_mapping
from app.engine.message.model import Address, BodyText, EmbeddedMessage, Message

COUNCIL_DOMAIN = "hartsbourne-tc.gov.uk"

# A small fictional council. Jane Doe has a council and a personal address.
COUNCIL = {
    "council": "Hartsbourne Town Council",
    "domains": [COUNCIL_DOMAIN],
    "partner_domains": ["northshire.gov.uk"],
    "people": [
        {"name": "Jane Doe", "role": "councillor",
         "emails": [f"cllr.doe@{COUNCIL_DOMAIN}", "jane.doe@example.net"]},
        {"name": "Keith Evans", "role": "councillor", "emails": [f"cllr.evans@{COUNCIL_DOMAIN}"],
         "titles": ["chair"]},
        {"name": "David Bowry", "role": "councillor", "emails": [f"cllr.bowry@{COUNCIL_DOMAIN}"]},
        {"name": "Helen Symmons", "role": "officer",
         "emails": [f"clerk@{COUNCIL_DOMAIN}", f"helen.symmons@{COUNCIL_DOMAIN}"],
         "titles": ["clerk", "proper-officer"]},
        {"name": "Marcus Reid", "role": "officer", "emails": [f"marcus.reid@{COUNCIL_DOMAIN}"],
         "titles": ["deputy-clerk"]},
        {"name": "Ruth Clarke", "role": "partner", "emails": ["rclarke@clarkewardle.co.uk"]},
    ],
}

DOE = f"Cllr Jane Doe <cllr.doe@{COUNCIL_DOMAIN}>"
DOE_PERSONAL = "Jane Doe <jane.doe@example.net>"
EVANS = f"Cllr Keith Evans <cllr.evans@{COUNCIL_DOMAIN}>"
BOWRY = f"Cllr David Bowry <cllr.bowry@{COUNCIL_DOMAIN}>"
CLERK = f"Helen Symmons <clerk@{COUNCIL_DOMAIN}>"
CLERK_OTHER = f"Helen Symmons <helen.symmons@{COUNCIL_DOMAIN}>"
DEPUTY = f"Marcus Reid <marcus.reid@{COUNCIL_DOMAIN}>"
OFFICE = f"Hartsbourne Town Council <office@{COUNCIL_DOMAIN}>"  # unlisted: a staff mailbox
SOLICITOR = "Ruth Clarke <rclarke@clarkewardle.co.uk>"
COUNTY = "Highways Team <highways@northshire.gov.uk>"
RESIDENT = "Ann Fletcher <ann.fletcher@example.com>"
RESIDENT_2 = "Bob Harris <bharris@example.org>"


def make_directory(extra_people: Sequence[dict] = ()) -> Directory:
    data = dict(COUNCIL)
    data["people"] = [*COUNCIL["people"], *extra_people]
    return directory_from_mapping(data, source="<test council>")


def addr(text: str) -> Address:
    """'Name <email>' or a bare name (as internal Outlook header blocks show people)."""
    name, email = parseaddr(text)
    if "@" not in email:
        return Address(name=text.strip(), email="", raw=text)
    return Address(name=name, email=email.lower(), raw=text)


def addrs(items: Sequence[str] | str) -> tuple[Address, ...]:
    if isinstance(items, str):
        items = [items]
    return tuple(addr(item) for item in items)


def earlier(
    sender: str,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    *,
    fmt: str = "outlook-block",
    kind: str = "forward",
    recipients_known: bool | None = None,
    depth: int = 1,
    subject: str = "Allotment waiting list",
    body: str = "Thank you for your email.",
) -> EmbeddedMessage:
    """An earlier message inside the new one, with a header block as the client shows it."""
    author = addr(sender)
    if recipients_known is None:
        recipients_known = fmt != "on-wrote"
    if fmt == "on-wrote":
        header = f"On Tue, 3 Sep 2024 at 10:02, {author.display()} wrote:"
    else:
        header = "\n".join(
            [f"From: {author.display()}", "Sent: 03 September 2024 10:02",
             f"To: {'; '.join(to)}", *([f"Cc: {'; '.join(cc)}"] if cc else []),
             f"Subject: {subject}"]
        )
    return EmbeddedMessage(
        kind=kind, format=fmt, sender=author, to=addrs(list(to)), cc=addrs(list(cc)),
        subject=subject, body=body, header_text=header, depth=depth,
        recipients_known=recipients_known,
    )


def make_message(
    from_: str,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    *,
    new_text: str = "Dear colleague,\n\nPlease see below.\n\nKind regards",
    embedded: Sequence[EmbeddedMessage] = (),
    sender: str | None = None,
    subject: str = "Allotment waiting list",
) -> Message:
    """A Message built directly, as `parse` would leave it."""
    return Message(
        message_id="<test@hartsbourne-tc.gov.uk>",
        from_=addrs([from_]),
        sender_header=addr(sender) if sender else None,
        to=addrs(list(to)), cc=addrs(list(cc)), bcc=addrs(list(bcc)),
        subject=subject,
        bodies=(BodyText("text/plain", new_text, new_text),),
        embedded=tuple(embedded),
    )


def make_eml(
    from_: str,
    to: Sequence[str] = (),
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    *,
    subject: str = "Allotment waiting list",
    body: str = "Dear colleague,\n\nPlease see below.\n\nKind regards",
    html: str | None = None,
    date: str = "Tue, 03 Sep 2024 10:15:00 +0100",
    message_id: str = "<test.1@hartsbourne-tc.gov.uk>",
    attachments: Sequence[tuple[str, str, bytes]] = (),  # (filename, content type, data)
    attach_messages: Sequence[bytes] = (),  # attached as message/rfc822
    headers: dict[str, str] | None = None,
) -> bytes:
    """An RFC 5322 message as a client stores it in Sent Items (Bcc kept as a header)."""
    msg = EmailMessage()
    msg["From"] = from_
    for name, value in (("To", to), ("Cc", cc), ("Bcc", bcc)):
        if value:
            msg[name] = ", ".join(value)
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, content_type, data in attachments:
        maintype, _, subtype = content_type.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for raw in attach_messages:
        msg.add_attachment(message_from_bytes(raw, policy=policy.default))
    return msg.as_bytes()
