"""instructs-staff: a councillor, acting alone, directs a council officer to act.

Contract definition:
    A councillor's message to an officer (an officer, or a shared staff
    mailbox, is in To; nobody outside the council is) that directs the officer
    to act: an instruction stated outright ("Please cancel the booking",
    "Get Kestrel to cut the verges by Friday", "I want this done today",
    "You need to write to the tenant", "Do not pay the invoice"). The
    councillor is the sender, or signs the message from a personal or shared
    address. Requests and questions ("could you look into…", "can you
    advise"), casework referrals ("I have a resident who…"), what leaves it to
    the officer ("when you get a chance", "up to you"), and a councillor
    relaying a decision of the council or a committee ("as resolved by Full
    Council on …, please …") do not fire; nor does anything an officer sends,
    the Clerk acting on a council decision included.

    Shorthand ("Kirsty pls ring…"), a work verb opening the message ("Serve
    notice on…"), "As Leader … I am telling you to…", a requirement with a
    deadline or standing ("must be on from 7am from now on"), and "can you make
    sure the hall is set out tonight." (no question mark) all instruct; another
    councillor's say-so ("the Chair is fine with it") is not a decision.

Only the new text counts: an instruction in quoted history is someone else's
earlier words. Each sentence is read by the speech-act analysis of
`app.engine.checks.acts` with the staff-work vocabulary (`analyse(text,
staff=True)`); a finding needs one INSTRUCT or ORDER act stated outright and
directed at the reader.

falsepositives:
    - requests and questions: "could you look into…", "can you book the band?",
      "would you mind…", "I'd be grateful if you could…", "please can you…?"
    - casework referrals: "I have a resident who…; please let her know", "Mrs X has
      complained, please chase the county" (following up a constituent's matter)
    - what asks nothing of council work: "please let me know", "please find attached",
      "send me the figures", "accept my apologies", "put this on the agenda" (asking
      the council to decide is the protocols' own route), "take a break"
    - what leaves it to the officer: "when you get a chance", "if you can", "up to you"
    - a resolution relayed: "as resolved by Full Council on 3 March (min. 24/31), please…"
    - consent to the officer's own proposal: "yes, please go ahead"
    - instructions to councillors or outsiders on the same thread ("Raj, please book
      the venue"; "Mr Harris, you are required to…"); letters to outsiders are
      `councillor-name-letter`'s
    - conditional, hedged, negated, reported, deferred statements (the acts' modifiers)
"""

from __future__ import annotations

import re

from app.engine.checks.acts import Act, Actor, Mood, SpeechAct, analyse, disowns_council
from app.engine.checks.acts.grammar import DEADLINE
from app.engine.checks.acts.staff import STANDING
from app.engine.checks.acts.sentences import MAX_CHARS
from app.engine.checks.identity import name_words, person_by_display_name
from app.engine.checks.signoff import signer
from app.engine.directory import Directory, Person, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, Message

RULE = "instructs-staff"
_LOOK_BACK = 300  # characters before an instruction read for the decision it relays

# The council or a committee decided it: the councillor passes the decision on.
_DECIDED = re.compile(
    r"\b(?:resolved|agreed|decided|approved|voted|minuted|authori[sz]ed)\s+(?:by|at|in)\s+(?:the\s+|our\s+|last\s+\w+'?s?\s+)?(?:[\w&'-]{1,20}+\s+){0,3}?"
    r"(?:council|committee|meeting|f\s?&\s?gp)\b"
    r"|\b(?:council|committee|f\s?&\s?gp|members|meeting)\s+(?:has\s+|have\s+|formally\s+|unanimously\s+)?(?:resolved|agreed|decided|voted|approved|authori[sz]ed)\b"
    r"|\bresolved\s+(?:on\s+[\w ]{1,20}?\s+|at\s+[\w ]{1,30}?\s+|unanimously\s+)?(?:to|that)\b|\bresolution\s+(?:no\.?\s*)?\d|\bmin(?:ute)?\.?\s+(?:no\.?\s*|ref\.?\s*)?\d|\bas\s+resolved\b"
    r"|\b(?:per|under|in\s+line\s+with|following|pursuant\s+to|in\s+accordance\s+with|as\s+per)\s+(?:the\s+)?(?:council's\s+|committee's\s+|[\w&]{1,20}+'s\s+)?(?:resolution|decision|minutes?)\b",
    re.IGNORECASE,
)
# A constituent's matter passed to officers; following it up ("please let her know") is casework.
_CASEWORK = re.compile(
    r"\b(?:a|one\s+of\s+my|my|local|several|two|three|some)\s+(?:residents?|constituents?|parishioners?|neighbours?)\b"
    r"|\b(?:mr|mrs|ms|miss|dr)\.?\s+[\w'-]{1,30}+(?:\s+[\w'-]{1,30}+){0,5}?\s+(?:has|have|had)\s+(?:contacted|complained|asked|been\s+in\s+touch|written|emailed|rung|phoned|called)"
    r"|\b(?:written|wrote|complained|been\s+in\s+touch|emailed|rung|rang|phoned|called|texted|messaged|stopped|approached|collared)\s+(?:to\s+|with\s+)?me\b|\bcontacted\s+me\b"
    r"|\bresidents?\s+(?:has|have|had|is|are|keep)\s+(?:contacted|complained|been\s+in\s+touch|asked|reported|raised)|\bcasework\b",
    re.IGNORECASE,
)
_REFERRAL = re.compile(r"(?:look|chase|contact|reply|respond|write|call|ring|phone|e-?mail|get\s+back|let|tell|inform|pass|forward|"
                       r"report|log|check|send|ask|update|notify|sort|deal|action|handle|investigate)\b")
# Said anywhere, these leave the whole message to the officer's judgement.
_LEFT_TO_THEM = re.compile(r"\b(?:up\s+to\s+you|your\s+call|i(?:'m|\s+am)\s+not\s+instructing|(?:only|just)\s+a\s+suggestion|"
                           r"at\s+your\s+discretion|you\s+know\s+best)\b", re.IGNORECASE)
_ENSURE = re.compile(r"(?:make\s+sure|ensure)\b")
# "can you make sure the Mayor knows": someone told, not a thing done.
_INFORMED = re.compile(r"\s+(?:that\s+)?(?:[\w'-]{1,30}+\s+){1,4}?(?:knows?|is\s+aware|are\s+aware|(?:is|are|gets?)\s+(?:told|informed|invited|copied))\b")
# "the Chair of the Amenities Committee has agreed" is one councillor's say-so, not the committee's decision.
_CHAIR_OF = re.compile(r"\b(?:vice[- ]?)?chair(?:man|woman|person)?\s+of\s+(?:the\s+)?(?:[\w&'-]{1,20}+\s+){0,3}?(?:committee|council|f\s?&\s?gp)\b",
                       re.IGNORECASE)
_CONSENT = re.compile(r"(?:go\s+ahead|proceed|carry\s+on|continue)\b", re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:(?:dear|hi|hello|hiya|hey|morning|afternoon|good\s+(?:morning|afternoon))\s+)?(?P<names>[^\n.!?]{1,60}?)\s*(?:[,:!–—-]|$)",
                       re.IGNORECASE)
_OFFICE_WORDS = frozenset({"clerk", "office", "team", "all", "everyone", "staff", "colleagues", "facilities", "rfo", "officers", "bookings"})


def check(message: Message, directory: Directory) -> list[Finding]:
    officers = _officers_in_to(message, directory)
    if not officers or any(not directory.is_governed(a) for a in message.to if a.email):
        return []  # not to an officer, or a letter to someone outside the council too
    councillor, how = _councillor_writing(message, directory)
    if councillor is None:
        return []
    text = message.new_text[:MAX_CHARS]  # what the analysis reads; the rest of a huge body is not searched
    if _LEFT_TO_THEM.search(text) or disowns_council(text) or _greets_only_others(text, message, directory):
        return []
    casework = _casework(message, directory, text)
    acts = [a for a in analyse(text, staff=True) if _directs(a, text, casework, message, directory)]
    if not acts:
        return []
    return [_finding(message, directory, councillor, how, acts, officers)]


def _officers_in_to(message: Message, directory: Directory) -> list[Address]:
    sender = message.sender
    return [a for a in message.to if a.email and directory.role_of(a) is Role.OFFICER
            and not directory.same_person(a, sender)]


def _councillor_writing(message: Message, directory: Directory) -> tuple[Person | None, str]:
    """The councillor who writes: the listed sender, else the sign-off of an unlisted or shared address."""
    sender = message.sender
    person = directory.person(sender)
    if person is not None:
        return (person, f"From: {sender.display()}") if person.role is Role.COUNCILLOR else (None, "")
    signed = signer(message.new_text, directory)
    if signed is not None and signed[0].role is Role.COUNCILLOR:
        return signed[0], f"sign-off: {signed[1]}"
    if sender is not None and directory.role_of(sender) is Role.EXTERNAL:
        named = person_by_display_name(sender, directory)  # a councillor's own, unlisted address
        if named is not None and named.role is Role.COUNCILLOR:
            return named, f"From: {sender.display()} (the name of {named.styled()})"
    return None, ""


def _directs(act: SpeechAct, text: str, casework: bool, message: Message, directory: Directory) -> bool:
    if act.act not in (Act.INSTRUCT, Act.ORDER) or not act.binding:
        return False
    cue = act.cue.lower()
    when = DEADLINE.search(act.sentence.lower()) or STANDING.search(act.sentence.lower())
    if act.mood is Mood.REQUEST and act.actor is Actor.ADDRESSEE and not _directed_ask(act, cue, when):
        return False  # "can you …", "could you please …": asked, not directed
    if act.mood is Mood.PERFORMATIVE:
        return False  # "we'll order two more": the writer's own act
    if (act.mood is Mood.STATE and act.actor in (Actor.OTHER, Actor.NONE, Actor.OFFICER)) or re.search(r"\b(?:be|stay|remain|go|come)\b", cue):
        if not when:
            return False  # "the hedge must be cut" is a view; "… by Friday" is a direction
        if act.actor is Actor.OTHER and " be " not in f" {cue} ":
            return False  # "the club must stop using the nets": someone else's duty, not the reader's
    verb = re.sub(r"^(?:do\s+not|don't|never|please|also|just|immediately)\s+", "", cue)
    if _CONSENT.match(verb):
        return False  # "yes, please go ahead": consent to the officer's own proposal
    if casework and _REFERRAL.match(verb):
        return False  # following up a constituent's matter is casework
    before = text[max(0, act.span[0] - _LOOK_BACK) : act.span[1]]
    if _DECIDED.search(_CHAIR_OF.sub("the chair", before)):
        return False  # the council's or a committee's decision, relayed
    return not _addressed_to_others(act.sentence, message, directory)


def _directed_ask(act: SpeechAct, cue: str, when) -> bool:
    """ "can you make sure the hall is set out for 60 tonight.": a question's form, a direction's content —
    that a thing be so, by a time, and no question mark."""
    if not when or _ENSURE.match(cue) is None or act.sentence.rstrip(" \"')").endswith("?"):
        return False
    return _INFORMED.match(act.sentence[act.sentence.lower().find(cue) + len(cue):].lower()) is None


def _casework(message: Message, directory: Directory, text: str) -> bool:
    """A constituent's matter: said in the text or subject, or a resident's own email passed on below."""
    if _CASEWORK.search(text) or _CASEWORK.search(message.subject[:300]):
        return True
    return any(e.sender is not None and e.sender.email and directory.is_external(e.sender) for e in message.embedded[:20])


def _greets_only_others(text: str, message: Message, directory: Directory) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    match = _GREETING.match(first) if len(first.strip()) <= 60 else None
    return match is not None and _addressed_to_others(match.group("names") + ",", message, directory)


def _addressed_to_others(sentence: str, message: Message, directory: Directory) -> bool:
    """The sentence opens by naming councillors or outsiders on the message, and no officer."""
    head = re.split(r"[,:–—]|\s-\s", sentence, maxsplit=1)
    if len(head) < 2 or len(head[0]) > 40:
        return False
    words = name_words(head[0])
    officer_words, other_words = set(_OFFICE_WORDS), set()
    for address in message.to + message.cc:
        person = directory.person(address)
        names = name_words(person.name if person else address.name or "")
        (officer_words if directory.role_of(address) is Role.OFFICER else other_words).update(names)
    other_words -= officer_words
    return bool(words & other_words) and not words & officer_words


def _finding(message, directory, councillor, how, acts, officers) -> Finding:
    evidence = [how]
    evidence += [f"instruction ({a.act.value}, {a.mood.value}): “{a.cue}” — “{a.sentence}”" for a in acts[:3]]
    evidence += [f"To: {a.display()}" for a in officers[:3]]
    who = ", ".join(directory.display_name(a) for a in officers[:3])
    return Finding(
        rule=RULE,
        summary=(f"{councillor.styled()} tells {who} to act (“{acts[0].cue}”); a councillor acting alone "
                 "does not instruct council staff — ask the Clerk, or ask the council or a committee to decide."),
        evidence=tuple(evidence), subjects=(councillor.name,), location="new-text",
    )
