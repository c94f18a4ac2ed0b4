"""The group-parity recall batch: a second council, written for the kinds a blind batch found missed.

Ashcombe Regis Town Council has three political groups, councillors with personal addresses listed
in the directory, an unlisted clerk's mailbox and the district's Monitoring Officer as a partner.
Each kind has positives in several voices and hard negatives that differ only where the rule's
definition says: several groups, one councillor's own matter, thanks, promises, logistics, admin
reminders, a partner writing, or a council working group or committee (not the political group).
"""

from __future__ import annotations

GP = "group-parity"
D = "ashcombe-regis-tc.gov.uk"

DIRECTORY = {
    "council": "Ashcombe Regis Town Council",
    "domains": [D],
    "partner_domains": ["eastvale.gov.uk"],
    "people": [
        {"name": "Nia Roberts", "role": "councillor", "group": "Liberal Democrat", "emails": [f"cllr.roberts@{D}"]},
        {"name": "Ollie Grant", "role": "councillor", "group": "Liberal Democrat", "emails": [f"cllr.grant@{D}"]},
        {"name": "Priti Shah", "role": "councillor", "group": "Liberal Democrat",
         "emails": [f"cllr.shah@{D}", "priti.shah.ar@gmail.com"]},
        {"name": "Hugh Barrington", "role": "councillor", "group": "Conservative",
         "emails": [f"cllr.barrington@{D}", "hugh@barrington-farms.co.uk"]},
        {"name": "Jo Mills", "role": "councillor", "group": "Conservative", "emails": [f"cllr.mills@{D}"]},
        {"name": "Kate Orme", "role": "councillor", "group": "Conservative", "emails": [f"cllr.orme@{D}"]},
        {"name": "Stan Kowalski", "role": "councillor", "group": "Residents First",
         "emails": [f"cllr.kowalski@{D}", "stan.kowalski@btinternet.com"]},
        {"name": "Wendy Ives", "role": "councillor", "group": "Residents First", "emails": [f"cllr.ives@{D}"]},
        {"name": "Maria Delgado", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"maria.delgado@{D}"]},
        {"name": "Kasia Nowak", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"kasia.nowak@{D}"]},
        {"name": "Bernard Oduya", "role": "officer", "titles": ["rfo"], "emails": [f"rfo@{D}"]},
        {"name": "Gwen Price", "role": "partner", "titles": ["monitoring-officer"],
         "emails": ["gwen.price@eastvale.gov.uk"]},
    ],
    "groups": {
        "Liberal Democrat": {"leader": "Nia Roberts"},
        "Conservative": {"leader": "Hugh Barrington"},
        "Residents First": {"leader": "Stan Kowalski", "address": f"residentsfirst@{D}"},
    },
}

CLERK = f"Maria Delgado <maria.delgado@{D}>"
DEPUTY = f"Kasia Nowak <kasia.nowak@{D}>"
RFO = f"Bernard Oduya <rfo@{D}>"
MO = "Gwen Price <gwen.price@eastvale.gov.uk>"
CLERK_BOX = f"Town Clerk <townclerk@{D}>"  # unlisted: the clerk's shared mailbox
LD = [f"Cllr Nia Roberts <cllr.roberts@{D}>", f"Cllr Ollie Grant <cllr.grant@{D}>", f"Cllr Priti Shah <cllr.shah@{D}>"]
CON = [f"Cllr Hugh Barrington <cllr.barrington@{D}>", f"Cllr Jo Mills <cllr.mills@{D}>",
       f"Cllr Kate Orme <cllr.orme@{D}>"]
RF = [f"Cllr Stan Kowalski <cllr.kowalski@{D}>", f"Cllr Wendy Ives <cllr.ives@{D}>"]
RF_BOX = f"Residents First <residentsfirst@{D}>"
PRITI_HOME = "Priti Shah <priti.shah.ar@gmail.com>"
HUGH_FARM = "Hugh Barrington <hugh@barrington-farms.co.uk>"
STAN_HOME = "Stan Kowalski <stan.kowalski@btinternet.com>"
LEADERS = [LD[0], CON[0], RF[0]]
SIGN = "\n\nBest wishes,\n\nMaria Delgado\nTown Clerk\nAshcombe Regis Town Council"
RECALL: list[dict] = []


def case(id_: str, fires: bool, why: str, *, voice: str = "plain", from_: str = CLERK, to=(), cc=(),
         subject: str, body: str, quoted=None, attach=None) -> None:
    RECALL.append({"id": id_, "fires": fires, "why": why, "voice": voice, "from": from_, "to": list(to),
                   "cc": list(cc), "subject": subject, "body": body, "quoted": quoted, "attach": attach})


# -- procedural advice on the group's amendment or motion ---------------------------------
case("rp01", True, "procedure for the Lib Dem group's budget amendment", to=LD, subject="Your amendment - procedure",
     body="Dear Nia, Ollie and Priti,\n\nOn the procedure for your group's amendment to the budget resolution: it "
          "must be given to me in writing by noon on the day of the meeting, and it needs a seconder when it is "
          "moved. Under standing order 12 the chair may rule out an amendment that simply negates the motion." + SIGN)
case("rp02", True, "terse phone advice on the Conservatives' amendment, deadline at 6pm", voice="iphone",
     from_=DEPUTY, to=CON[:2], subject="tonight",
     body="quick advice before tonight. Your amendment needs to be with me in writing before 6pm and Jo will "
          "have to second it as Hugh is moving it. K")
case("rp03", True, "non-native English: the motion needs two signatures, Residents First", from_=DEPUTY, to=RF,
     subject="Motion for skatepark",
     body="Dear Stan and Wendy,\n\nAbout the motion for the skatepark, the motion need to be signed from two "
          "councillors and given to the clerk seven clear days before the meeting, otherwise it cannot go on "
          "the agenda.\n\nKasia")
case("rp04", True, "outlook reply: procedurally a motion to rescind", voice="outlook-reply", to=CON,
     subject="RE: Car park charges motion",
     body="Hugh, Jo, Kate,\n\nThe wording is fine, but procedurally it is a motion to rescind, so it needs the "
          "written support of five members before I can put it on the agenda." + SIGN,
     quoted=(CON[2], "Maria,\nIs our car park motion OK to go in as drafted?\nKate"))
case("rp05", True, "html: the right procedure for the group's petition, to the shared mailbox", voice="html",
     to=[RF_BOX], subject="Petition on the bus route",
     body="Dear Residents First colleagues,\n\nThe correct procedure for your petition is to present it at the "
          "start of the meeting; the council may not debate it that night unless it is on the agenda." + SIGN)
case("rn01", False, "the same procedural advice to every group leader", to=LEADERS,
     subject="Budget amendments - procedure",
     body="Dear Group Leaders,\n\nAmendments to the budget resolution must be given to me in writing by noon on "
          "the day of the meeting, and each needs a seconder." + SIGN)
case("rn02", False, "admin reminder: mileage claims, to two Lib Dems", from_=RFO, to=LD[1:],
     subject="Reminder: mileage claims",
     body="Ollie, Priti,\n\nReminder: mileage claims for the quarter must reach me by 5pm on Friday, on the new "
          "form.\n\nBernard")
case("rn03", False, "one councillor, not a leader, advised on her own motion", to=[RF[1]],
     subject="Your motion", body="Dear Wendy,\n\nYour motion needs a seconder, and it must be with me seven "
                                 "clear days before the meeting." + SIGN)
case("rn04", False, "the district's Monitoring Officer (a partner) advises the Conservatives", from_=MO, to=CON,
     subject="Procedure for your complaint",
     body="Dear Councillors,\n\nOn the procedure for your group's complaint: it must be made on the district's "
          "form, and I will then decide whether to investigate.\n\nGwen Price\nMonitoring Officer")

# -- answers to the group's questions, an officer copied -------------------------------------
case("rp06", True, "numbered answers to the Lib Dem group's questions, Clerk copied", from_=DEPUTY, to=LD, cc=[CLERK],
     subject="Answers to your questions",
     body="Dear Councillors,\n\nAnswers to the questions from your group:\n\n1. The council can fund the community "
          "bus under the general power of competence.\n2. Any grant would need to be in next year's budget.\n3. No, "
          "the chair cannot refuse a motion that is on notice.\n\nKasia Nowak\nDeputy Clerk")
case("rp07", True, "html: RFO's answers on the precept, the clerk's unlisted mailbox copied", voice="html", from_=RFO,
     to=CON, cc=[CLERK_BOX], subject="Precept questions",
     body="Dear Hugh, Jo and Kate,\n\nHere are the answers to your questions on the precept:\n\n1) A 3% rise adds "
          "£4.12 a year to a Band D bill.\n2) The tax base has risen by 41 homes.\n\nBernard Oduya\nRFO")
case("rp08", True, "answers below on the points the Residents First group raised", from_=DEPUTY, to=RF,
     subject="Your points on the play area",
     body="Stan, Wendy,\n\nAnswers below on the points your group raised about the play area:\n- the inspection "
          "is weekly\n- the gate is the county's\n\nKasia")
case("rp09", True, "phone: terse answers to the Conservative group's queries", voice="iphone", to=CON[:2],
     subject="Re: queries", body="Answers to your group's queries - 1 yes, from reserves. 2 no, needs Full "
                                 "Council. 3 April at the earliest.",
     quoted=(CON[0], "Maria - three queries from the group on the pavilion, see attached.\nHugh"))
case("rn05", False, "the same numbered answers to members of two groups", from_=DEPUTY, to=[*LD[:2], CON[0]],
     subject="Answers to questions",
     body="Dear Councillors,\n\nAnswers to the questions raised:\n\n1. The council can fund the community bus.\n"
          "2. Any grant would need to be in next year's budget.\n\nKasia")
case("rn06", False, "the group's questions passed on, answers promised", to=LD, cc=[CLERK_BOX],
     subject="Your questions",
     body="Dear Councillors,\n\nThe questions from your group have gone to the county; I'll send you their "
          "answers when they arrive." + SIGN)
case("rn07", False, "agenda pack re-sent to two Conservatives", from_=DEPUTY, to=CON[1:],
     subject="Agenda pack re-sent",
     body="Jo, Kate,\n\nApologies, the link in yesterday's email failed, so here is the agenda pack for Tuesday "
          "again. The report on item 6 starts at page 14.\n\nKasia", attach="Agenda pack 10 March.pdf")

# -- a written record of advice given at a group meeting -------------------------------------
case("rp10", True, "summary of advice given at the Conservative group meeting", to=CON,
     subject="Advice at your group meeting",
     body="Dear Hugh, Jo and Kate,\n\nThank you for having me at your group meeting last night. As promised, a "
          "summary of the advice I gave on the pavilion lease:\n\n- the lease cannot be below market value "
          "without consent\n- the decision is for Full Council, not the chair" + SIGN)
case("rp11", True, "html, formal: for the record, the advice given at the Lib Dem group", voice="html", to=LD,
     subject="Predetermination - note of advice",
     body="Dear Councillors,\n\nFollowing my attendance at the Liberal Democrat group meeting on 3 March, I set out "
          "below, for the record, the advice I gave on predetermination: members may campaign on the issue but "
          "must keep an open mind when the application is decided." + SIGN)
case("rp12", True, "chatty: to recap what the deputy clerk said at the Residents First meeting", from_=DEPUTY,
     to=RF, subject="Last night",
     body="Hi both,\n\nThanks for the tea and biscuits last night! To recap what I said about the precept: the "
          "council can't set it below what the budget needs, and the reserves can only cover one-off costs."
          "\n\nKasia")
case("rp13", True, "non-native English: write-down of advice from the group meeting", from_=DEPUTY, to=LD,
     subject="Advice from group meeting",
     body="Dear Councillors,\n\nThank you for invite me to your group meeting on Monday. Here I write down the "
          "advice what I gave about the planning application: the council is only consultee, the decision is "
          "for the district.\n\nKasia")
case("rn08", False, "thanks for the group meeting, nothing more", to=CON, subject="Thank you",
     body="Dear Councillors,\n\nThank you for having me at your group meeting last night; it was good to meet "
          "Kate properly." + SIGN)
case("rn09", False, "thanks and a promise to write the advice up for all groups", to=LD, subject="Last night",
     body="Dear Councillors,\n\nThank you for having me at your group meeting. I'll write up the advice on the "
          "lease and send it to all three groups next week." + SIGN)
case("rn10", False, "the same summary to every councillor of all groups", to=[*LD, *CON, *RF],
     subject="Advice on the pavilion lease",
     body="Dear Councillors,\n\nA summary of the advice I gave at Tuesday's briefing: the lease cannot be below "
          "market value without consent." + SIGN)

# -- the RFO checks the group's alternative budget ---------------------------------------------
case("rp14", True, "RFO has been through the Lib Dems' alternative budget", from_=RFO, to=LD,
     subject="Alternative budget",
     body="Nia, Ollie, Priti,\n\nI've been through the group's alternative budget. Two issues: the general "
          "reserve falls below three months' spending in 2028, and the grants line counts the lottery money "
          "twice.\n\nBernard")
case("rp15", True, "html: RFO reviewed the Conservatives' amendments to the draft budget", voice="html", from_=RFO,
     to=[HUGH_FARM, CON[1]], subject="Your budget amendments",
     body="Dear Hugh and Jo,\n\nI have reviewed your group's proposed amendments to the draft budget. The figures "
          "balance, but the saving on grounds maintenance cannot start before the contract ends in June.\n\n"
          "Bernard Oduya\nResponsible Financial Officer")
case("rp16", True, "reply: checked the Residents First numbers, personal address", voice="reply", from_=RFO,
     to=[STAN_HOME, RF[1]], subject="Re: our numbers",
     body="Stan, Wendy - checked your numbers. The total is out by £2,400 because the hall income is in twice."
          "\n\nBernard",
     quoted=(RF[0], "Bernard, can you check our numbers for the alternative budget before Thursday?\nStan"))
case("rp17", True, "non-native English: three problems in the Lib Dem alternative budget", from_=RFO,
     to=[LD[0], PRITI_HOME], subject="Budget of your group",
     body="Dear Nia and Priti,\n\nI look at the alternative budget of your group and there are three problems: the "
          "salaries have no pay award, the VAT is wrong and the reserves go negative.\n\nBernard")
case("rn11", False, "the same budget check to all the group leaders", from_=RFO, to=LEADERS,
     subject="Alternative budgets",
     body="Dear Group Leaders,\n\nI've been through the alternative budgets. Two issues: several omit the pay "
          "award, and one counts the lottery money twice.\n\nBernard")
case("rn12", False, "RFO asks the group for its alternative budget", from_=RFO, to=CON,
     subject="Alternative budget?",
     body="Dear Councillors,\n\nCould your group send me its alternative budget by Friday so that I can check "
          "it before the meeting?\n\nBernard")
case("rn13", False, "RFO has checked two Lib Dems' mileage claims", from_=RFO, to=LD[1:],
     subject="Mileage", body="Ollie, Priti,\n\nI've checked your mileage claims for October; both will be paid "
                             "on the 28th.\n\nBernard")

# -- a short answer to the group leader's question ---------------------------------------------
case("rp18", True, "short answer to the Conservative leader, question quoted", voice="reply", to=[CON[0]],
     subject="Re: moving money", body="Hugh,\n\nShort answer: yes, but not by virement. If the group wants to "
                                      "move money between budget heads it needs a Full Council resolution." + SIGN,
     quoted=(CON[0], "Maria, can we move the verge money into the youth budget?\nHugh"))
case("rp19", True, "the answer is no, to the Lib Dem leader, for the group", to=[LD[0]],
     subject="Festival grant", body="Dear Nia,\n\nThe answer is no: a council may not give a grant that promotes "
                                    "a party. If the group wants to support the festival, the council would have "
                                    "to fund the festival committee directly." + SIGN)
case("rp20", True, "phone: qualified yes to the Residents First leader at home", voice="iphone", from_=DEPUTY,
     to=[STAN_HOME], subject="Re: urgent item",
     body="Yes - provided it is on the agenda. The group can't bring it as urgent business, the chair decides that.")
case("rp21", True, "outlook reply: qualified no to the Lib Dem leader, who asked for our group", voice="outlook-reply",
     to=[LD[0]], subject="RE: parking decision",
     body="Nia,\n\nNo, not without a fresh resolution: the decision was made less than six months ago." + SIGN,
     quoted=(LD[0], "Maria,\nCan our group ask to reopen the parking decision at the next meeting?\nNia"))
case("rn14", False, "short answer to a councillor (not a leader) on her own expenses", to=[LD[2]],
     subject="Re: train fare", body="Priti,\n\nShort answer: yes, but only with the receipt." + SIGN)
case("rn15", False, "short answer to the leader about a working group he sits on", to=[CON[0]],
     subject="Re: verges", body="Hugh,\n\nShort answer: yes, but the working group will need to agree it first. "
                                "If the group wants to add the verges, it needs a costed plan." + SIGN)
case("rn16", False, "short answer to all three group leaders", to=LEADERS, subject="Virement",
     body="Dear Group Leaders,\n\nShort answer: yes, but not by virement. Moving money between budget heads needs a "
          "Full Council resolution." + SIGN)

# -- personal addresses listed in the directory -------------------------------------------------
case("rp22", True, "procedure for the Conservative group's motion, to the leader's farm address", to=[HUGH_FARM, CON[2]],
     subject="Car park motion", body="Hugh, Kate,\n\nOn the procedure for the group's motion on the car park: it "
                                     "must be on notice, so it cannot be taken at Tuesday's meeting." + SIGN)
case("rp23", True, "html briefing to the Lib Dems at a personal gmail address", voice="html", from_=DEPUTY,
     to=[PRITI_HOME, LD[1]], subject="Briefing: the new cemetery rules",
     body="Dear Priti and Ollie,\n\nHere is the briefing your group asked for on the new cemetery rules: memorials "
          "over 1.2m need a permit.\n\nKasia")
case("rn17", False, "personal addresses of two groups' councillors", to=[HUGH_FARM, PRITI_HOME],
     subject="Car park motion", body="Hugh, Priti,\n\nOn the procedure for the car park motion: it must be on "
                                     "notice, so it cannot be taken on Tuesday." + SIGN)
case("rn18", False, "an unlisted personal address: an outsider as far as the directory knows", to=[
     "Jo Mills <jo.mills1970@hotmail.com>", CON[2]], subject="Car park motion",
     body="Jo, Kate,\n\nOn the procedure for the group's motion: it must be on notice." + SIGN)
case("rn19", False, "personal addresses, logistics only", from_=DEPUTY, to=[STAN_HOME, RF[1]],
     subject="Thursday", body="Stan, Wendy,\n\nYour group meeting is in the Orchard Room on Thursday at 7pm; "
                               "the side door will be open.\n\nKasia")

# -- a council working group or committee is not the political group --------------------------
case("rn20", False, "advice for the Allotments Working Group, whose two members are Conservatives", to=CON[1:],
     subject="Allotments Working Group - advice",
     body="Jo, Kate,\n\nAdvice for the Allotments Working Group: the council must give twelve months' notice "
          "before it raises the rents." + SIGN)
case("rn21", False, "the working group asked; its three members are Lib Dems", from_=DEPUTY, to=LD,
     subject="Play strategy", body="Dear Councillors,\n\nThe working group asked whether the play strategy needs "
                                   "a consultation. My advice is that it does, for six weeks.\n\nKasia")
case("rn22", False, "html: Dear members of the sub-committee (both Residents First)", voice="html", to=RF,
     subject="Burial ground", body="Dear members of the Burial Ground Sub-Committee,\n\nMy advice is that the "
                                   "new fees need Full Council approval." + SIGN)
case("rn23", False, "task and finish group options, by subject", from_=DEPUTY, to=LD[:2],
     subject="Youth Task and Finish Group - options",
     body="Nia, Ollie,\n\nAs requested, the options are a detached youth worker or a grant to the youth club."
          "\n\nKasia")
case("rn24", False, "a note prepared for the Staffing Panel, all Conservatives", to=CON,
     subject="Staffing Panel", body="Dear Councillors,\n\nA note prepared for the Staffing Panel is attached; my "
                                    "recommendation is to regrade the post." + SIGN, attach="Staffing note.pdf")
case("rp24", True, "same advice on allotments, but for the Conservative group", to=CON[1:],
     subject="Allotments - advice for your group",
     body="Jo, Kate,\n\nAdvice for the Conservative group: the council must give twelve months' notice before it "
          "raises the allotment rents." + SIGN)
case("rp25", True, "the Lib Dem group asked, not the working group", from_=DEPUTY, to=LD,
     subject="Play strategy", body="Dear Councillors,\n\nYour group asked whether the play strategy needs a "
                                   "consultation. My advice is that it does, for six weeks.\n\nKasia")
case("rp26", True, "a working group is mentioned, but the advice is to the Residents First group", to=RF,
     subject="Burial ground fees", body="Stan, Wendy,\n\nThe working group has recommended higher fees; my advice "
                                        "to your group is that the new fees need Full Council approval." + SIGN)

# -- second round: wording not seen while the check was generalised ---------------------------
case("rp27", True, "outlook reply: how to move the Lib Dem amendment, wording wanted by noon", voice="outlook-reply",
     to=LD, subject="RE: precept amendment",
     body="Nia, Ollie, Priti - re the group's amendment on the precept: you'll need to move it as an amendment to "
          "the F&GP recommendation, and it has to be seconded before debate. Let me have the wording by 12 noon "
          "Tuesday." + SIGN, quoted=(LD[1], "Maria,\nHow do we go about amending the precept on Tuesday?\nOllie"))
case("rp28", True, "chatty pointers on the Conservatives' motion", from_=DEPUTY, to=CON,
     subject="Your motion", body="Hi all, a few pointers on your motion: keep it to one resolution, avoid naming "
                                 "officers, and it should be signed by the mover and seconder.\n\nKasia")
case("rp29", True, "html: answers to the Conservative group's questions in Q and A form", voice="html",
     from_=DEPUTY, to=CON, subject="CIL and the bus shelter",
     body="Dear Councillors,\n\nPlease see the answers to your questions below:\n\nQ1 Can we ring-fence the CIL "
          "money? A: yes, up to 15%.\nQ2 Who owns the bus shelter? A: the county.\n\nKasia")
case("rp30", True, "put in writing what the clerk advised at the group", voice="iphone", to=CON,
     subject="This evening", body="Thanks for your time this evening. Just to put in writing what I advised: "
                                  "members who own land next to the site should declare and leave the room.")
case("rp31", True, "RFO has looked at the Residents First draft budget proposals", from_=RFO, to=[RF_BOX],
     subject="Draft budget proposals",
     body="Stan, Wendy,\n\nHaving looked at your draft budget proposals, the sums add up but the staffing line "
          "omits employer's pension contributions (about £6,800).\n\nBernard", attach="Budget check.pdf")
case("rp32", True, "in short, no: to the Conservative leader, the group named", to=[CON[0]], subject="Re: ward fund",
     body="Hugh,\n\nIn short, no. The group could propose it as a motion for the next meeting instead." + SIGN)
case("rp33", True, "my view is, as the group requested, at a listed farm address", to=[HUGH_FARM, CON[1]],
     subject="Land at Pound Lane", body="Dear Hugh, Jo,\n\nAs your group requested, my view is that the council "
                                        "cannot lawfully sell the land below value without consent." + SIGN)
case("rp34", True, "re the group's alternative budget: a shortfall found", from_=RFO, to=[LD[1], LD[0], PRITI_HOME],
     subject="tax base", body="Ollie, Nia, Priti\n\nRe the group's alternative budget - the precept figure assumes a "
                              "tax base of 5,200 but the district has given us 5,143, so you're £1,900 short.")
case("rn25", False, "agenda and the standing deadline for motions, to one group", to=LD, subject="Agenda",
     body="Dear Councillors,\n\nThe agenda for Tuesday is attached. Motions must be with me by 5pm on Friday."
          + SIGN, attach="Agenda 17 March.pdf")
case("rn26", False, "the working group asked for advice; no political group named", to=LD,
     subject="Playing field lease", body="Dear Councillors,\n\nThe Playing Fields Working Group asked for advice "
                                         "on the lease. My advice is that the lease needs Full Council approval."
                                         + SIGN)
case("rn27", False, "dear members of the Finance Committee, all Conservatives", voice="html", to=CON,
     subject="Virement", body="Dear members of the Finance Committee,\n\nMy advice is that the virement needs "
                              "Full Council approval." + SIGN)
case("rn28", False, "thanks for an invitation to the group meeting, nothing given", voice="iphone", to=RF,
     subject="Re: Thursday", body="Thank you for inviting me to your group meeting, I look forward to it.")
case("rn29", False, "news, not advice: the group's motion is on the website", voice="html", from_=DEPUTY, to=CON,
     subject="Your motion", body="Dear Councillors,\n\nYour motion should now be on the website with the agenda."
                                 "\n\nKasia")
case("rn30", False, "election admin: nomination forms deadline, to one group", to=LD, subject="Nomination forms",
     body="Dear Councillors,\n\nYour nomination forms must be returned to the district by 4pm on 3 April." + SIGN)
case("rn31", False, "how to book the chamber, to the Residents First mailbox", to=[RF_BOX], subject="Chamber",
     body="Dear Residents First colleagues,\n\nThe procedure for booking the chamber is on the website." + SIGN)
case("rn32", False, "thanks after the group meeting, an opinion of the evening", voice="iphone", to=CON,
     subject="Last night", body="Thanks all. In my view it was a very productive meeting, see you on Tuesday.")
case("rn33", False, "yes, if numbers are sent: logistics for a visit", voice="reply", from_=DEPUTY, to=LD[:2],
     subject="Re: depot visit", body="Yes - if you can let me know numbers by Friday.\n\nKasia",
     quoted=(LD[0], "Kasia, could our group visit the depot next week?\nNia"))

# -- third round: more unseen wording, and everyday mail that looks like an answer ---------------
case("rp35", True, "as promised, a note of what the clerk said at the group meeting", voice="html", to=CON,
     subject="Car park lease", body="Dear all,\n\nAs promised, here's a note of what I said on the car park lease "
                                    "at your group meeting: the rent has to be at market value." + SIGN)
case("rp36", True, "following the group meeting, the clerk confirms the co-option cannot happen yet", to=RF,
     subject="Co-option", body="Stan, Wendy,\n\nFollowing our discussion at your group meeting, I confirm that the "
                               "co-option can't happen until the notice period has run." + SIGN)
case("rp37", True, "you asked three questions at your group meeting, answered in a list", from_=DEPUTY, to=CON,
     subject="Lodge lease", body="Dear Councillors\n\nYou asked three questions at your group meeting.\n1. The lease "
                                 "runs to 2031.\n2. The rent review is in 2027.\n3. The tenant is responsible for "
                                 "repairs.\n\nKasia")
case("rp38", True, "RFO has run the numbers on the Lib Dem alternative budget", voice="iphone", from_=RFO, to=LD,
     subject="Re: alt budget", body="Hi all - I've run the numbers on your alternative budget. It balances, but only "
                                    "by using £20k of general reserve, which takes it below the minimum.")
case("rp39", True, "comments on the Residents First draft budget", from_=RFO, to=[STAN_HOME, RF[1]],
     subject="Your draft budget", body="Stan, Wendy\n\nComments on your draft budget: the income from the hall is "
                                       "too high and the insurance line is missing.\n\nBernard")
case("rp40", True, "to the Conservative leader: yes you can, but only with a resolution", voice="reply", to=[CON[0]],
     subject="Re: grass cutting", body="Hugh\n\nYes you can, but only with a Full Council resolution. If the group "
                                       "wants it on the agenda, the motion must reach me by the 3rd.\n\nMaria",
     quoted=(CON[0], "Maria, can we switch the grass cutting money to the play area?\nHugh"))
case("rp41", True, "to the Lib Dem leader: unfortunately not, for the group", to=[LD[0]], subject="Re: festival",
     body="Nia,\n\nUnfortunately not - the general power of competence doesn't cover it. The group could ask the "
          "district instead." + SIGN)
case("rp42", True, "re procedure for Tuesday, amendments, to the Lib Dems", voice="iphone", from_=DEPUTY, to=LD,
     subject="Tuesday", body="Hi all - re procedure for Tuesday: amendments need to be moved and seconded before the "
                             "chair calls the vote, and only one can be debated at a time.")
case("rn34", False, "yes, and where to collect the agenda", from_=DEPUTY, to=CON, subject="Re: agenda",
     body="Dear Councillors,\n\nYes - the agenda can be collected from reception from Friday.\n\nKasia")
case("rn35", False, "the clerk confirms the room can be used until 10pm", to=LD, subject="Room",
     body="Dear Councillors,\n\nI confirm that the room can be used until 10pm on Thursday." + SIGN)
case("rn36", False, "the draft minutes checked and apologies added", from_=DEPUTY, to=RF, subject="Minutes",
     body="Stan, Wendy,\n\nI have checked the draft minutes and added your apologies.\n\nKasia")
case("rn37", False, "comments on the draft budget invited from all councillors", voice="html", from_=RFO, to=CON,
     subject="Draft budget", body="Dear Councillors,\n\nComments on the draft budget are invited from all "
                                  "councillors by 20 December.\n\nBernard")
case("rn38", False, "yes, collect the laptops; they must be signed for", voice="iphone", to=LD,
     subject="Laptops", body="Yes, you can collect your new laptops from the office; they must be signed for.")
case("rn39", False, "unfortunately not: the clerk is on leave", to=[CON[0]], subject="Re: meeting",
     body="Hugh,\n\nUnfortunately not - I'm on leave that week, but Kasia can help the group." + SIGN)
case("rn40", False, "expenses paid, confirmed", from_=RFO, to=RF, subject="Expenses",
     body="Stan, Wendy,\n\nI can confirm that your expenses have been paid.\n\nBernard")

# -- council bodies under other names: WG, steering group, sub-group, panel --------------------
case("rn41", False, "for Thursday's Allotments WG, its members both Conservatives", voice="iphone", to=CON[1:],
     subject="WG Thursday", body="Hi both - for Thursday's Allotments WG: my advice is that rents can only rise "
                                 "with 12 months' notice.")
case("rn42", False, "as requested by the Neighbourhood Plan Steering Group", voice="html", to=LD,
     subject="Housing numbers", body="Dear Councillors,\n\nAs requested by the Neighbourhood Plan Steering Group, "
                                     "here is my advice on the housing numbers: the plan must follow the district's "
                                     "figure." + SIGN)
case("rn43", False, "the youth sub-group asked for the options", from_=DEPUTY, to=RF, subject="Youth provision",
     body="Stan, Wendy,\n\nThe youth sub-group asked me to set out the options. The options are a youth worker or "
          "a grant to the youth club.\n\nKasia")
case("rn44", False, "further to Tuesday's Staffing Panel", voice="outlook-reply", to=CON, subject="RE: regrading",
     body="Dear Councillors,\n\nFurther to Tuesday's Staffing Panel, my advice is that the regrading needs Full "
          "Council approval." + SIGN, quoted=(CON[0], "Maria,\nWhat happens next on the regrading?\nHugh"))
case("rn45", False, "as members of the Grants Panel you asked", from_=DEPUTY, to=LD[1:], subject="Scout grant",
     body="Ollie, Priti,\n\nAs members of the Grants Panel you asked whether the scouts can be funded twice in a "
          "year. My advice is no.\n\nKasia")
case("rp43", True, "your group asked about what the Events Committee can approve", to=CON, subject="Fireworks",
     body="Dear Councillors,\n\nYour group asked whether the Events Committee can approve the fireworks. My advice "
          "is that it can, with a licence." + SIGN)
case("rp44", True, "the Conservative group advised on the Staffing Panel's recommendation", voice="html", to=CON,
     subject="Regrading", body="Dear Conservative group,\n\nMy advice on the Staffing Panel's recommendation: it "
                               "needs Full Council approval." + SIGN)
