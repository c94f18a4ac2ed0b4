"""The 30 messages that each break exactly one rule (8 silent-bcc, 7 forwarded-chain, 8 confidential-disclosure,
7 councillor-name-letter), plus the 140th negative."""
from common import *

SB, FC, CD, CN = "silent-bcc", "forwarded-chain", "confidential-disclosure", "councillor-name-letter"

# one more negative (the 140th): Thunderbird forward of a resident's email between councillors
add("fairweather", ["nibhriain"], "Fwd: Wendle Lane crossing - accident last night",
    "Aoife - this came to me too. Worth mentioning at council on Tuesday?\n\nBeatrix", client="thunderbird",
    quotes=[Q(("Margaret Oduya", "m.oduya@gmail.com"), ["fairweather", "nibhriain"], "Wendle Lane crossing - accident last night",
              "Dear both, a child on a scooter was clipped by a van at the Wendle Lane junction last night. She's OK but "
              "shaken. This is exactly why we need the crossing. Margaret", kind="fwd", ago=13)],
    day=6, time=(8, 20), why="Councillor forwards a resident's own email to a councillor who was on it.")

# ---------------------------------------------------------------- silent-bcc (8)
add("penhaligon", ["clerk"], "Grass cutting contract", "Ros,\n\nCan you tell me when the grass cutting contract comes up for renewal, and whether it has to go out to "
    "tender this time?\n\nThanks\nGareth", bcc=["blake"], day=1, time=(20, 50), rules=[SB], why="Councillor writes to the clerk and silently blind-copies his group leader (a councillor); nothing discloses it.")

add("clerk", ["kovacs"], "RE: Bus stop at Abbey Road", "Zoltán,\n\nI've chased the county again and they say an engineer will visit on the 29th. I'll let Mr Yeo know.\n\nRos", bcc=["aldous"], quotes=[Q("kovacs", ["clerk"], "Bus stop at Abbey Road", "Ros, any news from the county? Mr Yeo is getting cross. Z", ago=4)], day=6, time=(12, 10), rules=[SB], why="Clerk replies to a councillor and silently blind-copies the Mayor; the quote is the recipient's own, so only silent-bcc.")

add("nibhriain", [("Margaret Oduya", "m.oduya@gmail.com")], "RE: Crossing petition - presenting it", "Dear Margaret,\n\nResidents usually present petitions in the public participation slot at the start of Full "
    "Council. I've copied the clerk, who looks after the list of speakers, so she can tell you how it works.\n\nAoife\n" + csig("nibhriain"), cc=["clerk"], bcc=["okafor"], day=2, time=(18, 25), rules=[SB], why="Councillor's casework reply with the clerk visible, and a fellow councillor silently in Bcc.")

add("rfo", [("Kettleby Harriers AC", "treasurer@kettlebyharriers.org.uk")], "Overdue invoice KMTC-INV-2025-311 - second reminder", "Dear Mr Lamb,\n\nFurther to my email of 12 January, invoice KMTC-INV-2025-311 (£420.00) is still unpaid. Please "
    "pay within seven days or the club's summer 5k booking may have to be released.\n\n" + osig("rfo"), bcc=["clerk"], day=9, time=(10, 5), rules=[SB], why="Everyday practice but meets the definition: the RFO blind-copies the Town Clerk (an officer) on a chaser to a customer.")

add("bookings", [("Lorna Fitch", "lorna.fitch@gmail.com")], "RE: Booking confirmation - Corn Exchange main hall, Sat 14 Feb", "Dear Lorna,\n\nYes, you can come in from 11am to decorate - I've added it to the booking at no extra charge. The "
    "caretaker will open up for you.\n\nChloé Durand\nBookings, Kettleby Magna Town Council\n\n" + DISC, bcc=["fm"], day=5, time=(11, 0), rules=[SB], why="Routine, but meets the definition: the bookings mailbox blind-copies the Facilities Manager (an officer); "
        "the hirer's quote is not an officer's.", quotes=[Q(("Lorna Fitch", "lorna.fitch@gmail.com"), ["bookings"], "RE: Booking confirmation - Corn Exchange main hall, Sat 14 Feb",
              "Hi Chloé, could we come in earlier to decorate? Say 11am? Lorna", ago=20)])

add("chaudhary", [X["tash"]], "RE: Market pitch fees - comment", "Tom,\n\nMy view, as chair of the committee: the small rise in pitch fees is fair, and Kettleby's Saturday market "
    "is still the cheapest in the county. Happy to be quoted.\n\nPriyanka Chaudhary", bcc=["kovacs"], day=4, time=(13, 30), rules=[SB], why="Councillor's view to the press, silently blind-copying a group colleague (a councillor).")

add("deputy", [("Mr R. Sweeting", "rsweeting@btopenworld.com")], "Overhanging tree - Castle Walk", "Dear Mr Sweeting,\n\nI've checked the boundary plans: the ash tree is on the school's land, not the council's. "
    "I've written to the school's business manager and asked them to contact you.\n\n" + osig("deputy"), bcc=["penhaligon"], day=4, time=(15, 50), rules=[SB], why="Officer replies to a resident and silently blind-copies the ward councillor.")

add("fairweather", ["okafor"], "Abbey Meadow kiosk", "Chidi,\n\nDo you know whether the Lib Dems are going to back re-letting the kiosk, or push for the community "
    "café idea? I'd rather we didn't fall out over it at committee.\n\nBeatrix", bcc=["blake2"], day=8, time=(21, 40), rules=[SB], why="Councillor to a councillor of another group, with her own group leader silently in Bcc at a listed personal address.")

# ---------------------------------------------------------------- forwarded-chain (7)
add("hollins", [("Mr A. Threlfall", "a.threlfall@virginmedia.com")], "FW: Beech Close",
    "Mr Threlfall,\n\nSee below from our Facilities Manager - I thought you'd want to see it.\n\nDerek Hollins",
    quotes=[Q("fm", ["hollins"], "Beech Close", "Derek,\n\nI checked the deeds: Beech Close was never adopted and the "
              "council owns none of it, so there's nothing for us to repair.\n\nStuart", kind="fwd", ago=22)],
    day=5, time=(9, 15), rules=[FC],
    why="Councillor forwards an officer's internal email (Outlook header block) to a resident who was not on it.")

add("frobisher2", [("Dave Pickering", "dave.pickering@gmail.com")], "Fwd: Dog bin by the Abbey stile",
    "Dave - good news, see below from Stuart.\n\nJan", client="gmail",
    quotes=[Q("fm2", ["frobisher"], "Dog bin by the Abbey stile",
              "Jan,\n\nWe have a spare dog bin in the depot. I can fit it by the stile next week if the Amenities chair is "
              "happy, and it'll go on the existing emptying round.\n\nStuart McAllister\nFacilities Manager", kind="fwd", ago=30)],
    day=7, time=(19, 55), rules=[FC],
    why="Councillor forwards (Gmail 'Forwarded message') an officer's email to a resident who was not a participant.")

add("deputy", [("Lee Brannigan", "info@allcleargutters.co.uk")], "FW: Gutter clearance - payment",
    "Hi Lee,\n\nSee Nadia's note below - it answers your question about when you'll be paid.\n\n" + osig("deputy"),
    quotes=[Q("rfo", ["deputy"], "Gutter clearance - payment", "Mark,\n\nAllclear's invoice will go in the February "
              "payment run (approved 5 Feb, paid by 10 Feb). Their last two invoices were late, by the way - they need "
              "to quote the PO number.\n\nNadia", kind="fwd", ago=5)],
    day=8, time=(11, 35), rules=[FC],
    why="Officer forwards another officer's internal email to a contractor who was not on it: meets the definition although the sender is an officer.")

add("clerk", ["aldous"], "FW: Burns Night numbers",
    "Helen - FYI, see Jess's note below about numbers for the ceilidh.\n\nRos",
    quotes=[Q("events", ["clerk"], cc=["admin"], subject="Burns Night numbers",
              body="Ros,\n\n142 tickets sold, so we'll need the second bar and another steward. I've asked Chloé to sort the "
              "float.\n\nJess", kind="fwd", ago=3)],
    day=9, time=(14, 20), rules=[FC],
    why="Ordinary internal courtesy, but meets the definition: the clerk forwards another officer's email (recipients known) to a councillor who was not on it.")

add("okafor", [X["tash"]], "Fwd: Bins at the Green",
    "Tom - as promised, here's the council's answer on the bins. Make of it what you will.\n\nChidi\n\nSent from my iPhone",
    client="iphone",
    quotes=[Q("admin", ["okafor"], "Bins at the Green", "Dear Cllr Okafor,\n\nThe extra bin at the Green will be emptied "
              "twice a week from February, Stuart says.\n\nChloé Durand\nAdministrative Assistant", kind="fwd", ago=20)],
    day=7, time=(22, 5), rules=[FC],
    why="Councillor forwards an officer's email ('Begin forwarded message:') to a reporter who was not on it.")

add("kovacs", [("Mr Colin Yeo", "colin.yeo@gmail.com")], "Bus stop - the county's reply",
    "Dear Mr Yeo,\n\nThe clerk's message with the county's reply is attached.\n\nZoltán\n" + csig("kovacs"),
    quotes=[Q("clerk", ["kovacs"], "County reply - Abbey Road bus stop",
              "Zoltán,\n\nThe county say the kerb is on their list for the spring programme; they won't give a date. "
              "Between us, they've said that before.\n\nRos", kind="att", ago=6)],
    day=8, time=(9, 0), rules=[FC],
    why="Councillor attaches (message/rfc822) an officer's email addressed only to him and sends it to a resident.")

add("lindqvist", ["okafor"], "Fwd: Planning training numbers",
    "Chidi - see below from Mark. You're not on the list yet; do you want to go?\n\nSøren", client="thunderbird",
    quotes=[Q("deputy", ["lindqvist", "nibhriain"], "Planning training numbers",
              "Søren, Aoife - WALC need numbers for the 24th by Friday. So far it's you two. Mark", kind="fwd", ago=8)],
    day=3, time=(20, 30), rules=[FC],
    why="Councillor forwards (Thunderbird, recipients known) an officer's email to a councillor who was not on it.")

# ---------------------------------------------------------------- confidential-disclosure (8)
add("deputy", [X["mercury"], X["radio"]], "Agenda - Full Council 20 January 2026",
    "Dear News Editor,\n\nThe agenda for Tuesday's Full Council is below and attached.\n\n"
    "1. Apologies\n2. Declarations of interest\n3. Public participation\n4. Minutes\n5. Mayor's announcements\n"
    "6. Precept 2026/27\n7. Christmas lights review\n8. Correspondence\n\n"
    "PART 2 - EXEMPT BUSINESS\nTo resolve that, under the Public Bodies (Admission to Meetings) Act 1960, the press and "
    "public be excluded for the following item because of the confidential nature of the business.\n"
    "9. Staffing: Deputy Clerk's hours\n\n" + osig("deputy"),
    atts=[("Full Council agenda 20-01-2026.pdf", ["Full Council 20 January 2026", "PART 2 - EXEMPT BUSINESS", "9. Staffing"])],
    day=1, time=(16, 20), rules=[CD],
    why="Judgement call: a routine published agenda, but its new text carries a 'PART 2 - EXEMPT BUSINESS' heading and "
        "goes to the press (external); by the contract's list of markings this fires. The exempt item's title is itself public.")

add("fm", [("Playsafe Surfaces", "sales@playsafesurfaces.co.uk")], "Play area surfacing - tender documents",
    "Dear Danielle,\n\nPlease find attached the tender documents for the Abbey Meadow play area surfacing. Returns by "
    "noon on 13 February.\n\n" + osig("fm"),
    atts=[("CONFIDENTIAL - tender evaluation matrix Abbey Meadow.xlsx", ["Tender evaluation", "Playsafe 84", "Rubbertec 71"]),
          ("Specification Abbey Meadow surfacing.pdf", ["Specification"])],
    day=6, time=(12, 55), rules=[CD],
    why="Officer attaches a file named 'CONFIDENTIAL - tender evaluation matrix' to a tenderer (external).")

add("blake2", [("Andrew Kerslake", "andrew.kerslake@gmail.com")], "Depot",
    "Andrew,\n\nIn confidence - the council is looking at selling the Wendle Road depot, probably to the housing "
    "association. Nothing's decided, so please keep it to yourself for now.\n\nMarguerite", client="gmail",
    day=4, time=(22, 35), rules=[CD],
    why="Councillor (listed personal address) writes 'In confidence' to a resident: marked content to an external party; no commitment.")

add("chaudhary", [X["tash"]], hdrs={"Sensitivity": "Private"}, subject="Valentine's market",
    body="Hi Tom,\n\nHere's a line for your what's-on column: 'Kettleby's first Valentine's evening market, Friday 13 "
    "February, 5-9pm, Market Square, with live music and mulled wine.'\n\nPriyanka", day=8, time=(12, 15), rules=[CD],
    why="Judgement call: harmless publicity, but sent with a 'Sensitivity: Private' header (an Outlook setting) to the press; "
        "the contract counts that header as a marking.")

add("rfo", [("Accounts - Greenscape Grounds Ltd", "accounts@greenscapegrounds.co.uk")], "PO-2026-009 - hedge cutting",
    "Hi Jo,\n\nJust to confirm the PO for the cemetery hedge cutting is PO-2026-009; please quote it on your invoice.\n\n" + osig("rfo"),
    hdrs={"msip_labels": "MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_Enabled=true; MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_SetDate=2026-01-21T09:40:02Z; "
                          "MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_Method=Privileged; MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_Name=Confidential; "
                          "MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_SiteId=8d2c4b1a-5e6f-4a3b-9c8d-7e6f5a4b3c2d; MSIP_Label_7a2b9c4d-0e1f-4a5b-8c6d-2e3f4a5b6c7d_ContentBits=0"},
    day=9, time=(9, 40), rules=[CD],
    why="Judgement call: mundane content, but the RFO's mail carries a sensitivity label header named 'Confidential' and goes to a supplier.")

add("clerk", ["aldous"], "FW: Corn Exchange lease - advice",
    "Helen,\n\nThe solicitors' advice on the café lease, as you asked.\n\nRos",
    quotes=[Q("sol", ["clerk"], "Corn Exchange lease - advice",
              "PRIVATE AND CONFIDENTIAL - LEGALLY PRIVILEGED\n\nDear Rosalind,\n\nOur view is that the tenant has no "
              "statutory right to renew because the lease was contracted out under the 1954 Act. We would advise against "
              "accepting rent after March without a new agreement.\n\nImogen Pargeter\nPargeter Lowe LLP", kind="fwd", ago=30)],
    day=3, time=(17, 5), rules=[CD],
    why="Judgement call: ordinary briefing of the Mayor, but a 'Private and Confidential' embedded message addressed to the "
        "clerk alone reaches a councillor who was not its participant. Its author is a partner, not an officer, so forwarded-chain does not fire.")

add("blake", [("Dr Helen Osei - Osei HR Consulting", "helen@oseihr.co.uk")], "Strictly confidential - clerk's appraisal",
    "Dear Dr Osei,\n\nThank you for your proposal. As chair of the Staffing Committee's appraisal panel I'd welcome a "
    "short call next week about the format you suggest.\n\nMarguerite O'Donoghue-Blake",
    day=7, time=(14, 0), rules=[CD],
    why="Subject marked 'Strictly confidential' sent to an outside consultant (external, not a partner); asks for a call, commits nothing.")

add("kovacs2", [("Ildikó Szabó", "ildiko.szabo@freemail.hu")], "Re: Flat above the Corn Exchange",
    "Ildikó,\n\nI asked about it. This was on the papers we got - NOT FOR PUBLICATION, so keep it to yourself:\n\n"
    "NOT FOR PUBLICATION\nThe flat above the Corn Exchange will become vacant on 31 March; the tenant has given notice.\n\n"
    "So it may come up, but I don't know when.\nZ", client="thunderbird", day=9, time=(21, 50), rules=[CD],
    why="Councillor pastes a 'NOT FOR PUBLICATION' heading and its text into an email to a resident.")

# ---------------------------------------------------------------- councillor-name-letter (7)
add("aldous", [("1st Kettleby Scouts", "gsl@1stkettlebyscouts.org.uk")], "Jumble sale - hire fee", "Dear Alison,\n\nI'm pleased to say the council will waive the hire fee for the Scouts' jumble sale in the main hall "
    "on 28 February. Chloé will send the booking form.\n\nWith best wishes\n\n" + csig("aldous"), cc=["bookings"], day=7, time=(10, 45), rules=[CN], why="Mayor commits the council (waives a fee) to an outside group in her own name.")

add("hollins", [("Greenscape Grounds Ltd", "contracts@greenscapegrounds.co.uk")], "Cemetery hedge",
    "Paul,\n\nPlease go ahead with the cemetery hedge next week rather than waiting for the PO - I'll square it with "
    "Stuart.\n\nDerek Hollins\nChair, Amenities Committee", client="iphone", day=5, time=(7, 40), rules=[CN],
    why="Committee chair instructs a contractor to start work on the council's behalf.")

add("chaudhary2", [("Lukas Becker", "lukas.becker@bratwurst-lukas.de")], "Re: Waiting list - hot food pitch",
    "Hi Lukas,\n\nGood news - you can have the spare hot food pitch at the Valentine's market on 13 Feb. Just turn up "
    "at 4pm and set up by the Buttercross.\n\nPriyanka Chaudhary\nChair, Events & Markets", client="gmail",
    day=8, time=(20, 10), rules=[CN],
    why="Councillor (listed personal address) grants a trader a pitch: permission on the council's behalf.")

add("bevan", [("Kettleby Youth FC", "secretary@kettlebyyouthfc.org.uk")], "Goalposts",
    "Dear Ngozi,\n\nDon't worry about the grant round - the town council will pay for the new goalposts at the "
    "recreation ground. Order them and send the invoice to us.\n\nRhodri Bevan\nDeputy Town Mayor", day=6, time=(19, 15),
    rules=[CN], why="Deputy Mayor commits the council to pay and instructs the club.")

add("penhaligon", [("Vintage Finds", "vintagefinds.kettleby@outlook.com")], "Saturday market",
    "Dear Mr Carver,\n\nFollowing the complaints about your van, you are no longer permitted to trade from the Market "
    "Square on Saturdays. Please do not set up this week.\n\nCllr Gareth Penhaligon", day=3, time=(18, 5), rules=[CN],
    why="Councillor refuses permission and instructs a trader in his own name.")

add("office", [("Raj's Kitchen", "rajskitchen@gmail.com")], "Formal notice - market pitch licence",
    "Dear Mr Mehta,\n\nThis is formal notice that your licence for pitch 9 at the Saturday market will end on 31 March "
    "2026.\n\nYours sincerely\n\nCllr Priyanka Chaudhary\nChair, Events & Markets Committee\nKettleby Magna Town Council",
    day=9, time=(11, 50), rules=[CN],
    why="Sent from the office mailbox but signed by a councillor: gives formal notice on the council's behalf.")

add("aldous2", [("Kettleby Caterers", "events@kettlebycaterers.co.uk")], "Mayor's reception 14 March",
    "Hi Sandra,\n\nPlease book us in for the Mayor's reception on 14 March - 80 covers, the buffet menu B, and invoice "
    "Kettleby Magna Town Council.\n\nHelen Aldous\nTown Mayor", client="iphone", day=4, time=(21, 0), rules=[CN],
    why="Mayor, from her listed personal address, orders catering on the council's account.")
