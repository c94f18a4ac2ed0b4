"""The words of criticism, as patterns over lower-cased text with straight quotes.

A criticism is a pattern *around an officer mention*: what may stand before it
(`before`, matched at the end of the text before the mention) and what may follow
it (`after`, matched at the start of the text after it). Each pattern is written
so that it reads the officer's conduct or capability, never a decision, a report
or a service: "the clerk is incompetent", "our useless clerk", "the RFO's
incompetence", "I blame the clerk", "the clerk should resign", "the clerk, in her
infinite wisdom, ...". Gaps are bounded ({0,n}), so no pattern backtracks badly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
POSS = r"(?:her|his|their|its)"
# Words that may stand between the officer and what is said of them: "has once again", "is frankly".
_FILL = (r"(?:[\s,]*\b(?:who|which|is|are|was|were|has|have|had|been|being|be|seems?|seemed|appears?|appeared|"
         r"looks?|looked|proved|proven|become|became|got|just|simply|really|truly|clearly|frankly|completely|"
         r"totally|utterly|entirely|absolutely|so|very|quite|rather|too|also|again|once|yet|still|always|"
         r"repeatedly|consistently|now|then|both|all|basically|actually|obviously|plainly|sadly|quite\s+simply|"
         r"deliberately|knowingly|wilfully|routinely|blatantly|openly|systematically|persistently|"
         r"in\s+my\s+(?:view|opinion)|i\s+(?:think|believe|fear|'m\s+afraid))\b){0,6}[\s,]*")
_DEGREE = r"(?:(?:a\s+|an\s+)?(?:complete(?:ly)?|total(?:ly)?|utter(?:ly)?|absolute(?:ly)?|breathtaking(?:ly)?|hopeless(?:ly)?|very|so|such\s+an?)\s+)?"
_ADJECTIVES = (r"incompetent|useless|hopeless|inept|clueless|lazy|bone[- ]idle|idle|work[- ]shy|negligent|dishonest|"
               r"deceitful|untrustworthy|corrupt|arrogant|rude|obstructive|unprofessional|shambolic|pathetic|"
               r"overpaid|two[- ]faced|incapable|a\s+disgrace|disgraceful|a\s+joke|a\s+laughing[- ]?stock|a\s+liar|"
               r"liars|a\s+jobsworth|jobsworths|an\s+embarrassment|a\s+waste\s+of\s+(?:space|money|a\s+salary)")
_CAPABILITY = (rf"(?:not\s+fit\s+for\s+(?:purpose|the\s+(?:job|role|post))|unfit\s+(?:for|to)\b|"
               rf"out\s+of\s+{POSS}\s+depth|not\s+up\s+to\s+(?:the|{POSS})\s+(?:job|role|task)|"
               rf"not\s+(?:able|capable|competent)\s+(?:to\s+do|of\s+doing)\s+{POSS}\s+jobs?(?:\s+properly)?|"
               rf"can(?:not|'t)\s+do\s+{POSS}\s+jobs?\b|(?:hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:got\s+)?a\s+clue\b|"
               rf"not\s+(?:an?\s+)?(?:honest|competent|trustworthy|reliable)\b|"
               rf"not\s+good\s+(?:for|at)\s+(?:this|the|{POSS})\s+(?:job|work|role)|(?:entirely\s+|solely\s+)?to\s+blame|"
               rf"responsible\s+for\s+(?:this|the)\s+(?:mess|fiasco|shambles|debacle))")
_THINGS = (r"(?:comments|forms?|papers|paperwork|documents?|files?|e-?mails?|applications?|minutes|receipts|records|"
           r"keys|invoices?|objections?|grant|money|bookings?)")
# What an officer "sat on" when it is a delay, not a seat on a committee: "sat on my complaint for weeks".
_HELD_UP = (r"(?:it|this|that|them|(?:my|our|your|his|her|their|the|these|those|residents'?)\s+(?:[\w-]+\s+)?"
            r"(?:complaints?|reports?|applications?|requests?|e-?mails?|letters?|files?|issues?|matters?|papers|"
            r"figures|results|information|evidence|comments|objections?|paperwork|invoices?|claims?|queries|permits?|"
            r"licen[cs]es?|bookings?|forms?|payments?|grants?|refunds?|cases?)|"
            r"(?!(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:committee|panel|board|bench|group|council|jury)\b)(?:[\w'-]+\s+){1,3}for\s+(?:\d+\s+|several\s+|"
            r"many\s+|two\s+|three\s+|four\s+|six\s+)?(?:weeks|months|days|ages|a\s+(?:week|month|year)))\b")
_DISMISSAL = (rf"(?:resign|step\s+down|go(?=\s*(?:[.!,;]|$|now\b|immediately\b))|"
              rf"(?:be\s+)?(?:sacked|fired|dismissed|removed\s+from\s+(?:office|post)|suspended|disciplined|"
              rf"shown\s+the\s+door)|consider\s+{POSS}\s+position|be\s+ashamed(?:\s+of\s+\w+)?)")
_VERBS = (rf"(?:lied|lies\b|(?:is|are|was|were)\s+lying|misled|misleads?|deceived|covered\s+(?:\w+\s+)?up|hid|"
          rf"concealed|hiding\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){{0,2}}?(?:reports?|figures|accounts|information|truth|facts|money|costs?)\b|fiddled|cooked\s+the\s+books|falsified|doctored|fabricated|botched|bungled|messed\s+up|"
          rf"made\s+(?:a\s+)?(?:complete\s+|total\s+)?(?:mess|hash|pig's\s+ear|shambles)\s+of|screwed\s+up|cocked\s+up|"
          rf"fluffed|failed\s+(?:to(?!\s+(?:receive|hear|get\s+through))|in)\b|fails\s+to|keeps?\s+failing|neglected|ignored|ignores|stonewalled|"
          rf"failed\s+(?:residents|the\s+(?:town|public|community|residents|council)|everyone|us|councillors|taxpayers)\b|"
          rf"presided\s+over\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:shambles|mess|fiasco|disaster|debacle)|"
          rf"fobbed\s+(?:\w+\s+){{0,2}}off|(?:sat|sits|sitting)\s+on\s+{_HELD_UP}|buried\s+{_HELD_UP}|"
          rf"(?:can(?:'t|not)|couldn'?t)\s+be\s+(?:bothered|trusted)|cannot\s+be\s+trusted|"
          rf"(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+(?:know|have\s+a\s+clue)\s+what\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+doing|"
          rf"(?:has|have)\s+no\s+idea\s+what\s+(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+doing|"
          rf"never\s+(?:answers?|repl(?:y|ies)|responds?|returns?|reads?|turns?\s+up|picks?\s+up|bothers?)|"
          rf"(?:dragg(?:ing|ed)|drags?)\s+{POSS}\s+feet|"
          rf"(?:lost|mislaid|misplaced)\s+(?:the\s+|my\s+|our\s+|your\s+|all\s+|those\s+|residents'?\s+)?(?:\w+\s+){{0,2}}{_THINGS}|"
          rf"treats?\s+(?:[\w']+\s+){{0,4}}with\s+contempt|"
          rf"(?:make|makes|made|making)\s+(?:so\s+)?(?:many|lots\s+of|a\s+lot\s+of|constant|endless|repeated|basic)\s+"
          rf"(?:\w+\s+)?(?:mistakes|errors|blunders)|"
          rf"(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|had\s+better)\s+{_DISMISSAL}|"
          rf"couldn'?t\s+(?:organise|organize|run|manage)\s+a\b|strikes?\s+again)")
_NOUNS = (r"(?:incompetence|ineptitude|laziness|idleness|negligence|dishonesty|lies|lying|arrogance|rudeness|"
          r"failures?|failings|blunders?|mistakes|mess|shambles|cock-?up|incapacity|unprofessionalism|obstruction|"
          r"deceit|deception|cover-?up|fault\b)")
_CONDUCT = (r"(?:handling|management|conduct|behaviou?r|performance|attitude|running|treatment)\b"
            r"(?:\s+(?:of|at|in|on|towards|during)\s+[^.;]{0,60}?)?"
            rf"\s+(?:is|was|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{_ADJECTIVES}|appalling|abysmal|atrocious|dreadful|woeful|lamentable|scandalous|a\s+scandal|"
            rf"a\s+shambles|unacceptable|inexcusable|deplorable)\b")
_DET = r"(?:(?:the|our|your|this|that|a|an|my)\s+)?"
_TITLE_WORDS = r"(?:(?:town|parish|deputy|new|current|assistant)\s+)?"


@dataclass(frozen=True)
class Pattern:
    """One way of criticising: `kind` names it for the reviewer (capability, dishonesty, dismissal...)."""

    kind: str
    before: re.Pattern[str] | None = None  # searched at the end of the text before the mention
    after: re.Pattern[str] | None = None  # matched at the start of the text after the mention
    possessive: bool = False  # the mention must be possessive ("the clerk's", "her")


def _b(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{text})\s*{_DET}{_TITLE_WORDS}$", _I)


def _a(text: str) -> re.Pattern[str]:
    return re.compile(text, _I)


PATTERNS: tuple[Pattern, ...] = (  # the more particular first: sarcasm is also a failure
    Pattern("sarcasm", before=_b(
        r"\b(?:ever[- ](?:efficient|helpful|reliable|competent|diligent|wonderful)|so[- ]called(?:\s+professional)?|"
        r"[\"'](?:efficient|professional|competent|helpful|experienced|qualified|expert|diligent)[\"'])")),
    Pattern("sarcasm", after=_a(rf"\s*,?\s*in\s+{POSS}\s+(?:infinite\s+|great\s+)?wisdom")),
    Pattern("conduct or capability", after=_a(rf"{_FILL}{_DEGREE}(?:{_ADJECTIVES})\b")),
    Pattern("conduct or capability", after=_a(rf"{_FILL}{_CAPABILITY}")),
    Pattern("conduct or capability", after=_a(rf"{_FILL}{_VERBS}")),
    Pattern("conduct or capability", possessive=True,
            after=_a(rf"(?:'s|s'|)\s*(?:[\w-]+\s+){{0,2}}?{_NOUNS}")),
    Pattern("conduct or capability", after=_a(rf"\s+(?:incompetence|ineptitude|laziness|negligence|dishonesty|"
                                               rf"arrogance|rudeness|failures|failings|blunders|mistakes|errors)\b")),
    Pattern("conduct or capability", after=_a(  # a second verb for the same subject: "... and should be sacked"
        rf"\s+(?:[^.;:,]{{1,80}}?\s)?and\s+(?:then\s+)?(?:(?:{_VERBS})|{_FILL}{_DEGREE}(?:{_ADJECTIVES})\b)")),
    Pattern("conduct or capability",
            after=_a(rf"{_FILL}(?:shown|showed|shows|displayed|demonstrated)\s+(?:[\w-]+\s+){{0,2}}?{_NOUNS}")),
    Pattern("conduct or capability", possessive=True, after=_a(rf"(?:'s|s'|)\s*{_CONDUCT}")),
    Pattern("conduct or capability", before=_b(
        r"\b(?:incompetent|useless|hopeless|lazy|inept|clueless|dishonest|arrogant|rude|overpaid|idle|bone[- ]idle|"
        r"lying|deceitful|negligent|pathetic|work[- ]shy|jobsworth|two[- ]faced|shambolic)")),
    Pattern("blame", before=_b(
        r"\b(?:i|we|residents|everyone)\s+(?:\w+\s+)?blame|\b(?:blame|fault|responsibility)\s+(?:for\s+[^.;]{0,40}?\s+)?"
        r"(?:lies|rests|is|sits)\s+(?:entirely\s+|squarely\s+|solely\s+|wholly\s+)?with|"
        r"\b(?:let\s+down|failed|misled|lied\s+to|ignored|fobbed\s+off|stonewalled)\s+(?:\w+\s+)?by")),
    Pattern("dismissal", before=_b(
        r"\b(?:sack|fire|get\s+rid\s+of|boot\s+out|discipline|suspend)"), after=_a(r"(?!'s|s')")),
    Pattern("dismissal", before=_b(
        r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+for\s+(?:the\s+)?"
        r"(?:immediate\s+)?(?:resignation|dismissal|sacking|removal|suspension)\s+of")),
    Pattern("dismissal", possessive=True, before=_b(
        r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|push(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+for"),
        after=_a(r"(?:'s|s'|)\s*(?:immediate\s+)?(?:resignation|dismissal|sacking|removal|suspension)")),
    Pattern("dismissal", before=_b(r"\b(?:call(?:s|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\s+for|"
                                   r"\b(?:want|urge|need)"),
            after=_a(rf"\s*to\s+(?:resign|step\s+down|go\b|be\s+(?:sacked|dismissed|removed|suspended|disciplined))")),
    Pattern("dismissal", before=_b(r"\btime\s+(?:for\s+)?"),
            after=_a(r"\s*(?:went|to\s+go|to\s+resign|to\s+step\s+down|to\s+move\s+on|to\s+be\s+(?:sacked|replaced))\b")),
    Pattern("dismissal", before=_b(r"\bwhy\s+(?:is|are|was|were)(?:\s+the\s+council\s+still\s+employing)?"),
            after=_a(rf"\s*still\s+(?:employed|in\s+post|in\s+(?:a|{POSS})\s+job|on\s+the\s+payroll|being\s+paid)")),
    Pattern("loss of confidence", before=_b(
        r"\b(?:lost\s+(?:all\s+)?|no\s+(?:longer\s+(?:have|has)\s+(?:any\s+)?)?|zero\s+)(?:confidence|faith|trust)\s+in")),
)

# Words before an officer mention, in the same clause, that take the criticism back or make it
# someone else's: negation, a condition, or reported speech ("you say", "some residents have called").
NEGATED = re.compile(
    r"\b(?:not|no|never|nobody|no\s+one|none|neither|nor|hardly|far\s+from|without|if|whether|unless|deny|denies|"
    r"denied|unfair(?:ly)?|wrong(?:ly)?\s+to|refute|reject)\b|n't\b|"
    r"\b(?:ask(?:ed|ing)?|find\s+out|look(?:ing)?\s+into|establish|understand|know|wonder(?:ed|ing)?)\s+(?:[\w']+\s+){0,3}?why\b",
    _I)
# Words with "no" or "not" in them that affirm: "I have no doubt the clerk deceived us".
AFFIRMING = re.compile(r"\bno\s+doubt\b|\bnot\s+only\b|\bno\s+question\b|\bno\s+wonder\b|\bthere(?:'s|\s+is)\s+no\s+denying\b|"
                       r"\bnot\s+surprisingly\b|\bwithout\s+(?:a\s+|any\s+)?doubt\b", _I)
REPORTED = re.compile(
    r"(?P<who>\b[\w'-]+)\s+(?:[\w-]+\s+){0,2}?(?:say|says|said|claim|claims|claimed|suggest|suggests|suggested|"
    r"allege|alleges|alleged|wrote|write|writes|called|call|calls|describe|describes|described|think|thinks|"
    r"thought|feel|feels|felt|complain|complains|complained|accuse|accuses|accused|reckon|reckons|believe|"
    r"believes|insist|insists|insisted)\b|\baccording\s+to\b|\b(?:allegations?|accusations?|claims?|rumou?rs?|"
    r"suggestions?)\s+that\b|\bit\s+(?:has\s+been|was|is)\s+(?:said|suggested|claimed|alleged)\b", _I)
ENDORSED = re.compile(
    r"\byou(?:'re|\s+are)\s+(?:quite\s+|absolutely\s+|so\s+|dead\s+)?right\b|\bi\s+(?:completely\s+|fully\s+|totally\s+)?"
    r"agree\b|\bas\s+you\s+(?:rightly\s+)?say\b|\brightly\b", _I)
OWN_VOICE = frozenset({"i", "we", "i've", "we've", "i'd", "we'd"})
# After the criticism, in the same sentence or opening the next: the writer rejects it.
REJECTED = re.compile(
    r"\b(?:unfair|untrue|not\s+true|nonsense|not\s+the\s+case|disagree|rubbish|simply\s+wrong|not\s+fair|false|"
    r"unjust|(?:do\s+not|don't|cannot|can't|couldn't)\s+agree|isn't\s+(?:true|fair)|is\s+wrong)\b", _I)
REJECTS_OPENING = re.compile(
    r"^\s*(?:i\s+(?:do\s+not|don't|cannot|can't)\s+agree|i\s+disagree|that(?:'s|\s+is)\s+(?:not\s+true|unfair|untrue|"
    r"wrong|nonsense|simply\s+not)|this\s+is\s+(?:not\s+true|unfair|untrue)|not\s+so|untrue|unfair|nonsense|"
    r"(?:absolutely|certainly|of\s+course)\s+not|not\s+at\s+all|no(?=[.!,]))\b", _I)
# Right after the criticism: it is denied ("officers hid nothing").
DENIED_OBJECT = re.compile(r"\s*(?:nothing|none|no\s+one|nobody)\b", _I)
# Clause boundaries: a negation or a reporter before one of these does not reach the mention.
CLAUSE_BREAK = re.compile(r"[;:]|\s[-\u2013\u2014]\s|\bbut\b|\bhowever\b|\bbecause\b|\balthough\b", _I)
