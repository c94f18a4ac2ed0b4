"""Pairing sent messages with enquiries: opened, acknowledged, answered or transferred (flush-only).

Every message a governed mailbox sends is recorded with its thread row (app/store/threads.py).
`track` reads the rows not yet tracked, once each mail has really gone (a held message waits
for its release; a returned one never counts), and:

- opens an enquiry for a councillor's question or request to an officer (or the reverse, where
  the pack's duty runs both ways), due by the pack's working-day limit;
- closes one when an addressee, a colleague or a shared staff mailbox replies to the asker —
  matched by In-Reply-To/References, the Exchange conversation (Thread-Index), or a reply on the
  same subject to the asker; a promise of a later answer only *acknowledges* it;
- transfers one when an addressee forwards it to a colleague (the colleague then owes the answer).

An enquiry none of whose addressees is a governed mailbox is "not-visible": the answer, if any,
cannot be seen, so it is listed as such and never reported overdue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from app.engine.directory import Directory, Role
from app.engine.packs.duties import ResponseDuty
from app.enquiries.deadlines import deadline_for
from app.store.database import utc
from app.store.tables import Mailbox, MessageRecord
from app.store.tables.enquiries import Enquiry, MessageThread

SENT_STATES = ("allowed", "annotated", "released", "delivered", "recorded")
NEVER_SENT_STATES = ("returned",)
OPEN_STATES = ("open", "acknowledged", "not-visible")
BATCH = 500


@dataclass
class TrackReport:
    opened: list[int] = field(default_factory=list)
    acknowledged: list[int] = field(default_factory=list)
    answered: list[int] = field(default_factory=list)
    transferred: list[int] = field(default_factory=list)


def track(session: Session, council_id: int, directory: Directory, duty: ResponseDuty | None, *,
          now: datetime) -> TrackReport:
    """Track this council's newly sent messages (at most BATCH per call)."""
    report = TrackReport()
    rows = session.execute(
        select(MessageThread, MessageRecord).join(MessageRecord, MessageRecord.id == MessageThread.message_id)
        .where(MessageThread.council_id == council_id, MessageThread.tracked_at.is_(None),
               MessageRecord.state.in_(SENT_STATES + NEVER_SENT_STATES))
        .order_by(MessageThread.message_id).limit(BATCH)).all()
    if not rows:
        return report
    governed = _governed_addresses(session, council_id)
    for thread, record in rows:
        thread.tracked_at = utc(now)
        if record.state in NEVER_SENT_STATES:
            continue
        for enquiry in _candidates(session, council_id, thread, record):
            _apply(enquiry, thread, record, directory, governed, now, report)
        if duty is not None and thread.kind == "enquiry":
            _open(session, council_id, directory, duty, thread, record, governed, now, report)
    session.flush()
    return report


def sent_at(record: MessageRecord) -> datetime:
    """When the mail went: delivery or release time for mail that passed through a hold or outbox."""
    return utc(record.updated_at if record.state in ("released", "delivered") else record.checked_at)


def _governed_addresses(session: Session, council_id: int) -> frozenset[str]:
    return frozenset(a.lower() for a in session.scalars(select(Mailbox.address).where(
        Mailbox.council_id == council_id, Mailbox.enabled.is_(True), Mailbox.kind != "api")))


def _emails(record: MessageRecord, parts=("to", "cc", "bcc")) -> list[str]:
    return [a["email"].lower() for part in parts for a in (record.recipients or {}).get(part, []) if a.get("email")]


def _is_governed(address: str, directory: Directory, governed: frozenset[str]) -> bool:
    return bool(directory.addresses_of(address) & governed) or address.lower() in governed


def _open(session, council_id, directory: Directory, duty: ResponseDuty, thread: MessageThread,
          record: MessageRecord, governed, now, report: TrackReport) -> None:
    sender_role = directory.role_of(record.sender)
    to = _emails(record, ("to",))
    if sender_role is Role.COUNCILLOR:
        direction, addressees = "councillor-to-officer", [a for a in to if directory.role_of(a) is Role.OFFICER]
    elif sender_role is Role.OFFICER:
        direction, addressees = "officer-to-councillor", [a for a in to if directory.is_councillor(a)]
    else:
        return
    if direction not in duty.directions or not addressees:
        return
    if _known(session, council_id, record, thread):
        return
    asked = sent_at(record)
    deadline = deadline_for(asked, duty)
    visible = any(_is_governed(a, directory, governed) for a in addressees)
    people = [directory.person(a) for a in addressees]
    enquiry = Enquiry(
        council_id=council_id, message_id=record.id, rfc_message_id=thread.rfc_message_id,
        conversation=thread.conversation, topic=thread.topic, subject=record.subject[:1000],
        direction=direction, asker=record.sender, asker_name=record.sender_name, addressees=addressees,
        service=next((p.service for p in people if p is not None and p.service), None),
        asks=list((thread.data or {}).get("asks", []))[:5], clause=duty.clause, asked_at=asked,
        remind_at=utc(deadline.remind_at), due_at=utc(deadline.due_at),
        state="open" if visible else "not-visible", transferred_to=[], escalated_to=[],
        created_at=utc(now), updated_at=utc(now))
    session.add(enquiry)
    session.flush()
    report.opened.append(enquiry.id)
    # An answer recorded before its enquiry (the officer's Sent folder was read first).
    for later_thread, later in _earlier_answers(session, council_id, enquiry):
        _apply(enquiry, later_thread, later, directory, governed, now, report)


def _known(session: Session, council_id: int, record: MessageRecord, thread: MessageThread) -> bool:
    """Opened already: from this record, or from another record of the same mail (the add-in's check
    and the Sent audit of the same send, or one message seen in two governed mailboxes)."""
    same = Enquiry.message_id == record.id
    if thread.rfc_message_id:
        same = or_(same, (Enquiry.rfc_message_id == thread.rfc_message_id) & (Enquiry.asker == record.sender))
    return session.scalars(select(Enquiry.id).where(Enquiry.council_id == council_id, same).limit(1)).first() \
        is not None


def _candidates(session: Session, council_id: int, thread: MessageThread, record: MessageRecord) -> list[Enquiry]:
    data = thread.data or {}
    keys = [Enquiry.rfc_message_id.in_(list(data.get("replies_to", []))[:50])] if data.get("replies_to") else []
    if thread.conversation:
        keys.append(Enquiry.conversation == thread.conversation)
    if thread.topic and (data.get("is_reply") or data.get("is_forward")):
        keys.append(Enquiry.topic == thread.topic)
    if not keys:
        return []
    return list(session.scalars(select(Enquiry).where(
        Enquiry.council_id == council_id, Enquiry.state.in_(OPEN_STATES), Enquiry.message_id != record.id,
        Enquiry.asked_at <= sent_at(record), or_(*keys)).order_by(Enquiry.id)))


def _earlier_answers(session: Session, council_id: int, enquiry: Enquiry):
    keys = [MessageThread.topic == enquiry.topic] if enquiry.topic else []
    if enquiry.conversation:
        keys.append(MessageThread.conversation == enquiry.conversation)
    if not keys:
        return []
    return session.execute(
        select(MessageThread, MessageRecord).join(MessageRecord, MessageRecord.id == MessageThread.message_id)
        .where(MessageThread.council_id == council_id, MessageThread.tracked_at.is_not(None),
               MessageThread.message_id != enquiry.message_id, MessageRecord.state.in_(SENT_STATES),
               or_(*keys), and_(MessageRecord.checked_at >= enquiry.asked_at))
        .order_by(MessageThread.message_id).limit(50)).all()


def _apply(enquiry: Enquiry, thread: MessageThread, record: MessageRecord, directory: Directory,
           governed, now, report: TrackReport) -> None:
    """What `record` does to `enquiry`, if anything: acknowledge, answer or transfer it."""
    if enquiry.state == "answered" or directory.same_person(record.sender, enquiry.asker):
        return  # the asker chasing their own enquiry answers nothing
    if not _answers_for(enquiry, record.sender, directory):
        return
    data = thread.data or {}
    strong = enquiry.rfc_message_id in data.get("replies_to", []) or (
        thread.conversation is not None and thread.conversation == enquiry.conversation)
    recipients = _emails(record)
    reaches_asker = any(directory.same_person(r, enquiry.asker) for r in recipients)
    threaded = bool(data.get("is_reply") or data.get("is_forward"))  # "Re:"/"Fwd:" on the same subject
    if not strong and not (threaded and reaches_asker and thread.topic == enquiry.topic):
        return
    when = sent_at(record)
    if data.get("is_forward") and not reaches_asker:
        colleagues = [r for r in recipients if directory.role_of(r) is _answering_role(enquiry)
                      and r not in enquiry.addressees]
        if colleagues:
            enquiry.addressees = [*enquiry.addressees, *colleagues]
            enquiry.transferred_to = [*enquiry.transferred_to,
                                      {"to": colleagues, "by": record.sender, "at": when.isoformat()}]
            if enquiry.state == "not-visible" and any(_is_governed(c, directory, governed) for c in colleagues):
                enquiry.state = "open"
            enquiry.updated_at = utc(now)
            report.transferred.append(enquiry.id)
        return
    if not reaches_asker:
        return
    if thread.kind == "acknowledgement":
        if enquiry.state != "acknowledged":
            enquiry.state, enquiry.acknowledged_at = "acknowledged", when
            enquiry.updated_at = utc(now)
            report.acknowledged.append(enquiry.id)
        return
    enquiry.state, enquiry.answered_at, enquiry.answered_by = "answered", when, record.sender
    enquiry.answer_message_id, enquiry.updated_at = record.id, utc(now)
    report.answered.append(enquiry.id)


def _answering_role(enquiry: Enquiry) -> Role:
    return Role.OFFICER if enquiry.direction == "councillor-to-officer" else Role.COUNCILLOR


def _answers_for(enquiry: Enquiry, sender: str, directory: Directory) -> bool:
    """Officers answer for each other (a colleague, a shared staff mailbox); councillors for themselves."""
    if enquiry.direction == "councillor-to-officer":
        return directory.role_of(sender) is Role.OFFICER
    return any(directory.same_person(sender, a) for a in enquiry.addressees)
