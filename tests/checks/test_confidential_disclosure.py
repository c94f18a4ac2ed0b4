"""confidential-disclosure: marked content reaching outsiders, or councillors not on the original."""

from __future__ import annotations

from dataclasses import replace

from app.engine.checks.confidential_disclosure import check
from app.engine.message.model import Attachment
from tests.builders import (
    BOWRY,
    CLERK,
    COUNTY,
    DEPUTY,
    DOE,
    EVANS,
    RESIDENT,
    RESIDENT_2,
    SOLICITOR,
    earlier,
    make_directory,
    make_message,
)

DIRECTORY = make_directory()
STAFFING = "CONFIDENTIAL\n\nThe caretaker has resigned with effect from Friday.\n\nHelen"


def findings_for(**fields):
    return check(make_message(**fields), DIRECTORY)


# -- fires ---------------------------------------------------------------

def test_marked_subject_to_a_resident():
    [finding] = findings_for(from_=CLERK, to=[RESIDENT], subject="CONFIDENTIAL – staffing",
                             new_text="Dear Mrs Fletcher,\n\nSee attached.\n\nHelen")
    assert finding.rule == "confidential-disclosure"
    assert finding.evidence == ("Subject: CONFIDENTIAL – staffing", "To: Ann Fletcher <ann.fletcher@example.com>")
    assert finding.subjects == ("Ann Fletcher",)
    assert finding.location == "subject"
    assert finding.summary == ("Correspondence marked “CONFIDENTIAL” is being sent to someone outside the "
                               "council (Ann Fletcher).")


def test_officer_email_forwarded_to_a_resident():
    inner = earlier(CLERK, [EVANS], subject="Staffing", body=STAFFING)
    [finding] = findings_for(from_=EVANS, to=[RESIDENT], subject="FW: Staffing", new_text="Ann, see below.",
                             embedded=[inner])
    assert finding.location == "embedded:1"
    assert finding.evidence[0].startswith("forwarded message from Helen Symmons <clerk@hartsbourne-tc.gov.uk>")
    assert "CONFIDENTIAL" in finding.evidence[0]


def test_marked_earlier_message_to_a_councillor_who_was_not_on_it():
    inner = earlier(CLERK, [EVANS], subject="Staffing", body=STAFFING)
    [finding] = findings_for(from_=EVANS, to=[BOWRY], subject="FW: Staffing", embedded=[inner])
    assert finding.subjects == ("David Bowry",)
    assert "Councillor David Bowry, who was not among its original recipients" in finding.summary
    assert finding.evidence[-1] == "To: Cllr David Bowry <cllr.bowry@hartsbourne-tc.gov.uk>"


def test_blind_copied_outsider_counts():
    [finding] = findings_for(from_=DEPUTY, to=[EVANS], bcc=[RESIDENT], subject="Private and confidential")
    assert finding.evidence[-1] == "Bcc: Ann Fletcher <ann.fletcher@example.com>"


def test_attachment_name_and_sensitivity_header():
    base = make_message(CLERK, [RESIDENT], subject="Depot", new_text="Attached.")
    by_name = replace(base, attachments=(Attachment("Part 2 report.pdf", "application/pdf", 10),))
    by_header = replace(base, headers=(("Sensitivity", "Company-Confidential"),))
    assert check(by_name, DIRECTORY)[0].evidence[0] == "attachment: Part 2 report.pdf"
    assert check(by_header, DIRECTORY)[0].evidence[0] == "Sensitivity: Company-Confidential"


# -- does not fire -------------------------------------------------------

def test_standing_disclaimer_is_no_marking():
    text = ("Dear Mrs Fletcher,\n\nBins are now emptied on Thursdays.\n\nHelen\n\n"
            "This email and any attachments are confidential and intended solely for the addressee.")
    assert findings_for(from_=CLERK, to=[RESIDENT], new_text=text) == []


def test_negation_is_no_marking():
    assert findings_for(from_=DOE, to=[RESIDENT], new_text="This is not a confidential matter.") == []


def test_partners_are_trusted():
    assert findings_for(from_=CLERK, to=[SOLICITOR, COUNTY], subject="CONFIDENTIAL – dismissal") == []


def test_internal_only_confidential_mail():
    assert findings_for(from_=CLERK, to=[EVANS, BOWRY, DEPUTY], subject="CONFIDENTIAL", new_text=STAFFING) == []


def test_councillor_who_was_on_the_original():
    inner = earlier(CLERK, [EVANS], cc=[BOWRY], subject="Staffing", body=STAFFING)
    assert findings_for(from_=EVANS, to=[BOWRY], embedded=[inner]) == []


def test_councillor_branch_needs_known_recipients():
    inner = earlier(CLERK, fmt="on-wrote", kind="quote", body=STAFFING)
    assert findings_for(from_=EVANS, to=[BOWRY], embedded=[inner]) == []


def test_reply_to_the_resident_who_marked_their_own_letter():
    inner = earlier(RESIDENT, [CLERK], subject="Private and confidential – noise",
                    body="Private and confidential. The pub plays music until 2am.")
    assert findings_for(from_=CLERK, to=[RESIDENT], subject="RE: Private and confidential – noise",
                        new_text="Thank you, I have passed this on.", embedded=[inner]) == []
    # ...but copying a neighbour in does fire
    assert findings_for(from_=CLERK, to=[RESIDENT], cc=[RESIDENT_2], subject="RE: Private and confidential – noise",
                        new_text="Thank you.", embedded=[inner])


def test_recipient_of_an_enclosing_message_already_had_the_content():
    inner = earlier(CLERK, [EVANS], subject="Staffing", body=STAFFING, depth=2)
    outer = earlier(EVANS, [BOWRY], subject="FW: Staffing", body="David, FYI.\n\n" + STAFFING, depth=1)
    assert findings_for(from_=CLERK, to=[BOWRY], embedded=[outer, inner]) == []
    assert findings_for(from_=CLERK, to=[DOE], embedded=[outer, inner])
