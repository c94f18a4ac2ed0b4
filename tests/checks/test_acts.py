"""The speech-act analysis: what each sentence does, who does it, and what qualifies it."""

from __future__ import annotations

import pytest

from app.engine.checks.acts import MAX_ACTS, Act, Actor, Modifier, Mood, analyse, disowns_council


def acts(text: str):
    return [(a.act, a.mood, a.actor) for a in analyse(text) if a.binding]


@pytest.mark.parametrize(
    ("sentence", "act", "mood", "actor"),
    [
        ("The youth club may use the pavilion on Fridays.", Act.GRANT, Mood.STATE, Actor.OTHER),
        ("You're welcome to put the gazebo up on the green.", Act.GRANT, Mood.STATE, Actor.ADDRESSEE),
        ("Your booking of the hall for 12 April stands.", Act.GRANT, Mood.STATE, Actor.ADDRESSEE),
        ("The council is happy for the WI to hang bunting from the shelter.", Act.GRANT, Mood.STATE, Actor.NONE),
        ("Sorry, we can't let you have the gallery in October.", Act.REFUSE, Mood.PERFORMATIVE, Actor.WE),
        ("You can't park the van on the green.", Act.REFUSE, Mood.STATE, Actor.ADDRESSEE),
        ("I'm afraid it's a no on the fireworks.", Act.REFUSE, Mood.STATE, Actor.NONE),
        ("Kestrel Landscapes has been awarded the grass-cutting contract.", Act.AWARD, Mood.STATE, Actor.OTHER),
        ("We accept your quotation of £2,340.", Act.ACCEPT, Mood.PERFORMATIVE, Actor.WE),
        ("Yes, we'll take the mower at the trade-in price.", Act.ACCEPT, Mood.PERFORMATIVE, Actor.WE),
        ("The parish council will cover the cost of the skip.", Act.COMMIT, Mood.FUTURE, Actor.COUNCIL),
        ("Your expenses for the training day will be reimbursed in full.", Act.COMMIT, Mood.FUTURE, Actor.NONE),
        ("Consider the hire fee waived.", Act.AWARD, Mood.STATE, Actor.NONE),
        ("The lease on the forge will not be renewed.", Act.CANCEL, Mood.STATE, Actor.OTHER),
        ("We're terminating the cleaning contract from 30 June.", Act.CANCEL, Mood.PERFORMATIVE, Actor.WE),
        ("Our contractor will enter your garden on Thursday.", Act.NOTIFY, Mood.FUTURE, Actor.OTHER),
        ("From April the rent for the kiosk will rise to £3,600.", Act.NOTIFY, Mood.FUTURE, Actor.OTHER),
        ("We're keeping £150 of your deposit for the cleaning.", Act.NOTIFY, Mood.STATE, Actor.NONE),
        ("Remove the trailer from the car park by 6pm tomorrow.", Act.INSTRUCT, Mood.IMPERATIVE, Actor.ADDRESSEE),
        ("Please go ahead with the hedge laying as quoted.", Act.INSTRUCT, Mood.IMPERATIVE, Actor.ADDRESSEE),
        ("Steve, can you get a team to the cemetery first thing tomorrow?", Act.INSTRUCT, Mood.REQUEST, Actor.ADDRESSEE),
        ("I need you to take the broken benches away this week.", Act.INSTRUCT, Mood.REQUEST, Actor.SPEAKER),
        ("The bonfire on plot 9 has to stop.", Act.INSTRUCT, Mood.STATE, Actor.OTHER),
        ("Please supply 20 bags of salt and invoice Ashwell Parish Council.", Act.ORDER, Mood.IMPERATIVE, Actor.ADDRESSEE),
        ("Another 10 bags to the hall please, same account.", Act.ORDER, Mood.IMPERATIVE, Actor.NONE),
        ("You will receive a grant of £300 from the council.", Act.AWARD, Mood.FUTURE, Actor.ADDRESSEE),
        ("You are granted an extension of your opening hours.", Act.GRANT, Mood.STATE, Actor.ADDRESSEE),
        ("The council will be taking the kiosk back on 1 May.", Act.CANCEL, Mood.PERFORMATIVE, Actor.COUNCIL),
        ("We will require the hall to be vacated by 10pm.", Act.INSTRUCT, Mood.FUTURE, Actor.WE),
        ("I approve payment of your invoice for the hedge.", Act.COMMIT, Mood.PERFORMATIVE, Actor.SPEAKER),
        ("The council's insurance will cover the litter pick.", Act.COMMIT, Mood.FUTURE, Actor.COUNCIL),
    ],
)
def test_what_a_sentence_does(sentence, act, mood, actor):
    assert (act, mood, actor) in acts(sentence)


@pytest.mark.parametrize(
    ("sentence", "modifier"),
    [
        ("If the Finance committee agrees on the 9th, we will pay for the coach.", Modifier.CONDITIONAL),
        ("Subject to the full council's approval, the club may use the field.", Modifier.CONDITIONAL),
        ("I'd hope the council will pay for the planters.", Modifier.HEDGED),
        ("I can't promise, but the council will probably cover the cost.", Modifier.HEDGED),
        ("Nothing is agreed yet, so please don't start work.", Modifier.NEGATED),
        ("The council hasn't agreed to waive the hire fee.", Modifier.NEGATED),
        ("Would the council pay for the coach?", Modifier.QUESTION),
        ("Gillian tells me the council will replace the glass.", Modifier.REPORTED),
        ("I will ask officers whether the council will pay for the plaque.", Modifier.DEFERRED),
        ("Speaking personally, I think the council will pay for it.", Modifier.PERSONAL),
        ("Please deliver the logs to my house on Saturday.", Modifier.PERSONAL),
        ("You can book the hall online through the council website.", Modifier.PROCEDURE),
    ],
)
def test_what_qualifies_a_sentence(sentence, modifier):
    found = analyse(sentence)
    assert found, sentence
    assert all(not a.binding for a in found)
    assert any(modifier in a.modifiers for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "I agree the shelter is in a poor state.",
        "You may remember the plans went to committee last year.",
        "We can meet at the hall on Thursday.",
        "The district council will resurface the lane in the spring.",
        "Horse riders and cyclists can use the restricted byway.",
        "Could you send me a couple of photos of the flooding?",
        "Please find attached the agenda.",
        "We'll take a look at the drainage in June.",
        "You must be relieved the water has gone down.",
        "Rhodri - as Gillian says below, the skip has to go.",  # endorsed, not reported: binds (checked below)
    ][:-1],
)
def test_sentences_that_do_nothing_binding(text):
    assert acts(text) == []


def test_endorsing_an_officer_is_no_report():
    assert (Act.INSTRUCT, Mood.STATE, Actor.OTHER) in acts("Rob - as Gillian says below, the skip has to go.")


def test_evidence_names_the_sentence_and_the_cue():
    text = "Dear Mrs Clegg,\n\nThanks for your note. The council will pay for the new fence.\n\nKind regards,\nEleanor"
    [act] = analyse(text)
    assert act.sentence == "The council will pay for the new fence."
    assert act.cue == "The council will pay"
    assert text[act.cue_span[0] : act.cue_span[1]] == act.cue
    assert act.kind == "commitment"


def test_quoted_lines_signatures_and_disclaimers_are_not_read():
    text = ("Thanks, noted.\n\n> The council will pay for the repair.\n\n--\nCllr Eleanor Marsh\n"
            "If you are not the intended recipient you must not copy this email.")
    assert analyse(text) == []
    disclaimer = "Thanks.\n\nThis email is intended for the addressee only; you must not copy or forward it."
    assert analyse(disclaimer) == []


def test_a_wrapped_sentence_is_one_sentence():
    text = ("Further to Tuesday's meeting I can confirm that the club has permission to use the top\n"
            "green on Sunday afternoons from May until the end of September.")
    [act] = analyse(text)
    assert act.act is Act.GRANT and act.sentence.endswith("end of September.")


def test_letters_not_on_the_councils_behalf():
    assert disowns_council("I am writing in a personal capacity. You must trim the hedge.")
    assert disowns_council("Team - please get the Focus leaflets through doors by Sunday.")
    assert not disowns_council("The Guildhall is a polling station in June, so we have cancelled your booking.")


@pytest.mark.parametrize("text", ["and remove " * 3000, "we'" * 8000, "you can use the hall and we will pay " * 600])
def test_hostile_text_is_bounded(text):
    assert len(analyse(text)) <= MAX_ACTS
