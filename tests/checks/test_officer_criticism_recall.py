"""officer-criticism, the recall round: staff criticised collectively in informal words, criticism inside a
statement for publication, capability words and idioms, a pair of officers and "they", an honorific and
surname, councillors signing from an unlisted address, and list addresses at the council's own domain."""

from __future__ import annotations

import time

import pytest

from app.engine.checks.criticism import OfficerReferences, criticisms
from app.engine.checks.officer_criticism import check
from app.engine.message import parse
from tests.builders import CLERK, EVANS, RESIDENT, RESIDENT_2, make_directory, make_eml, make_message

DIRECTORY = make_directory([{"name": "Priya Nair", "role": "officer", "titles": ["rfo"],
                             "emails": ["rfo@hartsbourne-tc.gov.uk"]}])
PRESS = "News Desk <newsdesk@northshire-gazette.co.uk>"


def fire(text: str, from_: str = EVANS, to=(RESIDENT,), **kw):
    return check(make_message(from_, list(to), new_text=text, **kw), DIRECTORY)


@pytest.mark.parametrize(("text", "who"), [
    # staff collectively, informally
    ("The staff at the Town Council are a lazy lot.", "officers collectively"),
    ("Officers here are useless, plain and simple.", "officers collectively"),
    ("The town office can't even organise a raffle.", "officers collectively"),
    ("Honestly that lot in the office haven't got a clue.", "officers collectively"),
    ("The admin team are a shambles.", "officers collectively"),
    ("What a shower the people at the town hall are.", "officers collectively"),
    ("Council workers couldn't care less about residents.", "officers collectively"),
    ("The officers in this council are a disgrace.", "officers collectively"),
    ("The caretaker is bone idle.", "the caretaker"),
    ("Our events officer made a mess of the fete.", "the events officer"),
    # inside a statement for publication
    ("You can quote me: 'The Clerk has been sloppy and disorganised from day one.'", "Helen Symmons (the Clerk)"),
    ("Happy to go on air tomorrow. Short version: the Clerk has lost control of her staff.",
     "Helen Symmons (the Clerk)"),
    ("Please publish this: \u201cOur Deputy Clerk is simply not up to the job.\u201d", "Marcus Reid (the Deputy Clerk)"),
    # capability words and idioms
    ("The accounts are late because of sloppy book-keeping by our RFO.", "Priya Nair (the RFO)"),
    ("The RFO's shoddy record-keeping cost us the grant.", "Priya Nair (the RFO)"),
    ("Ms Symmons is arrogant and speaks to residents like children.", "Helen Symmons (the Clerk)"),
    ("The clerk has been hiding the true cost of the pavilion.", "Helen Symmons (the Clerk)"),
    ("Marcus Reid is not fit to be Deputy Clerk.", "Marcus Reid (the Deputy Clerk)"),
    ("The fish rots from the head; so also the Clerk is responsible.", "Helen Symmons (the Clerk)"),
    ("The clerk she is not capable for this position.", "Helen Symmons (the Clerk)"),
    ("The clerk has been economical with the truth.", "Helen Symmons (the Clerk)"),
    ("Mister Reid is very disorganised.", "Marcus Reid (the Deputy Clerk)"),
    ("Mr. Reid is hopeless with money.", "Marcus Reid (the Deputy Clerk)"),
    ("The Deputy Clerk should do the decent thing.", "Marcus Reid (the Deputy Clerk)"),
    ("The Clerk has let residents down time and again.", "Helen Symmons (the Clerk)"),
    # a pair of officers, and "they"
    ("The Deputy Clerk and the Clerk were told in March. They have made a mess of it since.",
     "Marcus Reid (the Deputy Clerk) and Helen Symmons (the Clerk)"),
    ("The Clerk and the RFO are both incompetent.", "Helen Symmons (the Clerk)"),
    ("I asked the Clerk and her deputy in June. They have ignored every email since.",
     "Helen Symmons (the Clerk) and Marcus Reid (the Deputy Clerk)"),
    # possessive work, bad work from someone, insults running the office, and the writer's own infinitive
    ("It gives me no pleasure to write that the RFO's figures cannot be relied upon.", "Priya Nair (the RFO)"),
    ("Very poor work from the Deputy Clerk again.", "Marcus Reid (the Deputy Clerk)"),
    ("We have amateurs running the town office.", "officers collectively"),
    ("The Deputy Clerk is doing nothing, only excuses.", "Marcus Reid (the Deputy Clerk)"),
])
def test_recall_round_kinds_fire(text, who):
    [finding] = fire(f"Hello,\n\n{text}\n\nKeith")
    assert who in finding.summary


@pytest.mark.parametrize("text", [
    "The staff at the Town Council are a friendly lot.",
    "The town council can't organise fireworks on this budget.",
    "Our contractors are a lazy lot.",
    "The office is closed on Fridays.",
    "The office of mayor is a big responsibility.",
    "You can quote me: 'The Clerk has been careful and organised from day one.'",
    "Short version: the contractor has lost control of the site.",
    "Sloppy work by the contractor, nothing else.",
    "The Clerk's careful book-keeping saved us money.",
    "The Clerk speaks to the children at assembly on Friday.",
    "A few residents speak to the Clerk like dirt.",
    "The Clerk is responsible for the allotment lettings.",
    "Who is responsible for the hall? The Clerk is responsible.",
    "Marcus Reid is not fit to work yet after his operation.",
    "The Clerk has lost her father this month.",
    "The Clerk can't count the votes until ten.",
    "The Clerk hid the presents for the children's party.",
    "The Clerk is withholding the information, as the law requires.",
    "The Clerk should do the right thing and refund the deposit.",
    "The Clerk and the RFO were there. They were brilliant.",
    "The district council's officers are a lazy lot.",
    "The staff at the district council are useless.",
    "The school caretaker is rude.",
    "The Clerk has no idea when the contractor comes.",
    "The RFO's figures were checked by the auditor and found correct.",
    "Poor weather from the north delayed the Clerk.",
    "Some residents like to say the Clerk is lazy.",
    "It is no secret that the Clerk is on leave.",
])
def test_recall_round_negatives_do_not_fire(text):
    assert fire(f"Hello,\n\n{text}\n\nKeith") == []


def test_a_councillor_signing_from_an_unlisted_address_counts_and_a_resident_does_not():
    text = "Dear Editor,\n\nThe Deputy Clerk is incompetent.\n\nCouncillor Keith Evans"
    assert fire(text, from_="kev1960 <kev1960@hotmail.co.uk>", to=(PRESS,))
    resident = "Dear Editor,\n\nThe Deputy Clerk is incompetent.\n\nKevin Evanson, Church Lane"
    assert fire(resident, from_="kev1960 <kev1960@hotmail.co.uk>", to=(PRESS,)) == []
    assert fire(text, from_="kev1960 <kev1960@hotmail.co.uk>", to=(CLERK,)) == []  # private
    short = "Dear Editor,\n\nThe Deputy Clerk is incompetent.\n\nKeith (Cllr Evans)"
    assert fire(short, from_="kev1960 <kev1960@hotmail.co.uk>", to=(PRESS,))
    constituent = "Dear Editor,\n\nThe Deputy Clerk is incompetent.\n\nMargaret, a constituent of Cllr Keith Evans"
    assert fire(constituent, from_="mags <mags@hotmail.co.uk>", to=(PRESS,)) == []


def test_a_list_address_at_the_councils_domain_is_a_mass_audience_but_a_staff_mailbox_is_not():
    [finding] = fire("The RFO kept back the overspend figures.", to=("e-Bulletin <e-bulletin@hartsbourne-tc.gov.uk>",))
    assert "a mass audience" in finding.summary
    assert fire("The RFO kept back the overspend figures.", to=("Office <office@hartsbourne-tc.gov.uk>",)) == []


def test_an_update_bccd_to_residents_with_the_sender_in_to_fires():
    raw = make_eml(EVANS, [EVANS], bcc=[RESIDENT, RESIDENT_2], body="Dear all,\n\nThe clerk is disorganised.\n")
    assert check(parse(raw), DIRECTORY)


def test_the_new_patterns_stay_bounded_on_hostile_text():
    references = OfficerReferences(DIRECTORY)
    for text in ("Mr. " * 50_000, "the clerk and the rfo and " * 20_000, "that lot in the office " * 20_000,
                 "the clerk speaks to " + "residents " * 50_000 + "like children", "what a " * 50_000 + "the clerk is"):
        started = time.perf_counter()
        criticisms(text, "", references, frozenset())
        assert time.perf_counter() - started < 2.0
