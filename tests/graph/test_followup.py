"""Post-send disclosure follow-ups: to the visible recipients, naming who else received it, once."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.engine.evaluate import evaluate
from app.engine.packs.pack import load_pack
from app.m365.followup import queue_follow_ups
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.tables import Council, Intent, Mailbox
from tests.graph.conftest import GRAPH, NOW, USER
from tests.graph.test_mailbox import silent_copy

FOLLOW_UP = "{name} also received this email."


def pack_with_follow_up(template: str | None = FOLLOW_UP):
    pack = load_pack("leigh-on-sea")
    entry = pack.entry("silent-bcc").model_copy(update={"follow_up": template})
    return pack.model_copy(update={"rules": {**pack.rules, "silent-bcc": entry}})


def record_sent(env) -> int:
    raw = silent_copy()
    with env.sessions.begin() as session:
        council = session.get(Council, env.council_id)
        pack, directory = CouncilCache().get(council)
        record, _ = store.record_evaluation(session, council=council, mailbox=session.get(Mailbox, env.mailbox_id),
                                            evaluation=evaluate(raw, pack, directory), raw=raw,
                                            stage="post-send", source_ref="AAMkSent=", now=NOW)
        return record.id


def test_a_silent_copy_found_after_sending_is_disclosed_to_the_visible_recipients_once(env, mock):
    record_sent(env)
    pack = pack_with_follow_up()
    with env.sessions.begin() as session:
        assert queue_follow_ups(session, CouncilCache(), now=NOW, pack_of=lambda c: pack) == 1
    with env.sessions.begin() as session:
        assert queue_follow_ups(session, CouncilCache(), now=NOW, pack_of=lambda c: pack) == 0
        intent = session.scalars(select(Intent)).one()
        assert intent.key.endswith(":notify:disclosure")
        assert intent.payload["to"] == "cllr.haddad@example-council.gov.uk"
        assert "Councillor Jane Doe also received this email." in intent.payload["body"]

    send = mock.post(f"{GRAPH}{USER}/sendMail").respond(202)
    env.worker(env.connector()).perform()
    message = json.loads(send.calls[0].request.content)["message"]
    assert message["toRecipients"] == [{"emailAddress": {"address": "cllr.haddad@example-council.gov.uk"}}]
    assert send.call_count == 1


def test_no_follow_up_unless_the_pack_asks_for_one(env):
    record_sent(env)
    silent = pack_with_follow_up(None)
    with env.sessions.begin() as session:
        assert queue_follow_ups(session, CouncilCache(), now=NOW, pack_of=lambda c: silent) == 0
        assert session.scalars(select(Intent)).all() == []


def test_the_shipped_leigh_on_sea_pack_asks_for_the_follow_up(env):
    record_sent(env)
    with env.sessions.begin() as session:
        assert queue_follow_ups(session, CouncilCache(), now=NOW) == 1
        (intent,) = session.scalars(select(Intent)).all()
        assert "Councillor Jane Doe also received this email." in intent.payload["body"]
