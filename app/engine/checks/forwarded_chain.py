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

from app.engine.checks import identity
from app.engine.directory import Directory, Role
from app.engine.findings import Finding
from app.engine.message.model import Address, EmbeddedMessage, Message

RULE = "forwarded-chain"
_MAX_EVIDENCE = 10


def check(message: Message, directory: Directory) -> list[Finding]:
    senders = identity.People(identity.senders(message), directory)
    recipients = [
        (field, r) for field, r in _recipients_with_field(message, directory) if r not in senders
    ]
    findings: list[Finding] = []
    reported: set[tuple] = set()
    for index, earlier in enumerate(message.embedded, start=1):
        author = earlier.sender
        if author is None or identity.role_of(author, directory) is not Role.OFFICER:
            continue
        if author in senders:
            continue
        participants = identity.People(earlier.participants, directory)
        reached = [
            (field, r) for field, r in recipients
            if _newly_reached(r, earlier, participants, directory)
        ]
        if not reached:
            continue
        key = (identity.identity_key(author, directory), tuple(r.email for _, r in reached))
        if key in reported:  # one officer reaching the same people again (plain and HTML part)
            continue
        reported.add(key)
        findings.append(_finding(index, earlier, reached, directory))
    return findings


def _newly_reached(
    recipient: Address,
    earlier: EmbeddedMessage,
    participants: identity.People,
    directory: Directory,
) -> bool:
    if recipient in participants:
        return False
    role = directory.role_of(recipient)
    if role is Role.EXTERNAL:
        return True
    return role is Role.COUNCILLOR and earlier.recipients_known


def _recipients_with_field(message: Message, directory: Directory) -> list[tuple[str, Address]]:
    """To, Cc and Bcc recipients, each person once, with the header they are in."""
    field_of = {}
    for field, addresses in (("Bcc", message.bcc), ("Cc", message.cc), ("To", message.to)):
        for address in addresses:
            field_of[identity.identity_key(address, directory)] = field  # To wins over Cc over Bcc
    kept = identity.unique([a for a in message.recipients if a.email], directory)
    return [(field_of[identity.identity_key(a, directory)], a) for a in kept]


def _finding(
    index: int, earlier: EmbeddedMessage, reached: list[tuple[str, Address]], directory: Directory
) -> Finding:
    author = identity.styled(earlier.sender, directory)  # type: ignore[arg-type]
    names = [identity.styled(r, directory) for _, r in reached[:3]]
    if len(reached) > 3:
        names.append(f"{len(reached) - 3} others")
    verb = "was" if len(reached) == 1 else "were"
    how = {"attached": "attached", "quote": "quoted"}.get(earlier.kind, "forwarded")
    evidence = [_author_line(earlier)]
    evidence += [
        f"{field}: {r.display()} (not on the earlier email)" for field, r in reached[:_MAX_EVIDENCE]
    ]
    if len(reached) > _MAX_EVIDENCE:
        evidence.append(f"... and {len(reached) - _MAX_EVIDENCE} more recipients not on it")
    return Finding(
        rule=RULE,
        summary=(
            f"An earlier email from {author} is {how} to {identity.join_names(names)}, "
            f"who {verb} not on it."
        ),
        evidence=tuple(evidence),
        subjects=tuple(identity.display_name(r, directory) for _, r in reached),
        location=f"embedded:{index}",
    )


def _author_line(earlier: EmbeddedMessage) -> str:
    """The embedded header's own From line (or attribution line), as a reviewer will find it."""
    lines = [" ".join(line.split()) for line in earlier.header_text.splitlines() if line.strip()]
    for line in lines:
        if line.lower().startswith("from:"):
            return line
    if lines:  # an attribution such as "On 3 Sep 2024, Helen Symmons <clerk@...> wrote:"
        return lines[0]
    sender = earlier.sender
    return f"From: {sender.display() if sender else '(unknown)'}"
