"""instructs-staff: a councillor, acting alone, directing an officer to act."""

from __future__ import annotations

import pytest

from app.engine.checks.acts import Act, Modifier, analyse
from app.engine.checks.instructs_staff import check
from app.engine.message import parse
from tests.builders import (
    BOWRY,
    CLERK,
    DEPUTY,
    DOE,
    DOE_PERSONAL,
    EVANS,
    OFFICE,
    RESIDENT,
    SOLICITOR,
    make_directory,
    make_eml,
    make_message,
)

DIRECTORY = make_directory()


def findings_for(body: str, from_: str = EVANS, to=(CLERK,), cc=(), signoff: str = "Keith"):
    return check(make_message(from_, list(to), list(cc), new_text=f"Helen,\n\n{body}\n\n{signoff}"), DIRECTORY)


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Cancel the Saturday booking for the hall.", "Cancel"),
        ("Please get Greenway to cut the verges before the fete.", "get"),
        ("Please ask Marcus to lock the pavilion tonight.", "ask"),
        ("Have the cemetery gates locked at dusk from tonight.", "Have"),
        ("I want the bins at the rec emptied by Monday.", "I want the bins at the rec emptied"),
        ("I expect the band's invoice paid by Friday.", "I expect the band's invoice paid"),
        ("I need you to chase Greenway today.", "I need you to chase"),
        ("You need to write to the tenant this week.", "You need to write to"),
        ("Do not pay the Greenway invoice until I have seen the work.", "Do not pay"),
        ("Order two more grit bins for Church Hill.", "Order"),
        ("Tell Greenway to start on Monday.", "Tell"),
        ("The hoarding at the old library must be taken down by Friday.", "the old library must be taken down"),
        ("Please let the cricket club know their booking is cancelled.", "let"),
    ],
)
def test_an_instruction_to_an_officer_fires(body, cue):
    [finding] = findings_for(body)
    assert finding.rule == "instructs-staff"
    assert finding.evidence[0] == "From: Cllr Keith Evans <cllr.evans@hartsbourne-tc.gov.uk>"
    assert f"“{cue}” — “{body}”" in finding.evidence[1]
    assert finding.evidence[-1] == "To: Helen Symmons <clerk@hartsbourne-tc.gov.uk>"
    assert finding.subjects == ("Keith Evans",)
    assert finding.summary.startswith("Councillor Keith Evans tells Helen Symmons to act")
    assert "ask the Clerk, or ask the council or a committee to decide" in finding.summary


@pytest.mark.parametrize(
    "body",
    [
        "Could you look into the flooding on Mill Lane?",
        "Can you advise whether the council can fund the lights?",
        "Please can you book the Silver Band for Remembrance?",
        "Would you mind chasing Greenway about the missed cut?",
        "I'd be grateful if you could chase Greenway.",
        "Please let me know when the contractor is booked.",
        "Please find attached my report.",
        "Please put the skate park lighting on the next agenda.",
        "Please accept my apologies for Thursday.",
        "Please send me the budget figures before Friday.",
        "When you get a chance, please send the quote to Kestrel.",
        "Up to you, but I'd cancel the booking.",
        "I have a resident who says the bins are full. Please let her know when they will be emptied.",
        "As resolved by Full Council on 12 March (minute 45/24), please write to Kestrel accepting their quote.",
        "The Finance Committee agreed last night to replace the boiler. Please order it from Heatwise.",
        "If the committee agrees on Tuesday, please order the new benches.",
        "Yes, please go ahead.",
        "I'll ask Marcus to cancel the booking.",
        "I think the hedge must be cut back.",
        "Please tell Marcus and the team thank you from me.",
        "Have a lovely weekend.",
        "Have you checked the gates.",
        "Update on the pavilion roof: the contractor starts Monday.",
        "Call it a day.",
        "Cancel that - I have sorted it with the club.",
        "Please check your inbox.",
        "Please do what you think best.",
        "Please book the committee room for my ward surgery on the 8th.",
    ],
)
def test_requests_questions_casework_and_relayed_decisions_do_not(body):
    assert findings_for(body) == []


def test_only_messages_from_a_councillor_to_an_officer():
    body = "Please cancel the Saturday booking for the hall."
    assert findings_for(body, from_=CLERK, to=(DEPUTY,), signoff="Helen") == []  # an officer's instruction
    assert findings_for(body, to=(BOWRY,), cc=(CLERK,)) == []  # to a councillor, the clerk copied
    assert findings_for(body, to=(RESIDENT,)) == []  # a letter to an outsider: councillor-name-letter's
    assert findings_for(body, to=(CLERK, SOLICITOR)) == []  # not only council people in To
    assert len(findings_for(body, to=(OFFICE,))) == 1  # a shared staff mailbox is an officer


def test_a_councillor_signing_from_a_personal_or_shared_address():
    body = "Please cancel the Saturday booking for the hall."
    [listed] = findings_for(body, from_=DOE_PERSONAL, signoff="Jane")
    assert listed.subjects == ("Jane Doe",)
    [unlisted] = findings_for(body, from_="Jane <jd1961@example.org>", signoff="Cllr Jane Doe")
    assert unlisted.evidence[0] == "sign-off: Cllr Jane Doe"
    [shared] = findings_for(body, from_=OFFICE, signoff="Cllr Jane Doe")
    assert shared.subjects == ("Jane Doe",)
    assert findings_for(body, from_="Someone <someone@example.org>", signoff="Sam") == []


def test_an_instruction_to_someone_else_on_the_message_is_not_one_to_staff():
    body = "David, please book the venue for the group meeting."
    assert findings_for(body, to=(CLERK, BOWRY)) == []
    assert check(make_message(EVANS, [CLERK, BOWRY], new_text="David,\n\nPlease book the venue.\n\nKeith"),
                 DIRECTORY) == []


def _html_only(html: str, subject: str = "hall") -> bytes:
    """An HTML-only message, as Outlook on the web can send one."""
    head = (f"From: {EVANS}\r\nTo: {CLERK}\r\nSubject: {subject}\r\nMessage-ID: <h@hartsbourne-tc.gov.uk>\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
    return (head + html).encode("utf-8")


def test_only_the_new_text_counts_in_plain_and_html_replies():
    quoted = "From: Cllr Keith Evans\nSent: 03 September 2024 10:02\nTo: Helen Symmons\nSubject: hall\n\n" \
             "Cancel the Saturday booking for the hall.\n"
    raw = make_eml(EVANS, [CLERK], subject="RE: hall", body=f"Thanks Helen, that's fine.\n\nKeith\n\n{quoted}")
    assert check(parse(raw), DIRECTORY) == []
    html = ("<html><body><p>Thanks Helen, that's fine.</p><p>Keith</p><div id=\"divRplyFwdMsg\"><b>From:</b> "
            "Cllr Keith Evans<br><b>Sent:</b> 03 September 2024 10:02<br><b>To:</b> Helen Symmons<br>"
            "<b>Subject:</b> hall</div><p>Cancel the Saturday booking for the hall.</p></body></html>")
    assert check(parse(_html_only(html, "RE: hall")), DIRECTORY) == []
    fired = _html_only("<html><body><p>Helen,</p><p>Cancel the Saturday booking for the hall.</p><p>Keith</p></body></html>")
    assert len(check(parse(fired), DIRECTORY)) == 1


def test_the_staff_vocabulary_leaves_letters_as_they_were():
    """The letters' reading (councillor-name-letter) does not see staff work; staff=True does."""
    sentence = "Chase Greenway about the missed cut today."
    assert not [a for a in analyse(sentence) if a.binding]
    assert [a.act for a in analyse(sentence, staff=True) if a.binding] == [Act.INSTRUCT]
    [left] = analyse("When you get a chance, please chase Greenway.", staff=True)
    assert Modifier.DISCRETION in left.modifiers and not left.binding


def test_hostile_text_is_bounded():
    body = "Please cancel the booking. " * 5000 + ("please ask " + "a " * 3000 + "to")
    findings = findings_for(body)
    assert len(findings) == 1 and len(findings[0].evidence) <= 5


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("pls ring the allotment waiting list tomorrow and offer plot 3 to Mr Okafor", "ring"),
        ("Serve notice on the tenant of the kiosk.", "Serve"),
        ("Have the bins at the far end of the Mill Lane car park emptied first thing tomorrow.", "Have"),
        ("Withdraw item 9 from Thursday's agenda.", "Withdraw"),
        ("Re-issue the agenda tomorrow morning.", "Re-issue"),
        ("Programme the timer today please.", "Programme"),
        ("Put the poster for my ward surgery up on all the noticeboards.", "Put"),
        ("As Leader of the Green group I am telling you to pull the consultation.", "I am telling you to pull"),
        ("The heating in the hall must be on from 7am on Saturdays from now on.",
         "The heating in the hall must be on"),
        ("The park toilets are to stay closed until further notice.", "The park toilets are to stay closed"),
        ("can you make sure the hall is set out for 60 not 40 tonight.", "make sure"),
        ("I've spoken to the Chair and he's fine with it, so pay the band today.", "pay"),
        ("The Chair of the Amenities Committee has agreed, so order the planters this week.", "order"),
    ],
)
def test_second_round_kinds_fire(body, cue):
    [finding] = findings_for(body)
    assert f"“{cue}” — “{body}”" in finding.evidence[1]


@pytest.mark.parametrize(
    "body",
    [
        "pls ring me tomorrow about plot 3",
        "Please put the allotment rents on Thursday's agenda.",
        "Please add this as an agenda item for March.",
        "How is the timer programmed at the moment?",
        "Thanks for having the bins at Mill Lane emptied so quickly.",
        "As Leader of the Green group I'd value your view on the consultation.",
        "The heating in the hall must be expensive to run on Saturdays.",
        "can you make sure the hall is set out for 60 not 40 tonight?",
        "Could you look into how many chairs the hall has?",
        "The Amenities Committee has agreed the planters (minute 44/24), so order them this week.",
        "As resolved by Amenities on 2 May, the heating must be on from 7am on Saturdays from now on.",
        "Please make sure it does not happen again.",
    ],
)
def test_second_round_negatives_do_not_fire(body):
    assert findings_for(body) == []


def test_new_forms_are_bounded_on_hostile_text():
    import time

    bodies = ["have " + "the bins " * 3000, "pls " * 5000, "Put the poster for my " + "ward " * 4000,
              "the heating must " + "be on " * 3000, "so " * 5000 + "pay", "Withdraw from " + "the " * 4000 + "agenda"]
    for body in bodies:
        started = time.perf_counter()
        findings_for(body)
        assert time.perf_counter() - started < 2.0, body[:30]
