"""councillor-name-letter: obligations and instructions to outsiders in a councillor's name."""

from __future__ import annotations

import pytest

from app.engine.checks.councillor_name_letter import check
from app.engine.checks.signoff import signer
from tests.builders import (
    CLERK,
    COUNTY,
    DOE,
    EVANS,
    OFFICE,
    RESIDENT,
    earlier,
    make_directory,
    make_message,
)

DIRECTORY = make_directory()


def letter(body: str, signoff: str = "Yours sincerely,\n\nCllr Keith Evans") -> str:
    return f"Dear Mrs Fletcher,\n\n{body}\n\n{signoff}"


def findings_for(body: str, from_: str = EVANS, to=(RESIDENT,), signoff: str = "Yours sincerely,\n\nKeith", **kw):
    return check(make_message(from_, list(to), new_text=letter(body, signoff), **kw), DIRECTORY)


@pytest.mark.parametrize(
    ("body", "kind", "cue"),
    [
        ("The council will pay for a replacement fence panel.", "commitment", "The council will pay"),
        ("We will reimburse your cleaning costs.", "commitment", "We will reimburse"),
        ("I confirm the council will carry out the repair.", "commitment", "the council will carry out"),
        ("You have permission to use the recreation ground on Saturday.", "permission", "have permission"),
        ("Permission is refused for the bouncy castle.", "permission", "Permission is refused"),
        ("This letter serves as formal notice that your tenancy ends.", "notice", "This letter serves as formal notice"),
        ("Notice is hereby given that the booking is cancelled.", "notice", "Notice is hereby given"),
        ("You must remove the caravan by Friday.", "instruction", "You must remove"),
        ("You are instructed to stop work immediately.", "instruction", "You are instructed to stop"),
        ("Please ensure the hedge is cut by 31 July.", "instruction", "ensure"),
    ],
)
def test_obligation_in_a_councillors_name(body, kind, cue):
    [finding] = findings_for(body)
    assert finding.rule == "councillor-name-letter"
    assert finding.evidence[0] == "From: Cllr Keith Evans <cllr.evans@hartsbourne-tc.gov.uk>"
    assert finding.evidence[1].startswith(f"{kind} (")
    assert f"“{cue}” — “{body}”" in finding.evidence[1]  # the cue, then the sentence that fired
    assert finding.evidence[-1] == "To: Ann Fletcher <ann.fletcher@example.com>"
    assert finding.subjects == ("Keith Evans",)
    assert finding.summary.startswith("A letter in Councillor Keith Evans's name to Ann Fletcher")


@pytest.mark.parametrize("signoff", ["Yours sincerely,\n\nCllr Keith Evans",
                                     "Yours sincerely,\n\nCouncillor Keith Evans\nChairman",
                                     "Kind regards,\nK. Evans, Chairman",
                                     "Yours sincerely,\n\nThe Chairman"])
def test_officer_sends_a_letter_signed_by_a_councillor(signoff):
    [finding] = findings_for("The council will pay for the repair.", from_=OFFICE, signoff=signoff)
    assert finding.evidence[0].startswith("sign-off: ")
    assert finding.subjects == ("Keith Evans",)


@pytest.mark.parametrize(
    "body",
    [
        "I have asked the clerk to look into the blocked drain.",
        "I will raise this with officers at the next meeting.",
        "In my personal view the council will pay in the end, but it is for the full council.",
        "I cannot commit the council to paying for the damage.",
        "The council has not agreed to pay your legal costs.",
        "If the council agrees in November, we will reimburse your skip hire.",
        "I will ask officers whether the council will pay for the plaque.",
        "You must be very frustrated by the potholes.",
        "I urge you to raise this with the minister; the council would welcome a meeting.",
    ],
)
def test_no_obligation(body):
    assert findings_for(body) == []


def test_personal_capacity_letter():
    body = "I am writing in a personal capacity, not on behalf of the council. You must trim the hedge."
    assert findings_for(body) == []


def test_clerk_signed_obligations():
    assert findings_for("The council will pay.", from_=CLERK, signoff="Yours sincerely,\n\nHelen Symmons\nClerk") == []
    on_behalf = "Yours sincerely,\n\nHelen Symmons\nClerk, on behalf of the Chairman, Cllr Keith Evans"
    assert findings_for("You must remove the caravan by Friday.", from_=CLERK, signoff=on_behalf) == []


def test_copy_line_is_not_a_signature():
    assert findings_for("The council will pay.", from_=CLERK, signoff="Helen Symmons\nClerk\ncc Cllr Keith Evans") == []


def test_only_new_text_counts():
    quoted = earlier(CLERK, [RESIDENT], body="You must remove the skip by Friday.")
    assert check(make_message(DOE, [RESIDENT], new_text="I hope this is resolved soon.\n\nJane",
                              embedded=[quoted]), DIRECTORY) == []


def test_internal_and_partner_recipients_do_not_fire():
    assert findings_for("Please ensure the hedge is cut by Friday.", to=(CLERK,)) == []
    assert findings_for("The council will pay for the signs.", to=(COUNTY,)) == []


def test_signer_is_first_governed_person_named():
    text = "Dear all,\n\nThanks.\n\nKind regards,\nHelen Symmons\nClerk\nChairman: Cllr Keith Evans"
    person, line = signer(text, DIRECTORY)
    assert (person.name, line) == ("Helen Symmons", "Helen Symmons")


def test_short_form_of_a_councillors_name_signs_from_a_shared_mailbox():
    directory = make_directory([{"name": "Patricia Grey", "role": "councillor", "emails": ["cllr.grey@hartsbourne-tc.gov.uk"]}])
    text = ("Dear Revd Pike,\n\nThe council will cover the heating for the Christmas lunch.\n\n"
            "With best wishes for the season,\n\nPat Grey\nCouncillor\n\n--\nHartsbourne Town Council\n"
            "The Guildhall, Market Place\n")
    [finding] = check(make_message(OFFICE, [RESIDENT], new_text=text), directory)
    assert finding.evidence[0] == "sign-off: Pat Grey"
    assert finding.subjects == ("Patricia Grey",)


def test_a_one_line_note_signed_at_its_end():
    text = "Hi Ann, we'll knock 20% off the hall hire through March while the heating is fixed. Thanks, Keith (Cllr Evans)"
    [finding] = check(make_message("Keith <keith.e.1960@example.net>", [RESIDENT], new_text=text), DIRECTORY)
    assert finding.evidence[0] == "sign-off: Thanks, Keith (Cllr Evans)"


def test_instruction_on_top_of_a_forwarded_officer_email():
    quoted = earlier(CLERK, [RESIDENT], body="The skip outside number 4 is on the verge without a licence.")
    text = "Ann - as Helen says below, the skip has to go by Monday.\n\nKeith"
    [finding] = check(make_message(EVANS, [RESIDENT], new_text=text, embedded=[quoted]), DIRECTORY)
    assert "the skip has to go" in finding.evidence[1]


@pytest.mark.parametrize(
    "body",
    [
        "Subject to the committee's approval next week, your club may use the field on Sundays.",
        "Gillian tells me the council will be replacing the bus shelter glass next month.",
        "I'd hope the council can find the money for the planters, but I can't promise anything.",
        "Whether the council funds the lights will be decided in January.",
        "Please deliver a load of logs to my house on Saturday and I'll pay cash.",
    ],
)
def test_qualified_or_personal_sentences_do_not_fire(body):
    assert findings_for(body) == []


def test_unlisted_address_under_a_councillors_own_name():
    text = "Dear Mrs Fletcher,\n\nThe council will pay for the new fence panel.\n\nBest wishes"
    [finding] = check(make_message("Keith Evans <keith.evans1960@example.net>", [RESIDENT], new_text=text), DIRECTORY)
    assert finding.evidence[0] == "From: Keith Evans <keith.evans1960@example.net> (the name of Councillor Keith Evans)"
    assert check(make_message("Keith Evansson <k@example.net>", [RESIDENT], new_text=text), DIRECTORY) == []


def test_footer_boilerplate_is_not_an_instruction():
    body = ("Thanks for the photos.\n\nPlease consider the environment before printing this email.\n"
            "Please do not reply to this email; this mailbox is not monitored.\n"
            "Please don't print this email unless you really need to.")
    assert findings_for(body) == []


def test_a_vice_chair_signs_by_title_from_the_office_mailbox():
    directory = make_directory([{"name": "Ruth Allen", "role": "councillor", "titles": ["vice-chair"],
                                 "emails": ["cllr.allen@hartsbourne-tc.gov.uk"]}])
    text = "Dear Mrs Fletcher,\n\nYour booking of the hall for 12 April stands.\n\nYours sincerely,\n\nVice-Chair"
    [finding] = check(make_message(OFFICE, [RESIDENT], new_text=text), directory)
    assert finding.subjects == ("Ruth Allen",)


# Found by a blind batch (December 2026); each case is written afresh in other words.
@pytest.mark.parametrize(
    "body",
    [
        "I'm afraid I can't grant you permission myself, it's for the council to decide at its next meeting.",
        "Sorry, I cannot approve the hire fee waiver myself - only the full council can do that.",
        "Please bring two bags of seed potatoes to the farm on Monday and invoice me as usual.",
        "Option 2: close the car park overnight and install a height barrier. Option 3: do nothing.",
        "The survey closes on Friday, so please do fill in the section about the play area.",
    ],
)
def test_deferred_personal_listed_or_inviting_sentences_do_not_fire(body):
    assert findings_for(body) == []


def test_consider_the_fee_waived_after_a_long_object_still_binds():
    body = "Please consider the hire charge for your Tuesday evening sessions in the small committee room waived."
    [finding] = findings_for(body)
    assert "waived" in finding.evidence[1]


@pytest.mark.parametrize("to", ["Ward 4 Conservatives <ward4tories@gmail.com>", "Labour Campaign Team <team@example.org>",
                                "Kingsway Green Party <office@kingsway-greenparty.org>"])
def test_a_letter_to_a_party_team_is_party_business(to):
    body = "Please get the new leaflets out by Sunday and send the canvass returns to me."
    assert findings_for(body, to=(to,)) == []
    assert findings_for("Please remove the old benches from the green by Friday.", to=(RESIDENT,)) != []


# Found by a second blind batch (a parish council; December 2026), each written afresh.
@pytest.mark.parametrize(
    "body",
    [
        "I'm sorry, but the council will not fund the new nets for the cricket club this year.",
        "THE SHED YOUR GROUP HAS PUT ON THE ALLOTMENTS WAS NEVER APPROVED BY THE COUNCIL AND PERMISSION IS REFUSED.",
        "Your trailer has been on the green since Easter. It is to be removed by Friday 12 June.",
        "yes you can pitch up on the green for the carnival, no pitch fee from us this year",
        "I should be grateful if you would clear the ditch, and the council will reimburse the hire of the digger up to £200.",
    ],
)
def test_refusals_deadlines_and_grants_in_other_words(body):
    assert findings_for(body) != []


@pytest.mark.parametrize(
    "body",
    [
        "Can your men hedge the lane behind my cottage next week? Bill my farm account, not the parish.",
        "MY PHONE LINE HAS BEEN DEAD FOR A WEEK. SEND SOMEONE TODAY OR I WILL CANCEL MY CONTRACT.",
        "Do give Margaret a call when you can, she would love to hear from you.",
        "I don't think the council will pay for that, but I'll ask.",
    ],
)
def test_personal_business_invitations_and_doubts_do_not_fire(body):
    assert findings_for(body) == []


def test_a_councillor_the_directory_does_not_list_yet_signs_with_the_councils_name():
    text = ("Dear Mr Fletcher,\n\nThe council will replace the broken bench at no cost to you.\n\n"
            "Regards,\n\nCllr Dana Whitcombe\nHartsbourne Town Council")
    [finding] = check(make_message("Dana Whitcombe <dana.w@example.net>", [RESIDENT], new_text=text), DIRECTORY)
    assert finding.subjects == ("Dana Whitcombe",) and "not in the directory" in finding.evidence[0]
    elsewhere = text.replace("Hartsbourne Town Council", "Northvale District Council")
    assert check(make_message("Dana Whitcombe <dana.w@example.net>", [RESIDENT], new_text=elsewhere), DIRECTORY) == []


# Found by blind batches from a borough and a market town (December 2026), written afresh.
@pytest.mark.parametrize("body", [
    "Members agreed last night to the hire charge increase of 5% for the pavilion.",
    "The minutes aren't secret - it's on the council website under Meetings.",
    "We have four allotment plots free on Station Road.",
    "The plot rent is £30 a year, water included.",
])
def test_reports_nouns_and_levels_do_not_fire(body):
    assert findings_for(body) == []


@pytest.mark.parametrize("body", [
    "The council will increase its grant to the museum by £5,000 next year.",
    "Please revise the event plan and send it to me by Friday.",
    "From Monday, grit the school route every morning until further notice.",
    "Your plot rent will be £34 from 1 October.",
])
def test_increases_revisions_and_rents_from_a_date_fire(body):
    assert findings_for(body) != []


def test_a_councillors_name_under_a_long_office_bulletin_signs_an_article_not_the_email():
    article = "Please keep dogs on leads near the pond. " * 220 + "\n\nCllr Keith Evans"
    office = check(make_message(OFFICE, [RESIDENT], new_text=article), DIRECTORY)
    assert office == []
    assert check(make_message(OFFICE, [RESIDENT], new_text="Please remove the van by Friday.\n\nCllr Keith Evans"), DIRECTORY)


@pytest.mark.parametrize("body", [
    "The depot site is allocated for 40 homes in the neighbourhood plan.",
    "The report stayed private until the lease was awarded.",
    "Pay award 3.1%",
])
def test_allocations_past_awards_and_headings_do_not_fire(body):
    assert findings_for(body) == []


def test_a_greeting_to_someone_whose_name_is_a_verb_is_not_an_instruction():
    text = "Dear Bill,\n\nThanks for the quote for the fencing; we will discuss it on Tuesday.\n\nCllr Keith Evans"
    assert check(make_message(EVANS, [RESIDENT], new_text=text), DIRECTORY) == []
    assert findings_for("Your plot has been allocated to you from 1 March.") != []


@pytest.mark.parametrize("to", ["Green Kiosk <greenkiosk@example.co.uk>", "Labour Exchange Cafe <hello@labourexchange.example>"])
def test_a_business_whose_name_is_also_a_party_word_is_not_a_party(to):
    assert findings_for("Your rent for the kiosk will rise to £3,600 a year from 1 April.", to=(to,)) != []


@pytest.mark.parametrize("body", ["Happy for you to quote me on that.", "I'm content for you to use my comments above."])
def test_leave_to_quote_the_writer_grants_nothing_of_the_councils(body):
    assert findings_for(body) == []
    assert findings_for("Happy for you to use the green for the fair on Saturday.") != []
