"""A message's content fingerprint: what a reviewer's check was about, as one sha256.

Two readings of the same message give the same fingerprint even when a mail
system re-renders its MIME (new boundaries, re-folded headers, a new Date):
it covers who sends it, who receives it (To, Cc, Bcc, in any order), the
subject, every body's text and every attachment's name, type and size. Any
change a sender can make to what goes out changes it. Used to tell a message
seen again (a replay) from one that was edited, and at release time to prove
that what is sent is what was checked.
"""

from __future__ import annotations

import hashlib

from app.engine.message import Message


def fingerprint(message: Message, raw: bytes) -> str:
    """sha256 hex of the message's checkable content (of the raw bytes when nothing could be read)."""
    if message.error:
        return hashlib.sha256(raw).hexdigest()
    digest = hashlib.sha256()

    def put(label: str, *values: object) -> None:
        for value in (label, *values):
            text = str(value).encode("utf-8", "surrogatepass")
            digest.update(len(text).to_bytes(8, "big"))  # length-prefixed: no two lists hash alike
            digest.update(text)

    put("from", *sorted(a.email.lower() for a in message.from_))
    for part in ("to", "cc", "bcc"):
        put(part, *sorted(a.email.lower() for a in getattr(message, part)))
    put("subject", " ".join(message.subject.split()))
    for body in message.bodies:
        put("body", body.content_type, " ".join(body.text.split()))
    for attachment in message.attachments:
        put("attachment", attachment.filename, attachment.content_type, attachment.size, attachment.inline)
    for embedded in message.embedded:
        if embedded.kind == "attached":
            put("attached", embedded.subject, " ".join(embedded.body.split()))
    return digest.hexdigest()
