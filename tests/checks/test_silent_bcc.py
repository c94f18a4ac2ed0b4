"""silent-bcc: examples that must fire and hard negatives that must not."""

from __future__ import annotations

import pytest

from app.checks.silent_bcc import check, disclosure_blocks
from tests.builders import (
    BOWRY, CLERK, CLERK_OTHER, COUNTY, DEPUTY, DOE, DOE_PERSONAL, EVANS, OFFICE, RESIDENT,
    RESIDENT_2, SOLICITOR, make_directory, make_message,
)

DIRECTORY = make_directory()


def findings_for(**fields):
    return check(make_message(**fields), DIRECTORY)


# -- fires ---------------------------------------------------------------

def test_councillor_blind_copied_on_officer_email_to_councillor():
    [finding] = findings_for(from_=CLERK, to=[EVANS], bcc=[DOE])
    assert finding.rule == "silent-bcc"
    assert finding.evidence == ("Bcc: Cllr Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>",)
    assert finding.subjects == ("Jane Doe",)  # the directory's name, for "CC Councillor {name}"
    assert finding.location == "header:Bcc"
    assert finding.summary.startswith("Cllr Jane Doe is blind-copied on an email to Cllr Keith Evans")


def test_governed_blind_copy_fires_even_when_visible_recipient_is_a_resident():
    [finding] = findings_for(from_=EVANS, to=[RESIDENT], bcc=[CLERK])
    assert finding.subjects == ("Helen Symmons",)


def test_outside_blind_copy_fires_when_a_councillor_is_visible():
    [finding] = findings_for(from_=DOE, to=[CLERK], bcc=[RESIDENT])
    assert finding.subjects == ("Ann Fletcher",)
    assert finding.evidence == (
        "Bcc: Ann Fletcher <ann.fletcher@example.com>",
        "To/Cc: Helen Symmons <clerk@hartsbourne-tc.gov.uk>",
    )


def test_unlisted_council_mailbox_counts_as_an_officer():
    [finding] = findings_for(from_=CLERK, to=[RESIDENT], bcc=[OFFICE])
    assert "office@hartsbourne-tc.gov.uk" in finding.evidence[0]


def test_sender_on_personal_address_is_still_governed():
    [finding] = findings_for(from_=DOE_PERSONAL, to=[CLERK], bcc=[BOWRY])
    assert finding.subjects == ("David Bowry",)


def test_one_finding_per_undisclosed_blind_copy():
    found = findings_for(from_=CLERK, to=[EVANS], bcc=[DOE, BOWRY],
                         new_text="Dear Keith,\n\nAs discussed.\n\nCC Councillor Jane Doe")
    assert [f.subjects for f in found] == [("David Bowry",)]


def test_disclosure_of_someone_else_does_not_cover_the_blind_copy():
    found = findings_for(from_=CLERK, to=[EVANS], bcc=[BOWRY], new_text="Thanks.\n\ncc: Cllr Doe")
    assert len(found) == 1


def test_copy_line_only_in_quoted_text_does_not_disclose():
    # new_text excludes the quote; the body text still holds the old copy line
    message = make_message(from_=CLERK, to=[EVANS], bcc=[DOE], new_text="Thanks Keith.")
    assert len(check(message, DIRECTORY)) == 1


def test_self_copy_plus_another_councillor_fires_for_the_other_only():
    found = findings_for(from_=CLERK, to=[EVANS], bcc=[CLERK_OTHER, DOE])
    assert [f.subjects for f in found] == [("Jane Doe",)]


def test_address_case_does_not_matter():
    [finding] = findings_for(from_=CLERK, to=[EVANS], bcc=["CLLR.BOWRY@Hartsbourne-TC.gov.uk"])
    assert finding.subjects == ("David Bowry",)


def test_send_on_behalf_from_shared_mailbox():
    [finding] = findings_for(from_=OFFICE, sender=DEPUTY, to=[RESIDENT], bcc=[DOE])
    assert finding.subjects == ("Jane Doe",)


def test_prose_mentioning_a_copy_is_not_a_copy_line():
    found = findings_for(from_=CLERK, to=[EVANS], bcc=[DOE],
                         new_text="I will copy Cllr Doe in next time if you agree.")
    assert len(found) == 1


# -- does not fire -------------------------------------------------------

@pytest.mark.parametrize("own", [CLERK, CLERK_OTHER])
def test_blind_copy_to_self_any_own_address(own):
    assert findings_for(from_=CLERK, to=[EVANS], bcc=[own]) == []


def test_councillor_blind_copying_their_personal_address():
    assert findings_for(from_=DOE, to=[CLERK], bcc=[DOE_PERSONAL]) == []


def test_mass_mailing_to_residents_all_in_bcc():
    assert findings_for(from_=CLERK, to=[CLERK], bcc=[RESIDENT, RESIDENT_2]) == []
    assert findings_for(from_=CLERK, to=[], bcc=[RESIDENT, RESIDENT_2]) == []


def test_outside_blind_copy_with_only_outside_or_partner_recipients_visible():
    assert findings_for(from_=CLERK, to=[RESIDENT], bcc=[RESIDENT_2]) == []
    assert findings_for(from_=CLERK, to=[COUNTY], bcc=[SOLICITOR]) == []


@pytest.mark.parametrize("sender", [SOLICITOR, RESIDENT, COUNTY])
def test_sender_not_governed(sender):
    assert findings_for(from_=sender, to=[CLERK], bcc=[DOE]) == []


@pytest.mark.parametrize("footer", [
    "CC Councillor Jane Doe",
    "cc: Cllr Doe",
    "Copied to: Cllr J. Doe (ward member)",
    "Copy to Councillor Jane Doe",
    "bcc: cllr.doe@hartsbourne-tc.gov.uk",
    "Copied to:\n  Cllr Keith Evans\n  Cllr Jane Doe",
    "(cc Jane Doe)",
    "c.c. Councillor Doe",
])
def test_disclosed_blind_copy(footer):
    text = f"Dear Keith,\n\nThe grass cutting schedule is attached.\n\nRegards\nHelen\n\n{footer}"
    assert findings_for(from_=CLERK, to=[EVANS], bcc=[DOE], new_text=text) == []


def test_disclosed_by_other_listed_address():
    text = "Thanks.\n\nBcc: jane.doe@example.net"
    assert findings_for(from_=CLERK, to=[EVANS], bcc=[DOE], new_text=text) == []


def test_disclosed_outside_party_by_name():
    text = "Thanks.\n\nCopied to Ann Fletcher (complainant)"
    assert findings_for(from_=DOE, to=[CLERK], bcc=[RESIDENT], new_text=text) == []


def test_no_bcc_no_finding():
    assert findings_for(from_=CLERK, to=[EVANS], cc=[DOE]) == []


def test_disclosure_blocks_reads_lists_and_stops_at_blank_line():
    blocks = disclosure_blocks("Hello\nCopied to:\n Cllr A\n Cllr B\n\nCllr C")
    assert blocks == [" Cllr A\n Cllr B"]
