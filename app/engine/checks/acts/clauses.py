"""Find the acts of one sentence: the patterns of `patterns.py`, plus imperatives and requests.

An imperative is an instruction verb at the start of a clause (after a greeting,
"please", "kindly", "and", a colon or a dash): "Remove the boards by Friday",
"Please go ahead". A request asks the addressee to act: "Can you get a team to
the cemetery tomorrow?". Everyday verbs ("send", "book", "check") instruct only
with "please", a deadline or in a request, and never when the object is the
writer ("send me the photos").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.engine.checks.acts.grammar import DEADLINE, LEAD, LETTERS, VOCATIVE, Grammar
from app.engine.checks.acts.model import Act, Actor, Mood
from app.engine.checks.acts.patterns import A_COST, COUNCIL, NEEDS_MONEY, NOT_ACCEPTED, mentions_money

_OPENING = re.compile(LEAD)
_VOCATIVE_AT = re.compile(VOCATIVE)
_DEADLINE = DEADLINE
_NEG = re.compile(r"(?:\bnot\b|n't\b|\bnever\b|\bno\s+longer\b|\bcannot\b)")
_PERFECT = re.compile(r"\b(?:has|have|had|hasn't|haven't|hadn't)\b|\byet\b")
_COUNCIL = re.compile(rf"^(?:{COUNCIL})$")
_OFFICER = re.compile(r"\b(?:clerk|officers?|staff|rfo|office|team|the\s+\w{1,30}+\s+officer)$")
_PRICED = re.compile(r"quot|price|offer|tender|estimate|proposal|deal|trade-in|£|\bfee\b|\brate\b|booking|order|application|request|\bbid\b")
_NOT_BOUND = re.compile(r"^(?:we|i|it|this|that|there|something|someone|everyone|(?:the\s+)?(?:town\s+|parish\s+)?council|(?:the\s+)?government|they|he|she)$")
# The public at large: what they "can" do is a right or a rule, not a grant to the reader.
_PUBLIC = re.compile(r"\b(?:riders|cyclists|walkers|ramblers|dogs|people|residents|anyone|anybody|everyone|everybody|visitors|"
                     r"public|children|users|vehicles|cars|drivers|pedestrians|members)$")
_TO_READER = re.compile(r"\b(?:you|your|yours)\b")
_THING = re.compile(r"^(?:it|this|that|they|these|those)$")  # "it is to be removed by 31 May" still instructs
_PAST_ONLY = re.compile(r"(?:ed|paid|met|gave|gone|given|lent|took|sent|made|kept|held|did|done)$")


def acts_in(sentence: str, grammar: Grammar = LETTERS) -> Iterator[tuple[Act, Mood, Actor, bool, int, int]]:
    """(act, mood, actor, negated, cue start, cue end) for each act in a lower-cased sentence."""
    yield from _imperatives(sentence, grammar)
    flat = " ".join(sentence.split())
    for act, mood, words, pattern in grammar.patterns:
        if not any(word in flat for word in words):
            continue
        for match in pattern.finditer(sentence):
            found = _read(act, mood, match, sentence)
            if found is not None:
                yield found


def _imperatives(sentence: str, grammar: Grammar) -> Iterator[tuple[Act, Mood, Actor, bool, int, int]]:
    found = [(m, Mood.IMPERATIVE, opening) for m, opening in _imperative_matches(sentence, grammar)]
    if ("you" in sentence or "the " in sentence or " u " in sentence) and any(w in sentence for w in ("can ", "could ", "would ", "will ")):
        found += [(m, Mood.REQUEST, False) for m in grammar.request.finditer(sentence)]
    if any(w in sentence for w in ("don't", "do not", "never")):
        found += [(m, Mood.IMPERATIVE, None) for m in grammar.prohibition.finditer(sentence)]  # None: a prohibition
    for match, mood, opening in found:
        verb = " ".join(match.group("verb").split())
        rest = sentence[match.start("verb") :]
        if grammar.not_work.search(rest):
            continue
        pleading = grammar.pleading.search(sentence) is not None
        prohibition = opening is None or bool(match.groupdict().get("neg"))
        if not prohibition and mood is Mood.IMPERATIVE and verb not in grammar.strong and not (pleading or _DEADLINE.search(sentence)):
            if not (opening and verb in grammar.opening_weak and grammar.opening_object.match(sentence[match.end("verb") :])):
                continue
        if prohibition and verb in grammar.not_forbidden:
            continue  # "don't treat this as confidential" is about the text, not a thing to do or not do
        if mood is Mood.REQUEST and verb in ("use", "leave", "keep", "take", "check"):
            continue
        if mood is Mood.IMPERATIVE and opening and len(sentence.split()) <= 6 and _HEADING.match(sentence, match.end("verb")) \
                and not sentence.rstrip().endswith((".", "!")):
            continue  # "Pay award 2.3%": a heading or a table row, not an order
        act = Act.ORDER if verb in ("order", "invoice", "bill", "charge") and "council" in rest else Act.INSTRUCT
        start = match.start("neg") if match.groupdict().get("neg") else match.start("verb")
        yield act, mood, Actor.ADDRESSEE, False, start, match.end("verb")


def _imperative_matches(sentence: str, grammar: Grammar) -> Iterator[tuple[re.Match[str], bool]]:
    """Imperatives at the opening (after a greeting or a name) and after "please", "and", ";"."""
    lead = _OPENING.match(sentence).end()
    vocative = _VOCATIVE_AT.match(sentence, lead)
    openings = {lead, vocative.end() if vocative else lead}
    if grammar.fresh_start is not None:
        openings |= {m.end() for m in grammar.fresh_start.finditer(sentence)}
    starts = openings | {m.end() for m in grammar.clause_start.finditer(sentence)}
    for pos in sorted(starts):
        match = grammar.imperative.match(sentence, pos)
        if match is None or _LABELLED.search(sentence, max(0, pos - 120), pos) or _EMPHATIC.search(sentence, 0, pos):
            continue
        if _GREETED.match(sentence) and _NAMED.match(sentence, match.end("verb")):
            continue  # "Dear Bill," and "Hi Bill, hope…": a name, not the verb
        yield match, pos in openings


# "Option 3: close the skatepark and remove the ramps" lists a choice, not an instruction ("Step 1: remove
# the fence" still instructs); "please do fill it in" invites, as "do come" does.
_LABELLED = re.compile(r"\b(?:option|recommendation|proposal|alternative|resolved|resolution|motion|scenario)"
                       r"\s*[\w.()]{0,6}\s*[:–—-]\s")
_EMPHATIC = re.compile(r"\b(?:please\s+do|do\s+please)\s+$")
_HEADING = re.compile(r"\s+[a-z][\w-]*\s+[\d£]")
_GREETED = re.compile(r"\s*(?:dear|hi|hiya|hey|hello|morning|good\s+(?:morning|afternoon|evening))\b")
_NAMED = re.compile(r"\s*(?:[,!:–—-]|$)")


def _read(act: Act, mood: Mood, match: re.Match[str], sentence: str):
    groups = match.groupdict()
    subj = " ".join((groups.get("subj") or "").split())
    aux = " ".join((groups.get("aux") or "").split())
    verb = " ".join((groups.get("verb") or match.group()).split())
    negated = bool(_NEG.search(aux)) or verb.startswith(("not ", "n't "))
    actor = _actor(subj, act)
    if act is Act.COMMIT and actor not in (Actor.COUNCIL, Actor.WE, Actor.SPEAKER):
        actor = Actor.NONE  # "your expenses will be reimbursed": passive, the agent unnamed
    if act is Act.COMMIT and mood is Mood.FUTURE and actor in (Actor.WE, Actor.SPEAKER, Actor.COUNCIL):
        done = ("'ve" in aux or re.search(r"\bha(?:s|ve)\b", aux)) and re.match(r"(?:waiv|reduc|halv|discount|froze|frozen|writ|extend|renew)", verb)
        if _PAST_ONLY.search(verb.split()[0]) and "agreed" not in aux and not done:
            return None  # "we paid last year" reports the past, it undertakes nothing
        if not aux and actor is not Actor.COUNCIL:
            return None  # "we pay" / "I cover" without an auxiliary: habitual, not an undertaking
        if "'d" in aux or "would" in aux or "could" in aux or "might" in aux:
            if not re.search(r"(?:happy|pleased|glad|delighted)\s+to", aux):
                return None
    if act is Act.COMMIT and NEEDS_MONEY.match(verb) and not mentions_money(sentence[match.end() : match.end() + 60]):
        return None
    if act is Act.COMMIT and verb.startswith("cover") and "insurance" not in aux and not A_COST.match(sentence[match.end() :]) \
            and not mentions_money(sentence[match.end() : match.end() + 60]):
        return None
    if act in (Act.ACCEPT, Act.COMMIT) and NOT_ACCEPTED.match(sentence[match.start("verb") :]):
        return None
    if act is Act.COMMIT and actor is Actor.SPEAKER and not re.match(r"(?:waive|refund|reimburse|knock|reduce|freeze|discount|halve|write)", verb):
        return None  # "I'll pay for the flowers" is the writer's own purse
    if act is Act.ACCEPT and re.match(r"(?:tak|go|hav|proceed)", verb) and not _PRICED.search(sentence):
        return None  # "we'll take it" accepts only where a quote or price is in view
    if act is Act.INSTRUCT and re.match(r"be\s+[a-z]+ed\b", verb) and not _DEADLINE.search(sentence):
        return None  # "the stalls must be packed up" binds with a deadline, not as a remark
    if act is Act.INSTRUCT and mood is Mood.STATE and (_NOT_BOUND.match(subj) or _PUBLIC.search(subj)) \
            and not (_THING.match(subj) and aux.endswith(" be") and _DEADLINE.search(sentence)):
        return None  # "we must stop wasting money" is an opinion, not an instruction
    if act is Act.GRANT and re.match(r"have\s+an?\s+(?:look|go|think|chat|word|break|rest|good|great|lovely|nice|read|try|"
                                     r"listen|quick|cup|drink|laugh|safe|happy|wonderful)\b", verb + sentence[match.end():match.end() + 12]):
        return None  # "you can have a look": no grant
    if act is Act.AWARD and mood is Mood.STATE and actor is Actor.OTHER and not _TO_READER.search(sentence) \
            and (aux.startswith(("was", "were")) or re.match(r"allocated\s+(?:for|as|in)\b", sentence[match.start("verb"):])):
        return None  # "Wharf Street is allocated for 180 homes", "until the contract was awarded": nothing to the reader
    if act is Act.GRANT and mood is Mood.PERFORMATIVE and actor is Actor.COUNCIL and verb.endswith("ed") \
            and not _TO_READER.search(sentence):
        return None  # "the committee refused the application 7-4", told to a third party: a report of the decision
    if act is Act.GRANT and mood is Mood.STATE and "subj" in groups and (subj in ("i", "we") or _PUBLIC.search(subj)):
        return None  # "we can use the hall", "cyclists can use the byway": no grant to anyone
    if act is Act.GRANT and verb in ("refused", "declined", "rejected", "turned down", "denied", "unsuccessful"):
        act = Act.REFUSE
    elif act is Act.GRANT and verb in ("withdrawn", "revoked"):
        act = Act.CANCEL
    elif act is Act.GRANT and mood is Mood.PERFORMATIVE and re.match(r"(?:refus|declin|reject|turn|say)", verb):
        act = Act.REFUSE
    elif act is Act.GRANT and re.match(r"\s*(?:the\s+)?(?:payment|expenditure|spend)", sentence[match.end() :]):
        act = Act.COMMIT  # "I approve payment of your invoice" spends the council's money
    elif act is Act.CANCEL and verb in ("extended", "renewed") and aux.startswith(("was", "were")):
        return None  # "the lease was extended in 2019" reports the past
    elif act is Act.CANCEL and verb in ("extended", "renewed"):
        act = Act.AWARD  # "your contract is extended for a year"
    elif act is Act.AWARD and verb == "granted":
        act = Act.GRANT  # "you are granted an extension"
    elif act is Act.AWARD and verb in ("accepted", "approved") or act is Act.ACCEPT and verb.startswith(("book", "hir")):
        act = Act.ACCEPT
    if negated:
        if act in (Act.GRANT,) and not _PERFECT.search(aux):
            act, negated = Act.REFUSE, False  # "you can't park", "we won't allow": a refusal
        elif act is Act.INSTRUCT:
            negated = False  # "you must not park" is still an instruction
        elif act is Act.CANCEL and re.search(r"renew|extend|continu", verb):
            negated = False  # "we will not be renewing the lease" ends it
        elif act in (Act.ACCEPT, Act.AWARD) and not _PERFECT.search(aux):
            act, negated = Act.REFUSE, False  # "we can't offer you the slot"
        elif act is Act.REFUSE:
            return None  # "the answer is not no"
        elif act is Act.COMMIT and mood is Mood.FUTURE and actor in (Actor.COUNCIL, Actor.WE) and not _PERFECT.search(aux):
            act, negated = Act.REFUSE, False  # "the council will not give the grant this year": a refusal
    return act, mood, actor, negated, match.start(), match.end()


def _actor(subj: str, act: Act) -> Actor:
    subj = subj.removesuffix("'s")
    if not subj:
        return Actor.NONE if act not in (Act.INSTRUCT,) else Actor.ADDRESSEE
    if subj in ("we", "us"):
        return Actor.WE
    if subj in ("i",):
        return Actor.SPEAKER
    if _COUNCIL.match(subj) or subj.endswith(("council", "committee")):
        return Actor.COUNCIL
    if subj == "you" or subj.startswith("your "):
        return Actor.ADDRESSEE
    if _OFFICER.search(subj):
        return Actor.OFFICER
    return Actor.OTHER
