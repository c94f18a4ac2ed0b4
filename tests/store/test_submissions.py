"""Which sighting of a message is a replay, our own delivery's Sent copy, or a new submission (pure)."""

from __future__ import annotations

import pytest

from app.store.submissions import base_identity, classify
from app.store.tables import MessageRecord

MID = "<m-1@example-council.gov.uk>"


def rec(stage="pre-send", state="held", fingerprint="f1", ref="outbox/1", identity=MID) -> MessageRecord:
    return MessageRecord(internet_message_id=identity, stage=stage, state=state, fingerprint=fingerprint,
                         source_ref=ref)


def test_a_first_sighting_is_recorded_under_the_message_id():
    sighting = classify([], MID, stage="pre-send", fingerprint="f1", ref="outbox/1")
    assert sighting.seen is None and sighting.identity == MID and sighting.supersedes is None


@pytest.mark.parametrize("state", ["allowed", "annotated", "held", "released"])
def test_the_same_message_offered_again_where_it_was_is_a_replay(state):
    earlier = rec(state=state)
    assert classify([earlier], MID, stage="pre-send", fingerprint="f1", ref="outbox/1").seen is earlier


def test_the_same_message_edited_where_it_lies_supersedes_the_record_in_flight():
    earlier = rec(state="held")
    sighting = classify([earlier], MID, stage="pre-send", fingerprint="f2", ref="outbox/1")
    assert sighting.seen is None and sighting.supersedes is earlier and sighting.identity == f"{MID}#2"


@pytest.mark.parametrize("earlier", [
    rec(state="returned"),  # given back, then filed again (even unchanged)
    rec(state="delivered"),  # sent, then filed again
    rec(state="held", ref="outbox/7"),  # a second copy under the same Message-ID, elsewhere
])
def test_anything_else_pre_send_is_a_new_submission(earlier):
    sighting = classify([earlier], MID, stage="pre-send", fingerprint="f1", ref="outbox/1")
    assert sighting.seen is None and sighting.supersedes is None and sighting.identity == f"{MID}#2"


@pytest.mark.parametrize("state", ["allowed", "annotated", "released", "delivered", "undelivered"])
def test_the_sent_copy_of_what_we_delivered_is_not_audited_again(state):
    earlier = rec(state=state)
    assert classify([earlier], MID, stage="post-send", fingerprint="other", ref="sent/1").seen is earlier


@pytest.mark.parametrize("state", ["returned", "held", "superseded"])
def test_a_sent_copy_of_what_we_did_not_send_is_audited(state):
    sighting = classify([rec(state=state)], MID, stage="post-send", fingerprint="f1", ref="sent/1")
    assert sighting.seen is None and sighting.identity == f"{MID}#2"


def test_the_same_sent_copy_again_is_a_replay_and_numbering_continues():
    records = [rec(state="returned"), rec(stage="post-send", state="recorded", identity=f"{MID}#2")]
    assert classify(records, MID, stage="post-send", fingerprint="f1", ref="sent/1").seen is records[1]
    assert classify(records, MID, stage="pre-send", fingerprint="f1", ref="outbox/2").identity == f"{MID}#3"


def test_base_identity_strips_only_a_resubmission_number():
    assert base_identity(f"{MID}#12") == MID
    assert base_identity("<a#b@example>") == "<a#b@example>"
    assert base_identity("<a#b@example>#2") == "<a#b@example>"


@pytest.mark.parametrize("state", ["delivered", "undelivered"])
def test_what_we_sent_from_a_ref_now_gone_is_a_stale_sighting(state):
    # Two workers: one listed the outbox just before the other delivered the message and removed it.
    earlier = rec(state=state)

    def seen(fingerprint="f1", ref="outbox/1", still_there=lambda ref: False, records=(earlier,)):
        return classify(list(records), MID, stage="pre-send", fingerprint=fingerprint, ref=ref,
                        still_there=still_there).seen

    assert seen() is earlier  # gone from there: stale (connectors whose refs never repeat answer False)
    assert seen(still_there=lambda ref: True) is None  # filed there again: a new submission
    assert seen(fingerprint="f2") is None  # other content
    assert seen(ref="outbox/2") is None  # elsewhere
    assert seen(records=(rec(state="returned"),)) is None  # given back, then filed again
