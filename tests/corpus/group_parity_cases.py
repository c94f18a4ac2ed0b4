"""The group-parity corpus's cases, written from the rule's definition before the check was tuned.

A fictional council with four political groups and one councillor of none. Positives: an
officer's advice or report reaching only one group (its members, its shared address, or its
leader with the group named). Hard negatives look like them: the same advice to several
groups or to all councillors, ward casework, logistics, thanks, offers, promises, refusals,
councillors writing, outsiders copied.
"""

from __future__ import annotations

GP = "group-parity"
D = "brackenford-tc.gov.uk"

DIRECTORY = {
    "council": "Brackenford Town Council",
    "domains": [D],
    "partner_domains": ["northshire.gov.uk"],
    "people": [
        {"name": "Helen Marsh", "role": "councillor", "group": "Independent", "titles": ["chair"],
         "emails": [f"cllr.marsh@{D}"]},
        {"name": "Dev Patel", "role": "councillor", "group": "Independent", "emails": [f"cllr.patel@{D}"]},
        {"name": "Rosa Quinn", "role": "councillor", "group": "Independent", "emails": [f"cllr.quinn@{D}"]},
        {"name": "Gareth Evans", "role": "councillor", "group": "Labour", "emails": [f"cllr.evans@{D}"]},
        {"name": "Amira Khan", "role": "councillor", "group": "Labour", "emails": [f"cllr.khan@{D}"]},
        {"name": "Sean Doyle", "role": "councillor", "group": "Labour", "emails": [f"cllr.doyle@{D}"]},
        {"name": "Lily Chen", "role": "councillor", "group": "Green", "emails": [f"cllr.chen@{D}"]},
        {"name": "Tom Hardy", "role": "councillor", "group": "Green", "emails": [f"cllr.hardy@{D}"]},
        {"name": "Peter Ashdown", "role": "councillor", "group": "Conservative", "emails": [f"cllr.ashdown@{D}"]},
        {"name": "Fiona Blake", "role": "councillor", "group": "Conservative",
         "emails": [f"cllr.blake@{D}", "fiona.blake@example.net"]},
        {"name": "Colin Webb", "role": "councillor", "emails": [f"cllr.webb@{D}"]},
        {"name": "Ruth Fielding", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"clerk@{D}", f"ruth.fielding@{D}"]},
        {"name": "Mark Oyelaran", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"mark.oyelaran@{D}"]},
        {"name": "Jen Stokes", "role": "officer", "titles": ["rfo"], "emails": [f"rfo@{D}"]},
        {"name": "Ali Rahman", "role": "officer", "emails": [f"ali.rahman@{D}"]},
    ],
    "groups": {
        "Independent": {"leader": "Helen Marsh"},
        "Labour": {"leader": f"cllr.evans@{D}", "address": f"labour.group@{D}"},
        "Green": {"leader": "Lily Chen", "address": f"greens@{D}"},
        "Conservative": {"leader": "Peter Ashdown"},
    },
}

CLERK = f"Ruth Fielding <clerk@{D}>"
DEPUTY = f"Mark Oyelaran <mark.oyelaran@{D}>"
RFO = f"Jen Stokes <rfo@{D}>"
PLANNER = f"Ali Rahman <ali.rahman@{D}>"
IND = [f"Cllr Helen Marsh <cllr.marsh@{D}>", f"Cllr Dev Patel <cllr.patel@{D}>", f"Cllr Rosa Quinn <cllr.quinn@{D}>"]
LAB = [f"Cllr Gareth Evans <cllr.evans@{D}>", f"Cllr Amira Khan <cllr.khan@{D}>", f"Cllr Sean Doyle <cllr.doyle@{D}>"]
GRN = [f"Cllr Lily Chen <cllr.chen@{D}>", f"Cllr Tom Hardy <cllr.hardy@{D}>"]
CON = [f"Cllr Peter Ashdown <cllr.ashdown@{D}>", f"Cllr Fiona Blake <cllr.blake@{D}>"]
WEBB = f"Cllr Colin Webb <cllr.webb@{D}>"
LAB_BOX = f"Labour Group <labour.group@{D}>"
GRN_BOX = f"Green Group <greens@{D}>"
ALL = f"All Councillors <councillors@{D}>"
LEADERS = [IND[0], LAB[0], GRN[0], CON[0]]
SIGN = "\n\nKind regards,\n\nRuth Fielding\nTown Clerk and Proper Officer\nBrackenford Town Council"

CASES: list[dict] = []


def case(id_: str, fires: bool, why: str, *, voice: str = "plain", from_: str = CLERK, to=(), cc=(),
         subject: str, body: str, quoted=None, attach=None) -> None:
    CASES.append({"id": id_, "fires": fires, "why": why, "voice": voice, "from": from_, "to": list(to),
                  "cc": list(cc), "subject": subject, "body": body, "quoted": quoted, "attach": attach})


# -- positives ----------------------------------------------------------------------------
case("p01", True, "clerk's briefing note to the three Independent councillors", to=IND,
     subject="Briefing note: precept options 2027/28",
     body="Dear Councillors,\n\nAs requested, please find below a short briefing note on the precept options "
          "for 2027/28. Option A holds the precept at £38.20 for a Band D home; option B raises it by 3%."
          " My advice is that option B is needed to keep the general reserve above three months' spending." + SIGN)
case("p02", True, "Labour group's shared address gets the clerk's advice on the lease", voice="html", to=[LAB_BOX],
     subject="Pavilion lease - advice",
     body="Dear Labour Group members,\n\nYou asked whether the council can grant the cricket club a 25-year "
          "lease without going to tender. My advice is that it can, provided the rent is at market value "
          "and Full Council approves the terms." + SIGN)
case("p03", True, "options appraisal sent to the Green group's two councillors", to=GRN,
     subject="Allotment extension - options appraisal",
     body="Lily, Tom,\n\nAttached is the options appraisal you asked for on extending the Mill Lane allotments."
          " It sets out three sites with their costs and the planning risk of each.\n\nRuth",
     attach="Allotment options appraisal.pdf")
case("p04", True, "deputy clerk answers the Conservative group's question on the grant scheme", from_=DEPUTY, to=CON,
     subject="Your group's question on small grants",
     body="Dear Cllr Ashdown and Cllr Blake,\n\nIn answer to your group's question on the small grants scheme: "
          "the scheme is open to constituted groups only, and the panel may not fund a body twice in one year."
          "\n\nBest wishes,\nMark Oyelaran\nDeputy Clerk")
case("p05", True, "phone reply with advice to two Independent councillors", voice="iphone", to=IND[:2],
     subject="Re: can we defer the CCTV item?",
     body="Helen, Dev - my advice is that the CCTV item cannot be deferred again, the grant offer lapses on 30 Nov.",
     quoted=(IND[0], "Ruth, can the group ask for the CCTV item to be deferred to January?\nHelen"))
case("p06", True, "RFO's report on reserves to the Labour members", from_=RFO, to=LAB,
     subject="Reserves position - report for your group",
     body="Dear Councillors,\n\nI have prepared the report on the reserves position your group requested. "
          "Earmarked reserves stand at £142,000 and the general reserve at £96,500.\n\nJen Stokes\nRFO")
case("p07", True, "terse advice to the Green group's shared mailbox", to=[GRN_BOX],
     subject="solar panels",
     body="Advice on the pavilion solar panels: listed building consent is needed first; "
          "the grant can't be claimed before consent.\nR")
case("p08", True, "planning officer briefs the Conservative group on the local plan response", from_=PLANNER, to=CON,
     subject="Local plan consultation - briefing",
     body="Dear Peter and Fiona,\n\nHere is the briefing on the district's local plan consultation you requested."
          " The two sites in our parish are BR3 (120 homes) and BR7 (40 homes); the council's earlier response "
          "objected to BR3 on highway grounds.\n\nAli Rahman\nPlanning Officer")
case("p09", True, "non-native English advice to Labour councillors", from_=PLANNER, to=LAB,
     subject="About the question of the play area",
     body="Dear Councillors,\n\nFor the question you asked me about play area in Hollins Park, I would advise "
          "that the council is the owner of the land and so it must do the safety inspection every year, "
          "not the county.\n\nRegards\nAli")
case("p10", True, "Outlook reply: the clerk's advice on standing orders to the Independent group", voice="outlook-reply",
     to=IND, subject="RE: Standing orders - motion to rescind",
     body="Dear all,\n\nMy advice is that a motion to rescind a resolution made in the last six months needs "
          "the written support of five councillors, under standing order 14." + SIGN,
     quoted=(IND[1], "Ruth,\nCould the group bring back the parking decision at the next meeting?\nDev"))
case("p11", True, "group leader alone, with the group named: a briefing for the Labour group", to=[LAB[0]],
     subject="Briefing for the Labour group",
     body="Dear Gareth,\n\nAs your group asked, here is a briefing on the devolution of the public toilets. "
          "The district would transfer the freehold and a one-off sum of £20,000." + SIGN)
case("p12", True, "html: legal advice summarised for the Conservative councillors", voice="html", to=CON,
     subject="Legal advice - Green Lane footpath",
     body="Dear Councillors,\n\nThe legal advice on the Green Lane footpath is that the council has no power "
          "to close it; only the county can make a diversion order." + SIGN)
case("p13", True, "attached report on street lighting to the Independents", to=IND,
     subject="Street lighting report",
     body="Dear Councillors,\n\nI attach the report on converting the street lights to LED that you asked for."
          + SIGN, attach="Street lighting LED report.pdf")
case("p14", True, "reply from a phone: advice to two Greens on declaring an interest", voice="iphone",
     from_=DEPUTY, to=GRN, subject="Re: interests at planning",
     body="Lily, Tom - on your question I'd advise you both to declare an interest on item 6 and leave the room.",
     quoted=(GRN[0], "Mark, do we need to declare anything on the allotment society application?\nLily"))
case("p15", True, "the clerk gives the Labour group's mailbox the options on the Christmas lights", to=[LAB_BOX],
     subject="Christmas lights contract",
     body="Dear Colleagues,\n\nThe options are: renew with Festive Lighting Ltd at £14,200, or tender for a "
          "three-year contract, which I estimate at £12,000 a year." + SIGN)
case("p16", True, "formal briefing paper to the Conservative group on the neighbourhood plan", to=CON,
     subject="Neighbourhood plan referendum - briefing paper",
     body="Dear Councillors,\n\nPlease find attached a briefing paper on the neighbourhood plan referendum, "
          "as requested by your group." + SIGN, attach="NP referendum briefing.pdf")
case("p17", True, "RFO advises the Green group on VAT for the community hall", from_=RFO, to=GRN,
     subject="VAT on the hall project",
     body="Dear Cllr Chen and Cllr Hardy,\n\nYou asked whether the council can recover the VAT on the hall "
          "project. It can, as the council is the client; the charity cannot.\n\nJen Stokes, RFO")
case("p18", True, "clerk's advice to the Independent group on the co-option process", voice="html", to=IND,
     subject="Co-option to the vacancy",
     body="Dear Helen, Dev and Rosa,\n\nOn your question about filling the Hollins ward vacancy: my advice is "
          "that the council must wait for the fourteen-day notice to run before it can co-opt." + SIGN)
case("p19", True, "Labour leader and member: report on the skate park consultation", from_=DEPUTY, to=LAB[:2],
     subject="Skate park consultation - report",
     body="Gareth, Amira,\n\nAttached is my report on the skate park consultation, which your group requested."
          " 212 responses; 64% support the Hollins Park site.\n\nMark", attach="Skate park consultation report.pdf")
case("p20", True, "terse html advice to Conservatives about the bus shelter", voice="html", from_=PLANNER, to=CON,
     subject="bus shelter",
     body="Peter, Fiona - advice is that the shelter needs no planning permission under Class A. Ali")
case("p21", True, "leader of the Greens alone, group question answered", to=[GRN[0]],
     subject="Your group's question on the cemetery fees",
     body="Dear Lily,\n\nFurther to your group's question on the cemetery fees, I would advise that the council "
          "can set a higher fee for non-residents, as most councils in Northshire do." + SIGN)
case("p22", True, "non-native English: report to the Independent councillors about the market", from_=PLANNER,
     to=IND, subject="Market stall report",
     body="Dear all,\n\nI have prepared the report about the Saturday market like you asked. The stall income "
          "is going down since two years and my advice is to lower the pitch fee for the winter months."
          "\n\nAli Rahman")
case("p23", True, "clerk's advice on the dispensation to two Labour councillors, with a quoted question",
     voice="reply", to=LAB[1:], subject="Re: Dispensation",
     body="Amira, Sean,\n\nMy advice is that you each apply for a dispensation before the budget meeting; "
          "I can grant it under delegated powers." + SIGN,
     quoted=(LAB[1], "Ruth, our group wants to know whether we can vote on the budget given our allotments."))
case("p24", True, "deputy clerk's briefing for the Independent group on the new waste contract", from_=DEPUTY,
     to=IND, subject="Waste contract briefing",
     body="Dear Councillors,\n\nBriefing on the new waste contract, as your group asked:\n\n"
          "- the contract starts in April\n- bins are emptied fortnightly\n- the council pays £2.10 per lift"
          "\n\nMark Oyelaran")
case("p25", True, "RFO's advice to the Conservative group on borrowing", voice="iphone", from_=RFO, to=CON,
     subject="Borrowing approval",
     body="Peter, Fiona - quick answer to your question: borrowing needs DLUHC approval and a public "
          "consultation, my advice would be to start the consultation in January.")
case("p26", True, "html: the Green group's mailbox gets an options paper on tree planting", voice="html",
     from_=PLANNER, to=[GRN_BOX], subject="Tree planting - options",
     body="Dear Green Group,\n\nHere is the options paper on the tree planting scheme you requested."
          " Option 1 plants 200 whips on the recreation ground; option 2 plants 40 standard trees on the verges."
          "\n\nAli Rahman")
case("p27", True, "clerk answers the Labour group's question on the standards complaint process", to=LAB,
     subject="Your group's query on standards complaints",
     body="Dear Councillors,\n\nIn response to your group's query: complaints about councillors go to the "
          "district's Monitoring Officer, not to this council. The council cannot investigate them itself."
          + SIGN)
case("p28", True, "outlook reply, advice to the Independents on a public question at council", voice="outlook-reply",
     from_=DEPUTY, to=IND[1:], subject="RE: Public questions",
     body="Dev, Rosa,\n\nMy advice is that a councillor cannot ask a question in the public session; "
          "put it to the chair in writing three days before.\n\nMark",
     quoted=(IND[2], "Mark,\nCan we ask our question in public participation on Tuesday?\nRosa"))
case("p29", True, "formal report on the youth club to the Green councillors", to=GRN,
     subject="Youth club funding - report",
     body="Dear Councillors,\n\nI have now prepared a report on funding the youth club from April, as "
          "requested. The club needs £9,000 a year; the district's grant covers £4,000 of it." + SIGN)
case("p30", True, "short advice to the Conservatives' leader for his group", to=[CON[0]],
     subject="For your group: the parking motion",
     body="Peter,\n\nFor your group - my advice is that the parking motion is outside the council's powers as "
          "drafted; the council can only ask the county to consult.\n\nRuth")
case("p31", True, "planning officer advises the Labour group's mailbox on an appeal", from_=PLANNER, to=[LAB_BOX],
     subject="Appeal at 14 Mill Lane",
     body="Dear Councillors,\n\nYou asked how the council can take part in the appeal at 14 Mill Lane. "
          "I would advise sending written representations by 3 November; the council cannot appear at a "
          "written-representations appeal.\n\nAli")
case("p32", True, "briefing for the Independent members, Bcc'd copy to the deputy clerk", to=IND,
     cc=[DEPUTY], subject="Briefing: community governance review",
     body="Dear Councillors,\n\nBriefing on the community governance review, as requested at your group meeting:"
          " the district proposes moving the Hollins boundary to the railway line." + SIGN)
case("p33", True, "RFO's advice on the insurance claim to Labour councillors, html", voice="html", from_=RFO,
     to=LAB, subject="Insurance claim - the fallen tree",
     body="Dear Councillors,\n\nYou asked about the claim for the tree that fell on Church Street. "
          "My advice is that the council should not admit liability; the insurer will handle it.\n\nJen")
case("p34", True, "terse: the clerk's advice to two Green councillors on the petition", to=GRN,
     subject="petition",
     body="Lily, Tom\nAdvice re the petition: it can go on the November agenda but the council can't act "
          "on it until the survey is done.\nRuth")
case("p35", True, "a non-native English briefing to the Conservative councillors", from_=PLANNER, to=CON,
     subject="Information for your group about flood plan",
     body="Dear Councillors,\n\nAs you was asking, here is short briefing about the flood plan. The sand bags "
          "store is in the depot and the council must to keep a list of volunteers.\n\nAli Rahman")
case("p36", True, "reply with quoted question, advice to the Independent group's two members", voice="reply",
     from_=DEPUTY, to=[IND[0], IND[2]], subject="Re: Grant to the carnival",
     body="Helen, Rosa,\n\nI would advise against a grant to the carnival this year: it was given £2,000 in May "
          "and the scheme allows one award per year.\n\nMark",
     quoted=(IND[0], "Mark, our group would like to propose a grant to the carnival. Is that possible?\nHelen"))
case("p37", True, "report summary to the Labour group's address and the leader", to=[LAB_BOX, LAB[0]],
     subject="Cemetery capacity report",
     body="Dear Colleagues,\n\nPlease find my report on cemetery capacity, as your group requested. "
          "At the present rate the cemetery is full in 2031." + SIGN, attach="Cemetery capacity report.pdf")
case("p38", True, "phone: clerk's advice to the Conservatives on the chair's casting vote", voice="iphone",
     to=CON, subject="Casting vote",
     body="Peter, Fiona - my advice: the chair has a casting vote on the budget but not on the appointment "
          "of the chair itself.")
case("p39", True, "planning officer's advice to the Greens' address on biodiversity net gain", from_=PLANNER,
     to=[GRN_BOX], subject="Biodiversity net gain",
     body="Dear Councillors,\n\nOn your question about biodiversity net gain at the depot: I would advise that "
          "the council must show a 10% gain, and can buy credits if it cannot do it on site.\n\nAli")
case("p40", True, "html briefing to the Independents on the code of conduct changes", voice="html", to=IND,
     subject="Code of conduct changes - briefing",
     body="Dear Councillors,\n\nHere is the briefing on the new code of conduct that your group asked for. "
          "The main change is the register of gifts over £50." + SIGN)
case("p41", True, "RFO's options to the Green councillors on the reserves policy", from_=RFO, to=GRN,
     subject="Reserves policy - options",
     body="Dear Lily and Tom,\n\nThe options are to keep three months' spending as the general reserve or to "
          "move to six; my advice is to keep three and earmark the rest.\n\nJen")
case("p42", True, "deputy clerk's advice to the Labour leader for the group, terse", from_=DEPUTY, to=[LAB[0]],
     subject="Labour group question - allotment rents",
     body="Gareth\nLabour group question on allotment rents - advice is that rents can rise only with 12 "
          "months' notice.\nMark")
case("p43", True, "outlook reply: options appraisal to Conservative councillors", voice="outlook-reply", to=CON,
     subject="RE: Office move",
     body="Dear Peter and Fiona,\n\nAs requested, an appraisal of the options for the office move: staying "
          "costs £6,500 a year; the library room costs £4,000 but has no disabled access." + SIGN,
     quoted=(CON[0], "Ruth,\nCan you set out the options for the office move for our group?\nPeter"))
case("p44", True, "formal advice to the Independent group on predetermination", to=IND,
     subject="Predetermination - the Mill Lane application",
     body="Dear Councillors,\n\nYour group asked whether members who signed the petition can vote on the "
          "Mill Lane application. My advice is that signing the petition is likely to show predetermination,"
          " so those members should not vote." + SIGN)

# -- hard negatives ----------------------------------------------------------------------
case("n01", False, "same briefing note sent to every group leader", to=LEADERS,
     subject="Briefing note: precept options 2027/28",
     body="Dear Group Leaders,\n\nPlease find below a briefing note on the precept options for 2027/28. "
          "My advice is that option B is needed to keep the general reserve above three months' spending." + SIGN)
case("n02", False, "advice to all councillors through the councillors' list", to=[ALL],
     subject="Pavilion lease - advice",
     body="Dear Councillors,\n\nMy advice is that the council can grant the cricket club a 25-year lease "
          "provided the rent is at market value." + SIGN)
case("n03", False, "one councillor's ward casework answered with advice", to=[IND[1]],
     subject="Fly-tipping behind the Co-op",
     body="Dear Dev,\n\nThanks for passing on your resident's report. My advice is that the resident reports it "
          "to the district online; the council has no enforcement powers." + SIGN)
case("n04", False, "two ward councillors of one group, casework about a resident", from_=DEPUTY, to=LAB[1:],
     subject="Streetlight on Hollins Road",
     body="Amira, Sean,\n\nOn your question about the resident's broken streetlight: I would advise the "
          "resident to log it with the county, which owns that column.\n\nMark")
case("n05", False, "group meeting logistics: room booked", to=IND,
     subject="Group meeting room",
     body="Dear Councillors,\n\nThe committee room is booked for your group meeting on Monday at 6.30pm. "
          "The key is at reception." + SIGN)
case("n06", False, "briefing logistics only: time and place", to=GRN,
     subject="Briefing on Thursday",
     body="Lily, Tom,\n\nThe briefing will be held in Committee Room 2 at 6pm on Thursday.\n\nRuth")
case("n07", False, "thanks to the Labour group for their report on the park", to=LAB,
     subject="Thank you",
     body="Dear Councillors,\n\nThank you for your group's report on the park, which I have passed to the "
          "Amenities Committee.\n\nRuth")
case("n08", False, "promise of a briefing to come", from_=DEPUTY, to=CON,
     subject="Your question on grants",
     body="Peter, Fiona,\n\nI will prepare a briefing on the grant scheme and send it to all groups next week."
          "\n\nMark")
case("n09", False, "offer: would the group like a briefing?", to=[GRN_BOX],
     subject="Briefing offer",
     body="Dear Green Group,\n\nWould your group like a briefing on the local plan before the council meeting?"
          + SIGN)
case("n10", False, "refusal: the clerk cannot advise on party matters", to=IND,
     subject="Re: Leaflet wording",
     body="Dear Councillors,\n\nI'm afraid I cannot advise on the wording of a party leaflet; that is party "
          "business, not council business." + SIGN)
case("n11", False, "a councillor (group leader) sends a report to his own group", from_=LAB[0], to=LAB[1:],
     subject="Our report on the park",
     body="Amira, Sean,\n\nAttached is my report on the park for the group meeting. My advice is we back option 2."
          "\n\nGareth", attach="Park report.pdf")
case("n12", False, "advice to one group but a resident copied in: correspondence with the public", to=CON,
     cc=["Mrs J Carter <jcarter@example.org>"], subject="Hedge at Orchard Close",
     body="Dear Councillors, dear Mrs Carter,\n\nMy advice is that the hedge is the landowner's responsibility, "
          "not the council's." + SIGN)
case("n13", False, "councillors of two groups get the options appraisal", to=[IND[0], LAB[0]],
     subject="Allotment extension - options appraisal",
     body="Helen, Gareth,\n\nAttached is the options appraisal on extending the Mill Lane allotments.\n\nRuth",
     attach="Allotment options appraisal.pdf")
case("n14", False, "one group plus the councillor of no group", to=[*GRN, WEBB],
     subject="Hollins ward - advice on the footpath",
     body="Lily, Tom, Colin,\n\nMy advice is that the footpath diversion is a matter for the county.\n\nRuth")
case("n15", False, "single councillor, advice on her own declaration of interests", to=[CON[1]],
     subject="Your register of interests",
     body="Dear Fiona,\n\nMy advice is that you add your allotment tenancy to your register of interests "
          "within 28 days." + SIGN)
case("n16", False, "chair alone gets a briefing as chair, no group named", to=[IND[0]],
     subject="Chair's briefing for Tuesday",
     body="Dear Helen,\n\nHere is the chair's briefing for Tuesday's meeting: items 4 and 7 need a vote.\n\nRuth")
case("n17", False, "acknowledgement of the group's question, answer promised", voice="iphone", to=LAB,
     subject="Re: your question",
     body="Thanks, received - I'll come back to you with advice after I've spoken to the county.")
case("n18", False, "agenda circulated to every councillor by the list", voice="html", to=[ALL],
     subject="Agenda - Full Council 12 October",
     body="Dear Councillors,\n\nPlease find the agenda for Full Council attached, with the report on the "
          "budget and my advice on the precept at item 9." + SIGN, attach="Agenda FC 12 Oct.pdf")
case("n19", False, "Citizens Advice mentioned to two Independents about a resident", from_=DEPUTY, to=IND[:2],
     subject="Mrs Ellis",
     body="Helen, Dev,\n\nThe resident could go to Citizens Advice about her rent arrears; the council "
          "cannot help with that.\n\nMark")
case("n20", False, "a group's question about room booking answered with a time", to=[LAB_BOX],
     subject="Room for your group",
     body="Dear Colleagues,\n\nYes, the group can use the Hollins room on Wednesday at 7pm; "
          "it is booked in your name." + SIGN)
case("n21", False, "report sent to the Labour group and the leaders of the others", to=[LAB_BOX], cc=LEADERS[1:],
     subject="Cemetery capacity report",
     body="Dear Colleagues,\n\nPlease find my report on cemetery capacity." + SIGN,
     attach="Cemetery capacity report.pdf")
case("n22", False, "forward of an advice email, new text says nothing, quoted text has the advice", voice="reply",
     to=GRN, subject="Re: Solar panels",
     body="Lily, Tom - see below.\n\nRuth",
     quoted=(CLERK, "My advice is that listed building consent is needed first."))
case("n23", False, "a working group's papers to its two members, who happen to be Labour", from_=DEPUTY, to=LAB[1:],
     subject="Play area working group - notes",
     body="Amira, Sean,\n\nThe notes of the play area working group are below. The group agreed to get three "
          "quotes for the new swings.\n\nMark")
case("n24", False, "officer writes to the council's partner and one group leader", from_=PLANNER,
     to=["Sarah Cole <sarah.cole@northshire.gov.uk>"], cc=[CON[0]], subject="Verge cutting",
     body="Dear Sarah,\n\nCould the county cut the verges on Church Street before the show? Cllr Ashdown has "
          "asked.\n\nAli")
case("n25", False, "a question from the officer to the group, no advice", from_=RFO, to=IND,
     subject="Budget bids",
     body="Dear Councillors,\n\nDoes your group have any budget bids for 2027/28? I need them by 30 October.\n\nJen")
case("n26", False, "councillor of the Conservative group writes to her colleague, not an officer",
     from_=CON[1], to=[CON[0]], subject="Briefing",
     body="Peter, my advice is we ask the clerk for a briefing on the flood plan before the meeting.\nFiona")
case("n27", False, "meeting logistics with the word briefing, Teams link", voice="html", from_=DEPUTY, to=GRN,
     subject="Teams link for the briefing",
     body="Lily, Tom,\n\nHere is the Teams link for tomorrow's briefing, which starts at 5.30pm.\n\nMark")
case("n28", False, "thanks for advice received from the county, passed on as news only", to=CON,
     subject="County advice",
     body="Peter, Fiona,\n\nMany thanks for your patience; the county's advice on the bus route has not "
          "arrived yet.\n\nRuth")
case("n29", False, "reply to one councillor's personal expenses question", voice="outlook-reply", from_=RFO,
     to=[LAB[2]], subject="RE: Mileage claim",
     body="Sean,\n\nMy advice is to claim the mileage on the new form; the old one is no longer accepted.\n\nJen",
     quoted=(LAB[2], "Jen,\nWhich form do I use for my mileage?\nSean"))
case("n30", False, "refusal in non-native English to the Independent group", from_=PLANNER, to=IND,
     subject="About the election leaflet",
     body="Dear Councillors,\n\nSorry but I am not able to give advice for the election leaflet, this is "
          "political and not council work.\n\nAli")
case("n31", False, "two groups' shared addresses get the same advice", to=[LAB_BOX, GRN_BOX],
     subject="Christmas lights contract",
     body="Dear Colleagues,\n\nThe options are to renew with Festive Lighting Ltd or to tender." + SIGN)
case("n32", False, "one councillor asked about a resident's planning application, advice given", from_=PLANNER,
     to=[GRN[1]], subject="14 Mill Lane",
     body="Dear Tom,\n\nOn your resident's question: I would advise her to comment on the district's portal "
          "before 3 November.\n\nAli")
case("n33", False, "cancelled group briefing", voice="iphone", to=CON,
     subject="Briefing cancelled",
     body="Peter, Fiona - sorry, tonight's briefing is cancelled, the room flooded. New date to follow.")
case("n34", False, "group leader asks the clerk for advice (councillor to officer)", from_=GRN[0], to=[CLERK],
     subject="Advice please",
     body="Ruth,\n\nCould you advise our group on the cemetery fees before Tuesday?\n\nLily")
case("n35", False, "the clerk asks the Labour group to advise her of their nominee", to=LAB,
     subject="Nominee for the outside body",
     body="Dear Councillors,\n\nPlease advise me of your group's nominee for the Northshire Rural Forum by Friday."
          + SIGN)
case("n36", False, "advice to the whole council: every councillor listed", to=[*IND, *LAB, *GRN, *CON, WEBB],
     subject="Predetermination - the Mill Lane application",
     body="Dear Councillors,\n\nMy advice is that signing the petition is likely to show predetermination."
          + SIGN)
case("n37", False, "report reminder: the annual report is on the website for everyone", to=IND,
     subject="Annual report published",
     body="Dear Councillors,\n\nThe annual report has been published on the council's website and sent to "
          "every household." + SIGN)
case("n38", False, "officer to officer about a group's request", to=[DEPUTY],
     subject="Labour group request",
     body="Mark,\n\nThe Labour group would like a briefing on the grants. My advice is we offer it to every "
          "group at once.\n\nRuth")
case("n39", False, "a councillor's personal address and her colleague: thanks only", to=[CON[0],
     "Fiona Blake <fiona.blake@example.net>"], subject="Thanks",
     body="Peter, Fiona,\n\nThank you both for the advice you gave the working party on Monday.\n\nRuth")
case("n40", False, "resident casework to two Green ward councillors with a report word", from_=DEPUTY, to=GRN,
     subject="Pothole on Station Road",
     body="Lily, Tom,\n\nThe resident's pothole report has gone to the county, reference 88213.\n\nMark")
case("n41", False, "promise to send the options to all groups", from_=RFO, to=CON,
     subject="Re: reserves",
     body="Peter, Fiona,\n\nI will send an options paper on the reserves to all groups after the audit.\n\nJen")
case("n42", False, "group meeting moved, with the word advice in the sign-off", voice="html", to=IND,
     subject="Group meeting moved",
     body="Dear Councillors,\n\nYour group meeting has moved to Tuesday at 7pm in the Hollins room." + SIGN)
case("n43", False, "the clerk asks the Greens whether they want advice, a question", to=GRN,
     subject="Advice on the motion?",
     body="Lily, Tom,\n\nShall I give your group some advice on the wording of the motion before it is "
          "submitted?\n\nRuth")
case("n44", False, "auto-style acknowledgement to the Labour mailbox", to=[LAB_BOX],
     subject="Received: your request for a report",
     body="Received with thanks. The Clerk will reply within ten working days.")
