"""Negatives 1: agendas and minutes, meetings and calendar traffic, room bookings, RFO, markets."""
from common import *

N = "none"
AG = ["Kettleby Magna Town Council", "Meeting of the Full Council", "Tuesday 20 January 2026 at 7.00pm, Council Chamber",
      "1. Apologies", "2. Declarations of interest", "3. Public participation", "4. Minutes of 16 December 2025",
      "5. Town Mayor's announcements", "6. Finance: precept 2026/27", "7. Christmas lights review", "8. Correspondence"]

# ---------------------------------------------------------------- agendas and minutes
add("clerk", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher2",
              "okafor", "fairweather", "kovacs"],
    "Full Council - Tuesday 20 January 2026 - summons and agenda",
    "Dear Councillor,\n\nYou are hereby summoned to attend the meeting of the Full Council to be held in the Council Chamber, "
    "the Corn Exchange, on Tuesday 20 January 2026 at 7.00pm. The agenda is attached and the reports are on the "
    "councillors' SharePoint.\n\nPlease let me know of any apologies by Monday lunchtime.\n\n" + osig("clerk"),
    atts=[("Full Council agenda 20-01-2026.pdf", AG)], day=1, time=(16, 5),
    why="Clerk's summons to all councillors (one via listed personal address); internal.")

add("deputy", [X["mercury"], ("Kettleby Magna Library", "kettleby.library@wessingshire-libraries.org.uk")],
    "Planning Committee agenda - 15 January 2026",
    "Good afternoon,\n\nPlease find attached the agenda for the Planning Committee on Thursday 15 January at 6.30pm. "
    "Members of the public are welcome to attend and there is a 15-minute public participation session at the start.\n\n"
    "Could the library put a copy on the community noticeboard as usual? Many thanks.\n\n" + osig("deputy"),
    atts=[("Planning agenda 15 Jan 2026.pdf", ["Planning Committee", "Thursday 15 January 2026, 6.30pm",
                                               "1. Apologies", "2. Declarations", "3. 26/0012/HOU 14 Bell Street - rear extension",
                                               "4. 26/0019/FUL Land off Wendle Lane - 9 dwellings"])],
    day=0, time=(14, 40), why="Public agenda sent by an officer to the press and the library; no marking.")

add("clerk", ["blake", "penhaligon", "okafor", "frobisher", "kovacs"], "Draft minutes - F&GP 8 January", "Dear all,\n\nAttached are the draft minutes of the Finance & General Purposes Committee held on 8 January. "
    "They will go to the next meeting for approval, but if you spot any factual errors please let me know before "
    "I publish the draft on the website on Friday.\n\n" + osig("clerk"), cc=["rfo"], atts=[("DRAFT Minutes F&GP 08-01-2026.docx", ["Minutes of the Finance & General Purposes Committee, 8 January 2026",
                                                 "Present: Cllrs O'Donoghue-Blake (Chair), Penhaligon, Okafor, Frobisher, Kovács",
                                                 "FGP/26/01 The committee recommended a precept of £412,600 to Full Council."])], day=0, time=(10, 12), why="Draft minutes to committee members with the RFO copied; internal.")

add("admin", [X["web"]], "Website uploads - agendas and minutes",
    "Hi Dan,\n\nCould you upload the three attached documents to the Meetings page please? The Planning agenda goes "
    "under 15 January, the F&GP minutes under 8 January and the Full Council agenda under 20 January.\n\n"
    "Thanks as always,\n\nChloé Durand\nAdministrative Assistant\nKettleby Magna Town Council\n" + ADDRESS + "\n\n" + DISC,
    atts=[("Planning agenda 15 Jan 2026.pdf", ["Planning Committee agenda"]),
          ("Minutes F&GP 08-01-2026.pdf", ["Minutes F&GP"]), ("Full Council agenda 20-01-2026.pdf", AG)],
    day=1, time=(9, 20), why="Officer instructs the web contractor: officers may; documents are public.")

add("clerk", ["aldous"], "RE: Draft agenda for the 20th",
    "Thanks Helen - I've added the item on the Remembrance Sunday road closure as item 9 and moved correspondence "
    "to the end. Final version attached; it goes out at 4pm.\n\nRos",
    quotes=[Q("aldous", ["clerk"], "RE: Draft agenda for the 20th",
              "Ros, looks fine to me. Could we squeeze in something on the road closure for Remembrance? The British "
              "Legion were asking me on Saturday.\n\nHelen", ago=3),
            Q("clerk", ["aldous"], "Draft agenda for the 20th",
              "Helen,\n\nDraft agenda for Full Council attached for your approval as chair.\n\nRos", ago=20)],
    atts=[("Full Council agenda 20-01-2026 FINAL.pdf", AG)], day=1, time=(13, 30),
    why="Clerk and Mayor agreeing an agenda; quotes are between the same two people.")

add("deputy", ["hollins", "frobisher", "okafor", "fairweather", "kovacs"], "Amenities Committee 22 January - agenda and reports", "Dear Members,\n\nPlease find attached the agenda and reports for the Amenities Committee on Thursday 22 January "
    "at 7pm in the Jubilee Room.\n\nItem 6 (allotment rents) has a report from Stuart with the options; item 7 is "
    "the play area inspection report from RoSPA.\n\nItem 10, the cemetery grounds maintenance tender, is Part 2 "
    "business and the tender scores will be handed out at the meeting rather than emailed.\n\n" + osig("deputy"), cc=["clerk", "fm"], atts=[("Amenities agenda 22-01-2026.pdf", ["Amenities Committee", "6. Allotment rents 2026/27", "7. Play area inspection",
                                              "PART 2", "10. Cemetery grounds maintenance tender"]),
          ("Item 6 - allotment rents report.docx", ["Allotment rents: options for 2026/27"])], day=6, time=(15, 10), why="Agenda with a Part 2 item, sent only to committee councillors and officers: marked content inside its circle.")

add("clerk", [X["dplan"]], "Town council comments - 26/0019/FUL Land off Wendle Lane", "Dear Planning Team,\n\nKettleby Magna Town Council's Planning Committee considered application 26/0019/FUL on "
    "15 January and resolved to OBJECT for the following reasons:\n\n1. The site lies outside the settlement boundary "
    "in the Neighbourhood Plan (policy KM2).\n2. Wendle Lane is single track with no footway.\n3. Surface water flooding "
    "at the Wendle Lane/Mill Street junction.\n\nAn extract of the draft minutes is attached.\n\n" + osig("clerk"), cc=["lindqvist"], atts=[("Extract minutes Planning 15-01-2026.pdf", ["P/26/04 26/0019/FUL - resolved to object"])], day=4, time=(11, 2), why="Clerk sends the committee's planning response to the district (partner); officer sender.")

add("chaudhary", ["clerk"], "Re: Events & Markets agenda",
    "Hi Ros,\n\nAgenda's fine. Could we add a short item on the Easter trail? Jess mentioned the school might want to "
    "join in this year.\n\nThanks\nPriyanka", client="gmail", day=2, time=(21, 44),
    quotes=[Q("clerk", ["chaudhary"], "Events & Markets agenda",
              "Priyanka,\n\nDraft agenda for 29 January attached - any additions?\n\nRos", ago=9)],
    why="Committee chair to clerk about an agenda; internal.")

add("office", ["office"], "Annual Town Meeting - Wednesday 22 April 2026",
    "Dear Resident,\n\nThe Annual Town Meeting of Kettleby Magna will take place on Wednesday 22 April 2026 at 7pm in the "
    "Corn Exchange. This is a meeting of the town's electors, not of the council, and anyone on the electoral roll may "
    "speak.\n\nIf you would like to raise a matter, please let us know by 8 April so that we can plan the evening.\n\n"
    "Kettleby Magna Town Council\noffice@kettlebymagna-tc.gov.uk | 01632 960 210\n\n"
    "You are receiving this because you asked to join our residents' mailing list. Reply 'unsubscribe' to be removed.",
    bcc=[("Ann Weatherall", "ann.weatherall@btinternet.com"), ("Kevin Shah", "kshah1977@gmail.com"),
                         ("Mr & Mrs Dobbs", "dobbs.family@outlook.com"), ("Eirlys Parry", "eirlys.parry@yahoo.co.uk"),
                         ("Wendle Lane Residents", "wendlelaneresidents@gmail.com"), ("Tadeusz Wróbel", "t.wrobel@onet.pl")],
    client="owa", day=3, time=(12, 0),
    why="Mass mailing from office@ to itself with residents in Bcc: no councillor or officer visible or blind-copied.")

add("deputy", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
               "okafor", "fairweather", "kovacs"], "Extraordinary Council meeting - Monday 26 January 2026", "Dear Councillor,\n\nAt the request of the Town Mayor, an extraordinary meeting of the council will be held on Monday "
    "26 January 2026 at 6.30pm in the Council Chamber to consider the district council's consultation on the Local Plan "
    "Review (Part 2 of the consultation: site allocations). The summons and agenda are attached.\n\n" + osig("deputy"), cc=["clerk"], atts=[("Summons - Extraordinary Council 26-01-2026.pdf", ["Extraordinary meeting", "Local Plan Review consultation - Part 2 site allocations"])], day=7, time=(16, 30), why="Formal summons to councillors (internal); 'Part 2 of the consultation' is a decoy, not Part 2 business.")

add("clerk", [X["tash"]], "RE: Minutes of December meeting",
    "Hi Tom,\n\nThe minutes of the 16 December Full Council are attached. They are still a draft until the council "
    "approves them on the 20th, so please quote them as draft.\n\n" + osig("clerk"),
    quotes=[Q(X["tash"], ["clerk"], "Minutes of December meeting",
              "Hi Ros, could you send me the minutes from December? I want to follow up the skate park item. Cheers, Tom", ago=4)],
    atts=[("DRAFT Minutes Full Council 16-12-2025.docx", ["Draft minutes of Full Council, 16 December 2025", "C/25/118 Skate park: resolved to consult."])],
    day=2, time=(10, 25), why="Officer sends public draft minutes to the reporter who asked.")

# ---------------------------------------------------------------- meetings and calendar
start = when(17, 18, 0)
add("events", ["chaudhary", "bevan", "okafor", "kovacs"], "Easter Trail working group", "Hi all,\n\nI've booked the Jubilee Room for the first Easter Trail working group. Please accept if you can make it.\n\nJess", cc=["eventsbox"], cal=("REQUEST", ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0E1", "Easter Trail working group", start, 60, "events",
                        ["chaudhary", "bevan", "okafor", "kovacs"], "Jubilee Room, Corn Exchange")), day=5, time=(11, 15), why="Meeting request from the Events Officer to councillors; internal.")

add("okafor", ["events"], "Accepted: Easter Trail working group",
    "", cal=("REPLY", ics("REPLY", "040000008200E00074C5B7101A82E00800000000B0E1", "Easter Trail working group", start, 60,
                          "events", [], "Jubilee Room, Corn Exchange", partstat="ACCEPTED", replier="okafor")),
    day=5, time=(12, 3), why="Calendar acceptance from a councillor to an officer.")

add("kovacs", ["events"], "Declined: Easter Trail working group",
    "Sorry Jess, I'm away that week - happy to help with the trail itself.\nZoltán",
    cal=("REPLY", ics("REPLY", "040000008200E00074C5B7101A82E00800000000B0E1", "Easter Trail working group", start, 60,
                      "events", [], "Jubilee Room, Corn Exchange", partstat="DECLINED", replier="kovacs")),
    day=5, time=(19, 48), why="Calendar decline with a note; internal.")

s2 = when(10, 10, 0)
add("clerk", ["mo", ("Sam Okoro", "sam.okoro@northwendlesham.gov.uk")], "Quarterly liaison meeting - town and district", "Graham, Sam - as discussed, here is an invitation for our quarterly liaison meeting. Teams link in the invite.\n\nRos", cc=["deputy"], cal=("REQUEST", ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C0F3", "KMTC / NWDC liaison", s2, 60, "clerk",
                        ["mo", ("Sam Okoro", "sam.okoro@northwendlesham.gov.uk"), "deputy"], "Microsoft Teams Meeting")), day=2, time=(9, 5), why="Clerk invites district (partner) officers to a liaison meeting.")

s3 = when(3, 8, 30)
add("fm", [("Marcus Tilley", "marcus@tilleyroofing.co.uk")], "Site visit - Corn Exchange roof",
    "Marcus,\n\nInvite for the site visit on Thursday. Park in the yard behind the Corn Exchange and ring me when you "
    "arrive; I'll bring the ladder key.\n\nStuart\nFacilities Manager, Kettleby Magna Town Council\n07700 900 318",
    cal=("REQUEST", ics("REQUEST", "040000008200E00074C5B7101A82E00800000000D1A4", "Roof inspection - Corn Exchange", s3, 90, "fm",
                        [("Marcus Tilley", "marcus@tilleyroofing.co.uk")], "Corn Exchange, rear yard")),
    day=0, time=(15, 50), why="Facilities Manager arranges a contractor site visit; officer instructions are allowed.")

add("admin", ["clerk"], "Tentative: Staffing Committee",
    "", cal=("REPLY", ics("REPLY", "040000008200E00074C5B7101A82E00800000000E2B5", "Staffing Committee", when(9, 18, 0), 90,
                          "clerk", [], "Jubilee Room", partstat="TENTATIVE", replier="admin")),
    day=4, time=(8, 51), why="Tentative calendar reply between officers.")

add("aldous", [("Mrs Ruth Penrose", "head@stmarys-kettleby.wessingshire.sch.uk")], "RE: Invitation - St Mary's prize-giving", "Dear Mrs Penrose,\n\nThank you for the kind invitation. I'd be delighted to attend the prize-giving on Friday 13 "
    "February and to say a few words. Chloé in the council office keeps my diary and will let you know whether I'll be "
    "bringing my consort.\n\nWith best wishes\n\n" + csig("aldous"), cc=["admin"], quotes=[Q(("Mrs Ruth Penrose", "head@stmarys-kettleby.wessingshire.sch.uk"), ["aldous"], "Invitation - St Mary's prize-giving",
              "Dear Madam Mayor,\n\nWe would be honoured if you would present the prizes at our annual prize-giving on Friday "
              "13 February at 2pm.\n\nYours sincerely\nRuth Penrose\nHeadteacher", ago=26)], day=1, time=(17, 20), why="Mayor accepts a personal invitation to attend: commits the council to nothing (civic attendance, not an obligation on the council).")

add("admin", [("Kettleby Rotary", "secretary@kettlebyrotary.org.uk")], "Mayor's attendance - Rotary charter dinner",
    "Dear Mr Vance,\n\nI am pleased to confirm that the Town Mayor, Cllr Helen Aldous, will attend the charter dinner on "
    "Saturday 7 March with her consort. Could you let me know the dress code and arrival time?\n\n" + osig("admin"),
    day=3, time=(10, 40), why="Officer confirms the Mayor's diary; a councillor is named in the body, not the sign-off.")

# ---------------------------------------------------------------- bookings
BK = "Chloé Durand\nBookings, Kettleby Magna Town Council\nbookings@kettlebymagna-tc.gov.uk | 01632 960 210\n\n" + DISC
add("bookings", [("Lorna Fitch", "lorna.fitch@gmail.com")], "Booking confirmation - Corn Exchange main hall, Sat 14 Feb",
    "Dear Lorna,\n\nThank you for your booking. I'm pleased to confirm the main hall for Saturday 14 February, 2pm to "
    "11pm, for your 40th birthday party.\n\nHire fee: £168.00 (7 hours at £24.00)\nDamage deposit: £150.00, refundable\n\n"
    "An invoice will follow from our finance team. Please return the signed hire agreement (attached) within 14 days. "
    "Music must end by 10.45pm under the premises licence.\n\n" + BK,
    atts=[("Hire agreement - Fitch 14-02-2026.docx", ["Hire agreement", "Hirer: Lorna Fitch", "Main hall, 14 February 2026"])],
    day=0, time=(11, 30), why="Bookings mailbox confirms a hire and sets conditions: an officer binding the council.")

add("bookings", [("Kettleby Camera Club", "kettlebycameraclub@outlook.com")], "RE: Jubilee Room - Tuesday evenings",
    "Dear Mr Harcourt,\n\nI'm sorry, but the Jubilee Room is already booked on Tuesday evenings until the end of March "
    "by the Slimming Club. We do have Wednesdays free from 7pm if that would suit.\n\n" + BK,
    quotes=[Q(("Kettleby Camera Club", "kettlebycameraclub@outlook.com"), ["bookings"], "Jubilee Room - Tuesday evenings",
              "Hello, is the Jubilee Room free on Tuesday evenings from February? We have about 15 members. Regards, Alan Harcourt", ago=22)],
    day=1, time=(9, 55), why="Officer declines a booking date: officers may refuse on the council's behalf.")

add("bookings", [("Wendle Valley Dance School", "info@wendlevalleydance.co.uk")], "Your regular booking 2026",
    "Dear Kerry,\n\nPlease find attached your regular booking schedule for January to July 2026 (Mondays and Thursdays, "
    "4pm to 8pm, main hall). The 3% price increase agreed by the council in November applies from 1 April.\n\n" + BK,
    atts=[("Booking schedule Jan-Jul 2026 - WVDS.pdf", ["Regular booking schedule", "Mondays and Thursdays 16:00-20:00"])],
    day=2, time=(14, 5), why="Officer sends a regular hirer its schedule.")

add("bookings", ["fm"], "Set-up: Saturday 17 Jan - main hall",
    "Stuart,\n\nFor the Rotary quiz on Saturday: 15 tables of 6, stage up, PA on, bar area clear. They arrive at 5pm.\n\nChloé",
    client="owa", day=3, time=(15, 30), why="Bookings asks facilities for a set-up; officer to officer.")

add("admin", [("Ewa Nowakowska", "ewa.nowakowska@wp.pl")], "Deposit refund - 10 January booking",
    "Dear Ms Nowakowska,\n\nThe hall was left in excellent condition after your christening party on 10 January, so I have "
    "asked our RFO to refund your £150 deposit in full. It should reach your account within five working days.\n\n" + osig("admin"),
    day=1, time=(12, 15), why="Officer arranges a deposit refund.")

add("bookings", [("Daisy & Tom Whitlock", "daisyandtom2026@gmail.com")], "RE: Photos in the Memorial Garden",
    "Hi Daisy,\n\nYes, that's fine - you may use the Memorial Garden for photographs after the ceremony on 6 June. Please "
    "keep off the rose beds and make sure the confetti is biodegradable.\n\nCongratulations to you both!\n\n" + BK,
    quotes=[Q(("Daisy & Tom Whitlock", "daisyandtom2026@gmail.com"), ["bookings"], "Photos in the Memorial Garden",
              "Hello! We're getting married at St Mary's on 6 June and wondered if we could have some photos in the Memorial "
              "Garden afterwards? Thanks, Daisy", ago=30)],
    day=4, time=(10, 0), why="Officer grants permission: officers may bind the council.")

add("chaudhary", ["bookings"], "Scouts booking?",
    "Hi Chloé,\nCould you check whether the Scouts have the main hall on 28 Feb for their jumble sale? Their leader asked "
    "me at the school gate and I didn't want to guess.\nThanks\nPriyanka\n\nSent from my iPhone", client="iphone", day=6, time=(8, 42),
    why="Councillor asks an officer a question; internal.")

add("bookings", ["fm"], "FW: Heating in the Jubilee Room",
    "Stuart - see below from the Tuesday yoga group. Could you take a look at the radiator thermostat?\n\nChloé",
    quotes=[Q(("Hannah Greenway", "hannah@yogawithhannah.co.uk"), ["bookings"], "Heating in the Jubilee Room",
              "Hi Chloé, the room was really cold again last night - the radiator under the window never seemed to come on. "
              "Could someone have a look before next week? Thanks, Hannah", kind="fwd", ago=15)],
    day=2, time=(9, 12), why="Officer forwards a hirer's own email to another officer.")

# ---------------------------------------------------------------- RFO
RS = osig("rfo")
add("rfo", [("Kettleby Harriers AC", "treasurer@kettlebyharriers.org.uk")], "Overdue invoice KMTC-INV-2025-311",
    "Dear Mr Lamb,\n\nOur records show that invoice KMTC-INV-2025-311 for £420.00 (hire of the recreation ground for the "
    "Boxing Day 10k) remains unpaid. It was due on 30 December. A copy is attached.\n\nPlease arrange payment by bank "
    "transfer to the account shown on the invoice, quoting the invoice number, within 14 days.\n\n" + RS,
    atts=[("KMTC-INV-2025-311.pdf", ["INVOICE KMTC-INV-2025-311", "Kettleby Harriers AC", "Recreation ground hire 26/12/2025  £420.00"])],
    day=0, time=(9, 40), why="RFO chases an invoice: an officer instructing a customer.")

add("rfo", [("Accounts - Greenscape Grounds Ltd", "accounts@greenscapegrounds.co.uk")], "Remittance advice - January payment run",
    "Good afternoon,\n\nPlease find attached remittance advice for payment of your invoices GG-10482 and GG-10497 "
    "(£2,314.80 in total), paid by BACS today.\n\n" + RS,
    atts=[("Remittance - Greenscape 13-01-2026.pdf", ["Remittance advice", "GG-10482 £1,157.40", "GG-10497 £1,157.40"])],
    day=1, time=(15, 12), why="RFO sends a supplier a remittance advice.")

add("rfo", [("Mehmet Yıldız", "mehmet@yildizfreshfruit.co.uk")], "Market pitch fees - reminder", "Dear Mehmet,\n\nJust a reminder that your pitch fees for October to December (£286.00) are still outstanding. If "
    "you've already paid, please ignore this and accept my thanks. If not, you can pay by card at the office or by "
    "transfer.\n\n" + RS, cc=["markets"], day=2, time=(10, 33), why="RFO reminds a market trader about fees; officer.")

add("rfo", ["auditor"], "Bank reconciliation Q3 and VAT return", "Hi Colin,\n\nAs requested for your interim visit, attached are the Q3 bank reconciliation and the VAT 126 claim "
    "for October to December. The hall hire income is exempt from VAT unless it's for sport, which is why the split "
    "looks odd.\n\nNadia\n\n" + DISC, cc=["clerk"], atts=[("Bank rec Q3 2025-26.xlsx", ["Bank reconciliation Q3"]), ("VAT126 Oct-Dec 2025.pdf", ["VAT 126 claim"])], day=3, time=(11, 47), why="RFO sends working papers to the internal auditor (partner); 'exempt from VAT' is a decoy.")

add("rfo", ["blake", "penhaligon", "okafor", "frobisher", "kovacs"], "Payments for approval - January schedule", "Dear Members of F&GP,\n\nAttached is the January schedule of payments (£18,402.16) for approval by two signatories "
    "on Unity Trust. Cllr O'Donoghue-Blake and Cllr Okafor are the authorisers this month.\n\n" + RS, cc=["clerk"], atts=[("Payments schedule January 2026.pdf", ["Schedule of payments January 2026", "Total £18,402.16"])], day=4, time=(13, 20), why="RFO to councillors: internal.")

add("rfo", [("Business Support - Unity Trust Bank", "businesssupport@unity.co.uk")], "Mandate change - Kettleby Magna Town Council",
    "Dear Sir or Madam,\n\nFollowing the council's resolution of 16 December (minute C/25/121), please find attached the "
    "mandate amendment form adding Cllr Chidi Okafor as a signatory and removing Mr Peter Grange. Certified ID is "
    "enclosed.\n\n" + RS,
    atts=[("Mandate amendment KMTC.pdf", ["Mandate amendment", "Add: Chidi Okafor", "Remove: Peter Grange"])],
    day=5, time=(10, 2), why="RFO instructs the bank; a councillor is named in the text, not in the sign-off.")

add("rfo", [("Kettleby Print Works", "orders@kettlebyprint.co.uk")], "RE: Invoice 7781",
    "Hi Bev,\n\nThanks - could you reissue invoice 7781 addressed to Kettleby Magna Town Council rather than to the "
    "Town Mayor, and quote our purchase order PO-2026-004? Our auditors are strict about it.\n\n" + RS,
    quotes=[Q(("Bev Allard", "orders@kettlebyprint.co.uk"), ["rfo"], "Invoice 7781",
              "Hi Nadia, invoice for the Mayor's Christmas cards attached. Bev", ago=18)],
    day=5, time=(14, 44), why="RFO asks a supplier to reissue an invoice; quoted text is the supplier's own.")

add("rfo", ["kovacs"], "RE: Christmas lights budget",
    "Hi Zoltán,\n\nThe Christmas lights budget for 2025/26 was £14,000 and we've spent £12,870, so £1,130 is left, "
    "mostly earmarked for the storage container rent. None of this is confidential - it's all in the budget monitoring "
    "report on the website.\n\nNadia",
    quotes=[Q("kovacs", ["rfo"], "Christmas lights budget", "Nadia, how much is left in the lights budget? A resident "
              "asked me. Z.", ago=5)],
    day=6, time=(11, 5), why="RFO answers a councillor; 'none of this is confidential' is a negation.")

# ---------------------------------------------------------------- markets
MS = "Kettleby Magna Markets\nKettleby Magna Town Council\nmarkets@kettlebymagna-tc.gov.uk | 01632 960 217\n\n" + DISC
add("markets", [("Gethin Morgan", "gethin@morgansbakehouse.co.uk")], "Saturday market - pitch confirmed",
    "Hi Gethin,\n\nYou're confirmed for pitch 14 (by the Buttercross) on Saturdays from 24 January. Set-up from 7am; the "
    "square must be clear of vehicles by 8.30am. Pitch fee £28 per week, invoiced monthly.\n\nWelcome to the market!\n\n" + MS,
    day=3, time=(16, 20), why="Markets mailbox allocates a pitch: officer.")

add("markets", ["markets"], "Market cancelled - Saturday 17 January (high winds)",
    "Dear Traders,\n\nThe Met Office has issued an amber wind warning for Saturday. For safety reasons the Saturday market "
    "on 17 January is CANCELLED. No pitch fees will be charged for this week.\n\nSorry for the short notice.\n\n" + MS,
    bcc=[("Gethin Morgan", "gethin@morgansbakehouse.co.uk"), ("Mehmet Yıldız", "mehmet@yildizfreshfruit.co.uk"),
                         ("Sue Padgett", "sue@padgettplants.co.uk"), ("Kettleby Cheese Co", "hello@kettlebycheese.co.uk"),
                         ("Raj's Kitchen", "rajskitchen@gmail.com"), ("Vintage Finds", "vintagefinds.kettleby@outlook.com")],
    client="owa", day=4, time=(14, 0),
    why="Mass Bcc from markets@ to itself; only traders are blind-copied and no governed person is visible.")

add("markets", [("Sue Padgett", "sue@padgettplants.co.uk")], "Public liability insurance certificate",
    "Dear Sue,\n\nOur records show your public liability certificate expires on 31 January. Please send us the renewed "
    "certificate before then so that you can keep trading from 7 February.\n\n" + MS,
    day=6, time=(9, 15), why="Officer reminds a trader of a condition.")

add("markets", [("Lukas Becker", "lukas.becker@bratwurst-lukas.de")], "RE: Waiting list - hot food pitch",
    "Hi Lukas,\n\nThanks for your application. We have two hot food traders already, so I've put you on the waiting list "
    "(you're number 3). I'll be in touch if a pitch comes up.\n\n" + MS,
    quotes=[Q(("Lukas Becker", "lukas.becker@bratwurst-lukas.de"), ["markets"], "Waiting list - hot food pitch",
              "Hello, I would like a pitch for German sausages at your Saturday market. I have all certificates. Lukas", ago=50)],
    day=7, time=(10, 50), why="Officer handles a market application.")

add("markets", ["events"], "FW: Valentine's market idea",
    "Jess - one for the events side? Sounds fun.\n\nMarkets",
    quotes=[Q(("Sue Padgett", "sue@padgettplants.co.uk"), ["markets"], "Valentine's market idea",
              "Hiya, a few of us were wondering about a Valentine's evening market on Friday 13 Feb with lights and "
              "mulled wine? Sue", kind="fwd", ago=24)],
    day=8, time=(9, 3), why="Trader's own email forwarded between officer mailboxes.")

add("chaudhary", ["clerk"], "Trader complaint about the loading bay", "Ros,\n\nA couple of traders grabbed me on Saturday about the restricted parking in Sheep Street - the county's new "
    "loading bay times end at 8am, which is before most of them have unloaded. Could this go on the next Events & "
    "Markets agenda so we can decide whether to ask the county to review it?\n\nPriyanka\n" + csig("chaudhary"), cc=["markets"], day=7, time=(18, 2), why="Committee chair to clerk; 'restricted parking' is a decoy word.")

add("markets", [("Wessingshire Farmers' Markets", "info@wessingshirefarmersmarkets.org.uk")], "Farmers' market dates 2026",
    "Hello,\n\nThe council's Events & Markets Committee has agreed the farmers' market dates for 2026 (second Sunday of "
    "the month, March to December). The list is below; could you add them to your website?\n\n8 March, 12 April, "
    "10 May, 14 June, 12 July, 9 August, 13 September, 11 October, 8 November, 13 December.\n\n" + MS,
    day=9, time=(11, 25), why="Officer informs a partner organisation (external) of dates.")
