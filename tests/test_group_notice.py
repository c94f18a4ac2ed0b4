"""The group-parity notice as a use case (app.review.parity): once per message, whoever asks, under
any pack's action (held, annotated or only flagged), from a mailbox that can send."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
import yaml
from sqlalchemy import func, select

from app.engine.evaluate import evaluate
from app.engine.packs.pack import default_policies_dir
from app.errors import Conflict, InvalidInput
from app.review.parity import notify_other_groups, plan, sending_mailbox
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import AuditEvent, Intent

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
DIRECTORY_YAML = (default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8")
ADVICE = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\n"
          b"To: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\n"
          b"Subject: Your group's question on the lease\r\nMessage-ID: <notice-1@example-council.gov.uk>\r\n\r\n"
          b"Dear Jane,\r\n\r\nIn answer to your group's question: my advice is that the lease needs Full Council."
          b"\r\n\r\nSam Morgan\r\n")


@pytest.fixture
def sessions(fresh_db_url):
    engine = make_engine(fresh_db_url)
    yield make_sessionmaker(engine)
    engine.dispose()


def _record(sessions, pack: str, *, kind: str = "local", directory_yaml: str = DIRECTORY_YAML) -> int:
    with sessions() as session:
        council = store.create_council(session, slug="n", name="Notice Council", pack=pack,
                                       directory_yaml=directory_yaml, now=NOW)
        if kind == "api":
            store.ensure_mailbox(session, council, kind="local", address="office@example-council.gov.uk",
                                 config={"root": "/nonexistent"}, now=NOW)
            store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                                 config={"root": "/nonexistent"}, now=NOW)
        mailbox = store.ensure_mailbox(session, council, kind=kind, address="sam.morgan@example-council.gov.uk",
                                       config={"root": "/nonexistent"}, now=NOW)
        rules = CouncilCache().get(council)
        record, _ = store.record_evaluation(session, council=council, mailbox=mailbox, raw=ADVICE,
                                            evaluation=evaluate(ADVICE, *rules), stage="pre-send",
                                            source_ref="outbox/1.eml", now=NOW)
        session.commit()
        return record.id


def _send(sessions, record_id: int) -> list[Intent]:
    with sessions() as session:
        council = store.get_council(session, "n")
        pack, directory = CouncilCache().get(council)
        return notify_other_groups(session, council.id, record_id, actor="alex.reed@example-council.gov.uk",
                                   pack=pack, directory=directory, now=NOW)


def _count(sessions, model, *where) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.mark.parametrize(("pack", "verdict", "action"), [("annex-2-4", "allow", "flag"),
                                                        ("thurrock", "annotate", "annotate")])
def test_the_notice_is_offered_whatever_the_pack_does_with_the_finding(sessions, pack, verdict, action):
    record_id = _record(sessions, pack)
    with sessions() as session:
        council = store.get_council(session, "n")
        record = store.get_message(session, council.id, record_id)
        assert record.verdict == verdict and [(f.rule, f.action) for f in record.findings] == \
            [("group-parity", action)]
        wanted = plan(session, record, *CouncilCache().get(council))
    assert wanted.group == "Independent" and wanted.recipients == (("Residents First",
                                                                   "cllr.haddad@example-council.gov.uk"),)
    assert "lease needs Full Council" not in wanted.body  # the notice never carries the advice
    [intent] = _send(sessions, record_id)
    assert intent.kind == "notify" and intent.payload["to"] == "cllr.haddad@example-council.gov.uk"
    assert intent.key.endswith(":notify:group-notice:residents-first")


def test_two_reviewers_at_once_queue_it_once(sessions):
    record_id = _record(sessions, "leigh-on-sea")
    start, outcomes = threading.Barrier(2), []

    def reviewer():
        start.wait()
        try:
            outcomes.append(len(_send(sessions, record_id)))
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=reviewer) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(outcomes, key=str) == [1, "conflict"]
    assert _count(sessions, Intent, Intent.key.like("%:notify:group-notice:%")) == 1
    assert _count(sessions, AuditEvent, AuditEvent.event == "message.group_notice_queued") == 1
    with pytest.raises(Conflict):  # and any later click
        _send(sessions, record_id)


def test_an_add_in_message_is_told_from_the_clerks_mailbox(sessions):
    record_id = _record(sessions, "leigh-on-sea", kind="api")
    [intent] = _send(sessions, record_id)
    with sessions() as session:
        record = store.get_message(session, store.get_council(session, "n").id, record_id)
        directory = CouncilCache().get(store.get_council(session, "n"))[1]
        assert sending_mailbox(session, record, directory).address == "clerk@example-council.gov.uk"
        assert session.get(Intent, intent.id).mailbox_id == sending_mailbox(session, record, directory).id


def test_no_leader_listed_is_a_clear_refusal_and_nothing_is_queued(sessions):
    data = yaml.safe_load(DIRECTORY_YAML)
    data.pop("groups")  # the groups' leaders and addresses not listed (the councillors still name them)
    without = yaml.safe_dump(data)
    record_id = _record(sessions, "leigh-on-sea", directory_yaml=without)
    with pytest.raises(InvalidInput, match="no other group has a leader or shared address"):
        _send(sessions, record_id)
    assert _count(sessions, Intent, Intent.key.like("%:notify:group-notice:%")) == 0


def test_the_notice_goes_from_the_clerks_mailbox_when_the_advice_came_from_another(sessions):
    with sessions() as session:
        council = store.create_council(session, slug="n", name="Notice Council", pack="leigh-on-sea",
                                       directory_yaml=DIRECTORY_YAML, now=NOW)
        deputy = store.ensure_mailbox(session, council, kind="local", address="alex.reed@example-council.gov.uk",
                                      config={"root": "/nonexistent"}, now=NOW)
        clerk = store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                                     config={"root": "/nonexistent"}, now=NOW)
        raw = ADVICE.replace(b"From: Sam Morgan <clerk@", b"From: Alex Reed <alex.reed@")
        record, _ = store.record_evaluation(session, council=council, mailbox=deputy, raw=raw,
                                            evaluation=evaluate(raw, *CouncilCache().get(council)),
                                            stage="pre-send", source_ref="outbox/1.eml", now=NOW)
        session.commit()
        record_id, clerk_id = record.id, clerk.id
    [intent] = _send(sessions, record_id)
    assert intent.mailbox_id == clerk_id
    assert "Alex Reed gave advice to the Independent group" in intent.payload["body"]

