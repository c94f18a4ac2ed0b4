"""confidential-disclosure: content marked confidential reaches someone outside its circle.

Contract definition:
    A marking is "Confidential", "Private and confidential", "Strictly
    confidential", "In confidence", "Not for publication", "Exempt information"
    / "Schedule 12A", "Part 2" or "Part II" (exempt) business,
    "OFFICIAL-SENSITIVE", "Restricted", in the subject, the new text, an
    embedded earlier message, an attachment's name, a `Sensitivity: Private` /
    `Company-Confidential` header, or a sensitivity label header. It fires when
    such content goes to an external party, or when marked content that was
    addressed to others (an embedded earlier message) goes to a councillor who
    was not its participant. Standing email disclaimers in signatures ("This
    email and any attachments are confidential and intended solely for…"),
    negations ("not confidential", "no longer confidential") and mere talk
    about confidentiality are not markings.

The circle of marked content: for the message's own subject, text,
attachments and headers, the council and its partners; for an earlier
message, also everyone who took part in it or in a message that carried it
(an external party who wrote or received the marked letter already has it).
A subject inherited from an earlier message ("RE: Private and confidential –
my complaint") takes that message's circle.

falsepositives:
    - standing disclaimers in signatures (markings.py leaves them out)
    - negations: "not confidential", "no longer confidential", "non-confidential"
    - talk: "the confidentiality policy", "confidential waste", "councillors must not
      disclose confidential information"
    - "Restricted byway", "weight restricted", "part 2 of the application"
    - partner recipients (solicitors, auditors, the principal authority) are trusted
    - internal-only confidential mail (officers and councillors only)
    - a reply to the external party who wrote the marked letter
"""

from __future__ import annotations

import re

from app.engine.checks.markings import Marking, message_markings
from app.engine.directory import Directory, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, EmbeddedMessage, Message

RULE = "confidential-disclosure"
_PREFIX = re.compile(r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|sv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)


def check(message: Message, directory: Directory) -> list[Finding]:
    markings = message_markings(message)
    if not markings:
        return []
    circles = _circles(message.embedded, directory)
    inherited = _inherited_subject(message)
    externals: dict[str, tuple[Address, Marking]] = {}
    councillors: dict[str, tuple[Address, Marking]] = {}
    for recipient in _recipients(message, directory):
        role = directory.role_of(recipient)
        if role not in (Role.EXTERNAL, Role.COUNCILLOR):
            continue
        for marking in markings:
            index = inherited if marking.location == "subject" else marking.embedded_index
            if index is None:
                if role is Role.EXTERNAL:
                    externals.setdefault(recipient.email, (recipient, marking))
                continue
            if recipient.email in circles[index]:
                continue
            if role is Role.EXTERNAL:
                externals.setdefault(recipient.email, (recipient, marking))
            elif message.embedded[index].recipients_known:
                councillors.setdefault(recipient.email, (recipient, marking))
    if not externals and not councillors:
        return []
    return [_finding(message, directory, markings, externals, councillors)]


def _recipients(message: Message, directory: Directory) -> list[Address]:
    own = set()
    for address in message.sender_addresses:
        own |= directory.addresses_of(address)
    seen, out = set(), []
    for recipient in message.recipients:
        if recipient.email and recipient.email not in own and recipient.email not in seen:
            seen.add(recipient.email)
            out.append(recipient)
    return out


def _circles(embedded: tuple[EmbeddedMessage, ...], directory: Directory) -> list[frozenset[str]]:
    """For each earlier message: the addresses of everyone who already had its content."""
    circles = []
    for index, target in enumerate(embedded):
        people = set(_addresses(target, directory))
        level = target.depth
        for earlier in reversed(embedded[:index]):
            if earlier.depth < level:  # a message that carried this one
                people |= _addresses(earlier, directory)
                level = earlier.depth
            elif earlier.depth == level and target.kind != "attached" and earlier.kind != "attached":
                people |= _addresses(earlier, directory)  # a newer message of the same inline chain
        circles.append(frozenset(people))
    return circles


def _addresses(earlier: EmbeddedMessage, directory: Directory) -> set[str]:
    found: set[str] = set()
    for person in earlier.participants:
        if person.email:
            found |= directory.addresses_of(person)
    return found


def _inherited_subject(message: Message) -> int | None:
    """Index of the earlier message whose subject this reply or forward carries, if any."""
    if not _PREFIX.match(message.subject):
        return None
    own = _bare_subject(message.subject)
    for index, earlier in enumerate(message.embedded):
        if own and _bare_subject(earlier.subject) == own:
            return index
    return None


def _bare_subject(subject: str) -> str:
    return " ".join(_PREFIX.sub("", subject).split()).lower()


def _finding(message, directory, markings, externals, councillors) -> Finding:
    shown = [m for m in markings if any(m is mk for _, mk in [*externals.values(), *councillors.values()])]
    shown += [m for m in markings if m not in shown]
    by_place: dict[str, str] = {}
    for marking in shown:  # one line per place a reviewer should look
        by_place.setdefault(marking.location, marking.evidence)
    evidence = list(dict.fromkeys(list(by_place.values())[:4]))
    for recipient, _ in [*externals.values(), *councillors.values()]:
        evidence.append(f"{_header_of(message, recipient)}: {recipient.display()}")
    first = shown[0]
    names = [directory.display_name(r) for r, _ in [*externals.values(), *councillors.values()]]
    return Finding(
        rule=RULE,
        summary=_summary(first, externals, councillors, directory),
        evidence=tuple(evidence),
        subjects=tuple(dict.fromkeys(names)),
        location=first.location,
    )


def _summary(first: Marking, externals, councillors, directory: Directory) -> str:
    parts = []
    if externals:
        who = ", ".join(directory.display_name(r) for r, _ in externals.values())
        parts.append(f"someone outside the council ({who})")
    if councillors:
        who = ", ".join(_styled(directory, r) for r, _ in councillors.values())
        parts.append(f"{who}, who was not among its original recipients")
    return f"Correspondence marked “{first.phrase}” is being sent to " + " and to ".join(parts) + "."


def _styled(directory: Directory, address: Address) -> str:
    person = directory.person(address)
    return person.styled() if person else (address.name or address.email)


def _header_of(message: Message, recipient: Address) -> str:
    for name, group in (("To", message.to), ("Cc", message.cc), ("Bcc", message.bcc)):
        if any(a.email == recipient.email for a in group):
            return name
    return "To"
