"""election-period: council publicity that promotes a candidate during an election period.

Contract definition:
    The council has an election period (the directory's `elections`, set with
    `mailguard council election add`) and the message falls in it: its Date
    header, else the moment the service checked it. It is sent from a council
    mailbox — an officer's, a shared council address, or a councillor's council
    address — to the public: the press (a newsdesk, an editor, a newspaper's,
    radio or TV station's domain), a list or newsletter address, ten or more
    outside recipients, a circular (three or more outside recipients in Bcc, or
    greeted as a group: "Dear hall users"; not a reply; or from the council's
    publicity mailbox, communications@ or news@, to three or more), or it is itself
    publicity (a press or news release, a newsletter, a bulletin, a Mayor's column, a photo caption,
    text "for publication", "for your newsletters" or "feel free to use", a request
    to post it on a group or page or to circulate it to members). And its new text promotes a
    councillor who stands in that election (every councillor unless the period
    names its candidates), named, styled by civic title ("the Mayor said") or
    followed by "she"/"he": it quotes them or reports their views ("said Cllr
    Marsh"), credits them ("thanks to Cllr Pugh", "Cllr Begum secured the grant",
    "the fair, which she started"), pictures them ("Pictured: Cllr Marsh"),
    features them at an event or offers them for an interview ("she's happy to
    talk to you live") or asks for their election; or it carries a candidate's
    own words — sent from their council address or a role mailbox (mayor@), a
    column's byline, a relayed message ("the Chair has asked me to pass on…"),
    their sign-off — and those words claim the credit ("I secured…", "what I've
    achieved", "my record", "proud to have opened", "vote for me"). The finding
    cites the Code of Recommended Practice on Local Authority Publicity,
    paragraph 34. (Vocabulary and mentions: app/engine/checks/election/.)

falsepositives:
    - factual lists of candidates, wards and parties (the Code permits them), notices of the poll
    - mail dated outside every election period
    - internal mail (no outside recipient), and partners
    - a councillor's own campaign mail from a personal or party address (not council publicity)
    - neutral service notices that name no candidate, and quotes of officers
    - routine replies to one resident, e.g. naming their ward councillor as a contact
    - a councillor who does not stand, when the period names its candidates
    - quoted earlier messages (only the new text counts, but a relay that names a candidate —
      "see below a message from the Chair" — has its first-person credit below read too)
    - the Mayor named only as chairing a meeting ("will open the AGM"); the chair of another body
    - a councillor's neutral notice relayed to hirers; a reply to residents who wrote together
    - an officer, not a councillor, offered for an interview; a councillor kept off air ("can't do interviews")
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from app.engine.checks.acts.sentences import letter_body, sentence_spans
from app.engine.checks.election.mentions import Mentions
from app.engine.checks.election.vocabulary import (AGENT_CUES, BCC_CIRCULAR, CHAIRING, COMMS_LOCAL, CUES, FACTUAL,
                                                   LIST_LOCAL, NEGATED, PRESS_DOMAIN, PRESS_LOCAL, PROCEDURAL,
                                                   PUBLICITY, SELF_CLAIM)
from app.engine.directory import Directory, Person, Role
from app.engine.elections import ElectionPeriod
from app.engine.findings import Finding
from app.engine.message.model import Address, Message

RULE = "election-period"
CODE = "Code of Recommended Practice on Local Authority Publicity"
PARAGRAPH_34 = ("Publicity relating to individuals involved directly in the election should not be published "
                "by local authorities during this period unless expressly authorised by or under statute.")
MASS_AUDIENCE = 10  # outside recipients of one message that make it a mailing to the public

_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_BELOW = re.compile(r"\b(?:below|following|forwarded|underneath)\b", re.IGNORECASE)  # a relay of what follows
_QUOTE_MARK = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
MAX_RELAYED = 10_000
_REPLY = re.compile(r"\s*(?:re|aw|sv|antw)\s*:", re.IGNORECASE)  # a reply to a joint enquiry is not a circular
_GROUP_GREETING = re.compile(r"^\W{0,3}(?:dear|hi|hello|hiya|good (?:morning|afternoon))? ?(?:all|everyone|everybody|"
                             r"neighbours|residents|tenants|members|friends|hirers|(?:hall |centre )?users|"
                             r"(?:community )?groups)\b", re.IGNORECASE)


def check(message: Message, directory: Directory) -> list[Finding]:
    if not directory.elections:
        return []
    moment = _moment(message, directory)
    period = next((p for p in directory.elections if moment and p.covers(moment)), None)
    if period is None:
        return []
    sender = message.sender
    mailbox = _council_mailbox(sender, directory)
    if mailbox is None:
        return []
    externals = [r for r in message.recipients if r.email and directory.is_external(r)]
    body = letter_body(message.new_text)
    audience = _audience(message, externals, body, directory) if externals else None
    if audience is None:
        return []
    candidates = [p for p in directory.councillors() if period.is_candidate(p.name)]
    promotions = _promotions(message, body, directory, candidates, directory.person(sender))
    if not promotions:
        return []
    return [_finding(message, period, moment, mailbox, audience, promotions)]


def _moment(message: Message, directory: Directory) -> datetime | None:
    """The Date header's moment, else the evaluation time the edge passed in."""
    if message.date:
        try:
            moment = parsedate_to_datetime(message.date)
        except (TypeError, ValueError, IndexError, OverflowError):
            moment = None
        if moment is not None:
            return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return directory.as_of


def _council_mailbox(sender: Address | None, directory: Directory) -> str | None:
    """Why the sender's address is a council mailbox, or None (a personal or party address)."""
    if sender is None or not sender.email:
        return None
    role = directory.role_of(sender)
    at_council = any(sender.domain == d or sender.domain.endswith("." + d) for d in directory.domains)
    if role is Role.OFFICER:
        return "an officer's mailbox" if directory.person(sender) else "a council mailbox"
    if role is Role.COUNCILLOR and at_council:
        return "a councillor's council address"
    return None


def _audience(message: Message, externals: list[Address], body: str, directory: Directory) -> str | None:
    for r in externals:
        local, _, domain = r.email.partition("@")
        words = domain.replace("-", " ").replace(".", " ")
        if directory.is_press(r) or PRESS_LOCAL.match(local) or PRESS_DOMAIN.search(words):
            return f"to the press: {r.display()}"
        if LIST_LOCAL.match(local) or domain.startswith(("lists.", "groups.")) or domain == "googlegroups.com":
            return f"to a mailing list: {r.display()}"
    outside = {r.email for r in externals}
    if len(outside) >= MASS_AUDIENCE:
        return f"to {len(outside)} recipients outside the council"
    hidden = {r.email for r in message.bcc if r.email in outside}
    reply = _REPLY.match(message.subject or "") or message.header("In-Reply-To")
    if len(hidden) >= BCC_CIRCULAR and not reply:
        return f"a circular to {len(hidden)} recipients outside the council in Bcc"
    local = message.sender.email.partition("@")[0] if message.sender else ""
    if len(outside) >= BCC_CIRCULAR and not reply and COMMS_LOCAL.match(local):
        return f"from the council's publicity mailbox to {len(outside)} recipients outside the council"
    if len(outside) >= BCC_CIRCULAR and not reply and _GROUP_GREETING.search(body.lstrip()[:60]):
        return f"a circular to {len(outside)} recipients outside the council, greeted as a group"
    for where, text in (("subject", message.subject), ("text", body[:3000])):
        found = PUBLICITY.search(" ".join(text.translate(_STRAIGHT).lower().split()))
        if found:
            return f"publicity ({where}: “{found.group(0)}”) to {externals[0].display()}"
    return None


def _promotions(message: Message, body: str, directory: Directory, candidates: list[Person],
                sender: Person | None) -> list[tuple[str, str, str, str]]:
    """(who, what the sentence does, its cue, the sentence) for each sentence promoting a candidate."""
    mentions = Mentions(directory, candidates)
    sentences = [message.subject] + [body[s:e] for s, e in sentence_spans(body)]
    marked, carried = [], None
    for sentence in sentences:
        text, named, carried = mentions.read(sentence, carried)
        marked.append((sentence, text, named))
    local = message.sender.email.partition("@")[0] if message.sender else ""
    voices = mentions.voices(sender, local, message.new_text, ((text, named) for _, text, named in marked))
    found: list[tuple[str, str, str, str]] = []
    for sentence, text, named in marked:
        if not text or FACTUAL.search(text):
            continue
        if voices and (claim := SELF_CLAIM.search(text)):
            found.append((", ".join(voices), "claims the credit for", claim.group(0), sentence))
        elif named and (kind := _cue(text)):
            found.append((", ".join(named), *kind, sentence))
        if len(found) >= 3:
            return found
    relayed = mentions.introduced((text, named) for _, text, named in marked)
    if relayed and not found and _BELOW.search(body):
        found += _relayed_claims(message, relayed)
    return found


def _relayed_claims(message: Message, voices: list[str]) -> list[tuple[str, str, str, str]]:
    """First-person credit in the message a relay forwards below ("see below a message from the Chair")."""
    text, new = message.text, message.new_text
    at = text.find(new[-200:]) if new.strip() else -1
    below = text[at + len(new[-200:]):] if at >= 0 else text[len(new):]
    below = _QUOTE_MARK.sub("", below[:MAX_RELAYED])
    for start, end in sentence_spans(below):
        sentence = below[start:end]
        if claim := SELF_CLAIM.search(" ".join(sentence.translate(_STRAIGHT).lower().split())):
            return [(", ".join(voices), "claims the credit for (in the message relayed below)", claim.group(0),
                     sentence)]
    return []


def _cue(text: str) -> tuple[str, str] | None:
    procedural = PROCEDURAL.search(text) is not None
    for agent, (what, pattern) in [(False, c) for c in CUES] + [(True, c) for c in AGENT_CUES]:
        m = pattern.search(text)
        if m is None or (procedural and CHAIRING.search(m.group(0))):
            continue  # "will open the AGM", "welcomed residents to the meeting": chairing business
        if not (agent and NEGATED.search(m.group(0))):  # "she can't do interviews"
            return what, m.group(0)
    return None


def _finding(message, period: ElectionPeriod, moment, mailbox, audience, promotions) -> Finding:
    who = sorted({name for names, *_ in promotions for name in names.split(", ")})
    names = " and ".join(f"Councillor {n}" for n in who)
    evidence = [f"From: {message.sender.display()} ({mailbox})", audience[0].upper() + audience[1:]]
    evidence += [f"{what} {_styled(names_)} (“{cue}”): “{_trim(sentence)}”"
                 for names_, what, cue, sentence in promotions]
    evidence += [f"Election period {period.describe()}; the message is of {moment.isoformat(timespec='minutes')}",
                 f"{CODE}, paragraph 34: “{PARAGRAPH_34}”"]
    return Finding(
        rule=RULE,
        # The Code's paragraph comes early: the digest shows the first 200 characters.
        summary=(f"Publicity promoting {names}, a candidate, sent from {mailbox} in the election period; "
                 f"{CODE}, paragraph 34: “Publicity relating to individuals involved directly in the election "
                 "should not be published by local authorities during this period…”"),
        evidence=tuple(evidence), subjects=tuple(who), location="new-text",
    )


def _styled(names: str) -> str:
    return ", ".join(f"Councillor {n}" for n in names.split(", "))


def _trim(sentence: str, limit: int = 300) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
