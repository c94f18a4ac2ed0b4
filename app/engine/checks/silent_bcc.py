"""silent-bcc: a governed person's message carries an undisclosed blind copy.

Definition (CHECK-CONTRACT.md):
    The sender is a governed person and the message has a blind-copied
    recipient who is not the sender (none of the sender's own addresses), where
    either that blind-copied recipient is a councillor or officer, or a visible
    (To/Cc) recipient other than the sender is a councillor or officer. It does
    not fire when the message already discloses every such blind copy by name
    or address in a copy line (`CC Councillor Jane Doe`, `cc: Cllr Doe`,
    `Copied to …`), which is the disclosure that some protocols require.

One finding per undisclosed councillor or officer blind copy, naming them in
`subjects` in copy-line form ("Councillor Jane Doe") so a pack can compose "CC {name}"; one finding for all
undisclosed outside blind copies, with no subjects.

falsepositives:
    - a blind copy to the sender's own mailbox or their other listed address
    - a blind copy to someone who is also in To or Cc (at that or another of their addresses)
    - a mass mailing to residents, everyone in Bcc, no councillor or officer visible
    - a message whose sender is a partner or an outside party
    - a blind copy disclosed in the new text by a copy line ("CC Councillor
      Jane Doe", "cc: Cllr Doe", "Copied to: …", "Copy to …", "bcc: …")

Not a disclosure: a copy line that appears only in quoted earlier mail (it is
that message's footer, not this one's), or prose such as "I will copy Cllr Doe
in next time".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.checks import identity
from app.engine.directory import Directory, Person
from app.engine.findings import Finding
from app.engine.message.model import Address, Message

RULE = "silent-bcc"

# A copy line starts (after bullets or brackets) with cc / bcc / copied / copy to.
# Only new text is searched, and a ">" line is never one: quoted footers disclose nothing here.
_COPY_LINE = re.compile(
    r"^[ \t*\u2022\-\u2013(\[]*"
    r"(?:b\.?c\.?c\.?|c\.c\.|cc'?d|cc|copied|copies|copy|blind[- ]?cop(?:y|ied))"
    r"(?![a-z])(?:[ \t]+(?:to|in))?[ \t]*[:\-\u2013]?[ \t]*(?P<rest>.*)$",
    re.IGNORECASE,
)
_MAX_LIST_LINES = 8
_MAX_EVIDENCE = 10
_MAX_COPY_LINES = 50  # a footer has a few; the last ones are kept if hostile text has thousands
# Outlook and phones type O’Neill with a typographic apostrophe; the directory spells O'Neill.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'"})


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
    copy_lines = _copy_lines(message.new_text, directory)
    undisclosed = [
        a for a in blind
        if (directory.is_governed(a) or governed_visible)
        and not is_disclosed(a, copy_lines, directory)
        and not _visibly_addressed(a, message, directory)
    ]
    findings = [
        _governed_finding(message, a, directory) for a in undisclosed if directory.is_governed(a)
    ]
    outside = [a for a in undisclosed if not directory.is_governed(a)]
    if outside:
        findings.append(_outside_finding(message, outside, governed_visible[0], directory))
    return findings


def _visibly_addressed(blind: Address, message: Message, directory: Directory) -> bool:
    """The blind-copied person is also in To or Cc (perhaps at another of their addresses): the
    other recipients can see they have it, so nothing is silent."""
    return any(directory.same_person(blind, visible) for visible in message.visible_recipients)


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


@dataclass(frozen=True, slots=True)
class _CopyLine:
    lowered: str
    named: frozenset[Person]  # directory people the line names
    words: frozenset[str]  # name words, for people not in the directory


def _copy_lines(text: str, directory: Directory) -> list[_CopyLine]:
    lines = []
    for block in disclosure_blocks(text)[-_MAX_COPY_LINES:]:
        block = block.translate(_APOSTROPHES)
        named = frozenset(directory.people_named(block)) | _surnames_named(block, directory)
        lines.append(_CopyLine(block.lower(), named, identity.name_words(block)))
    return lines


def _surnames_named(block: str, directory: Directory) -> frozenset[Person]:
    """A copy line exists to name people, so a capitalised surname alone names them there:
    "CC Councillors Faircloth and Marchetti"."""
    return frozenset(
        p for p in directory.people
        if p.is_governed and len(p.surname) > 2
        and any(block[m.start()].isupper()
                for m in re.finditer(rf"(?<![\w'-]){re.escape(p.surname)}(?![\w'-])", block, re.IGNORECASE))
    )


def is_disclosed(address: Address, copy_lines: list[_CopyLine], directory: Directory) -> bool:
    """True when a copy line names `address` by any of its addresses or by name."""
    if not copy_lines:
        return False
    emails = directory.addresses_of(address)
    person = directory.person(address)
    wanted = identity.name_words(address.name) if person is None and address.name else frozenset()
    for line in copy_lines:
        if any(email in line.lowered for email in emails):
            return True
        if person is not None and person in line.named:
            return True
        if wanted and wanted <= line.words:
            return True
    return False


def _until_blank(lines: list[str]) -> list[str]:
    kept = []
    for line in lines:
        if not line.strip():
            break
        kept.append(line)
    return kept


def _context(message: Message, directory: Directory) -> str:
    visible = [a for a in message.visible_recipients if a.email]
    if not visible:
        return "an email with no visible recipients"
    names = [identity.styled(a, directory) for a in visible[:3]]
    if len(visible) > 3:
        names.append(f"{len(visible) - 3} others")
    return f"an email to {identity.join_names(names)}"


def _governed_finding(message: Message, blind: Address, directory: Directory) -> Finding:
    """A councillor or officer blind-copied: named as a copy line names them ("CC {name}")."""
    who = identity.styled(blind, directory)
    return Finding(
        rule=RULE,
        summary=(
            f"{who} is blind-copied on {_context(message, directory)}, "
            "and the message does not say so."
        ),
        evidence=(f"Bcc: {blind.display()}",),
        subjects=(_footer_name(blind, directory),),
        location="header:Bcc",
    )


def _footer_name(blind: Address, directory: Directory) -> str:
    """The name as a copy line gives it: "Councillor Jane Doe" for a councillor, else the plain name."""
    person = identity.person_of(blind, directory)
    if person is not None:
        return person.styled()
    return identity.display_name(blind, directory)


def _outside_finding(
    message: Message, outside: list[Address], governed_visible: Address, directory: Directory
) -> Finding:
    """Outside parties blind-copied next to a visible councillor or officer: one finding for all.

    No subjects: naming residents in a footer would itself disclose them, and a
    "CC {name}" copy line does not fit someone outside the council.
    """
    names = [identity.display_name(a, directory) for a in outside[:2]]
    if len(outside) > 2:
        names.append(f"{len(outside) - 2} other{'s' if len(outside) > 3 else ''}")
    people = "Someone" if len(outside) == 1 else f"{len(outside)} people"
    verb = "is" if len(outside) == 1 else "are"
    evidence = [f"Bcc: {a.display()}" for a in outside[:_MAX_EVIDENCE]]
    if len(outside) > _MAX_EVIDENCE:
        evidence.append(f"... and {len(outside) - _MAX_EVIDENCE} more in Bcc")
    # the blind copies matter because a councillor or officer is visibly addressed
    evidence.append(f"To/Cc: {governed_visible.display()}")
    return Finding(
        rule=RULE,
        summary=(
            f"{people} outside the council ({identity.join_names(names)}) {verb} blind-copied "
            f"on {_context(message, directory)}, and the message does not say so."
        ),
        evidence=tuple(evidence),
        subjects=(),
        location="header:Bcc",
    )
