"""Add-in use cases: a held draft submitted for review, and a send without a verdict. Each commits once."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.errors import Conflict, Forbidden, InvalidInput
from app.store import audit
from app.store import records as store
from app.store.database import utc
from app.store.tables import Mailbox, MessageRecord
from app.store.tables.addin import AddinReport

MAX_ITEM_ID = 1000  # MessageRecord.source_ref's width
REPORT_ID = re.compile(r"[A-Za-z0-9_-]{8,64}")


def submit_draft(
    session: Session, council_id: int, record_id: int, item_id: str, *, user: str, now: datetime
) -> MessageRecord:
    """Record the Outlook item id of a held draft so the connector can move it to "Held for review".

    Only the sender may submit their own held message; the same item id again changes nothing.
    """
    item_id = (item_id or "").strip()
    if not item_id or len(item_id) > MAX_ITEM_ID or any(c in item_id for c in "\r\n\x00"):
        raise InvalidInput(f"itemId must be 1-{MAX_ITEM_ID} characters on one line")
    record = store.get_message(session, council_id, record_id, lock=True)
    user = user.strip().lower()
    submitted_from = session.get(Mailbox, record.mailbox_id)
    # The sender, or the signed-in user it was filed under (the From was checked to be theirs then).
    if user not in (record.sender, submitted_from.address if submitted_from is not None else None):
        raise Forbidden("only the sender may submit this message for review")
    if record.state != "held":
        raise Conflict(f"message {record_id} is {record.state}, not held")
    if record.source_ref == item_id:
        session.commit()  # nothing new: end the transaction that took the lock
        return record
    previous = record.source_ref
    record.source_ref = item_id
    record.updated_at = utc(now)
    mailbox = _hand_over_to_graph(session, record)
    session.flush()
    if mailbox is not None:  # the connector moves the draft into "Held for review", then acts on decisions
        store.add_intent(session, record, "hold", {"adopt_identity": True}, now=now)
    audit.append(session, council_id, "message.submitted_for_review", f"addin:{user}", message_id=record.id,
                 data={"item_id": item_id, "previous_ref": previous,
                       "mailbox": mailbox.address if mailbox is not None else None}, now=now)
    session.commit()
    return record


def _hand_over_to_graph(session: Session, record: MessageRecord) -> Mailbox | None:
    """Re-home an add-in hold on the sender's governed Microsoft 365 mailbox, if MailGuard watches it.

    From then on the Graph connector owns the draft (hold, deliver on release, return to Drafts).
    Left with the API mailbox when no such mailbox is registered, or it already has this message.
    """
    mailbox = session.scalars(select(Mailbox).where(
        Mailbox.council_id == record.council_id, Mailbox.kind == "graph", Mailbox.address == record.sender,
        Mailbox.enabled.is_(True))).first()
    if mailbox is None or store.find_record(session, mailbox.id, record.internet_message_id) is not None:
        return None
    record.mailbox_id = mailbox.id
    return mailbox


def record_sent_anyway(
    session: Session, council_id: int, *, report_id: str, user: str, subject: str, recipients: int, reason: str,
    at: str, now: datetime,
) -> bool:
    """Audit that the user was let send without a verdict, once per report id; commits.

    False when this report was recorded before (the handler's first try got no answer and it sent it
    again): no second audit event, so the digest counts the send once.
    """
    if not REPORT_ID.fullmatch(report_id or ""):
        raise InvalidInput("id must be 8-64 letters, digits, '-' or '_'")
    if _reported(session, council_id, report_id):
        session.commit()
        return False
    try:
        with session.begin_nested():
            session.add(AddinReport(council_id=council_id, report_id=report_id, user=user, created_at=utc(now)))
    except IntegrityError:  # the same report arriving twice at once: the other request recorded it
        session.commit()
        return False
    audit.append(session, council_id, "message.sent_anyway", f"addin:{user}",
                 data={"subject": subject[:300], "recipients": recipients, "reason": reason[:200], "at": at[:40],
                       "report_id": report_id}, now=now)
    session.commit()
    return True


def _reported(session: Session, council_id: int, report_id: str) -> bool:
    return session.scalars(select(AddinReport.id).where(AddinReport.council_id == council_id,
                                                        AddinReport.report_id == report_id)).first() is not None
