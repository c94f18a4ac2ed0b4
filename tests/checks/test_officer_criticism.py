"""officer-criticism: a councillor criticising an officer's conduct or capability in front of the press or public."""

from __future__ import annotations

import pytest

from app.engine.checks.criticism import OfficerReferences, criticisms, fold
from app.engine.checks.criticism.reading import MAX_HITS
from app.engine.checks.officer_criticism import check
from app.engine.directory import directory_from_mapping
from app.engine.message import parse
from app.errors import DirectoryError
from tests.builders import (
    BOWRY, CLERK, COUNCIL, COUNTY, DEPUTY, DOE_PERSONAL, EVANS, RESIDENT, RESIDENT_2, SOLICITOR, make_directory,
    make_eml, make_message,
)

DIRECTORY = make_directory([{"name": "Priya Nair", "role": "officer", "titles": ["rfo"],
                             "emails": ["rfo@hartsbourne-tc.gov.uk"]}])
PRESS = "News Desk <newsdesk@northshire-gazette.co.uk>"


def fire(text: str, from_: str = EVANS, to=(RESIDENT,), **kw):
    return check(make_message(from_, list(to), new_text=text, **kw), DIRECTORY)


@pytest.mark.parametrize(("text", "who", "kind"), [
    ("The clerk is frankly incompetent.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("Helen Symmons has misled the public about the budget.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("Ms Symmons should resign.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("Your RFO has cooked the books.", "Priya Nair (the RFO)", "conduct or capability"),
    ("The Deputy Clerk failed to send the agenda, again.", "Marcus Reid (the Deputy Clerk)", "conduct or capability"),
    ("Thanks to the clerk's incompetence we lost the grant.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("Our useless clerk strikes again.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("Our ever-efficient clerk has lost the forms once more.", "Helen Symmons (the Clerk)", "sarcasm"),
    ("The clerk, in her infinite wisdom, cancelled the fair.", "Helen Symmons (the Clerk)", "sarcasm"),
    ("I blame the clerk entirely.", "Helen Symmons (the Clerk)", "blame"),
    ("I am calling for the resignation of the Town Clerk.", "Helen Symmons (the Clerk)", "dismissal"),
    ("It's time the clerk went.", "Helen Symmons (the Clerk)", "dismissal"),
    ("I have lost all confidence in the Town Clerk.", "Helen Symmons (the Clerk)", "loss of confidence"),
    ("Council officers are lazy and overpaid.", "officers collectively", "conduct or capability"),
    ("The clerk has sat on my complaint for six weeks.", "Helen Symmons (the Clerk)", "conduct or capability"),
    ("The staff at the town hall can't be trusted with public money.", "officers collectively", "conduct or capability"),
])
def test_criticism_of_an_officer_to_the_public_fires(text, who, kind):
    [finding] = fire(f"Dear Ann,\n\n{text}\n\nKeith")
    assert finding.rule == "officer-criticism" and finding.location == "new-text"
    assert who in finding.summary and "Councillor Keith Evans" in finding.summary
    assert any(line.startswith(f"{kind} of {who}: ") and text in line for line in finding.evidence)
    assert finding.evidence[0] == "From: Cllr Keith Evans <cllr.evans@hartsbourne-tc.gov.uk>"
    assert "To: Ann Fletcher <ann.fletcher@example.com>" in finding.evidence


@pytest.mark.parametrize("text", [
    "The clerk has done an outstanding job this year.",
    "The council's decision to close the toilets is wrong.",
    "The grass cutting service has been poor this year.",
    "Cllr Bowry is incompetent and should resign.",
    "Greenscape have made a mess of the verges and are incompetent.",
    "The clerk is on leave until Monday; she will reply then.",
    "The clerk will reply to you directly.",
    "You say the clerk is lazy. I don't agree.",
    "Some residents have called the clerk lazy, which is unfair.",
    "This is not the clerk's fault; the software failed.",
    "I would never say the clerk is incompetent.",
    "If the clerk failed to act, we will find out.",
    "I think the officers' recommendation is wrong.",
    "Police officers failed to attend.",
    "The county council's officers are hopeless on potholes.",
    "The clerk must go to the county office on Tuesday.",
    "The clerk has resigned and leaves in March.",
    "Staff shortages mean the office is closed on Fridays.",
    "Please send it to rfo@hartsbourne-tc.gov.uk, who failed to get it last time.",
    "The clerk sat on the planning committee for months as our adviser.",
    "The clerk failed to receive your email because the server was down.",
    "I have asked the clerk why she ignored your letter.",
    "The clerk lied? Absolutely not.",
    "Officers hid nothing; the costs were in the public papers.",
])
def test_what_is_not_criticism_of_an_officer_does_not_fire(text):
    assert fire(f"Dear Ann,\n\n{text}\n\nKeith") == []


def test_a_pronoun_carries_the_officer_of_the_previous_sentence():
    [finding] = fire("I asked the deputy clerk three times. He simply ignored me.")
    assert "Marcus Reid (the Deputy Clerk)" in finding.summary
    assert finding.subjects == ("Marcus Reid",)
    assert fire("I asked the deputy clerk three times. Then the contractor ignored me.") == []


def test_the_writers_own_words_in_a_press_release_count_and_an_endorsement_counts():
    assert fire('Cllr Keith Evans said: "The clerk has misled councillors."', to=(PRESS,))
    assert fire("You're right, the clerk is hopeless.")
    assert fire("Mrs Fletcher says the clerk is hopeless.") == []


@pytest.mark.parametrize(("to", "cc"), [
    ((BOWRY,), ()),  # another councillor
    ((CLERK,), ()),  # the officer herself
    ((DEPUTY,), ()),  # another officer
    ((SOLICITOR,), ()),  # a partner: the council's solicitors
    ((COUNTY,), ()),  # a partner domain: the principal authority
    (("Monitoring Officer <monitoring.officer@example-district.gov.uk>",), ()),  # a proper channel
    (("Local Government Ombudsman <advice@lgo.org.uk>",), ()),
    (("Jane Doe <jdoe.home@gmail.com>",), ()),  # a councillor's own unlisted address
])
def test_private_channels_are_not_an_audience(to, cc):
    assert fire("The clerk is incompetent and should be sacked.", to=to, cc=cc) == []


def test_the_audience_is_named_press_mass_or_public():
    press = fire("The clerk is incompetent.", to=(PRESS, RESIDENT))
    assert "the press (News Desk" in press[0].summary
    many = [f"Resident {i} <r{i}@example.com>" for i in range(12)]
    mass = check(make_message(EVANS, ["undisclosed-recipients:;"], bcc=many, new_text="The clerk is incompetent."),
                 DIRECTORY)
    assert "a mass audience" in mass[0].summary and "... and 9 more outside recipients" in mass[0].evidence
    newsletter = fire("The clerk is incompetent.", to=("Newsletter <newsletter@hartsbourne-tc.gov.uk>",))
    assert "a mass audience" in newsletter[0].summary
    assert "the public (Ann Fletcher)" in fire("The clerk is incompetent.")[0].summary


def test_a_mailing_list_header_makes_a_mass_audience_even_to_council_addresses():
    raw = make_eml(EVANS, [BOWRY], body="The clerk is incompetent.", headers={"List-Id": "<residents.hartsbourne>"})
    [finding] = check(parse(raw), DIRECTORY)
    assert "a mass audience" in finding.summary


def test_the_press_is_read_from_the_directory():
    data = dict(COUNCIL, press_domains=["hartsbourne-post.example"], press_addresses=["freelance.jo@gmail.com"])
    directory = directory_from_mapping(data)
    for to in ("Jo <freelance.jo@gmail.com>", "Sam <sam@hartsbourne-post.example>"):
        [finding] = check(make_message(EVANS, [to], new_text="The clerk is incompetent."), directory)
        assert "the press" in finding.summary
    assert directory.is_press("sam@hartsbourne-post.example") and not directory.is_press(RESIDENT)
    assert not make_directory().is_press("sam@hartsbourne-post.example")  # optional keys: old directories load
    with pytest.raises(DirectoryError, match="press_addresses: expected a list of email addresses"):
        directory_from_mapping(dict(COUNCIL, press_addresses=["not an address"]))


def test_only_a_councillor_sending_counts_and_an_unlisted_councillor_address_does():
    assert fire("The deputy clerk is incompetent.", from_=CLERK) == []
    assert fire("The deputy clerk is incompetent.", from_=RESIDENT_2) == []
    assert fire("The clerk is incompetent.", from_="Keith Evans <keith.e.1960@gmail.com>")
    assert fire("The clerk is incompetent.", from_=DOE_PERSONAL)


def test_only_the_new_text_counts_not_quoted_history():
    text = "Thank you, I will raise it with the chair.\n\n> The clerk is useless and lazy and should be sacked.\n"
    assert fire(text) == []
    raw = make_eml(EVANS, [RESIDENT], body="Thanks Ann, noted.\n\nOn Mon, 3 Mar 2025, Ann Fletcher wrote:\n"
                                           "> The clerk is useless and should be sacked.\n")
    assert check(parse(raw), DIRECTORY) == []


def test_a_subject_the_sender_wrote_counts_but_not_a_reply_subject():
    assert fire("See attached.", subject="Town clerk must resign, says councillor")
    assert fire("See attached.", subject="Re: The clerk is useless") == []


def test_the_work_is_bounded_on_hostile_text():
    references = OfficerReferences(DIRECTORY)
    many = "The clerk is useless. " * 2_000
    assert len(criticisms(many, "", references, frozenset())) == MAX_HITS
    long_gap = "the clerk " + "is " * 20_000 + "incompetent"
    assert criticisms(long_gap, "", references, frozenset()) == []  # fillers are bounded; text is capped
    assert fold("Siân’s “Clerk”") == "sian's \"clerk\""


def test_a_word_that_begins_with_a_criticism_is_not_one():
    # found by a blind batch of everyday mail: "the clerk's message" read as "the clerk's mess"
    text = "Dear Mr Yeo,\n\nThe clerk's message with the county's reply is attached.\n\nCllr Keith Evans"
    assert check(make_message(EVANS, [RESIDENT], new_text=text), DIRECTORY) == []
    assert check(make_message(EVANS, [RESIDENT], new_text=text.replace("message", "mess")), DIRECTORY) != []
