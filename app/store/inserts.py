"""A checked message's rows written with Core statements, its objects then joined to the session.

The ORM's unit of work cost more CPU per API request than the message's check
(issue 12: bench/api_cost.py). The record and its findings are written with
one INSERT each, and the objects, their ids set, join the session as loaded
rows: later changes to them (a state, a decision) are flushed as usual.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy import event as orm_event
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, SessionTransaction, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from app.store.tables import FindingRecord, MessageRecord
from app.store.tables.enquiries import MessageThread

_INSERTED = "mailguard.inserts.rows"  # (transaction, object) joined here, until the transaction ends
_MESSAGES, _FINDINGS, _THREADS = MessageRecord.__table__, FindingRecord.__table__, MessageThread.__table__
_MESSAGE_COLUMNS = [c.key for c in _MESSAGES.columns if c.key != "id"]
_FINDING_COLUMNS = [c.key for c in _FINDINGS.columns if c.key != "id"]
# Built once: a statement's values given at execute time, not in it, so its cache key is made once
# (building values into a new statement each time cost more than running it). [0] SQLite, [1] PostgreSQL.
_INSERT_MESSAGE = tuple(
    insert(_MESSAGES).on_conflict_do_nothing(index_elements=["mailbox_id", "internet_message_id"])
    .returning(_MESSAGES.c.id) for insert in (sqlite_insert, postgresql_insert))
_INSERT_FINDINGS = _FINDINGS.insert().returning(_FINDINGS.c.id, sort_by_parameter_order=True)
_INSERT_THREAD = _THREADS.insert()


def _message_and_thread():
    """PostgreSQL: WITH m AS (INSERT message ... ON CONFLICT DO NOTHING RETURNING id),
    t AS (INSERT thread row SELECT m.id, ... FROM m) SELECT id FROM m: no thread row for a conflict."""
    message = (postgresql_insert(_MESSAGES)
               .values({key: bindparam(key, type_=_MESSAGES.c[key].type) for key in _MESSAGE_COLUMNS})
               .on_conflict_do_nothing(index_elements=["mailbox_id", "internet_message_id"])
               .returning(_MESSAGES.c.id).cte("m"))
    columns = [c for c in _THREADS.columns if c.key != "message_id"]
    thread = _THREADS.insert().from_select(
        ["message_id", *[c.key for c in columns]],
        select(message.c.id, *[bindparam(f"thread_{c.key}", type_=c.type) for c in columns])).cte("t")
    return select(message.c.id).add_cte(thread)


_MESSAGE_AND_THREAD = _message_and_thread()


def insert_message(session: Session, record: MessageRecord, findings: list[FindingRecord],
                   thread: dict | None = None) -> bool:
    """INSERT the (transient) record, its findings and thread row unless (mailbox, identity) is taken.

    False when it is taken (nothing is written then).

    The INSERT itself decides, even against another process recording the same
    message at the same moment (ON CONFLICT DO NOTHING on the unique
    constraint): no SELECT first, no savepoint, no error to recover from.
    """
    connection = session.connection()
    postgresql = connection.dialect.name == "postgresql"
    values = {key: getattr(record, key) for key in _MESSAGE_COLUMNS}
    if postgresql and thread is not None:  # the thread row in the same statement: one round trip fewer
        values.update({f"thread_{key}": value for key, value in thread.items()})
        record_id = connection.execute(_MESSAGE_AND_THREAD, values).scalar()
    else:
        record_id = connection.execute(_INSERT_MESSAGE[postgresql], values).scalar()
        if record_id is not None and thread is not None:
            connection.execute(_INSERT_THREAD, {**thread, "message_id": record_id})
    if record_id is None:
        return False
    record.id = record_id
    _join(session, record)
    if findings:
        for finding in findings:
            finding.message_id = record_id
        ids = connection.execute(
            _INSERT_FINDINGS,
            [{key: getattr(finding, key) for key in _FINDING_COLUMNS} for finding in findings]).scalars().all()
        for finding, finding_id in zip(findings, ids, strict=True):
            finding.id = finding_id
            _join(session, finding)
            set_committed_value(finding, "message", record)
    set_committed_value(record, "findings", findings)
    return True


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
