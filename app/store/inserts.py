"""A checked message's rows written with Core statements, its objects then joined to the session.

The ORM's unit of work cost more CPU per API request than the message's check
(issue 12: bench/api_cost.py). The record and its findings are written with
one INSERT each, and the objects, their ids set, join the session as loaded
rows: later changes to them (a state, a decision) are flushed as usual.

On PostgreSQL the record, its thread row, its findings and its own audit events
are one statement (data-modifying CTEs): one round trip, and in autocommit
(app.review.intake) no BEGIN or COMMIT either. Every round trip gives up the
GIL and waits to get it back behind the other request threads.
"""

from __future__ import annotations

import json

from sqlalchemy import JSON, Boolean, DateTime, Text, bindparam, cast, func, select, true
from sqlalchemy import event as orm_event
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from app.store import audit
from app.store.tables import AuditEvent, FindingRecord, MessageRecord
from app.store.tables.enquiries import MessageThread

_INSERTED = "mailguard.inserts.rows"  # (transaction, object) joined here, until the transaction ends
_MESSAGES, _FINDINGS, _THREADS = MessageRecord.__table__, FindingRecord.__table__, MessageThread.__table__
_EVENTS = AuditEvent.__table__
_MESSAGE_COLUMNS = [c.key for c in _MESSAGES.columns if c.key != "id"]
_FINDING_COLUMNS = [c.key for c in _FINDINGS.columns if c.key != "id"]
# Given as arrays on PostgreSQL (one per column, a finding per element): the statement's shape is
# the same whatever the number of findings, so it is compiled once. JSON values travel as text.
_FINDING_ARRAYS = [key for key in _FINDING_COLUMNS if key not in ("message_id", "council_id", "created_at")]
_EVENT_ARRAYS = ["event", "actor", "at", "data"]
_JSON_ARRAYS = {key for key in _FINDING_ARRAYS if isinstance(_FINDINGS.c[key].type, JSON)} | {"data"}
# Built once: a statement's values given at execute time, not in it, so its cache key is made once
# (building values into a new statement each time cost more than running it).
_INSERT_MESSAGE = (sqlite_insert(_MESSAGES).on_conflict_do_nothing(index_elements=["mailbox_id", "internet_message_id"])
                   .returning(_MESSAGES.c.id))
_INSERT_FINDINGS = _FINDINGS.insert().returning(_FINDINGS.c.id, sort_by_parameter_order=True)
_INSERT_THREAD = _THREADS.insert()


def _unnest(prefix: str, names: list[str], types: dict[str, object]):
    arrays = [bindparam(f"{prefix}{name}", type_=ARRAY(types.get(name, Text))) for name in names]
    return func.unnest(*arrays).table_valued(*names, with_ordinality="ord").render_derived(prefix.strip("_"))


def _everything():
    """PostgreSQL, one statement: WITH m AS (INSERT message ... ON CONFLICT DO NOTHING RETURNING id),
    then the thread row, the findings and the audit events, each INSERT ... SELECT ... FROM m (so
    nothing for a conflict); it returns the record's id and its findings' ids in order."""
    message = (postgresql_insert(_MESSAGES)
               .values({key: bindparam(key, type_=_MESSAGES.c[key].type) for key in _MESSAGE_COLUMNS})
               .on_conflict_do_nothing(index_elements=["mailbox_id", "internet_message_id"])
               .returning(_MESSAGES.c.id).cte("m"))
    columns = [c for c in _THREADS.columns if c.key != "message_id"]
    thread = _THREADS.insert().from_select(
        ["message_id", *[c.key for c in columns]],
        select(message.c.id, *[bindparam(f"thread_{c.key}", type_=c.type) for c in columns])
        .where(bindparam("has_thread", type_=Boolean))).cte("t")
    given = _unnest("f_", _FINDING_ARRAYS, {})
    findings = _FINDINGS.insert().from_select(
        ["message_id", "council_id", *_FINDING_ARRAYS, "created_at"],
        select(message.c.id, bindparam("council_id", type_=_FINDINGS.c.council_id.type),
               *[cast(given.c[name], JSON) if name in _JSON_ARRAYS else given.c[name] for name in _FINDING_ARRAYS],
               bindparam("checked_at", type_=_FINDINGS.c.created_at.type))
        .select_from(message.join(given, true())).order_by(given.c.ord)).returning(_FINDINGS.c.id).cte("f_rows")
    events = _unnest("e_", _EVENT_ARRAYS, {"at": DateTime(timezone=True)})
    audit_events = _EVENTS.insert().from_select(
        ["council_id", "event", "actor", "at", "data", "message_id"],
        select(bindparam("council_id", type_=_EVENTS.c.council_id.type), events.c.event, events.c.actor,
               events.c.at, cast(events.c.data, JSON), message.c.id)
        .select_from(message.join(events, true())).order_by(events.c.ord)).cte("a")  # in order: the chainer chains by id
    finding_ids = select(func.array_agg(aggregate_order_by(findings.c.id, findings.c.id))).scalar_subquery()
    return select(message.c.id, finding_ids).add_cte(thread, audit_events)


_EVERYTHING = _everything()


def insert_message(session: Session, record: MessageRecord, findings: list[FindingRecord],
                   thread: dict | None = None, events: list[AuditEvent] = ()) -> bool:
    """INSERT the (transient) record, its findings, thread row and audit events unless (mailbox,
    identity) is taken.

    False when it is taken (nothing is written then).

    The INSERT itself decides, even against another process recording the same
    message at the same moment (ON CONFLICT DO NOTHING on the unique
    constraint): no SELECT first, no savepoint, no error to recover from.
    `events` (audit.new_event) get the record's id: on PostgreSQL they are
    written unchained in the same statement (the chainer chains them), on
    SQLite they are queued and chained when the session commits.
    """
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    if postgresql:
        audit.seal(session)  # what this transaction queued before is written first: ids give the order
        record_id, finding_ids = _insert_postgresql(connection, record, findings, thread, events)
    else:
        record_id, finding_ids = _insert_sqlite(connection, record, findings, thread)
    if record_id is None:
        return False
    record.id = record_id
    _join(session, record)
    for finding, finding_id in zip(findings, finding_ids, strict=True):
        finding.id, finding.message_id = finding_id, record_id
        _join(session, finding)
        set_committed_value(finding, "message", record)
    set_committed_value(record, "findings", findings)
    for event in events:
        event.message_id = record_id
        if not postgresql:  # (on PostgreSQL the statement wrote it)
            audit.queue(session, event)
    return True


def _insert_postgresql(connection: Connection, record, findings, thread, events) -> tuple[int | None, list[int]]:
    values = {key: getattr(record, key) for key in _MESSAGE_COLUMNS}
    values.update({f"thread_{c.key}": (thread or {}).get(c.key) for c in _THREADS.columns if c.key != "message_id"})
    values["has_thread"] = thread is not None
    for prefix, names, rows in (("f_", _FINDING_ARRAYS, findings), ("e_", _EVENT_ARRAYS, events)):
        for name in names:
            values[prefix + name] = [_json(getattr(row, name)) if name in _JSON_ARRAYS else getattr(row, name)
                                     for row in rows]
    row = connection.execute(_EVERYTHING, values).first()
    if row is None:
        return None, []
    return row[0], list(row[1] or ())


def _json(value) -> str:  # noqa: ANN001 - what a JSON column holds
    return json.dumps(value)  # as SQLAlchemy's JSON type writes it (ASCII, escapes for the rest)


def _insert_sqlite(connection: Connection, record, findings, thread) -> tuple[int | None, list[int]]:
    record_id = connection.execute(_INSERT_MESSAGE, {key: getattr(record, key) for key in _MESSAGE_COLUMNS}).scalar()
    if record_id is None:
        return None, []
    if thread is not None:
        connection.execute(_INSERT_THREAD, {**thread, "message_id": record_id})
    if not findings:
        return record_id, []
    rows = [{key: getattr(f, key) for key in _FINDING_COLUMNS} | {"message_id": record_id} for f in findings]
    return record_id, list(connection.execute(_INSERT_FINDINGS, rows).scalars().all())


def _join(session: Session, row) -> None:  # noqa: ANN001 - a mapped object
    # A rollback takes the object out again, as it would a row the ORM had inserted (else a retry
    # could meet its id, reused by SQLite, still in the identity map).
    make_transient_to_detached(row)
    session.add(row)
    transaction = session.get_nested_transaction() or session.get_transaction()
    session.info.setdefault(_INSERTED, []).append((transaction, row))


@orm_event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back_rows(session: Session, rolled_back: SessionTransaction) -> None:
    kept = []
    for transaction, row in session.info.pop(_INSERTED, ()):
        inside = transaction
        while inside is not None and inside is not rolled_back:
            inside = inside.parent
        if inside is None:
            kept.append((transaction, row))  # written outside what was rolled back: still there
        elif row in session:
            session.expunge(row)
    if kept:
        session.info[_INSERTED] = kept


@orm_event.listens_for(Session, "after_commit")
def _rows_are_ordinary_once_committed(session: Session) -> None:
    session.info.pop(_INSERTED, None)
