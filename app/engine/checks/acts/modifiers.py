"""What qualifies an act: asked, conditioned, hedged, negated, reported, deferred, personal.

Each test reads the sentence (lower-cased) and, where word order matters, only the
part before the act's cue: "I will ask the clerk whether the council will pay"
defers the payment, "The council will pay; I will let the clerk know" does not.
"""

from __future__ import annotations

import re

from app.engine.checks.acts.model import Modifier

_DECISION = (r"(?:council|committee|members|f\s?&\s?gp|meeting|approv\w*|agree\w*|decid\w*|decision|vote|resolution|"
             r"budget|funding|funds|money|precept|ratif\w*|sign(?:ed)?\s+off|go(?:es)?\s+through)")
CONDITIONAL = re.compile(
    rf"\b(?:if|unless|provided|providing|as\s+long\s+as|assuming|(?<!at\s)once|whether|should\s+(?:the|it|members))\b[^,;.]{{0,80}}?\b{_DECISION}"
    rf"|\bsubject\s+to\s+(?:the\s+|a\s+|its\s+|formal\s+|final\s+)?(?:[\w&]{{1,30}}+\s+){{0,3}}?(?:approval|agreement|decision|ratification|confirmation|consent|resolution|vote|council|committee|members|budget|funding)"
    r"|\bwhen\s+(?:the\s+)?(?:council|committee|members)\s+(?:meets?|decides?|agrees?|approves?|has\s+(?:met|decided|agreed|approved))"
    r"|\b(?:would|will)\s+(?:have|need)\s+to\s+(?:go\s+(?:to|through|before)|be\s+(?:agreed|approved|decided))"
    r"|\b(?:has|have|needs?)\s+to\s+go\s+(?:to|through|before)"
)
# "If you want to use the green, you'll need a booking form": advice, not an instruction (an offer
# on the same terms, "the plot is yours if you want it", still binds).
READER_WISH = re.compile(r"\bif\s+you\s+(?:want|wish|would\s+like|'d\s+like|need|are\s+interested|fancy|plan)\b")
HEDGED = re.compile(
    r"\b(?:hope|hoping|hopefully|i\s+think|i\s+believe|i\s+expect|i\s+imagine|i\s+suspect|i\s+reckon|i\s+guess|i\s+feel|"
    r"probably|perhaps|maybe|possibly|might|likely|fingers\s+crossed|no\s+promises|(?:can't|cannot|can\s+not)\s+(?:promise|commit|say|pre-?judge|guarantee|give\s+you\s+an\s+answer)|"
    r"(?:not\s+in\s+a\s+position|(?:not\s+able|unable)(?=\s+to\s+(?:commit|promise|confirm|say|guarantee|tell|give\s+you\s+an\s+answer)))\s+to|not\s+(?:my|up\s+to\s+me)|isn't\s+(?:my|up\s+to\s+me)|not\s+my\s+decision|"
    r"not\s+sure|unsure|(?:don't|do\s+not)\s+know|no\s+idea|i'll\s+try|try\s+to|minded\s+to|i'd\s+be\s+(?:very\s+)?surprised|"
    r"in\s+principle|exploratory|no\s+commitment|at\s+this\s+stage|as\s+far\s+as\s+i\s+know|up\s+to\s+(?:the\s+)?(?:full\s+)?council|"
    r"would\s+be\s+(?:a\s+)?(?:matter|decision)\s+for|(?:decision|choice)\s+(?:is|rests|will\s+be)\s+(?:theirs|with|for)|"
    r"i\s+doubt|(?:don\'t|do\s+not)\s+think|could(?!\s+you)|(?<!you\s)would(?!\s+(?:you|like|be\s+(?:happy|pleased|grateful|glad|delighted)))|i'd\s+(?:like|love)\s+(?:the\s+council|us)|"
    r"in\s+theory|ideally|if\s+possible|only\s+(?:the\s+)?(?:full\s+|town\s+|parish\s+)?(?:council|committee)\s+(?:itself\s+)?(?:can|could|may)|(?:can\'t|cannot|can\s+not)\s+[^.;]{0,40}?\bmyself)\b"
)
NOT_DECIDED = re.compile(
    r"\b(?:no\s+decision|not\s+(?:yet\s+)?(?:been\s+)?(?:decided|agreed|approved|taken\s+a\s+position)|(?:hasn't|haven't|has\s+not|have\s+not)\s+"
    r"(?:yet\s+)?(?:been\s+)?(?:decided|agreed|approved|reached|taken|made)|nothing(?:'s|\s+has)\s+been\s+(?:agreed|decided)|"
    r"never\s+(?:allowed|agreed|refused)|not\s+yet|no\s+view|no\s+position|"
    r"nothing\s+(?:is|has\s+been|'s\s+been|'s)\s+(?:yet\s+)?(?:agreed|decided|approved|confirmed|settled))\b"
)
_REPORTER = re.compile(
    r"\b(?:i've\s+been\s+told|i(?:\s+was|\s+am|'m)\s+told|i\s+understand|i\s+gather|i\s+hear|apparently|according\s+to|"
    r"(?P<who>[\w-]{1,30}+)\s+(?:says|said|tells?\s+(?:me|us)|told\s+(?:me|us)|ha(?:s|ve)\s+told|advises?|advised|informs?|informed|mentioned|explained|reckons?|thinks?)|"
    r"the\s+(?:press|paper|article|report)\s+(?:says|said))\b"
)
_OWN_BODIES = frozenset({"council", "committee", "members", "gp", "we", "i", "chair", "chairman", "to"})  # "I write to inform you"
DEFERRED = re.compile(
    r"\b(?:i|we)(?:'ll|'ve|'m|\s+will|\s+have|\s+am|\s+shall|\s+would|'d|\s+can)?\s+(?:\w{1,30}+\s+){0,2}?"
    r"(?:ask|asked|asking|raise|raised|raising|refer|referred|put\s+(?:it|this|that|your\s+[\w-]{1,30}+)\s+(?:to|on)|pass(?:ed|ing)?\s+(?:it|this|that|them|your\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?)\s+(?:on\s+)?to|"
    r"recommend|recommended|propose|proposed|suggest|suggested|mention|mentioned|bring\s+(?:it|this|that|your\s+[\w-]{1,30}+)|"
    r"take\s+(?:it|this|that)\s+(?:up|to)|push\s+for|press\s+for|speak\s+(?:to|in\s+favour)|find\s+out|chase|check\s+with|"
    r"make\s+(?:the|that|this)\s+case|argue|arguing|lobby|log|logged|report|reported|support)\b"
    r"|\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:\w{1,30}+\s+){0,2}?(?:let\s+you\s+know|come\s+back\s+to\s+you|get\s+back\s+to\s+you)\b"
)
PERSONAL = re.compile(
    r"\b(?:personal\s+(?:view|capacity|opinion)|personally|my\s+own\s+(?:view|opinion)|speaking\s+(?:purely\s+)?for\s+myself|"
    r"(?:not|n't)\s+speaking\s+for|views?\s+(?:here\s+)?(?:are|is)\s+(?:my|entirely\s+my)\s+own|as\s+a\s+resident|"
    r"(?:my|our)\s+(?:own\s+)?(?:farm|business|shop|family|house|home|garden|holiday|wedding|car|van|dog|kids|children|husband|wife|partner|broadband|internet|phone|mobile|cottage|yard|paddock|property|boiler|driveway)\b|my\s+contract\b|farm\s+account|for\s+myself|"
    r"nothing\s+to\s+do\s+with\s+the\s+council|(?:collect|pick\s+up|fetch|post|take)\s+my\b|(?:invoice|bill|charge)\s+me\b|(?:invoice|bill|charge)\s+[^.;]{0,40}?\bnot\s+the\s+(?:parish|council|town\s+council)\b|"
    r"for\s+me(?!\s+to)(?=\s*(?:[?.!,]|$|today|tomorrow|tonight|this|next|on\b|at\b|please)))"
)
# How anyone goes about something through the council's ordinary channels: information, not a grant
# or an instruction ("you can book the hall online", "please book your place by emailing the clerk").
PROCEDURE = re.compile(
    r"\b(?:online|through\s+(?:the|our)\s+(?:office|clerk|website|council\s+website|booking\s+system)|via\s+(?:the|our)\s+"
    r"(?:office|clerk|website|booking)|on\s+(?:the|our)\s+(?:council\s+)?website|by\s+(?:calling|emailing|phoning|ringing|"
    r"contacting|writing\s+to|filling\s+in|completing))\b"
)
# The whole letter is not on the council's behalf: a personal capacity, party business.
DISOWNED = re.compile(
    r"\b(?:(?:i\s+am|i'm)\s+writing|i\s+write|writing)\s+(?:to\s+you\s+)?(?:in\s+a\s+personal\s+capacity|personally|as\s+a\s+private\s+individual)"
    r"|\bnot\s+(?:writing\s+|speaking\s+)?(?:on\s+behalf\s+of|for)\s+the\s+(?:town\s+|parish\s+)?council\b"
    r"|\b(?:do|does)\s+not\s+(?:represent|reflect)\s+(?:the\s+(?:views?|position)\s+of\s+)?the\s+(?:town\s+|parish\s+)?council\b"
    r"|\b(?:focus\s+leaflets?|leaflets?\s+(?:through|round|out)|canvass\w*|hustings|election\s+(?:campaign|leaflets?|day)|"
    r"(?:ward|local|constituency)\s+party|party\s+(?:members|volunteers|branch))\b"
)


def modifiers(sentence: str, cue_start: int, mood_is_request: bool, instructs: bool = False,
              procedural: bool = False) -> frozenset[Modifier]:
    """The modifiers of an act whose cue starts at `cue_start` in the (lower-cased) sentence."""
    found: set[Modifier] = set()
    before = sentence[:cue_start]
    if sentence.rstrip(" \"'”’)").endswith("?") and not mood_is_request and not _ordering(sentence, cue_start):
        found.add(Modifier.QUESTION)
    if CONDITIONAL.search(sentence) or (instructs and READER_WISH.search(sentence)):
        found.add(Modifier.CONDITIONAL)
    if HEDGED.search(sentence):
        found.add(Modifier.HEDGED)
    if NOT_DECIDED.search(_clause(sentence, cue_start)):
        found.add(Modifier.NEGATED)
    if _reported(before):
        found.add(Modifier.REPORTED)
    if DEFERRED.search(before):
        found.add(Modifier.DEFERRED)
    if PERSONAL.search(sentence):
        found.add(Modifier.PERSONAL)
    if procedural and PROCEDURE.search(sentence):
        found.add(Modifier.PROCEDURE)
    if before.count("\"") % 2 or before.count("“") > before.count("”"):
        found.add(Modifier.REPORTED)  # inside quotation marks: someone's quoted words
    return frozenset(found)


# Where one clause of a sentence ends and the next begins: "X has not been agreed by the council and
# permission is refused" refuses, though its first clause reports an undecided matter.
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\band\s+(?=(?:permission|consent|it|this|that|the|we|i|you|your)\b)")


def _clause(sentence: str, cue_start: int) -> str:
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= cue_start:
            start = match.end()
        elif match.start() > cue_start:
            end = match.start()
            break
    return sentence[start:end]


def _ordering(sentence: str, cue_start: int) -> bool:
    """ "Can you make up two signs and invoice the council?" orders, though it asks."""
    return bool(re.match(r"(?:invoice|bill|charge|put|add|on|to|account|order|po\b)", sentence[cue_start:]))


def _reported(before: str) -> bool:
    for match in _REPORTER.finditer(before):
        if (match.group("who") or "") in _OWN_BODIES:
            continue
        if before[max(0, match.start() - 3) : match.start()].endswith("as "):
            continue  # "as Gillian says below, the skip has to go": the writer's own instruction
        return True
    return False
