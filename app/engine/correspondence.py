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

from app.engine.message.model import Message

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
    promise = next((s for s in sentences if _ACK.search(_fold(s))), None)
    substantive = [s for s in sentences if not _is_pleasantry(s) and s != promise]
    if automatic:
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


_LEADING_GREETING = re.compile(r"^(hi|hello|hey|dear|morning|good (morning|afternoon|evening)|annwyl|"
                               r"bore da|prynhawn da)\b[^,.!?]{0,40}[,!]\s*")
_TEXTSPEAK = re.compile(r"\b(u)\b")


def _fold(sentence: str) -> str:
    folded = " ".join(sentence.lower().replace("’", "'").replace("‘", "'").split())
    folded = _LEADING_GREETING.sub("", folded)  # "Hi Liz, hope you..." reads as "hope you..."
    return _TEXTSPEAK.sub("you", folded)


# Closers and small talk: polite, but they ask for nothing.
_CLOSER = re.compile(
    r"(\b(let me know|get in touch|contact me|give me a (call|ring)|shout|drop me a line|ask)\b.{0,40}"
    r"\b(if|should)\b.{0,60}\b(questions?|queries|query|anything( else)?|help|further|need|clarification|"
    r"problems?|issues?)\b"
    r"|\bif (you|there) (have|has|are|need|require)\b.{0,60}\b(questions?|queries|anything|help|further|"
    r"information|clarification|problems?)\b"
    r"|\b(do not|don't|dont) hesitate\b|\bfeel free\b|\bhappy to (help|discuss|answer|chat|talk)\b"
    r"|^any (questions|queries|problems)\b"
    r"|^(i )?hope (you|this|that|all|everyone|the)\b|^how (are|r) (you|things)\b"
    r"|^how was (your|the) (weekend|holiday|break|trip)\b"
    r"|\bno (need|action|response|reply) (to reply|to respond|is )?(needed|required|necessary)?\b"
    r"|\bnothing (is )?(needed|required) from you\b"
    r"|^(please )?(find|see) (attached|enclosed|below)\b|^please note\b|^(just )?fyi\b"
    r"|\bfor (your )?(information|info|records?|awareness)\b"
    r"|\bplease (update|amend|note) (your|the) (records|address book|contacts|contact details|details)\b)")
_QUESTION_SMALLTALK = re.compile(r"^(and )?(how are you|how's things|how are things|you ok|all well)\b")
_ASK = re.compile(
    r"^(could|can|would|will|might) (you|someone|somebody|anyone|the team|your team|officers?)\b"
    r"|\b(could|can|would|will) you (please |kindly |possibly |also )?(let|send|forward|provide|confirm|"
    r"check|tell|advise|look|arrange|ask|give|update|explain|clarify|find|get|make|ring|call|email|book|"
    r"chase|organise|organize|help|share|circulate|reply|respond|come back|investigate|review|"
    r"be able)\b"
    r"|\b(please|kindly|pls)\s+(could|can|would|send|provide|confirm|advise|let me know|update|arrange|look|"
    r"check|tell|explain|forward|share|investigate|respond|reply|chase|clarify|find out|supply|set up|book|"
    r"fix|review|come back|get back|organise|organize|ask|contact|call|ring|email|pass|give|make|clear|"
    r"repair|remove|replace|reconsider|add|include|circulate|publish|prepare|draft|return|complete|sign|"
    r"submit|fill in|let me have)\b"
    r"|\b(i|we)('d| would| should| will| shall)? (be (most |very |really )?grateful|appreciate|welcome)\b"
    r"|\b(i|we)('d| would) (like|love|want) (to (know|ask|request|see|have|receive|understand|find out)|"
    r"an? (update|response|reply|answer|explanation|copy|breakdown|meeting|call|word)|some|details|"
    r"clarification|confirmation|sight)\b"
    r"|\b(i|we) ((really|do|urgently|still|also|just) ){0,2}(need|require|request|am requesting|are requesting)"
    r"\b(?! (not|no)\b)"
    r"|\bi wonder(ed)? (whether|if) (you|someone|anyone|the team|officers?)\b"
    r"|\b(might|would) you be able to\b|\bany chance (you|someone) could\b"
    r"|\b(i am|i'm|we are|we're) (writing|emailing|contacting you) to (ask|request|enquire|inquire|query|"
    r"raise|chase|seek|follow up)\b"
    r"|\b(i am|i'm|we are|we're) (still )?(chasing|awaiting|waiting (for|on))\b"
    r"|^(can|may|could) (i|we) (ask|have|get|request|see|check)\b"
    r"|\b(is|are) there (any|an) (update|news|progress|timescale|timeline|date|reason|plan)\b"
    r"|\bwhat (is|are) the (status|position|latest|timescale|reason|plan|cost|next steps?)\b"
    r"|\b(grateful|thankful) (for|if)\b.{0,40}\b(update|response|reply|advice|view|information|copy|you)\b"
    r"|^(let me know|tell me|advise|confirm|send me|forward me|update me|explain)\b"
    r"|^[-*•]\s*(when|what|who|where|why|how|which|whether)\b"
    r"|\b(i|we) (should|would) be (obliged|glad|pleased) (if|to (know|receive|have|hear))\b"
    r"|\b(your|an) (urgent )?(response|reply|update|answer) (is|would be) (needed|required|appreciated)\b"
    r"|\b(by|before) (close of play|end of (the )?(day|week)|cob|eod|monday|tuesday|wednesday|thursday|friday)"
    r"\b.{0,30}\b(please|if possible)\b")
_ACK = re.compile(
    r"\b(i|we)('ll| will| shall| am going to|'m going to| are going to) (get back to you|come back to you|"
    r"respond (fully|in full|properly|in detail|substantively)|reply (fully|in full|properly|in detail)|"
    r"look into (this|it|the matter)|be in touch|revert|update you|let you know|find out|investigate|"
    r"chase (this|it)|check (this|and)|follow (this|it) up|pick (this|it) up|respond (by|within|as soon)|"
    r"reply (by|within|as soon))\b"
    r"|\b(i am|i'm|we are|we're) (currently )?(looking into|investigating|checking|making enquiries|"
    r"following (this|it) up)\b"
    r"|\bwill (get|come) back to you\b"
    r"|\b(i|we)( have|'ve) (passed|forwarded|referred|sent) (this|it|your (email|enquiry|query|request|message))"
    r"\b.{0,40}\b(to|on)\b"
    r"|\b(we|i) aim to (respond|reply)\b|\backnowledge receipt\b|\bholding (reply|response)\b"
    r"|\bfull(er)? (response|reply|answer) (will follow|to follow|shortly|soon)\b"
    r"|\b(i|we)('ll| will) (\w+ ){0,6}(send|forward|get|pass|share|circulate|email) (it|this|them|that|the \w+)"
    r"\b.{0,40}\b(tomorrow|today|later|shortly|soon|this (week|afternoon|morning)|next week|asap|"
    r"on (monday|tuesday|wednesday|thursday|friday)|by (monday|tuesday|wednesday|thursday|friday|"
    r"the end of))\b")
_THANKS = re.compile(r"^(many |thank you|thanks|cheers|much appreciated|noted|great|perfect|brilliant|lovely|"
                     r"ok(ay)?|will do|that's (great|perfect|helpful|brilliant|fine)|understood|received)\b")


def asks_something(sentence: str) -> bool:
    """Whether one sentence asks the reader for something: a question or a request."""
    folded = _fold(sentence)
    if _CLOSER.search(folded):
        return False
    if folded.endswith("?"):
        return not _QUESTION_SMALLTALK.match(folded)
    return bool(_ASK.search(folded))


def _is_pleasantry(sentence: str) -> bool:
    folded = _fold(sentence)
    return bool(_CLOSER.search(folded) or _THANKS.match(folded) or len(folded.split()) <= 2)


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
