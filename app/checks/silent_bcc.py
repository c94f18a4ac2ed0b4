"""silent-bcc: a governed person's message carries an undisclosed blind copy.

Definition (CHECK-CONTRACT.md):
    The sender is a governed person and the message has a blind-copied
    recipient who is not the sender (none of the sender's own addresses), where
    either that blind-copied recipient is a councillor or officer, or a visible
    (To/Cc) recipient other than the sender is a councillor or officer. It does
    not fire when the message already discloses every such blind copy by name
    or address in a copy line (`CC Councillor Jane Doe`, `cc: Cllr Doe`,
    `Copied to …`), which is the disclosure that some protocols require.

One finding per undisclosed blind copy, so a pack can name each of them.

falsepositives:
    - a blind copy to the sender's own mailbox or their other listed address
    - a mass mailing to residents, everyone in Bcc, no councillor or officer visible
    - a message whose sender is a partner or an outside party
    - a blind copy disclosed in the new text by a copy line ("CC Councillor
      Jane Doe", "cc: Cllr Doe", "Copied to: …", "Copy to …", "bcc: …")
    - a copy line that appears only in quoted earlier mail does NOT disclose
      (it is not this message's disclosure), so it is not a false positive
"""

from __future__ import annotations

import re

from app.checks import identity
from app.directory import Directory
from app.findings import Finding
from app.message.model import Address, Message

RULE = "silent-bcc"

# A copy line starts (after bullets or brackets) with cc / bcc / copied / copy to.
_COPY_LINE = re.compile(
    r"^[ \t>*\u2022\-\u2013(\[]*"
    r"(?:b\.?c\.?c\.?|c\.c\.|cc'?d|cc|copied|copies|copy|blind[- ]?cop(?:y|ied))"
    r"(?![a-z])(?:[ \t]+(?:to|in))?[ \t]*[:\-\u2013]?[ \t]*(?P<rest>.*)$",
    re.IGNORECASE | re.MULTILINE,
)
_MAX_LIST_LINES = 8


def check(message: Message, directory: Directory) -> list[Finding]:
    sender = message.sender
    if sender is None or not directory.is_governed(sender):
        return []
    own = identity.sender_addresses(message, directory)
    blind = [a for a in identity.unique(message.bcc, directory) if a.email and a.email not in own]
    if not blind:
        return []
    governed_visible = [
        a for a in message.visible_recipients
        if a.email and a.email not in own and directory.is_governed(a)
    ]
    copy_lines = disclosure_blocks(message.new_text)
    findings = []
    for address in blind:
        if not (directory.is_governed(address) or governed_visible):
            continue
        if is_disclosed(address, copy_lines, directory):
            continue
        findings.append(_finding(message, address, governed_visible, directory))
    return findings


def disclosure_blocks(text: str) -> list[str]:
    """The text of every copy line; a bare "Copied to:" takes the list lines under it."""
    lines = text.splitlines()
    blocks = []
    for number, line in enumerate(lines):
        match = _COPY_LINE.match(line)
        if match is None:
            continue
        rest = match.group("rest").strip()
        following = lines[number + 1 : number + 1 + _MAX_LIST_LINES]
        if not rest:
            blocks.append("\n".join(_until_blank(following)))
        else:
            # indented continuation lines belong to the same copy list
            continued = [f for f in _until_blank(following) if f[:1] in (" ", "\t")]
            blocks.append("\n".join([rest, *continued]))
    return blocks


def is_disclosed(address: Address, blocks: list[str], directory: Directory) -> bool:
    if not blocks:
        return False
    emails = directory.addresses_of(address)
    person = directory.person(address)
    for block in blocks:
        lowered = block.lower()
        if any(email in lowered for email in emails):
            return True
        if person is not None and person in directory.people_named(block):
            return True
        if person is None and address.name:
            wanted = identity.name_words(address.name)
            if wanted and wanted <= identity.name_words(block):
                return True
    return False


def _until_blank(lines: list[str]) -> list[str]:
    kept = []
    for line in lines:
        if not line.strip():
            break
        kept.append(line)
    return kept


def _finding(
    message: Message, blind: Address, governed_visible: list[Address], directory: Directory
) -> Finding:
    who = identity.styled(blind, directory)
    visible = [a for a in message.visible_recipients if a.email]
    if visible:
        names = ", ".join(identity.styled(a, directory) for a in visible[:3])
        more = f" and {len(visible) - 3} others" if len(visible) > 3 else ""
        context = f"an email to {names}{more}"
    else:
        context = "an email with no visible recipients"
    evidence = [f"Bcc: {blind.display()}"]
    if not directory.is_governed(blind):
        # the blind copy matters because a councillor or officer is visibly addressed
        evidence.append(f"To/Cc: {governed_visible[0].display()}")
    return Finding(
        rule=RULE,
        summary=f"{who} is blind-copied on {context}, and the message does not say so.",
        evidence=tuple(evidence),
        subjects=(identity.display_name(blind, directory),),
        location="header:Bcc",
    )
