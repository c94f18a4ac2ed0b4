"""councillor-name-letter: obligations or instructions sent out in a councillor's name.

Contract definition:
    A letter or email on behalf of the council goes to an external party in a
    councillor's name — the sender is a councillor, or the sign-off names a
    councillor — and it creates obligations or gives instructions on the
    council's behalf: it commits the council to act or to pay, grants or
    refuses permission, gives formal notice, or instructs the recipient. Ward
    casework and advocacy, personal views stated as such, and a chair's
    representations to a minister or MP that commit the council to nothing do
    not fire.

Only the new text counts (quoted earlier messages are someone else's words). What
each of its sentences does is read by the speech-act analysis in
`app.engine.checks.acts`: who acts, the act (grant, refuse, award, accept, commit,
cancel, notify, instruct, order), its mood, and what hedges, conditions, negates,
reports or defers it. A finding needs one act stated outright. The sign-off is read
by `signoff.py`: a councillor writing from a personal address, or from the clerk's
or a shared council mailbox, signs in their own name.

falsepositives:
    - ward casework and advocacy: "I have asked the clerk to look into this",
      "I will raise this with officers", "I'll recommend it to F&GP"
    - personal views stated as such, personal affairs, party business
    - a chair's representation to a minister or MP that commits the council to nothing
    - obligations signed by the clerk or another officer, including "on behalf of the Chairman"
    - conditional, hedged or negated statements: "I cannot commit the council", "if the
      council agrees", "subject to committee approval", "the council has not agreed to pay"
    - questions and reported speech: "would the council pay?", "the clerk says we will pay"
    - quoted text from earlier messages
    - letters to partners (the principal authority, the council's solicitors)
"""

from __future__ import annotations

import re

from app.engine.checks.acts import Act, Actor, SpeechAct, analyse, disowns_council
from app.engine.checks.identity import person_by_display_name
from app.engine.checks.signoff import signer, unlisted_councillor_signs
from app.engine.directory import Directory, Person, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, Message

RULE = "councillor-name-letter"
MAX_LETTER_CHARS = 8_000  # longer, from an office mailbox, is a bulletin whose articles are signed one by one


def check(message: Message, directory: Directory) -> list[Finding]:
    externals = [r for r in message.recipients if r.email and directory.is_external(r)]
    if not externals:
        return []
    text = message.new_text
    councillor, how = _in_whose_name(message, directory, text)
    if councillor is None:
        return []
    if disowns_council(text) or _party_audience(externals, directory):
        return []
    acts = [a for a in analyse(text) if a.binding and _for_the_council(a)]
    if not acts:
        return []
    return [_finding(message, directory, councillor, how, acts, externals)]


# Party bodies as recipients ("Ward 3 Labour volunteers", "Kingsway Tories"): party business, not the
# council's. Names that are also ordinary words ("Green Kiosk", "Labour Exchange Café") need a word
# that makes them a party body; the directory's own group names are treated the same way.
_PARTY_NAMES = ("tory", "tories", "lib dem", "lib dems", "libdem", "libdems", "liberal democrat", "liberal democrats",
                "green party", "plaid cymru", "snp", "ukip", "reform uk", "labour party", "conservative party",
                "conservative association", "conservatives")
_AMBIGUOUS = ("labour", "conservative", "green", "greens", "reform", "plaid")
_PARTY_BODY = re.compile(r"(?<![a-z])(?:party|group|branch|volunteers?|campaign|members|association|constituency|ward|"
                         r"team|cllrs|councillors|canvass\w*|activists|supporters|hq|agent|election|clp)(?![a-z])")
_NO_PARTY = frozenset({"independent", "independents", "none", "non-aligned", "unaligned"})


def _party_audience(externals: list[Address], directory: Directory) -> bool:
    """Every outside recipient is a party body or team by its name or address: party business."""
    groups = {p.group.lower() for p in directory.councillors() if p.group and p.group.lower() not in _NO_PARTY}
    plain = _words_pattern(_PARTY_NAMES)
    ambiguous = _words_pattern(tuple(set(_AMBIGUOUS) | groups))
    for recipient in externals:
        label = re.sub(r"[._\d-]+", " ", f"{recipient.name or ''} {recipient.email}".lower())
        if not (plain.search(label) or (ambiguous.search(label) and _PARTY_BODY.search(label))):
            return False
    return True


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")(?![a-z])")


def _for_the_council(act: SpeechAct) -> bool:
    if act.actor is Actor.OFFICER and act.act not in (Act.GRANT, Act.REFUSE, Act.NOTIFY, Act.CANCEL):
        return False  # "the clerk will write to you": the officer's act, not one in the councillor's name
    return True


def _in_whose_name(message: Message, directory: Directory, text: str) -> tuple[Person | None, str]:
    sender = message.sender
    person = directory.person(sender)
    if person is not None and person.role is Role.COUNCILLOR:
        return person, f"From: {sender.display()}"
    # A councillor's name at the foot of a newsletter from an office mailbox signs an article, not the email.
    bulletin = person is not None and person.role is Role.OFFICER or directory.role_of(sender) is Role.OFFICER
    signed = None if bulletin and len(text) > MAX_LETTER_CHARS else signer(text, directory)
    if signed is not None and signed[0].role is Role.COUNCILLOR:
        return signed[0], f"sign-off: {signed[1]}"
    if person is None and sender is not None and directory.role_of(sender) is Role.EXTERNAL:
        named = person_by_display_name(sender, directory)  # a councillor's own, unlisted address
        if named is not None and named.role is Role.COUNCILLOR:
            return named, f"From: {sender.display()} (the name of {named.styled()})"
        styled = unlisted_councillor_signs(text, directory)  # a councillor the directory does not list yet
        if styled is not None:
            unlisted = Person(name=_name_of(sender, styled), role=Role.COUNCILLOR, emails=(sender.email,))
            return unlisted, f"sign-off: {styled} (not in the directory)"
    return None, ""


def _name_of(sender: Address, styled: str) -> str:
    name = re.sub(r"(?i)\b(?:cllr|clr|councillor|councilor)\b\.?,?", " ", styled)
    name = " ".join(re.split(r"[,(|]", name)[0].split())
    return sender.name.strip() if sender.name and sender.name.strip() else (name or sender.email)


def _finding(message, directory, councillor, how, acts, externals) -> Finding:
    evidence = [how]
    evidence += [f"{a.kind} ({a.act.value}, {a.mood.value}): “{a.cue}” — “{a.sentence}”" for a in acts[:3]]
    evidence += [f"{_header_of(message, r)}: {r.display()}" for r in externals[:3]]
    who = ", ".join(directory.display_name(r) for r in externals[:3])
    first = acts[0]
    return Finding(
        rule=RULE,
        summary=(f"A letter in {councillor.styled()}'s name to {who} {_VERB[first.kind]} "
                 f"(“{first.cue}”); such letters should go out under an officer's name."),
        evidence=tuple(evidence), subjects=(councillor.name,), location="new-text",
    )


_VERB = {
    "commitment": "commits the council",
    "permission": "grants or refuses permission on the council's behalf",
    "notice": "gives formal notice on the council's behalf",
    "instruction": "gives the recipient instructions on the council's behalf",
}


def _header_of(message: Message, recipient: Address) -> str:
    for name, group in (("To", message.to), ("Cc", message.cc), ("Bcc", message.bcc)):
        if any(a.email == recipient.email for a in group):
            return name
    return "To"
