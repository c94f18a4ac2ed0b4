"""election-period: council publicity that promotes a candidate during an election period.

Contract definition:
    The council has an election period (the directory's `elections`, set with
    `mailguard council election add`) and the message falls in it: its Date
    header, else the moment the service checked it. It is sent from a council
    mailbox — an officer's, a shared council address, or a councillor's council
    address — to the public: the press, a list or newsletter address, ten or
    more outside recipients, or it is itself publicity (a press or news release,
    a newsletter, a bulletin, a photo caption, text "for publication"). And its
    new text promotes a councillor who stands in that election (every councillor
    unless the period names its candidates): it quotes them or reports their
    views ("said Cllr Marsh"), credits them ("thanks to Cllr Pugh", "Cllr Begum
    secured the grant"), pictures them ("Pictured: Cllr Marsh"), features them at
    an event ("will be officially opened by Cllr Pugh") or asks for their
    election; or a candidate writing from their council address claims the
    credit themselves ("I secured…", "vote for me"). The finding cites the Code
    of Recommended Practice on Local Authority Publicity, paragraph 34.

falsepositives:
    - factual lists of candidates, wards and parties (the Code permits them), notices of the poll
    - mail dated outside every election period
    - internal mail (no outside recipient), and partners
    - a councillor's own campaign mail from a personal or party address (not council publicity)
    - neutral service notices that name no candidate, and quotes of officers
    - routine replies to one resident, e.g. naming their ward councillor as a contact
    - a councillor who does not stand, when the period names its candidates
    - quoted earlier messages (only the new text counts)
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from app.engine.checks.acts.sentences import letter_body, sentence_spans
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
_PRESS_LOCAL = re.compile(r"^(?:news|newsdesk|newsroom|editor|editorial|press|media|letters|reporter|features|"
                          r"picturedesk|pictures|desk)(?:[._-]|$)")
_PRESS_DOMAIN = re.compile(r"news|gazette|herald|chronicle|advertiser|mercury|newsquest|reachplc|archant|iliffe|"
                           r"nationalworld|journal|telegraph|examiner|observer|\b(?:echo|times|post|star|standard|"
                           r"express|bbc|itv|radio|fm|tv|press|media|argus|courier|guardian)\b")
_LIST_LOCAL = re.compile(r"^(?:newsletter|news|residents|community|subscribers|members|all|everyone|list|announce|"
                         r"bulletin|updates|mailing|mailinglist)(?:[._-]|$)")
_PUBLICITY = re.compile(
    r"\b(?:press|media|news) release\b|\bfor immediate release\b|\bembargo(?:ed)?\b|\bnotes? (?:to|for) editors\b"
    r"|\bnewsletter\b|\be-?bulletin\b|\bresidents'? (?:update|bulletin)\b|\bcommunity (?:update|news)\b"
    r"|(?<!not )\bfor publication\b|\bplease (?:publish|print|run|share) (?:this|the)\b|\bphoto ?call\b"
    r"|\bphoto caption\b|\bpress statement\b|\bmedia statement\b|\bnews (?:story|item)\b|\bparish magazine\b"
    r"|\bnews ?sheet\b|\bfor (?:the|our) (?:website|facebook page|social media)\b")
_CUES = (
    ("quotes or reports the views of", re.compile(
        r"\b(?:said|says|commented|comments|added|adds|explained|explains|stated|remarked|enthused|declared|told|"
        r"welcomed|welcomes|hailed|according to|in the words of|believes|thinks|feels|wants|hopes|urged|urges|"
        r"called on|calls on|promised|promises|pledged|vowed)\b|(?:cllr|councillor) [a-z' -]{1,40}:\s*\"")),
    ("credits", re.compile(
        r"\bthank(?:s|ing)?(?: you)?(?: go(?:es)?)? to\b|\bcredit\b|\bsecured\b|\bdelivered\b|\bchampion(?:ed|ing)\b"
        r"|\bspearhead(?:ed|ing)\b|\bcampaign(?:ed|ing) (?:for|to|hard)\b|\bfought (?:for|to|hard)\b"
        r"|\bpushed for\b|\blobbied\b|\bsuccessfully\b|\btireless(?:ly)?\b|\bhard[- ]?work(?:ing)?\b"
        r"|\binstrumental\b|\bbrainchild\b|\binitiative of\b|\bdedication\b|\bcongratulat\w*|\bproud(?:ly)?\b"
        r"|\bmade (?:this|it) happen\b|\bwork(?:ed|ing|s)? (?:very |so |really )?hard\b|\bled (?:the|a|an|by)\b"
        r"|\b(?:his|her|their) (?:plan|idea|vision|scheme)\b|\bto fruition\b|\bpossible because\b")),
    ("pictures", re.compile(
        r"\bpictured\b|\bphoto(?:graph)?(?:s)? (?:of|with|shows?|showing)\b|\bphoto(?:graph)?:|\bphotographed\b"
        r"|\bcaption\b|\bleft to right\b|\(l-r\)|\bl-r:|\bpics?\b|\bpictures? (?:of|shows?)\b"
        r"|\b(?:shows|showing|features|featuring) (?:cllr|councillor)\b")),
    ("features at an event", re.compile(
        r"\bofficially open|\bwill (?:officially )?(?:open|launch|unveil)\b|\b(?:opened|launched|unveiled) by\b"
        r"|\bcut(?:ting)? the ribbon\b|\bguest of honou?r\b|\bspecial guest\b|\bjoin (?:cllr|councillor)\b"
        r"|\bcome and meet\b|(?:cllr|councillor) [a-z' -]{1,30} (?:opening|unveiling|launching|presenting|"
        r"cutting the)\b")),
    ("asks for the election of", re.compile(
        r"\bvote for\b|\bre-?elect\b|\belect (?:cllr|councillor)\b|\bsupport (?:cllr|councillor)\b")),
)
_SELF_CLAIM = re.compile(
    r"\bi (?:have |'ve )?(?:personally )?(?:secured|delivered|championed|fought for|campaigned for|won|spearheaded)\b"
    r"|\bi(?:'m| am) (?:so |very |really )?proud to have\b|\bthanks to (?:me|my)\b|\bvote for me\b|\bre-?elect me\b")
_FACTUAL = re.compile(r"persons nominated|\bnotice of (?:election|poll)\b|\bcandidates? (?:standing|nominated)\b"
                      r"|\bpolling (?:station|day|card)s?\b")


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
    audience = _audience(message, externals, body) if externals else None
    if audience is None:
        return []
    candidates = {p.name for p in directory.councillors() if period.is_candidate(p.name)}
    promotions = _promotions(message.subject, body, directory, candidates, directory.person(sender))
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


def _audience(message: Message, externals: list[Address], body: str) -> str | None:
    for r in externals:
        local, _, domain = r.email.partition("@")
        if _PRESS_LOCAL.match(local) or _PRESS_DOMAIN.search(domain.replace("-", " ").replace(".", " ")):
            return f"to the press: {r.display()}"
        if _LIST_LOCAL.match(local) or domain.startswith(("lists.", "groups.")) or domain == "googlegroups.com":
            return f"to a mailing list: {r.display()}"
    if len({r.email for r in externals}) >= MASS_AUDIENCE:
        return f"to {len({r.email for r in externals})} recipients outside the council"
    for where, text in (("subject", message.subject), ("text", body[:3000])):
        found = _PUBLICITY.search(text.translate(_STRAIGHT).lower())
        if found:
            return f"publicity ({where}: “{found.group(0)}”) to {externals[0].display()}"
    return None


def _promotions(subject: str, body: str, directory: Directory, candidates: set[str],
                sender: Person | None) -> list[tuple[str, str, str, str]]:
    """(who, what the sentence does, its cue, the sentence) for each sentence promoting a candidate."""
    found: list[tuple[str, str, str, str]] = []
    sentences = [subject] + [body[s:e] for s, e in sentence_spans(body)]
    self_candidate = sender is not None and sender.role is Role.COUNCILLOR and sender.name in candidates
    for sentence in sentences:
        lowered = " ".join(sentence.translate(_STRAIGHT).lower().split())
        if not lowered or _FACTUAL.search(lowered):
            continue
        if self_candidate and (claim := _SELF_CLAIM.search(lowered)):
            found.append((sender.name, "claims the credit", claim.group(0), sentence))
            continue
        kind = next(((what, m.group(0)) for what, pattern in _CUES if (m := pattern.search(lowered))), None)
        if kind is None:
            continue
        named = [p.name for p in directory.people_named(sentence, (Role.COUNCILLOR,)) if p.name in candidates]
        if named:
            found.append((", ".join(named), kind[0], kind[1], sentence))
        if len(found) >= 3:
            break
    return found


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
