"""Which candidates a sentence is about, and whose own words a message carries.

A sentence is read folded and lower-cased, each mention of a candidate replaced by "§": by name
("Cllr Okafor", "Helen Okafor"), by civic title ("the Mayor", "the Town Mayor", "the Chair of the
Council", resolved through the directory's titles; a town council's chair is often styled Mayor,
so each stands for the other when only one is listed), and by "she"/"he" when the sentence, or
the one before it, is about exactly one candidate and names nobody else. The message carries a
candidate's own words (its "voices") when the candidate sends it from their council address, it
comes from a role mailbox (mayor@, chair@), a byline or relay introduces them ("Mayor's column by
Cllr X", "a word from the Mayor", "Cllr X has asked me to pass on this message"), or they sign it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.engine.checks.election.vocabulary import AGENT
from app.engine.checks.signoff import signer
from app.engine.directory import Directory, Person, Role
from app.engine.names import fold_name, name_pattern

_STRAIGHT = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_TITLE = re.compile(r"\b(?:the|our) (?:(town|city|civic|deputy|vice)[- ])?(mayor|chair(?:man|woman|person)?|"
                    r"leader of the council)\b(?: of ((?:the )?[a-z'-]{1,30}))?")
_PRONOUN = re.compile(r"\b(?:she|he)\b|(?<=\b(?:to|by|of) )(?:her|him)\b(?! (?:own|[a-z]+'s))")
_ROLE_BOX = re.compile(r"^(?:the|town|city|civic)?[._-]?(deputy[._-]?)?(mayor|chair|chairman|chairwoman|leader)"
                       r"(?:s?[._-]?office)?$")
_INTRODUCES = re.compile(
    r"\b(?:column|corner|diary|blog|word|words|message|note|letter|update|thoughts|statement) (?:of|from|by) §"
    r"|^by §|§,? (?:has |had |have )?(?:asked|asks|ask|wanted|wants|would like) me to (?:pass on|pass|share|forward|"
    r"send|circulate)\b")


class Mentions:
    def __init__(self, directory: Directory, candidates: Iterable[Person]):
        self.directory = directory
        self.candidates = tuple(candidates)
        self._names = {p.name for p in self.candidates}
        self._council = fold_name(directory.council)

    def read(self, sentence: str, carried: str | None) -> tuple[str, list[str], str | None]:
        """(the sentence marked with §, the candidates it is about, the candidate a next "she" means)."""
        text = " ".join(fold_name(sentence).translate(_STRAIGHT).split())
        named: list[str] = []
        for person in self.candidates:
            text, count = name_pattern(person.name, True).subn(AGENT, text)
            if count:
                named.append(person.name)
        text = _TITLE.sub(lambda m: self._title(m, named), text)
        if len(named) > 1:
            return text, named, None
        who = named[0] if named else carried
        if who is None or not (_PRONOUN.search(text) or named):
            return text, named, None
        if any(p.name not in self._names for p in self.directory.people_named(sentence)):
            return text, named, None  # "she" may be the officer or resident the sentence also names
        if _PRONOUN.search(text):
            text = _PRONOUN.sub(AGENT, text)
            named = [who]
        return text, named, who

    def voices(self, sender: Person | None, local_part: str, new_text: str, marked: Iterable[tuple[str, list[str]]]
               ) -> list[str]:
        """The candidates whose own words the message carries."""
        found: list[str] = []
        if sender is not None and sender.role is Role.COUNCILLOR and sender.name in self._names:
            found.append(sender.name)
        box = _ROLE_BOX.match(local_part)
        if box and (holder := self._holder(box.group(2), bool(box.group(1)))):
            found.append(holder)
        found += self.introduced(marked)
        signed = signer(new_text, self.directory)
        if signed and signed[0].name in self._names:
            found.append(signed[0].name)
        return list(dict.fromkeys(found))

    @staticmethod
    def introduced(marked: Iterable[tuple[str, list[str]]]) -> list[str]:
        """Candidates a byline or a relay introduces: "a word from §", "§ has asked me to pass on…"."""
        return [name for text, named in marked if named and _INTRODUCES.search(text) for name in named]

    def _title(self, match: re.Match[str], named: list[str]) -> str:
        place = match.group(3)
        if place and not (place.startswith(("the town", "the parish", "the city", "the council", "the district",
                                            "the borough")) or (not place.startswith("the ")
                                                                and place in self._council.split())):
            return match.group(0)  # the chair of the Planning Committee, the Mayor of another place
        holder = self._holder(match.group(2), match.group(1) in ("deputy", "vice"))
        if holder is None:
            return match.group(0)
        if holder not in named:
            named.append(holder)
        return AGENT

    def _holder(self, title: str, deputy: bool) -> str | None:
        if title.startswith("leader"):
            wanted = ("leader",)
        elif deputy:
            wanted = ("deputy-mayor", "vice-chair") if title == "mayor" else ("vice-chair", "deputy-mayor")
        else:
            wanted = ("mayor", "chair") if title == "mayor" else ("chair", "mayor")
        for title_ in wanted:
            holders = [p for p in self.directory.titled(title_) if p.role is Role.COUNCILLOR]
            if len(holders) == 1:
                return holders[0].name if holders[0].name in self._names else None
        return None
