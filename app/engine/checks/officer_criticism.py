"""officer-criticism: a councillor criticises a named officer in front of the press or the public.

Contract definition:
    A councillor's message to the press, the public or a mass audience criticises
    the conduct or capability of an officer of the council, named or identified by
    title ("the Clerk", "your RFO") or officers collectively: incompetence, failures
    attributed to the person, dishonesty, laziness, calls for dismissal or
    resignation, sarcasm about the person. Only the new text counts. Criticism of a
    decision, a policy, a service, the council, a contractor or another councillor
    is not criticism of an officer, and criticism raised in private (with the
    Clerk, the chair, the Monitoring Officer, the council's solicitors) does not fire.

The sender is a councillor by address, or at an unlisted address by display name or by the
sign-off ("Cllr Sandra Kemp"). The audience is read by `criticism.audience` (external
recipients; the press from the directory's `press_domains` / `press_addresses` or a newsroom's
address; a mass audience from the number of recipients, a mailing list or a list address),
the officer mentions by `criticism.mentions`, and the criticism by `criticism.reading` with
the patterns of `criticism.vocabulary` and the guards of `criticism.guards`. Precision first:
a sentence that is negated, conditional, reported or rejected does not count.

falsepositives:
    - praise: "the clerk has done an outstanding job", "officers worked incredibly hard"
    - criticism of a decision, a policy, a report's conclusions or an officers' recommendation
    - criticism of the council as a body, a service, a contractor, another councillor, an MP
    - another body's officers: police officers, "the district's planning officer"
    - facts: "the clerk is on leave", "the clerk will reply", "the clerk has resigned"
    - the writer quoting someone else and disagreeing: "you say the clerk is lazy; I don't agree"
    - negations and conditions: "this is not the clerk's fault", "if the clerk failed to ..."
    - criticism sent privately: to the Clerk, the chair, other councillors, the Monitoring
      Officer, the council's solicitors, an ombudsman or an HR adviser
    - quoted text from earlier messages (a resident's complaint about the clerk)
    - messages from officers (the rule is about councillors)
    - the same words of a contractor, another council's staff ("the district council's officers"),
      a building ("the parish office building is a disgrace") or a sick officer ("not fit to work yet")
"""

from __future__ import annotations

import re

from app.engine.checks.acts.sentences import MAX_CHARS
from app.engine.checks.criticism import MAX_NAME, Audience, Hit, OfficerReferences, criticisms, fold, outside_audience
from app.engine.checks.identity import name_words, person_by_display_name
from app.engine.checks.signoff import signer
from app.engine.directory import Directory, Person, Role
from app.engine.findings import Finding
from app.engine.message.model import Message

RULE = "officer-criticism"
MAX_SUBJECT = 400  # a subject is a headline; a longer one is read no further


def check(message: Message, directory: Directory) -> list[Finding]:
    sender = directory.person(message.sender)
    if sender is not None and sender.role is not Role.COUNCILLOR:
        return []
    references = _references(directory)
    subject = message.subject[:MAX_SUBJECT]
    if not references.anywhere(fold(message.new_text[:MAX_CHARS] + "\n" + subject)):
        return []  # no officer is mentioned: nothing more to read
    councillor = sender or _councillor_by_name(message, directory)
    if councillor is None:
        return []
    audience = outside_audience(message, directory)
    if audience is None:
        return []
    voice = frozenset(re.findall(r"[a-z']+", fold(councillor.name)))
    hits = criticisms(message.new_text, subject, references, voice)
    if not hits:
        return []
    return [_finding(message, councillor, audience, hits)]


_REFERENCES: dict[int, tuple[Directory, OfficerReferences]] = {}  # by identity: hashing a directory costs more


def _references(directory: Directory) -> OfficerReferences:
    entry = _REFERENCES.get(id(directory))
    if entry is None or entry[0] is not directory:
        if len(_REFERENCES) >= 32:
            _REFERENCES.clear()
        entry = _REFERENCES[id(directory)] = (directory, OfficerReferences(directory))
    return entry[1]


def _councillor_by_name(message: Message, directory: Directory) -> Person | None:
    """A councillor writing from an unlisted address of their own: by the display name ("Kerry Nolan"
    <kezza77@yahoo.co.uk>), or by the sign-off ("sandyk1971" <...> signing "Cllr Sandra Kemp")."""
    sender = message.sender
    if sender is None or len(sender.name) > MAX_NAME or directory.role_of(sender) is not Role.EXTERNAL:
        return None
    person = person_by_display_name(sender, directory)
    if person is None:
        signed = signer(message.new_text[:MAX_CHARS], directory)
        if signed is not None and _signs_as(signed[1], signed[0]):
            person = signed[0]
    return person if person is not None and person.role is Role.COUNCILLOR else None


def _signs_as(line: str, person: Person) -> bool:
    """The sign-off line opens with the person's own name ("Cllr Sandra Kemp", "Sandra (Cllr Kemp)"),
    not with someone else's ("Margaret, a constituent of Cllr Kemp")."""
    words = re.findall(r"[a-z][a-z'-]*", fold(line))
    words = words[1:] if words[:1] in (["cllr"], ["clr"], ["councillor"]) else words
    return bool(words) and words[0] in name_words(person.name)


def _finding(message: Message, councillor: Person, audience: Audience, hits: list[Hit]) -> Finding:
    officers: list[str] = []
    for hit in hits:
        if hit.referent.label not in officers:
            officers.append(hit.referent.label)
    evidence = [f"From: {message.sender.display() if message.sender else councillor.name}"]
    evidence += [f"{_header_of(message, r.email)}: {r.display()}" for r in audience.recipients[:3]]
    if len(audience.recipients) > 3:
        evidence.append(f"... and {len(audience.recipients) - 3} more outside recipients")
    evidence += [f"{hit.kind} of {hit.referent.label}: “{hit.cue}” — “{hit.sentence}”" for hit in hits[:3]]
    subjects = tuple(dict.fromkeys(h.referent.person.name for h in hits if h.referent.person is not None))
    return Finding(
        rule=RULE,
        summary=(f"{councillor.styled()} criticises {' and '.join(officers[:2])} in an email to "
                 f"{audience.describe()}; an officer cannot answer criticism in public, so it should be "
                 "raised in private, with the chair or the Monitoring Officer."),
        evidence=tuple(evidence), subjects=subjects, location="new-text",
    )


def _header_of(message: Message, email: str) -> str:
    for name, group in (("To", message.to), ("Cc", message.cc), ("Bcc", message.bcc)):
        if any(a.email == email for a in group):
            return name
    return "To"
