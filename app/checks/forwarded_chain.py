"""forwarded-chain: an officer's earlier email reaches someone who was not on it.

Definition (CHECK-CONTRACT.md):
    The message carries earlier correspondence — quoted or forwarded inline
    (Outlook's `From:/Sent:/To:/Subject:` block, `-----Original Message-----`,
    `---------- Forwarded message ---------`, `Begin forwarded message:`,
    `On <date>, <name> wrote:`, in plain text or HTML), or attached as a
    message (`message/rfc822`, `.eml`, `.msg`) — written by an officer other
    than the sender, and a recipient of the new message was not a participant
    (From, To, Cc) of that earlier message and is an external party, or is a
    councillor where the earlier message's recipients are known.

Every embedded message counts, at any depth. People are compared through the
directory, so a councillor's council and personal addresses are one person.
One finding per officer-written earlier message that reaches someone new.

falsepositives:
    - reply-all to the same people: every recipient was on the earlier message
    - a councillor forwarding an officer's email to another councillor when
      only "On … wrote:" is known (the earlier recipients are unknown)
    - recipients who are partners (the county council, the council's solicitors)
      or officers (officer chains forwarded internally)
    - the sender's own earlier messages quoted back
    - earlier messages written by residents, partners or councillors
"""

from __future__ import annotations

from app.checks import identity
from app.directory import Directory, Role
from app.findings import Finding
from app.message.model import Address, EmbeddedMessage, Message

RULE = "forwarded-chain"


def check(message: Message, directory: Directory) -> list[Finding]:
    senders = identity.senders(message)
    recipients = _recipients_with_field(message, directory)
    findings: list[Finding] = []
    reported: set[tuple[str, frozenset[str]]] = set()
    for index, earlier in enumerate(message.embedded, start=1):
        author = earlier.sender
        if identity.role_of(author, directory) is not Role.OFFICER:
            continue
        if identity.is_one_of(author, senders, directory):
            continue
        reached = [
            (field, r) for field, r in recipients
            if _newly_reached(r, earlier, senders, directory)
        ]
        if not reached:
            continue
        key = (identity.display_name(author, directory), frozenset(r.email for _, r in reached))
        if key in reported:  # the same officer's email seen again (e.g. plain and HTML part)
            continue
        reported.add(key)
        findings.append(_finding(index, earlier, reached, directory))
    return findings


def _newly_reached(
    recipient: Address, earlier: EmbeddedMessage, senders: tuple[Address, ...], directory: Directory
) -> bool:
    if identity.is_one_of(recipient, senders, directory):
        return False
    if identity.is_one_of(recipient, earlier.participants, directory):
        return False
    role = directory.role_of(recipient)
    if role is Role.EXTERNAL:
        return True
    return role is Role.COUNCILLOR and earlier.recipients_known


def _recipients_with_field(message: Message, directory: Directory) -> list[tuple[str, Address]]:
    tagged = [("To", a) for a in message.to] + [("Cc", a) for a in message.cc]
    tagged += [("Bcc", a) for a in message.bcc]
    kept: list[tuple[str, Address]] = []
    for field, address in tagged:
        if address.email and not identity.is_one_of(address, [a for _, a in kept], directory):
            kept.append((field, address))
    return kept


def _finding(
    index: int, earlier: EmbeddedMessage, reached: list[tuple[str, Address]], directory: Directory
) -> Finding:
    author = identity.styled(earlier.sender, directory)  # type: ignore[arg-type]
    names = [identity.styled(r, directory) for _, r in reached]
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    verb = "was" if len(names) == 1 else "were"
    how = "attached" if earlier.kind == "attached" else "quoted or forwarded"
    evidence = [_author_line(earlier)]
    evidence += [f"{field}: {r.display()} (not on the earlier email)" for field, r in reached]
    return Finding(
        rule=RULE,
        summary=f"An earlier email from {author} is {how} to {who}, who {verb} not on it.",
        evidence=tuple(evidence),
        subjects=tuple(identity.display_name(r, directory) for _, r in reached),
        location=f"embedded:{index}",
    )


def _author_line(earlier: EmbeddedMessage) -> str:
    """The embedded header's own From line (or attribution line), as a reviewer will find it."""
    lines = [line.strip() for line in earlier.header_text.splitlines() if line.strip()]
    for line in lines:
        if line.lower().startswith("from:"):
            return line
    if earlier.format == "on-wrote" and lines:
        return lines[0]
    sender = earlier.sender
    return f"From: {sender.display() if sender else '(unknown)'}"
