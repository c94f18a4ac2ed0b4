"""group-parity: an officer's advice or report goes only to members of one political group.

Contract definition:
    The sender is an officer and every councillor the message reaches (To, Cc,
    Bcc) belongs to one and the same political group — the directory's `group`
    of a councillor, or a group's shared address under `groups:` — in a council
    with at least two groups; and the new text gives advice or a report: a
    briefing, advice ("my advice is", "I would advise"), a report or note
    prepared for them, an options appraisal, an attached report, an answer
    to the group's question on council business ("Answers to the questions
    from your group:", "Short answer: yes, but ..."), procedural advice on
    the group's amendment or motion, a record of advice given at the group's
    meeting, or an officer's check of the group's own paper ("I've been
    through the group's alternative budget"). With only one councillor
    addressed, the text must say it is for the group ("your group asked",
    "for the Independent group"), or the councillor is the group's leader
    (under `groups:`, or titled `leader`) and the text speaks of "the group"
    or answers the leader's quoted question for "our group". Officers in copy, listed or an unlisted staff mailbox
    (clerk@, office@), do not stop it. Leigh-on-Sea §4.4 then asks the Clerk to
    tell the other groups that advice was given; the review desk offers that
    notice once.

One finding per message, naming the group in `subjects` (so an annotation can
say "{name}"). Only the new text, the subject and attachment names are read
(quoted history is someone else's words); work is bounded (text capped,
sentences capped, no nested quantifiers).

falsepositives:
    - one councillor's ward casework answered, even with advice in it: not advice to a group
    - mail to councillors of several groups, to all councillors, or to a list address
      (an unlisted council mailbox that is not a group's own)
    - meeting logistics: rooms, times, links, "the briefing is at 6pm in Room 2"
    - thanks and acknowledgements, promises of advice to come, offers and questions
      ("would the group like a briefing?"), refusals ("I cannot advise on party matters")
    - residents' or community groups; advice for a council working group, committee or panel whose
      members happen to be of one group ("for the Allotments Working Group", "the working group asked")
    - admin reminders (mileage claims), agenda packs re-sent, questions passed on with answers to come
    - a council with one political group, or none; mail that also goes to outside parties
"""

from __future__ import annotations

import re

from app.engine.checks import identity
from app.engine.directory import Directory, Person, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, Message
from app.engine.party_groups import group_by_address, group_entry, group_key, group_names

RULE = "group-parity"
_MAX_TEXT = 20_000
_MAX_SENTENCES = 400
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")

# What gives advice or a report. Strong cues stand alone; an answer to a question needs the group named.
_STRONG = re.compile(
    r"\b(?:briefing(?:\s+(?:note|paper|pack))?|brief(?:ed)?\s+(?:you|the\s+group|members)"
    r"|(?:my|our|officers?'?|legal|professional|procedural|quick|short|brief|some|the\s+clerk'?s?)\s+"
    r"(?:advice|guidance)|(?:advice|guidance)\s+(?:(?:that\s+|which\s+|what\s+)?(?:i|we)\s+(?:gave|have\s+given)|for\s+(?:you|your|the)\b|on|about|regarding|"
    r"re|is|would\s+be|remains|you\s+(?:asked|requested)|(?:the\s+)?group\s+(?:asked|requested)|requested|note)"
    r"|\b(?:i|we)(?:\s+(?:would|must|can|should|strongly)|'d)?\s+advise|advise\s+(?:that|you|the\s+group|members)"
    r"|options?\s+appraisal|appraisal\s+of\s+(?:the\s+)?options|the\s+options\s+are|option\s+(?:1|one|a)\b"
    r"|the\s+options\s+(?:for|on)\s[^.?!\n]{0,60}?\sare\b|(?:my|our)\s+recommendation|\b(?:i|we)\s+(?:would\s+)?recommend"
    r"|(?:attached|enclosed|here)\s+(?:is|are)?\s*(?:my|the|a|our)?\s*(?:short\s+)?(?:report|note|paper|briefing)"
    r"|(?:please\s+find|i\s+attach|i\s+enclose|attached\s+please\s+find)\s+(?:my|the|a|our)?\s*"
    r"(?:short\s+)?(?:report|note|paper|briefing|summary|advice)"
    r"|(?:i|we)\s+(?:have|'ve)\s+(?:now\s+)?(?:prepared|written|put\s+together|drafted)"
    r"|(?:report|note|paper|summary)\s+(?:you|your\s+group|the\s+group)\s+(?:asked|requested))",
    re.IGNORECASE,
)
# Advice in the shape of an answer or a walk-through: the procedure, a short or qualified answer, a recap
# of advice given at the group's meeting, an officer's check of the group's own paper.
_YES_NO = (r"(?:yes|no|unfortunately\s+not|sadly\s+not|i'?m\s+afraid\s+not)(?:\s+(?:you|it|we|they|the\s+"
           r"(?:group|council))\s+(?:can(?:not|'t)?|may|could|do|does|must|will|won'?t))?")
_WALKTHROUGH = re.compile(
    r"\b(?:procedure|process)\s+(?:for|on|is)\s+(?:[\w'-]+\s+){0,4}(?:amendments?|motions?|questions?|"
    r"petitions?|votes?|voting|debates?|items?|co-?option|rescission|resolutions?|budgets?|precept|"
    r"standing\s+orders?)\b|\bprocedurally\b|\b(?:re|on|about|regarding)\s+(?:the\s+)?procedure\b"
    r"|\bprocedural\s+(?:points?|position|note)\b"
    r"|\b(?:short|quick|simple|brief|straight)\s+answer\b|\bthe\s+answer\s+is\b|^\W*in\s+short\b"
    r"|\b(?:my|our|officers'?|the\s+clerk'?s?)\s+(?:professional\s+|legal\s+)?(?:view|opinion)\s+is\b"
    rf"|^\W*(?:\w+\s*[,\-\u2013\u2014]+\s*)?{_YES_NO}\s*[,;:\-\u2013\u2014]+(?!\s*(?:i|we|if|please|thanks|thank|sorry|of\s+course)\b)\s*"
    r"[^.!?\n]{0,120}?\b(?:but|provided|as\s+long\s+as|so\s+long\s+as|subject\s+to|unless|cannot|can'?t|"
    r"may\s+not|doesn'?t|does\s+not|isn'?t|won'?t|only|not)\b"
    r"|\bto\s+recap\b|\brecap\s+of\b|\b(?:summary|note|record|write-?up)\s+of\s+(?:what\s+(?:i|we)\s+"
    r"(?:said|advised|explained)|(?:the|my)\s+(?:advice|guidance))"
    r"|\b(?:i|we)\s+(?:can\s+)?confirm\s+(?:that\s+)?(?!receipt)[^.!?\n]{0,120}?\b(?:cannot|can'?t|must|"
    r"may\s+not|needs?\s+to|ha(?:s|ve)\s+to)\b"
    r"|\b(?:been\s+through|gone\s+(?:through|over)|looked\s+(?:at|over|through)|reviewed|checked|"
    r"read\s+through|run\s+(?:the\s+)?(?:numbers|figures)\s+on|comments?\s+on|feedback\s+on)\s+(?:your(?:\s+group'?s?)?|the\s+group'?s?)"
    r"\s+(?:[\w-]+\s+){0,2}(?:budget|amendments?|motions?|proposals?|draft|figures|costings|papers?|wording|"
    r"submission|numbers)\b|\b(?:been\s+through|gone\s+(?:through|over)|looked\s+(?:at|over|through)|reviewed|"
    r"checked|read\s+through)\s+the\s+(?:[\w-]+\s+)?(?:alternative\s+budget|budget\s+proposals?|amendments?|"
    r"figures|costings|numbers)\b"
    r"|\b(?:two|three|four|a\s+few|a\s+couple\s+of|several|\d)\s+(?:issues|problems|concerns|observations)\s*:",
    re.IGNORECASE,
)
_ANSWER = re.compile(
    r"\b(?:in\s+(?:answer|response|reply)\s+to|further\s+to|following|to\s+answer|on)\s+(?:your|the)\s+"
    r"(?:group'?s?\s+)?(?:questions?|query|queries|request)"
    r"|\b(?:you|your\s+group|the\s+group)\s+asked\s+(?:me\s+)?(?:whether|about|if|for|what|how|why)"
    r"|\b(?:you|your\s+group|the\s+group)\s+(?:asked|raised|put)\s+(?:me\s+)?(?:\w+\s+){0,2}(?:questions|points)\b"
    r"|\b(?:answers?|responses?|replies)\s+(?:below\s+|here\s+)?(?:to|on)\s+(?:the|your)\s+(?:group'?s?\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:questions?|quer(?:y|ies)|points)\b",
    re.IGNORECASE,
)
# The group's own item with what must happen to it: "your amendment needs to be with me in writing".
_ITEM_MODAL = re.compile(
    r"(?:\b(?:your|the\s+group'?s?|your\s+group'?s?)\s+(?:[\w-]+\s+){0,2}(?:questions?|proposals?|petition|"
    r"alternative\s+budget)|\b(?:your|the|this|that|the\s+group'?s?|your\s+group'?s?)\s+"
    r"(?:[\w-]+\s+){0,2}(?:amendments?|motions?))\b[^.!?\n]{0,80}?"
    r"\b(?:must|needs?|will\s+need|has\s+to|have\s+to|should(?!\s+(?:now|already|have|be\s+(?:on|in|with|there)))|cannot|can'?t|can\s+only|may\s+(?:not|only)|"
    r"is\s+(?:out\s+of\s+order|in\s+order|valid|invalid|not\s+valid|competent))\b"
    # a remark on the group's own paper: "re the group's alternative budget - the sums are wrong"
    r"|\b(?:re|on|about|regarding|as\s+for)\s+(?:your|the\s+group'?s?|your\s+group'?s?)\s+(?:[\w-]+\s+){0,2}"
    r"(?:amendments?|motions?|budget|proposals?)\s*[:\-\u2013\u2014,]\s+[^.!?\n]{0,200}?\b(?:but|so|because|"
    r"must|needs?|should|cannot|can'?t|will\s+need|ha(?:ve|s)\s+to|(?:is|are)\s+(?:fine|ok|wrong|not|out|too)|missing|doesn'?t|isn'?t|won'?t)\b"
    r"|\bif\s+(?:you|the\s+group|your\s+group|members)\s+(?:[\w-]+\s+){0,2}(?:wants?|wish(?:es)?|would\s+like|"
    r"decides?|intends?|plans?|chooses?|prefers?|is\s+minded|are\s+minded)\s+to\b[^.!?\n]{0,150}?"
    r"\b(?:must|needs?\s+to|will\s+(?:need|have)\s+to|has\s+to|have\s+to|should|cannot|can'?t|"
    r"would\s+(?:need|have)\s+to|requires?)\b",
    re.IGNORECASE,
)
# The group said outright: "your group", "the group's question", "the Independent group".
# "the group" alone is not enough: it is as often a friends', residents' or working group.
_GROUP_WORDS = re.compile(
    r"\b(?:your|our)\s+(?:political\s+|party\s+)?group\b(?!\s+(?:of\s+)?(?:residents|volunteers|friends))"
    r"|\bthe\s+(?:political|party)\s+group\b|\bgroup\s+(?:meeting|leader|members?|colleagues)\b",
    re.IGNORECASE,
)
# A council body the advice is for or from whom the question came: a working group or committee whose
# members may all be of one group is still the council's, not the political group's.
_BODY = (r"(?:working\s+(?:group|party)|steering\s+group|task(?:\s+and\s+finish)?\s+group|project\s+group|"
         r"advisory\s+group|sub-?group|sub-?committee|committee|panel|board|wg|t\s*&\s*f\s+group)")
_COUNCIL_BODY = re.compile(
    rf"\b(?:(?:advice|note|notes|briefing|paper|report|summary|prepared|written|options)\s+(?:[\w-]+\s+){{0,2}}for"
    rf"|dear|members\s+of|further\s+to|following)\s+(?:the\s+|[\w-]+'s\s+)?(?:members\s+of\s+(?:the\s+)?)?"
    rf"(?:[\w&'-]+\s+){{0,4}}{_BODY}\b"
    rf"(?!\s+(?:meeting|decision|agenda|report|papers?|minutes))"
    rf"|\bfor\s+[\w-]+'s\s+(?:[\w&'-]+\s+){{0,4}}{_BODY}\b"
    rf"|\b{_BODY}(?:'s)?\s+(?:(?:has|had|have)\s+)?(?:asked|requested|wanted|wants|queried|raised|"
    rf"would\s+like|members)\b|\b(?:asked|requested|raised|queried)\s+(?:for\s+)?by\s+(?:the\s+)?"
    rf"(?:[\w&'-]+\s+){{0,4}}{_BODY}\b|\b(?:your|our)\s+(?:(?-i:[A-Z])[\w&'-]*\s+){{0,3}}{_BODY}\b",
    re.IGNORECASE,
)
_BODY_SUBJECT = re.compile(r"\b(?:working\s+(?:group|party)|steering\s+group|task(?:\s+and\s+finish)?\s+group|"
                           r"project\s+group|advisory\s+group)\b", re.IGNORECASE)
_OTHER_GROUP = re.compile(r"\b(?:working|steering|task|project|advisory)\s+(?:group|party)|\b(?:friends|residents'?|community|user|volunteers?)\s+group\b", re.IGNORECASE)
# "the group" names the political group only in mail to its leader alone, with no other kind of group about.
_THE_GROUP = re.compile(r"\bthe\s+group\b", re.IGNORECASE)
# Sentences that carry a cue word but give nothing: logistics, thanks, offers, promises, refusals.
_LOGISTICS = re.compile(
    r"\b(?:(?:in|at)\s+(?:the\s+)?(?:\w+\s+){0,2}room|room\s+(?:is\s+)?(?:booked|\d)|booked|booking|venue|zoom|"
    r"teams\s+link|dial[- ]in|car\s+parking\s+is|refreshments|starts?\s+at|"
    r"will\s+be\s+held|rearranged|postponed|cancelled|moved\s+to)\b"
    r"|(?<![£$\d.])(?<!by\s)(?<!before\s)(?<!than\s)\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b"
    r"|(?<![£$\d.])(?<!by\s)(?<!before\s)(?<!than\s)\d{1,2}:\d{2}\b",
    re.IGNORECASE,
)
_NOT_GIVEN = re.compile(
    r"^\W*(?:many\s+)?(?:thanks|thank\s+you|cheers|received|noted|acknowledged?)\b"
    r"|\b(?:not|cannot|can'?t|unable|won'?t|no)\s+(?:\w+\s+){0,3}(?:advi[cs]e|brief|report)"
    r"|\b(?:will|'ll|shall|going\s+to|hope\s+to|aim\s+to)\s+(?:\w+\s+){0,3}(?:send|prepare|circulate|let\s+you\s+have|answer|respond|reply|"
    r"come\s+back|get\s+back|provide|write|draft|follow)"
    r"|\b(?:please|could\s+you|can\s+you|would\s+you)\s+(?:\w+\s+){0,2}advise"
    r"|\bcitizens\s+advice\b",
    re.IGNORECASE,
)
# One resident's matter, not council business in general ("residents" alone is everywhere).
_CASEWORK = re.compile(
    r"\b(?:(?:a|the|your|this|my)\s+resident(?:'s)?|constituents?|your\s+ward|ward\s+(?:matter|issue|casework)|"
    r"casework|case\s+(?:ref|reference|number)|complainant|householder|neighbour)\b",
    re.IGNORECASE,
)
# An unlisted council mailbox of the staff (not a members' list): clerk@, office@, rfo@, deputy.clerk@.
_STAFF_BOX = re.compile(r"^(?:town|parish|deputy|assistant)?[._-]?(?:clerk|office|admin|rfo|finance|enquiries|"
                        r"reception|facilities|planning|accounts)$", re.IGNORECASE)
_STAFF_NAME = re.compile(r"^\W*(?:the\s+)?(?:town\s+|parish\s+|deputy\s+|assistant\s+)?(?:clerk|rfo)\W*$",
                         re.IGNORECASE)
_REPORT_FILE = re.compile(r"(?:briefing|report|advice|options|appraisal)", re.IGNORECASE)


def check(message: Message, directory: Directory) -> list[Finding]:
    groups = group_names(directory)
    sender = message.sender
    if len(groups) < 2 or sender is None or directory.role_of(sender) is not Role.OFFICER:
        return []
    if group_by_address(directory, sender.email):
        return []  # a group's own mailbox writing is the group, not an officer
    reached = _one_group(message, directory)
    if reached is None:
        return []
    group, members, shared = reached
    text = message.new_text[:_MAX_TEXT]
    sentences = [s.strip() for s in _SENTENCE.findall(text)[:_MAX_SENTENCES]]
    sentences = [s for s in sentences if s]
    named = _names_group(text, group) or _leader_alone(message, directory, group, members, shared, text)
    if len(members) < 2 and not shared and not named:
        return []  # one councillor: their own matter unless the text says it is for the group
    if (_CASEWORK.search(text) or _COUNCIL_BODY.search(text) or _BODY_SUBJECT.search(message.subject[:300])) \
            and not named:
        return []  # a resident's matter, or a working group or committee of the council
    cues = _cues(message, sentences, named or len(members) >= 2 or bool(shared))
    if not cues:
        return []
    others = [g for g in groups if group_key(g) != group_key(group)]
    return [_finding(message, directory, group, members, shared, cues, others)]


def _one_group(message: Message, directory: Directory) -> tuple[str, list[Person], list[Address]] | None:
    """(group, its members reached, its shared addresses reached) when the councillors reached are one group's."""
    own = identity.sender_addresses(message, directory)
    members: dict[str, Person] = {}
    shared: list[Address] = []
    keys: set[str] = set()
    name = ""
    for address in message.recipients:
        if not address.email or address.email in own:
            continue
        box = group_by_address(directory, address.email)
        if box is not None:
            shared.append(address)
            keys.add(group_key(box))
            name = name or box
            continue
        person = directory.person(address)
        role = directory.role_of(address)
        if role is Role.OFFICER and (person is not None or _STAFF_BOX.search(address.email.partition("@")[0])
                                     or _STAFF_NAME.search(address.name or "")):
            continue  # a colleague in copy, or the clerk's or office's unlisted mailbox
        if role is not Role.COUNCILLOR or person is None or not group_key(person.group):
            return None  # a list address, an outsider, or a councillor of no group
        members[person.name] = person
        keys.add(group_key(person.group))
        name = name or " ".join(person.group.split())
    if len(keys) != 1:
        return None
    return name, list(members.values()), shared


def _leader_alone(message: Message, directory: Directory, group: str, members, shared, text: str) -> bool:
    """Mail to the group's leader alone that speaks of "the group", or answers the leader's question for "our group"."""
    if shared or len(members) != 1 or _OTHER_GROUP.search(text):
        return False
    entry = group_entry(directory, group)
    person = members[0]
    if not ((entry is not None and entry.leader in person.emails) or {"leader", "group-leader"} & set(person.titles)):
        return False  # the groups mapping names the leader, or the directory's `leader` title does
    if _THE_GROUP.search(text):
        return True
    quoted = next((e for e in message.embedded[:3] if e.depth == 1 and e.sender is not None
                   and e.sender.email in members[0].emails), None)
    asked = quoted.body[:_MAX_TEXT] if quoted is not None else ""
    return bool(_GROUP_WORDS.search(asked) or _THE_GROUP.search(asked)) and not _OTHER_GROUP.search(asked)


def _names_group(text: str, group: str) -> bool:
    if _GROUP_WORDS.search(text):
        return True
    words = r"\s+".join(re.escape(w) for w in group.split())
    return re.search(rf"\b{words}(?:'s)?\s+(?:group|members|councillors)\b", text, re.IGNORECASE) is not None


def _cues(message: Message, sentences: list[str], group_asked: bool) -> list[str]:
    found, set_aside = [], False
    for sentence in sentences:
        if _NOT_GIVEN.search(sentence) or sentence.endswith("?") or _LOGISTICS.search(sentence):
            set_aside = True
            continue
        match = _STRONG.search(sentence) or _WALKTHROUGH.search(sentence) or _ITEM_MODAL.search(sentence) \
            or (_ANSWER.search(sentence) if group_asked else None)
        if match:
            found.append(f"“{' '.join(match.group(0).split())}” — “{' '.join(sentence.split())[:200]}”")
    subject = message.subject[:300]
    if not found and not set_aside and _STRONG.search(subject) and not _NOT_GIVEN.search(subject) \
            and not _LOGISTICS.search(subject) and not subject.rstrip().endswith("?") and sentences:
        found.append(f"Subject: {subject}")  # "Briefing: ..." over a body of bare facts
    for attachment in message.attachments[:20]:
        if not attachment.inline and _REPORT_FILE.search(attachment.filename or "") and sentences:
            found.append(f"attachment: {attachment.filename}")
    return found


def _finding(message, directory, group, members, shared, cues, others) -> Finding:
    sender = message.sender
    who = [f"Cllr {p.name}" for p in members] + [a.display() for a in shared]
    evidence = [f"From: {sender.display()}",
                f"the {group} group only: {identity.join_names(who[:6])}" + (" …" if len(who) > 6 else ""),
                *cues[:3], f"other groups not told: {', '.join(others)}"]
    return Finding(
        rule=RULE,
        summary=(f"{identity.display_name(sender, directory)} gives advice or a report to the {group} group "
                 f"only; the other groups ({', '.join(others)}) should be told that advice was given."),
        evidence=tuple(evidence), subjects=(group,), location="new-text",
    )
