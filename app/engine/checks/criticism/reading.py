"""Read a message's new text for criticism of an officer, sentence by sentence.

Only the new text counts: quoted lines and everything after a signature separator are left
out (`acts.sentences.letter_body`), so a resident's quoted complaint is not the councillor's.
A criticism is an officer mention with a pattern of `vocabulary` around it, not taken back:
no negation or condition before it in its clause ("this is not the clerk's fault", "I would
never say the clerk is incompetent", "if the clerk failed..."), not someone else's words
("you say the clerk is lazy", "some residents have called the clerk lazy") unless the writer
endorses them ("you're right, the clerk is hopeless"), and not rejected after it ("..., which
is unfair", "I don't agree").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.checks.acts.sentences import MAX_SENTENCE_CHARS, letter_body, sentence_spans
from app.engine.checks.criticism.guards import (
    AFFIRMING, CLAUSE_BREAK, DENIED_OBJECT, ENDORSED, NEGATED, OWN_INFINITIVE, OWN_VOICE, REJECTED, REJECTS_OPENING,
    REPORTED,
)
from app.engine.checks.criticism.mentions import Mention, OfficerReferences, Referent, fold, last_mention
from app.engine.checks.criticism.vocabulary import PATTERNS, Pattern

MAX_HITS = 8  # enough evidence for a reviewer; bounds the work on hostile text
MAX_MENTIONS = 64  # officer mentions read in one message (real letters have a handful)
MAX_MENTIONS_PER_SENTENCE = 6
_BEFORE_WINDOW = 160  # characters before a mention that a pattern or a negation may use
_ENDS_WITH_TITLE = re.compile(r"(?<![\w.])(?:mr|mrs|ms|mx|dr|cllr)\.$", re.IGNORECASE)
_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|tr)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    referent: Referent
    kind: str  # "conduct or capability", "dismissal", "sarcasm", ...
    cue: str  # the words of the criticism
    sentence: str  # the sentence as written, whitespace collapsed


def criticisms(text: str, subject: str, references: OfficerReferences, voice: frozenset[str]) -> list[Hit]:
    """Each criticism of an officer in the new text (and a subject the sender wrote), in reading order.

    `voice`: the sender's own name words, so "Cllr Delaney said: ..." in a press release is his.
    """
    sentences = [] if not subject or _REPLY_SUBJECT.match(subject) else [subject.strip()]
    body = letter_body(text)
    sentences += [body[s:e] for s, e in _titles_joined(body, sentence_spans(body))]
    folded = [fold(s) for s in sentences]
    hits: list[Hit] = []
    carried: Referent | None = None
    budget = MAX_MENTIONS
    for index, sentence in enumerate(folded):
        mentions = references.find(sentence, carried)
        following = folded[index + 1] if index + 1 < len(folded) else ""
        for mention in mentions[:min(MAX_MENTIONS_PER_SENTENCE, budget)]:
            budget -= 1
            found = _criticism_at(sentence, mention, voice, following)
            if found is not None:
                kind, (start, end) = found
                written = sentences[index] if len(sentences[index]) == len(sentence) else sentence  # as written
                hits.append(Hit(mention.referent, kind, " ".join(written[start:end].split()),
                                " ".join(sentences[index].split())[:240]))
                break  # one criticism per sentence is evidence enough
        if len(hits) >= MAX_HITS or budget <= 0:
            break
        carried = last_mention(mentions).referent if mentions else None
    return hits


def _titles_joined(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence cut after a personal title ("Mr." | "Aldous is hopeless") joined to the next one."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and end - out[-1][0] <= MAX_SENTENCE_CHARS and _ENDS_WITH_TITLE.search(body, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _criticism_at(sentence: str, mention: Mention, voice: frozenset[str],
                  following: str) -> tuple[str, tuple[int, int]] | None:
    window_start = max(0, mention.start - _BEFORE_WINDOW)
    before = sentence[window_start:mention.start]
    breaks = list(CLAUSE_BREAK.finditer(before))
    clause = before[breaks[-1].end():] if breaks else before
    after = sentence[mention.end:]
    for pattern in PATTERNS:
        matched = _matches(pattern, clause, after, mention)
        if matched is None:
            continue
        cue_start, cue_end = matched
        lead = clause[:cue_start] if cue_start < 0 else clause  # words before the pattern's own words
        if NEGATED.search(AFFIRMING.sub(" ", lead)) or _reported(lead, voice):
            return None
        rest = after[max(0, cue_end):]
        if REJECTED.search(rest) or REJECTS_OPENING.match(following) or DENIED_OBJECT.match(rest):
            return None
        start = mention.start + cue_start if cue_start < 0 else mention.start
        end = mention.end + max(0, cue_end)
        return pattern.kind, (start, end)
    return None


def _matches(pattern: Pattern, clause: str, after: str, mention: Mention) -> tuple[int, int] | None:
    """(start of the pattern's words relative to the mention, negative if before it; end after it)."""
    if pattern.possessive and not mention.possessive:
        return None
    cue_start, cue_end = 0, 0
    if pattern.before is not None:
        found = pattern.before.search(clause)
        if found is None:
            return None
        cue_start = found.start() - len(clause)
    if pattern.after is not None:
        found = pattern.after.match(after)
        if found is None:
            return None
        cue_end = found.end()
    if pattern.before is None and cue_end == 0:
        return None
    return cue_start, cue_end


def _reported(lead: str, voice: frozenset[str]) -> bool:
    """Someone else's words ("you say", "residents have called"), unless the writer endorses them."""
    if ENDORSED.search(lead):
        return False
    for match in REPORTED.finditer(lead):
        who = match.group("who")
        if OWN_INFINITIVE.search(match.group()):
            continue  # "I regret to say the clerk ..."
        if who is None:
            return True  # "according to", "allegations that"
        words = set(re.findall(r"[a-z']+", lead[max(0, match.start() - 12):match.end()]))
        if not (words & OWN_VOICE or words & voice):
            return True
    return False
