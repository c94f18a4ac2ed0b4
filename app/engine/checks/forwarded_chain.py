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

When only an "On … wrote:" line is known, the earlier message's recipients
are not stated; unstated_recipients.py reads who was on it from evidence (the
message it answered, its greeting, and in a reply to its author whether the
new text introduces the recipient, as one does when copying a resident in).

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

import re

from app.engine.checks import identity
from app.engine.checks import unstated_recipients as unstated
from app.engine.directory import Directory, Role
from app.engine.findings import Finding
from app.engine.message.embedded.blocks import unquote
from app.engine.message.embedded.headers import field_of, split_inline_fields
from app.engine.message.model import Address, EmbeddedMessage, Message

RULE = "forwarded-chain"
_SPACE_IN_BRACKETS = re.compile(r"(?<=[<\[(]) +| +(?=[>\])])")
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
        participants = identity.People(unstated.participants(index, message.embedded), directory)
        wrote_it = identity.People([author], directory)
        replying = any(r in wrote_it for _, r in recipients)  # the new message answers the author
        reached = [
            (field, r) for field, r in recipients
            if _newly_reached(r, earlier, participants, directory)
            and (earlier.recipients_known or not unstated.was_on_it(earlier, r, directory, message.new_text,
                                                                      replying=replying))
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
    evidence = [author_line(earlier)]
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


def author_line(earlier: EmbeddedMessage) -> str:
    """The line that names the author, as a reviewer will find it.

    A header block's From line in any language ("Von:", "Oddi wrth:", "**From:**"),
    with an address wrapped onto the next line; else the whole attribution,
    joined when the client wrapped it ("On 3 Sep 2024, Helen Symmons <" /
    "clerk@...> wrote:"). Never a separator line or a Sent/To line.
    """
    lines = [unquote(line) for line in earlier.header_text.splitlines()]
    lines = [" ".join(line.split()) for line in lines if line.strip()]
    for at, line in enumerate(lines):
        field = field_of(line)
        if field is not None and field[0] == "from":
            wrapped = [x for x in lines[at + 1 : at + 3] if field_of(x) is None and "@" in x]
            return " ".join([split_inline_fields(line)[0], *wrapped[:1]])
    if earlier.kind == "quote" and lines:
        return _SPACE_IN_BRACKETS.sub("", " ".join(lines))  # "<" + newline + "addr>" rejoined
    sender = earlier.sender
    return f"From: {sender.display() if sender else '(unknown)'}"
