"""Negatives 3: grants, contractor quotes, complaints, forwards, reply-all, Bcc decoys, misc formats."""
from common import *

KYFC = ("Kettleby Youth FC", "secretary@kettlebyyouthfc.org.uk")
# ---------------------------------------------------------------- grant acknowledgements
add("deputy", [KYFC], "Grant application received - Kettleby Youth FC",
    "Dear Ms Okonkwo,\n\nThank you for your community grant application for £850 towards new goalposts. I confirm that "
    "it is complete. It will be considered by the Finance & General Purposes Committee on Thursday 5 February and I'll "
    "write to you with the decision the following week.\n\n" + osig("deputy"), day=1, time=(14, 20),
    why="Officer acknowledges a grant application.")

add("rfo", [("Kettleby Lunch Club", "lunchclub.kettleby@outlook.com")], "Grant payment - minibus insurance",
    "Dear Pam,\n\nFollowing the committee's decision in December, the grant of £600 towards the Lunch Club's minibus "
    "insurance was paid to your account today. Please send us a copy of the insurance schedule for our records and "
    "remember to credit the town council in your annual report.\n\n" + osig("rfo"), day=2, time=(11, 18),
    why="RFO pays a grant and sets its conditions: officer.")

add("clerk", [("Kettleby Model Railway Society", "kmrs.secretary@gmail.com")], "Your grant application",
    "Dear Mr Pennock,\n\nI'm sorry to tell you that the committee was unable to support your application for a grant "
    "towards the exhibition hall hire this year, because the scheme does not fund events that charge for entry. You "
    "are welcome to apply again in the April round for the publicity costs, which would be eligible.\n\n" + osig("clerk"),
    day=3, time=(15, 40), why="Officer conveys a refusal decided by committee.")

add("events", [("Grants Team - Wessingshire Community Foundation", "grants@wessingshirecf.org.uk")],
    "RE: Offer letter WCF-26-0142 - Corn Exchange 150",
    "Dear Hollie,\n\nThank you for the offer letter for £4,500 towards the Corn Exchange 150 heritage open day. The Town "
    "Clerk has signed the acceptance form, which is attached. I'll send the first monitoring report by 30 June.\n\n" + osig("events"),
    quotes=[Q(("Hollie Brand", "grants@wessingshirecf.org.uk"), ["events"], "Offer letter WCF-26-0142 - Corn Exchange 150",
              "Dear Jess,\n\nI'm delighted to attach an offer of grant of £4,500. Please return the signed acceptance within "
              "28 days.\n\nHollie Brand\nGrants Officer", ago=72)],
    atts=[("WCF-26-0142 acceptance signed.pdf", ["Acceptance of grant offer WCF-26-0142"])], day=5, time=(10, 30),
    why="Officer accepts a grant offer on the council's behalf.")

# ---------------------------------------------------------------- contractor quotes (Facilities Manager)
FMS = osig("fm")
add("fm", ["fm"], "Request for quotation - Corn Exchange gutter clearance",
    "Dear Sir/Madam,\n\nKettleby Magna Town Council invites quotations for clearing and inspecting the gutters and "
    "downpipes at the Corn Exchange (Grade II listed, three storeys, cherry picker access from Market Square). The "
    "specification and photos are attached. Please quote by Friday 30 January.\n\n" + FMS,
    bcc=[("Marcus Tilley", "marcus@tilleyroofing.co.uk"), ("Allclear Gutters", "info@allcleargutters.co.uk"),
         ("Heritage Roofing Wessex", "quotes@heritageroofingwessex.co.uk")],
    atts=[("Spec - gutter clearance Corn Exchange.pdf", ["Specification", "Gutter clearance and CCTV survey of downpipes"]),
          ("gutter-north-elevation.jpg", None)], day=1, time=(10, 15),
    why="Facilities Manager writes to his own address and blind-copies three contractors: no governed recipient visible or blind.")

add("fm", [("Allclear Gutters", "info@allcleargutters.co.uk")], "RE: Request for quotation - Corn Exchange gutter clearance",
    "Hi Lee,\n\nYes, the cherry picker can go on the square before 8am on a weekday - the market is only on Saturdays. "
    "You don't need a separate road closure.\n\n" + FMS,
    quotes=[Q(("Lee Brannigan", "info@allcleargutters.co.uk"), ["fm"], "RE: Request for quotation - Corn Exchange gutter clearance",
              "Stuart, can we put the cherry picker on the square or do we need a closure? Lee", ago=20)],
    day=3, time=(9, 35), why="Officer answers a contractor; quoted text is the contractor's own.")

add("fm", [("Greenscape Grounds Ltd", "contracts@greenscapegrounds.co.uk")], "Order - hedge cutting at the cemetery",
    "Hi Paul,\n\nThank you for your quote GG-Q-2291 (£1,180 + VAT). I'm happy to accept it. Purchase order PO-2026-009 "
    "is attached. Please do the work before 28 February (bird nesting season) and let me know the day so I can warn "
    "the cemetery visitors.\n\n" + FMS,
    atts=[("PO-2026-009 Greenscape.pdf", ["PURCHASE ORDER PO-2026-009", "Hedge cutting, Kettleby Cemetery", "£1,180.00 + VAT"])],
    day=4, time=(14, 50), why="Officer accepts a quote and instructs the contractor: officers may bind the council.")

add("fm", ["clerk"], "FW: Quotes - play area safety surfacing",
    "Ros - the two quotes for the Abbey Meadow play area surfacing are below and attached. I'd recommend Playsafe; "
    "they're cheaper and did Hoxley's.\n\nStuart",
    quotes=[Q(("Playsafe Surfaces", "sales@playsafesurfaces.co.uk"), ["fm"], "Quotes - play area safety surfacing",
              "Dear Stuart,\n\nFurther to your visit, our quotation for 140m2 wetpour is £9,870 + VAT, valid 60 days.\n\n"
              "Regards\nDanielle Kerr\nPlaysafe Surfaces", kind="fwd", ago=26)],
    atts=[("Playsafe quote Q-4471.pdf", ["Quotation Q-4471", "Wetpour 140m2 £9,870 + VAT"])], day=5, time=(12, 0),
    why="A contractor's email forwarded from one officer to another.")

add("fm", [("Pete Hardwick", "pete@hardwickelectrical.co.uk")], "Keys for Monday",
    "Pete,\n\nPlease attend the Corn Exchange on Monday at 8am for the fixed wire testing. Keys are at the office - ask "
    "for Chloé. The hall must be back in use by 4pm for the dance school.\n\n" + FMS, client="owa", day=7, time=(16, 5),
    why="Facilities Manager instructs a contractor: an officer.")

add("fm", [("Shred-it Wessex", "bookings@shreditwessex.co.uk")], "Confidential waste collection - Corn Exchange",
    "Hello,\n\nCould you book our quarterly confidential waste collection for the week of 2 February? Two consoles, "
    "both in the first-floor office. Our account number is KMTC-0442.\n\n" + FMS, day=8, time=(10, 12),
    why="'Confidential waste collection' is a service, not a marking.")

add("fm", [("Marcus Tilley", "marcus@tilleyroofing.co.uk")], "RE: Roof inspection - Corn Exchange",
    "Thanks Marcus - quote received and passed to the clerk. It'll go to the Amenities Committee on the 22nd and I'll "
    "let you know the outcome.\n\nStuart",
    quotes=[Q(("Marcus Tilley", "marcus@tilleyroofing.co.uk"), ["fm"], "RE: Roof inspection - Corn Exchange",
              "Stuart, quote attached for the slipped slates and lead flashing, £3,460 + VAT. Marcus", ago=28),
            Q("fm", [("Marcus Tilley", "marcus@tilleyroofing.co.uk")], "Roof inspection - Corn Exchange",
              "Marcus, thanks for coming out on Thursday. Please send the quote when you can. Stuart", ago=70)],
    client="iphone", day=6, time=(18, 10),
    why="iPhone reply quoting the contractor and the sender's own earlier message ('On ... wrote:').")

# ---------------------------------------------------------------- complaints acknowledged
add("office", [("Brian Cole", "bcole44@aol.com")], "Your complaint - ref KMTC/C/26/003",
    "Dear Mr Cole,\n\nThank you for your email of 16 January about the Christmas tree on the Buttercross. I have logged "
    "it as a formal complaint under the council's complaints procedure (reference KMTC/C/26/003). The Town Clerk will "
    "reply within 10 working days.\n\nYours sincerely\n\nChloé Durand\nAdministrative Assistant\n\n" + DISC,
    day=6, time=(10, 30), why="Office acknowledges a complaint.")

add("clerk", [("Brian Cole", "bcole44@aol.com")], "Your complaint - ref KMTC/C/26/003 - response", "Dear Mr Cole,\n\nI have now looked into your complaint. The tree was supplied by a local farm and installed by our "
    "contractor on 24 November; it was not as full as in previous years and I agree it was disappointing. We will use a "
    "different supplier next year and the contractor has offered a 20% credit, which we have accepted.\n\nIf you are "
    "not satisfied you may ask for the complaint to be reviewed by the Complaints Panel.\n\n" + osig("clerk"), cc=["aldous"], day=9, time=(14, 0), why="Clerk's stage 1 response, Mayor visibly copied; the officer makes the commitment.")

add("admin", [("Sophie Marchetti", "sophie.marchetti@gmail.com")], "Your report - bins at the Green", "Dear Ms Marchetti,\n\nThank you for your email about the overflowing bins at the Green. I've passed it to our "
    "Facilities Manager, and I've copied in Cllr Okafor as one of your ward councillors.\n\n" + osig("admin"), cc=["okafor"], day=2, time=(11, 45), why="Officer acknowledgement with a ward councillor visibly copied.")

add("deputy", [("Keith Arnott", "keith.arnott@btinternet.com")], "RE: Graffiti - Wendle Bridge",
    "Dear Mr Arnott,\n\nThanks for the photo. Our Facilities team will remove the graffiti from the bridge parapet this "
    "week; it's on the county's structure but we have a standing arrangement to clean it.\n\n" + osig("deputy"),
    quotes=[Q(("Keith Arnott", "keith.arnott@btinternet.com"), ["office"], "Graffiti - Wendle Bridge",
              "There's new graffiti on Wendle Bridge, photo attached. Disgraceful. K Arnott", ago=19)],
    day=3, time=(9, 50), why="Officer's reply; quoted text is the resident's own.")

add("clerk", [("Hamid Rahimi", "hamid.rahimi@outlook.com")], "Your complaint about the public toilets",
    "Dear Mr Rahimi,\n\nThank you for your email. I am sorry the Market Square toilets were closed on Sunday; a pipe "
    "froze overnight. They reopened on Monday afternoon. Your suggestion of a notice with the nearest alternative is a "
    "good one and Stuart will put one up.\n\n" + osig("clerk"), day=1, time=(15, 15),
    why="Officer responds to a complaint.")

add("office", [("Mrs Eirlys Parry", "eirlys.parry@yahoo.co.uk")], "RE: Bench in memory of my husband",
    "Dear Mrs Parry,\n\nThank you for your enquiry, and I'm sorry for your loss. Memorial benches are considered by the "
    "Amenities Committee. I've attached the memorial bench policy and application form; the next meeting that could "
    "consider it is on 19 March.\n\nKind regards\nChloé Durand\nKettleby Magna Town Council",
    quotes=[Q(("Mrs Eirlys Parry", "eirlys.parry@yahoo.co.uk"), ["office"], "Bench in memory of my husband",
              "Dear Sir/Madam, I would like to put a bench on Abbey Meadow in memory of my husband Gwilym, who walked there "
              "every day. How do I go about it? Eirlys Parry", ago=45)],
    atts=[("Memorial bench policy and form.pdf", ["Memorial Benches Policy", "Application form"])], day=8, time=(11, 0),
    why="Office reply to an enquiry; non-ASCII-free but Welsh names; attachment.")

# ---------------------------------------------------------------- forwards
add("frobisher", ["clerk"], "FW: Abbey path flooding",
    "Ros, one for you - see below from a resident. I've told her I've passed it on.\n\nJan",
    quotes=[Q(("Marion Kettle", "marion.kettle@gmail.com"), ["frobisher"], "Abbey path flooding",
              "Dear Councillor Frobisher, the path from the Abbey to Mill Street is under water again and people are walking "
              "on the grass verge. Could the council look at the drain? Marion Kettle", kind="fwd", ago=5)],
    day=0, time=(17, 40), why="Councillor forwards a resident's own email to the clerk.")

add("clerk", ["fm"], "FW: Abbey path flooding",
    "Stuart, can you look at the drain by the Abbey stile? Thanks, Ros",
    quotes=[Q("frobisher", ["clerk"], "FW: Abbey path flooding",
              "Ros, one for you - see below from a resident. I've told her I've passed it on.\n\nJan", kind="fwd", ago=15),
            Q(("Marion Kettle", "marion.kettle@gmail.com"), ["frobisher"], "Abbey path flooding",
              "Dear Councillor Frobisher, the path from the Abbey to Mill Street is under water again. Marion Kettle", kind="fwd", ago=5)],
    day=1, time=(9, 0), why="Officer forwards a councillor's and a resident's messages to another officer.")

add("clerk", ["deputy"], "FW: Budget monitoring Q3",
    "Mark - for the F&GP papers. Ros",
    quotes=[Q("rfo", ["clerk"], "Budget monitoring Q3",
              "Ros,\n\nQ3 budget monitoring attached. Income is 4% down on hall hire; everything else on track.\n\nNadia", kind="fwd", ago=25)],
    atts=[("Budget monitoring Q3 2025-26.xlsx", ["Budget monitoring Q3"])], day=2, time=(10, 0),
    why="Officer forwards another officer's email to a third officer: the new recipient is neither external nor a councillor.")

add("deputy", ["fm"], "FW: Burns Night - staging", "Stuart - below is Jess's plan for Burns Night, with the band's request at the bottom. OK to put the stage out Friday?\n\nMark", cc=["events"], quotes=[Q("events", ["deputy"], "Burns Night - staging",
              "Mark, the ceilidh band need the full stage and two extra sockets stage left. See their email below. Jess", kind="fwd", ago=20),
            Q(("The Heather Lintie Band", "bookings@heatherlintie.co.uk"), ["events"], "Burns Night - staging",
              "Hi Jess, we'll need the full stage and power for two amps plus a keyboard, stage left ideally. Fiona", kind="fwd", ago=30)], day=3, time=(14, 10), why="Nested forward between officers.")

add("chaudhary2", [X["ccllr"]], "Fwd: Sheep Street loading times",
    "Philippa - could you look at this one for the traders? The Sheep Street loading bay is a county traffic order.\n\nPriyanka",
    client="gmail",
    quotes=[Q(("Gethin Morgan", "gethin@morgansbakehouse.co.uk"), ["chaudhary2"], "Sheep Street loading times",
              "Priyanka, the new restricted parking in Sheep Street means we can't unload after 8am on market day. Can "
              "anything be done? Gethin", kind="fwd", ago=20)],
    day=5, time=(21, 5), why="Councillor forwards a trader's own email to the county councillor (partner domain).")

add("bevan", ["aldous", "clerk"], "FW: Remembrance Sunday road closure",
    "Helen - this is Ros's note from last week which you were already copied on; the Legion want to know the timings.\n\nRhodri",
    quotes=[Q("clerk", ["bevan"], "Remembrance Sunday road closure", "Rhodri,\n\nThe county needs our road closure "
              "application twelve weeks ahead, so by 17 August. I'll do it once council has agreed the route.\n\nRos",
              cc=["aldous"], kind="fwd", ago=120)],
    day=4, time=(8, 30), why="Forward of the clerk's email to people who were all on it (recipients known).")

add("clerk", [("Mrs Ann Weatherall", "ann.weatherall@btinternet.com")], "FW: Allotment waiting list",
    "Dear Mrs Weatherall,\n\nI'm resending my email of last week, which I think may have gone to your junk folder.\n\n" + osig("clerk"),
    quotes=[Q("clerk", [("Mrs Ann Weatherall", "ann.weatherall@btinternet.com")], "Allotment waiting list",
              "Dear Mrs Weatherall,\n\nYou are now second on the waiting list for Wendle Lane. I'll write as soon as a plot "
              "becomes free.\n\nRosalind Tennant\nTown Clerk", kind="fwd", ago=170)],
    day=7, time=(11, 10), why="Officer re-forwards her own earlier email: the embedded author is the sender.")

add("clerk", ["lindqvist"], "FW: 26/0019/FUL - extension of time",
    "Søren - FYI, the district has agreed our extension to 23 January for the Wendle Lane comments.\n\nRos",
    quotes=[Q(("Sam Okoro", "sam.okoro@northwendlesham.gov.uk"), ["clerk"], "26/0019/FUL - extension of time",
              "Dear Rosalind, I can agree an extension to 23 January for the town council's comments. Regards, Sam Okoro, "
              "Senior Planning Officer", kind="fwd", ago=6)],
    day=2, time=(16, 50), why="Officer forwards a partner's email to a councillor: the embedded author is not an officer of the council.")

# ---------------------------------------------------------------- reply-all among the same participants (long threads)
RES = ("Mr Colin Yeo", "colin.yeo@gmail.com")
add("kovacs", [RES], "RE: Bus stop at Abbey Road", "Dear Mr Yeo,\n\nThanks - that's very helpful, and thank you to Ros for chasing. I'll look out for the county's "
    "engineer on the 29th.\n\nZoltán\n" + csig("kovacs"), cc=["clerk"], quotes=[Q("clerk", [RES], "RE: Bus stop at Abbey Road",
              "Dear Mr Yeo,\n\nThe county has confirmed an engineer will visit the stop on 29 January.\n\nRosalind Tennant\nTown Clerk",
              cc=["kovacs"], ago=3),
            Q(RES, ["clerk"], "RE: Bus stop at Abbey Road", "Any news on the bus stop? Colin Yeo", cc=["kovacs"], ago=48),
            Q("kovacs", [RES], "RE: Bus stop at Abbey Road", "Dear Mr Yeo, I've asked the clerk to chase the county. Zoltán",
              cc=["clerk"], ago=72),
            Q("clerk", [RES], "RE: Bus stop at Abbey Road", "Dear Mr Yeo, I've reported the loose kerb to the county "
              "(ref WCC-HW-2026-17702). Rosalind Tennant", cc=["kovacs"], ago=30),
            Q(RES, ["kovacs"], "Bus stop at Abbey Road", "Dear Cllr Kovács, the kerb at the Abbey Road bus stop is loose and "
              "my wife nearly fell. Colin Yeo", cc=["clerk"], ago=20)], day=9, time=(10, 20), why="Councillor's reply-all in a 5-level Outlook thread; every embedded officer message had the same three participants.")

BAND = ("Fiona Reid", "bookings@heatherlintie.co.uk")
add("events", [BAND], "RE: Burns Night - final details", "Hi Fiona,\n\nPerfect, see you at 6pm. Chloé will have the float and the wristbands.\n\nJess", cc=["admin"], client="owa", quotes=[Q(BAND, ["events"], "RE: Burns Night - final details", "Jess, arriving 6pm for soundcheck. Fiona", cc=["admin"], ago=2),
            Q("admin", [BAND], "RE: Burns Night - final details", "Hi Fiona, parking is in the yard behind the Corn Exchange. "
              "Chloé", cc=["events"], ago=20),
            Q(BAND, ["events"], "RE: Burns Night - final details", "Where do we park the van? Fiona", cc=["admin"], ago=5),
            Q("events", [BAND], "Burns Night - final details", "Hi Fiona, all set for the 31st - 8pm start, two sets. Jess",
              cc=["admin"], ago=30)], day=8, time=(12, 45), why="Reply-all among the same three participants; the quoted officer (Chloé) wrote to the band.")

add("rfo", [("Accounts - Greenscape Grounds Ltd", "accounts@greenscapegrounds.co.uk")], "RE: Statement December", "Thanks Jo - all reconciled now. Nadia", cc=["clerk"], quotes=[Q(("Jo Whitby", "accounts@greenscapegrounds.co.uk"), ["rfo"], "RE: Statement December",
              "Nadia, yes, GG-10451 was a duplicate - credit note attached. Jo", cc=["clerk"], ago=4),
            Q("clerk", [("Jo Whitby", "accounts@greenscapegrounds.co.uk")], "RE: Statement December",
              "Jo, I think GG-10451 duplicates GG-10440 - both are for November mowing. Ros", cc=["rfo"], ago=20),
            Q("rfo", [("Jo Whitby", "accounts@greenscapegrounds.co.uk")], "RE: Statement December",
              "Hi Jo, I can't match two items on your statement. Ros may know. Nadia", cc=["clerk"], ago=24),
            Q(("Jo Whitby", "accounts@greenscapegrounds.co.uk"), ["rfo"], "Statement December",
              "Hi Nadia, December statement attached. Jo", ago=48),
            Q("rfo", [("Jo Whitby", "accounts@greenscapegrounds.co.uk")], "Statement request", "Jo, could you send December's "
              "statement please? Nadia", ago=50)], client="orig", day=7, time=(15, 55), why="5-level '-----Original Message-----' thread; the clerk's quoted message was addressed to the same supplier.")

add("bevan", ["clerk", "aldous"], "Re: Civic service order of service",
    "Fine by me.\n\nR", client="thunderbird",
    quotes=[Q("aldous", ["clerk", "bevan"], "Re: Civic service order of service", "Happy with the draft. Helen", ago=5),
            Q("clerk", ["aldous", "bevan"], "Civic service order of service", "Helen, Rhodri - draft order of service "
              "attached for the civic service on 8 March. Ros", ago=20)],
    day=4, time=(21, 15), why="Reply-all among the same three people in Thunderbird.")

add("admin", [("Kerry Lomax", "info@wendlevalleydance.co.uk")], "RE: Invoice query - January hire", "Hi Kerry,\n\nNadia has corrected it - the new invoice is attached. Sorry for the muddle.\n\nChloé", cc=["bookings", "rfo"], quotes=[Q("rfo", [("Kerry Lomax", "info@wendlevalleydance.co.uk")], "RE: Invoice query - January hire",
              "Hi Kerry, you're right, it should be 16 sessions not 18. I'll reissue. Nadia", cc=["bookings", "admin"], ago=3),
            Q(("Kerry Lomax", "info@wendlevalleydance.co.uk"), ["bookings"], "Invoice query - January hire",
              "Hi, our January invoice has 18 sessions but we only had 16 (two cancelled for the panto). Kerry",
              cc=["rfo", "admin"], ago=24)], atts=[("KMTC-INV-2026-019 revised.pdf", ["INVOICE KMTC-INV-2026-019 (revised)", "16 sessions"])], day=3, time=(16, 0), why="Reply-all; the RFO's quoted message went to the same hirer.")

# ---------------------------------------------------------------- Bcc decoys
add("clerk", ["blake"], "Precept options", "Marguerite,\n\nThe three precept options you asked for are attached (3.9%, 2.9% and a freeze with reserves). I've "
    "bcc'd my own address so I can find this at home.\n\nRos", bcc=["clerk2"], atts=[("Precept options 2026-27.xlsx", ["Precept options"])], day=0, time=(17, 55), why="Bcc to the sender's own second listed address: no other blind copy.")

add("aldous", [("Kettleby Rotary", "secretary@kettlebyrotary.org.uk")], "Charter dinner - speech", "Dear Mr Vance,\n\nThank you for asking me to propose the toast to Rotary International. I'll keep it to five "
    "minutes.\n\nWith best wishes\n\n" + csig("aldous"), bcc=["aldous2"], day=5, time=(20, 20), why="Mayor blind-copies her own listed personal address.")

add("hollins", ["clerk"], "Allotment rents - committee", "Ros,\n\nBefore the Amenities meeting: I'd like the report to include what the neighbouring councils charge, if "
    "that's possible at this stage.\n\nDerek\n\nCC Councillor Janet Frobisher", bcc=["frobisher"], day=5, time=(9, 10), why="Blind copy to a councillor, disclosed at the foot ('CC Councillor Janet Frobisher') as the Leigh-on-Sea protocol asks.")

add("nibhriain", ["nibhriain"], "Wendle Ward update - January",
    "Dear neighbours,\n\nHere's my January round-up for Wendle Ward.\n\n- The town council meets on 20 January to set the "
    "precept; the committee recommends 3.9%.\n- The crossing petition has 412 signatures. Thank you! I'll present it at "
    "Full Council.\n- The district's Local Plan consultation (Part 2 - site allocations) closes on 27 February. I'll be "
    "opposing the Wendle Lane site; you can respond directly at northwendlesham.gov.uk/localplan.\n\nAs ever, this is my "
    "own newsletter as your councillor, not a council publication.\n\nAoife Ní Bhriain\nLiberal Democrat councillor for Wendle Ward",
    bcc=[("Margaret Oduya", "m.oduya@gmail.com"), ("Wendle Lane Residents", "wendlelaneresidents@gmail.com"),
         ("Harriet Coombe", "harriet.coombe@outlook.com"), ("Bill & Sue Tanner", "tanners@talktalk.net"),
         ("Yusuf Demir", "ydemir@gmail.com")], client="gmail", day=3, time=(19, 0),
    why="Councillor's ward newsletter to herself with residents in Bcc: no governed person blind or visible; personal views.")

add("eventsbox", ["eventsbox"], "Valentine's evening market - stall bookings open",
    "Dear Stallholders,\n\nBookings are open for the Valentine's evening market on Friday 13 February, 5pm to 9pm, in "
    "Market Square. Pitches are £20 including power. Please book by 2 February using the attached form.\n\n"
    "Jess Carrow\nEvents Officer\n\n" + DISC,
    bcc=[("Sue Padgett", "sue@padgettplants.co.uk"), ("Kettleby Cheese Co", "hello@kettlebycheese.co.uk"),
         ("Raj's Kitchen", "rajskitchen@gmail.com"), ("Candles by Carys", "carys@candlesbycarys.co.uk"),
         ("Vintage Finds", "vintagefinds.kettleby@outlook.com"), ("Mulled & Merry", "hello@mulledandmerry.co.uk")],
    atts=[("Valentine market booking form.docx", ["Booking form"])], day=9, time=(9, 15),
    why="Events mailbox mass mailing to itself with stallholders in Bcc.")

# ---------------------------------------------------------------- misc formats and decoys
add("deputy", [("Rt Revd Mark Tullock", "bishops.office@diocese-wessingshire.org.uk")], "Civic service - 8 March",
    "Dear Bishop,\n\nThe Town Mayor has asked me to thank you for agreeing to preach at the civic service at St Mary's on "
    "Sunday 8 March at 3pm. The order of service is attached. Parking is reserved for you in the vicarage drive.\n\n" + osig("deputy"),
    atts=[("Civic service 2026 order of service.pdf", ["Civic Service", "St Mary's Church, Kettleby Magna"])],
    hdrs={"msip_labels": "MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_Enabled=true; MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_SetDate=2026-01-14T10:02:11Z; "
                          "MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_Method=Standard; MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_Name=OFFICIAL; "
                          "MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_SiteId=8d2c4b1a-5e6f-4a3b-9c8d-7e6f5a4b3c2d; MSIP_Label_3f1c6a2e-1d2b-4c5e-9a8f-0b7c6d5e4f3a_ContentBits=0"},
    day=2, time=(10, 2), why="Sensitivity label 'OFFICIAL' (not OFFICIAL-SENSITIVE) is not a marking.")

add("clerk", [("Frau Dr. Annegret Schäfer", "partnerschaft@stadt-koenigsau.de")], "Städtepartnerschaft - visit in June",
    "Dear Dr Schäfer,\n\nThank you for your letter. We are delighted that a group from Königsau will visit Kettleby Magna "
    "from 12 to 15 June. The Town Twinning Association is arranging home hosting; the council will host a reception in "
    "the Corn Exchange on the Saturday evening.\n\nMit freundlichen Grüßen\n\n" + osig("clerk"),
    day=4, time=(12, 30), why="Officer commits the council to a reception; non-ASCII name and subject (RFC 2047).")

add("admin", [("Zoë Pawłowska", "zoe.pawlowska@gmail.com")], "Café kiosk - expression of interest",
    "Dear Zoë,\n\nThank you for your interest in running the Abbey Meadow kiosk. The expression-of-interest pack is "
    "attached. Part 2 of the form asks for your food hygiene rating and insurance; please complete every section. "
    "The closing date is 27 February.\n\n" + osig("admin"),
    atts=[("Kiosk EOI pack 2026.pdf", ["Expression of interest", "Part 1: About you", "Part 2: Food hygiene and insurance"])],
    day=6, time=(14, 35), why="'Part 2 of the form' is a decoy, not Part 2 business; non-ASCII recipient name.")

add("deputy", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
               "okafor", "fairweather", "kovacs"], "Training: confidentiality and data protection - 3 February",
    "Dear Councillors,\n\nWALC is running a two-hour session on confidentiality, data protection and the councillors' "
    "code of conduct on Tuesday 3 February at 6pm in the Jubilee Room. It covers when papers are exempt, how to handle "
    "residents' personal data in casework and what to do if you send an email to the wrong person.\n\nPlease let me know "
    "by Friday if you'd like a place.\n\n" + osig("deputy"), day=5, time=(11, 55),
    why="Talk about confidentiality to councillors only.")

add("events", [("Wessingshire Police - Licensing", "licensing@wessingshire.police.uk")], "Burns Night ceilidh - TEN",
    "Dear Licensing Team,\n\nFor information, a Temporary Event Notice has been given to the district for the Burns "
    "Night ceilidh at the Corn Exchange on Saturday 31 January (bar 7pm-11pm, 180 people). The premises licence holder "
    "is the Town Clerk.\n\n" + osig("events"), day=1, time=(15, 35),
    why="Officer gives formal notice to an outside body: officers may.")

add("hollins2", [("Mr & Mrs Dobbs", "dobbs.family@outlook.com")], "Re: Your kitchen",
    "Hi both,\n\nThanks for choosing us. I'll be with you Monday 8am to measure up; the deposit is 30% as per the "
    "quote.\n\nDerek\nHollins Joinery Ltd, Unit 3, Wendle Trading Estate", client="gmail", day=2, time=(7, 15),
    why="A councillor writing from his listed business address about his own joinery business: not on behalf of the council.")

add("blake", [("Kettleby Magna Conservatives", "kmconservatives@gmail.com")], "Leaflet delivery rota",
    "Dear all,\n\nAttached is the leaflet delivery rota for February. Please pick up your bundles from my garage on "
    "Saturday morning.\n\nMarguerite", day=7, time=(19, 40),
    why="Party-political instruction to volunteers: not on behalf of the council.")

add("office", [("Gareth Llewellyn", "g.llewellyn@btinternet.com")], "RE: Freedom of Information request",
    "Dear Mr Llewellyn,\n\nThank you for your request under the Freedom of Information Act 2000 for the council's "
    "spending on the Christmas lights in 2023, 2024 and 2025. The information is attached. The council does not hold "
    "any of it in confidence, and it is also published in our annual accounts.\n\nYours sincerely\n\nMark Ebbrell\n"
    "Deputy Town Clerk\n\n" + DISC,
    atts=[("FOI response KMTC-FOI-26-002.pdf", ["FOI response", "Christmas lights spending 2023-2025"])], day=8, time=(15, 20),
    why="FOI response; 'does not hold any of it in confidence' is a negation.")

add("aldous", ["clerk"], hdrs={"Sensitivity": "Personal"}, subject="Hospital appointment",
    body="Ros, just so you know I'm having a minor op on the 27th so might be a bit slow on email that week. Bevan can "
    "cover the Legion dinner. Helen", day=3, time=(8, 15),
    why="Sensitivity: Personal (not Private/Company-Confidential) to an officer; internal anyway.")

add("fm", [("Wessingshire Highways", "highways@wessingshire.gov.uk")], "Restricted byway - Abbey Meadow",
    "Dear Highways,\n\nThe restricted byway sign at the Abbey Meadow entrance (RB 14) has been knocked down - photo "
    "attached. It's on the county's asset list, I think. Could you arrange a replacement?\n\n" + FMS,
    atts=[("RB14-sign.jpg", None)], day=9, time=(9, 25),
    why="'Restricted byway' is a decoy; the recipient is the county (partner).")
