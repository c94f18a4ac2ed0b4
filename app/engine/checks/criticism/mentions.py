"""Where a sentence names one of the council's officers: by name, by title, or officers collectively.

- by name: "Rachel Teague", "R. Teague", "Ms Teague", "Mister Teague" (an officer in the directory);
- by title, resolved through the directory's titles: "the Clerk", "the Town Clerk", "your RFO",
  "the Deputy Clerk", "the Proper Officer"; "the Chief Executive", "the Monitoring Officer" and
  "Head of X" only where the directory lists an officer with that title, and "the <service>
  officer" for an officer's listed service;
- collectively: "officers", "staff", "employees", "council officers", "the staff at the town hall",
  and the office by metonymy: "the parish office", "that lot in the office", "the admin team";
- two officers named together ("the Deputy Clerk and the Clerk") are also one plural mention.

Someone else's officers are not the council's: "police officers", "the district's planning
officer", "the county council's officers", "their staff", "the bank clerk", "staff at the school".
Pronouns (she, he, her, they...) stand for the officer of the same or the previous sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.engine.directory import Directory, Person, Role

_I = re.IGNORECASE
_HONORIFIC = r"(?:mr|mrs|ms|miss|mx|dr|mister|missus|madam|madame)\.?\s+"
_TITLES: tuple[tuple[str, str, bool], ...] = (  # (title, pattern, always: counts even if nobody holds it)
    ("deputy-clerk", r"(?:deputy|assistant)\s+(?:town\s+|parish\s+)?clerk|(?:her|his|the\s+clerk's)\s+deputy", True),
    ("rfo", r"rfo|responsible\s+financial\s+officer|finance\s+officer", True),
    ("proper-officer", r"proper\s+officer", True),
    ("clerk", r"(?:(?:locum|acting|interim|temporary)\s+)?(?:town\s+|parish\s+)?clerk(?:\s+to\s+the\s+(?:town\s+|parish\s+)?council)?(?!\s+of\s+(?:works|the\s+court))", True),
    ("chief-executive", r"chief\s+exec(?:utive)?|ceo|head\s+of\s+paid\s+service", False),
    ("monitoring-officer", r"monitoring\s+officer", False),
    ("head-of-service", r"head\s+of\s+[a-z]+", False),
)
_OFFICE = r"(?:(?:town|parish|council|clerk's)\s+)?(?:office|offices)|town\s+hall|council\s+offices?"
_OUR_COUNCIL = rf"(?:the|this|our)\s+(?:{_OFFICE}|(?:town\s+|parish\s+)?council)"
_COLLECTIVE = (r"(?:council\s+|town\s+hall\s+|office\s+|senior\s+|parish\s+)?(?:officers|staff|employees)"
               rf"(?:\s+(?:at|of|in|working\s+(?:at|for|in))\s+{_OUR_COUNCIL})?"
               rf"|(?:the\s+people|those|the\s+staff|the\s+folk)\s+(?:who|that)\s+work\s+(?:at|in|for)\s+{_OUR_COUNCIL}"
               r"|(?:the|an|one)\s+officer"
               # the office by metonymy, and the people in it: "the parish office", "that lot in the office",
               # "the admin team", "council workers"
               rf"|the\s+(?:(?:town|parish|council)\s+)?office(?!\s+(?:of|for|holders?|bearers?|hours|building|space|"
               rf"block|chair|manager|equipment|move|refurbishment|computer|phone|door|keys?|workers|staff|team|employees)\b)"
               rf"|(?:that\s+lot|those\s+people|those\s+in\s+charge|the\s+(?:people|folk|folks|lot|team|bods|"
               rf"ladies|girls|guys))\s+(?:in|at|from|running)\s+the\s+(?:{_OFFICE})"
               r"|(?:the\s+|our\s+)?(?:(?:council|parish|town|office)\s+)?(?:admin(?:istration|istrative)?|office|clerk's)\s+team"
               r"|(?:council|office|town\s+hall|parish)\s+workers")
# Officers by role, where the directory lists no service for them: "the caretaker", "our events officer".
_ROLES = ("caretaker", "groundsman", "groundsmen", "handyman", "office manager", "admin assistant",
          "administrative assistant", "admin officer", "finance assistant", "events officer", "projects officer",
          "amenities officer", "estates officer", "communications officer", "facilities manager", "clerk's assistant")
_KEYWORDS = frozenset({"clerk", "rfo", "officer", "staff", "employee", "chief exec", "ceo", "head of", "manager",
                       "supervisor", "lead", "office", "team", "workers", "town hall", "caretaker", "groundsm",
                       "handyman", "assistant"})
_PAIRED = re.compile(r"\s*(?:,\s*)?(?:and|&|as\s+well\s+as|plus)\s+(?:the\s+|our\s+|your\s+)?(?:(?:town|parish|deputy)\s+)?", _I)
_PRONOUN = re.compile(r"\b(?:she|he|they|her|his|their|him|them)\b", _I)
_POSSESSIVE_PRONOUNS = frozenset({"her", "his", "their"})
# Someone else's people: a qualifier just before the mention ...
_OTHER_BEFORE = re.compile(
    r"(?:\b(?:police|fire|community\s+support|probation|returning|county|district|borough|city|highways?|planning|"
    r"environmental\s+health|enforcement|customs|prison|army|medical|bank|court|shop|sales|hotel|surgery|school|"
    r"hospital|nhs|neighbouring|their|its)\b|\b(?!council's|town's|parish's)[a-z]+'s?)\s*(?:council(?:'s)?\s+)?$", _I)
# ... or just after it.
_OTHER_AFTER = re.compile(
    r"\s+(?:at|of|from|in|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:county|district|borough|police|surgery|school|"
    r"hospital|shop|bank|library|nhs|agency|company|firm|contractors?|association|club|society|trust)\b", _I)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def fold(text: str) -> str:
    """Lower-case, accents and curly quotes straightened, for matching (not for showing)."""
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()  # most mail: no accents to take off
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class Referent:
    label: str  # "Rachel Teague (the Clerk)", "the Deputy Clerk", "officers collectively"
    person: Person | None = None
    collective: bool = False


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    referent: Referent
    possessive: bool  # "the clerk's", "her"
    pronoun: bool = False


class OfficerReferences:
    """The officer mentions of one directory, compiled once."""

    def __init__(self, directory: Directory) -> None:
        officers = [p for p in directory.people if p.role is Role.OFFICER]
        self._referents: dict[str, Referent] = {}
        parts: list[str] = []
        for index, person in enumerate(officers):
            name = _name_pattern(person.name)
            if name:
                self._add(parts, f"p{index}", name, Referent(_label(person), person))
            if person.service and len(service := fold(person.service).split()[0].strip("&,")) >= 4:
                self._add(parts, f"s{index}", rf"{re.escape(service)}\s+(?:officer|manager|supervisor|lead)",
                          Referent(_label(person), person))
        for index, (title, pattern, always) in enumerate(_TITLES):
            holders = [p for p in officers if title in p.titles]
            if not holders and not always:
                continue
            shown = "the " + ("RFO" if title == "rfo" else title.replace("-", " ").title())
            person = holders[0] if len(holders) == 1 else None
            label = f"{person.name} ({shown})" if person else shown
            self._add(parts, f"t{index}", pattern, Referent(label, person))
        for index, role in enumerate(_ROLES):
            self._add(parts, f"r{index}", r"\s+".join(map(re.escape, role.split())), Referent(f"the {role}"))
        self._add(parts, "all", _COLLECTIVE, Referent("officers collectively", collective=True))
        # Every mention contains one of these words (a surname, a title's word, officer/staff/employee).
        words = set(_KEYWORDS)
        for person in officers:
            words.update(re.findall(r"[a-z][a-z'-]*", fold(person.name))[-1:])
        self._words = tuple(sorted(words))
        self._pattern = re.compile(r"(?<![\w@.-])(?:" + "|".join(parts) + r")(?![\w@-]|\.\w)", _I)

    def _add(self, parts: list[str], key: str, pattern: str, referent: Referent) -> None:
        parts.append(f"(?P<{key}>{pattern})")
        self._referents[key] = referent

    def anywhere(self, folded: str) -> bool:
        """Whether a folded text may mention an officer at all: a cheap first look at a whole message."""
        return any(word in folded for word in self._words)

    def find(self, sentence: str, carried: Referent | None = None) -> list[Mention]:
        """Officer mentions in a folded sentence, pronouns included when someone is carried over."""
        found: list[Mention] = []
        for match in self._pattern.finditer(sentence):
            if _OTHER_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) \
                    or _OTHER_AFTER.match(sentence, match.end()):
                continue
            referent = self._referents[match.lastgroup or ""]
            after = sentence[match.end():match.end() + 2]
            possessive = after.startswith(("'s", "s'")) or (match.group().endswith("s") and after.startswith("'"))
            found.append(Mention(match.start(), match.end(), referent, possessive))
        return _with_pronouns(sentence, _with_pairs(sentence, found), carried)


def _with_pairs(sentence: str, found: list[Mention]) -> list[Mention]:
    """Two officers named together ("the Deputy Clerk and the Clerk") are also one plural mention,
    which "they" may stand for and "are" may follow."""
    out = list(found)
    for first, second in zip(found, found[1:]):
        if first.referent == second.referent or first.referent.collective or second.referent.collective:
            continue
        if _PAIRED.fullmatch(sentence, first.end, second.start):
            label = f"{first.referent.label} and {second.referent.label}"
            out.append(Mention(first.start, second.end, Referent(label, collective=True), second.possessive))
    return out


def _with_pronouns(sentence: str, found: list[Mention], carried: Referent | None) -> list[Mention]:
    out = list(found)
    for match in _PRONOUN.finditer(sentence):
        earlier = [m for m in found if m.end <= match.start()]
        referent = last_mention(earlier).referent if earlier else carried
        if referent is None:
            continue
        plural = match.group().lower() in ("they", "their", "them")
        if plural != referent.collective:
            continue  # "they" after "the clerk" is someone else; "she" after "officers" too
        out.append(Mention(match.start(), match.end(), referent, match.group().lower() in _POSSESSIVE_PRONOUNS,
                           pronoun=True))
    return sorted(out, key=lambda m: m.start)


def last_mention(mentions: list[Mention]) -> Mention:
    """The mention that ends last; of a pair and its second officer, the pair."""
    return max(mentions, key=lambda m: (m.end, m.end - m.start))



def _name_pattern(name: str) -> str:
    tokens = re.findall(r"[a-z][a-z'-]*", fold(name))
    tokens = [t for t in tokens if t not in ("mr", "mrs", "ms", "miss", "mx", "dr")]
    if not tokens:
        return ""
    surname = re.escape(tokens[-1])
    if len(tokens) == 1:
        return surname
    first = re.escape(tokens[0])
    middle = r"(?:\s+[a-z]\.?|\s+[a-z][a-z'-]+)?"
    return rf"{first}{middle}\s+{surname}|{first[0]}\.?{middle}\s+{surname}|{_HONORIFIC}{surname}"


def _label(person: Person) -> str:
    for title, shown in (("clerk", "the Clerk"), ("deputy-clerk", "the Deputy Clerk"), ("rfo", "the RFO"),
                         ("chief-executive", "the Chief Executive")):
        if title in person.titles:
            return f"{person.name} ({shown})"
    return person.name
