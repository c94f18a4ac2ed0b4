"""The append-only audit log: one keyed hash chain per council, extended when a session commits.

Each row's hash is HMAC-SHA256, under a key kept outside the database
(app.store.audit_key), of the canonical JSON of (council_id, seq, at, actor,
event, message_id, data, prev_hash). Changing a row breaks its hash, deleting
one breaks the sequence or the next row's prev_hash, and someone who can only
write the database cannot re-hash what they changed. Cutting off the newest
rows and moving AuditHead back with them is caught against a head published
outside the database: the Monitoring Officer's digest carries it, and
`mailguard audit verify --head` checks the chain still reaches it. A
council whose whole chain was deleted is caught too: every council must have
a chain, starting with its own `council.created`.

append() only queues the event on the Session; a before_commit hook (seal)
writes it. On SQLite, whose BEGIN IMMEDIATE already makes every writer wait its
turn, seal chains the events at once under that lock. On PostgreSQL a council's
writers would queue on its AuditHead row instead: locked from the head's read to
COMMIT, with the holder waiting on its process's GIL between round trips, the
head was where one process's requests spent their time (pg_stat_activity at
110 requests/s: 3.6 backends on average waiting for that one row). So there
seal writes the events unchained (seq, prev_hash, hash NULL), taking no lock,
and chain_pending() chains them afterwards in the order they were written
(their ids). A checked message's own events are written unchained in its
record's INSERT (app.store.inserts), after what the transaction queued before
them. `mailguard serve` and `mailguard worker` run the chainer every second, and
anything that reads the log (verify, the desk's trail, the digest, its
published head) runs it first. What verify proves is unchanged; an event is
unprotected only for the second or so before it is chained.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import event as orm_event
from sqlalchemy import select
from sqlalchemy.orm import Session, SessionTransaction
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from app.store import audit_key
from app.store.audit.chain_hash import GENESIS, event_hash  # noqa: F401 - audit.GENESIS, audit.event_hash
from app.store.audit.pending import LOCK_HEAD, MOVE_HEAD, chain_pending, forget_written, write_unchained
from app.store.database import utc
from app.store.tables import AuditEvent, AuditHead, Council

EVENTS = frozenset({
    "message.checked", "message.held", "message.allowed", "message.annotated", "message.recorded",
    "message.released", "message.returned", "message.delivered", "intent.failed", "apikey.created",
    "council.created", "mailbox.added", "message.submitted_for_review", "message.sent_anyway",
    "message.disclosure_queued", "directory.synced",  # Graph work (issue 5)
    "apikey.revoked", "user.created", "user.disabled", "user.enabled", "user.password_reset",
    "user.role_added", "user.role_removed", "retention.purged",  # credentials, retention (issue 13)
    "intent.retried", "message.undelivered", "message.superseded", "mailbox.updated",  # delivery (issue 13)
    "enquiry.reminded", "enquiry.escalated",  # response duties (issue 16)
    "addin.setup_problem", "addin.settings_changed",  # the Outlook add-in (issue 13)
    "election.added", "election.removed",  # election periods (issue 17)
    "message.group_notice_queued", "message.group_notice_sent",  # group-parity notice (issue 17)
})
_PENDING = "mailguard.audit.pending"
_EVENTS, _HEADS = AuditEvent.__table__, AuditHead.__table__
# Built once (their values come with each execution), so seal() builds no statement per commit.
_INSERT_EVENTS, _INSERT_HEAD = _EVENTS.insert(), _HEADS.insert()


def append(
    session: Session, council_id: int, event: str, actor: str, *,
    message_id: int | None = None, data: dict | None = None, now: datetime,
) -> AuditEvent:
    """Queue the next event of the council's chain; it is numbered, hashed and written at commit."""
    row = new_event(council_id, event, actor, message_id=message_id, data=data, now=now)
    queue(session, row)
    return row


def new_event(
    council_id: int, event: str, actor: str, *, message_id: int | None = None, data: dict | None = None,
    now: datetime,
) -> AuditEvent:
    """An event, checked and cleaned but not yet queued (app.store.inserts writes a new record's
    own events in the record's INSERT on PostgreSQL, and queues them on SQLite)."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    # Round-trip through JSON so what is hashed is exactly what the column gives back.
    clean = json.loads(json.dumps(data or {}, ensure_ascii=False, default=str))
    return AuditEvent(council_id=council_id, at=utc(now), actor=actor, event=event,
                      message_id=message_id, data=clean)


def queue(session: Session, row: AuditEvent) -> None:
    """Queue an event made by new_event(): written (and on SQLite chained) when the session commits."""
    session.info.setdefault(_PENDING, []).append(row)


def queued(session: Session) -> list[AuditEvent]:
    """Events appended in this transaction and not yet written."""
    return list(session.info.get(_PENDING) or ())


def seal(session: Session) -> list[AuditEvent]:
    """Write the events queued on this session now (called at commit; tests may call it); flushes.

    PostgreSQL: written unchained, no lock (chain_pending chains them). SQLite, as follows.
    Everything else is flushed first, so the head rows are the last locks the
    transaction takes. Councils are locked in id order (no deadlock between two
    sessions that each write to several councils). The rows are written with
    Core statements (one INSERT for a council's events, one UPDATE of its head):
    at commit there is nothing for the ORM's unit of work to add but its cost.
    """
    pending: list[AuditEvent] = session.info.pop(_PENDING, None) or []
    if not pending:
        return []
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        write_unchained(session, pending)
        return pending
    key = audit_key.key_for(session)
    by_council: dict[int, list[AuditEvent]] = {}
    for row in pending:
        by_council.setdefault(row.council_id, []).append(row)
    connection = session.connection()
    for council_id in sorted(by_council):
        head = connection.execute(LOCK_HEAD, {"council": council_id}).first()
        seq, prev = (head.seq, head.hash) if head is not None else (0, GENESIS)  # None: a new council's first
        rows = []
        for row in by_council[council_id]:
            seq += 1
            row.seq, row.prev_hash = seq, prev
            row.hash = prev = event_hash(key, council_id, row.seq, row.at, row.actor, row.event, row.message_id,
                                         row.data, row.prev_hash)
            rows.append({"council_id": council_id, "seq": row.seq, "at": row.at, "actor": row.actor,
                         "event": row.event, "message_id": row.message_id, "data": row.data,
                         "prev_hash": row.prev_hash, "hash": row.hash})
        if head is None:  # audit verify flags a chain that restarts
            connection.execute(_INSERT_EVENTS, rows)
            connection.execute(_INSERT_HEAD, {"council_id": council_id, "seq": seq, "hash": prev})
        else:
            connection.execute(_INSERT_EVENTS, rows)
            connection.execute(MOVE_HEAD, {"council": council_id, "seq": seq, "hash": prev})
        loaded = session.identity_map.get(identity_key(AuditHead, council_id))
        if loaded is not None:  # a head this session read earlier shows where the chain is now
            set_committed_value(loaded, "seq", seq)
            set_committed_value(loaded, "hash", prev)
    return pending


def up_to_date(session: Session) -> None:
    """Before the log is read: this session's queued events written, every committed one chained."""
    seal(session)
    chain_pending(session)  # PostgreSQL; a no-op on SQLite


@orm_event.listens_for(Session, "before_commit")
def _seal_before_commit(session: Session) -> None:
    if not session.in_nested_transaction():  # a SAVEPOINT's release is not the end of the transaction
        seal(session)


@orm_event.listens_for(Session, "do_orm_execute")
def _seal_before_reading_the_log(state) -> None:  # noqa: ANN001 - ORMExecuteState
    # Read-your-writes: a query of the audit tables in a transaction that queued events sees them
    # (the application's writers never read the log, so this costs them nothing).
    if state.is_select and any(m.class_ in (AuditEvent, AuditHead) for m in state.all_mappers):
        up_to_date(state.session)


@orm_event.listens_for(Session, "after_transaction_end")
def _forget_on_rollback(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:  # the whole transaction is over: nothing queued may outlive it
        session.info.pop(_PENDING, None)
        forget_written(session)


@dataclass(frozen=True, slots=True)
class PublishedHead:
    """Where a council's chain stood when it was published: `slug:seq:hash`."""

    slug: str
    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.slug}:{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> PublishedHead:
        parts = (text or "").strip().rsplit(":", 2)
        if len(parts) != 3 or not parts[0] or not parts[1].isdigit() or len(parts[2]) != 64 \
                or any(c not in "0123456789abcdef" for c in parts[2]):
            raise ValueError(f"{text!r} is not an audit head (expected council:event-number:64 hex digits)")
        return cls(parts[0], int(parts[1]), parts[2])


def current_head(session: Session, council: Council) -> PublishedHead:
    """The council's chain head as it stands, in the form a digest publishes."""
    up_to_date(session)
    head = session.get(AuditHead, council.id)
    return PublishedHead(council.slug, head.seq if head else 0, head.hash if head else GENESIS)


# -- verifying -----------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    checked: int  # rows whose hash was checked
    first_bad_seq: int | None = None
    reason: str | None = None
    council_id: int | None = None  # the council whose chain is broken
    council: str | None = None  # its slug, when it still exists


def verify(
    session: Session, council_id: int | None = None, *, heads: Iterable[PublishedHead] = (),
    key: bytes | None = None, unkeyed: bool = False,
) -> VerifyReport:
    """Re-hash every council's chain (or one council's); the first break found is reported.

    `unkeyed` checks chains written before the key existed (plain sha256; `audit rekey` only).
    """
    up_to_date(session)
    councils = dict(session.execute(select(Council.id, Council.slug)).all())
    key = None if unkeyed else (key or audit_key.key_for(session))  # after the first read: no key for a bare file
    published = {h.slug: h for h in heads}
    by_slug = {slug: cid for cid, slug in councils.items()}
    for slug, head in published.items():
        if slug not in by_slug:
            return VerifyReport(False, 0, head.seq, f"council {slug} of the published head no longer exists",
                                council=slug)
    stored = {c: (s, h) for c, s, h in session.execute(select(AuditHead.council_id, AuditHead.seq,
                                                              AuditHead.hash))}
    chains = set(councils) | set(stored) | set(session.scalars(select(AuditEvent.council_id).distinct()))
    if council_id is not None:
        chains &= {council_id}
    checked = 0
    for chain in sorted(chains):
        slug = councils.get(chain)
        report = _verify_chain(session, key, chain, slug, stored.get(chain), published.get(slug))
        checked += report.checked
        if not report.ok:
            return VerifyReport(False, checked, report.first_bad_seq, report.reason, chain, slug)
    return VerifyReport(True, checked)


def _verify_chain(
    session: Session, key: bytes | None, council_id: int, slug: str | None,
    head: tuple[int, str] | None, published: PublishedHead | None,
) -> VerifyReport:
    if slug is None:
        return VerifyReport(False, 0, 1, f"audit events of council id {council_id}, which does not exist")
    columns = (AuditEvent.seq, AuditEvent.at, AuditEvent.actor, AuditEvent.event,
               AuditEvent.message_id, AuditEvent.data, AuditEvent.prev_hash, AuditEvent.hash)
    rows = session.execute(
        select(*columns).where(AuditEvent.council_id == council_id).order_by(AuditEvent.seq)
        .execution_options(yield_per=1000)
    )
    expected_seq, prev, checked, at_published = 1, GENESIS, 0, None
    for seq, at, actor, event, message_id, data, prev_hash, stored in rows:
        if seq != expected_seq:
            return VerifyReport(False, checked, expected_seq, f"event {expected_seq} is missing")
        if prev_hash != prev:
            return VerifyReport(False, checked, seq, f"event {seq} does not follow event {seq - 1}")
        if event_hash(key, council_id, seq, at, actor, event, message_id, data, prev_hash) != stored:
            return VerifyReport(False, checked, seq, f"event {seq} was changed after it was written "
                                "(or the audit key is not the one it was written with)")
        if seq == 1 and (event != "council.created" or (data or {}).get("slug") != slug):
            return VerifyReport(False, checked, 1, f"the chain does not start with the creation of council "
                                f"{slug}: its earlier events were deleted")
        if published is not None and seq == published.seq:
            at_published = stored
        checked += 1
        expected_seq, prev = seq + 1, stored
    last = expected_seq - 1
    if last == 0 and head is None:
        return VerifyReport(False, 0, 1, f"council {slug} has no audit chain: its events were deleted")
    if head is None:
        return VerifyReport(False, checked, expected_seq, "the chain's head record is missing")
    if (last, prev) != head:
        return VerifyReport(False, checked, expected_seq,
                            f"the chain ends at event {last} but its head record says {head[0]}")
    if published is not None:
        if last < published.seq:
            return VerifyReport(False, checked, last + 1, f"the chain ends at event {last} but reached event "
                                f"{published.seq} when its head was published: events {last + 1} to "
                                f"{published.seq} were removed")
        if at_published != published.hash:
            return VerifyReport(False, checked, published.seq, f"event {published.seq} is not the one the "
                                "published head names: the chain was rewritten")
    return VerifyReport(True, checked)
