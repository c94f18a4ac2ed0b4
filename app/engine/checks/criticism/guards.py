"""What takes a criticism back, or makes it someone else's, around an officer mention.

Before the mention, in its clause: a negation or a condition (`NEGATED`, unless `AFFIRMING`
reads it as "no doubt"), or reported speech (`REPORTED`, unless the writer `ENDORSED` it or it
is the writer's own voice, `OWN_VOICE`). After it: a rejection (`REJECTED`, `REJECTS_OPENING`
for the next sentence) or a denied object (`DENIED_OBJECT`: "officers hid nothing").
`CLAUSE_BREAK` ends the reach of a negation or a reporter.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# Words before an officer mention, in the same clause, that take the criticism back or make it
# someone else's: negation, a condition, or reported speech ("you say", "some residents have called").
NEGATED = re.compile(
    r"\b(?:not|no|never|nobody|no\s+one|none|neither|nor|hardly|far\s+from|without|if|whether|unless|deny|denies|"
    r"denied|unfair(?:ly)?|wrong(?:ly)?\s+to|refute|reject)\b|n't\b|"
    r"\b(?:ask(?:ed|ing)?|find\s+out|look(?:ing)?\s+into|establish|understand|know|wonder(?:ed|ing)?)\s+(?:[\w']+\s+){0,3}?why\b",
    _I)
# Words with "no" or "not" in them that affirm: "I have no doubt the clerk deceived us".
AFFIRMING = re.compile(r"\bno\s+doubt\b|\bnot\s+only\b|\bno\s+question\b|\bno\s+wonder\b|\bthere(?:'s|\s+is)\s+no\s+denying\b|"
                       r"\bnot\s+surprisingly\b|\bwithout\s+(?:a\s+|any\s+)?doubt\b|"
                       r"\bno\s+(?:pleasure|joy|satisfaction|hesitation|exaggeration|secret|choice\s+but)\b|"
                       r"\bmake\s+no\s+mistake\b|\bnot\s+(?:for\s+)?the\s+first\s+time\b|\bno\s+longer\s+(?:be\s+)?silent\b", _I)
REPORTED = re.compile(
    r"(?P<who>\b[\w'-]+)\s+(?:[\w-]+\s+){0,2}?(?:say|says|said|claim|claims|claimed|suggest|suggests|suggested|"
    r"allege|alleges|alleged|wrote|write|writes|called|call|calls|describe|describes|described|think|thinks|"
    r"thought|feel|feels|felt|complain|complains|complained|accuse|accuses|accused|reckon|reckons|believe|"
    r"believes|insist|insists|insisted)\b|\baccording\s+to\b|\b(?:allegations?|accusations?|claims?|rumou?rs?|"
    r"suggestions?)\s+that\b|\bit\s+(?:has\s+been|was|is)\s+(?:said|suggested|claimed|alleged)\b", _I)
ENDORSED = re.compile(
    r"\byou(?:'re|\s+are)\s+(?:quite\s+|absolutely\s+|so\s+|dead\s+)?right\b|\bi\s+(?:completely\s+|fully\s+|totally\s+)?"
    r"agree\b|\bas\s+you\s+(?:rightly\s+)?say\b|\brightly\b", _I)
# The writer's own saying, in the infinitive: "I am sorry to say", "it gives me no pleasure to write".
OWN_INFINITIVE = re.compile(
    r"\b(?:sorry|sad|regret|pleasure|needless|fair|honest|safe|bound|hesitate|afraid|"
    r"obliged|forced|compelled|duty)\s+to\s+(?:say|write|report|admit|record|note)$", _I)
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
