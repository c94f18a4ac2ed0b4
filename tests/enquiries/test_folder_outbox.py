"""Enquiries end to end over real folder mailboxes, the real worker and a real database.

A councillor's enquiry leaves her outbox; the officer's reply leaves his; `tick` tracks both and
queues reminders and escalations, which the worker sends once through the notice mailbox.
The clock is controlled (working days, bank holidays), everything else is the real thing.
"""

from __future__ import annotations

from datetime import datetime, timezone

from app.enquiries.figures import response_days, status_of
from tests.enquiries.conftest import COUNCILLOR, DOMAIN, OFFICER, SHARED, UNWATCHED
from tests.enquiries.mail import message


def enquiry(to=OFFICER, body="Dear Sam,\n\nCould you let me know when the bins on Elm Road will next be "
            "emptied?\n\nKind regards\nCllr Pat Jones", mid="<q1@brookfield-tc.gov.uk>", subject="Elm Road bins"):
    return message(sender=f"Cllr Pat Jones <{COUNCILLOR}>", to=[to], subject=subject, body=body, message_id=mid)


def reply(sender=OFFICER, body="Dear Cllr Jones,\n\nThe next collection is on Tuesday.\n\nSam",
          mid="<a1@brookfield-tc.gov.uk>", to=COUNCILLOR, in_reply_to="<q1@brookfield-tc.gov.uk>",
          subject="RE: Elm Road bins"):
    return message(sender=sender, to=[to], subject=subject, body=body, message_id=mid, in_reply_to=in_reply_to,
                   references=[in_reply_to] if in_reply_to else [])


def test_an_enquiry_answered_on_day_three_is_answered_in_time(town):
    town.send(COUNCILLOR, enquiry(), "q1")
    report = town.tick()
    [opened] = town.enquiries()
    assert report.tracked["brookfield"].opened == [opened.id]
    assert (opened.direction, opened.asker, opened.addressees) == ("councillor-to-officer", COUNCILLOR, [OFFICER])
    assert opened.asks == ["Could you let me know when the bins on Elm Road will next be emptied?"]
    assert opened.clause == "3.3.5" and opened.service == "Waste"
    assert opened.due_at.date().isoformat() == "2026-12-14"  # five working days after Monday 7th
    town.clock.advance(days=3)
    town.send(OFFICER, reply(), "a1")
    town.tick()
    [answered] = town.enquiries()
    assert answered.state == "answered" and answered.answered_by == OFFICER
    assert status_of(answered, town.clock()) == "answered"
    assert response_days(answered) == 3


def test_an_unanswered_enquiry_is_reminded_then_escalated_each_exactly_once(town):
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    town.clock.set(datetime(2026, 12, 10, 16, 0, tzinfo=timezone.utc))  # Thursday: not yet
    town.tick()
    assert town.intents("enquiry:") == []
    town.clock.set(datetime(2026, 12, 11, 9, 5, tzinfo=timezone.utc))  # Friday 09:05: remind day
    for _ in range(3):
        town.tick()
    [reminder] = town.notices(":remind:")
    assert reminder["To"] == OFFICER
    assert "due by Monday 14 December 2026" in reminder["Subject"]
    text = reminder.get_content()
    assert "Could you let me know when the bins" in text and "(3.3.5)" in text
    town.clock.set(datetime(2026, 12, 14, 18, 0, tzinfo=timezone.utc))  # still the due day
    town.tick()
    assert town.notices(":escalate:") == []
    [late] = town.enquiries()
    assert status_of(late, datetime(2026, 12, 15, 0, 0, 1, tzinfo=timezone.utc)) == "overdue"
    town.clock.set(datetime(2026, 12, 15, 9, 1, tzinfo=timezone.utc))  # next working day: escalate
    for _ in range(3):
        town.tick()
    [escalation] = town.notices(":escalate:")
    assert escalation["To"] == f"dana.okoro@{DOMAIN}"  # the CMT member of the officer's own service
    assert "3.4.3.6" in escalation.get_content()
    assert len(town.notices(":remind:")) == 1 and len(town.intents("enquiry:")) == 2
    [escalated] = town.enquiries()
    assert escalated.escalated_to == [f"dana.okoro@{DOMAIN}"] and escalated.state == "open"


def test_a_reply_from_the_shared_staff_mailbox_answers_it(town):
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    town.clock.advance(days=1)
    town.send(SHARED, reply(sender=f"Brookfield Enquiries <{SHARED}>", mid="<s1@brookfield-tc.gov.uk>"), "s1")
    town.tick()
    [answered] = town.enquiries()
    assert answered.state == "answered" and answered.answered_by == SHARED


def test_a_bank_holiday_inside_the_window_moves_the_limit(town):
    town.clock.set(datetime(2026, 4, 2, 10, 0, tzinfo=timezone.utc))  # Thursday before Easter
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    [opened] = town.enquiries()
    # Good Friday (3rd) and Easter Monday (6th) are not working days: 7, 8, 9, 10, 13 April.
    assert opened.due_at.date().isoformat() == "2026-04-13"
    town.clock.set(datetime(2026, 4, 9, 12, 0, tzinfo=timezone.utc))
    town.tick()
    assert town.notices(":remind:") == []
    town.clock.set(datetime(2026, 4, 10, 9, 30, tzinfo=timezone.utc))
    town.tick()
    assert len(town.notices(":remind:")) == 1


def test_an_acknowledgement_is_not_an_answer(town):
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    town.send(OFFICER, reply(body="Thank you for your email. I am looking into this and will get back to you "
                                  "by Friday.", mid="<ack@brookfield-tc.gov.uk>"), "ack")
    town.tick()
    [acknowledged] = town.enquiries()
    assert acknowledged.state == "acknowledged" and acknowledged.answered_at is None
    town.clock.set(datetime(2026, 12, 15, 9, 1, tzinfo=timezone.utc))
    town.tick()
    assert len(town.notices(":escalate:")) == 1  # acknowledged but never answered: still escalated
    town.send(OFFICER, reply(mid="<a2@brookfield-tc.gov.uk>"), "a2")
    town.tick()
    [answered] = town.enquiries()
    assert status_of(answered, town.clock()) == "answered-late"


def test_mail_to_an_officer_without_a_governed_mailbox_is_not_visible_never_overdue(town):
    town.send(COUNCILLOR, enquiry(to=UNWATCHED, mid="<q9@brookfield-tc.gov.uk>", subject="Street light"), "q9")
    town.tick()
    town.clock.set(datetime(2026, 12, 21, 9, 1, tzinfo=timezone.utc))
    town.tick()
    [unseen] = town.enquiries()
    assert unseen.state == "not-visible" and status_of(unseen, town.clock()) == "not-visible"
    assert town.intents("enquiry:") == []


def test_a_forward_to_a_colleague_transfers_it(town):
    town.send(COUNCILLOR, enquiry(subject="Pothole on Mill Lane",
                                  body="Sam, is there any update on the pothole on Mill Lane?"), "q1")
    town.tick()
    town.send(OFFICER, message(sender=OFFICER, to=[UNWATCHED], subject="FW: Pothole on Mill Lane",
                               body="Priya - one for Highways, please pick this up.",
                               message_id="<fw@brookfield-tc.gov.uk>", in_reply_to="<q1@brookfield-tc.gov.uk>",
                               references=["<q1@brookfield-tc.gov.uk>"]), "fw")
    town.tick()
    [moved] = town.enquiries()
    assert moved.addressees == [OFFICER, UNWATCHED] and moved.transferred_to[0]["to"] == [UNWATCHED]
    assert moved.state == "open"


def test_thanks_and_fyis_open_nothing(town):
    town.send(COUNCILLOR, enquiry(body="Thanks Sam, that's really helpful.", mid="<t1@brookfield-tc.gov.uk>"), "t1")
    town.send(OFFICER, message(sender=OFFICER, to=[COUNCILLOR], subject="Minutes", message_id="<m1@x>",
                               body="Dear Cllr Jones,\n\nPlease find attached the minutes. Let me know if you "
                                    "have any questions.\n\nSam"), "m1")
    town.tick()
    assert town.enquiries() == []


def test_an_answer_read_before_its_enquiry_still_answers_it(town):
    # The officer's Sent folder was read first: the reply is recorded before the enquiry.
    town.send(OFFICER, reply(), "a1")
    town.tick()
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    [answered] = town.enquiries()
    assert answered.state == "answered"


def test_a_new_message_on_the_same_subject_is_not_an_answer(town):
    town.send(COUNCILLOR, enquiry(), "q1")
    town.tick()
    # Not a reply: no Re:, no In-Reply-To; the same subject line by coincidence.
    town.send(OFFICER, message(sender=OFFICER, to=[COUNCILLOR], subject="Elm Road bins", message_id="<n1@x>",
                               body="Dear Cllr Jones,\n\nThe new bin timetable is attached for your information."),
              "n1")
    town.tick()
    [still_open] = town.enquiries()
    assert still_open.state == "open"


def test_the_same_mail_seen_twice_is_one_enquiry(town):
    # The add-in's check and the Sent audit of the same send are two records of one message.
    town.send(COUNCILLOR, enquiry(), "q1")
    town.send(SHARED, enquiry(), "q1-copy")
    town.tick()
    assert len(town.enquiries()) == 1


def test_nul_characters_in_an_enquiry_are_kept_readable(town):
    town.send(COUNCILLOR, enquiry(subject="Bins\x00 again", mid="<n\x00ul@brookfield-tc.gov.uk>",
                                  body="Could you check the bins\x00 please?"), "nul")
    town.tick()
    [opened] = town.enquiries()
    assert opened.asks == ["Could you check the bins\ufffd please?"] and "\x00" not in opened.rfc_message_id
