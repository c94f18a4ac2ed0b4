"""The normalised message: what every check reads, built once by `parse`.

Frozen dataclasses only; nothing here does I/O or parsing. Addresses are
compared by `Address.email`, which is already case-folded.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Address:
    """One mailbox. `email` is the lower-cased addr-spec ('' if none could be read)."""

    name: str
    email: str
    raw: str = ""

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2] if "@" in self.email else ""

    def display(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or self.raw


@dataclass(frozen=True, slots=True)
class Defect:
    """Something wrong with the input that parsing worked around (like email.errors.MessageDefect)."""

    code: str
    detail: str = ""
    fatal: bool = False  # nothing useful could be read


@dataclass(frozen=True, slots=True)
class Attachment:
    filename: str
    content_type: str
    size: int  # decoded bytes (estimated from the encoded length for base64)
    inline: bool = False
    path: str = ""  # MIME part path, e.g. "2.1"


@dataclass(frozen=True, slots=True)
class EmbeddedMessage:
    """An earlier message carried inside this one: quoted, forwarded inline, or attached.

    `header_text` is the attribution line or header block exactly as it appears,
    so a reviewer can find it. `recipients_known` is True only when the embedded
    header actually stated To/Cc (an Outlook block or an attached message), not
    for an "On ... wrote:" attribution, which names only the author.
    """

    kind: str  # "quote" | "forward" | "attached"
    format: str  # e.g. "outlook-block", "original-message", "gmail-forward", "on-wrote", "apple-forward", "rfc822", "msg"
    sender: Address | None
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    date: str = ""
    subject: str = ""
    body: str = ""
    header_text: str = ""
    depth: int = 1  # 1 = directly inside the new message; 2 = inside that one; ...
    recipients_known: bool = False
    attachments: tuple[Attachment, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()  # raw headers of an attached message

    @property
    def participants(self) -> tuple[Address, ...]:
        people = (self.sender,) if self.sender else ()
        return people + self.to + self.cc

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)


@dataclass(frozen=True, slots=True)
class BodyText:
    """Text of one body part. `new_text` is what the sender wrote, above any quote or forward."""

    content_type: str  # "text/plain" | "text/html"
    text: str
    new_text: str
    path: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    message_id: str = ""
    from_: tuple[Address, ...] = ()
    sender_header: Address | None = None  # the Sender: header (send-on-behalf)
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    bcc: tuple[Address, ...] = ()
    reply_to: tuple[Address, ...] = ()
    subject: str = ""
    date: str = ""
    headers: tuple[tuple[str, str], ...] = ()  # (name, unfolded decoded value), in order
    bodies: tuple[BodyText, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    embedded: tuple[EmbeddedMessage, ...] = ()  # all depths, outermost first
    defects: tuple[Defect, ...] = ()
    size: int = 0
    error: str | None = None  # set when nothing could be read as mail
    _cache: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    # -- convenience views (derived, never stored twice) -----------------
    @property
    def sender(self) -> Address | None:
        return self.from_[0] if self.from_ else self.sender_header

    @property
    def visible_recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc

    @property
    def recipients(self) -> tuple[Address, ...]:
        return self.to + self.cc + self.bcc

    @property
    def sender_addresses(self) -> frozenset[str]:
        found = {a.email for a in self.from_ if a.email}
        if self.sender_header and self.sender_header.email:
            found.add(self.sender_header.email)
        return frozenset(found)

    @property
    def new_text(self) -> str:
        """What this sender wrote, from every body part, each distinct text once."""
        if "new_text" not in self._cache:
            self._cache["new_text"] = _join_distinct(b.new_text for b in self.bodies)
        return self._cache["new_text"]

    @property
    def text(self) -> str:
        """All body text (plain and HTML-derived, hidden text included), each distinct text once."""
        if "text" not in self._cache:
            self._cache["text"] = _join_distinct(b.text for b in self.bodies)
        return self._cache["text"]

    def header(self, name: str) -> str | None:
        return first_header(self.headers, name)

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]


def first_header(headers: tuple[tuple[str, str], ...], name: str) -> str | None:
    """The first value of header `name` (case-insensitive), or None."""
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), None)


def _join_distinct(texts) -> str:
    seen: list[str] = []
    keys: set[str] = set()
    for text in texts:
        key = " ".join(text.split())
        if key and key not in keys:
            keys.add(key)
            seen.append(text)
    return "\n\n".join(seen)
