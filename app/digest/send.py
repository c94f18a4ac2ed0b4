"""Sending a digest once per council and period, through the council's own connector.

The DigestRecord row (unique per council, period start and kind) is claimed
and committed before anything is sent, so two processes never both send; the
send goes through `Mailbox.submit(raw, key)` with a key fixed by the period,
and the record is marked sent in a second commit. A process that dies between
the two leaves the record "sending": once it is stale another process sends
again with the same key and Message-ID (connectors that honour the key, like
the local folder, write it once; over SMTP the crash window can repeat one
digest, never lose one).
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Callable, Mapping

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.digest.content import Digest
from app.digest.period import Period, schedule_from_options
from app.digest.query import council_directory, digest_for
from app.digest.render import render_html, render_text, subject
from app.errors import Conflict, InvalidInput
from app.store.database import utc
from app.store.tables import Council
from app.store.tables import Mailbox as MailboxRow
from app.store.tables.digest import DigestRecord
from connectors import ConnectorError, Mailbox

log = logging.getLogger("mailguard.digest")

MONITORING_OFFICER = "monitoring-officer"
STALE_AFTER = timedelta(minutes=10)  # a "sending" record this old belongs to a process that died
MAX_ATTEMPTS = 6


@dataclass(frozen=True, slots=True)
class SendResult:
    status: str  # sent | already-sent | in-progress | failed | gave-up
    record_id: int | None
    recipients: tuple[str, ...] = ()
    error: str | None = None


def recipients_of(council: Council) -> tuple[str, ...]:
    """The first address of everyone the directory titles monitoring-officer (partners included)."""
    people = council_directory(council).titled(MONITORING_OFFICER)
    return tuple(dict.fromkeys(p.emails[0].lower() for p in people if p.emails))


def sending_mailbox(session: Session, council: Council, connectors: Mapping[int, Mailbox]) -> tuple[MailboxRow, Mailbox]:
    """options["digest"]["mailbox"] (an address) if set, else the council's first enabled mailbox
    with a connector in this process."""
    wanted = schedule_from_options(council.options).mailbox
    rows = session.scalars(select(MailboxRow).where(MailboxRow.council_id == council.id,
                                                    MailboxRow.enabled.is_(True)).order_by(MailboxRow.id)).all()
    for row in rows:
        if wanted and row.address != wanted.strip().lower():
            continue
        if row.id in connectors:
            return row, connectors[row.id]
    named = f"mailbox {wanted!r}" if wanted else "an enabled mailbox with a connector"
    raise InvalidInput(f"council {council.slug!r}: no {named} to send the digest from")


def send_key(council_id: int, period: Period) -> str:
    return f"digest:{council_id}:{period.kind}:{utc(period.start).isoformat()}"


def compose(digest: Digest, *, sender: str, recipients: tuple[str, ...], key: str, now: datetime,
            zone=None) -> EmailMessage:
    """multipart/alternative: plain text first, HTML second (clients show the last they can)."""
    message = EmailMessage()
    message["From"] = f"Council MailGuard <{sender}>"
    message["To"] = ", ".join(recipients)
    message["Subject"] = subject(digest)
    message["Date"] = format_datetime(utc(now))
    domain = sender.rpartition("@")[2] or "mailguard.invalid"
    message["Message-ID"] = f"<digest.{hashlib.sha256(key.encode()).hexdigest()[:24]}@{domain}>"
    message["Auto-Submitted"] = "auto-generated"  # RFC 3834: no auto-replies to this
    message["X-MailGuard-Digest"] = key
    # quoted-printable: SMTP refuses lines over 998 octets (RFC 5321 4.5.3.1.6), and HTML has long ones
    message.set_content(render_text(digest, zone), cte="quoted-printable")
    message.add_alternative(render_html(digest, zone), subtype="html", cte="quoted-printable")
    return message


def send_digest(
    sessions: sessionmaker[Session], council_id: int, period: Period, *, connectors: Mapping[int, Mailbox],
    review_base_url: str, clock: Callable[[], datetime], holder: str, retry_failed: bool = True,
) -> SendResult:
    """Send `council_id`'s digest for `period` unless it was sent (or is being sent) already."""
    record_id = _claim(sessions, council_id, period, holder=holder, now=clock(), retry_failed=retry_failed)
    if isinstance(record_id, SendResult):
        return record_id
    try:
        with sessions() as session:
            council = session.get(Council, council_id)
            recipients = recipients_of(council)
            if not recipients:
                raise InvalidInput(f"council {council.slug!r}: the directory titles nobody {MONITORING_OFFICER}")
            row, connector = sending_mailbox(session, council, connectors)
            now = clock()
            digest = digest_for(session, council, period, review_base_url=review_base_url, now=now)
            key = send_key(council_id, period)
            zone = schedule_from_options(council.options).zone
            message = compose(digest, sender=row.address, recipients=recipients, key=key, now=now, zone=zone)
            mailbox_id = row.id
        connector.submit(message.as_bytes(policy=SMTP), key)  # RFC 5322: CRLF line ends
    except (ConnectorError, InvalidInput) as exc:
        log.warning("digest %s for council %s not sent: %s", period.kind, council_id, exc)
        _finish(sessions, record_id, clock(), error=str(exc))
        return SendResult("failed", record_id, error=str(exc))
    _finish(sessions, record_id, clock(), mailbox_id=mailbox_id, recipients=recipients,
            rfc_message_id=message["Message-ID"], totals={"caught": digest.caught, **digest.outcomes})
    log.info("digest %s %s for council %s sent to %s", period.kind, period.label, council_id, recipients)
    return SendResult("sent", record_id, recipients)


def find_record(session: Session, council_id: int, period: Period) -> DigestRecord | None:
    return session.scalars(select(DigestRecord).where(
        DigestRecord.council_id == council_id, DigestRecord.period_start == utc(period.start),
        DigestRecord.period_kind == period.kind)).one_or_none()


def _claim(sessions, council_id: int, period: Period, *, holder: str, now: datetime,
           retry_failed: bool) -> int | SendResult:
    """Commit this process's claim on the period's record: its id, or why there is nothing to do."""
    with sessions.begin() as session:
        record = find_record(session, council_id, period)
        if record is None:
            record = DigestRecord(council_id=council_id, period_kind=period.kind, period_start=utc(period.start),
                                  period_end=utc(period.end), status="sending", attempts=1, claimed_by=holder,
                                  recipients=[], totals={}, created_at=utc(now), updated_at=utc(now))
            try:
                with session.begin_nested():
                    session.add(record)
                    session.flush()
                return record.id
            except IntegrityError:  # another process claimed it this instant
                return SendResult("in-progress", None)
        record = session.scalars(select(DigestRecord).where(DigestRecord.id == record.id).with_for_update()
                                 .execution_options(populate_existing=True)).one()
        verdict = _why_not(record, now, retry_failed)
        if verdict is not None:
            return verdict
        record.status, record.claimed_by = "sending", holder
        record.attempts += 1
        record.updated_at = utc(now)
        return record.id


def _why_not(record: DigestRecord, now: datetime, retry_failed: bool) -> SendResult | None:
    if record.status == "sent":
        return SendResult("already-sent", record.id, tuple(record.recipients))
    if record.attempts >= MAX_ATTEMPTS:
        return SendResult("gave-up", record.id, error=record.last_error)
    if record.status == "sending" and utc(now) - utc(record.updated_at) < STALE_AFTER:
        return SendResult("in-progress", record.id)
    if record.status == "failed" and not retry_failed:
        return SendResult("failed", record.id, error=record.last_error)
    if record.status == "failed" and utc(now) < utc(record.updated_at) + _backoff(record.attempts):
        return SendResult("failed", record.id, error=record.last_error)
    return None


def _backoff(attempts: int) -> timedelta:
    return timedelta(minutes=5 * 2 ** max(0, attempts - 1))


def _finish(sessions, record_id: int, now: datetime, *, error: str | None = None, mailbox_id=None,
            recipients=(), rfc_message_id: str = "", totals: dict | None = None) -> None:
    with sessions.begin() as session:
        record = session.get(DigestRecord, record_id)
        if record is None:
            raise Conflict(f"digest record {record_id} vanished")
        record.updated_at = utc(now)
        if error is not None:
            record.status, record.last_error = "failed", error[:2000]
            return
        record.status, record.sent_at, record.last_error = "sent", utc(now), None
        record.mailbox_id, record.recipients = mailbox_id, list(recipients)
        record.rfc_message_id, record.totals = rfc_message_id, totals or {}
