"""PostgreSQL: audit events written unchained at commit, and chained after (issue 12).

A writer inserts its events with seq, prev_hash and hash empty, taking no lock on the council's
head (write_unchained). chain_pending chains every committed one, in id order, under the head's
lock: the audit chainer (app.review.audit_chainer) runs it every second, and app.store.audit runs it
before anything reads the log. Why, and what it costs, is in app.store.audit's docstring.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, String, bindparam, column, func, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from app.store import audit_key
from app.store.audit.chain_hash import GENESIS, event_hash
from app.store.tables import AuditEvent, AuditHead

_EVENTS, _HEADS = AuditEvent.__table__, AuditHead.__table__
_WRITTEN_HERE = "mailguard.audit.written_here"  # events this session wrote unchained, by id
# Built once (their values come with each execution).
LOCK_HEAD = (select(_HEADS.c.seq, _HEADS.c.hash).where(_HEADS.c.council_id == bindparam("council"))
             .with_for_update())
MOVE_HEAD = (_HEADS.update().where(_HEADS.c.council_id == bindparam("council"))
             .values(seq=bindparam("seq"), hash=bindparam("hash")))
NEW_HEAD = postgresql.insert(_HEADS).on_conflict_do_nothing(index_elements=[_HEADS.c.council_id])
INSERT_UNCHAINED = _EVENTS.insert().returning(_EVENTS.c.id, sort_by_parameter_order=True)
UNCHAINED_COUNCILS = select(_EVENTS.c.council_id).where(_EVENTS.c.seq.is_(None)).distinct()
UNCHAINED = (select(_EVENTS.c.id, _EVENTS.c.at, _EVENTS.c.actor, _EVENTS.c.event, _EVENTS.c.message_id,
                    _EVENTS.c.data)
             .where(_EVENTS.c.council_id == bindparam("council"), _EVENTS.c.seq.is_(None))
             .order_by(_EVENTS.c.id).with_for_update())
# One UPDATE ... FROM unnest(arrays) for a council's batch: an UPDATE a row cost PostgreSQL about
# as much again as the row's INSERT (bench: pg_stat_statements), and the server's Python per row.
_CHAINED = func.unnest(*[bindparam(name, type_=postgresql.ARRAY(kind)) for name, kind in
                         (("ids", BigInteger), ("seqs", BigInteger), ("prevs", String), ("hashes", String))]
                       ).table_valued(column("id", BigInteger), column("seq", BigInteger), column("prev_hash", String),
                                      column("hash", String)).render_derived("chained")
CHAIN_EVENTS = (_EVENTS.update().where(_EVENTS.c.id == _CHAINED.c.id)
                .values(seq=_CHAINED.c.seq, prev_hash=_CHAINED.c.prev_hash, hash=_CHAINED.c.hash))


def write_unchained(session: Session, pending: list[AuditEvent]) -> None:
    """PostgreSQL: the events in one INSERT, unchained: no head is read or locked (chain_pending chains)."""
    ids = session.connection().execute(INSERT_UNCHAINED, [
        {"council_id": row.council_id, "seq": None, "at": row.at, "actor": row.actor, "event": row.event,
         "message_id": row.message_id, "data": row.data, "prev_hash": None, "hash": None} for row in pending]
    ).scalars().all()
    written = session.info.setdefault(_WRITTEN_HERE, {})
    for row, event_id in zip(pending, ids, strict=True):
        row.id = event_id
        written[event_id] = row  # chain_pending in this session fills in its seq and hashes


def chain_pending(session: Session) -> int:
    """Chain every event written unchained and committed (PostgreSQL), in id order; how many.

    Each council's head is locked while its events are chained, so two chainers take turns; the
    second finds nothing left of what the first chained. Run in the caller's transaction: the
    chaining holds when it commits. A no-op on SQLite (its events are chained as they are written).
    """
    if session.get_bind().dialect.name != "postgresql":
        return 0
    connection = session.connection()
    councils = sorted(connection.execute(UNCHAINED_COUNCILS).scalars())
    if not councils:
        return 0
    key = audit_key.key_for(session)
    chained = 0
    for council_id in councils:
        head = connection.execute(LOCK_HEAD, {"council": council_id}).first()
        if head is None:  # a new council's first events: a head row to lock (another chainer's wins)
            connection.execute(NEW_HEAD, {"council_id": council_id, "seq": 0, "hash": GENESIS})
            head = connection.execute(LOCK_HEAD, {"council": council_id}).first()
        seq, prev = head.seq, head.hash
        ids, seqs, prevs, hashes = [], [], [], []
        for event_id, at, actor, event, message_id, data in connection.execute(UNCHAINED, {"council": council_id}):
            seq += 1
            digest = event_hash(key, council_id, seq, at, actor, event, message_id, data, prev)
            ids.append(event_id), seqs.append(seq), prevs.append(prev), hashes.append(digest)
            prev = digest
        if not ids:
            continue  # another chainer got there first
        connection.execute(CHAIN_EVENTS, {"ids": ids, "seqs": seqs, "prevs": prevs, "hashes": hashes})
        connection.execute(MOVE_HEAD, {"council": council_id, "seq": seq, "hash": prev})
        written = session.info.get(_WRITTEN_HERE) or {}
        for event_id, event_seq, event_prev, event_hash_ in zip(ids, seqs, prevs, hashes, strict=True):
            if (row := written.get(event_id)) is not None:
                row.seq, row.prev_hash, row.hash = event_seq, event_prev, event_hash_
        loaded = session.identity_map.get(identity_key(AuditHead, council_id))
        if loaded is not None:
            set_committed_value(loaded, "seq", seq)
            set_committed_value(loaded, "hash", prev)
        chained += len(ids)
    return chained


def forget_written(session: Session) -> None:
    """The transaction is over: what it wrote is no longer this session's to fill in."""
    session.info.pop(_WRITTEN_HERE, None)
