"""The words of criticism, as patterns over lower-cased text with straight quotes.

A criticism is a pattern *around an officer mention*: what may stand before it
(`before`, matched at the end of the text before the mention) and what may follow
it (`after`, matched at the start of the text after it). Each pattern is written
so that it reads the officer's conduct or capability, never a decision, a report
or a service: "the clerk is incompetent", "our useless clerk", "the RFO's
incompetence", "I blame the clerk", "the clerk should resign", "the clerk, in her
infinite wisdom, ...", and in informal words and idioms: "a lazy lot", "not up to the
job", "lost control of her staff", "speaks to residents like children", "sloppy
book-keeping by our RFO", "the fish rots from the head; so the clerk is responsible".
Gaps are bounded ({0,n}), so no pattern backtracks badly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_I = re.IGNORECASE
POSS = r"(?:her|his|their|its)"
# Words that may stand between the officer and what is said of them: "has once again", "is frankly".
_FILL = (r"(?:\s*[-:]\s*)?(?:[\s,]*\b(?:who|which|is|are|was|were|has|have|had|been|being|be|seems?|seemed|appears?|appeared|"
         r"looks?|looked|proved|proven|become|became|got|just|simply|really|truly|clearly|frankly|completely|"
         r"totally|utterly|entirely|absolutely|so|very|quite|rather|too|also|again|once|yet|still|always|"
         r"repeatedly|consistently|now|then|both|all|basically|actually|obviously|plainly|sadly|quite\s+simply|"
         r"deliberately|knowingly|wilfully|routinely|blatantly|openly|systematically|persistently|"
         r"in\s+my\s+(?:view|opinion)|i\s+(?:think|believe|fear|'m\s+afraid)|she|he|they|even|here|there|lately|"
         r"recently|honestly|generally|usually|often|now\s+and\s+then)\b){0,6}[\s,]*")
_DEGREE = (r"(?:(?:a|an|such\s+an?)\s+)?(?:(?:complete(?:ly)?|total(?:ly)?|utter(?:ly)?|absolute(?:ly)?|"
           r"breathtaking(?:ly)?|hopeless(?:ly)?|very|so|pretty|rather|quite|really|bit|little|too|far\s+too|"
           r"incredibly|extremely|terribly|chronically|badly|woefully|thoroughly)\s+){0,2}")
# A crowd of them: "a lazy lot", "a bunch of jobsworths", "a shower".
_CROWD = r"(?:lot|bunch|crowd|shower|crew|gang|set|pack|load)"
_INSULTS = (r"(?:jobsworths?|clowns?|amateurs?|idiots?|incompetents?|cowboys?|muppets?|liars?|chancers?|wasters?|"
            r"time-?wasters?|pen-?pushers?|numpties|numpty|dinosaurs?|bullies|bully|bureaucrats?|fools?|control\s+freaks?)")
_ADJECTIVES = (r"incompetent|useless|hopeless|inept|clueless|lazy|bone[- ]idle|idle|work[- ]shy|negligent|dishonest|"
               r"deceitful|untrustworthy|corrupt|arrogant|rude|obstructive|unprofessional|shambolic|pathetic|"
               r"overpaid|two[- ]faced|incapable|a\s+disgrace|disgraceful|a\s+joke|a\s+laughing[- ]?stock|a\s+liar|"
               r"liars|a\s+jobsworth|jobsworths|an\s+embarrassment|a\s+waste\s+of\s+(?:space|money|a\s+salary)|"
               r"disorgani[sz]ed|sloppy|slapdash|careless|chaotic|complacent|condescending|patroni[sz]ing|"
               r"high[- ]handed|bullying|vindictive|secretive|evasive|unhelpful|dismissive|unreliable|slack|"
               r"untruthful|ineffective|ineffectual|out\s+of\s+touch|out\s+of\s+control|a\s+shambles|"
               r"a\s+(?:liability|disaster|nightmare|farce)|"
               r"asleep\s+(?:on\s+the\s+job|at\s+the\s+wheel)|economical\s+with\s+the\s+truth|"
               rf"less\s+than\s+(?:honest|truthful|frank|candid|competent)|(?:a\s+|an\s+)?{_INSULTS}\b(?!\s+(?:of|for|to))|"
               rf"(?:a\s+|an\s+)?{_CROWD}\s+of\s+(?:[\w-]+\s+)?{_INSULTS}")
_JOB = r"(?:job|role|task|post|position|work)"
_BLAMED = r"\s*(?:[.!;]|$|for\s+(?:this|that|it|what\s+(?:happened|went\s+wrong))\s*(?:[.!;]|$))"  # responsible: for this
_CAPABILITY = (rf"(?:not\s+fit\s+for\s+(?:purpose|the\s+(?:job|role|post))|unfit\s+(?:for|to)\b|"
               rf"not\s+fit\s+to\s+(?:be|hold|run|do|lead|manage|serve|handle|look\s+after|be\s+in\s+charge)\b|"
               rf"out\s+of\s+{POSS}\s+depth|not\s+up\s+to\s+(?:it\b|scratch|standard|the\s+mark|(?:the|this|{POSS})\s+{_JOB})|"
               rf"not\s+(?:very\s+)?(?:capable|competent|good\s+enough)\s+(?:for|of|to|at)\b|"
               rf"not\s+the\s+right\s+(?:person|man|woman|officer)\s+for|the\s+worst\s+(?:[\w-]+\s+){{0,2}}?(?:clerk|officer|rfo|"
               rf"employee|manager|in\s+the|we've|i've|ever)\b|(?:hopeless|useless|rubbish|terrible|bad|awful|no\s+good)\s+"
               rf"(?:with|at)\s+(?:money|numbers|figures|accounts|the\s+accounts|people|residents|paperwork|e-?mails|deadlines|"
               rf"budgets?|the\s+budget|organi[sz]ing|managing|replying|answering|communicating)\b|"
               rf"(?:is|are|was|were)(?:\s+not|n't)\s+(?:doing|pulling)\s+{POSS}\s+(?:job|work|weight)|"
               rf"(?:hopeless|useless|rubbish|terrible|no\s+good)\s+at\s+{POSS}\s+{_JOB}|"
               rf"(?:has|have)\s+(?:completely\s+|totally\s+|clearly\s+)?lost\s+(?:all\s+)?(?:control|{POSS}\s+grip|the\s+plot|touch)\b|"
               rf"(?:has|have)\s+no\s+(?:grip|control|grasp)\s+(?:of|on|over)\b|(?:is|are)\s+the\s+(?:real\s+|whole\s+|main\s+|"
               rf"root\s+)?problem(?=\s*(?:[.!;]|$|here\b))|(?:has|have)\s+no\s+(?:idea|clue|shame|manners)(?=\s*(?:[.!;]|$))|"
               rf"(?:has|have)\s+no\s+(?:respect|regard|time)\s+for\s+(?:residents|councillors|anyone|anybody|us|people|the\s+(?:public|"
               rf"residents|village|town|parish|community|council))\b|"
               rf"(?:has|have)\s+no\s+(?:idea|clue)\s+how\s+to\s+(?:run|manage|do|organi[sz]e|handle|deal|keep|treat|speak|talk)\b|"
               rf"(?:(?:is|are|was|were)\s+(?:the\s+one|the\s+person|personally|directly|wholly|entirely|solely|squarely|"
               rf"ultimately)\s+responsible|(?:has|have)\s+a\s+lot\s+to\s+answer\s+for)(?={_BLAMED})|"
               rf"(?:must|should|will\s+have\s+to|has\s+to|needs?\s+to)\s+answer\s+for\s+(?:this|that|it|{POSS})\b|"
               rf"not\s+(?:able|capable|competent)\s+(?:to\s+do|of\s+doing)\s+{POSS}\s+jobs?(?:\s+properly)?|"
               rf"can(?:not|'t)\s+do\s+{POSS}\s+jobs?\b|(?:hasn'?t|has\s+not|haven'?t|have\s+not)\s+(?:got\s+)?a\s+clue\b|"
               rf"not\s+(?:an?\s+)?(?:very\s+)?(?:honest|competent|trustworthy|reliable|professional|capable|organi[sz]ed|serious)\b|"
               rf"not\s+(?:very\s+)?good\s+(?:for|at|in|with)\s+(?:this|the|{POSS})\s+(?:job|work|role)|(?:entirely\s+|solely\s+)?to\s+blame|"
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
              rf"shown\s+the\s+door|replaced|let\s+go|got\s+rid\s+of)|consider\s+{POSS}\s+position|be\s+ashamed(?:\s+of\s+\w+)?|"
              rf"(?:quit|leave)(?=\s*(?:[.!,;]|$|now\b|immediately\b))|pack\s+{POSS}\s+bags|"
              rf"do\s+the\s+(?:decent|honou?rable)\s+thing|do\s+the\s+right\s+thing\s+and\s+(?:resign|go|step\s+down|quit|leave))")
# How an officer treats people: "speaks to residents like children", "talks down to us", "takes us for fools".
_LIKE_DIRT = (r"(?:children|kids|schoolchildren|pupils|idiots|fools|dirt|rubbish|servants|imbeciles|morons|criminals|"
              r"peasants|mugs|second[- ]class\s+citizens|an?\s+(?:nuisance|idiot|child|servant|criminal|inconvenience))\b")
_TREATS = (rf"(?:speaks?|spoke|speaking|talks?|talked|talking|treats?|treated|treating|address(?:es|ed)|deals?\s+with|"
           rf"dealt\s+with)\s+(?:down\s+to\s+)?(?:[\w']+\s+){{0,4}}?(?:like|as\s+(?:if|though)\s+(?:they|we|you|i)\s+"
           rf"(?:were|are|was))\s+(?:[\w-]+\s+)?{_LIKE_DIRT}|(?:talks?|talked|talking|speaks?|spoke|speaking)\s+down\s+to\b|"
           rf"(?:patroni[sz]|belittl|humiliat|intimidat)(?:es|ed|ing|e)\b|shout(?:s|ed|ing)?\s+at\b|"
           rf"bull(?:ies|ied|y)\b|(?:is|are|was|were)\s+bullying|"
           rf"takes?\s+(?:[\w']+\s+){{0,2}}?for\s+(?:fools|granted|mugs|idiots|a\s+ride)\b")
# Idioms of evasion and idleness: "passing the buck", "swept it under the carpet", "does nothing all day".
_EVASION = (rf"(?:pass(?:es|ed|ing)?|shift(?:s|ed|ing)?)\s+the\s+buck|bur(?:y|ies|ied|ying)\s+{POSS}\s+heads?\s+in\s+the\s+sand|"
            rf"(?:swept|sweeps?|sweeping)\s+(?:[\w']+\s+){{1,3}}?under\s+the\s+(?:carpet|rug)|"
            rf"string(?:s|ing)?\s+(?:[\w']+\s+){{1,2}}?along|strung\s+(?:[\w']+\s+){{1,2}}?along|pull(?:s|ed|ing)?\s+the\s+wool|"
            rf"mak(?:es|ing)\s+it\s+up\s+as\s+(?:she|he|they)\s+go(?:es)?|feather(?:s|ed|ing)?\s+{POSS}\s+(?:own\s+)?nests?|"
            rf"cover(?:s|ed|ing)?\s+{POSS}\s+(?:own\s+)?backs?|hid(?:es|ing|e)?\s+behind\s+(?:the\s+)?(?:rules|procedures?|"
            rf"regulations|red\s+tape|policy|policies|data\s+protection|gdpr|legislation|jargon)|sleep(?:s|ing)?\s+on\s+the\s+job|"
            rf"(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't|never)\s+(?:do|does)\s+(?:any|{POSS})\s+(?:work|jobs?)|"
            rf"(?:does|do|did)\s+(?:absolutely\s+)?nothing\s+(?:all\s+day|at\s+all|to\s+help|for\s+(?:residents|us|the\s+\w+))|"
            rf"runs?\s+(?:the|this|our)\s+(?:council|office|parish|town\s+hall|place)\s+like\s+(?:a|an|{POSS})\s+"
            rf"(?:own\s+)?(?:private\s+|personal\s+|little\s+)?(?:fiefdom|empire|kingdom|club)|empire[- ]building")
_HIDDEN = (r"(?:reports?|figures|accounts|information|truth|facts|money|costs?|details|e-?mails?|documents?|evidence|"
           r"minutes|letters?|complaints?|overspend|losses|mistakes|errors|problems?|deficit|bills?|invoices?)")
# What one can't do if one is hopeless: "can't even add up", "couldn't organise a raffle".
_CANT = (r"(?:can(?:'t|not)|couldn'?t|could\s+not)\s+(?:even\s+(?:organi[sz]e|run|manage|add\s+up|count|spell|do|get|"
         r"answer|write)\b|(?:organi[sz]e|run|manage)\s+a\s+(?:[\w-]+\s+)?(?:raffle|piss-?up|party|bun[- ]?fight|"
         r"whelk\s+stall|bath|sweet\s+shop|booze-?up|knees-?up|disco|coffee\s+morning|tombola|cake\s+sale)|add\s+up\b|"
         r"count(?!\s+(?:on|the|votes|ballots?|them|it|us))\b|spell\b|be\s+relied\s+(?:on|upon)|be\s+believed|"
         r"be\s+taken\s+seriously|get\s+(?:anything|a\s+single\s+thing|the\s+simplest\s+(?:thing|things))\s+right)")
_VERBS = (rf"(?:(?:couldn'?t|could\s+not)\s+care\s+less|(?:don'?t|doesn'?t|do\s+not|does\s+not|didn'?t|did\s+not)\s+"
          rf"(?:even\s+|really\s+)?care(?=\s*(?:[.!,;]|$|about\s+(?:residents|us|the\s+(?:village|town|parish|public|community|"
          rf"residents)|anyone|anybody|people)|a\s+(?:jot|bit|hoot|toss)|one\s+bit))|"
          rf"(?:mak(?:e|es|ing)|made)\s+(?:one\s+)?(?:error|mistake|blunder|gaffe)\s+after\s+(?:another|error|mistake|blunder|gaffe)|"
          rf"let\s+(?:us|them|you|me|him|everyone|everybody|people|residents|taxpayers|councillors|members|volunteers|"
          rf"(?:the|our|local|many|all)\s+(?:village|town|parish|public|community|residents|council|councillors|volunteers))\s+"
          rf"(?:all\s+|badly\s+|again\s+|very\s+badly\s+)?down\b|(?:keeps?|kept)\s+(?:making|giving|finding|coming\s+up\s+with)\s+excuses|"
          rf"(?:is|are|was|were)\s+(?:not\s+)?doing\s+(?:absolutely\s+)?(?:nothing|sod\s+all|bugger\s+all|f\w*\s+all)\b|"
          rf"(?:nothing\s+but|only|always|just)\s+excuses|"
          rf"lied|lies\b|(?:is|are|was|were)\s+lying|misled|misleads?|deceived|covered\s+(?:\w+\s+)?up|"
          rf"hid\s+(?:it|this|that|them|everything|the\s+fact)\b|concealed|"
          rf"(?:hid(?:es|ing|den)?|conceal(?:s|ing)?|covering\s+up|keep(?:s|ing)?\s+back|kept\s+back)\s+"
          rf"(?:the\s+|our\s+|{POSS}\s+|this\s+|that\s+|these\s+|those\s+)?(?:[\w-]+\s+){{0,2}}?{_HIDDEN}\b|"
          rf"{_TREATS}|{_EVASION}|{_CANT}|"
          rf"fiddled|cooked\s+the\s+books|falsified|doctored|fabricated|botched|bungled|messed\s+up|"
          rf"made\s+(?:a\s+)?(?:complete\s+|total\s+)?(?:mess|hash|pig's\s+ear|shambles)\s+of|"
          rf"(?:mak(?:e|es|ing)|made)\s+(?:a\s+|such\s+a\s+)?(?:big\s+|huge\s+|complete\s+|total\s+|right\s+)?(?:mess|hash|muddle)"
          rf"(?=\s*(?:[.!,;]|$|of\b|with\b|again\b))|screwed\s+up|cocked\s+up|"
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
          r"deceit|deception|cover-?up|fault|excuses|incompetency|ineptness|bungling|bullying|high-?handedness)\b")  # "message" is no "mess"
_CONDUCT = (r"(?:handling|management|conduct|behaviou?r|performance|attitude|running|treatment)\b"
            r"(?:\s+(?:of|at|in|on|towards|during)\s+[^.;]{0,60}?)?"
            rf"\s+(?:is|was|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+){{0,2}}?"
            rf"(?:{_ADJECTIVES}|appalling|abysmal|atrocious|dreadful|woeful|lamentable|scandalous|a\s+scandal|"
            rf"a\s+shambles|unacceptable|inexcusable|deplorable)\b")
# Bad work, then whose it is: "sloppy book-keeping by our RFO", "the clerk's shoddy minute-taking".
_BAD = (r"(?:poor|bad|terrible|awful|shocking|lousy|rubbish|pathetic|sloppy|shoddy|slapdash|slipshod|careless|"
        r"incompetent|negligent|lazy|amateurish|amateur|chaotic|"
        r"disorgani[sz]ed|shambolic|appalling|abysmal|atrocious|woeful|dreadful|lamentable|inept|botched|"
        r"unprofessional|dishonest|misleading|high[- ]handed|arrogant|rude|obstructive)")
_WORK = (r"(?:work|book-?keeping|accounting|accounts|administration|admin|record-?keeping|records|minute-?taking|"
         r"minutes|management|handling|paperwork|planning|organi[sz]ation|communications?|service|performance|"
         r"conduct|behaviou?r|leadership|attitude|answers?|replies|advice|response|responses|approach|manner|"
         r"treatment|oversight|supervision|control|figures|reporting)")
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
    Pattern("conduct or capability", possessive=True,
            after=_a(rf"(?:'s|s'|)\s*(?:[\w-]+\s+)?{_BAD}\s+(?:[\w-]+\s+)?{_WORK}\b")),
    Pattern("conduct or capability", before=_b(rf"\b{_BAD}\s+(?:[\w-]+\s+)?{_WORK}\s+(?:by|from|of)")),
    Pattern("conduct or capability", possessive=True, after=_a(  # "the RFO's figures cannot be relied upon"
        rf"(?:'s|s'|)\s*(?:[\w-]+\s+)?(?:{_WORK}|word|promises?){_FILL}(?:{_DEGREE}(?:{_ADJECTIVES})\b|{_CANT}|"
        rf"riddled\s+with\s+(?:errors|mistakes)|full\s+of\s+(?:errors|mistakes|holes)|wrong\s+again)")),
    Pattern("conduct or capability", before=_b(  # "we have amateurs running the parish office"
        rf"\b(?:{_CROWD}\s+of\s+)?{_INSULTS}\s+(?:running|in\s+charge\s+of|staffing|working\s+in|in|at)")),
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
    Pattern("blame", before=_b(  # "the fish rots from the head; so the clerk is responsible"
        r"\b(?:so|therefore|thus|hence|ultimately|clearly|which\s+is\s+why|that(?:'s|\s+is)\s+why|in\s+the\s+end|"
        r"at\s+the\s+end\s+of\s+the\s+day)(?:\s+also)?"), after=_a(rf"\s*(?:is|are|was|were)\s+responsible(?={_BLAMED})")),
    Pattern("conduct or capability", before=_b(  # "what a shower the lot at the office are"
        rf"\bwhat\s+(?:an?\s+)?(?:{_DEGREE}(?:{_ADJECTIVES})|shower|sorry\s+bunch)(?:\s+{_CROWD})?"),
            after=_a(r"\s*(?:is|are|was|were|have\s+been|has\s+been)\b")),
    Pattern("loss of confidence", before=_b(
        r"\b(?:lost\s+(?:all\s+)?|no\s+(?:longer\s+(?:have|has)\s+(?:any\s+)?)?|zero\s+)(?:confidence|faith|trust)\s+in")),
)
