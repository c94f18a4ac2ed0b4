"""Who outside the council reads a message: the press, a mass audience, or the public.

- the press: an address the directory lists (`press_domains`, `press_addresses`) or one that
  reads as a newsroom (newsdesk@, editor@, letters@, a newspaper's or broadcaster's domain);
- a mass audience: ten or more outside recipients, a mailing list (List-Id, Precedence: bulk),
  or a list address such as newsletter@ or residents@, even at the council's own domain;
- the public: any other external party (a resident, a community page).

Not an audience: councillors and officers (also at an unlisted address that carries their
name), partners (the principal authority, the council's solicitors), and the proper channels
for a complaint about an officer (an ombudsman, HR or personnel advisers, a standards or
monitoring officer's address, the associations of local councils).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.engine.checks.identity import person_by_display_name
from app.engine.directory import Directory, Role
from app.engine.message.model import Address, Message

MASS = 10  # outside recipients from which a message is a mailing to many
MAX_NAME = 100  # a longer display name is no one's name (and costs too much to compare)
MAX_RECIPIENTS = 200  # read no further: beyond this a message is a mass mailing whoever the rest are
_NEWSROOM_LOCAL = re.compile(
    r"(?:^|[._-])(?:news|newsdesk|newsroom|editor|editorial|editors|letters|reporter|reporters|press|media|"
    r"journalist|features|tips|yournews|yourstory)(?:[._-]|$)", re.IGNORECASE)
_NEWSROOM_DOMAIN = re.compile(
    r"(?:^|[.-])(?:bbc|itv|newsquest|reachplc|archant|iliffe|nationalworld|news|echo|times|post|press|observer|"
    r"mercury|argus|courier|journal|express|standard|mirror|guardian|independent|radio|fm|tv|media)(?:[.-]|$)|"
    r"gazette|herald|chronicle|advertiser|telegraph|newspaper", re.IGNORECASE)
_LIST_LOCAL = re.compile(  # the local part: "newsletter@", "kettleby-residents@", "e-bulletin@", "updates@"
    r"^(?:(?:[^@]{0,40}[._-])?(?:e-?newsletters?|newsletters?|residents?|all-?residents|parishioners|villagers|"
    r"subscribers?|e-?bulletins?|bulletins?|mailing-?list)(?:[._@-]|$)|"
    r"(?:everyone|community|members-list|announce(?:ments)?|updates|e-?news|list)(?:@|$))", re.IGNORECASE)
_PROPER_CHANNEL = re.compile(
    r"ombudsman|lgo\.org\.uk|(?:^|[.@-])alc\.org\.uk|alc\.org\.uk$|nalc\.gov\.uk|slcc\.co\.uk|acas\.org\.uk|"
    r"(?:^|[._-])(?:hr|humanresources|personnel|grievance|standards|monitoring[._-]?officer)(?:[._@-]|$)",
    re.IGNORECASE)
_PROPER_NAME = re.compile(r"\b(?:ombudsman|human\s+resources|hr\s+(?:adviser|advisor|team)|monitoring\s+officer|"
                          r"standards\s+committee)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Audience:
    kind: str  # "press" | "mass" | "public"
    recipients: tuple[Address, ...]  # the outside recipients, press first

    def describe(self) -> str:
        what = {"press": "the press", "mass": "a mass audience", "public": "the public"}[self.kind]
        first = ", ".join(r.name or r.email for r in self.recipients[:2])
        more = f" and {len(self.recipients) - 2} more" if len(self.recipients) > 2 else ""
        return f"{what} ({first}{more})" if first else what


def outside_audience(message: Message, directory: Directory) -> Audience | None:
    own = message.sender_addresses
    recipients = message.recipients[:MAX_RECIPIENTS]  # bounded work on a hostile header
    outside = [r for r in recipients if r.email and r.email not in own and _outside(r, directory)]
    listed = _is_mailing_list(message)
    if not outside and not listed:
        return None
    press = [r for r in outside if directory.is_press(r) or _reads_as_newsroom(r)]
    if press:
        rest = [r for r in outside if r not in press]
        return Audience("press", tuple(press + rest))
    if listed or len(outside) >= MASS or any(_LIST_LOCAL.match(r.email) for r in outside):
        return Audience("mass", tuple(outside))
    return Audience("public", tuple(outside))


def _outside(address: Address, directory: Directory) -> bool:
    role = directory.role_of(address)
    if role is Role.OFFICER and _LIST_LOCAL.match(address.email):
        return True  # newsletter@ the council's domain reaches the public
    if role is not Role.EXTERNAL or _PROPER_CHANNEL.search(address.email) or _PROPER_NAME.search(address.name or ""):
        return False
    named = person_by_display_name(address, directory) if 0 < len(address.name) <= MAX_NAME else None
    return named is None or not named.is_governed  # not a councillor's or officer's own unlisted address


def _reads_as_newsroom(address: Address) -> bool:
    local, _, domain = address.email.partition("@")
    return bool(_NEWSROOM_LOCAL.search(local) or _NEWSROOM_DOMAIN.search(domain))


def _is_mailing_list(message: Message) -> bool:
    if message.header("List-Id") or message.header("List-Unsubscribe"):
        return True
    precedence = (message.header("Precedence") or "").strip().lower()
    return precedence in ("bulk", "list")
