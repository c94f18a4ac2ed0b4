"""The blind batch of the group-parity corpus: written after the check was tuned, scored before any fix.

Same council and people as group_parity_cases.py; new wording, new voices.
"""

from __future__ import annotations

from group_parity_cases import (
    ALL,
    CLERK,
    CON,
    DEPUTY,
    GRN,
    GRN_BOX,
    IND,
    LAB,
    LAB_BOX,
    LEADERS,
    PLANNER,
    RFO,
    SIGN,
    WEBB,
)

BLIND: list[dict] = []


def case(id_: str, fires: bool, why: str, *, voice: str = "plain", from_: str = CLERK, to=(), cc=(),
         subject: str, body: str, quoted=None, attach=None) -> None:
    BLIND.append({"id": id_, "fires": fires, "why": why, "voice": voice, "from": from_, "to": list(to),
                  "cc": list(cc), "subject": subject, "body": body, "quoted": quoted, "attach": attach})


case("bp01", True, "blind: clerk sets out the legal position for the Greens", to=GRN,
     subject="Legal position on the land at Frog Lane",
     body="Dear Lily and Tom,\n\nYou asked me what the council's legal position is on the land at Frog Lane. "
          "In short, the council holds it in trust for recreation and cannot sell it without consent." + SIGN)
case("bp02", True, "blind: RFO's note on the budget gap to the Labour mailbox", voice="html", from_=RFO, to=[LAB_BOX],
     subject="Budget gap - note for the group",
     body="Dear Colleagues,\n\nAttached is a short note on the budget gap for 2027/28, as your group asked. "
          "The gap is £18,400 before any precept rise.\n\nJen Stokes", attach="Budget gap note.pdf")
case("bp03", True, "blind: phone reply, the deputy clerk advises the Independents", voice="iphone", from_=DEPUTY,
     to=IND, subject="Re: Motion on the speed limit",
     body="All - I'd advise the group to word the motion as a request to the county, the council can't set "
          "speed limits itself.",
     quoted=(IND[0], "Mark, how should our group word the 20mph motion?\nHelen"))
case("bp04", True, "blind: planning officer recommends to the Conservatives", from_=PLANNER, to=CON,
     subject="Re: the Old Forge application",
     body="Dear Councillors,\n\nMy recommendation is that the council objects on heritage grounds; the "
          "conservation officer has raised the same concern.\n\nAli Rahman")
case("bp05", True, "blind: outlook reply with advice on a grant claim to two Labour members",
     voice="outlook-reply", to=LAB[:2], subject="RE: Lottery bid",
     body="Gareth, Amira,\n\nOn your question about the lottery bid: my advice is that the council, not the "
          "friends group, should be the applicant, because the council owns the building." + SIGN,
     quoted=(LAB[0], "Ruth,\nWho should apply for the lottery money, us or the friends group?\nGareth"))
case("bp06", True, "blind: briefing pack attached for the Green group", from_=DEPUTY, to=[GRN_BOX],
     subject="Briefing pack - Hollins Park masterplan",
     body="Hi both,\n\nThe briefing pack on the Hollins Park masterplan is attached, as discussed with your "
          "group.\n\nMark", attach="Hollins Park briefing pack.pdf")
case("bp07", True, "blind: non-native English advice to the Independents on the tenancy", from_=PLANNER, to=IND,
     subject="Question of the tenancy at the lodge",
     body="Dear Councillors,\n\nAbout your question for the lodge tenancy, my advice is the council need to give "
          "two month notice before change the rent, this is in the agreement.\n\nAli")
case("bp08", True, "blind: terse advice to the Conservative pair", from_=RFO, to=CON,
     subject="precept",
     body="Peter, Fiona - my advice: don't go below 2%, reserves won't cover it. Jen")
case("bp09", True, "blind: formal report on the cemetery chapel for the Labour group", voice="html", to=LAB,
     subject="Report: future of the cemetery chapel",
     body="Dear Councillors,\n\nI have written the report on the future of the cemetery chapel that your group "
          "requested. It sets out the repair costs and the three options for the building." + SIGN)
case("bp10", True, "blind: the clerk answers the Green leader's group question", to=[GRN[0]],
     subject="Your group's question",
     body="Dear Lily,\n\nIn reply to your group's question about co-opted members voting: they can vote on "
          "everything except the precept, under the council's standing orders." + SIGN)
case("bp11", True, "blind: options set out for the Independents on the toilets", from_=DEPUTY, to=IND[1:],
     subject="Public toilets - the options",
     body="Dev, Rosa,\n\nAs you asked, the options for the Station Road toilets are: take them over from the "
          "district at £11,000 a year, or let them close in April.\n\nMark")
case("bp12", True, "blind: reply with quoted history, advice to the Conservative group on a vote", voice="reply",
     to=CON, subject="Re: Recorded vote",
     body="Peter, Fiona,\n\nI would advise asking for a recorded vote at the start of the item; it cannot be "
          "asked for once the vote is taken." + SIGN,
     quoted=(CON[1], "Ruth, our group wants a recorded vote on the car park. How do we do that?"))

case("bn01", False, "blind: the same legal position to the four group leaders", to=LEADERS,
     subject="Legal position on the land at Frog Lane",
     body="Dear Group Leaders,\n\nThe council holds the Frog Lane land in trust for recreation and cannot "
          "sell it without consent." + SIGN)
case("bn02", False, "blind: ward casework for one councillor with a recommendation", from_=PLANNER, to=[LAB[2]],
     subject="Your resident's extension",
     body="Dear Sean,\n\nI would advise your resident to apply for a lawful development certificate first.\n\nAli")
case("bn03", False, "blind: group meeting venue changed", voice="iphone", from_=DEPUTY, to=GRN,
     subject="Tonight",
     body="Lily, Tom - tonight's group meeting is in the library instead, the hall is being cleaned.")
case("bn04", False, "blind: thanks to the Independents for the briefing they attended", to=IND,
     subject="Thank you",
     body="Dear Councillors,\n\nThank you for coming to the briefing on Tuesday; it was good to see you all."
          + SIGN)
case("bn05", False, "blind: all-councillor list gets the report", voice="html", from_=RFO, to=[ALL],
     subject="Report: budget gap",
     body="Dear Councillors,\n\nAttached is my report on the budget gap for 2027/28.\n\nJen Stokes",
     attach="Budget gap report.pdf")
case("bn06", False, "blind: two groups reached (Labour mailbox and a Green member)", to=[LAB_BOX, GRN[1]],
     subject="Lottery bid",
     body="Dear Colleagues,\n\nMy advice is that the council should be the applicant for the lottery bid." + SIGN)
case("bn07", False, "blind: the clerk declines to brief a group on its manifesto", to=CON,
     subject="Re: manifesto",
     body="Peter, Fiona,\n\nI'm sorry, but officers can't brief groups on manifesto content.\n\nRuth")
case("bn08", False, "blind: promise of advice next week to the Labour group", from_=PLANNER, to=LAB,
     subject="Re: the Old Forge",
     body="Dear Councillors,\n\nI'll send my advice on the Old Forge application to all members next week.\n\nAli")
case("bn09", False, "blind: one group plus Cllr Webb (no group)", to=[*IND[:2], WEBB],
     subject="Public toilets",
     body="Helen, Dev, Colin,\n\nMy advice is that the council takes over the toilets from April.\n\nRuth")
case("bn10", False, "blind: councillor of the Green group sends advice to her colleague", from_=GRN[0], to=[GRN[1]],
     subject="My advice",
     body="Tom - my advice is that we support the masterplan on Tuesday.\nLily")
case("bn11", False, "blind: a question to the group about dates", to=[GRN_BOX],
     subject="Dates for a briefing?",
     body="Dear Green Group,\n\nWhich evening next week suits your group for the masterplan briefing?" + SIGN)
case("bn12", False, "blind: an officer's casework reply to two Labour ward members with advice", from_=DEPUTY,
     to=LAB[1:], subject="Noise complaint, Church Street",
     body="Amira, Sean,\n\nMy advice is that the complainant contacts the district's environmental health team; "
          "noise is not a council matter.\n\nMark")
