"""The vocabulary of work council staff are directed to do, for `analyse(text, staff=True)`.

A letter tells a contractor to "remove the boards"; a councillor tells the clerk to
"chase Kestrel", "write to the tenant", "cancel the booking", "get Darren to lock
the gates", "have the hedge cut" or says "I want this done by Friday". This module
adds those verbs and forms to the letters' grammar (`grammar.py`) and lists what,
said to an officer, asks nothing of council work: "send me the figures", "please
put this on the agenda", "accept my apologies", "take a break". The letters'
grammar is unchanged, so `councillor-name-letter` reads letters as before.
Staff mail is also read with a text message's "pls" and "u", ", so" opening a
fresh direction, statements of requirement ("the heating must be on from 7am
from now on", `STANDING`) and "I am telling you to …".
"""

from __future__ import annotations

import re

from app.engine.checks.acts.grammar import CLAUSE_START, NOT_FORBIDDEN, NOT_WORK, OPENING_OBJECT, build
from app.engine.checks.acts.model import Act, Mood
from app.engine.checks.acts.patterns import PATTERNS, pattern
from app.engine.checks.acts.verbs import INSTRUCTED, STRONG_INSTRUCTED, base_forms

# Work an officer is told to do (base forms), beyond the letters' INSTRUCTED verbs. All are everyday
# verbs: they instruct with "please", a deadline, or opening a sentence with something to act on.
STAFF_WORK = (
    "write to", "write", "email", "e-mail", "ring", "phone", "call", "contact", "chase", "chase up",
    "reply to", "respond to", "draft", "publish", "post", "upload", "withdraw", "accept", "reject",
    "decline", "sign", "renew", "instruct", "inform", "notify", "invite", "reschedule", "postpone",
    "rebook", "re-book", "hire", "engage", "release", "suspend", "hold off", "delete", "update",
    "correct", "serve", "buy", "purchase", "award", "appoint", "go with", "pull", "scrap", "sack",
    "dismiss", "discipline", "ban", "bar", "refuse", "approve", "put out", "advertise", "waive",
    "ask", "have", "let", "give", "move", "open", "write off", "re-advertise", "offer", "allocate", "assign",
    "programme", "program", "reprogramme", "reset", "set", "set out", "set up", "lay out", "rearrange", "re-arrange",
    "reissue", "re-issue", "resend", "re-send", "recirculate", "re-circulate", "reopen", "re-open", "shut", "hold",
    "adjust", "turn on", "turn up", "turn down", "board up", "cordon off", "tape off", "terminate", "evict",
    "repaint", "re-paint", "re-let", "relet", "refer", "pin up", "pin", "switch", "redo", "re-do", "reorder", "re-order",
    "rehang", "re-hang", "resite", "re-site", "refit", "re-fit", "object to",
)
# Verbs that direct work only in a causative shape: "ask Kestrel to …", "have the hedge cut", "let X know".
_CAUSATIVE = (
    r"ask\s+(?!me\b|us\b|myself\b|around\b|for\b|about\b|whether\b|if\b|why\b|how\b|what\b|when\b)(?:[\w'-]{1,30}+\s+){1,4}?to\s+(?!call\s+me|ring\s+me|phone\s+me|email\s+me|contact\s+me|get\s+in\s+touch|let\s+me)\w"
    r"|instruct\s+(?!me\b)\w"
    r"|have\s+(?!a\s|an\s|some\s|fun\b|me\b|us\b|you\b|they\b|we\b|i\b|he\b|she\b|it\b)(?:(?!been\b|not\b)[\w'-]{1,30}+\s+){1,14}?(?:done|cut|mown|sent|taken\s+down|put\s+up|put\s+back|set\s+(?:up|out)|swept|dug|rehung|re-?laid|"
    r"(?!need|us|embarrass|bless|shr)[a-z]{2,30}ed(?:\s+(?:up|out|off|down|back))?)\b"
    r"|let\s+(?!me\b|us\b|'s\b)(?:[\w'-]{1,30}+\s+){1,4}?know\b"
    r"|give\s+(?!me\b|us\b|my\b|a\s+(?:call|ring|shout|bell)\b)(?:[\w'-]{1,30}+\s+){1,3}?(?:the\s+)?(?:contract|job|work|go-ahead|notice|warning)\b"
)
# Said to an officer, these ask nothing of council work: the writer's own affairs, the agenda (asking the
# council to decide is the protocols' own route), courtesies, documents, rest.
_STAFF_NOT_WORK = (
    r"^[\w-]{1,30}+(?:\s+(?:up|out|off|on|in|back|to|with|for|round|over))?\s+(?:me|myself|my|mine)\b"
    r"|^(?:accept|take)\s+(?:my|our)\s+(?:apolog|thanks)|^treat\s+(?:this|it|that|these)\s+as\b"
    r"|^(?:tell|thank|congratulate|give)\s+(?:[\w'-]{1,30}+\s+){1,5}?(?:thanks|thank\s+you|well\s+done|congratulations|(?:my|our)\s+(?:best|regards|love|thanks))"
    r"|\b(?:on|onto|to|in|into|for)\s+(?:(?:the|an?|next|this|our|[\w-]{1,20}+'s)\s+){0,3}(?:[\w-]{1,20}+\s+){0,2}?agenda\b|\bagenda\s+items?\b|\bfor\s+(?:consideration|discussion|decision)\b|\b(?:to|for|at|before)\s+(?:the\s+)?(?:next\s+)?(?:full\s+council|council\s+meeting|committee|f\s?&\s?gp)\b"
    r"|^(?:use|read|see|print|file|save|replace|substitute|include|circulate)\s+(?:the\s+)?(?:attached|enclosed|revised|updated|latest|new\s+version)"
    r"|^(?:take|have)\s+(?:a|some|the)\s+(?:break|holiday|day|rest|time|weekend|lie-in|breather)|^take\s+(?:care|it\s+easy)|^have\s+a\s+(?:good|great|nice|lovely)"
    r"|\b(?:meeting|call|chat|catch-?up|word)\s+(?:with\s+(?:me|us|myself)|to\s+discuss)\b|\bon\s+my\s+behalf\b|\bfor\s+my\b(?!(?:\W+[\w'-]{1,30}+){0,12}?\W+(?:notice-?boards?|facebook|website|newsletter|social\s+media)\b)|\b(?:with|to|for|from)\s+me\b(?!\s+to\b)"
    r"|^(?:call|ring|phone|email|e-mail|contact|write\s+to|reply\s+to|invite)\s+(?:me|us)\b|^post\s+(?:it|this|them)\s+(?:to\s+me|through\s+my)"
    # a noun, not a verb ("Update on the pavilion:", "Order of the day"); withdrawing one's own message
    r"|^[\w-]{1,30}+\s+(?:of|on|re|regarding|about)\b|^call\s+(?:it|for)\b|^(?:cancel|scrap|ignore|forget)\s+(?:that|this)\s*(?:[-–—,.!;:]|$)"
    r"|^(?:make\s+sure|ensure)\s+(?:that\s+)?(?:it|this|that)\s+(?:does\s+not|doesn't|never|won't|will\s+not|isn't)\s+(?:happen|repeated)"
    r"|^check\s+(?:your|the|my)\s+(?:inbox|e-?mails?|junk|spam|post|messages?|voicemail|diary|calendar)\b|^do\s+(?:what|whatever|as)\s+you\b"
)
STAFF_VERBS = (*INSTRUCTED, *STAFF_WORK)
_PP = (r"(?:done|sorted(?:\s+out)?|fixed|cut(?:\s+back)?|removed|cleared|sent(?:\s+out)?|paid|cancelled|ordered|booked|published|posted|"
       r"taken\s+down|put\s+up|repaired|replaced|changed|finished|completed|dealt\s+with|actioned|chased(?:\s+up)?|emptied|painted|moved|"
       r"locked|closed|installed|delivered|issued|written|drafted|amended|updated|corrected|withdrawn|stopped|mown|trimmed|tidied(?:\s+up)?)")
# A state the council's property is to be kept in: "the heating must be on from 7am", "the toilets are to stay closed".
_STATE = (r"(?:on|off|open|closed|shut|locked|unlocked|available|ready|set\s+out|set\s+up|in\s+place|switched\s+(?:on|off)|"
          r"turned\s+(?:on|off)|lit|clear|empty|up|down)")
# A standing order: what is to hold from now on, like a deadline, makes a statement of requirement a direction.
STANDING = re.compile(
    r"\b(?:from\s+now\s+on|until\s+further\s+notice|onwards|with\s+immediate\s+effect|henceforth|going\s+forward|in\s+future|at\s+all\s+times"
    r"|from\s+(?:today|tomorrow|tonight|next|this|mon|tue|wed|thu|fri|sat|sun|\d)|every\s+(?:day|night|morning|evening|week|weekend|time|"
    r"mon|tue|wed|thu|fri|sat|sun)|this\s+(?:morning|afternoon|evening))"
)
# What the council itself deliberates: "this must be decided by Full Council" passes it to the council.
_DELIBERATED = r"(?:decid|agre|approv|consider|discuss|debat|resolv|vot|ratifi|minut|not|rais|report|tabl|refer|ask|told|inform|warn)"
STAFF_PATTERNS = PATTERNS + (
    # "I want this done by Friday", "I expect the verges cut before the fete".
    pattern(Act.INSTRUCT, Mood.REQUEST, ("want", "expect", "insist"),
            r"\b(?P<subj>i)\s+(?P<aux>(?:really\s+|do\s+|just\s+|now\s+)?(?:want|expect|insist\s+on)\s+)"
            r"(?P<verb>(?:this|that|it|these|those|them|(?:the|all|our|both)\s+[\w'-]{1,30}+(?:\s+[\w'-]{1,30}+){0,5})\s+(?:to\s+be\s+|being\s+)?" + _PP + r")\b"),
    # "I need you to chase Kestrel", "I'd like you to write to the tenant": the letters' form with staff verbs.
    # "As Leader of the group I am telling you to pull it": styling oneself Leader changes nothing.
    pattern(Act.INSTRUCT, Mood.REQUEST, ("need", "want", "require", "expect", "like", "must", "telling", "instructing", "directing", "ordering"),
            r"\b(?P<subj>i|we)\s*(?P<aux>(?:need|want|require|expect|'d\s+like|would\s+like|must\s+ask|must\s+insist\s+that"
            r"|(?:am|'m|are|'re)\s+(?:now\s+|hereby\s+)?(?:telling|instructing|directing|ordering))\s+)"
            rf"(?P<verb>you\s+(?:to\s+)?(?:{base_forms(*STAFF_VERBS)})|(?<=ing\s)you\s+to\s+(?!me\b|us\b)[a-z][\w-]{{1,30}})\b(?!\s+(?:me|us)\b)"),
    # "Kerry make sure the gates are locked": a name, no comma, then the instruction.
    pattern(Act.INSTRUCT, Mood.IMPERATIVE, ("make sure", "ensure"),
            r"^(?!(?:i|we|you|they|he|she|it|to|and|will|please|just)\s)(?:[a-z][\w'-]{0,30}+\s+)(?P<verb>make\s+sure|ensure)\s+"
            r"(?:that\s+)?(?:the|all|our|it|this|these|those|every)\b"),
    # "You need to chase Kestrel today", "you are to cancel the booking": the letters' form with staff verbs.
    pattern(Act.INSTRUCT, Mood.STATE, ("must", "need", "have to", "are to", "'re to", "instructed"),
            r"\b(?P<subj>you)(?:\s+|(?='))(?P<aux>(?:must|will\s+need\s+to|'ll\s+need\s+to|need\s+to|have\s+to|'ll\s+have\s+to|will\s+have\s+to|"
            r"(?:are|'re)\s+(?:hereby\s+|now\s+)?(?:(?:required|instructed|directed)\s+to|to))\s+(?:not\s+|now\s+|also\s+|immediately\s+|please\s+)*)"
            rf"(?P<verb>{base_forms(*STAFF_WORK)})\b(?!\s+(?:me|us)\b)"),
    # "This must be done by Friday", "the notice needs to be taken down today" (a deadline is required, below).
    pattern(Act.INSTRUCT, Mood.STATE, ("must", "need", "has to", "have to", "is to", "are to"),
            r"\b(?P<thing>this|that|it|these|those|(?:the|our|all)\s+[\w&-]{1,30}+(?:\s+[\w&-]{1,30}+){0,2})\s+"
            r"(?P<aux>(?:must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+(?:now\s+|all\s+|also\s+|always\s+)?(?:be(?:\s+kept|\s+left)?|stay|remain)\s+)"
            r"(?P<verb>" + _PP + "|" + _STATE + r"|(?!" + _DELIBERATED + r")[a-z]{3,30}ed)\b"),
    # "The minutes must go out by Friday", "the banner has to come down tonight".
    pattern(Act.INSTRUCT, Mood.STATE, ("must", "need", "has to", "have to", "is to", "are to"),
            r"\b(?P<thing>this|that|it|these|those|(?:the|our|all)\s+[\w&-]{1,30}+(?:\s+[\w&-]{1,30}+){0,2})\s+"
            r"(?P<aux>(?:must|needs?\s+to|has\s+to|have\s+to|is\s+to|are\s+to)\s+(?:now\s+|all\s+|also\s+)?)"
            r"(?P<verb>go\s+(?:out|up|back|in)|come\s+(?:down|off|out|back))\b"),
    # "The clerk needs to write to Kestrel today", "the office must cancel the booking".
    pattern(Act.INSTRUCT, Mood.STATE, ("must", "needs to", "has to", "is to"),
            r"\b(?P<subj>(?:the\s+)?(?:clerk|office|staff|team|groundsman|caretaker|rfo|deputy(?:\s+clerk)?|(?:[\w-]{1,20}+\s+)?officer))\s+"
            r"(?P<aux>(?:must|needs\s+to|has\s+to|is\s+to)\s+(?:now\s+|also\s+)?)"
            rf"(?P<verb>{base_forms(*STAFF_VERBS)})\b"),
)
_PLEASE = r"please|pls|plz|plse"  # a text message's "please"
# "…, so pay the band today": what follows opens a fresh direction, as at a sentence's start.
_SO = r"(?:,\s*|(?<=\bit)\s+|(?<=\bthat)\s+|(?<=\bfine)\s+|(?<=\bok)\s+)so\s+(?:go\s+ahead\s+and\s+)?"
# To an officer, a sentence that opens with an everyday verb and a thing or someone to act on ("Order two
# more grit bins", "Tell Greenway to start on Monday") is an instruction.
_OPENING_OBJECT = (rf"{OPENING_OBJECT}|^\s*(?:mr|mrs|ms|miss|dr|cllr|councillor)\b|^\s*(?:[\w-]{{1,30}}+\s+)?(?:a|an|two|three|four|five|six|some|more|another|our|\d+)\b|^\s*(?:[\w'-]{{1,30}}+\s+){{1,4}}?to\s+[a-z]"
                   r"|^\s*(?:[\w-]{1,30}+\s+){1,2}?(?:on|to|for|from|at|in|off|with)\s+(?:the|your|all|our|their|his|her|its|\d)\b")
STAFF = build(
    STAFF_VERBS, frozenset(STRONG_INSTRUCTED), frozenset(STAFF_VERBS), _OPENING_OBJECT,
    NOT_FORBIDDEN - {"send", "book", "arrange", "order", "issue", "return", "submit", "supply", "provide", "add", "complete",
                     "finish", "change", "raise", "cover"},
    rf"{NOT_WORK}|{_STAFF_NOT_WORK}|^(?=(?:ask|have|let|instruct|give)\b)(?!{_CAUSATIVE})", STAFF_PATTERNS,
    please=_PLEASE, you=r"you|u", clause_start=rf"{CLAUSE_START.pattern}|\b(?:{_PLEASE})\s+(?:do\s+)?|{_SO}",
    fresh_start=_SO,
)
# Left to the officer: "when you get a chance", "if you can", "up to you". A request, not a direction.
DISCRETION = re.compile(
    r"\b(?:when(?:ever)?\s+you\s+(?:get|have|find)\s+(?:a|the)\s+(?:chance|moment|minute|sec)|if\s+you\s+(?:get|have)\s+(?:a|the)\s+(?:chance|moment|minute|time)"
    r"|if\s+you\s+have\s+time|no\s+(?:rush|hurry|pressure)|if\s+you\s+can|if\s+(?:it's|that's|it\s+is|that\s+is)\s+(?:ok|okay|alright|possible|all\s+right)"
    r"|if\s+you\s+(?:don't|do\s+not)\s+mind|would\s+you\s+mind|(?:up\s+to|your)\s+(?:you|call|decision|judgement|judgment)|at\s+your\s+(?:discretion|convenience)"
    r"|when\s+convenient|if\s+you\s+think|(?:only|just)\s+a\s+suggestion|i(?:'m|\s+am)\s+not\s+instructing|you\s+know\s+best|if\s+appropriate"
    r"|i(?:'d|\s+would)\s+be\s+grateful|i\s+wonder(?:ed)?\s+if|what\s+you\s+think\s+(?:is\s+)?best|as\s+you\s+see\s+fit)\b"
)
