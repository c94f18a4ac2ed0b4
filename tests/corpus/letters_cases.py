"""Scenarios of the letters-and-markings corpus: councillor-name-letter and confidential-disclosure.

Written for issue 14, in several voices (a formal chair, a chatty councillor, a terse
committee chair, officers), each kind with positives and hard negatives. Every body
is written here by hand; none is taken from another corpus. `build_letters.py`
renders them (tests/corpus/letters-in-name/).
"""

from __future__ import annotations

from letters_people import *  # noqa: F403 - the people of one fictional council

C, L, F = "confidential-disclosure", "councillor-name-letter", "forwarded-chain"
CASES: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, from_: str, to, subject: str, body: str, **extra) -> None:
    CASES.append((stem, rules, why, dict(from_=from_, to=to if isinstance(to, list) else [to],
                                          subject=subject, body=body, **extra)))


def formal(greeting: str, text: str, name: str, title: str = "") -> str:
    sign = f"{name}\n{title}" if title else name
    return f"{greeting}\n\n{text}\n\nYours sincerely,\n\n{sign}\nAshwell Parish Council"


CHAIR = ("Cllr Eleanor Marsh", "Chair of Ashwell Parish Council")
CLERK_SIG = "Gillian Ferris\nClerk and RFO\nAshwell Parish Council"

# ---- councillor-name-letter: permission granted, as a state of affairs or outright -----------
add("ln-01-may-use", [L], "chair, formal: the club may use the lower pitch", MARSH, WANDERERS, "Training on the lower pitch",
    formal("Dear Mr Akers,", "Further to the meeting on 4 February, Ashwell Wanderers may use the lower pitch for "
           "training on Tuesday evenings until the end of March. Floodlights must be off by 9pm.", *CHAIR))
add("ln-02-welcome-to", [L], "chatty councillor: you're welcome to put the gazebo up", KOWALCZYK, WI, "coffee morning!",
    "Hi Pam!\n\nYou're welcome to put the gazebo up on the green for the coffee morning, no charge of course. "
    "Looking forward to it!\n\nBern x")
add("ln-03-booking-stands", [L], "terse: the booking stands", OCONNELL, RES2, "Re: hall on 12 April",
    "Dev - your booking of the Memorial Hall for 12 April stands. Heating will be fixed by then.\n\nJack")
add("ln-04-blessing", [L], "the scouts have the council's blessing to light a campfire", BEGUM, SCOUTS, "Campfire, 3 May",
    "Dear Alex,\n\nThe Scouts have the council's blessing to light a campfire at the recreation ground on 3 May, in "
    "the fire pit only, and to camp overnight by the pavilion.\n\nBest wishes,\nFatima Begum\nChair, Amenities Committee")
add("ln-05-happy-for", [L], "the council is happy for the WI to hang bunting", MARSH, WI, "Jubilee bunting",
    "Dear Mrs Hughes,\n\nThe council is happy for the WI to hang bunting from the bus shelter and the railings over "
    "the bank holiday weekend.\n\nKind regards,\nEleanor Marsh\nChair")
add("ln-06-consider-approved", [L], "consider the request approved", PUGH_HOME, RES1, "your second plot",
    "Maureen,\n\nConsider your request for a second allotment plot approved - 7b is free from Monday and the key is "
    "with Tom.\n\nRhodri (Cllr Pugh)")
add("ln-07-go-ahead-terse", [L], "terse: you can go ahead with the mural", MARSH, YOUTH, "mural",
    "Fine - you can go ahead with the mural on the pavilion wall.\nE")
add("ln-08-authorises", [L], "British spelling: the council authorises you to organise a car-boot sale", BEGUM, RES4,
    "Car-boot sale, 24 May",
    "Dear Mr Lund,\n\nThe council authorises you to organise the car-boot sale on the recreation ground on 24 May, "
    "on the usual licence terms.\n\nRegards,\nFatima Begum")
add("ln-09-can-have-pavilion", [L], "chatty: the youth club can have the pavilion on Fridays", KOWALCZYK, YOUTH,
    "Friday nights", "Hiya Jo! Great news - the youth club can have the pavilion on Friday nights from September, "
    "just pop the key back in the safe after. Bern x")
add("ln-10-permission-given-clerk-mailbox", [L], "from the clerk's mailbox, signed by the committee chair: permission is given",
    CLERK, RES3, "Fun run, 6 July",
    "Dear Ms Byrne,\n\nPermission is given for the fun run to use the recreation ground and the footpath by the "
    "brook on Sunday 6 July.\n\nKind regards,\n\nFatima Begum\nCouncillor, Chair of the Amenities Committee")

# ---- permission refused ------------------------------------------------------------------
add("ln-11-wont-allow", [L], "the parish council won't allow overnight parking", WHITLOCK, CATERER, "pitch on the green",
    "Hello,\n\nI'm sorry, but the parish council won't allow the van to park overnight on the green. Daytime "
    "trading on market days is fine.\n\nSam Whitlock")
add("ln-12-cannot-agree", [L], "we cannot agree to a fence across the footpath", OCONNELL, RES4, "fence behind the allotments",
    "Dear Mr Lund,\n\nWe cannot agree to a fence across the footpath at the back of the allotments. It is a public "
    "right of way.\n\nJonathan O'Connell\nChair, Finance Committee")
add("ln-13-turned-down-office", [L], "shared mailbox, signed by the chair: the application has been turned down", OFFICE, MAST,
    "Proposed mast, Ashwell playing field",
    formal("Dear Sir or Madam,", "Your application to site a mobile phone mast on the playing field has been turned "
           "down by the council.", *CHAIR))
add("ln-14-its-a-no", [L], "I'm afraid it's a no on the fireworks", PUGH, RES1, "Bonfire night",
    "Maureen - I'm afraid it's a no on the fireworks this year, the field is too close to the thatched cottages. "
    "Sorry! Rhodri")
add("ln-15-not-allowed", [L], "you're not allowed to store materials on the verge", MARSH, BUILDER, "Materials on the verge",
    "Mr Dunn,\n\nYou're not allowed to store building materials on the parish verge at Church Lane.\n\nEleanor Marsh")

# ---- awards and acceptances --------------------------------------------------------------------
add("ln-16-awarded", [L], "the contract has been awarded", OCONNELL, KESTREL, "Grass cutting 2025-27",
    formal("Dear Ms Ward,", "Kestrel Landscapes has been awarded the grass-cutting contract for 2025 to 2027 at the "
           "price tendered.", "Jonathan O'Connell", "Chair, Finance Committee"))
add("ln-17-contract-is-yours", [L], "the bid was successful, the contract is yours", MARSH, ARCHITECT, "Bus shelter refurbishment",
    "Dear Ms Lowe,\n\nI'm pleased to tell you that your bid was successful and the contract for the bus shelter "
    "refurbishment is yours.\n\nKind regards,\nEleanor Marsh\nChair")
add("ln-18-accept-quotation", [L], "we accept your quotation", BEGUM, PATHS, "Church path",
    "Dear Mr Dale,\n\nWe accept your quotation of £2,340 for relaying the path by the church.\n\nFatima Begum")
add("ln-19-go-ahead-hedge", [L], "please go ahead as quoted", PUGH, HEDGER, "hedge laying",
    "Owen, please go ahead with the hedge laying along Mill Lane as quoted. January suits us best.\nRhodri")
add("ln-20-quote-accepted-terse", [L], "terse: your quote is accepted", OCONNELL, PRINTER, "newsletter",
    "Your quote for the spring newsletter is accepted - 1,200 copies. Jack")
add("ln-21-appoint", [L], "we'd like to appoint you at the day rate", MARSH, HEDGER, "Tree work",
    "Dear Mr Price,\n\nWe'd like to appoint you as the council's tree contractor for the coming year at the day rate "
    "in your letter.\n\nEleanor Marsh\nChair")

# ---- commitments -------------------------------------------------------------------------------
add("ln-22-cover-skip", [L], "the parish council will cover the cost of the skip", WHITLOCK, RES2, "Litter pick",
    "Hi Dev,\n\nThe parish council will cover the cost of the skip for the litter pick on the 9th.\n\nSam")
add("ln-23-expenses-reimbursed", [L], "passive: your expenses will be reimbursed", BEGUM, RES3, "Training day",
    "Dear Siobhan,\n\nYour travel expenses for the tree warden training day will be reimbursed in full.\n\nFatima")
add("ln-24-fee-waived", [L], "the hire fee has been waived", MARSH, WI, "Memorial lunch",
    "Dear Mrs Hughes,\n\nThe hall hire fee for the memorial lunch has been waived.\n\nWith best wishes,\nEleanor Marsh")
add("ln-25-put-towards", [L], "we'll put £500 towards the defibrillator cabinet", KOWALCZYK, RES4, "defib",
    "Pete, brilliant news on the fundraising. We'll put £500 towards the new defibrillator cabinet. Bern")
add("ln-26-match", [L], "the council will match the fundraising", OCONNELL, SCOUTS, "Hut roof appeal",
    "Dear Alex,\n\nThe council will match whatever the appeal raises for the hut roof, up to £1,000.\n\nJonathan O'Connell")
add("ln-27-free-of-charge", [L], "the room is yours free of charge", PUGH, YOUTH, "toddler group",
    "Jo,\n\nThe pavilion meeting room is yours free of charge for the toddler group until Easter.\n\nRhodri Pugh\nVice-Chair")
add("ln-28-we-will-repair", [L], "chatty: we will repair the swing", KOWALCZYK, RES1, "the broken swing",
    "Hi Maureen, so sorry about the swing! We will repair it before half term, promise. Bern")
add("ln-29-freeze", [L], "the committee agreed to freeze the rent", OCONNELL, KIOSK, "Kiosk rent",
    "Dear Ms Green,\n\nYour rent stays at £40 a month for another year; the committee agreed to freeze it.\n\nJack O'Connell")
add("ln-30-confirm-meet-half-office", [L], "shared mailbox, signed by the chair: I can confirm the council will meet half",
    OFFICE, RES2, "Car park resurfacing",
    formal("Dear Mr Patel,", "I can confirm that the council will meet half the cost of resurfacing the surgery car "
           "park.", *CHAIR))
add("ln-31-fund-and-order", [L], "vice-chair from home: the council will fund the noticeboard", PUGH_HOME, RES3,
    "Pen-y-Bryn noticeboard", "Siobhan - Rhodri here. The council will fund the new noticeboard at Pen-y-Bryn; order "
    "it and send the invoice to the clerk. Diolch, Rhodri")

# ---- cancellations, terminations, withdrawals ------------------------------------------------
add("ln-32-terminating", [L], "the council is terminating the cleaning contract", OCONNELL, CLEANERS, "Cleaning contract",
    formal("Dear Sirs,", "The council is terminating the cleaning contract for the Memorial Hall with effect from 30 June.",
           "Jonathan O'Connell", "Chair, Finance Committee"))
add("ln-33-decided-to-cancel", [L], "we have decided to cancel the stall bookings", BEGUM, CATERER, "Christmas market",
    "Hello,\n\nWe have decided to cancel the Christmas market stall bookings because of the roadworks on the "
    "High Street. Deposits will be refunded.\n\nFatima Begum")
add("ln-34-licence-withdrawn", [L], "passive: your grazing licence is withdrawn", MARSH, GRAZIER, "Glebe field",
    formal("Dear Mr Tranter,", "Your licence to graze the glebe field is withdrawn from 1 September.", *CHAIR))
add("ln-35-cancel-standing-order", [L], "imperative: please cancel our standing order", OCONNELL, PRINTER, "standing order",
    "Please cancel our standing order for the newsletter printing from next month.\n\nJonathan O'Connell\nChair, Finance")
add("ln-36-not-renewed", [L], "the lease will not be renewed", MARSH, FORGE, "The old forge",
    formal("Dear Mr Ellis,", "The lease on the old forge will not be renewed when it expires in March.", *CHAIR))
add("ln-37-withdrawing-offer", [L], "we're withdrawing the offer of the corner plot", PUGH, RES4, "corner plot",
    "Pete,\n\nWe're withdrawing the offer of the corner plot, as the boundary survey shows it's county land. "
    "Sorry.\n\nRhodri")

# ---- formal notice: entry, rent, deposit, breach ------------------------------------------------
add("ln-38-entry", [L], "notice of entry: our contractor will enter your garden", MARSH, RES1, "Boundary wall",
    formal("Dear Mrs Clegg,", "Our contractor will enter your garden on Thursday 14 November to inspect the boundary "
           "wall with the churchyard.", *CHAIR))
add("ln-39-rent-rise", [L], "rent change: the rent will rise", OCONNELL, KIOSK, "Kiosk rent from April",
    "Dear Ms Green,\n\nFrom 1 April the rent for the kiosk will rise to £3,600 a year.\n\nJonathan O'Connell")
add("ln-40-deposit-kept", [L], "deposit withheld: we're keeping £150 of your deposit", KOWALCZYK, RES2, "hall deposit",
    "Hi Dev, the hall was left in a real state on Saturday so we're keeping £150 of your deposit to cover the cleaning. "
    "Bern")
add("ln-41-formal-notice", [L], "take this letter as formal notice", BEGUM, RES3, "Plot 12",
    formal("Dear Ms Byrne,", "Please take this letter as formal notice that the tenancy of plot 12 ends on 31 October.",
           "Fatima Begum", "Chair, Amenities Committee"))
add("ln-42-breach", [L], "breach of licence, must come down", WHITLOCK, BUILDER, "Hoarding",
    "Mr Dunn,\n\nThe hoarding outside the old bank is in breach of your licence and must come down by Friday.\n\nSam Whitlock")

# ---- instructions --------------------------------------------------------------------------------
add("ln-43-remove-trailer", [L], "plain imperative with a deadline", MARSH, RES4, "Trailer",
    "Mr Lund,\n\nRemove the trailer from the village hall car park by 6pm tomorrow.\n\nEleanor Marsh")
add("ln-44-make-sure-locked", [L], "please make sure the changing rooms are locked", BEGUM, WANDERERS, "Changing rooms",
    "Dear Mr Akers,\n\nPlease make sure the changing rooms are locked after every match; we found them open twice last "
    "month.\n\nFatima Begum")
add("ln-45-stop-work", [L], "stop work at once", OCONNELL, BUILDER, "the wall",
    "Stop work on the churchyard wall at once - no one has approved the new gateway. Jack")
add("ln-46-could-you-send-crew", [L], "request form: could you send a crew", PUGH, KESTREL, "churchyard leaves",
    "Hi Sue, could you send a crew to clear the leaves from the churchyard path before Sunday? Diolch, Rhodri")
add("ln-47-need-you-to", [L], "I need you to take the benches away", WHITLOCK, BUILDER, "benches",
    "Rob, I need you to take the broken benches away this week please. Sam")
add("ln-48-youll-need-to", [L], "you'll need to replace the turf", MARSH, WANDERERS, "Damage to the square",
    "Dear Mr Akers,\n\nYou'll need to replace the damaged turf at your own cost by the end of the month.\n\nEleanor Marsh\nChair")
add("ln-49-must-be-cleared", [L], "passive requirement: must be cleared within 14 days", BEGUM, RES1, "Plot 4",
    "Dear Mrs Clegg,\n\nThe bonfire debris on plot 4 must be cleared within 14 days.\n\nFatima Begum")
add("ln-50-unlisted-park", [L], "unlisted personal address, signed as Cllr: park on the hard standing", SAM_UNLISTED, CATERER,
    "market day", "Lads - park the van on the hard standing by the pavilion, not the grass, or you'll lose the pitch. "
    "Cheers, Sam (Cllr Whitlock)")

# ---- orders on the council's account ------------------------------------------------------------
add("ln-51-salt-invoice", [L], "order: supply salt and invoice the parish council", OCONNELL, SALT, "grit",
    "Please supply 20 bags of rock salt to the Memorial Hall and invoice Ashwell Parish Council.\n\nJonathan O'Connell")
add("ln-52-purchase-order", [L], "order with a purchase order number", MARSH, BINS, "Litter bins",
    "Hello,\n\nWe'd like to order two litter bins (model LB-40) for the green. Our purchase order number is "
    "APC-2291.\n\nEleanor Marsh\nChair")
add("ln-53-on-account", [L], "terse order: on the council account", JACK_HOME, PRINTER, "posters",
    "50 A3 posters for the fete, same as last year. Put them on the parish council account. Jack")

# ---- an instruction on top of forwarded officer mail --------------------------------------------
add("ln-54-forward-instruction-participant", [L],
    "councillor adds an instruction on top of the clerk's email to the same builder (a participant)", PUGH, BUILDER,
    "FW: Skip on Church Lane",
    "Rob - as Gillian says below, the skip has to go. Have it gone by Monday please.\nRhodri",
    quoted=("outlook", CLERK, [BUILDER], "Skip on Church Lane",
            "Dear Mr Dunn,\n\nThe skip outside number 4 is on the parish verge without a licence.\n\nGillian Ferris\nClerk"))
add("ln-55-forward-internal-instruction", [L, F],
    "councillor forwards the clerk's internal note to a contractor with an instruction", BEGUM, KESTREL,
    "Fwd: Play area inspection",
    "Sue, see Gillian's note below. Please replace the two broken chains before the weekend.\nFatima",
    quoted=("gmail", CLERK, [BEGUM], "Play area inspection",
            "Fatima,\n\nThe inspection found two worn swing chains. I'll get prices.\n\nGillian"))

# ---- councillor-name-letter: hard negatives -----------------------------------------------------
add("lx-01-asked-clerk-whether", [], "casework: asked the clerk whether the council will pay", KOWALCZYK, RES1, "bench",
    "Hi Maureen, I've asked the clerk to look at whether the council will pay for the bench repair. Bern")
add("lx-02-raise-with-district", [], "advocacy: will raise it with the district", PUGH, RES2, "footpath",
    "Dev,\n\nI'll raise the state of the footpath with the district council and let you know what they say.\n\nRhodri")
add("lx-03-personal-view", [], "personal view: the council should cover it, not my call", WHITLOCK, RES3, "skate ramp",
    "Siobhan,\n\nSpeaking personally, I think the council should cover the cost of the ramp, but that's not my call.\n\nSam")
add("lx-04-if-committee-agrees", [], "conditional: if the committee agrees, we will pay", OCONNELL, SCOUTS, "coach",
    "Alex,\n\nIf the Finance committee agrees on the 9th, we will pay for the coach to the jamboree.\n\nJack")
add("lx-05-subject-to-approval", [], "conditional: subject to full council approval, the club may use the field", BEGUM,
    WANDERERS, "Sundays", "Dear Mr Akers,\n\nSubject to the full council's approval next week, the club may use the "
    "field on Sundays.\n\nFatima Begum")
add("lx-06-hope-cant-promise", [], "hedged: I'd hope the council can find the money, can't promise", MARSH, WI, "planters",
    "Dear Pam,\n\nI'd hope the council can find the money for the planters, but I can't promise anything.\n\nEleanor")
add("lx-07-hasnt-agreed", [], "negated: the council hasn't agreed to waive the fee", PUGH, RES1, "hall fee",
    "Maureen, the council hasn't agreed to waive the hire fee, and I can't say whether it will. Rhodri")
add("lx-08-question-lend", [], "question: would the council be able to lend the gazebo", KOWALCZYK, WI, "gazebo",
    "Would the parish council be able to lend you the gazebo? I'll check with Gillian. Bern")
add("lx-09-photos", [], "question to a resident: send me photos", WHITLOCK, RES4, "flooding",
    "Pete, could you send me a couple of photos of the flooding by the bridge? Thanks, Sam")
add("lx-10-reported-clerk", [], "reported: the clerk tells me the council will replace the glass", BEGUM, RES2, "bus shelter",
    "Dev,\n\nGillian tells me the council will be replacing the bus shelter glass next month.\n\nFatima")
add("lx-11-chair-to-mp", [], "chair's representation to the MP", MARSH, MP, "The 33 bus",
    formal("Dear Mr Morgan,", "I write as Chair of Ashwell Parish Council to ask you to press the Department for "
           "Transport to restore the evening 33 bus, which residents of the Orchard estate rely on.", *CHAIR))
add("lx-12-chair-to-minister", [], "chair urges the minister; commits nothing", MARSH, MINISTER, "Precept referendum limits",
    formal("Dear Minister,", "On behalf of Ashwell Parish Council I urge the Government to rethink any cap on parish "
           "precepts, which would close our youth club.", *CHAIR))
add("lx-13-clerk-commits", [], "the clerk signs the commitment", CLERK, RES2, "Litter pick skip",
    "Dear Mr Patel,\n\nThe council will cover the cost of the skip for the litter pick.\n\nKind regards,\n\n" + CLERK_SIG)
add("lx-14-on-behalf-of-chair", [], "officer signs 'on behalf of the Chair'", CLERK, RES4, "Trailer",
    "Dear Mr Lund,\n\nPlease remove the trailer from the car park by Friday.\n\nYours sincerely,\n\nGillian Ferris\n"
    "Clerk, on behalf of the Chair, Cllr Eleanor Marsh")
add("lx-15-cc-councillor-line", [], "officer's letter with a cc line naming a councillor", HALE, GRAZIER, "Glebe field",
    "Dear Mr Tranter,\n\nYour grazing licence is withdrawn from 1 September.\n\nTom Hale\nDeputy Clerk\n"
    "cc Cllr Eleanor Marsh, Chair")
# instructs-staff (issue 17): "please get Kestrel to cut the verges before the fete" directs the clerk; relabelled.
add("lx-16-internal-to-clerk", ["instructs-staff"], "councillor tells the clerk what to do (internal)", MARSH, CLERK, "verges",
    "Gillian, please get Kestrel to cut the verges before the fete. E")
add("lx-17-to-solicitor", [], "instruction to the council's solicitor (a partner)", OCONNELL, SOLICITOR, "Forge lease",
    "Nadia, please draft the lease renewal for the forge by the end of the month. Jack")
add("lx-18-to-district", [], "request to the district (a partner domain)", PUGH, DISTRICT, "Fly-tipping, Mill Lane",
    "Please remove the fly-tipped sofa from Mill Lane by Friday. Rhodri Pugh, Vice-Chair, Ashwell PC")
add("lx-19-party-volunteers", [], "party business: newsletters and canvassing", WHITLOCK, VOLUNTEERS, "this weekend",
    "Thanks everyone - please get the newsletters delivered round Orchard Way by Saturday. Our candidate will be "
    "out canvassing on Sunday. Sam")
add("lx-20-own-logs", [], "personal affairs: logs for the councillor's own house", JACK_HOME, LOGS, "logs",
    "Please deliver a load of seasoned logs to my house on Saturday and I'll pay cash. Jack")
add("lx-21-thank-you", [], "thank-you note", BEGUM, KESTREL, "hedges", "Sue, thank you for cutting back the hedges so "
    "neatly - the lane looks much better. Fatima")
add("lx-22-meeting", [], "meeting arrangements", PUGH, RES3, "drainage",
    "Siobhan, shall we meet at the pavilion at 10am on Tuesday to look at the drainage? Rhodri")
add("lx-23-quoted-commitment", [], "the commitment is in the clerk's quoted email; the resident was on it", KOWALCZYK,
    RES1, "RE: Swing", "Thanks Maureen, that's great news.\nBern",
    quoted=("outlook", CLERK, [RES1], "Swing", "Dear Mrs Clegg,\n\nThe council will repair the swing next week.\n\nGillian Ferris"))
add("lx-24-must-be-relieved", [], "sympathy: you must be relieved", MARSH, RES1, "flooding",
    "Dear Maureen,\n\nYou must be relieved that the water has gone down. The district are looking at the culvert.\n\nEleanor")
add("lx-25-may-remember", [], "'you may remember' is no permission", OCONNELL, RES2, "play area",
    "Dev, you may remember that the play area plans went to the council last year. Jack")
add("lx-26-meet-at-hall", [], "'we can meet' is no undertaking", KOWALCZYK, WI, "Thursday", "We can meet at the Memorial "
    "Hall on Thursday if that suits. Bern")
add("lx-27-district-will", [], "another council's plans: the district council will resurface", PUGH, RES4, "lane",
    "Pete, the district council will resurface the lane in the spring. Rhodri")
add("lx-28-not-in-position", [], "hedged: not in a position to agree a rent reduction", OCONNELL, KIOSK, "rent",
    "Ms Green, I'm not in a position to agree to a reduction in your rent; that is for the Finance committee. "
    "J O'Connell")
add("lx-29-no-decision", [], "no decision made yet", BEGUM, RES3, "allotment rents",
    "Dear Siobhan,\n\nNo decision has been made on next year's allotment rents yet.\n\nFatima")
add("lx-30-passed-on", [], "casework: passed the request to the county", WHITLOCK, RES2, "dropped kerb",
    "Dev, I've passed your request for a dropped kerb on to the county, who will decide. Sam")
add("lx-31-office-booking", [], "shared mailbox confirms a booking; no councillor signs", OFFICE, RES2, "Booking",
    "Dear Mr Patel,\n\nYour booking is confirmed for 3 May.\n\nAshwell Parish Council office")
add("lx-32-will-recommend", [], "deferred: will recommend that the council pays", MARSH, SCOUTS, "signs",
    "Alex, I will recommend to the committee that the council pays for the new signs. Eleanor")
add("lx-33-press-quote", [], "press comment in quotation marks", WHITLOCK, PRESS, "comment on the incinerator",
    'You can quote me: "Residents will fight this incinerator all the way." Sam Whitlock')
add("lx-34-own-garden", [], "personal affairs: the invoice is for my own garden", MARSH, HEDGER, "fence panels",
    "Owen, please send the invoice for the fence panels to me at home - it's for my own garden, nothing to do with "
    "the council. Eleanor")
add("lx-35-let-me-know", [], "questions about timing", PUGH, ARCHITECT, "site visit",
    "Can you let me know what time suits for the site visit? Rhodri")
add("lx-36-whether-funds", [], "conditional: whether the council funds the lights is to be decided", KOWALCZYK, RES1,
    "Christmas lights", "Maureen, whether the council funds the lights will be decided in January. Bern")
add("lx-37-internal-councillors", [], "between councillors only", OCONNELL, BEGUM, "precept",
    "Fatima, please send me your figures for the precept by Friday. Jack")
add("lx-38-officer-mentions-councillor", [], "clerk instructs the builder; a councillor is only mentioned", CLERK, BUILDER,
    "Church Lane wall", "Dear Mr Dunn,\n\nCllr Marsh has asked me to tell you to stop work on the wall until the "
    "faculty is granted.\n\nRegards,\n\n" + CLERK_SIG)
add("lx-39-own-course", [], "a councillor books her own training", MARSH, "Training <courses@slcc.example.org.uk>",
    "Planning course", "I'd like to book myself onto the planning course on 3 March. Eleanor Marsh")
add("lx-40-take-a-look", [], "'we'll take a look' accepts nothing", KOWALCZYK, RES4, "drainage",
    "Pete, we'll take a look at the drainage when the committee walks the site in June. Bern")
add("lx-41-could-the-council", [], "hedged suggestion: the council could cover some of it", PUGH, YOUTH, "minibus",
    "Jo, the council could perhaps cover some of the minibus hire, but it would have to go to committee. Rhodri")
add("lx-42-exploratory", [], "exploratory, no commitment either side", MARSH, "Little Ashwell PC <clerk@littleashwell.example.org>",
    "shared warden", "Dear colleagues,\n\nWould Little Ashwell be interested in sharing a village warden with us? "
    "No commitment either side at this stage.\n\nEleanor Marsh")

# ---- confidential-disclosure: markings in attachment names and pasted headings -------------------
PDF, DOCX, XLSX = "application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", \
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
add("mk-01-part2-attachment", [C], "attachment named 'Part 2 - …' sent to a prospective tenant", MARSH, FORGE,
    "The forge", "Mr Ellis,\n\nThe options paper, for your information.\n\nEleanor", attachments=[("Part 2 - Forge lease heads of terms.pdf", PDF)])
add("mk-02-part-ii-attachment", [C], "attachment named 'Part II …' sent to the press", WHITLOCK, PRESS, "staffing",
    "For background only. Sam", attachments=[("Part II Appendix B staffing review.docx", DOCX)])
add("mk-03-restricted-attachment", [C], "attachment named 'RESTRICTED - …' sent to a resident", OCONNELL, RES2, "the numbers",
    "Dev, here are the numbers you asked about. Jack", attachments=[("RESTRICTED - precept options 2025.xlsx", XLSX)])
add("mk-04-exempt-attachment", [C], "attachment named 'Exempt report - …' sent to a developer", PUGH, DEVELOPER, "Mill Lane",
    "For your information.\nRhodri Pugh", attachments=[("Exempt report - land at Mill Lane.pdf", PDF)])
add("mk-05-en-dash-2231", [C], "RFC 2231 attachment name 'Part 2 – Pavilion options.pdf' to the WI", KOWALCZYK, WI,
    "pavilion", "Pam, the paper I mentioned. Bern", attachments=[("Part 2 – Pavilion options.pdf", PDF)])
add("mk-06-restricted-heading", [C], "pasted report headed RESTRICTED on its own line, to the tenant", BEGUM, KIOSK, "kiosk rent",
    "Dear Ms Green,\n\nFor your information, from the officers' report:\n\nRESTRICTED\nThe valuer advises a market rent "
    "of £5,200 a year for the kiosk.\n\nRegards\nFatima")
add("mk-07-restricted-draft-heading", [C], "pasted heading 'RESTRICTED - DRAFT' sent to a resident", OCONNELL, RES3, "budget",
    "Siobhan,\n\nRESTRICTED - DRAFT\nPrecept option B: 4.5% rise, youth club grant held at £6,000.\n\nJack")
add("mk-08-nfp-heading-press", [C], "'NOT FOR PUBLICATION' heading in an email to the press", WHITLOCK, PRESS, "background",
    "NOT FOR PUBLICATION\n\nThe council is in talks to buy the old bank building.\n\nSam")
add("mk-09-part2-slash-exempt", [C], "'Part 2 / exempt:' line written to a developer", MARSH, DEVELOPER, "the strip",
    "Part 2 / exempt: our minimum for the access strip is £90,000.\nEleanor")
add("mk-10-subject-strictly", [C], "subject 'Strictly confidential' to an outside HR adviser", CLERK, HR,
    "Strictly confidential - grievance", "Dear colleagues,\n\nCould we book a call about the grievance next week?\n\n"
    + CLERK_SIG)
add("mk-11-confidential-attachment", [C], "attachment CONFIDENTIAL_valuation_forge.pdf to the tenant", HALE, FORGE,
    "Valuation", "Dear Mr Ellis,\n\nAttached, as requested.\n\nTom Hale\nDeputy Clerk",
    attachments=[("CONFIDENTIAL_valuation_forge.pdf", PDF)])
add("mk-12-official-sensitive-attachment", [C], "attachment 'OFFICIAL-SENSITIVE …' to a resident", BEGUM, RES1, "complaint",
    "Maureen, the file you asked about. Fatima", attachments=[("OFFICIAL-SENSITIVE complaint file.docx", DOCX)])
add("mk-13-forwarded-part2", [C, F], "councillor forwards the clerk's Part 2 note to a developer", PUGH, DEVELOPER,
    "Fwd: Mill Lane - Part 2", "See below.\nRhodri",
    quoted=("gmail", CLERK, [PUGH, MARSH], "Mill Lane - Part 2",
            "Councillors,\n\nPart 2 - exempt business: the district's valuation of the strip is £110,000.\n\nGillian"))
add("mk-14-in-confidence-attachment", [C], "attachment 'In confidence - tenders received.xlsx' to a contractor", OCONNELL,
    PATHS, "tenders", "For your information. Jack", attachments=[("In confidence - tenders received.xlsx", XLSX)])

# ---- confidential-disclosure: hard negatives ---------------------------------------------------
add("mn-01-no-longer-confidential", [], "the Part 2 report is no longer confidential (published)", CLERK, FORGE,
    "Forge sale report", "Dear Mr Ellis,\n\nThe report on the forge sale is no longer confidential - the council "
    "published it on Monday, so here it is.\n\n" + CLERK_SIG, attachments=[("Forge sale report.pdf", PDF)])
add("mn-02-now-public", [], "restricted minutes are now public", MARSH, RES2, "minutes",
    "Dev, the restricted minutes from March are now public and on the website. Eleanor")
add("mn-03-isnt-confidential", [], "negation: this isn't confidential", KOWALCZYK, RES1, "tree survey",
    "Maureen, the tree survey isn't confidential, so feel free to share it with the residents' association. Bern")
add("mn-04-policy-talk", [], "explaining the confidentiality policy", MARSH, RES3, "why the press left",
    "Dear Ms Byrne,\n\nUnder our standing orders, Part 2 items are discussed without the press and public present, "
    "and our confidentiality policy explains how the papers are handled.\n\nEleanor Marsh")
add("mn-05-restricted-parking", [], "'Restricted parking zone' plan attached", PUGH, RES4, "parking",
    "Pete, the plan for the High Street.\nRhodri", attachments=[("Restricted parking zone plan.pdf", PDF)])
add("mn-06-part2-of-form", [], "'Part 2 of the application form' attached", HALE, RES2, "Grant form",
    "Dear Mr Patel,\n\nPlease complete the attached.\n\nTom Hale\nDeputy Clerk",
    attachments=[("Part 2 of the application form.pdf", PDF)])
add("mn-07-exempt-from-vat", [], "'exempt from VAT' is no marking", CLERK, WI, "Hall hire invoice",
    "Dear Mrs Hughes,\n\nHall hire is exempt from VAT, so the invoice shows none.\n\n" + CLERK_SIG)
add("mn-08-disclaimer", [], "only a standing disclaimer in the signature", HALE, RES1, "Bin collection",
    "Dear Mrs Clegg,\n\nThe new bin is on order.\n\nTom Hale\nDeputy Clerk\n\nThis email is private and confidential "
    "and intended solely for the addressee. If you have received it in error please notify the sender.")
add("mn-09-part2-to-councillors", [], "Part 2 papers sent to councillors only", CLERK, [MARSH, PUGH, BEGUM], "Part 2 papers",
    "Councillors,\n\nThe Part 2 papers for Thursday are attached.\n\nGillian", attachments=[("Part 2 - forge options.pdf", PDF)])
add("mn-10-to-solicitor", [], "RESTRICTED attachment to the council's solicitor (partner)", OCONNELL, SOLICITOR, "lease",
    "Nadia, the draft for your comments. Jack", attachments=[("RESTRICTED - forge lease draft.docx", DOCX)])
add("mn-11-confidential-waste", [], "talk: confidential waste collection", HALE, CLEANERS, "Shredding",
    "Hello,\n\nCould your team take the confidential waste sacks when they clean on Friday?\n\nTom Hale")
add("mn-12-training-talk", [], "talk: a training course on confidentiality", MARSH, "Training <courses@slcc.example.org.uk>",
    "course", "Hello, do you run a course on confidentiality and data protection for new councillors? Eleanor Marsh")
add("mn-13-marking-lifted", [], "the restriction on the budget papers has been lifted", OCONNELL, PRESS, "budget",
    "The restriction on the budget papers has been lifted; they are now published with Thursday's agenda. Jack")

# ---- a second batch, written after the analysis to measure it on wording it had not seen ------------
add("lp-01-agreed-request-marquee", [L], "the committee has agreed to your request", BEGUM, RES3, "marquee",
    "Dear Siobhan,\n\nThe committee has agreed to your request, so the marquee can go up on the Saturday morning.\n\nFatima")
add("lp-02-offer-plot", [L], "we are pleased to offer you a plot", MARSH, RES4, "Allotment plot 3",
    formal("Dear Mr Lund,", "We are pleased to offer you allotment plot 3 at the standard rent of £38 a year.", *CHAIR))
add("lp-03-grant-was-approved", [L], "your grant application was approved", OCONNELL, SCOUTS, "Grant",
    "Alex - your grant application for £750 was approved at Tuesday's meeting. Jack")
add("lp-04-authorising-repair", [L], "I am authorising the emergency repair", MARSH, HEDGER, "Church clock",
    "Owen,\n\nI am authorising the emergency repair to the church clock - please send the bill to the clerk.\n\nEleanor Marsh\nChair")
add("lp-05-resolved-to-grant", [L], "the council has resolved to grant you a licence", OFFICE, CATERER, "Ice-cream pitch",
    formal("Dear Sir,", "The Council has resolved to grant you a licence for the ice-cream pitch by the pond for 2025.", *CHAIR))
add("lp-06-book-coach-council-paying", [L], "go ahead and book the coach; the council is paying", KOWALCZYK, YOUTH, "coach",
    "Jo - go ahead and book the coach, the council is paying. Bern")
add("lp-07-underwrite", [L], "the council will underwrite any loss", PUGH, RES2, "concert",
    "Dev,\n\nThe parish council will underwrite any loss on the concert up to £500.\n\nRhodri Pugh\nVice-Chair")
add("lp-08-invoice-us", [L], "invoice us for the extra work", OCONNELL, KESTREL, "extra cut",
    "Sue, invoice us for the extra cut on the Rec - it's been agreed. Jack")
add("lp-09-rent-goes-up", [L], "notice of a rent change in the present tense", OCONNELL, RES2, "garage rent",
    "Dear Mr Patel,\n\nFrom 1 January your garage rent goes up to £65 a month.\n\nJonathan O'Connell\nChair, Finance Committee")
add("lp-10-need-access", [L], "we'll need access to your unit", WHITLOCK, KIOSK, "alarm service",
    "Hi, we'll need access to your unit on Monday 3rd between 9 and 12 to service the alarm. Sam Whitlock")
add("lp-11-vacate", [L], "please vacate the kiosk; the licence is not being renewed", MARSH, KIOSK, "The kiosk",
    formal("Dear Ms Green,", "Please vacate the kiosk by 31 March; the licence is not being renewed.", *CHAIR))
add("lp-12-membership-terminated", [L], "your membership is terminated", BEGUM, RES1, "Allotment scheme",
    "Dear Mrs Clegg,\n\nYour membership of the allotment scheme is terminated with immediate effect.\n\nFatima Begum")
add("lp-13-dont-put-signs", [L], "prohibition: don't put signs on the railings", KOWALCZYK, CATERER, "signs",
    "Hiya, don't put any more signs on the railings by the pond please. Bern")
add("lp-14-would-you-make-sure", [L], "request: would you make sure the bins go out", PUGH, CLEANERS, "bins",
    "Would you make sure the hall bins go out on Tuesdays from now on? Rhodri")
add("lp-15-is-to-stop", [L], "the club is to stop using the nets", BEGUM, WANDERERS, "nets",
    "Dear Mr Akers,\n\nThe club is to stop using the nets until the fence is repaired.\n\nFatima Begum")
add("lp-16-required-to-provide", [L], "you are required to provide insurance", MARSH, CATERER, "Fun day",
    formal("Dear Sir,", "You are required to provide proof of public liability insurance before the fun day.", *CHAIR))
add("lp-17-packed-up-by-5", [L], "all stallholders must be packed up by 5pm", WHITLOCK, CATERER, "market",
    "All stallholders must be packed up and gone by 5pm on Saturday. Sam Whitlock")
add("lp-18-councils-agreement-to-pay", [L], "the council's agreement to pay half", MARSH, RES3, "Solicitor's fees",
    formal("Dear Ms Byrne,", "I'm writing to confirm the council's agreement to pay half of the solicitor's fees.", *CHAIR))
add("lp-19-stall-fee-waived", [L], "your stall fee is waived", KOWALCZYK, CATERER, "Christmas market",
    "Hi both, your stall fee for the Christmas market is waived this year. Bern")
add("lp-20-ok-to-proceed", [L], "terse: OK to proceed at the price quoted", OCONNELL, PATHS, "fencing",
    "OK to proceed with the fencing at the price quoted. Jack")
add("lp-21-hall-is-yours", [L], "the hall is yours on the 14th, no charge", PUGH, WI, "the 14th",
    "Pam - the hall is yours on the 14th, no charge. Rhodri")
add("lp-22-appointed", [L], "we have appointed the architects", MARSH, ARCHITECT, "New pavilion",
    formal("Dear Ms Lowe,", "We have appointed Lowe Architects to design the new pavilion, at the fee in your proposal.", *CHAIR))
add("lp-23-not-renewing", [L], "the council will not be renewing your contract", OCONNELL, CLEANERS, "contract",
    "Dear Sirs,\n\nI can tell you that the council will not be renewing your contract when it ends in June.\n\nJ O'Connell")
add("lp-24-licence-ends-not-extended", [L], "the licence ends and won't be extended", BEGUM, CATERER, "Food van licence",
    "Hello,\n\nThe licence for your food van on the green ends on 30 September and won't be extended.\n\nFatima Begum")
add("lp-25-28-days-notice", [L], "we're giving you 28 days' notice", WHITLOCK, RES4, "Shed on plot 9",
    "Pete, we're giving you 28 days' notice to remove the shed from plot 9. Sam")
add("lp-26-deposit-not-returned", [L], "your deposit will not be returned", MARSH, RES2, "Hall hire",
    formal("Dear Mr Patel,", "Your deposit of £100 will not be returned because of the damage to the stage.", *CHAIR))
add("lp-27-councils-fine-with-it", [L], "chatty: the council's fine with it", KOWALCZYK, KIOSK, "Christmas tree",
    "Ooh yes, pop the Christmas tree up outside the kiosk - the council's fine with it! Bern x")
add("lp-28-arrange-felling", [L], "please arrange for the tree to be felled", PUGH, HEDGER, "ash tree",
    "Owen, please arrange for the diseased ash by the lych gate to be felled before the nesting season. Rhodri")
add("lp-29-send-invoice-council-settles", [L], "send the invoice; the council will settle it", OCONNELL, BUILDER, "wall repair",
    "Send the invoice to the clerk and the council will settle it within 30 days. Jack O'Connell")
add("lp-30-application-successful", [L], "your application for a pitch has been successful", BEGUM, CATERER, "Market pitch",
    "Dear Sir,\n\nYour application for a market pitch has been successful.\n\nFatima Begum\nChair, Amenities")
add("lp-31-quote-accepted-start", [L], "your quote has been accepted and work can start", MARSH, PATHS, "Footpath",
    formal("Dear Mr Dale,", "We're pleased to confirm that your quote has been accepted and work can start on 2 June.", *CHAIR))
add("lp-32-hereby-notice-possession", [L], "I hereby give notice of vacant possession", OCONNELL, FORGE, "The store",
    "Dear Mr Ellis,\n\nI hereby give notice that the council requires vacant possession of the store by 1 August.\n\n"
    "Jonathan O'Connell\nChair, Finance Committee")
add("lp-33-no-cost-to-family", [L], "the bench will be installed at no cost to your family", MARSH, RES1, "Memorial bench",
    formal("Dear Mrs Clegg,", "The bench you asked about will be installed by the council in the spring, at no cost to "
           "your family.", *CHAIR))
add("lp-34-forward-also-pay", [L], "a commitment added on top of the clerk's email to the same resident", PUGH, RES2,
    "RE: Boundary gate", "Mr Patel - further to the clerk's email below, the council will also pay for the replacement gate.\nRhodri Pugh",
    quoted=("outlook", CLERK, [RES2], "Boundary gate", "Dear Mr Patel,\n\nThe council will repair the gate post.\n\nGillian Ferris"))

add("lq-01-has-to-go-to-committee", [], "conditional: it has to go to committee first", BEGUM, RES3, "marquee",
    "Siobhan, I'd love to say yes to the marquee, but it has to go to committee first. Fatima")
add("lq-02-officers-in-touch", [], "officers will be in touch", MARSH, FORGE, "lease renewal",
    "Dear Mr Ellis,\n\nOfficers will be in touch about the lease renewal in due course.\n\nEleanor Marsh")
add("lq-03-clerk-will-confirm", [], "the clerk will confirm", PUGH, WI, "the 14th",
    "Pam, the clerk will confirm whether the hall is free on the 14th. Rhodri")
add("lq-04-no-decision-reached", [], "no decision was reached", OCONNELL, RES2, "your request",
    "Dev, we discussed your request at committee but no decision was reached. Jack")
add("lq-05-did-council-agree", [], "question: did the council ever agree to pay", KOWALCZYK, RES1, "the gate",
    "Maureen, did the council ever agree to pay for the gate? I can't find it in the minutes. Bern")
add("lq-06-i-understand", [], "reported: I understand the council will resurface", WHITLOCK, RES4, "car park",
    "Pete, I understand the council will be resurfacing the car park next year. Sam")
add("lq-07-not-for-me", [], "not for me to grant permission", BEGUM, RES3, "stall",
    "Siobhan, it's not for me to grant permission - the Amenities committee decides. Fatima")
add("lq-08-as-a-resident", [], "speaking as a resident", PUGH, PRESS, "fence",
    "Speaking as a resident rather than as a councillor, I think the fence should go. Rhodri Pugh")
add("lq-09-mp-support", [], "the chair asks the MP for support", MARSH, MP, "Levelling-up bid",
    formal("Dear Mr Morgan,", "I would be grateful if you could support our bid for levelling-up funding for the village hall.",
           *CHAIR))
add("lq-10-district-gully", [], "instruction to the district (partner)", OCONNELL, DISTRICT, "gully",
    "Please clear the blocked gully on Station Road urgently. Jack O'Connell")
add("lq-11-officer-vacate", [], "the deputy clerk tells the tenant to vacate", HALE, KIOSK, "The kiosk",
    "Dear Ms Green,\n\nPlease vacate the kiosk by 31 March.\n\nTom Hale\nDeputy Clerk")
add("lq-12-internal-office", [], "councillor to the office mailbox (internal)", BEGUM, OFFICE, "nets",
    "Can you tell the cricket club they must stop using the nets? Fatima")
add("lq-13-pass-quote-on", [], "deferred: I'll pass the quote to the clerk", MARSH, PATHS, "quote",
    "Thanks for the quote - I'll pass it to the clerk for the committee on the 12th. Eleanor")
add("lq-14-ask-the-clerk", [], "advice: you might want to ask the clerk", KOWALCZYK, RES4, "hall hire",
    "Pete, you might want to ask the clerk about hiring the hall. Bern")
add("lq-15-if-you-want", [], "advice conditional on the reader's wish", PUGH, RES3, "fete",
    "If you want to use the green for the fete, you'll need to fill in a booking form from the office. Rhodri")
add("lq-16-feel-free", [], "feel free to drop the forms in", WHITLOCK, RES2, "forms", "Feel free to drop the forms at the office. Sam")
add("lq-17-keep-up", [], "encouragement: keep up the good work", KOWALCZYK, VOLUNTEERS, "litter pick",
    "Keep up the good work everyone! Bern")
add("lq-18-enjoy", [], "good wishes", MARSH, WI, "fete", "Have a lovely fete and enjoy the sunshine. Eleanor")
add("lq-19-could-look-at", [], "hedged: we could look at a reduced rate", OCONNELL, YOUTH, "rates",
    "Jo, we could look at a reduced rate for community groups next year. Jack")
add("lq-20-for-cllr", [], "officer signs 'for Cllr Marsh'", HALE, RES1, "Plot 4",
    "Dear Mrs Clegg,\n\nThe debris on plot 4 must be cleared within 14 days.\n\nTom Hale\nDeputy Clerk, for Cllr Marsh")
add("lq-21-chair-asked-me", [], "the clerk relays the chair's message", CLERK, WI, "booking",
    "Dear Mrs Hughes,\n\nThe Chair has asked me to let you know that the booking is confirmed.\n\n" + CLERK_SIG)
add("lq-22-come-along", [], "invitation: please do come along", BEGUM, RES2, "meeting",
    "Please do come along to the meeting on Thursday. Fatima")
add("lq-23-remind-me", [], "question: when is the lease up", PUGH, FORGE, "lease", "Can you remind me when the lease is up? Rhodri")
add("lq-24-sorry-to-see-go", [], "sentiment: sorry to see you go", MARSH, KIOSK, "Leaving",
    "Dear Ms Green,\n\nThe council will be sorry to see you go.\n\nEleanor")
add("lq-25-cant-speak-for", [], "hedged: I can't speak for the council", WHITLOCK, RES1, "help",
    "Maureen, I'm sure the council will want to help, but I can't speak for it. Sam")
add("lq-26-book-me-tickets", [], "personal: book me two tickets", KOWALCZYK, "Ashwell Quiz <quiz@ashwellpub.example.co.uk>",
    "quiz", "Please book me two tickets for the quiz night and I'll pay on the door. Bern")
add("lq-27-clerk-tells-me-deposit", [], "reported: the clerk tells me your deposit will be returned", BEGUM, RES2,
    "deposit", "Dev, the clerk tells me your deposit will be returned in full. Fatima")

# ---- markings, second batch ----------------------------------------------------------------------
add("mk-15-item-part2-caps", [C], "attachment 'Item 9 - PART 2 - Staffing.pdf' to an outside HR adviser", CLERK, HR, "Staffing",
    "Dear colleagues,\n\nThe paper for Thursday, as promised.\n\n" + CLERK_SIG, attachments=[("Item 9 - PART 2 - Staffing.pdf", PDF)])
add("mk-16-part2-underscores", [C], "attachment 'Part2_Report_Land.pdf' to a developer", OCONNELL, DEVELOPER, "land",
    "FYI. Jack", attachments=[("Part2_Report_Land.pdf", PDF)])
add("mk-17-restricted-titlecase-name", [C], "attachment 'Restricted_Budget_Draft.xlsx' to a resident", PUGH, RES4, "budget",
    "Pete - the draft, as discussed. Rhodri", attachments=[("Restricted_Budget_Draft.xlsx", XLSX)])
add("mk-18-nfp-appendix", [C], "attachment 'NOT FOR PUBLICATION Appendix C.pdf' to the press", WHITLOCK, PRESS, "appendix",
    "Background for your piece. Sam", attachments=[("NOT FOR PUBLICATION Appendix C.pdf", PDF)])
add("mk-19-bracket-restricted", [C], "pasted heading '[RESTRICTED]' to a contractor", HALE, PATHS, "tender figures",
    "Dear Mr Dale,\n\n[RESTRICTED]\nTender summary: lowest bid £21,400, highest £29,950.\n\nTom Hale\nDeputy Clerk")
add("mk-20-part-ii-exempt-items", [C], "pasted heading 'PART II - EXEMPT ITEMS' to a resident", KOWALCZYK, RES1, "agenda",
    "Maureen, from the back of the pack:\n\nPART II - EXEMPT ITEMS\n14. Staffing - clerk's hours\n\nBern")
add("mk-21-subject-part2-item", [C], "subject 'Part 2 item: …' to a resident", BEGUM, RES3, "Part 2 item: allotment eviction",
    "Siobhan, for your eyes only. Fatima")
add("mk-22-private-confidential-name", [C], "attachment 'PRIVATE & CONFIDENTIAL letter.pdf' to the press", MARSH, PRESS,
    "letter", "For background. Eleanor", attachments=[("PRIVATE & CONFIDENTIAL letter.pdf", PDF)])
add("mn-14-minutes-now-public", [], "the confidential part is over and the minutes are now public", MARSH, PRESS, "minutes",
    "The confidential part of the meeting is over and the minutes are now public. Eleanor")
add("mn-15-dont-treat-as-confidential", [], "negation: please don't treat this as confidential", PUGH, RES2, "survey",
    "Dev, please don't treat this as confidential - share it with the neighbours. Rhodri")
add("mn-16-part2-rule", [], "talk: the rule about Part 2 papers", MARSH, RES3, "papers",
    "Dear Ms Byrne,\n\nAnything marked Part 2 must not be shared outside the council - those are the rules.\n\nEleanor Marsh")
add("mn-17-since-published", [], "the report was confidential but has since been published", OCONNELL, PRESS, "report",
    "The report was confidential at the time but it has since been published. Jack")
add("mn-18-nothing-confidential", [], "negation: nothing in it is confidential", KOWALCZYK, RES4, "notes",
    "Pete, I'm happy for this to be shared - nothing in it is confidential. Bern")
add("mn-19-data-kept-confidential", [], "promise about the reader's own data, in line with the privacy notice", HALE, RES1,
    "Your complaint", "Dear Mrs Clegg,\n\nYour details will be kept confidential in line with our privacy notice.\n\n"
    "Tom Hale\nDeputy Clerk")
add("mn-20-restricted-byway-order", [], "attachment 'Restricted Byway order.pdf' is a right of way", PUGH, RES2, "byway",
    "Dev, the order for the byway. Rhodri", attachments=[("Restricted Byway order.pdf", PDF)])
add("mn-21-complaint-in-confidence", [], "promise: your complaint will be treated in confidence", BEGUM, RES3, "complaint",
    "Dear Siobhan,\n\nYour complaint will be treated in confidence by the clerk.\n\nFatima")

# ---- a third batch: longer letters, mixed paragraphs, other voices -----------------------------------
add("lr-01-long-letter-late-commitment", [L], "long formal letter: thanks and background, then a commitment in the last paragraph",
    MARSH, RES1, "Flooding at Brook Cottages",
    formal("Dear Mrs Clegg,", "Thank you for meeting me on Saturday and for showing me the damage to your garden.\n\n"
           "As you know, the culvert under the lane belongs partly to the district and partly to the parish. I have "
           "read the engineer's report, which confirms that the blockage was on our side.\n\n"
           "The parish council will therefore pay for the clearance and for the repair to your garden wall, and our "
           "contractor will be in touch to arrange a date.", *CHAIR))
add("lr-02-hedge-then-commit", [L], "a hedged paragraph and a firm one; the firm one binds", OCONNELL, SCOUTS, "Hut",
    "Dear Alex,\n\nI can't promise anything on the new hut, which is one for the budget in January.\n\n"
    "What I can tell you is that we will replace the broken window this month.\n\nJack O'Connell")
add("lr-03-terse-yes", [L], "terse: 'Yes, go ahead.' as the reply to a request", PUGH, HEDGER, "Re: start Monday?",
    "Yes, go ahead. R")
add("lr-04-please-can-you-remove", [L], "'please can you' request with a deadline", BEGUM, BUILDER, "spoil heap",
    "Rob, please can you remove the spoil heap from the play area by Thursday? Kids are climbing on it. Fatima")
add("lr-05-be-aware-charged", [L], "notice of a charge", WHITLOCK, RES2, "Bins",
    "Mr Patel, please be aware that the council will charge you for the removal of the fly-tipped waste at the rear "
    "of your property. Sam Whitlock")
add("lr-06-we-are-happy-to-fund", [L], "we are happy to fund", KOWALCZYK, YOUTH, "trip", "Jo, we are happy to fund the "
    "minibus for the summer trip. Bern")
add("lr-07-bilingual", [L], "bilingual letter: the English half grants the use of the hall", PUGH, RES3, "Neuadd / Hall",
    "Annwyl Ms Byrne,\n\nMae croeso i chi ddefnyddio'r neuadd.\n\nDear Ms Byrne,\n\nYou may use the hall for the choir "
    "rehearsals on Wednesday evenings.\n\nCofion / Regards,\nRhodri Pugh\nIs-Gadeirydd / Vice-Chair")
add("lr-08-ps-instruction", [L], "the instruction is in a postscript", MARSH, WANDERERS, "Thanks",
    "Dear Mr Akers,\n\nThank you for a lovely presentation evening.\n\nEleanor\n\nPS Please make sure the goals are "
    "chained up after training - the insurer insists.")
add("lr-09-bullets", [L], "a bulleted list of conditions and a grant", BEGUM, CATERER, "Pitch at the fete",
    "Hello,\n\nYou can have a pitch at the fete on these terms:\n- arrive before 9am\n- no generators on the grass\n"
    "- leave the pitch clean\n\nFatima Begum\nChair, Amenities")
add("lr-10-with-immediate-effect", [L], "suspension with immediate effect", OCONNELL, WANDERERS, "Pavilion bar",
    "Dear Mr Akers,\n\nFollowing Saturday's incident, the club's use of the pavilion bar is suspended with immediate "
    "effect.\n\nJonathan O'Connell\nChair, Finance Committee")
add("lr-11-shall-reimburse", [L], "formal: the council shall reimburse", MARSH, RES4, "Damage to your car",
    formal("Dear Mr Lund,", "The council shall reimburse the cost of repairing your windscreen on receipt of the "
           "garage's invoice.", *CHAIR))
add("lr-12-keys-by-friday", [L], "return the keys by Friday", KOWALCZYK, YOUTH, "keys",
    "Jo, return the pavilion keys to the office by Friday please, the locks are being changed. Bern")
add("lr-13-confirm-award-grant", [L], "I am delighted to confirm a grant award", BEGUM, WI, "Community grant",
    "Dear Mrs Hughes,\n\nI am delighted to confirm that the WI has been awarded a community grant of £400 towards the "
    "centenary exhibition.\n\nFatima Begum\nChair, Amenities Committee")

add("ls-01-long-advocacy", [], "long letter of advocacy: the asks are of the district, nothing committed", MARSH, RES1,
    "Flooding at Brook Cottages",
    formal("Dear Mrs Clegg,", "Thank you for meeting me on Saturday and for showing me the damage to your garden.\n\n"
           "The culvert under the lane belongs to the district council, and I have written to their drainage team "
           "asking them to clear it before the winter.\n\nI will raise it again at our next meeting and let you "
           "know what they say.", *CHAIR))
add("ls-02-committee-will-consider", [], "the committee will consider it", OCONNELL, SCOUTS, "Hut",
    "Dear Alex,\n\nThe Finance committee will consider your request for a new hut at its January meeting.\n\nJack")
add("ls-03-terse-thanks", [], "terse: thanks, will do", PUGH, HEDGER, "Re: invoice", "Thanks Owen, will do. R")
add("ls-04-can-you-come", [], "a question about availability", BEGUM, BUILDER, "site meeting",
    "Rob, can you come to a site meeting on Thursday at 10? Fatima")
add("ls-05-be-aware-closure", [], "information: the road will be closed", WHITLOCK, RES2, "Road closure",
    "Mr Patel, please be aware that the county will close Church Lane for resurfacing on 4 and 5 March. Sam")
add("ls-06-would-be-happy-to-discuss", [], "an offer to talk, not to fund", KOWALCZYK, YOUTH, "trip",
    "Jo, we would be happy to discuss funding for the summer trip when the committee meets. Bern")
add("ls-07-you-can-contact", [], "'you can contact' is no permission", PUGH, RES3, "Hall",
    "Siobhan, you can contact the office to check dates for the hall. Rhodri")
add("ls-08-ps-thanks", [], "postscript of thanks", MARSH, WANDERERS, "Thanks",
    "Dear Mr Akers,\n\nThank you for a lovely presentation evening.\n\nEleanor\n\nPS The cake was wonderful!")
add("ls-09-bullets-questions", [], "a bulleted list of questions", BEGUM, CATERER, "Fete",
    "Hello,\n\nBefore the committee looks at your application, could you tell me:\n- what time you would arrive\n"
    "- whether you need power\n\nFatima Begum")
add("ls-10-was-suspended-history", [], "history: the bar was suspended years ago", OCONNELL, PRESS, "pavilion history",
    "The pavilion bar was run by the club until 2015, when the licence lapsed. Jack O'Connell")
add("ls-11-my-windscreen", [], "personal: the councillor's own windscreen", MARSH, "Glass Co <bookings@glassco.example.co.uk>",
    "Windscreen", "Hello, I'd like to book my car in for a new windscreen next week. Eleanor Marsh")
add("ls-12-return-favour", [], "personal: borrowed books", KOWALCZYK, RES1, "books",
    "Maureen, no rush to return the books, keep them as long as you like! Bern")
add("ls-13-welsh-signoff-no-act", [], "bilingual thanks", PUGH, RES3, "Diolch",
    "Annwyl Siobhan,\n\nDiolch yn fawr am eich help.\n\nThank you so much for your help at the eisteddfod.\n\nRhodri")

# ---- a fourth batch: idioms of permission, refusal, award, commitment and notice ----------------------
add("lt-01-no-objection", [L], "no objection to the party going ahead", MARSH, RES2, "Street party",
    "Dear Mr Patel,\n\nThe council has no objection to the street party going ahead on the green on 8 June.\n\nEleanor Marsh")
add("lt-02-good-to-go", [L], "terse: you're good to go", PUGH, HEDGER, "hedge", "Owen - you're good to go on the Mill Lane hedge. R")
add("lt-03-feel-free-to-use", [L], "feel free to use the car park", KOWALCZYK, CATERER, "fete day",
    "Hi both, feel free to use the pavilion car park on fete day. Bern")
add("lt-04-unable-to-agree", [L], "refusal: the council is unable to agree to", OCONNELL, RES4, "Access track",
    formal("Dear Mr Lund,", "The council is unable to agree to a vehicle access track across the recreation ground.",
           "Jonathan O'Connell", "Chair, Finance Committee"))
add("lt-05-not-possible", [L], "refusal: not possible for the club, I'm afraid", BEGUM, WANDERERS, "Extra pitch",
    "Dear Mr Akers,\n\nI'm afraid it won't be possible for the club to have a second pitch this season.\n\nFatima Begum")
add("lt-06-does-not-give-permission", [L], "refusal: the council does not give permission", MARSH, MAST, "Survey",
    formal("Dear Sir or Madam,", "The council does not give permission for your surveyors to enter the playing field.", *CHAIR))
add("lt-07-successful-one", [L], "award: your tender was the successful one", OCONNELL, CLEANERS, "Cleaning tender",
    "Dear Sirs,\n\nYour tender was the successful one; the contract starts on 1 April.\n\nJonathan O'Connell")
add("lt-08-jobs-yours", [L], "award: the job's yours", WHITLOCK, HEDGER, "Re: churchyard", "Owen, the job's yours if you want it. Sam")
add("lt-09-its-on-us", [L], "commitment: it's on us", KOWALCZYK, WI, "hire charge",
    "Pam, don't worry about the hire charge - it's on us this time. Bern")
add("lt-10-make-contribution", [L], "commitment: the council will make a contribution", PUGH, SCOUTS, "Jamboree",
    "Alex, the council will make a contribution of £250 towards the jamboree coach. Rhodri")
add("lt-11-had-to-be-cancelled", [L], "cancellation: your booking has had to be cancelled", BEGUM, YOUTH, "Booking",
    "Jo, I'm sorry, your booking for the 12th has had to be cancelled - the hall is needed as a polling station. Fatima")
add("lt-12-no-longer-require", [L], "termination: we no longer require your services", OCONNELL, CLEANERS, "Cleaning",
    "Dear Sirs,\n\nWe no longer require your services at the pavilion after the end of this month.\n\nJonathan O'Connell")
add("lt-13-inspection-of-plot", [L], "notice: we will be carrying out an inspection of your plot", BEGUM, RES1, "Plot inspection",
    "Dear Mrs Clegg,\n\nWe will be carrying out an inspection of your plot on 3 June.\n\nFatima Begum")
add("lt-14-council-requires-you", [L], "instruction: the council requires you to cut back the hedge", MARSH, RES4, "Hedge",
    formal("Dear Mr Lund,", "The council requires you to cut back the hedge along the footpath.", *CHAIR))
add("lt-15-essential-by-friday", [L], "instruction: it is essential that the fence is repaired by Friday", PUGH, BUILDER,
    "fence", "Rob, it is essential that the fence by the pond is repaired by Friday. Rhodri")
add("lt-16-refrain", [L], "instruction: please refrain from parking", WHITLOCK, CATERER, "parking",
    "Please refrain from parking the van on the verge outside the school. Sam Whitlock")

add("lu-01-no-problem-drains", [], "'no problem with the drains' grants nothing", PUGH, RES2, "drains",
    "Dev, there's no problem with the drains as far as we know. Rhodri")
add("lu-02-feel-free-touch", [], "feel free to get in touch", MARSH, RES3, "surgery", "Feel free to get in touch any time. Eleanor")
add("lu-03-unable-to-say", [], "hedged: unable to say when", OCONNELL, RES4, "works", "Pete, we are unable to say when the "
    "works will be done. Jack")
add("lu-04-essential-consulted", [], "'it is essential that residents are consulted' binds no one", KOWALCZYK, PRESS,
    "consultation", "It is essential that residents are consulted on the new estate. Bern Kowalczyk")
add("lu-05-afraid-cant-make", [], "regret: I can't make the meeting", BEGUM, RES2, "meeting",
    "Dev, I'm afraid I can't make the meeting on Tuesday. Fatima")
add("lu-06-not-possible-to-attend", [], "regret: not possible for me to attend", MARSH, SCOUTS, "St George's Day",
    "Dear Alex,\n\nUnfortunately it won't be possible for me to attend the parade this year.\n\nEleanor")
add("lu-07-no-objection-writing", [], "'no objection to you writing to the MP' grants nothing", WHITLOCK, RES1, "MP",
    "Maureen, I have no objection to you writing to the MP yourself. Sam")

# ---- a fifth batch, written before any change it might prompt ---------------------------------------
add("lv-01-resolved-to-lease", [L], "the council resolved to lease you the land", MARSH, GRAZIER, "Glebe field",
    formal("Dear Mr Tranter,", "At its meeting on 3 March the council resolved to lease you the glebe field for five "
           "years from 1 April.", *CHAIR))
add("lv-02-we-will-be-replacing", [L], "we will be replacing the fence at our cost", PUGH, RES4, "Boundary fence",
    "Pete,\n\nWe will be replacing the boundary fence between your garden and the Rec at our cost next month.\n\nRhodri")
add("lv-03-invoice-will-be-paid", [L], "your invoice will be paid this week", OCONNELL, BUILDER, "Invoice 2231",
    "Rob, your invoice 2231 will be paid this week. Jack")
add("lv-04-keys-collected", [L], "you may collect the keys", KOWALCZYK, YOUTH, "keys",
    "Jo, you may collect the pavilion keys from the office on Friday and keep them for the summer. Bern")
add("lv-05-weekly-slot-yours", [L], "the Tuesday slot is yours", BEGUM, RES3, "Tuesday slot",
    "Siobhan, the Tuesday slot at the hall is yours from September. Fatima")
add("lv-06-stop-using", [L], "stop using the car park for storage", MARSH, BUILDER, "Car park",
    "Mr Dunn,\n\nStop using the village hall car park to store pallets. They must be gone by the weekend.\n\nEleanor Marsh")
add("lv-07-cannot-permit", [L], "the council cannot permit the event", OCONNELL, RES2, "Rave",
    "Dear Mr Patel,\n\nThe council cannot permit an all-night music event on the recreation ground.\n\nJack O'Connell")
add("lv-08-reduce-rent", [L], "we'll reduce your rent", WHITLOCK, KIOSK, "rent",
    "Hi, given the roadworks we'll reduce your rent by a third until the work finishes. Sam")
add("lv-09-goes-ahead", [L], "the fair goes ahead with the council's agreement", PUGH, CATERER, "fair",
    "Hello - the council has agreed that the fair can go ahead on the Rec on 14 September. Rhodri Pugh")
add("lv-10-need-the-pitch-back", [L], "we need the pitch back by a date", BEGUM, WANDERERS, "Pitch 2",
    "Dear Mr Akers,\n\nWe need pitch 2 back by 1 May for the cricket season, so please move the goals off it by then.\n\nFatima")
add("lv-11-hereby-terminate", [L], "I hereby terminate the agreement", MARSH, CLEANERS, "Agreement",
    formal("Dear Sirs,", "On behalf of the council I hereby terminate the cleaning agreement dated 1 May 2022, with "
           "effect from 31 July.", *CHAIR))
add("lv-12-licence-granted", [L], "a licence is granted", OCONNELL, CATERER, "Licence",
    "Hello,\n\nA licence is granted for your coffee van to trade at the Rec on Saturdays.\n\nJack O'Connell")
add("lv-13-cover-insurance", [L], "the council's insurance will cover the event", KOWALCZYK, VOLUNTEERS, "Litter pick",
    "Hi all, the council's insurance will cover the litter pick, so no need to arrange your own. Bern")
add("lv-14-mobile-terse-order", [L], "terse order from a phone", JACK_HOME, SALT, "salt",
    "Another 10 bags to the hall please, same account. Jack")
add("lv-15-we-will-not-pay", [], "the council will not pay: a refusal of payment, not a commitment (unlabelled kind: left negative)",
    OCONNELL, RES1, "Claim", "Dear Mrs Clegg,\n\nI'm not able to promise anything on your claim until the insurer reports.\n\nJack")

add("lw-01-history-resolved", [], "history: the council resolved years ago", MARSH, PRESS, "The green",
    "The council resolved to buy the green in 1987, and it has been a village asset ever since. Eleanor Marsh")
add("lw-02-may-be-able", [], "hedged: we may be able to help", PUGH, RES2, "help",
    "Dev, we may be able to help with the cost of the skip, but I'll need to check the budget. Rhodri")
add("lw-03-you-may-wish", [], "'you may wish to' is advice", BEGUM, RES3, "planning",
    "Siobhan, you may wish to comment on the planning application directly to the district. Fatima")
add("lw-04-collect-your-own", [], "personal: collect my parcel", KOWALCZYK, RES1, "parcel",
    "Maureen, could you collect my parcel from the post office for me tomorrow? Bern")
add("lw-05-minutes-say", [], "reported: the minutes say the council agreed", WHITLOCK, PRESS, "minutes",
    "According to the minutes, the council agreed to buy two new benches. Sam Whitlock")
add("lw-06-event-went-ahead", [], "past: the fair went ahead", PUGH, PRESS, "fair", "The fair went ahead on the Rec last "
    "Saturday and raised £3,000 for the hospice. Rhodri Pugh")
add("lw-07-hope-you-can-use", [], "hedged: I hope you can use the hall", MARSH, WI, "hall", "Pam, I hope you can use the "
    "hall again next year. Eleanor")
add("lw-08-invite", [], "invitation to the annual meeting", BEGUM, WANDERERS, "Annual parish meeting",
    "Dear Mr Akers,\n\nYou are warmly invited to the annual parish meeting on 20 May at 7pm.\n\nFatima Begum")
add("lw-09-will-discuss", [], "we will discuss your request", OCONNELL, RES4, "request",
    "Pete, we will discuss your request at the Finance meeting on the 9th. Jack")
add("lw-10-pleased-to-hear", [], "pleased to hear", KOWALCZYK, YOUTH, "news", "Jo, I'm so pleased to hear the trip went well! Bern")

# ---- a sixth batch, written before any change it might prompt ----------------------------------------
add("lx6-01-entitled", [L], "state: the club is entitled to use the pavilion", BEGUM, WANDERERS, "Pavilion",
    "Dear Mr Akers,\n\nFrom April the club is entitled to use the pavilion changing rooms on match days.\n\nFatima Begum")
add("lx6-02-approved-use", [L], "performative: I approve the use of the green", MARSH, RES1, "Green",
    "Dear Mrs Clegg,\n\nAs chair I approve the use of the green for the jubilee picnic.\n\nEleanor Marsh")
add("lx6-03-we-are-refunding", [L], "commitment in the progressive: we are refunding", KOWALCZYK, RES2, "Refund",
    "Dev, we're refunding your hall deposit in full - sorry for the mix-up over the keys. Bern")
add("lx6-04-terms-agreed", [L], "the terms are agreed", OCONNELL, FORGE, "Heads of terms",
    "Mr Ellis,\n\nThe terms in your letter of 2 May are agreed; the new rent starts on 1 June.\n\nJack O'Connell")
add("lx6-05-order-via-we-need", [L], "order: we need 6 more tables delivered", PUGH, BINS, "tables",
    "Hello, we need 6 more folding tables delivered to the Memorial Hall by Friday - please invoice the parish council. Rhodri")
add("lx6-06-final-warning", [L], "final warning with a deadline", WHITLOCK, RES4, "Plot 9",
    "Pete, this is a final warning: clear plot 9 within 14 days or the tenancy will be ended. Sam Whitlock")
add("lx6-07-arrange-start", [L], "request: could you arrange to start", MARSH, KESTREL, "Rec",
    "Sue, could you arrange for your team to start on the Rec next Monday? Eleanor")
add("lx6-08-stands-cancelled", [L], "the market is cancelled", BEGUM, CATERER, "market",
    "Hello,\n\nThe farmers' market on 5 July is cancelled because of the road closure.\n\nFatima Begum")
add("lx6-09-granted-extension", [L], "an extension is granted", OCONNELL, KIOSK, "Opening hours",
    "Ms Green,\n\nYou are granted an extension of your opening hours to 8pm through the summer.\n\nJack O'Connell")
add("lx6-10-must-not-sublet", [L], "you must not sublet", MARSH, FORGE, "Subletting",
    formal("Dear Mr Ellis,", "You must not sublet any part of the forge without the council's written consent.", *CHAIR))
add("lx6-11-accepted-offer", [L], "we have accepted your offer", PUGH, DEVELOPER, "Strip of land",
    "Dear Sirs,\n\nWe have accepted your offer of £95,000 for the access strip.\n\nRhodri Pugh\nVice-Chair")
add("lx6-12-send-a-man", [L], "terse instruction: send someone round today", OCONNELL, BUILDER, "leak",
    "Rob - pavilion roof leaking again. Send someone round today. Jack")

add("ly6-01-entitled-to-opinion", [], "'entitled to your opinion' grants nothing", WHITLOCK, PRESS, "letter",
    "You are entitled to your opinion, but the figures speak for themselves. Sam Whitlock")
add("ly6-02-approve-of", [], "'I approve of' is an opinion", MARSH, RES1, "the plan",
    "Maureen, I thoroughly approve of the plan to plant more trees. Eleanor")
add("ly6-03-refunding-question", [], "question about a refund", KOWALCZYK, RES2, "refund", "Dev, did the office refund "
    "your deposit in the end? Bern")
add("ly6-04-we-need-volunteers", [], "appeal for volunteers", PUGH, VOLUNTEERS, "litter pick",
    "Hi all, we need volunteers for the litter pick on Saturday - bring gloves if you have them! Rhodri")
add("ly6-05-market-cancelled-report", [], "report to the press of the organisers' cancellation", BEGUM, PRESS, "market",
    "The organisers tell me the farmers' market on 5 July is cancelled. Fatima Begum")
add("ly6-06-warning-weather", [], "weather warning", OCONNELL, WANDERERS, "storm", "Phil, there's a storm warning for "
    "Saturday - hope the match goes ahead. Jack")
add("ly6-07-terms-under-discussion", [], "terms are still under discussion", PUGH, FORGE, "terms",
    "Mr Ellis, the terms are still under discussion and nothing is agreed yet. Rhodri")

# ---- a seventh batch, written before any change it might prompt --------------------------------------
add("lz-01-will-be-allowed", [L], "state: the band will be allowed to play until 11", PUGH, RES2, "Party",
    "Dev, the band will be allowed to play on the green until 11pm. Rhodri")
add("lz-02-agrees-to-pay", [L], "the council agrees to pay", MARSH, RES3, "Tree damage",
    formal("Dear Ms Byrne,", "The council agrees to pay for the repair of your garage roof damaged by the fallen lime.", *CHAIR))
add("lz-03-happy-to-cover", [L], "we'd be happy to cover the cost", KOWALCZYK, SCOUTS, "coach", "Alex, we'd be happy to cover the "
    "cost of the coach to the jamboree. Bern")
add("lz-04-keep-the-gate-locked", [L], "instruction: keep the gate locked at all times", WHITLOCK, WANDERERS, "gate",
    "Phil, keep the top gate locked at all times from now on please. Sam")
add("lz-05-works-must-stop", [L], "instruction: all works must stop", MARSH, BUILDER, "Works",
    "Mr Dunn,\n\nAll works on the churchyard wall must stop immediately.\n\nEleanor Marsh\nChair")
add("lz-06-you-will-receive-grant", [L], "award: you will receive a grant of £300", BEGUM, WI, "Grant",
    "Dear Mrs Hughes,\n\nYou will receive a grant of £300 from the council towards the exhibition.\n\nFatima")
add("lz-07-tenancy-offered", [L], "award: plot 12 is offered to you", OCONNELL, RES4, "Plot 12",
    "Pete, plot 12 is offered to you from 1 October at the standard rent. Jack")
add("lz-08-bill-us", [L], "order: bill us for the repair", PUGH, BUILDER, "gate", "Rob, fix the gate by the pond and bill us. Rhodri")
add("lz-09-rent-reduced", [L], "commitment: your rent has been reduced", KOWALCZYK, KIOSK, "Rent",
    "Hi, your rent has been reduced to £200 a month while the car park is closed. Bern")
add("lz-10-notice-to-quit", [L], "notice to quit", MARSH, FORGE, "Notice to quit",
    formal("Dear Mr Ellis,", "This letter is notice to quit the old forge on or before 30 September.", *CHAIR))
add("lz-11-no-more-bookings", [L], "refusal: we won't take any more bookings from the group", BEGUM, RES2, "Bookings",
    "Mr Patel,\n\nAfter last month's damage we won't accept any further bookings from your group.\n\nFatima Begum")
add("lz-12-please-can-we-have", [L], "order: please can we have two skips", OCONNELL, "Skips R Us <hire@skipsrus.example.co.uk>",
    "skips", "Please can we have two 8-yard skips at the Rec on Friday, charged to the parish council. Jack")

add("lz-n1-will-be-allowed-question", [], "question: will dogs be allowed", PUGH, RES2, "dogs",
    "Dev, will dogs be allowed on the new field, do you know? Rhodri")
add("lz-n2-agrees-with", [], "'the council agrees with you' is no decision", MARSH, RES3, "speeding",
    "Dear Ms Byrne,\n\nThe council agrees with you that speeding on Church Road is a problem.\n\nEleanor Marsh")
add("lz-n3-happy-to-help", [], "'happy to help' commits nothing", KOWALCZYK, SCOUTS, "help", "Alex, happy to help if I can. Bern")
add("lz-n4-keep-me-posted", [], "'keep me posted'", WHITLOCK, WANDERERS, "match", "Phil, keep me posted on the match. Sam")
add("lz-n5-grant-application-form", [], "explaining how to apply for a grant", BEGUM, WI, "Grants",
    "Dear Mrs Hughes,\n\nGrant applications go to the Amenities committee; the form is on the website.\n\nFatima")
add("lz-n6-rent-review-due", [], "information: a rent review is due", OCONNELL, KIOSK, "rent review",
    "Ms Green, a rent review is due next year under the lease; the clerk will write to you about it. Jack")

# ---- an eighth batch, written before any change it might prompt --------------------------------------
add("l8-01-answer-is-yes", [L], "grant: the answer is yes", MARSH, RES2, "Street party", "Dev, the answer's yes - have a "
    "lovely street party on the green. Eleanor")
add("l8-02-allowed-two-stalls", [L], "grant: you're allowed two stalls", BEGUM, CATERER, "stalls",
    "Hello, you're allowed two stalls at the fete this year instead of one. Fatima")
add("l8-03-pitch-fees", [L], "notice: pitch fees for next season will be £250", OCONNELL, WANDERERS, "Pitch fees",
    "Dear Mr Akers,\n\nPitch fees for next season will be £250 per team, payable by 1 September.\n\nJack O'Connell")
add("l8-04-require-vacated", [L], "instruction: we will require the hall to be vacated by 10pm", KOWALCZYK, RES2, "Party",
    "Dev, we will require the hall to be vacated by 10pm on the night. Bern")
add("l8-05-taking-kiosk-back", [L], "notice: the council will be taking the kiosk back", MARSH, KIOSK, "The kiosk",
    formal("Dear Ms Green,", "The council will be taking the kiosk back into its own management on 1 May.", *CHAIR))
add("l8-06-permission-revoked", [L], "cancellation: your permission to park is revoked", WHITLOCK, CATERER, "parking",
    "Effective immediately, your permission to park on the green is revoked. Sam Whitlock")
add("l8-07-let-you-have-free", [L], "grant: we've decided to let you have the hall for free", PUGH, WI, "hall",
    "Pam, we've decided to let you have the hall for free for the WI centenary. Rhodri")
add("l8-08-pleased-to-say-fund", [L], "commitment: I'm pleased to say the council will fund", BEGUM, YOUTH, "Trip",
    "Jo, I'm pleased to say the council will fund the youth club's trip to the coast. Fatima")

add("l8-n1-allowed-question", [], "question: are we allowed to park there", KOWALCZYK, CATERER, "parking",
    "Are we allowed to park by the pavilion on the day? Bern")
add("l8-n2-require-volunteers", [], "'we will require more volunteers' instructs nobody", PUGH, VOLUNTEERS, "next year",
    "Thanks all - we will require more volunteers next year, so spread the word! Rhodri")
add("l8-n3-fees-question", [], "question about fees", OCONNELL, WANDERERS, "fees", "Phil, what did the pitch fees come to last "
    "season? Jack")
add("l8-n4-taking-part", [], "'taking part' is no repossession", MARSH, SCOUTS, "parade", "Alex, the council will be "
    "taking part in the St George's Day parade. Eleanor")

# ---- a ninth batch, written before any change it might prompt -----------------------------------------
add("l9-01-formal-consent", [L], "formal: consent is hereby given", MARSH, DEVELOPER, "Consent",
    formal("Dear Sirs,", "Consent is hereby given for your contractor to cross the playing field with light vehicles "
           "during July.", *CHAIR))
add("l9-02-we-agree-to-your-proposal", [L], "we agree to your proposal", OCONNELL, FORGE, "Proposal",
    "Dear Mr Ellis,\n\nWe agree to your proposal to pay the arrears in three monthly instalments.\n\nJonathan O'Connell")
add("l9-03-remove-within-7-days", [L], "instruction: remove within seven days", BEGUM, RES4, "Shed",
    "Mr Lund,\n\nThe shed on plot 9 must be taken down within seven days.\n\nFatima Begum")
add("l9-04-chair-approves-payment", [L], "the chair approves the payment", MARSH, HEDGER, "Invoice",
    "Owen,\n\nI approve payment of your invoice for the churchyard hedge.\n\nEleanor Marsh\nChair")
add("l9-05-booking-cancelled-refund", [L], "cancellation with refund", KOWALCZYK, RES1, "Booking",
    "Maureen, sorry - we've cancelled the hall booking for the 9th (boiler's gone) and you'll get your £40 back. Bern")
add("l9-06-please-quote-and-start", [L], "instruction: start on Monday", PUGH, KESTREL, "verges",
    "Sue, start on the verges on Monday and do the churchyard after. Rhodri")
add("l9-07-you-may-not", [L], "refusal: you may not use the pavilion kitchen", BEGUM, CATERER, "kitchen",
    "Hello, you may not use the pavilion kitchen for the van's prep. Fatima")
add("l9-08-deposit-forfeit", [L], "notice: the deposit is forfeit", OCONNELL, RES2, "Deposit",
    "Mr Patel, as the hall was left damaged, your deposit is forfeit. Jack O'Connell")
add("l9-09-well-pay-half", [L], "commitment: we'll pay half", WHITLOCK, SCOUTS, "minibus", "Alex - we'll pay half the minibus "
    "hire for the camp. Sam")
add("l9-10-closing-account", [L], "instruction to a supplier to close the account", OCONNELL, SALT, "account",
    "Please close the parish council's account with you at the end of the month. Jonathan O'Connell")

add("l9-n1-consent-form", [], "a consent form for a photograph", KOWALCZYK, RES1, "photos",
    "Maureen, could you sign the consent form for the newsletter photos? Bern")
add("l9-n2-agree-with-proposal", [], "personal agreement with a proposal", PUGH, PRESS, "proposal",
    "I agree with the proposal for a new bus route - it's long overdue. Rhodri Pugh")
add("l9-n3-shed-question", [], "question about the shed", BEGUM, RES4, "shed", "Pete, when is the shed coming down? Fatima")
add("l9-n4-approve-of-idea", [], "approving of an idea", MARSH, YOUTH, "idea", "Jo, I approve of the idea wholeheartedly! Eleanor")
add("l9-n5-we-paid", [], "past payment reported", OCONNELL, PRESS, "grants", "The council paid £4,000 in grants last year. "
    "Jonathan O'Connell")

# ---- a tenth batch, written before any change it might prompt -----------------------------------------
add("l10-01-delighted-to-accept", [L], "acceptance: delighted to accept your offer", MARSH, SCOUTS, "Offer of help",
    "Dear Alex,\n\nThe council is delighted to accept the Scouts' offer to repaint the bus shelter, and will supply the "
    "paint.\n\nEleanor Marsh\nChair")
add("l10-02-go-on-then", [L], "chatty grant: go on then, use the field", KOWALCZYK, YOUTH, "field",
    "Go on then, use the top field for the sports day - just keep off the cricket square! Bern")
add("l10-03-fee-halved", [L], "commitment: we've halved the fee", PUGH, WI, "fee", "Pam, we've halved the hire fee for the "
    "jumble sale. Rhodri")
add("l10-04-contract-extended", [L], "award: your contract is extended for a year", OCONNELL, KESTREL, "Contract",
    "Dear Ms Ward,\n\nYour grass-cutting contract is extended for a further year on the same terms.\n\nJonathan O'Connell")
add("l10-05-cease-trading", [L], "instruction: cease trading from the verge", WHITLOCK, CATERER, "verge",
    "You must cease trading from the verge at Mill Lane from today. Sam Whitlock")
add("l10-06-site-visit-entry", [L], "notice: officers will visit your plot", BEGUM, RES1, "Plot 4",
    "Dear Mrs Clegg,\n\nOfficers will visit your plot on Monday to check the bonfire has been cleared.\n\nFatima Begum")
add("l10-07-please-send-team", [L], "request: please send a team", MARSH, KESTREL, "leaves",
    "Please send a team to clear the leaves from the war memorial before Remembrance Sunday. Eleanor Marsh")
add("l10-08-council-to-pay", [L], "telegraphic: council to pay", OCONNELL, RES2, "fence",
    "Dev - fence panels: council to pay, contractor to fit next week. Jack")

add("l10-n1-delighted-to-hear", [], "delighted to hear", MARSH, SCOUTS, "news", "Alex, delighted to hear about the award! Eleanor")
add("l10-n2-go-on-holiday", [], "'go on holiday'", KOWALCZYK, RES1, "holiday", "Maureen, go on - have a lovely holiday! Bern")
add("l10-n3-halved-attendance", [], "report: attendance halved", PUGH, PRESS, "attendance",
    "Attendance at the youth club has halved since the bus was cut. Rhodri Pugh")
add("l10-n4-contract-question", [], "question: is the contract extended", OCONNELL, KESTREL, "contract",
    "Sue, remind me - does your contract run to March? Jack")

# ---- an eleventh batch, written before any change it might prompt ---------------------------------------
add("l11-01-pursuant", [L], "legalistic: pursuant to clause 7 the council terminates", MARSH, FORGE, "Lease of the old forge",
    formal("Dear Mr Ellis,", "Pursuant to clause 7 of the lease, the Council hereby terminates the tenancy with effect "
           "from 31 December.", *CHAIR))
add("l11-02-in-breach-remedy", [L], "legalistic: remedy the breach within 28 days", OCONNELL, KIOSK, "Breach of lease",
    "Dear Ms Green,\n\nThe kiosk is in breach of clause 4 of the lease. Please remedy the breach within 28 days.\n\n"
    "Jonathan O'Connell\nChair, Finance Committee")
add("l11-03-text-style-yes", [L], "text style: yes fine use the hall sat", KOWALCZYK, YOUTH, "sat", "yes fine u can use the hall sat x Bern")
add("l11-04-we-will-meet-costs", [L], "commitment: the council will meet your legal costs", MARSH, RES3, "Costs",
    formal("Dear Ms Byrne,", "The council will meet your reasonable legal costs in connection with the boundary "
           "agreement.", *CHAIR))
add("l11-05-hand-back-keys", [L], "instruction: hand back the keys on Friday", PUGH, FORGE, "Keys",
    "Mr Ellis, please hand back all keys to the forge to the office on Friday. Rhodri")
add("l11-06-approved-to-proceed", [L], "grant: you are approved to proceed", BEGUM, PATHS, "Footpath",
    "Dear Mr Dale,\n\nYou are approved to proceed with the footpath works from 3 June.\n\nFatima Begum")
add("l11-07-council-accepts-tender", [L], "acceptance: the council accepts your tender", OCONNELL, CLEANERS, "Tender",
    "Dear Sirs,\n\nThe Council accepts your tender dated 4 March for the cleaning of the Memorial Hall.\n\nJonathan O'Connell")
add("l11-08-stall-space-withdrawn", [L], "withdrawal: we are withdrawing your stall space", WHITLOCK, CATERER, "Stall",
    "Hello, because of the complaints we are withdrawing your stall space at the Saturday market. Sam Whitlock")

add("l11-n1-pursuant-info", [], "legalistic information: the lease runs to 2030", MARSH, FORGE, "Lease",
    formal("Dear Mr Ellis,", "Pursuant to clause 2 of the lease, the term runs until 31 December 2030.", *CHAIR))
add("l11-n2-text-style-thanks", [], "text style thanks", KOWALCZYK, YOUTH, "thx", "thx for today x Bern")
add("l11-n3-legal-costs-question", [], "question about legal costs", MARSH, SOLICITOR, "costs",
    "Nadia, will the council have to meet the other side's legal costs? Eleanor")
add("l11-n4-tender-received", [], "acknowledging receipt of a tender", OCONNELL, CLEANERS, "Tender",
    "Dear Sirs,\n\nThank you for your tender, which the committee will consider on 12 March.\n\nJonathan O'Connell")

# ---- markings, third batch, written before any change it might prompt ------------------------------------
add("mk3-01-appendix-exempt-name", [C], "attachment 'Appendix A (exempt).pdf' to a developer", HALE, DEVELOPER, "Appendix",
    "Dear Sirs,\n\nAppendix A, as requested.\n\nTom Hale\nDeputy Clerk", attachments=[("Appendix A (exempt).pdf", PDF)])
add("mk3-02-confidential-draft-heading", [C], "pasted 'CONFIDENTIAL DRAFT' heading to the press", WHITLOCK, PRESS, "draft",
    "CONFIDENTIAL DRAFT\nThe council proposes to close the public toilets on Mill Street.\n\nSam")
add("mk3-03-keep-to-yourself", [C], "'please keep this confidential' to a resident", PUGH, RES2, "tip-off",
    "Dev, please keep this confidential: the developer has withdrawn from the Mill Lane site. Rhodri")
add("mk3-04-part-two-words", [C], "'Part Two report' attached, to a tenant", OCONNELL, KIOSK, "report",
    "Ms Green, the report mentioned. Jack", attachments=[("Part Two report - kiosk rent review.pdf", PDF)])
add("mk3-05-official-sensitive-subject", [C], "subject 'OFFICIAL-SENSITIVE: …' to a resident", BEGUM, RES3,
    "OFFICIAL-SENSITIVE: plot 12 eviction", "Siobhan, for your information. Fatima")
add("mk3-06-exempt-information-body", [C], "'this is exempt information' in the body, to a resident", KOWALCZYK, RES1,
    "land", "Maureen, this is exempt information, but the council is buying the field behind your house. Bern")

add("mn3-01-not-restricted", [], "negation: the document isn't restricted", PUGH, RES2, "doc",
    "Dev, the document isn't restricted - it's on the website. Rhodri")
add("mn3-02-confidential-helpline", [], "talk: a confidential helpline", BEGUM, RES3, "help",
    "Siobhan, the Samaritans run a confidential helpline, open all night. Fatima")
add("mn3-03-exempt-vat-attachment", [], "attachment 'VAT exempt supplies.pdf'", HALE, WI, "VAT",
    "Dear Mrs Hughes,\n\nThe note on VAT.\n\nTom Hale", attachments=[("VAT exempt supplies.pdf", PDF)])
add("mn3-04-part2-stage", [], "'part 2 of the works' is no marking", OCONNELL, PATHS, "works",
    "Mr Dale, part 2 of the works can start after the fete. Jack")
add("mn3-05-declassified", [], "the report has been declassified", MARSH, PRESS, "report",
    "The confidential report on the depot has been declassified and is on our website. Eleanor Marsh")

# ---- a twelfth batch: other personas, HTML-only mail, written before any change it might prompt ------------
add("l12-01-html-grant", [L], "HTML-only: the group may use the hall", MARSH, WI, "Hall", "Dear Pam,\n\nThe WI may use the "
    "Memorial Hall free of charge for the craft fair on 9 November.\n\nEleanor Marsh\nChair", html=True)
add("l12-02-html-instruction", [L], "HTML-only: please remove the banner by Monday", OCONNELL, CATERER, "Banner",
    "Hello,\n\nPlease remove the banner from the railings by Monday.\n\nJack O'Connell", html=True)
add("l12-03-run-on", [L], "run-on sentence with the commitment at the end", PUGH, RES2, "the wall",
    "Dev I was down at the wall this morning with Gillian and we had a good look and it is worse than we thought "
    "what with the frost and all so the council will pay for the whole rebuild and not just the top course Rhodri")
add("l12-04-caps", [L], "all capitals: YOU MUST REMOVE THE CARAVAN", WHITLOCK, RES4, "CARAVAN",
    "MR LUND, YOU MUST REMOVE THE CARAVAN FROM THE GREEN BY FRIDAY. SAM WHITLOCK")
add("l12-05-plain-english-learner", [L], "plain wording: you can to use the room", BEGUM, RES3, "room",
    "Dear Siobhan, yes is ok, you can use the small room every Tuesday for the language class. Regards Fatima")
add("l12-06-decisions-bullets", [L], "decisions as a bulleted list", OCONNELL, WANDERERS, "Decisions",
    "Phil,\n\nFrom last night's committee:\n- the club can keep the containers by the pavilion until June\n"
    "- the council will pay for the new nets\n\nJack")

add("l12-n1-html-thanks", [], "HTML-only thanks", MARSH, WI, "Thanks", "Dear Pam,\n\nThank you for the lovely flowers.\n\n"
    "Eleanor", html=True)
add("l12-n2-run-on-advocacy", [], "run-on advocacy, no commitment", PUGH, RES2, "wall",
    "Dev I was down at the wall this morning and it is in a bad way and I am going to raise it with Gillian and "
    "the committee and see what they say Rhodri")
add("l12-n3-caps-question", [], "all capitals question", WHITLOCK, RES4, "CARAVAN", "MR LUND, IS THE CARAVAN STILL ON THE "
    "GREEN? SAM")
add("l12-n4-decisions-pending", [], "bulleted items still pending", OCONNELL, WANDERERS, "Pending",
    "Phil,\n\nStill to be decided by the committee:\n- the containers by the pavilion\n- new nets\n\nJack")

# ---- a thirteenth batch: hard negatives that read like acts, written before any change they might prompt --------
add("l13-n1-up-to-me", [], "hedged: if it were up to me you could use the field", KOWALCZYK, YOUTH, "field",
    "Jo, if it were up to me you could use the field any time. Bern")
add("l13-n2-discussing-whether", [], "the council will be discussing whether to pay", MARSH, RES2, "lights",
    "Dev, the council will be discussing whether to pay for the Christmas lights in October. Eleanor")
add("l13-n3-last-year-paid", [], "past: last year the council paid for the coach", PUGH, SCOUTS, "coach",
    "Alex, last year the council paid for the coach, as you'll remember. Rhodri")
add("l13-n4-book-online", [], "procedure: you can book the hall online", BEGUM, RES3, "hall",
    "Siobhan, you can book the hall online through the council website. Fatima")
add("l13-n5-need-to-book-office", [], "procedure: you'll need to book through the office", OCONNELL, RES4, "pitch",
    "Pete, you'll need to book the pitch through the office. Jack")
add("l13-n6-book-your-place", [], "invitation: please book your place by emailing the clerk", MARSH, WI, "AGM",
    "Pam, please book your place at the annual meeting by emailing the clerk. Eleanor")
add("l13-n7-anyone-can-book", [], "anyone can book the hall", WHITLOCK, PRESS, "hall", "Anyone can book the Memorial Hall "
    "- that's the point of it. Sam Whitlock")
add("l13-n8-would-pay", [], "hedged: I'd have thought the council would pay", KOWALCZYK, RES1, "bench",
    "Maureen, I'd have thought the council would pay for a new bench, but it's not my decision. Bern")
add("l13-n9-we-will-need-plans", [], "'we will need to see the plans'", PUGH, DEVELOPER, "plans",
    "We will need to see the full plans before the committee can consider the access request. Rhodri Pugh")
add("l13-n10-speak-to-county", [], "advice: you'll need to speak to the county", BEGUM, RES2, "road",
    "Dev, you'll need to speak to the county about the pothole - it's their road. Fatima")

# ---- a fourteenth batch: more negatives that read like acts, written before any change they might prompt -----
add("l14-n1-look-into", [], "the council will look into it", MARSH, RES2, "noise", "Dev, the council will look into it and "
    "get back to you. Eleanor")
add("l14-n2-do-our-best", [], "we'll do our best", PUGH, WI, "heating", "Pam, we'll do our best to sort the heating before "
    "the fete. Rhodri")
add("l14-n3-make-sure-clerk", [], "I'll make sure the clerk gets your letter", BEGUM, RES3, "letter",
    "Siobhan, I'll make sure the clerk gets your letter. Fatima")
add("l14-n4-accept-apologies", [], "please accept my apologies", OCONNELL, RES4, "delay", "Pete, please accept my "
    "apologies for the delay in replying. Jack")
add("l14-n5-accept-that", [], "we accept that mistakes were made", MARSH, PRESS, "statement",
    "We accept that mistakes were made over the consultation. Eleanor Marsh")
add("l14-n6-offering-tea", [], "announcement: we are offering free tea", KOWALCZYK, VOLUNTEERS, "open day",
    "Hi all, we are offering free tea and cake at the open day on Saturday - do come! Bern")
add("l14-n7-appointed-new-clerk", [], "announcement: the council has appointed a new clerk", MARSH, PRESS, "new clerk",
    "The council has appointed a new clerk, who starts in May. Eleanor Marsh")
add("l14-n8-cover-history", [], "we'll cover the history in the newsletter", PUGH, RES1, "newsletter",
    "Maureen, we'll cover the history of the hall in the next newsletter. Rhodri")
add("l14-n9-bear-with-us", [], "please bear with us", BEGUM, WI, "heating", "Pam, please bear with us while the heating "
    "is sorted. Fatima")
add("l14-n10-told-booking-stands", [], "reported: I'm told the booking stands", WHITLOCK, RES2, "booking",
    "Dev, I'm told your booking stands, but check with the office. Sam")

# ---- a fifteenth batch: negatives that read like acts, written before any change they might prompt -----------
add("l15-n1-hall-closed-christmas", [], "information: the hall is closed over Christmas", MARSH, RES2, "Christmas",
    "Dev, the hall will be closed over Christmas. Eleanor")
add("l15-n2-stop-meeting-like-this", [], "a joke: we need to stop meeting like this", KOWALCZYK, RES1, "ha",
    "Maureen, we need to stop meeting like this! Bern")
add("l15-n3-must-come-quiz", [], "an invitation: you must come to the quiz", PUGH, RES3, "quiz",
    "Siobhan, you must come to the quiz night, it'll be fun! Rhodri")
add("l15-n4-contract-ends-question", [], "question: your contract ends in March, doesn't it", OCONNELL, KESTREL, "contract",
    "Sue, your contract ends in March, doesn't it? Jack")
add("l15-n5-pay-flowers-myself", [], "personal: I'll pay for the flowers myself", MARSH, "Florist <shop@ashwellflowers.example.co.uk>",
    "flowers", "I'll pay for the flowers for Maureen's funeral myself. Eleanor Marsh")
add("l15-n6-happy-for-you-to-ring", [], "'happy for you to give us a call'", BEGUM, RES4, "call",
    "Pete, we're happy for you to give us a call any time. Fatima")
add("l15-n7-dogs-on-leads", [], "a general rule: dogs must be kept on leads", WHITLOCK, RES1, "dogs",
    "Maureen, dogs must be kept on leads on the recreation ground - it's a byelaw. Sam")
add("l15-n8-lets-meet", [], "let's meet to agree the plan", OCONNELL, FORGE, "plan", "Mr Ellis, let's meet on Friday to agree "
    "the plan. Jack")

# ---- a sixteenth batch, written before any change it might prompt ------------------------------------------
add("l16-01-order-print-account", [L], "order: print 200 leaflets, usual account", KOWALCZYK, PRINTER, "leaflets",
    "Sam, could you print 200 of the attached leaflets for the litter pick and put them on our account? Bern")
add("l16-02-deposit-deduction", [L], "notice: £60 will be deducted from your deposit", OCONNELL, RES2, "Hall deposit",
    "Mr Patel,\n\n£60 will be deducted from your deposit for the broken chairs.\n\nJack O'Connell")
add("l16-03-rent-notice-new-rate", [L], "notice: the new rate from April is £12 an hour", BEGUM, YOUTH, "Hall rates",
    "Jo, the hire rate for the hall goes up to £12 an hour from April. Fatima")
add("l16-04-forward-add-instruction", [L, F], "a councillor forwards the clerk's internal note to the tenant and adds a demand",
    OCONNELL, KIOSK, "FW: Kiosk arrears", "Ms Green - see below. The arrears must be paid by the end of the month.\nJack",
    quoted=("outlook", CLERK, [OCONNELL], "Kiosk arrears", "Jack,\n\nThe kiosk is £1,200 in arrears as of today.\n\nGillian"))
add("l16-05-permission-state-fine", [L], "state: the stall is fine where it is", PUGH, CATERER, "stall",
    "Hello - the stall is fine where it is by the gate, you can stay there for the rest of the season. Rhodri")
add("l16-06-allotment-notice-inspection", [L], "notice: your plot will be inspected", BEGUM, RES4, "Plot 9",
    "Pete, your plot will be inspected on 1 July; it must be cultivated by then. Fatima")
add("l16-07-we-shall-arrange", [L], "commitment: we shall arrange for the tree to be removed", MARSH, RES1, "Fallen tree",
    formal("Dear Mrs Clegg,", "We shall arrange for the fallen tree to be removed from your garden at the council's expense.", *CHAIR))
add("l16-08-terse-no", [L], "terse refusal: no - not on the green", WHITLOCK, CATERER, "Re: can we park on the green?",
    "No - not on the green, sorry. Use the car park. Sam")

add("l16-n1-print-question", [], "question: could you print me a copy", KOWALCZYK, RES1, "copy", "Maureen, could you print me "
    "a copy of the minutes? Bern")
add("l16-n2-deposit-info", [], "information: deposits are returned after inspection", OCONNELL, RES2, "deposit",
    "Dev, deposits are normally returned within a week of the hire. Jack")
add("l16-n3-rates-question", [], "question about the hire rate", BEGUM, YOUTH, "rates", "Jo, what rate are you paying for "
    "the hall at the moment? Fatima")
add("l16-n4-no-problem", [], "'No problem at all' is no refusal", PUGH, RES3, "thanks", "No problem at all - glad to help. Rhodri")

# ---- a seventeenth batch, written before any change it might prompt -----------------------------------------
add("l17-01-pleased-on-behalf", [L], "on behalf of the council I am pleased to confirm the grant", MARSH, SCOUTS, "Grant",
    formal("Dear Alex,", "On behalf of the council I am pleased to confirm a grant of £500 towards the new hut roof.", *CHAIR))
add("l17-02-this-is-to-confirm", [L], "this is to confirm the hire is free", BEGUM, WI, "Hire",
    "Dear Pam,\n\nThis is to confirm that there will be no hire charge for the WI centenary lunch.\n\nFatima Begum")
add("l17-03-avoidance-of-doubt", [L], "for the avoidance of doubt, no vehicles", OCONNELL, CATERER, "Vehicles",
    "For the avoidance of doubt, no vehicles are permitted on the green during the fete. Jonathan O'Connell")
add("l17-04-inform-not-renewed", [L], "I write to inform you that your licence will not be renewed", MARSH, GRAZIER, "Licence",
    formal("Dear Mr Tranter,", "I write to inform you that your grazing licence will not be renewed in September.", *CHAIR))
add("l17-05-kindly-arrange", [L], "kindly arrange for the removal", PUGH, BUILDER, "Skip",
    "Mr Dunn, kindly arrange for the removal of the skip from the verge by Wednesday. Rhodri Pugh")
add("l17-06-hereby-required", [L], "you are hereby required to vacate", MARSH, FORGE, "Forge",
    formal("Dear Mr Ellis,", "You are hereby required to vacate the forge by 31 December.", *CHAIR))
add("l17-07-closed-to-your-vehicles", [L], "the car park is closed to your vehicles", WHITLOCK, BUILDER, "Car park",
    "Mr Dunn, with immediate effect the village hall car park is closed to your vehicles. Sam Whitlock")
add("l17-08-bilingual-refusal", [L], "bilingual: the English half refuses", PUGH, RES3, "Cais / Request",
    "Annwyl Ms Byrne,\n\nMae'n ddrwg gennyf.\n\nDear Ms Byrne,\n\nI'm sorry, but the council cannot allow a fence on the green."
    "\n\nRhodri Pugh")

# ---- an eighteenth batch, written before any change it might prompt -----------------------------------------
add("l18-01-you-have-the-field", [L], "grant: you have the field on Sunday", KOWALCZYK, WANDERERS, "Sunday",
    "Phil, you have the lower field on Sunday from 10 till 4. Bern")
add("l18-02-we-are-giving", [L], "commitment: we're giving the club £300", PUGH, WANDERERS, "Kit",
    "Phil, we're giving the club £300 towards the new junior kit. Rhodri")
add("l18-03-tell-your-members", [L], "instruction: tell your members to park at the school", BEGUM, WANDERERS, "Parking",
    "Mr Akers, please tell your members to park at the school on match days, not in Church Lane. Fatima")
add("l18-04-booking-refused-full", [L], "refusal: we can't take your booking", OCONNELL, RES4, "Booking",
    "Pete, sorry, we can't take your booking for the 14th - the hall is already let. Jack")
add("l18-05-new-lease-terms", [L], "notice: the new lease will run from 1 April at £4,000", MARSH, FORGE, "New lease",
    formal("Dear Mr Ellis,", "The new lease will run from 1 April for three years at £4,000 a year.", *CHAIR))
add("l18-06-clear-by-weekend", [L], "instruction: the path needs clearing by the weekend", WHITLOCK, KESTREL, "path",
    "Sue, the churchyard path needs clearing by the weekend please. Sam")

add("l18-n1-you-have-my-support", [], "'you have my support' grants nothing", PUGH, RES2, "campaign",
    "Dev, you have my full support for the campaign. Rhodri")
add("l18-n2-giving-talk", [], "'we're giving a talk'", KOWALCZYK, WI, "talk", "Pam, we're giving a talk on the history of "
    "the parish at the library. Bern")
add("l18-n3-tell-me", [], "'please tell me'", BEGUM, RES1, "dates", "Maureen, please tell me which dates suit you. Fatima")
add("l18-n4-path-looks-clear", [], "observation: the path looks clear", WHITLOCK, KESTREL, "path",
    "Sue, the churchyard path looks much clearer, thanks. Sam")
