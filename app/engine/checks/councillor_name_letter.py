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

Only the new text counts (quoted earlier messages are someone else's words).
The sign-off is read from the last lines of the new text: the first governed
person named there signs; "Helen Symmons, Clerk, on behalf of the Chairman"
is signed by an officer, "K. Evans, Chairman" by a councillor.

falsepositives:
    - ward casework and advocacy: "I have asked the clerk to look into this",
      "I will raise this with officers"
    - personal views stated as such: "in my personal view", "I am writing in a
      personal capacity"
    - a chair's representation to a minister or MP that commits the council to nothing
    - obligations signed by the clerk or another officer, including "on behalf of the Chairman"
    - conditional or negated statements: "I cannot commit the council", "if the council
      agrees", "the council has not agreed to pay"
    - quoted text from earlier messages
    - letters to partners (the principal authority, the council's solicitors)
"""

from __future__ import annotations

from app.engine.checks.obligations import Obligation, find_obligations, letter_disowns_council
from app.engine.checks.signoff import signer
from app.engine.directory import Directory, Person, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, Message

RULE = "councillor-name-letter"


def check(message: Message, directory: Directory) -> list[Finding]:
    externals = [r for r in message.recipients if r.email and directory.is_external(r)]
    if not externals:
        return []
    text = message.new_text
    councillor, how = _in_whose_name(message, directory, text)
    if councillor is None:
        return []
    if letter_disowns_council(text):
        return []
    obligations = find_obligations(text)
    if not obligations:
        return []
    return [_finding(message, directory, councillor, how, obligations, externals)]


def _in_whose_name(message: Message, directory: Directory, text: str) -> tuple[Person | None, str]:
    sender = message.sender
    person = directory.person(sender)
    if person is not None and person.role is Role.COUNCILLOR:
        return person, f"From: {sender.display()}"
    signed = signer(text, directory)
    if signed is not None and signed[0].role is Role.COUNCILLOR:
        return signed[0], f"sign-off: {signed[1]}"
    return None, ""


def _finding(
    message: Message,
    directory: Directory,
    councillor: Person,
    how: str,
    obligations: list[Obligation],
    externals: list[Address],
) -> Finding:
    evidence = [how]
    evidence += [f"{o.kind}: “{o.phrase}” — “{o.sentence}”" for o in obligations[:3]]
    evidence += [f"{_header_of(message, r)}: {r.display()}" for r in externals[:3]]
    who = ", ".join(directory.display_name(r) for r in externals[:3])
    first = obligations[0]
    return Finding(
        rule=RULE,
        summary=(
            f"A letter in {councillor.styled()}'s name to {who} {_VERB[first.kind]} "
            f"(“{first.phrase}”); such letters should go out under an officer's name."
        ),
        evidence=tuple(evidence),
        subjects=(councillor.name,),
        location="new-text",
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
