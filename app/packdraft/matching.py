"""Which clause speaks to each rule, and what its words ask for: hold, annotate or flag.

Per rule, every sentence under a numbered clause is scored by the rule's cues
(catalogue.py). The best-scoring sentence that speaks to the rule directly
decides the action by its wording — a hedge ("normally", "should aim") flags,
a prescribed disclosure ("CC councillor X") annotates, a prohibition ("never",
"must not", "under no circumstances") holds — and is quoted verbatim. A
sentence that only touches the rule is cited with a flag; nothing found is a
flag with no clause and no quote, and is listed for the clerk to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.packdraft.catalogue import Modality, RuleCues, load_catalogue, load_modality
from app.packdraft.clauses import Clause, Sentence, common_clause, sentences

MAX_QUOTE = 400
_STRENGTH = {"hold": 3, "annotate": 2, "flag": 1}
_CORRESPONDENCE = re.compile(r"e-?mail|correspondence|letters?\b|\bcop(y|ied)\b|forward|confidential|\bbcc\b",
                             re.IGNORECASE)
_NORMATIVE = re.compile(r"\b(should|must|shall|never|may not|cannot|are not to|is not to|will not)\b", re.IGNORECASE)


@dataclass
class Proposal:
    rule: str
    action: str
    clause: str | None = None
    quote: str | None = None
    because: str = ""
    confidence: str = "low"
    tell_sender: str | None = None
    annotation: str | None = None
    why_flag: str | None = None
    sentences: list[Sentence] = field(default_factory=list)  # what the quote was taken from


@dataclass
class Draft:
    proposals: dict[str, Proposal]
    unplaced: list[str]
    says_nothing: bool  # no rule found any clause: every rule is a flag without a quote


def wording(sentence: str, cues: RuleCues, modality: Modality) -> tuple[str, str, bool]:
    """(action, the words that decided it, explicit?) for one sentence that speaks to the rule."""
    if found := modality.hedge.search(sentence):
        return "flag", f'"{found.group(0)}" hedges it', True
    if cues.can_annotate and (found := modality.disclosure.search(sentence)):
        return "annotate", f'"{found.group(0)}" prescribes a disclosure', True
    if found := modality.forbid.search(sentence):
        return "hold", f'"{found.group(0)}" forbids it', True
    why = cues.expectation_why or "it states an expectation, not a prohibition"
    return cues.expectation, f"no forbidding or hedging words: {why}", False


def propose(rule: str, cues: RuleCues | None, clauses: list[Clause], modality: Modality,
            others: tuple[RuleCues, ...] = ()) -> Proposal:
    if cues is None:
        return _nothing(rule, None, f"{rule}: the drafter knows no words for this rule yet; map it by hand")
    everything = sentences(clauses)
    speaking = [(cues.direct_score(s.text), s) for s in everything]
    speaking = [(score, s) for score, s in speaking
                if score >= cues.direct_at and not _claimed_elsewhere(s.text, cues, others)]
    direct = [(score, s) for score, s in speaking if s.clause is not None]
    if direct:
        return _from_direct(rule, cues, direct, modality)
    if speaking:  # the words are there, but under no clause number a pack could cite
        score, best = min(speaking, key=lambda item: (-item[0], item[1].order))
        action, why, _explicit = wording(best.text, cues, modality)
        return _nothing(rule, cues, f'{rule}: "{_short(best.text)}" speaks to it ({why}: {action}), but stands '
                                    "under no decimal clause number (such as 5 or 5.11) that a pack can cite; "
                                    "cite it by hand")
    cited = [s for s in everything if s.clause is not None]
    related = [(cues.related_score(s.text), s) for s in cited]
    related = [(score, s) for score, s in related if score >= cues.related_at]
    if related:
        score, best = min(related, key=lambda item: (-item[0], item[1].order))
        proposal = Proposal(rule, "flag", best.clause, best.text, confidence="low", sentences=[best])
        words = ", ".join(f'"{w}"' for w in cues.matched(best.text, related=True))
        proposal.because = f"touches {cues.about} ({words}) but does not govern it"
        proposal.why_flag = (f"Clause {best.clause} touches {cues.about} but does not govern it; "
                             "reported so the Monitoring Officer can judge.")
        proposal.tell_sender = cues.tell_sender.get("flag")
        return proposal
    return _nothing(rule, cues, f"{rule}: no clause found about {cues.about}")


def _from_direct(rule: str, cues: RuleCues, direct: list[tuple[int, Sentence]], modality: Modality) -> Proposal:
    decided = [(score, s, *wording(s.text, cues, modality)) for score, s in direct]
    decided.sort(key=lambda d: (-d[0], d[1].order))
    in_clause = [d for d in decided if d[1].clause == decided[0][1].clause]
    # A clause that says how to disclose the copy asks for that, not a stop; otherwise its firmest words govern.
    disclosing = [d for d in in_clause if d[2] == "annotate"]
    firmest = disclosing or sorted(in_clause, key=lambda d: (-_STRENGTH[d[2]], -d[0], d[1].order))
    score, best, action, why, explicit = firmest[0]
    same_clause = [d for d in decided if d[1].clause == best.clause and d[2] == action]
    quoted = _quote_run(best, [d[1] for d in same_clause])
    rivals = [d for d in decided if d[1].clause != best.clause and d[0] >= score - 1 and d[2] != action]
    confidence = "high" if explicit and not rivals else "medium"
    words = ", ".join(f'"{w}"' for w in cues.matched(best.text))
    proposal = Proposal(rule, action, best.clause, " ".join(s.text for s in quoted), confidence=confidence,
                        sentences=quoted)
    proposal.because = f"{why}; speaks to {cues.about} through {words}"
    if rivals:
        others = ", ".join(sorted({r[1].clause for r in rivals}))
        proposal.because += f"; also read clause {others}, which points to {rivals[0][2]}"
    proposal.tell_sender = (cues.tell_sender.get(action) or "").format(clause=proposal.clause) or None
    if action == "annotate":
        proposal.annotation = cues.annotation
    if action == "flag":
        proposal.why_flag = (f"Clause {best.clause} speaks to {cues.about}, but {why}; "
                             "reported, not held.")
    return proposal


def fit_quote(text: str, anchors: list[str], limit: int = MAX_QUOTE) -> str:
    """Verbatim words of at most `limit` characters from a long sentence: the part that holds the
    deciding words (a clause of the sentence, else a window around them), cut at word boundaries."""
    if len(text) <= limit:
        return text
    at = min((text.find(a) for a in anchors if a and text.find(a) >= 0), default=0)
    start = 0
    for part in re.split(r"(?<=[;:])\s+", text):  # a whole part of the sentence, if one holds the words
        if start <= at < start + len(part) and len(part.rstrip(" ;:,")) <= limit:
            return part.rstrip(" ;:,")
        start += len(part) + 1
    begin = max(0, at - limit // 3)
    end = min(len(text), begin + limit)
    window = text[begin:end]
    if begin > 0:
        window = window.split(" ", 1)[-1]
    if end < len(text):
        window = window.rsplit(" ", 1)[0]
    return window.strip(" ;:,")


def _claimed_elsewhere(text: str, cues: RuleCues, others: tuple[RuleCues, ...]) -> bool:
    """A sentence about a rule defined by a word (confidential) belongs to it, not to a general rule (copying)."""
    mine = cues.direct_margin(text)
    return any(other.direct_margin(text) > mine for other in others
               if other.rule != cues.rule and other.defined_by_a_word)


def _quote_run(best: Sentence, same: list[Sentence]) -> list[Sentence]:
    """The chosen sentence and its neighbours in the clause that say the same, within the length limit."""
    orders = {s.order: s for s in same if s.paragraph == best.paragraph}  # joined text stays verbatim
    run = [best]
    for step in (1, -1):
        at = best.order + step
        while at in orders and sum(len(s.text) + 1 for s in run) + len(orders[at].text) <= MAX_QUOTE:
            run.append(orders[at])
            at += step
    run.sort(key=lambda s: s.order)
    if sum(len(s.text) + 1 for s in run) > MAX_QUOTE:
        return [best]
    return run


def _short(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _nothing(rule: str, cues: RuleCues | None, unplaced: str) -> Proposal:
    about = cues.about if cues else rule
    proposal = Proposal(rule, "flag", confidence="low", because="no clause speaks to it")
    if "cite it by hand" in unplaced:
        proposal.why_flag = (f"The protocol speaks to {about} only in words under no numbered clause; "
                             "reported until a person cites it.")
    else:
        proposal.why_flag = (f"The protocol says nothing the drafter could find about {about}; "
                             "reported so the Monitoring Officer sees it.")
    proposal.tell_sender = (cues.tell_sender.get("flag") if cues else None)
    proposal.sentences = []
    proposal.because = unplaced
    return proposal


def draft_rules(rule_ids: list[str], clauses: list[Clause], catalogue: dict[str, RuleCues] | None = None) -> Draft:
    catalogue = catalogue if catalogue is not None else load_catalogue()
    modality = load_modality()
    known = tuple(catalogue[rule] for rule in rule_ids if rule in catalogue)
    proposals = {rule: propose(rule, catalogue.get(rule), clauses, modality, known) for rule in rule_ids}
    for proposal in proposals.values():
        _cite_common_clause(proposal, clauses)
        if proposal.quote is not None and len(proposal.quote) > MAX_QUOTE:
            anchors = [m.group(0) for pattern in (modality.hedge, modality.disclosure, modality.forbid)
                       if (m := pattern.search(proposal.quote))]
            cues = catalogue.get(proposal.rule)
            proposal.quote = fit_quote(proposal.quote, anchors + (cues.matched(proposal.quote) if cues else []))
    unplaced = [p.because for p in proposals.values() if p.clause is None]
    unplaced += _unread_correspondence(proposals, clauses)
    says_nothing = all(p.clause is None and "cite it by hand" not in p.because for p in proposals.values())
    if says_nothing:
        unplaced.insert(0, "The protocol says nothing the drafter could find about correspondence: "
                           "every rule is a flag, with no clause and no quote.")
    return Draft(proposals, unplaced, says_nothing)


def _cite_common_clause(proposal: Proposal, clauses: list[Clause]) -> None:
    """The same words in several clauses (a duty both ways) are cited by the clause holding them all."""
    if proposal.quote is None or len(proposal.sentences) != 1:
        return
    text = proposal.sentences[0].text
    where = sorted({s.clause for s in sentences(clauses) if s.text == text and s.clause})
    if len(where) > 1 and (parent := common_clause(where)):
        if proposal.tell_sender:
            proposal.tell_sender = proposal.tell_sender.replace(f"(clause {proposal.clause})", f"(clause {parent})")
        proposal.clause = parent
        proposal.because += f"; the same words stand in {', '.join(where)}, so {parent} is cited"


def _unread_correspondence(proposals: dict[str, Proposal], clauses: list[Clause], limit: int = 12) -> list[str]:
    """Sentences about correspondence in clauses no rule cites: the clerk should read them."""
    cited = {p.clause for p in proposals.values() if p.clause}
    named = " ".join(p.because for p in proposals.values())
    found = []
    for sentence in sentences(clauses):
        if _short(sentence.text) in named:
            continue  # already in a rule's own note
        if not (_CORRESPONDENCE.search(sentence.text) and _NORMATIVE.search(sentence.text)):
            continue  # only what the protocol asks of people about correspondence
        if sentence.clause is not None and any(sentence.clause == c or sentence.clause.startswith(c + ".")
                                               for c in cited):
            continue
        where = f"clause {sentence.clause}" if sentence.clause else "text outside any decimal-numbered clause"
        found.append(f"{where} says something of correspondence that no rule took: \"{_short(sentence.text)}\"")
    if len(found) > limit:
        found = found[:limit] + [f"... and {len(found) - limit} more such sentences"]
    return found
