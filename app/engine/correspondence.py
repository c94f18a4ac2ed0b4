"""What one message does in a conversation: asks, acknowledges, answers, forwards — pure.

The protocols set response duties (Annex 2.4 §3.3.5: "respond to enquiries and requests ...
within one week"; Thurrock §8.1), so the service must tell an *enquiry* (a question or a
request in the new text) from a thank-you, an FYI or a reply that closes a thread, and must
tell an acknowledgement ("I will come back to you") from an answer. Only the sender's new
text is read, sentence by sentence; greetings, closers ("let me know if you have any
questions") and the signature do not ask anything.

The thread keys (Message-ID, In-Reply-To/References, the Thread-Index conversation that
Exchange and Graph's conversationId rest on, and the subject topic) let the tracking use
case (app/enquiries) pair an answer with its enquiry without reading the message again.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from app.engine.asking import asks_something, is_out_of_office, is_pleasantry, is_promise
from app.engine.message.model import Message

__all__ = ["KINDS", "Correspondence", "asks_something", "conversation_of", "read_correspondence", "topic_of"]

MAX_TEXT_CHARS = 20_000  # the part of the new text read for asks: a letter, not a report
MAX_SENTENCES = 200
CONVERSATION_HEADER_BYTES = 22  # MS-OXOMSG 2.2.1.3: PidTagConversationIndex's header block

KINDS = ("enquiry", "acknowledgement", "reply", "forward", "other")


@dataclass(frozen=True, slots=True)
class Correspondence:
    kind: str  # enquiry | acknowledgement | reply | forward | other (see KINDS)
    asks: tuple[str, ...] = ()  # the sentences that ask: the evidence shown to people
    promise: str | None = None  # the acknowledging sentence, when kind is acknowledgement
    message_id: str = ""
    replies_to: tuple[str, ...] = ()  # In-Reply-To then References, nearest first
    conversation: str | None = None  # hex of the Thread-Index header block
    topic: str = ""  # the subject without Re:/Fwd: prefixes, folded
    is_reply: bool = False
    is_forward: bool = False

    def as_record(self) -> dict:
        """The JSON kept with the message record (the tracker reads only this)."""
        return {"kind": self.kind, "asks": list(self.asks), "promise": self.promise,
                "message_id": self.message_id, "replies_to": list(self.replies_to),
                "conversation": self.conversation, "topic": self.topic,
                "is_reply": self.is_reply, "is_forward": self.is_forward}


def read_correspondence(message: Message) -> Correspondence:
    replies_to = _message_ids(message.header("In-Reply-To") or "") + _message_ids(
        " ".join(reversed(message.header_all("References"))))
    replies_to = tuple(dict.fromkeys(replies_to))
    prefixes = _prefixes(message.subject)  # outermost first: "RE: Fwd: x" is a reply
    is_forward = (prefixes[0] in _FORWARD_PREFIXES) if prefixes else any(
        e.kind == "forward" and e.depth == 1 for e in message.embedded)
    is_reply = bool(replies_to) or (bool(prefixes) and not is_forward)
    automatic = _automatic(message)
    sentences = [] if automatic else _sentences(message.new_text[:MAX_TEXT_CHARS])
    asks = tuple(s for s in sentences if asks_something(s))
    promise = next((s for s in sentences if is_promise(s)), None)
    substantive = [s for s in sentences if not is_pleasantry(s) and not is_promise(s)]
    if automatic or is_out_of_office(sentences):
        kind = "other"  # an out-of-office or a notice: it neither asks nor answers
    elif is_forward and not asks:
        kind = "forward"
    elif is_reply and promise and len(substantive) <= 1:
        kind = "acknowledgement"
    elif asks:
        kind = "enquiry"
    elif is_reply:
        kind = "reply"
    else:
        kind = "other"
    return Correspondence(
        kind=kind, asks=asks[:5], promise=promise if kind == "acknowledgement" else None,
        message_id=_first_id(message.message_id), replies_to=replies_to,
        conversation=conversation_of(message.header("Thread-Index")), topic=topic_of(message.subject),
        is_reply=is_reply, is_forward=is_forward)


# -- sentences ------------------------------------------------------------------------------

_SIGNOFF = re.compile(
    r"^\s*(kind(est)? regards|best regards|warm regards|regards|best wishes|many thanks|thanks( again)?|"
    r"thank you|yours (sincerely|faithfully|truly)|sincerely|cheers|best|all the best|with thanks|"
    r"cofion( gorau)?|diolch( yn fawr)?|sent from my \w+|--\s*)[,.!]?\s*$", re.I)
_GREETING = re.compile(r"^\s*(dear|hi|hello|hey|good (morning|afternoon|evening)|morning|afternoon|annwyl|"
                       r"bore da|prynhawn da|shwmae)\b[^.!?\n]{0,60}[,!]?\s*$", re.I)
_SPLIT = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[A-Z0-9\"'(\[])|\n\s*\n|\n(?=\s*[-*•\d]+[.)]?\s)")


def _sentences(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.splitlines():
        if _SIGNOFF.match(line):
            break  # the signature and anything after it asks nothing
        if line.lstrip().startswith(">") or _GREETING.match(line):
            continue
        lines.append(line)
    body = "\n".join(lines)
    found: list[str] = []
    for chunk in _SPLIT.split(body):
        sentence = " ".join(chunk.split())
        if len(sentence) >= 2:
            found.append(sentence)
        if len(found) >= MAX_SENTENCES:
            break
    return found


def _automatic(message: Message) -> bool:
    """RFC 3834 Auto-Submitted, or the headers Exchange and other autoresponders set."""
    submitted = (message.header("Auto-Submitted") or "no").strip().lower()
    precedence = (message.header("Precedence") or "").strip().lower()
    return (submitted != "no" or precedence in ("auto_reply", "bulk", "junk", "list")
            or message.header("X-Autoreply") is not None or message.header("X-Autorespond") is not None)


# -- thread keys ----------------------------------------------------------------------------

_MSGID = re.compile(r"<[^<>\s]{1,500}>")
_PREFIX = re.compile(r"^\s*(\[[^\]]{0,40}\]\s*)*([a-z]{2,6})(\s*\[\d{1,3}\])?\s*:\s*", re.I)
_REPLY_PREFIXES = frozenset({"re", "aw", "sv", "vs", "antw", "rif", "ref", "ynt", "odp", "ateb", "ymateb"})
_FORWARD_PREFIXES = frozenset({"fw", "fwd", "wg", "tr", "rv", "doorst", "vb", "enc", "anfon", "ymlaen"})


def _message_ids(value: str) -> tuple[str, ...]:
    return tuple(m.lower() for m in _MSGID.findall(value[:20_000]))


def _first_id(value: str) -> str:
    ids = _message_ids(value or "")
    return ids[0] if ids else (value or "").strip().lower()


def _prefixes(subject: str) -> list[str]:
    found, rest = [], subject or ""
    for _ in range(10):
        match = _PREFIX.match(rest)
        if not match or match.group(2).lower() not in _REPLY_PREFIXES | _FORWARD_PREFIXES:
            break
        found.append(match.group(2).lower())
        rest = rest[match.end():]
    return found


def topic_of(subject: str) -> str:
    """The subject as a thread knows it: reply and forward prefixes and tags gone, folded."""
    rest = subject or ""
    for _ in range(10):
        match = _PREFIX.match(rest)
        if not match or match.group(2).lower() not in _REPLY_PREFIXES | _FORWARD_PREFIXES:
            break
        rest = rest[match.end():]
    rest = re.sub(r"^\s*(\[[^\]]{0,40}\]\s*)+", "", rest)
    return " ".join(rest.lower().split())[:300]


def conversation_of(thread_index: str | None) -> str | None:
    """The conversation a Thread-Index belongs to: its 22-byte header block, as hex."""
    if not thread_index:
        return None
    try:
        raw = base64.b64decode("".join(thread_index.split())[:400], validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw[:CONVERSATION_HEADER_BYTES].hex() if len(raw) >= CONVERSATION_HEADER_BYTES else None
