"""What one POST /evaluate asks of the database: the statements, on SQLite and PostgreSQL.

Each round trip to PostgreSQL costs the server and the database CPU, so the
statements of the hot path are pinned here (bench/api_cost.py measures their
cost): the key and its council in one read, then the message inserted (the
INSERT itself decides whether it is new) with its findings and thread row, and
the audit chain extended. On PostgreSQL both are single statements in autocommit
(the audit events written unchained in the message's statement), on SQLite a
BEGIN IMMEDIATE transaction each. The
guarantees those statements keep are asserted with them: a duplicate records
nothing, the chain verifies, a removed mailbox is looked up anew.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, event, func, select, update

from app.main import create_app
from app.settings import Settings
from app.store import audit
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Mailbox, MessageRecord
from app.store.tables.enquiries import MessageThread
from tests.api.conftest import keys as make_keys
from tests.api.support import EVALUATE, RFC822, allow_eml, annotate_eml, auth


@pytest.fixture
def served(fresh_db_url):
    """The app over an engine of its own (as `mailguard serve` runs it) and a statement log."""
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    log: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        autocommit = bool(getattr(conn.connection.dbapi_connection, "autocommit", False))
        log.append(("autocommit " if autocommit else "") + " ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", record)
    event.listen(engine, "commit", lambda conn: log.append(COMMIT))  # noqa: ARG005
    keys = make_keys.__wrapped__(sessions)
    app = create_app(Settings(database_url=fresh_db_url), sessionmaker=sessions)
    with TestClient(app) as client:
        yield client, keys, sessions, log, engine.dialect.name
    engine.dispose()


COMMIT = "-- commit"


def _after_the_last_commit(log: list[str]) -> list[str]:
    return log[len(log) - log[::-1].index(COMMIT):]


def _kinds(log: list[str]) -> list[str]:
    kinds = []
    for statement in log:
        if statement == COMMIT:
            continue
        autocommit = statement.startswith("autocommit ")
        sql = statement.removeprefix("autocommit ")
        table = re.search(r"\b(?:FROM|INTO|UPDATE)\s+(\w+)", sql)
        lock = " FOR UPDATE" if "FOR UPDATE" in sql else ""
        kind = f"{sql.split()[0]} {table.group(1)}{lock}" if table else " ".join(sql.split()[:2])
        kinds.append(("autocommit " if autocommit else "") + kind)
    return kinds


def _post(client, key: str, eml: bytes):
    answer = client.post(EVALUATE, content=eml, headers=auth(key, **RFC822))
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_new_message_costs_one_read_then_one_write(served):
    client, keys, sessions, log, dialect = served
    _post(client, keys.evaluate, allow_eml(1))  # the first adds the API mailbox and touches the key
    log.clear()
    result = _post(client, keys.evaluate, annotate_eml(2))
    assert result["verdict"] == "annotate" and result["findings"] and not result["duplicate"]
    if dialect == "postgresql":  # message, thread row, findings and events (unchained) in one statement:
        transaction = ["autocommit WITH messages"]  # one round trip, no BEGIN or COMMIT
    else:  # BEGIN IMMEDIATE holds the lock; no round trips to save
        transaction = ["INSERT messages", "INSERT message_threads", "INSERT findings",
                       "SELECT audit_heads", "INSERT audit_events", "UPDATE audit_heads"]
    if dialect == "postgresql":
        assert _kinds(log) == ["autocommit SELECT api_keys", *transaction]
    else:
        assert _kinds(log) == ["BEGIN IMMEDIATE", "SELECT api_keys", "BEGIN IMMEDIATE", *transaction]
    assert _after_the_last_commit(log) == []
    with sessions() as session:  # all of it is there, and the chain still proves it
        record = session.get(MessageRecord, result["record_id"])
        assert [f.rule for f in record.findings] == [f["rule"] for f in result["findings"]]
        assert session.get(MessageThread, record.id) is not None
        events = session.scalars(select(AuditEvent.event).where(AuditEvent.message_id == record.id)).all()
        assert events == ["message.checked", "message.annotated"]
        assert audit.verify(session).ok


def test_the_same_message_again_is_found_by_its_insert_and_records_nothing(served):
    client, keys, sessions, log, dialect = served
    first = _post(client, keys.evaluate, annotate_eml(7))
    with sessions() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    log.clear()
    again = _post(client, keys.evaluate, annotate_eml(7))
    assert again["duplicate"] is True and again["record_id"] == first["record_id"]
    assert again["findings"] == first["findings"]
    kinds = [k.removeprefix("autocommit ") for k in _kinds(log)]
    inserts = [k for k in kinds if k in ("INSERT messages", "WITH messages")]
    assert len(inserts) == 1 and "SELECT messages" in kinds  # the INSERT found it; nothing else is written
    # Its findings came with it: nothing is read after the commit. (A lazy load there began a new
    # transaction, on SQLite the write lock, which waited for a free request thread to be closed
    # while every request thread waited for the lock: 30 s stalls under load.)
    assert _after_the_last_commit(log) == []
    assert not [k for k in kinds if k.startswith(("INSERT findings", "INSERT message_threads", "INSERT audit",
                                                  "UPDATE audit", "WITH audit", "SAVEPOINT"))]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
        assert audit.verify(session).ok


def test_a_remembered_mailbox_that_is_gone_is_looked_up_and_added_anew(served):
    client, keys, sessions, log, dialect = served
    first = _post(client, keys.evaluate, allow_eml(1))
    with sessions() as session:  # an operator removes the mailbox and its mail by hand
        mailbox_id = session.get(MessageRecord, first["record_id"]).mailbox_id
        session.execute(delete(AuditEvent).where(AuditEvent.message_id == first["record_id"]))
        session.execute(delete(MessageThread).where(MessageThread.message_id == first["record_id"]))
        session.execute(delete(MessageRecord).where(MessageRecord.id == first["record_id"]))
        session.execute(delete(Mailbox).where(Mailbox.id == mailbox_id))
        session.commit()
    second = _post(client, keys.evaluate, allow_eml(2))  # the cached id fails its foreign key: looked up again
    with sessions() as session:
        record = session.get(MessageRecord, second["record_id"])
        assert session.get(Mailbox, record.mailbox_id).kind == "api"
        added = session.scalars(select(AuditEvent.event).where(AuditEvent.event == "mailbox.added")).all()
        assert len(added) == 2  # added again, not sent to the gone mailbox's id


def test_a_revoked_key_is_refused_at_its_next_request(served):
    client, keys, sessions, log, dialect = served
    _post(client, keys.evaluate, allow_eml(1))
    with sessions() as session:  # revoked in the database, e.g. by another process: nothing cached
        from app.store.tables import ApiKey
        prefix = keys.evaluate.split("_")[1]
        session.execute(update(ApiKey).where(ApiKey.prefix == prefix).values(revoked_at=func.now()))
        session.commit()
    answer = client.post(EVALUATE, content=allow_eml(2), headers=auth(keys.evaluate, **RFC822))
    assert answer.status_code == 401
