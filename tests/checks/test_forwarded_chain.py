"""forwarded-chain: examples that must fire and hard negatives that must not."""

from __future__ import annotations

import time

import pytest

from app.engine.checks.forwarded_chain import check
from app.engine.message import parse
from tests.builders import (
    BOWRY,
    CLERK,
    CLERK_OTHER,
    COUNTY,
    DEPUTY,
    DOE,
    DOE_PERSONAL,
    EVANS,
    OFFICE,
    RESIDENT,
    RESIDENT_2,
    SOLICITOR,
    earlier,
    make_directory,
    make_eml,
    make_message,
)

DIRECTORY = make_directory()


def findings_for(**fields):
    return check(make_message(**fields), DIRECTORY)


# -- fires ---------------------------------------------------------------

def test_councillor_forwards_officer_email_to_resident():
    [finding] = findings_for(from_=DOE, to=[RESIDENT], embedded=[earlier(CLERK, to=[DOE])])
    assert finding.rule == "forwarded-chain"
    assert finding.evidence == (
        "From: Helen Symmons <clerk@hartsbourne-tc.gov.uk>",
        "To: Ann Fletcher <ann.fletcher@example.com> (not on the earlier email)",
    )
    assert finding.subjects == ("Ann Fletcher",)
    assert finding.location == "embedded:1"
    assert "Helen Symmons (clerk)" in finding.summary and "Ann Fletcher" in finding.summary


def test_councillor_forwards_officer_block_to_another_councillor_recipients_known():
    [finding] = findings_for(from_=DOE, to=[BOWRY], embedded=[earlier(CLERK, to=[DOE])])
    assert finding.subjects == ("David Bowry",)


def test_on_wrote_reply_adding_a_resident_fires_even_though_recipients_unknown():
    found = findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], new_text="Thanks. I've copied Ann in.",
                         embedded=[earlier(CLERK, fmt="on-wrote", kind="quote")])
    assert [f.subjects for f in found] == [("Ann Fletcher",)]
    assert found[0].evidence[0].startswith("On Tue, 3 Sep 2024 at 10:02, Helen Symmons")


def test_blind_copied_resident_is_a_recipient_too():
    [finding] = findings_for(from_=DOE, to=[DOE], bcc=[RESIDENT], embedded=[earlier(CLERK, to=[DOE])])
    assert finding.evidence[1].startswith("Bcc: Ann Fletcher")


def test_nested_officer_message_at_depth_two():
    chain = [earlier(BOWRY, to=[DOE]), earlier(DEPUTY, to=[BOWRY], depth=2)]
    [finding] = findings_for(from_=DOE, to=[RESIDENT], embedded=chain)
    assert finding.location == "embedded:2"


def test_officer_forwards_colleagues_email_to_contractor():
    contractor = "Greenway Grounds <ops@greenwaygrounds.co.uk>"
    [finding] = findings_for(from_=CLERK, to=[contractor], embedded=[earlier(DEPUTY, to=[CLERK])])
    assert finding.subjects == ("Greenway Grounds",)


def test_shared_mailbox_author_is_an_officer():
    [finding] = findings_for(from_=DOE, to=[RESIDENT], embedded=[earlier(OFFICE, to=[DOE])])
    assert finding.subjects == ("Ann Fletcher",)


def test_name_only_outlook_block_resolved_through_directory():
    block = earlier("Helen Symmons", to=["Jane Doe"])
    [finding] = findings_for(from_=DOE, to=[RESIDENT, BOWRY], embedded=[block])
    assert finding.subjects == ("Ann Fletcher", "David Bowry")


def test_attached_officer_message():
    attached = earlier(DEPUTY, to=[EVANS], kind="attached", fmt="rfc822")
    [finding] = findings_for(from_=EVANS, to=[RESIDENT], embedded=[attached])
    assert "attached" in finding.summary


def test_reply_all_adding_one_outsider_names_only_the_outsider():
    block = earlier(CLERK, to=[DOE], cc=[BOWRY, RESIDENT])
    [finding] = findings_for(from_=DOE, to=[CLERK], cc=[BOWRY, RESIDENT, RESIDENT_2],
                             embedded=[block])
    assert finding.subjects == ("Bob Harris",)


def test_councillors_personal_address_not_on_earlier_email_counts():
    block = earlier(CLERK, to=[EVANS])
    [finding] = findings_for(from_=EVANS, to=[DOE_PERSONAL], embedded=[block])
    assert finding.subjects == ("Jane Doe",)


# -- does not fire -------------------------------------------------------

def test_reply_all_to_the_same_people():
    block = earlier(CLERK, to=[DOE], cc=[BOWRY, RESIDENT])
    assert findings_for(from_=DOE, to=[CLERK], cc=[BOWRY, RESIDENT], embedded=[block]) == []


def test_councillor_to_councillor_when_only_on_wrote_is_known():
    block = earlier(CLERK, fmt="on-wrote", kind="quote")
    assert findings_for(from_=DOE, to=[BOWRY], embedded=[block]) == []


@pytest.mark.parametrize("partner", [SOLICITOR, COUNTY])
def test_partner_recipients(partner):
    assert findings_for(from_=DOE, to=[partner], embedded=[earlier(CLERK, to=[DOE])]) == []


@pytest.mark.parametrize("own", [CLERK, CLERK_OTHER])
def test_senders_own_earlier_message(own):
    block = earlier(own, to=[DOE])
    assert findings_for(from_=CLERK, to=[RESIDENT], embedded=[block]) == []


def test_officer_chain_forwarded_internally_to_officers():
    block = earlier(CLERK, to=[DEPUTY])
    assert findings_for(from_=DEPUTY, to=[OFFICE], embedded=[block]) == []


@pytest.mark.parametrize("author", [RESIDENT, BOWRY, COUNTY, SOLICITOR])
def test_earlier_message_not_written_by_an_officer(author):
    assert findings_for(from_=DOE, to=[RESIDENT_2, EVANS], embedded=[earlier(author, to=[DOE])]) == []


def test_same_councillor_under_another_address_was_a_participant():
    block = earlier(CLERK, to=[DOE_PERSONAL])
    assert findings_for(from_=EVANS, to=[DOE], embedded=[block]) == []


def test_forwarding_to_own_personal_address():
    assert findings_for(from_=DOE, to=[DOE_PERSONAL], embedded=[earlier(CLERK, to=[BOWRY])]) == []


def test_unresolvable_name_only_author_is_not_an_officer():
    block = earlier("Someone Unknown", to=["Jane Doe"])
    assert findings_for(from_=DOE, to=[RESIDENT], embedded=[block]) == []


def test_no_embedded_message():
    assert findings_for(from_=DOE, to=[RESIDENT]) == []


# -- through the parser, from stored Sent Items bytes ---------------------

OUTLOOK_BLOCK = (
    "From: Helen Symmons <clerk@hartsbourne-tc.gov.uk>\nSent: 02 September 2024 09:14\n"
    "To: Cllr Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>\nSubject: Grass cutting\n\n"
    "Dear Jane,\n\nThe verges are cut on the 19th.\n\nHelen\n"
)


def test_parsed_inline_forward_to_resident_fires():
    raw = make_eml(DOE, [RESIDENT], subject="FW: Grass cutting",
                   body="Ann, see below.\n\nJane\n\n" + OUTLOOK_BLOCK)
    [finding] = check(parse(raw), DIRECTORY)
    assert finding.evidence[0] == "From: Helen Symmons <clerk@hartsbourne-tc.gov.uk>"


def test_parsed_attached_officer_message_fires():
    attached = make_eml(DEPUTY, [DOE], subject="Hall keys", body="Jane, keys are at reception.\n",
                        message_id="<earlier.1@hartsbourne-tc.gov.uk>")
    raw = make_eml(DOE, [RESIDENT], subject="FW: Hall keys", body="Attached.\n",
                   attach_messages=[attached])
    [finding] = check(parse(raw), DIRECTORY)
    assert finding.subjects == ("Ann Fletcher",) and "attached" in finding.summary


def test_parsed_reply_all_to_same_people_does_not_fire():
    raw = make_eml(DOE, [CLERK], subject="RE: Grass cutting", body="Thanks Helen.\n\n" + OUTLOOK_BLOCK)
    assert check(parse(raw), DIRECTORY) == []


def test_many_recipients_stay_fast_and_evidence_is_capped():
    residents = [f"Resident {i} <r{i}@example.com>" for i in range(4000)]
    block = earlier(DEPUTY, to=[CLERK, *residents[:2000]])
    message = make_message(from_=CLERK, to=[EVANS], bcc=residents, embedded=[block])
    started = time.perf_counter()
    [finding] = check(message, DIRECTORY)
    assert time.perf_counter() - started < 2.0  # was 8 s with pairwise comparison
    assert len(finding.subjects) == 2001  # the chair (recipients known) and 2,000 new residents
    assert len(finding.evidence) == 12
    assert finding.summary.endswith(
        "to Cllr Keith Evans, Resident 2000 (outside the council), Resident 2001 (outside the council)"
        " and 1998 others, who were not on it."
    )


def test_name_only_council_mailbox_is_an_officer():
    block = earlier("Hartsbourne Town Council", to=["Jane Doe"])
    [finding] = findings_for(from_=DOE, to=[RESIDENT], embedded=[block])
    assert "Hartsbourne Town Council (council mailbox)" in finding.summary


def test_name_only_participants_match_recipients_by_name():
    block = earlier("Helen Symmons", to=["Jane Doe"], cc=["Ann Fletcher", "Symmons, Helen"])
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], embedded=[block]) == []


# -- reply-all when only "On … wrote:" is known: who was on it, on evidence ----

def test_reply_all_to_someone_the_officer_greeted_does_not_fire():
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body="Dear Mrs Fletcher and Cllr Doe,\n\nThe hedge ...")
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], embedded=[quoted]) == []


@pytest.mark.parametrize("greeting", ["Hi Ann,", "Annwyl Ann Fletcher,", "Good morning Ann and Jane", "Dear Ann"])
def test_greetings_in_several_forms_name_the_recipient(greeting):
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body=f"{greeting}\n\nThe hedge ...")
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], embedded=[quoted]) == []


def test_a_greeting_to_someone_else_still_fires():
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body="Dear Mr Harris,\n\nThe hedge ...")
    [finding] = findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], new_text="Adding Mrs Fletcher.",
                             embedded=[quoted])
    assert finding.subjects == ("Ann Fletcher",)


def test_a_greeting_does_not_count_when_the_recipients_are_stated():
    block = earlier(CLERK, to=[DOE], body="Dear Ann,\n\nThe hedge ...")  # an Outlook block says who got it
    [finding] = findings_for(from_=DOE, to=[RESIDENT], embedded=[block])
    assert finding.subjects == ("Ann Fletcher",)


def test_reply_all_to_the_author_of_the_message_the_officer_answered_does_not_fire():
    answered = earlier(RESIDENT, to=[CLERK], fmt="on-wrote", kind="quote", depth=2)
    reply = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the list.")
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], embedded=[reply, answered]) == []


def test_the_answered_messages_recipients_count_but_a_new_resident_still_fires():
    answered = earlier(RESIDENT, to=[CLERK, RESIDENT_2], depth=2)
    reply = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the list.")
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT_2], embedded=[reply, answered]) == []
    other = "Carol Dunn <carol.dunn@example.net>"
    [finding] = findings_for(from_=DOE, to=[CLERK], cc=[other], new_text="Carol, see Helen's reply.",
                             embedded=[reply, answered])
    assert finding.subjects == ("Carol Dunn",)


def test_a_message_at_the_same_depth_is_not_the_one_answered():
    first = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the list.")
    unrelated = earlier(RESIDENT, to=[DOE], depth=1)
    [finding] = findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], new_text="Copying Ann in.",
                             embedded=[first, unrelated])
    assert finding.location == "embedded:1"


# -- evidence quotes the line that names the author ---------------------------

@pytest.mark.parametrize(
    ("block", "line"),
    [
        ("-----Neges Wreiddiol-----\nOddi wrth: Helen Symmons <clerk@hartsbourne-tc.gov.uk>\n"
         "Anfonwyd: 02 Medi 2024 09:14\nAt: Cllr Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>\nPwnc: Gwair\n",
         "Oddi wrth: Helen Symmons <clerk@hartsbourne-tc.gov.uk>"),
        ("-----Ursprüngliche Nachricht-----\nVon: Helen Symmons\n<clerk@hartsbourne-tc.gov.uk>\n"
         "Gesendet: Montag, 2. September 2024 09:14\nAn: Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>\nBetreff: Gras\n",
         "Von: Helen Symmons <clerk@hartsbourne-tc.gov.uk>"),
        ("________________________________\n**From:** Helen Symmons <clerk@hartsbourne-tc.gov.uk>\n"
         "**Sent:** Monday, 2 September 2024 09:14\n**To:** Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>\n"
         "**Subject:** Grass\n",
         "**From:** Helen Symmons <clerk@hartsbourne-tc.gov.uk>"),
        ("-------- Original Message --------\nSubject: Grass\nDate: Mon, 2 Sep 2024 09:14:06 +0100\n"
         "From: Helen Symmons <clerk@hartsbourne-tc.gov.uk>\nTo: Jane Doe <cllr.doe@hartsbourne-tc.gov.uk>\n",
         "From: Helen Symmons <clerk@hartsbourne-tc.gov.uk>"),
        ("Ar Llun, 2 Medi 2024 am 09:14, Helen Symmons <\nclerk@hartsbourne-tc.gov.uk> ysgrifennodd:\n",
         "Ar Llun, 2 Medi 2024 am 09:14, Helen Symmons <clerk@hartsbourne-tc.gov.uk> ysgrifennodd:"),
    ],
)
def test_evidence_starts_with_the_authors_own_line(block, line):
    body = "Ann, see below.\n\nJane\n\n" + block + ("\n> Dear Jane,\n> The verges.\n" if "ysgrifennodd" in block
                                                    else "\nDear Jane,\nThe verges.\n")
    raw = make_eml(DOE, [RESIDENT], subject="FW: Grass", body=body)
    [finding] = check(parse(raw), DIRECTORY)
    assert finding.evidence[0] == line


@pytest.mark.parametrize("text", ["Thanks Helen, that's helpful.", "Diolch yn fawr.", "Merci.", ""])
def test_a_silent_reply_all_to_the_author_keeps_the_people_already_there(text):
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the October list.")
    assert findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT], new_text=text, embedded=[quoted]) == []


@pytest.mark.parametrize("text", ["I've copied in Mr Harris, who reported it.", "Rwyf wedi copïo Bob i mewn.",
                                  "Bob - see Helen's answer.", "Looping in Bob Harris."])
def test_a_reply_that_introduces_someone_new_fires(text):
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the October list.")
    [finding] = findings_for(from_=DOE, to=[CLERK], cc=[RESIDENT_2], new_text=text, embedded=[quoted])
    assert finding.subjects == ("Bob Harris",)


def test_passing_a_quote_to_someone_other_than_its_author_fires_without_an_introduction():
    quoted = earlier(CLERK, fmt="on-wrote", kind="quote", body="The hedge is on the October list.")
    [finding] = findings_for(from_=DOE, to=[RESIDENT], new_text="FYI.", embedded=[quoted])
    assert finding.subjects == ("Ann Fletcher",)
