"""The evaluate use case: one submitted message checked and recorded, in one commit.

The engine runs before the write transaction starts, so on SQLite (BEGIN
IMMEDIATE) the write lock is held only for the few statements that record
the result, not for the check itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.engine.evaluate import Evaluation
from app.offload import evaluate_offloaded
from app.engine.packs.pack import PolicyPack
from app.errors import Forbidden
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import statement_by_statement
from app.store.tables import Council, MessageRecord

API_MAILBOX_KIND = "api"
UNKNOWN_SENDER = (
    "unknown-sender@mailguard.invalid"  # unreadable mail still needs a mailbox to be held in
)


@dataclass(frozen=True, slots=True)
class Submission:
    raw: bytes
    mailbox: str | None = None  # the mailbox it is sent from; default: the message's sender
    stage: str = "pre-send"
    signed_in: str | None = None  # the add-in's user: the message must be from them (never filed under another)


class SenderMismatch(Forbidden):
    """An add-in submission whose From is not the signed-in user; nothing is recorded."""

    def __init__(self, signed_in: str, sender: str | None):
        super().__init__(f"This message is from {sender or 'nobody (no From)'}, but you are signed in as "
                         f"{signed_in}: MailGuard checks only your own mail.")
        self.signed_in, self.sender = signed_in, sender


@dataclass(frozen=True, slots=True)
class Checked:
    record: MessageRecord
    created: bool  # False: this mailbox's message was checked before; nothing new was recorded
    evaluation: Evaluation
    pack: PolicyPack

    @property
    def hold_id(self) -> int | None:
        """The held message's id when this submission was held for review (pre-send only)."""
        record = self.record
        if record.stage == "pre-send" and record.verdict in ("hold", "error"):
            return record.id
        return None


def check_submission(
    session: Session,
    councils: CouncilCache,
    council: Council,
    submission: Submission,
    *,
    now: datetime,
) -> Checked:
    """Check the bytes with the council's pack and directory, record the result, commit once."""
    pack, directory = councils.get(council)
    evaluation = evaluate_offloaded(submission.raw, pack, directory, at=now)  # a big one: in another process
    if submission.signed_in is not None:
        sender = _sender_address(evaluation)
        if not _same_person(directory, sender, submission.signed_in):
            raise SenderMismatch(submission.signed_in, sender)
    address = submission.mailbox or _sender_address(evaluation) or UNKNOWN_SENDER
    try:
        return _record(session, councils, council, evaluation, pack, submission, address, now)
    except IntegrityError:
        # Another request added this mailbox at the same moment (PostgreSQL), or a remembered mailbox
        # is gone: the retry looks it up (and adds it) anew.
        session.rollback()
        councils.forget_mailbox(council.id, API_MAILBOX_KIND, address)
        return _record(
            session, councils, session.get(Council, council.id), evaluation, pack, submission, address, now
        )


def _record(
    session: Session,
    councils: CouncilCache,
    council: Council,
    evaluation: Evaluation,
    pack: PolicyPack,
    submission: Submission,
    address: str,
    now: datetime,
) -> Checked:
    # PostgreSQL: each statement below is whole on its own (the record, its findings, thread row and
    # audit events are one INSERT), so no BEGIN and COMMIT round trips.
    statement_by_statement(session)
    # The API mailbox's id is remembered once committed: one SELECT fewer per request.
    mailbox = councils.known_mailbox(council.id, API_MAILBOX_KIND, address) or store.ensure_mailbox(
        session, council, kind=API_MAILBOX_KIND, address=address, now=now
    )
    record, created = store.record_evaluation(
        session,
        council=council,
        mailbox=mailbox,
        evaluation=evaluation,
        raw=submission.raw,
        stage=submission.stage,
        source_ref="api",
        now=now,
    )
    session.commit()
    councils.remember_mailbox(mailbox)
    return Checked(record, created, evaluation, pack)


def _same_person(directory, sender: str | None, signed_in: str) -> bool:
    """The From is the signed-in user: the same address, or another of the same person's in the
    directory (a sign-in name, UPN, is often not the mailbox's primary SMTP address)."""
    if not sender:
        return False
    if sender.lower() == signed_in.lower():
        return True
    person = directory.person(sender)
    return person is not None and person == directory.person(signed_in)


def _sender_address(evaluation: Evaluation) -> str | None:
    sender = evaluation.message.sender
    return sender.email if sender and sender.email else None
