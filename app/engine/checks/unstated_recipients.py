"""Who was on an earlier message whose recipients are not stated ("On … X wrote:" only).

forwarded-chain asks whether each recipient of the new message was a
participant of the earlier one. An attribution names only the author, so
participation is read from evidence instead:

- the people of the message it answered (the quote nested in it): a reply
  goes back to them;
- the earlier message greets the recipient by name ("Dear Mrs Fletcher,",
  "Annwyl Ann");
- in a reply to the earlier message's author, a recipient the new text does
  not introduce: someone added to a thread is named or announced ("I've
  copied Mr Marsh in", "adding Mrs Fletcher"), while a reply-all keeps the
  people who were already there without a word.
"""

from __future__ import annotations

import re

from app.engine.checks import identity
from app.engine.directory import Directory
from app.engine.message.model import Address, EmbeddedMessage


def participants(index: int, embedded: tuple[EmbeddedMessage, ...]) -> list[Address]:
    """The earlier message's people; with its recipients unstated, also those of the message it answers."""
    earlier = embedded[index - 1]
    people = list(earlier.participants)
    if earlier.recipients_known or index >= len(embedded):
        return people
    answered = embedded[index]  # messages nested in it follow it directly, one level deeper
    if answered.depth == earlier.depth + 1:
        people.extend(answered.participants)
    return people


_GREETING = re.compile(
    r"(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|annwyl|helo|shwmae|bore da|"
    r"prynhawn da|noswaith dda)\b(?P<names>[^\n]{1,80}?)[,:!]?\s*\Z",
    re.IGNORECASE,
)


def _greets(body: str, recipient: Address, directory: Directory) -> bool:
    """The earlier message's greeting names the recipient: "Dear Mrs Fletcher," "Hi Ann and Jane"."""
    first = next((line.strip() for line in body.splitlines()[:5] if line.strip()), "")
    match = _GREETING.match(first[:120])
    if match is None:
        return False
    greeted = identity.name_words(match.group("names"))
    person = identity.person_of(recipient, directory)
    names = [recipient.name] + ([person.name] if person is not None else [])
    return any(greeted & identity.name_words(name) for name in names if name)


def was_on_it(earlier: EmbeddedMessage, recipient: Address, directory: Directory, new_text: str, *,
              replying: bool) -> bool:
    """Evidence that `recipient` received `earlier` although its header does not say so."""
    if _greets(earlier.body, recipient, directory):
        return True
    return replying and not _introduced(new_text, recipient, directory)


# "copied in", "cc'd", "adding", "looping in"; Welsh "copïo", "ychwanegu"; "cc" and "copy" as
# most European languages write them ("in Kopie", "en copie", "in copia", "v kopii", "em cópia")
_ADDING = re.compile(
    r"\b(?:b?cc(?:'?d|'?ing)?|copied|copying|copy(?:ing)? in|add(?:ed|ing)|loop(?:ed|ing)? in|"
    r"cop[iï]o|ychwanegu|kopi[ei]|copie|copia|cópia)\b",
    re.IGNORECASE,
)


def _introduced(new_text: str, recipient: Address, directory: Directory) -> bool:
    """The new text names the recipient or says someone is being added."""
    if _ADDING.search(new_text):
        return True
    person = identity.person_of(recipient, directory)
    words = identity.name_words(recipient.name) | (identity.name_words(person.name) if person else frozenset())
    written = identity.name_words(new_text[:4000])
    return bool({w for w in words if len(w) > 2} & written)
