"""The act patterns: each a small grammar of subject, auxiliaries and a verb class.

A pattern matches the clause that carries an act; `clauses.py` reads its named
groups (`subj`, `aux`, `verb`) to decide the actor, the mood and any negation.
Text is matched lower-cased with straight apostrophes.
"""

from __future__ import annotations

import re

from app.engine.checks.acts.model import Act, Mood
from app.engine.checks.acts.verbs import INSTRUCTED, MONEY, PERMITTED, UNDERTAKEN, base_forms, forms

# Another council ("the district council will resurface the lane") is not this one.
COUNCIL = (r"(?:the\s+)?(?:(?:town|parish|city|community|full)\s+)?(?<!district\s)(?<!county\s)(?<!borough\s)(?<!unitary\s)"
           r"(?<!neighbouring\s)(?<!other\s)council(?!\s*'?s?\s+(?:tax|officers?|staff))"
           r"|(?:the\s+)?(?:[a-z&]{1,20}+\s+){0,3}committee|f\s?&\s?gp|members")
ACTOR = rf"(?:{COUNCIL}|we|i)"
# Auxiliaries and adverbs between a subject and its verb: "will now", "are happy to", "have agreed to".
AUX_WORD = (
    r"(?:can't|cannot|won't|don't|doesn't|didn't|shan't|wouldn't|couldn't|isn't|aren't|haven't|hasn't|will|'ll|shall|would|'d|can|could|may|might|must|is|are|am|'s|'re|'m|has|have|'ve|had|be|been|"
    r"do|does|did|going|able|now|also|then|therefore|hereby|definitely|certainly|gladly|happily|just|"
    r"probably|possibly|perhaps|likely|soon|shortly|already|normally|usually|"
    r"fully|still|both|all|jointly|formally|of\s+course|happy|pleased|glad|delighted|prepared|willing|"
    r"agreed|agrees?|undertakes?|want|like|love|need|needs|intends?|plans?|decided|resolved|voted|"
    r"not|n't|never|no\s+longer|to|writing|write|able|unable|free|content|keen|ready)"
)
AUX = rf"(?P<aux>(?:{AUX_WORD}\s*){{0,6}})"
NP = r"(?:you|they|he|she|your\s+[\w&'-]{1,30}+(?:\s+[\w&'-]{1,30}+)?|the\s+[\w&'-]{1,30}+(?:\s+[\w&'-]{1,30}+){0,3}|[\w&'-]{1,30}+(?:\s+[\w&'-]{1,30}+){0,4})"
AT_PLACE = r"(?:your|the|our)\s+(?:plot|unit|premises|property|garage|kiosk|site|shop|caf[eé]|flat|building|allotment|land|garden|hall|pavilion|store|yard|pitch)"

# What a decision verb needs after it to decide something: "agree to", "approve your request".
DECIDED = (r"\s+(?:to\b|(?:the\s+)?(?:payment|expenditure|spend(?:ing)?)\b|that\b[^.?!]{0,80}?\b(?:may|can|could)\b|your\b|this\s+(?:request|application|booking)|it\b|"
           r"the\s+(?:request|application|booking|proposal|use|hire|plans?|licence|scheme|changes?|quote|tender|variation|extension|works?)\b)")

_ACTORS = ("council", "committee", "we", "i ", "i'", "members", "f&gp", "f & gp")
_Pattern = tuple[Act, Mood, tuple[str, ...], "re.Pattern[str]"]


def _p(act: Act, mood: Mood, words: tuple[str, ...] | str, source: str) -> _Pattern:
    """A pattern and the words without which it cannot match: a sentence is tried only against
    the patterns whose words it holds, so most sentences cost a few substring tests."""
    return act, mood, (words,) if isinstance(words, str) else words, re.compile(source)


Pattern = _Pattern
pattern = _p  # for other vocabularies' patterns (staff.py)


PATTERNS: tuple[_Pattern, ...] = (
    # -- permission as a granted state: "the club may use", "you can't park" ----------------
    _p(Act.GRANT, Mood.STATE, ("can", "may", "allowed", "permitted", "welcome", "cleared", "authoris", "authoriz", "free to", "must", "entitled", "approved"),
       rf"\b(?P<subj>{NP})(?:\s+|(?='))(?P<aux>(?:can|may|cannot|can\s+not|can't|may\s+not|mustn't|must\s+not|"
       rf"(?:is|are|'re|'s|will\s+be|'ll\s+be|will\s+not\s+be|won't\s+be)\s+(?:now\s+)?(?:not\s+)?(?:free|allowed|permitted|welcome|cleared|authori[sz]ed|entitled|approved)\s+to)"
       rf"(?:\s+(?:now|also|certainly|of\s+course|still|definitely|go\s+ahead\s+and|carry\s+on\s+and|continue\s+to))*)"
       rf"\s+(?P<verb>{base_forms(*PERMITTED)})\b"),
    _p(Act.GRANT, Mood.STATE, ("permission", "consent", "approval", "go-ahead", "go ahead", "blessing", "green light", "clearance", "say-so"),
       r"\b(?P<aux>(?:has|have|'s|'ve|now\s+have|now\s+has|got|(?:do|does)\s+(?:not|n't)\s+have|(?:has|have)n't\s+got)\s+"
       r"(?:(?:the\s+)?(?:(?:town\s+|parish\s+)?council'?s|our|my|the\s+committee'?s|full|formal|written|the)\s+)?)"
       r"(?P<verb>permission|consent|approval|go-ahead|go\s+ahead|blessing|green\s+light|clearance|say-so)\b"),
    _p(Act.GRANT, Mood.STATE, ("granted", "given", "approved", "agreed", "accepted", "confirmed", "refused", "declined", "rejected", "turned down", "denied", "successful", "withdrawn", "revoked"),
       r"\b(?P<subj>permission|consent|approval|the\s+go-ahead|(?:a|an)\s+(?:[\w-]{1,30}+\s+)?(?:licence|license|permit|lease|tenancy|dispensation|waiver)|(?:your|the|this)\s+(?:\w{1,30}+\s+)?(?:application|request|booking|"
       r"proposal|bid|reservation|hire|licence|quote|quotation|tender|estimate|offer|price|invoice)(?:\s+(?:for|of|to|at|on)\s+(?:the\s+|your\s+)?(?:[^\s.,;:?!]{1,30}+\s+){0,8}?[^\s.,;:?!]{1,30}+)?)\s+(?P<aux>(?:is|are|was|has\s+been|have\s+been|will\s+be)\s+"
       r"(?:hereby\s+|now\s+|therefore\s+|formally\s+|duly\s+)?)(?P<verb>granted|given|approved|agreed|accepted|confirmed|"
       r"refused|declined|rejected|turned\s+down|denied|unsuccessful|successful|withdrawn|revoked)\b"),
    _p(Act.GRANT, Mood.STATE, ("stands", "remains in place", "can stand"), r"\b(?P<subj>(?:the|your)\s+(?:\w{1,30}+\s+)?booking(?:\s+(?:of|for|at|on)\s+[^.,;?!]{0,60}?)?)\s+(?P<aux>(?:still\s+)?)(?P<verb>stands|remains\s+in\s+place|can\s+stand)\b"),
    _p(Act.GRANT, Mood.STATE, ("happy for", "pleased for", "content for", "glad for", "delighted for", "fine for", "ok for", "okay for"),
       r"(?<!\bi'm\s)(?<!\bi\sam\s)\b(?P<aux>(?:happy|pleased|content|glad|delighted|fine|okay|ok)\s+)(?P<verb>for\s+(?!(?:this|it|that|these|those)\b)(?:you|the\s+[\w-]{1,30}+|your\s+[\w-]{1,30}+|them|[\w-]{1,30}+)"
       r"(?:\s+[\w-]{1,30}+)?\s+to\s+(?!come\b|join\b|attend\b|contact\b|get\s+in\s+touch\b|call\b|give\s+(?:us|me)\b|ring\b|phone\b|email\b|e-mail\b|drop\b|pop\b|let\s+(?:us|me)\b|send\s+(?:us|me)\b|"
       # the writer's own words, to a reporter: "happy for you to quote me", "to use my comments"
       r"quote\b|cite\b|print\b|publish\s+(?:this|my|that|it)\b|use\s+(?:my|this|these|that|the)\s+(?:quotes?|words|comments?|name|photo|statement)\b)\w{1,30}+)"),
    _p(Act.GRANT, Mood.PERFORMATIVE, ("agree", "approv", "consent", "allow", "permit", "authoris", "authoriz", "grant", "sanction", "refus", "declin", "reject", "turn", "say no"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>{forms('agree', 'approve', 'consent')}(?={DECIDED})"
       rf"|{forms('allow', 'permit', 'authorise', 'authorize', 'grant', 'sanction', 'refuse', 'decline', 'reject', 'turn down', 'say no')})"
       r"\s+(?!(?:with|on|about|at|a\s+(?:date|time|meeting)|your\s+(?:point|view|comments?)|this\s+(?:morning|evening)|myself)\b)"),
    _p(Act.GRANT, Mood.PERFORMATIVE, ("let ", "letting "),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>let|letting)\s+(?:you|them|the\s+[\w-]{{1,30}}+|your\s+[\w-]{{1,30}}+)\s+(?:{base_forms(*PERMITTED)})\b"),
    _p(Act.GRANT, Mood.STATE, ("to go ahead", "to proceed", "to start", "to carry on", "to crack on", "to get started", "to begin",
                               "answer", "allowed"),
       r"\b(?P<verb>(?:ok|okay|fine|all\s+right|alright|good|clear|cleared)\s+(?:for\s+you\s+)?to\s+(?:go\s+ahead|proceed|start|carry\s+on|"
       r"crack\s+on|get\s+started|begin)|(?:the|our|my)\s+answer(?:'s|\s+is|\s+has\s+to\s+be)\s+(?:a\s+)?yes"
       r"|(?:you|your\s+[\w-]{1,30}+)(?:'re|\s+are|'s|\s+is)\s+(?:now\s+)?allowed\s+(?:\d+|one|two|three|four|five|an?\s+extra|another))\b"),
    _p(Act.GRANT, Mood.STATE, ("fine with", "happy with", "ok with", "okay with", "content with", "relaxed about", "fine about", "happy about", "relaxed with"),
       rf"\b(?P<subj>{COUNCIL}|we)(?P<aux>(?:'s|'re|\s+is|\s+are)\s+(?:quite\s+|perfectly\s+)?)(?P<verb>(?:fine|happy|ok|okay|content|relaxed)\s+(?:with|about)\s+(?:it|that|this|the|your)\b)"),
    _p(Act.REFUSE, Mood.STATE, ("unable", "not able", "not in a position", "possible"),
       r"\b(?P<verb>(?:unable|not\s+able|not\s+in\s+a\s+position)\s+to\s+(?:agree\s+to|grant|allow|approve|accept|accommodate|permit|offer|"
       r"support\s+(?:your|the)\s+(?:request|application))|(?:won't|will\s+not|isn't|is\s+not)\s+(?:be\s+)?possible\s+"
       r"(?:to\s+(?:agree|grant|allow|approve|accept|accommodate|permit|offer|book|hire|let)|for\s+(?:you|your|the\s+(?:club|group|event|fair|market))))\b"),
    _p(Act.GRANT, Mood.PERFORMATIVE, ("give", "given", "grant"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>(?:give|gives|giving|given|grant|grants|granting)\s+(?:you\s+|them\s+|the\s+[\w-]{{1,30}}+\s+)?"
       r"(?:permission|consent|approval|the\s+go-ahead|the\s+green\s+light))"),
    _p(Act.GRANT, Mood.STATE, ("problem", "objection", "issue", "good to go", "feel free"),
       r"\b(?P<verb>(?:no|any)\s+(?:problem|objections?|issue)\s+(?:with|to)\s+(?:you|your|the\s+[\w-]{1,30}+|them|[\w-]{1,30}+)\s+"
       r"(?:[\w-]{1,30}+\s+){0,3}?(?:using|going\s+ahead|holding|putting|having|running|parking|camping|staging|hanging|"
       r"installing|erecting|placing|siting|hiring|booking)|good\s+to\s+go|feel\s+free\s+to\s+(?:use|hire|book|park|camp|put|hang|"
       r"set\s+up|hold|run|go\s+ahead|install|erect|place))\b"),
    _p(Act.REFUSE, Mood.STATE, ("answer", "afraid", "say no", "turn", "said no", "allowed", "permitted", "forbidden", "prohibited", "banned", "closed to"),
       r"\b(?P<verb>(?:the|our|my)\s+answer\b[^.?!]{0,140}?\b(?:is|has\s+to\s+be|will\s+have\s+to\s+be|must\s+be)\s+(?:a\s+)?no\b|i'm\s+afraid\s+(?:not|it's\s+a\s+no|we\s+can't|the\s+council\s+can't)"
       r"|(?:have|had)\s+to\s+(?:say\s+no|turn\s+(?:you|it|this|the\s+\w{1,30}+)\s+down)|said\s+no\b"
       r"|(?:is|are)\s+(?:not\s+(?:allowed|permitted)|forbidden|prohibited|banned)\b"
       r"|\bno\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?\s+(?:is|are|will\s+be)\s+(?:allowed|permitted)\b"
       r"|(?:is|are)\s+(?:now\s+)?closed\s+to\s+(?:you|your)\b)"),
    # -- awards and acceptances ---------------------------------------------------------
    _p(Act.AWARD, Mood.STATE, ("been", "successful", "granted", "awarded", "offered", "allocated"),
       rf"\b(?P<subj>{NP})(?:\s+|(?='))(?P<aux>(?:has|have|'s|'ve)\s+(?:now\s+)?been\s+(?:\w{{1,20}}+ly\s+)?|(?:is|are|'s|'re|was|were)\s+(?:hereby\s+)?(?=successful|granted|awarded|offered|allocated))"
       r"(?P<verb>awarded|appointed|selected|chosen|successful|accepted|approved|offered|allocated|engaged|commissioned|granted)\b"),
    _p(Act.ACCEPT, Mood.PERFORMATIVE, ("accept", "award", "appoint", "select", "engag", "commission", "offer", "allocat", "book", "hir", "instruct"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>{forms('accept', 'award', 'appoint', 'select', 'engage', 'commission', 'offer', 'allocate', 'book', 'hire', 'instruct')})"
       r"\s+(?!myself|me\b|us\b|my\b|onto|on\s+to|into|a\s+(?:meeting|call|room|slot)\b)"),
    _p(Act.ACCEPT, Mood.PERFORMATIVE, ("take", "taking", "go with", "going with", "have", "proceed"),
       rf"\b(?P<subj>we|i)\s*(?P<aux>(?:'ll|will|'re|are|am|'m|shall|'d\s+like\s+to|would\s+like\s+to|want\s+to|can't|cannot|can\s+not|won't|will\s+not|can)?\s*(?:happy\s+to\s+|going\s+to\s+)?)"
       r"(?P<verb>(?:take|taking|go\s+with|going\s+with|have|proceed\s+with|proceeding\s+with)\s+(?:it|them|that|this|the\s+[\w-]{1,30}+|your\s+[\w-]{1,30}+|those|these))"),
    _p(Act.AWARD, Mood.STATE, ("got the", "have the", "yours", "consider", "you're", "successful"),
       r"\b(?P<verb>you(?:'ve|\s+have)\s+(?:got\s+)?the\s+(?:[\w-]{1,20}+\s+)?(?:gig|job|contract|work|booking|tender|slot|site|hall|field|pitch|room|pavilion|green|stall|plot)\b|(?:plot|unit|pitch|stall|slot|job|contract|work|gig|tender|tenancy|lease|room|hall|garage|kiosk)(?:\s+[\w-]{1,30}+)?(?:\s+is|'s)\s+yours"
       r"|(?:was|is)\s+the\s+successful\s+(?:one|bid|tender|bidder|quote|application)"
       r"|consider\s+(?:[\w'&-]{1,30}+\s+){1,14}?(?:appointed|hired|booked|engaged|approved|accepted|agreed|done|confirmed|waived|cancelled|granted)"
       r"|you're\s+(?:hired|booked|appointed)\b)"),
    # -- commitments to act or pay ------------------------------------------------------
    _p(Act.COMMIT, Mood.FUTURE, _ACTORS, rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>{forms(*UNDERTAKEN)})\b"),
    _p(Act.COMMIT, Mood.FUTURE, ("met", "covered", "paid", "reimbursed", "refunded", "waived", "funded", "written off", "borne", "picked up", "underwritten", "frozen", "halved", "reduced", "discounted", "matched", "absorbed", "cancelled", "agreed", "approved", "confirmed"),
       r"\b(?P<subj>(?:the\s+|your\s+|any\s+|all\s+|hire\s+|these\s+|those\s+|such\s+|[\w-]{1,30}+\s+){0,4}(?:costs?|bill|fees?|charges?|rent|expenses|invoices?|"
       r"deposit|hire|refund|grant|contribution|sum|balance|difference|payment|terms|price|rate|it|this|that|they|them)(?:\s+(?:no\.?\s*|ref\.?\s*)?(?=[\w/-]{0,24}\d)[\w/-]{1,24}+)?"
       r"(?:\s+(?:for|of|on|at|in)\s+[^.,;?!]{0,50}?)?)\s+"
       r"(?P<aux>(?:will|shall|'ll|is|are|has|have|will\s+not|won't|is\s+not|isn't)\s+(?:now\s+|also\s+|therefore\s+|then\s+)?(?:be\s+|been\s+|being\s+)?(?:\w{1,20}+ly\s+)?)"
       r"(?P<verb>met|covered|paid|reimbursed|refunded|waived|funded|written\s+off|borne|picked\s+up|underwritten|frozen|halved|"
       r"reduced|discounted|matched|absorbed|cancelled|agreed|approved|confirmed)\b"),
    _p(Act.COMMIT, Mood.STATE, ("free", "no cost", "no charge", "charg"),
       r"\b(?P<verb>rent[- ]free|free\s+of\s+charge|at\s+no\s+(?:cost|charge)\s+to\s+(?:you|the\s+\w{1,30}+|your\s+\w{1,30}+)|"
       r"no\s+(?:[\w-]{1,20}+\s+)?(?:charge|fee|cost)\s+(?:to|for)\s+(?:you|the\s+\w{1,30}+|your\s+\w{1,30}+)|(?:won't|will\s+not)\s+(?:charge|be\s+charging)\s+(?:you|the\s+\w{1,30}+)"
       r"|no\s+(?:[\w-]{1,20}+\s+)?(?:charge|fee|cost|rent)\s+from\s+(?:us|the\s+(?:parish\s+|town\s+)?council))\b"),
    _p(Act.COMMIT, Mood.FUTURE, ("insurance", "budget", "fund", "reserve"),
       r"\b(?P<subj>(?:the\s+)?(?:(?:town|parish)\s+)?council's|our)\s+(?P<aux>(?:insurance|budget|funds?|reserves?|grants?\s+budget)\s+"
       r"(?:will\s+|'ll\s+|can\s+|does\s+)?)(?P<verb>covers?|pays?|funds?|meets?|picks?\s+up)\b"),
    _p(Act.AWARD, Mood.FUTURE, ("receive", "be given", "be paid", "get "),
       r"\b(?P<subj>you|your\s+[\w-]{1,30}+|the\s+(?:club|group|society|charity|project))\s+(?P<aux>will\s+|'ll\s+)"
       r"(?P<verb>(?:receive|get|be\s+given|be\s+paid)\s+(?:a\s+|the\s+|an\s+)?(?:[\w-]{1,30}+\s+)?(?:grant|payment|contribution|award|refund|£\s?\d))"),
    _p(Act.AWARD, Mood.PERFORMATIVE, ("grant", "award", "contribution", "donation", "payment", "discount", "reduction"),
       r"\b(?P<verb>(?:confirm|award|offer|approv)\w{0,4}+\s+(?:you\s+|the\s+[\w-]{1,30}+\s+)?(?:a|the|your)\s+(?:[\w-]{1,30}+\s+)?"
       r"(?:grant|award|contribution|donation|payment|discount|reduction)\s+of\s+(?:£|\d))"),
    _p(Act.COMMIT, Mood.STATE, ("on us", "on the", "make a"),
       r"\b(?P<verb>(?:it's|it\s+is|that's|that\s+is|this\s+is|it'll\s+be|it\s+will\s+be)\s+on\s+(?:us|the\s+(?:parish\s+|town\s+)?council)"
       r"(?!\s*(?:'s\s+)?(?:website|web\s*site|site|web\s*page|page|agenda|portal|facebook|noticeboard|notice\s+board|list|register|app)\b)"
       r"|(?:we|the\s+(?:parish\s+|town\s+)?council)(?:'ll|\s+will)\s+make\s+a\s+(?:contribution|donation|payment|grant))\b"),
    _p(Act.COMMIT, Mood.STATE, ("agreement", "decision", "undertaking", "commitment", "offer", "willingness"),
       rf"\b(?P<subj>{COUNCIL}|our)(?P<aux>(?:'s|s')?\s+(?:agreement|decision|undertaking|commitment|offer|willingness)\s+to\s+)(?P<verb>{forms(*UNDERTAKEN)})\b"),
    # -- cancellations, terminations, withdrawals -----------------------------------------
    _p(Act.CANCEL, Mood.PERFORMATIVE, ("cancel", "terminat", "withdr", "revok", "rescind", "suspend", "discontinu", "end", "clos", "notice", "renew", "extend", "continu", "no longer", "back"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>{forms('cancel', 'terminate', 'withdraw', 'revoke', 'rescind', 'suspend', 'discontinue', 'end', 'close', 'bring to an end', 'give notice', 'serve notice')}"
       r"|(?:not|n't)\s+(?:be\s+)?(?:renew|renewing|extend|extending|continue|continuing)|no\s+longer\s+(?:require|need)\s+(?:your|the)\s+[\w-]{1,30}+"
       r"|(?:take|taking|took|taken)\s+(?:the|your)\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?\s+back)\b"),
    _p(Act.CANCEL, Mood.STATE, ("use", "access", "right", "market", "fair", "fete", "fête", "event", "festival", "show",
                                "concert", "stall", "class", "session", "booking", "contract", "licen", "lease", "tenancy", "agreement", "arrangement", "offer", "membership", "service", "cover", "account", "policy", "subscription", "permission", "consent", "order", "hire", "slot", "pitch", "allocation", "grant", "insurance"),
       r"\b(?P<subj>(?:[\w']{1,30}+\s+)?(?:use|access|rights?|booking|contract|licen[cs]e|lease|tenancy|agreement|arrangement|offer|membership|service|cover|account|"
       r"policy|subscription|permission|consent|order|hire|slot|pitch|allocation|grant|insurance|market|fair|fete|f\u00eate|event|festival|show|concert|stall|class|session)s?(?:\s+(?:for|at|on|of|with|to)\s+(?:[^\s.,;:?!]{1,30}+\s+){0,5}?[^\s.,;:?!]{1,30}+)?)\s+"
       r"(?P<aux>(?:(?:is|are|was|has\s+been|have\s+been|(?:has|have)\s+had\s+to\s+be|will\s+be|shall\s+be|'s|is\s+being|are\s+being|will\s+(?:therefore\s+)?)\s*(?:hereby\s+|now\s+|therefore\s+|formally\s+)?)?)"
       r"(?P<verb>cancelled|canceled|terminated|withdrawn|revoked|ended|suspended|closed|discontinued|rescinded|not\s+(?:be\s+)?renewed|extended|renewed|"
       r"end|terminate|cease|expire|come\s+to\s+an\s+end|finish|stop|ends|terminates|expires|ceases|(?:won't|will\s+not)\s+be\s+(?:renewed|extended))\b"),
    # -- formal notice: entry, rent, deposit, breach --------------------------------------
    _p(Act.NOTIFY, Mood.FUTURE, ("charge", "bill", "invoice"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>(?:charge|recharge|bill|invoice)\s+(?:you|your|the\s+(?:club|tenant|hirer|owner)))\b"),
    _p(Act.NOTIFY, Mood.PERFORMATIVE, ("notice", "notified", "breach"),
       r"\b(?P<verb>notice\s+(?:is\s+(?:hereby\s+)?given|to\s+quit|of\s+(?:termination|entry|breach|intended|intention|increase|rent|the|our|your|\w{1,30}+\s+entry))"
       r"|(?:hereby\s+)?(?:give|serve|giving|serving|gives|serves)\s+(?:you\s+)?(?:formal\s+|written\s+|\w{1,30}+\s+(?:days|weeks|months)'?\s+)?notice"
       r"|(?:this|my|our)\s+(?:letter|e-?mail|message)\s+(?:is|serves\s+as|constitutes|should\s+be\s+(?:treated|taken)\s+as|is\s+to\s+(?:give|serve))\s+(?:\w{1,30}+\s+)?notice"
       r"|treat\s+this\s+(?:[\w-]{1,30}+\s+){0,2}as\s+(?:[\w'-]{1,30}+\s+){0,4}notice|you\s+are\s+hereby\s+notified|formal\s+notice|(?:is|are|'s|'re)\s+(?:now\s+|currently\s+|still\s+)?in\s+breach\s+of|(?:constitutes?|is)\s+a\s+breach\s+of)"),
    _p(Act.NOTIFY, Mood.FUTURE, ("enter", "access", "inspect", "visit", "attend", "survey", " be on", " be at"),
       rf"\b(?P<subj>we|the\s+council|our\s+[\w-]{{1,30}}+(?:\s+[\w-]{{1,30}}+)?|officers?|staff|contractors?|i)(?:\s+|(?='))"
       r"(?P<aux>(?:will|shall|'ll|are\s+going\s+to|intend\s+to|need\s+to|will\s+need\s+to|will\s+be|'ll\s+be|are|is)\s+(?:need\s+to\s+|be\s+)?)"
       rf"(?P<verb>(?:enter|entering|access|accessing|inspect|inspecting|visit|visiting|attend|attending|need\s+access\s+to|require\s+access\s+to|"
       rf"(?:carry|carrying|do|doing)\s+(?:out\s+)?an?\s+(?:inspection|survey|visit)\s+(?:of|at)|be\s+(?:on|at))\s+{AT_PLACE})"),
    _p(Act.NOTIFY, Mood.FUTURE, ("rent", "fee", "charge", "rate"),
       r"\b(?P<subj>(?:(?:your|the)\s+)?(?:[\w-]{1,20}+\s+)?(?:rent|licence\s+fee|fee|hire\s+(?:fee|charge|rate)|service\s+charge|charge|"
       r"ground\s+rent|pitch\s+fee|plot\s+(?:rent|fee)|rate)s?)\s+(?:for\s+(?:(?!to\s+be\b)[\w\s]){0,30}?\s+)?"
       r"(?P<aux>(?:(?:will|shall|is\s+going\s+to|is\s+to|are\s+to|is|are|has\s+been|have\s+been)\s+(?:now\s+|therefore\s+)?(?:be\s+)?)?)"
       # a bare base form is a noun ("the rent increase of 4.8%") unless an auxiliary precedes it; a
       # sum alone states a level ("the rent is £38 a year") unless it takes effect from a date
       r"(?P<verb>goes\s+up|rises|increases|changes|falls|drops|increased|reduced|changed|rising|going\s+up|falling|"
       r"(?:(?<=will\s)|(?<=be\s)|(?<=to\s)|(?<=shall\s)|(?<='ll\s))(?:go\s+up|increase|rise|change|reduce|fall|become)|"
       r"set\s+at|frozen|held|£\s?\d[\d,.]*(?=[^.?!]{0,80}\b(?:from|with\s+effect|as\s+of|starting|until|payable)\b)"
       r"|(?:(?<=will\sbe\s)|(?<='ll\sbe\s)|(?<=shall\sbe\s))£\s?\d[\d,.]*|increasing|reducing)"),
    _p(Act.NOTIFY, Mood.STATE, ("deposit", "bond"),
       r"(?P<verb>deposit\b[^.?!]{0,60}?\b(?:withheld|retained|kept|forfeited|forfeit|deducted|not\s+be\s+(?:returned|refunded)|held\s+back)"
       r"|(?:withhold|withholding|withheld|retain|retaining|retained|keep|keeping|kept|deduct|deducting|deducted|hold\s+back|holding\s+back)\b[^.?!]{0,60}?\b(?:deposit|bond))\b"),
    _p(Act.NOTIFY, Mood.FUTURE, ("run from", "start", "begin", "commence"),
       r"\b(?P<subj>(?:the|your)\s+(?:new\s+)?(?:lease|licence|tenancy|contract|agreement|hire\s+agreement))\s+(?P<aux>will\s+)"
       r"(?P<verb>(?:run|start|begin|commence)\s+(?:from|on)\b)"),
    _p(Act.INSTRUCT, Mood.STATE, ("needs", "need "),
       r"\b(?P<subj>(?:the|your)\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?)\s+(?P<aux>needs?\s+)(?P<verb>[a-z]{3,20}ing)\b"
       r"(?=[^.?!]*\b(?:please|by|before|within|today|tomorrow|urgently|asap)\b)"),
    _p(Act.NOTIFY, Mood.FUTURE, ("inspected", "visited", "entered", "surveyed", "accessed"),
       rf"\b(?P<subj>{AT_PLACE})\s+(?P<aux>(?:will|shall|is\s+going\s+to)\s+be\s+)(?P<verb>inspected|visited|entered|surveyed|accessed)\b"),
    # -- instructions in the indicative: "you must", "I need you to" ------------------------
    _p(Act.INSTRUCT, Mood.STATE, ("must", "need", "have to", "has to", "required", "instructed", "directed", "ordered", "expected", "asked to", "are to", "is to", "'re to", "should now"),
       r"\b(?P<subj>you|your\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?|the\s+(?:club|tenant|hirer|contractor|group|company|team|licensee|operator)s?)(?:\s+|(?='))"
       r"(?P<aux>(?:must|will\s+need\s+to|'ll\s+need\s+to|need\s+to|needs\s+to|have\s+to|has\s+to|'ll\s+have\s+to|will\s+have\s+to|"
       r"(?:are|'re|is)\s+(?:hereby\s+|now\s+)?(?:(?:required|instructed|directed|ordered|expected|asked)\s+to|to)|should\s+now)"
       rf"\s+(?:not\s+|now\s+|also\s+|immediately\s+|please\s+)*)(?P<verb>{base_forms(*INSTRUCTED, *PERMITTED)})\b"),
    _p(Act.INSTRUCT, Mood.REQUEST, ("need", "want", "require", "expect", "like", "must"),
       rf"\b(?P<subj>{ACTOR})\s*(?P<aux>(?:need|needs|want|wants|require|requires|expect|expects|'d\s+like|would\s+like|'ll\s+need|will\s+need|must\s+ask|must\s+insist\s+that)\s+)"
       rf"(?P<verb>(?:you|your\s+[\w-]{{1,30}}+(?:\s+[\w-]{{1,30}}+)?|the\s+(?:club|tenant|hirer|contractor|team))\s+(?:to\s+)?(?:{base_forms(*INSTRUCTED)}))\b"),
    _p(Act.INSTRUCT, Mood.STATE, ("must", "need", "has to", "have to", "is to", "are to", "should"),
       r"\b(?P<subj>[\w-]{1,30}+(?:\s+[\w-]{1,30}+){0,2})\s+(?P<aux>(?:must|need\s+to|needs\s+to|will\s+need\s+to|has\s+to|have\s+to|is\s+to|are\s+to|should)\s+(?:now\s+|all\s+|also\s+)?be\s+)"
       r"(?P<verb>removed|cleared|cut(?:\s+back)?|trimmed|vacated|paid|repaired|taken\s+down|stopped|returned|locked|made\s+good|reinstated|moved|collected|"
       r"submitted|cultivated|emptied|tidied|replaced|fixed|closed|handed\s+back|capped|settled|reduced|lowered|relocated|cleaned)\b"),
    _p(Act.INSTRUCT, Mood.STATE, ("must", "has to", "have to", "need", "are to", "is to"),
       rf"\b(?P<subj>{NP})\s+(?P<aux>(?:must|has\s+to|have\s+to|needs?\s+to|are\s+to|is\s+to)\s+(?:now\s+|all\s+|also\s+)?)"
       r"(?P<verb>(?:be\s+(?:kept\s+)?(?:on|in|off|at|within|away|clear|out|back|inside|indoors|gone|[a-z]{2,20}ed(?:\s+up)?)|stop|cease|end|finish|go|come\s+(?:down|in|inside|off|out)|close|move)\b)"),
    _p(Act.INSTRUCT, Mood.FUTURE, ("require", "need", "want", "expect"),
       rf"\b(?P<subj>{ACTOR})(?:\s+|(?=')){AUX}(?P<verb>(?:require|need|want|expect)s?\s+(?:the|your|all)\s+[\w-]{{1,30}}+(?:\s+[\w-]{{1,30}}+)?"
       r"\s+to\s+be\s+[a-z]{2,20}ed)\b"),
    _p(Act.INSTRUCT, Mood.STATE, ("essential", "vital", "imperative", "necessary"), r"\b(?P<verb>it\s+is\s+(?:essential|vital|imperative|necessary)\s+that\b)(?=[^.?!]*\b(?:by|before|within|no\s+later)\b)"),
    _p(Act.INSTRUCT, Mood.STATE, ("you have",), r"\b(?P<verb>you\s+have\s+(?:until|(?:\d+|two|three|seven|fourteen|twenty-eight|28|14|7)\s+(?:days|weeks|months)\s+(?:to|from|in\s+which))\b)"),
    # -- orders on the council's account -----------------------------------------------
    _p(Act.ORDER, Mood.IMPERATIVE, ("council", "account", "order", "po "),
       r"\b(?P<verb>(?:charge|invoice|bill|put|add)\s+(?:it|them|this|that|these|those|the\s+[\w-]{1,30}+(?:\s+[\w-]{1,30}+)?)?\s*(?:to|on)\s+(?:the\s+|our\s+)?(?:(?:town|parish|city)\s+)?council\b"
       r"|(?:invoice|bill|charge)\s+(?:it\s+to\s+|them\s+to\s+)?(?:the\s+)?(?:[\w-]{1,30}+\s+){0,2}council\b|(?:on|to)\s+(?:our|the\s+(?:(?:town|parish)\s+)?council'?s?)\s+account"
       r"|account\s+(?:no\.?\s*|number\s*|ref\.?\s*)?:?\s*[a-z]{2,}[-/]?\d{2,}|\b(?:same|usual)\s+account\b|\baccount\s+as\s+(?:usual|before)\b|(?:purchase\s+)?order\s+(?:no\.?|number|ref)|\bpo\s+(?:no\.?|number|ref)\b)"),
    _p(Act.ORDER, Mood.PERFORMATIVE, ("order", "have "),
       r"\b(?P<subj>we|i)\s*(?P<aux>(?:'d|would|want|wish|need|'ll|will|shall)?\s*(?:like\s+)?(?:to\s+)?)(?P<verb>order|place\s+an\s+order"
       r"|(?<=d\s)have\s+(?:\d+|two|three|four|five|six|ten|a\s+dozen)|(?<=ll\s)have\s+(?:\d+|two|three|four|five|six|ten|a\s+dozen)"
       r"|(?<=to\s)have\s+(?:\d+|two|three|four|five|six|ten|a\s+dozen)"
       r"|(?:(?<=can\swe\s)|(?<=could\swe\s)|(?<=may\swe\s)|(?<=can\si\s)|(?<=could\si\s))have\s+(?:\d+|two|three|four|five|six|ten|a\s+dozen))\b"),
)

_MONEY = re.compile(MONEY)
# Undertakings that need a money object ("we'll meet the cost", not "we'll meet at six").
NEEDS_MONEY = re.compile(r"^(?:meet|met|giv|gave|split|knock|offer|grant|match|pick|foot|settl|bear|bor|put)", re.IGNORECASE)
# "Cover" undertakes a cost only when what it covers is one: "we'll cover the heating", not "we'll cover
# the history of the hall in the newsletter".
A_COST = re.compile(r"^\s+(?:the\s+|your\s+|all\s+|any\s+|half\s+(?:of\s+)?(?:the\s+)?)?(?:[\w-]{1,20}+\s+)?(?:costs?|bills?|fees?|hire|"
                    r"heating|cleaning|lighting|electricity|insurance|repairs?|materials|transport|coach|minibus|skip|rent|"
                    r"expenses|deposit|postage|printing|catering|refreshments|damage|excess|shortfall|balance|difference)\b")
# An acceptance that only concedes ("we accept that mistakes were made"), an offer made to nobody in
# particular ("we are offering free tea"), an appointment announced ("we have appointed a new clerk").
NOT_ACCEPTED = re.compile(r"^(?:accept\w*\s+(?:that|the\s+point|your\s+point|my\s+apolog|our\s+apolog|the\s+criticism)"
                          r"|offer\w*\s+(?!you\b|your\b|them\b|him\b|her\b|the\s+(?:club|group|society|school|team|tenant|hirer)\b)"
                          r"|(?:appoint|engag|commission|hir|select)\w*\s+(?:a|an|another|two|three|several|some)\s)")


def mentions_money(text: str) -> bool:
    return _MONEY.search(text) is not None
