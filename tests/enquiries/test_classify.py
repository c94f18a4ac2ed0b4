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


# Found by a blind batch (December 2026), each written afresh in other words.
@pytest.mark.parametrize("sentence", [
    "any news on the bench by the pond",
    "Gentle reminder on the hedge at Ash Row, Sam.",
    "Chasing this one again - the bollard is still down.",
    "Just wondering where we are with the defibrillator grant.",
    "Following up on my email of 3 June about the gate.",
    "It would be useful to know how many bookings the pavilion had last summer.",
    "I'd be keen to hear how the new rota is working.",
    "Residents on Mill Row want to know when the lights will be fixed.",
    "I write to request a copy of the tree survey.",
    "Grateful for your comments on the draft before Friday.",
    "Happy to talk it through, but I'd like to understand why the toilets are shut.",
    "Tom - let me know what's going on with the noticeboard.",
])
def test_asks_without_a_question_mark(sentence):
    assert asks_something(sentence)


@pytest.mark.parametrize("sentence", [
    "Who knew the car park could flood twice in a week?",
    "Isn't it lovely to see the stalls back?",
    "What would we do without our volunteers?",
    "Does that help?",
    "How was Lisbon?",
    "Let me know if you'd like me to come to the residents' meeting.",
])
def test_questions_and_offers_that_ask_nothing(sentence):
    assert not asks_something(sentence)


@pytest.mark.parametrize("body", [
    "On it.\n\nSam",
    "Thanks - leave it with me.\n\nJo",
    "Will check and revert.\n\nMark",
    "got it will sort tmrw",
    "I'll speak to the contractor on Thursday and then get back to you with a date.\n\nHelen",
    "Thanks. I'm still waiting for the county to confirm, and will let you know as soon as I hear.\n\nSam",
    "Diolch. Byddaf yn ymateb yn llawn yfory. Thank you, I will respond fully tomorrow.",
])
def test_short_and_bilingual_holding_replies_acknowledge(body):
    case = Case("ack", "acknowledgement", body, "Re: Query", reply=True)
    assert classify(case).kind == "acknowledgement"


def test_an_out_of_office_written_as_text_neither_asks_nor_answers():
    body = ("Thank you for your email. I am on annual leave until Monday 3 March. "
            "If your enquiry is urgent, please contact office@example.gov.uk.\n\nSam")
    assert classify(Case("ooo", "other", body, "Re: Query", reply=True)).kind == "other"
    human = "Thanks, I'm on leave until Monday but will reply properly then.\n\nSam"
    assert classify(Case("leave", "acknowledgement", human, "Re: Query", reply=True)).kind == "acknowledgement"


def _blind_cases() -> list[Case]:
    import yaml
    from pathlib import Path

    entries = yaml.safe_load((Path(__file__).parent / "cases_blind.yaml").read_text(encoding="utf-8"))
    return [Case(e["id"], e["kind"], e["body"], e["subject"], reply=e["reply"]) for e in entries]


@pytest.mark.parametrize("kind", ["enquiry", "acknowledgement"])
def test_the_blind_batch_keeps_enquiries_and_acknowledgements_apart(kind):
    cases = _blind_cases()
    got = {c.id: classify(c).kind for c in cases}
    tp = sum(1 for c in cases if c.kind == kind and got[c.id] == kind)
    fp = sum(1 for c in cases if c.kind != kind and got[c.id] == kind)
    fn = sum(1 for c in cases if c.kind == kind and got[c.id] != kind)
    assert len(cases) == 170 and tp + fn >= 25
    assert tp / (tp + fp) >= 0.95 and tp / (tp + fn) >= 0.95, (kind, tp, fp, fn)
