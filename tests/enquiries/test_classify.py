"""The enquiry classifier over the labelled corpus (tests/enquiries/cases.py), and its thread keys."""

from __future__ import annotations

import base64

import pytest

from app.engine.correspondence import asks_something, conversation_of, read_correspondence, topic_of
from app.engine.message import parse
from tests.enquiries.cases import CASES as FIRST
from tests.enquiries.cases import Case
from tests.enquiries.cases_more import MORE
from tests.enquiries.mail import message

CASES = FIRST + MORE  # the second batch was written after the classifier, scored, then fixed


def classify(case: Case):
    raw = message(sender="a@example.gov.uk", to=["b@example.gov.uk"], subject=case.subject, body=case.body,
                  message_id=f"<{case.id}@example.gov.uk>",
                  in_reply_to="<earlier@example.gov.uk>" if case.reply else None)
    return read_correspondence(parse(raw))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_each_case(case):
    assert classify(case).kind == case.kind


def _scores(kind: str) -> tuple[float, float]:
    got = {c.id: classify(c).kind for c in CASES}
    tp = sum(1 for c in CASES if c.kind == kind and got[c.id] == kind)
    fp = sum(1 for c in CASES if c.kind != kind and got[c.id] == kind)
    fn = sum(1 for c in CASES if c.kind == kind and got[c.id] != kind)
    return tp / max(1, tp + fp), tp / max(1, tp + fn)


@pytest.mark.parametrize("kind", ["enquiry", "acknowledgement"])
def test_precision_and_recall_at_least_095(kind):
    precision, recall = _scores(kind)
    assert precision >= 0.95 and recall >= 0.95, (kind, precision, recall)


def test_the_corpus_has_both_sides_in_number():
    kinds = [c.kind for c in CASES]
    assert kinds.count("enquiry") >= 30 and len(kinds) - kinds.count("enquiry") >= 30


def test_evidence_is_the_sentence_that_asks():
    case = next(c for c in CASES if c.id == "q03")
    assert classify(case).asks == (
        "I would be grateful for an update on the pothole repairs on Church Lane, which were promised "
        "for March.",)


@pytest.mark.parametrize("sentence, asks", [
    ("Let me know if you have any questions.", False),
    ("Please let me know by Friday whether the hall is free.", True),
    ("Hope you are well?", False),
    ("Please find attached the report.", False),
    ("Any questions, just shout.", False),
    ("Could you ring me about it?", True),
])
def test_single_sentences(sentence, asks):
    assert asks_something(sentence) is asks


def test_thread_keys():
    raw = message(sender="a@x.gov.uk", to=["b@x.gov.uk"], subject="RE: [EXTERNAL] Fwd: Bus shelter grant",
                  body="It arrived.", message_id="<Two@X>", in_reply_to="<one@x>",
                  references=["<zero@x>", "<one@x>"],
                  thread_index=base64.b64encode(bytes(range(22)) + b"\x01\x02\x03\x04\x05").decode())
    found = read_correspondence(parse(raw))
    assert found.message_id == "<two@x>"
    assert found.replies_to == ("<one@x>", "<zero@x>")
    assert found.topic == "bus shelter grant"
    assert found.conversation == bytes(range(22)).hex()
    assert found.is_reply and not found.is_forward


def test_topics_and_conversations_of_odd_input():
    assert topic_of("Re: RE: Fw: Minutes") == "minutes"
    assert topic_of("Ateb: Cofnodion") == "cofnodion"
    assert topic_of("Report: the budget") == "report: the budget"  # not a reply prefix
    assert conversation_of("not base64!!") is None
    assert conversation_of(base64.b64encode(b"short").decode()) is None


@pytest.mark.parametrize("header", ["Auto-Submitted: auto-replied", "Auto-Submitted: auto-generated",
                                    "X-Autoreply: yes", "Precedence: auto_reply"])
def test_automatic_mail_neither_asks_nor_answers(header):
    raw = message(sender="a@x.gov.uk", to=["b@x.gov.uk"], subject="Automatic reply: Elm Road bins",
                  body="I am out of the office until Monday. Could you contact the office instead?",
                  message_id="<ooo@x>", in_reply_to="<q1@x>")
    name, _, value = header.partition(": ")
    raw = raw.replace(b"Subject:", f"{name}: {value}\r\nSubject:".encode(), 1)
    found = read_correspondence(parse(raw))
    assert (found.kind, found.asks) == ("other", ())
