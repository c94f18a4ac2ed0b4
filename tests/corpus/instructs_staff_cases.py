"""Scenarios for tests/corpus/instructs-staff/ (issue 17): councillors writing to officers.

Written from the rule's definition (docs/CHECK-CONTRACT.md, `instructs-staff`) before the
check was tuned on them, except the `BLIND` batch, written after tuning and scored once.
Each case: (stem, rules, why, message). A message is a dict for build_instructs_staff.render:
from_, to, cc, subject, body, fmt ("plain", "html" — Outlook's Word HTML with a plain
alternative —, "iphone"), quoted (an earlier message shown below the new text).
Every council, person and address here is invented.
"""

from __future__ import annotations

D = "hollowmere-tc.gov.uk"
DIRECTORY = {
    "council": "Hollowmere Town Council",
    "domains": [D],
    "people": [
        {"name": "Bridget Okonkwo", "role": "councillor", "titles": ["chair", "mayor"], "group": "Independent",
         "emails": [f"cllr.okonkwo@{D}"]},
        {"name": "Huw Parry", "role": "councillor", "titles": ["leader"], "group": "Labour",
         "emails": [f"cllr.parry@{D}", "huw.parry@btinternet.com"]},
        {"name": "Lena Sørensen", "role": "councillor", "titles": ["committee-chair"], "group": "Green",
         "emails": [f"cllr.sorensen@{D}", "lena.sorensen@gmail.com"]},
        {"name": "Marek Nowak", "role": "councillor", "group": "Independent", "emails": [f"cllr.nowak@{D}"]},
        {"name": "Derek Ashby", "role": "councillor", "group": "Conservative", "emails": [f"cllr.ashby@{D}"]},
        {"name": "Fiona McLeod", "role": "councillor", "group": "Liberal Democrat", "emails": [f"cllr.mcleod@{D}"]},
        {"name": "Gary Pickles", "role": "councillor", "group": "Conservative", "emails": [f"cllr.pickles@{D}"]},
        {"name": "Ruth Calloway", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"clerk@{D}", f"ruth.calloway@{D}"]},
        {"name": "Ben Adeyemi", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"ben.adeyemi@{D}"]},
        {"name": "Kerry Walsh", "role": "officer", "emails": [f"facilities@{D}", f"kerry.walsh@{D}"]},
        {"name": "Imran Siddiqui", "role": "officer", "titles": ["rfo"], "emails": [f"rfo@{D}", f"imran.siddiqui@{D}"]},
        {"name": "Alison Grey", "role": "partner", "emails": ["a.grey@greylaw.example.co.uk"]},
    ],
    "partner_domains": ["westshire.gov.uk"],
}

OKONKWO = f"Cllr Bridget Okonkwo <cllr.okonkwo@{D}>"
PARRY = f"Cllr Huw Parry <cllr.parry@{D}>"
PARRY_BT = "Huw Parry <huw.parry@btinternet.com>"
SORENSEN = f"Cllr Lena Sørensen <cllr.sorensen@{D}>"
SORENSEN_GMAIL = "Lena Sorensen <lena.sorensen@gmail.com>"
NOWAK = f"Cllr Marek Nowak <cllr.nowak@{D}>"
ASHBY = f"Cllr Derek Ashby <cllr.ashby@{D}>"
MCLEOD = f"Cllr Fiona McLeod <cllr.mcleod@{D}>"
MCLEOD_OWN = "Fi <fi.mcleod62@outlook.com>"  # not in the directory: only the sign-off says who writes
PICKLES = f"Cllr Gary Pickles <cllr.pickles@{D}>"
CLERK = f"Ruth Calloway <clerk@{D}>"
DEPUTY = f"Ben Adeyemi <ben.adeyemi@{D}>"
FACILITIES = f"Kerry Walsh <facilities@{D}>"
RFO = f"Imran Siddiqui (RFO) <rfo@{D}>"
OFFICE = f"Hollowmere Town Council <office@{D}>"  # a shared staff mailbox, not listed
BOOKINGS = f"Bookings <bookings@{D}>"
SOLICITOR = "Alison Grey <a.grey@greylaw.example.co.uk>"
RESIDENT = "Tom Harris <tom.harris@example.org>"
IS = "instructs-staff"

CASES: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, **message) -> None:
    CASES.append((stem, rules, why, message))


def pos(stem: str, why: str, **message) -> None:
    add(stem, [IS], why, **message)


def neg(stem: str, why: str, **message) -> None:
    add(stem, [], why, **message)


# -- positives: a councillor directs an officer to act ---------------------------------------
pos("p01-terse-cancel", "terse imperative to the clerk", from_=ASHBY, to=[CLERK], subject="hall",
    body="Ruth\n\nCancel the Saturday booking for the Market Hall.\n\nDerek")
pos("p02-formal-notice-removed", "formal: arrange for a notice to be removed today", from_=OKONKWO, to=[CLERK],
    subject="Notice on the Market Square board",
    body="Dear Ruth,\n\nPlease arrange for the notice about the Christmas market on the Market Square board to be "
         "removed by close of play today.\n\nKind regards,\n\nCllr Bridget Okonkwo\nTown Mayor")
pos("p03-chatty-strim", "chatty: get the lads to strim before Sunday", from_=PICKLES, to=[FACILITIES],
    subject="war memorial",
    body="Hiya Kerry!\n\nGet the lads to strim round the war memorial before Sunday please, it looks a right state "
         "after all that rain.\n\nTa,\nGary")
pos("p04-non-native-send-letter", "non-native: send today the letter to the tenant", from_=NOWAK, to=[CLERK],
    subject="Unit 4 rent",
    body="Hello Ruth,\n\nPlease send today the letter to tenant of unit 4, he is two months behind with rent and "
         "this is not acceptable.\n\nBest regards\nMarek Nowak")
pos("p05-want-emptied", "I want the bins emptied by Monday", from_=PARRY, to=[FACILITIES],
    subject="Rec bins",
    body="Kerry,\n\nI want the bins at the rec emptied by Monday. The smell is awful.\n\nHuw")
pos("p06-need-you-to-chase", "I need you to chase the contractor today", from_=SORENSEN, to=[CLERK],
    subject="Greenway",
    body="Ruth,\n\nI need you to chase Greenway about the missed cut on Orchard Way today.\n\nThanks,\nLena")
pos("p07-you-need-to-write", "you need to write to the allotment tenant", from_=ASHBY, to=[CLERK],
    subject="Plot 14",
    body="Ruth,\n\nYou need to write to Mr Cole on plot 14 this week and tell him the shed has to come down.\n\nDerek")
pos("p08-do-not-pay", "prohibition: do not pay the invoice", from_=PARRY, to=[RFO], subject="Greenway invoice",
    body="Imran,\n\nDo not pay Greenway's invoice until I have seen the work on the cemetery verges myself.\n\nHuw")
pos("p09-shared-mailbox-poster", "to the shared office mailbox: take down the poster", from_=MCLEOD, to=[OFFICE],
    subject="Quiz poster",
    body="Hello office,\n\nPlease take down the poster about the quiz night from the noticeboard today, the date is "
         "wrong.\n\nFiona")
pos("p10-personal-address-signs-cllr", "from an unlisted personal address signed as Cllr", from_=MCLEOD_OWN,
    to=[DEPUTY], subject="Remembrance",
    body="Ben,\n\nPlease book the Silver Band for Remembrance Sunday, same as last year.\n\nCllr Fiona McLeod",
    fmt="iphone")
pos("p11-html-purchase-order", "Outlook HTML: raise a purchase order and pay on delivery", from_=SORENSEN, to=[RFO],
    subject="Defibrillator cabinet",
    body="Imran,\n\nPlease raise a purchase order for the new defibrillator cabinet and pay Medequip on delivery.\n\n"
         "Lena\n\nCllr Lena Sørensen\nChair, Amenities Committee", fmt="html")
pos("p12-reply-make-sure", "reply; the new text says make sure it is cut", from_=OKONKWO, to=[FACILITIES],
    subject="RE: Hedge at the pavilion",
    body="Kerry,\n\nMake sure it is cut before the fete on the 14th.\n\nBridget",
    quoted=("outlook", FACILITIES, [OKONKWO], "Hedge at the pavilion",
            "Dear Cllr Okonkwo,\n\nThe hedge at the pavilion was last cut in May.\n\nKerry Walsh\nFacilities"))
pos("p13-leader-withdraw", "a Leader's instruction: withdraw the comments today", from_=PARRY, to=[CLERK],
    subject="Planning comments",
    body="Ruth,\n\nAs Leader I am telling you: withdraw the comments we sent the district on the Mill Lane "
         "scheme today.\n\nHuw Parry\nLeader of the Council")
pos("p14-get-fence-off", "get the contractor to fence off the tree today", from_=ASHBY, to=[FACILITIES],
    subject="Fallen tree",
    body="Kerry - get Kestrel to fence off the fallen tree in Church Walk today.\n\nDerek")
pos("p15-have-gates-locked", "have the cemetery gates locked at dusk from tonight", from_=OKONKWO, to=[DEPUTY],
    subject="Cemetery gates",
    body="Ben,\n\nPlease have the cemetery gates locked at dusk from tonight onwards.\n\nBridget")
pos("p16-tell-the-club", "tell the football club they cannot use the pitch", from_=PICKLES, to=[CLERK],
    subject="Pitch",
    body="Ruth,\n\nTell the football club they can't use the top pitch this weekend, it's waterlogged.\n\nGary")
pos("p17-email-allotment-holders", "email all allotment holders", from_=SORENSEN, to=[DEPUTY],
    subject="Water off",
    body="Ben,\n\nPlease email all the allotment holders that the water goes off on Monday for the winter.\n\n"
         "Lena")
pos("p18-ring-insurers", "ring the insurers first thing tomorrow", from_=PARRY, to=[RFO],
    subject="Pavilion break-in",
    body="Imran,\n\nRing the insurers first thing tomorrow and get the claim for the pavilion started.\n\nHuw")
pos("p19-move-committee", "move the committee meeting and tell everyone", from_=PARRY, to=[CLERK],
    subject="Finance committee",
    body="Ruth,\n\nMove the finance committee to Thursday 14th and let everyone know by tomorrow.\n\nHuw")
pos("p20-order-grit-bins", "order grit bins before the frost", from_=ASHBY, to=[FACILITIES],
    subject="Grit",
    body="Kerry,\n\nOrder two more grit bins and put them on Church Hill before the frost comes.\n\nDerek")
pos("p21-passive-taken-down", "the hoarding must be taken down by Friday", from_=OKONKWO, to=[CLERK],
    subject="Old library hoarding",
    body="Ruth,\n\nThe hoarding at the old library must be taken down by Friday.\n\nBridget\nTown Mayor")
pos("p22-instruct-solicitors", "instruct the solicitors to serve notice", from_=PARRY, to=[CLERK],
    subject="Kiosk",
    body="Ruth,\n\nPlease instruct the solicitors to serve notice on the kiosk tenant.\n\nHuw")
pos("p23-iphone-chase-county", "iPhone, terse: chase county today", from_=PARRY_BT, to=[CLERK],
    subject="streetlight", body="Chase the county about the Mill Lane streetlight today.\n\nHuw", fmt="iphone")
pos("p24-publish-minutes", "publish the draft minutes today", from_=SORENSEN, to=[DEPUTY], subject="Minutes",
    body="Ben,\n\nPublish the draft Amenities minutes on the website today.\n\nLena")
pos("p25-stop-contract", "stop the grass-cutting contract", from_=PICKLES, to=[CLERK], subject="Greenway",
    body="Ruth,\n\nStop the grass cutting contract with Greenway from next month, they are useless.\n\nGary")
pos("p26-expect-invoice-paid", "I expect the invoice paid by Friday", from_=OKONKWO, to=[RFO],
    subject="Band invoice",
    body="Imran,\n\nI expect the Silver Band's invoice paid by Friday, they have waited long enough.\n\nBridget")
pos("p27-give-contract", "give the contractor the contract", from_=ASHBY, to=[CLERK], subject="Footpath",
    body="Ruth,\n\nPlease give Kestrel the contract for the Church Walk footpath.\n\nDerek")
pos("p28-let-club-know", "let the club know their booking is cancelled", from_=PICKLES, to=[BOOKINGS],
    subject="Cricket club",
    body="Hi,\n\nPlease let the cricket club know their booking of the pavilion on the 3rd is cancelled.\n\n"
         "Cllr Gary Pickles")
pos("p29-refund-deposit", "refund the Scouts' deposit this week", from_=MCLEOD, to=[RFO],
    subject="Scouts deposit",
    body="Imran,\n\nRefund the Scouts' deposit in full this week please.\n\nFiona")
pos("p30-clerk-needs-to", "the clerk needs to write to the developer today", from_=PARRY, to=[CLERK, DEPUTY],
    subject="Fence",
    body="Ruth, Ben,\n\nThe clerk needs to write to the developer today about the fence on our land.\n\nHuw")
pos("p31-go-ahead-and-hire", "go ahead and hire the marquee (an instruction, not consent)", from_=OKONKWO,
    to=[CLERK], cc=[SORENSEN], subject="Fun day",
    body="Ruth,\n\nPlease go ahead and hire the marquee for the fun day from Tents4U.\n\nBridget")
pos("p32-delete-post", "delete the Facebook post straight away", from_=ASHBY, to=[DEPUTY],
    subject="Facebook",
    body="Ben, delete the Facebook post about the road closure straight away. It is wrong.\n\nDerek")
pos("p33-you-are-to", "you are to take the sign down", from_=PARRY, to=[FACILITIES], subject="Speed sign",
    body="Kerry,\n\nYou are to take the speed sign on the High Street down by tomorrow.\n\nHuw")
pos("p34-html-sort-out-leak", "Outlook HTML, chatty: sort out the leak today please", from_=PICKLES,
    to=[FACILITIES], subject="Pavilion roof",
    body="Kerry –\n\nSort out the leak in the pavilion roof today please! The changing room is flooded.\n\nGary",
    fmt="html")
pos("p35-book-market-hall", "book the hall for the craft fair", from_=SORENSEN, to=[BOOKINGS],
    subject="Craft fair",
    body="Hello,\n\nPlease book the Market Hall for the Christmas craft fair on 7 December.\n\n"
         "Cllr Lena Sørensen")
pos("p36-put-on-hold", "put the bench order on hold", from_=OKONKWO, to=[RFO], subject="Benches",
    body="Imran,\n\nPlease put the bench order on hold until further notice.\n\nBridget")
pos("p37-reply-gmail-tell-greenway", "reply quoting the clerk; new text: tell Greenway to start", from_=ASHBY,
    to=[CLERK], subject="Re: Verges",
    body="Fine. Tell Greenway to start on the verges on Monday.\n\nDerek",
    quoted=("gmail", CLERK, [ASHBY], "Verges",
            "Dear Derek,\n\nGreenway say they can start the verges next week or the week after.\n\nRuth"))
pos("p38-personal-gmail-html-transfer", "listed personal address, HTML: transfer money today",
    from_=SORENSEN_GMAIL, to=[RFO], subject="Events budget",
    body="Imran,\n\nTransfer £2,000 from reserves to the events budget today.\n\nLena", fmt="html")
pos("p39-non-native-check-lock", "non-native: check the play area and lock the gate", from_=NOWAK,
    to=[FACILITIES], subject="Play area",
    body="Kerry,\n\nPlease check the play area each morning and lock the gate at night, from this week. Too many "
         "young people there at night.\n\nMarek")
pos("p40-dont-reply", "prohibition: don't reply to him again", from_=PARRY, to=[CLERK], subject="Mr Varga",
    body="Ruth,\n\nDon't reply to Mr Varga again. Anything further from him comes to me.\n\nHuw")
pos("p41-shared-mailbox-sender-signed", "sent from the shared office mailbox, signed by a councillor",
    from_=OFFICE, to=[CLERK], subject="Greenway visit",
    body="Ruth,\n\nCancel Greenway's next visit to the cemetery.\n\nCllr Derek Ashby")
pos("p42-final-demand", "send the final demand and copy me in", from_=PARRY, to=[RFO], subject="Unit 3",
    body="Imran,\n\nPlease send Unit 3 a final demand for the £1,950 and copy me in.\n\nHuw")
pos("p43-change-locks", "change the locks this week", from_=OKONKWO, to=[FACILITIES], subject="Pavilion store",
    body="Kerry,\n\nChange the locks on the pavilion store this week. Too many keys are out there.\n\nBridget")
pos("p44-want-leaflet-delivered", "I want the leaflet printed and delivered", from_=SORENSEN, to=[CLERK],
    subject="Consultation leaflet",
    body="Ruth,\n\nI want the consultation leaflet delivered to every house by the end of the month.\n\nLena")

# -- hard negatives: requests, questions, casework, relays, quoted history, other senders -----
neg("n01-could-you-look-into", "a question: could you look into", from_=ASHBY, to=[CLERK], subject="Flooding",
    body="Ruth,\n\nCould you look into the flooding on Mill Lane?\n\nDerek")
neg("n02-casework-let-her-know", "casework: a resident's matter, let her know", from_=MCLEOD, to=[FACILITIES],
    subject="Rec bins",
    body="Kerry,\n\nI have a resident who says the bins at the rec haven't been emptied for a fortnight. Please "
         "let her know when they will be.\n\nFiona")
neg("n03-let-me-know", "please let me know", from_=SORENSEN, to=[CLERK], subject="Contractor",
    body="Ruth,\n\nPlease let me know when the contractor is booked for the pond.\n\nLena")
neg("n04-find-attached-agenda", "please find attached, for the agenda", from_=SORENSEN, to=[CLERK],
    subject="Report", body="Ruth,\n\nPlease find attached my report for the next Amenities agenda.\n\nLena")
neg("n05-can-you-advise", "a question: can you advise", from_=NOWAK, to=[RFO], subject="Lights",
    body="Imran,\n\nCan you advise whether the council can fund the Christmas lights from reserves?\n\nMarek")
neg("n06-as-resolved-full-council", "relays a resolution of Full Council", from_=OKONKWO, to=[CLERK],
    subject="Kestrel quote",
    body="Ruth,\n\nAs resolved by Full Council on 12 March (minute 45/24), please write to Kestrel accepting their "
         "quote for the footpath.\n\nBridget")
neg("n07-committee-agreed", "relays a committee decision", from_=SORENSEN, to=[FACILITIES],
    subject="Pavilion boiler",
    body="Kerry,\n\nThe Finance Committee agreed last night to replace the pavilion boiler. Please order it from "
         "Heatwise as quoted.\n\nLena")
neg("n08-quoted-own-instruction", "the instruction is only in the quoted earlier message", from_=ASHBY,
    to=[CLERK], subject="RE: hall",
    body="Thanks Ruth, that's fine.\n\nDerek",
    quoted=("outlook", ASHBY, [CLERK], "hall", "Ruth\n\nCancel the Saturday booking for the Market Hall.\n\nDerek"))
neg("n09-forward-colleague-instruction", "forwards a colleague's instruction and asks a question", from_=MCLEOD,
    to=[CLERK], subject="Fwd: Speed sign",
    body="Ruth,\n\nSee Huw's email below. Is this something you're comfortable with?\n\nFiona",
    quoted=("gmail_forward", PARRY, [MCLEOD], "Speed sign",
            "Fiona,\n\nPlease get the speed sign on the High Street taken down by tomorrow.\n\nHuw"))
neg("n10-when-you-get-a-chance", "left to the officer: when you get a chance", from_=OKONKWO, to=[CLERK],
    subject="Hedge quote",
    body="Ruth,\n\nWhen you get a chance, please send the hedge quote to Kestrel.\n\nBridget")
neg("n11-would-you-mind", "a request: would you mind", from_=PICKLES, to=[CLERK], subject="Greenway",
    body="Ruth,\n\nWould you mind chasing Greenway about the missed cut?\n\nGary")
neg("n12-grateful-if-you-could", "a request: I'd be grateful if you could", from_=OKONKWO, to=[CLERK],
    subject="Greenway",
    body="Dear Ruth,\n\nI'd be grateful if you could chase Greenway about the missed cut on Orchard Way.\n\n"
         "Kind regards,\nBridget")
neg("n13-put-on-agenda", "asks for an agenda item: the council decides", from_=NOWAK, to=[CLERK],
    subject="Skate park", body="Ruth,\n\nPlease put the skate park lighting on the next agenda.\n\nMarek")
neg("n14-apologies", "apologies", from_=MCLEOD, to=[CLERK], subject="Thursday",
    body="Ruth,\n\nPlease accept my apologies for Thursday's meeting.\n\nFiona")
neg("n15-send-me", "asks for information for herself", from_=SORENSEN, to=[RFO], subject="Budget",
    body="Imran,\n\nPlease send me the latest budget figures before Friday.\n\nLena")
neg("n16-clerk-only-in-cc", "the instruction is to a councillor; the clerk is copied", from_=PARRY,
    to=[SORENSEN], cc=[CLERK], subject="Group meeting",
    body="Lena,\n\nPlease book the venue for the group meeting on Tuesday.\n\nHuw")
add("n17-cc-resident-vocative", ["councillor-name-letter"],
    "a councillor's letter to a resident copied to the clerk: the letters rule, not this one", from_=ASHBY, to=[CLERK], cc=[RESIDENT], subject="Footpath 12",
    body="Ruth, Mr Harris,\n\nMr Harris, you are required to clear footpath 12 within 14 days.\n\nDerek")
neg("n18-consent-go-ahead", "consent to the officer's own proposal", from_=SORENSEN, to=[CLERK],
    subject="RE: Kestrel quote",
    body="Ruth,\n\nYes, please go ahead.\n\nLena",
    quoted=("outlook", CLERK, [SORENSEN], "Kestrel quote",
            "Dear Lena,\n\nUnder the scheme of delegation I intend to accept Kestrel's quote of £1,200. Are you "
            "content as chair?\n\nRuth Calloway\nTown Clerk"))
neg("n20-up-to-you", "left to the officer: up to you", from_=PICKLES, to=[CLERK], subject="Booking",
    body="Ruth,\n\nUp to you, but I'd cancel the booking for the 3rd.\n\nGary")
neg("n21-clerk-to-deputy", "the Clerk instructs her deputy: an officer's message", from_=CLERK, to=[DEPUTY],
    subject="Booking", body="Ben,\n\nPlease cancel the Market Hall booking for Saturday today.\n\nRuth")
neg("n22-clerk-relays-committee", "the Clerk acting on a committee decision", from_=CLERK, to=[FACILITIES],
    subject="Verges",
    body="Kerry,\n\nAs agreed at Amenities, please get Greenway to cut the verges before the fete.\n\nRuth")
neg("n23-councillor-to-councillor", "between councillors, no officer", from_=MCLEOD, to=[PICKLES],
    subject="Training", body="Gary,\n\nPlease cancel my place at the planning training, I can't make it.\n\nFi")
neg("n24-deferred-ask-clerk", "deferred: I'll ask the clerk", from_=OKONKWO, to=[DEPUTY], subject="Booking",
    body="Ben,\n\nI'll ask Ruth to cancel the booking when she is back.\n\nBridget")
neg("n25-pass-on-thanks", "thanks passed on", from_=PARRY, to=[CLERK], subject="Bins",
    body="Ruth,\n\nThanks for sorting the bins so quickly. Please tell Kerry and the team thank you from me.\n\nHuw")
neg("n26-keep-me-posted", "keep me posted", from_=NOWAK, to=[CLERK], subject="Appeal",
    body="Ruth, please keep me posted on the planning appeal. Marek")
neg("n27-is-it-possible", "a question: is it possible", from_=MCLEOD, to=[FACILITIES], subject="Hedge",
    body="Kerry,\n\nIs it possible to get the hedge by the pavilion cut before the fete?\n\nFiona")
neg("n28-if-committee-agrees", "conditional on the committee", from_=SORENSEN, to=[CLERK], subject="Benches",
    body="Ruth,\n\nIf the committee agrees on Tuesday, please order the new benches.\n\nLena")
neg("n29-casework-someone-look", "casework and a question", from_=NOWAK, to=[OFFICE], subject="Play area gate",
    body="Hello,\n\nA resident has told me the play area gate on Elm Road is broken. Could someone take a look?\n\n"
         "Marek")
neg("n30-html-could-it-go-on-list", "Outlook HTML: a defect reported, a question", from_=SORENSEN,
    to=[FACILITIES, CLERK], subject="Pond platform",
    body="Kerry, Ruth - the handrail on the pond platform is loose again. Could it go on the list?\n\nLena",
    fmt="html")
neg("n31-please-can-you-book", "a question-form request: please can you book", from_=OKONKWO, to=[CLERK],
    subject="Remembrance", body="Ruth, please can you book the Silver Band for Remembrance?\n\nBridget",
    fmt="iphone")
neg("n32-meeting-with-me", "asks for a meeting with herself", from_=MCLEOD, to=[CLERK], subject="Trees",
    body="Ruth,\n\nCould you please arrange a meeting with me and the tree officer next week?\n\nFiona")
neg("n33-use-attached-version", "her own document", from_=SORENSEN, to=[CLERK], subject="Report",
    body="Ruth,\n\nPlease use the attached version of my report, not the one I sent yesterday.\n\nLena")
neg("n34-call-me", "call me", from_=PARRY, to=[CLERK], subject="Call",
    body="Ruth, please call me when you have a minute. Huw", fmt="iphone")
neg("n35-quoted-clerk-asks-councillor", "the quoted clerk's message asks the councillor to act", from_=OKONKWO,
    to=[CLERK], subject="Re: Cheques",
    body="Will do, thanks.\n\nBridget",
    quoted=("gmail", CLERK, [OKONKWO], "Cheques",
            "Dear Bridget,\n\nPlease sign the cheques in the office by Friday.\n\nRuth"))
neg("n36-casework-contact-her", "casework: contact the resident and explain", from_=MCLEOD, to=[CLERK],
    subject="Dog fouling",
    body="Ruth,\n\nA resident, Mrs Bell, has complained to me about dog fouling on the rec. Please contact her and "
         "explain what the council can do.\n\nFiona")
neg("n37-opinion-must-be-cut", "an opinion, no deadline", from_=NOWAK, to=[CLERK], subject="Hedge",
    body="Ruth,\n\nI think the hedge on Church Walk must be cut back before it blocks the path.\n\nMarek")
neg("n38-committee-decided-order", "relays a committee decision", from_=SORENSEN, to=[RFO], subject="Benches",
    body="Imran,\n\nThe Amenities Committee decided that the benches be replaced, so please order them as per the "
         "resolution.\n\nLena")
neg("n39-please-note", "information only", from_=OKONKWO, to=[CLERK], subject="Play area",
    body="Ruth,\n\nPlease note I will be away from Monday to Friday next week.\n\nBridget")
neg("n40-dont-hesitate", "a courtesy", from_=PARRY, to=[DEPUTY], subject="Welcome",
    body="Ben,\n\nWelcome to Hollowmere! Please don't hesitate to ring me if you need anything.\n\nHuw")
neg("n41-not-instructing", "says it is not an instruction", from_=PICKLES, to=[CLERK], subject="Booking",
    body="Ruth,\n\nI'm not instructing you, but if it were me I'd cancel the booking.\n\nGary")
neg("n42-shared-mailbox-send-me", "to the shared mailbox: send me a form", from_=NOWAK, to=[OFFICE],
    subject="Form", body="Hello office, could you send me a copy of the hall hire form? Marek")
neg("n43-ignore-last-email", "withdraws an earlier message", from_=MCLEOD, to=[CLERK], subject="Ignore",
    body="Ruth,\n\nPlease ignore my last email, I've sorted it with the club myself.\n\nFiona")
neg("n44-will-propose", "deferred: I will propose at committee", from_=SORENSEN, to=[CLERK], subject="Benches",
    body="Ruth,\n\nI'll raise the benches at Amenities and propose we order two.\n\nLena")
neg("n45-have-a-lovely-weekend", "a courtesy", from_=OKONKWO, to=[CLERK], subject="Thanks",
    body="Ruth,\n\nHave a lovely weekend, and thanks again for all your help with the fete.\n\nBridget")
neg("n46-can-we-add", "a question: can we", from_=SORENSEN, to=[DEPUTY], subject="Fair",
    body="Ben, can we add a 10pm finish on the Sunday to the fair conditions this year? Lena")
neg("n47-per-resolution-publish", "relays a council resolution", from_=OKONKWO, to=[CLERK], subject="Audit",
    body="Ruth,\n\nPer the council's resolution of 4 June, please publish the notice of conclusion of audit.\n\n"
         "Bridget")
neg("n48-non-native-maybe-possible", "non-native: a hedged question", from_=NOWAK, to=[FACILITIES],
    subject="Bench", body="Kerry, maybe is possible to repair the bench near the pond? Many people ask me. Marek")
neg("n49-html-quoted-instruction", "Outlook HTML reply; the instruction is only in the quoted part",
    from_=PICKLES, to=[FACILITIES], subject="RE: Pavilion roof",
    body="Thanks Kerry, great job.\n\nGary",
    quoted=("outlook", PICKLES, [FACILITIES], "Pavilion roof",
            "Kerry,\n\nSort out the leak in the pavilion roof today please!\n\nGary"), fmt="html")
neg("n50-instruction-to-solicitor", "to the council's solicitor and the clerk: not only officers in To",
    from_=PARRY, to=[SOLICITOR, CLERK], subject="Kiosk",
    body="Alison, Ruth,\n\nI'd like the notice served on the kiosk tenant once the council has decided.\n\nHuw")

# -- BLIND: written after the check was tuned on the cases above, scored once before any fix ----
pos("bp01-sack-cleaner", "tells the clerk to dismiss a contractor", from_=PICKLES, to=[CLERK], subject="Cleaners",
    body="Ruth,\n\nGet rid of Sparkle Cleaning at the end of the month. I've had enough complaints.\n\nGary")
pos("bp02-close-the-toilets", "close the public toilets from today", from_=ASHBY, to=[FACILITIES],
    subject="Toilets", body="Kerry,\n\nClose the public toilets on the quay from today until the vandalism stops.\n\nDerek")
pos("bp03-remove-from-website", "take the consultation off the website", from_=PARRY, to=[DEPUTY],
    subject="Consultation",
    body="Ben,\n\nPlease take the parking consultation off the website this afternoon.\n\nHuw")
pos("bp04-ring-the-paper", "ring the paper and correct the story", from_=OKONKWO, to=[CLERK],
    subject="Gazette",
    body="Ruth,\n\nRing the Gazette this morning and get them to correct the story about the precept.\n\nBridget\nTown Mayor")
pos("bp05-html-order-flowers", "Outlook HTML: order the wreath", from_=OKONKWO, to=[CLERK], subject="Wreath",
    body="Ruth,\n\nPlease order the poppy wreath from Hollowmere Florists and have it delivered by the 8th.\n\n"
         "Bridget", fmt="html")
pos("bp06-iphone-lock-gates", "iPhone: lock the gates tonight", from_=PARRY_BT, to=[FACILITIES],
    subject="Gates", body="Kerry make sure the rec gates are locked tonight. Travellers about. Huw", fmt="iphone")
pos("bp07-need-to-invoice", "you need to invoice the fair", from_=SORENSEN, to=[RFO], subject="Fair",
    body="Imran,\n\nYou need to invoice Bartlett's Fair for the pitch fee before they leave on Sunday.\n\nLena")
pos("bp08-non-native-put-signs", "non-native: put the signs back", from_=NOWAK, to=[FACILITIES],
    subject="Signs",
    body="Kerry,\n\nPlease put back the no-dogs signs at the play area this week, somebody has removed them.\n\nMarek")
pos("bp09-want-report-withdrawn", "I want the report withdrawn", from_=PARRY, to=[CLERK], subject="Report",
    body="Ruth,\n\nI want the report on the allotment rents withdrawn from Tuesday's papers.\n\nHuw")
pos("bp10-do-not-publish", "prohibition: do not publish", from_=OKONKWO, to=[DEPUTY], subject="Newsletter",
    body="Ben,\n\nDo not publish the newsletter until I have read it.\n\nBridget")
pos("bp11-reply-then-instruct", "reply to the RFO's question with an instruction", from_=ASHBY, to=[RFO],
    subject="RE: Pavilion insurance",
    body="Imran,\n\nRenew it with the same insurer today.\n\nDerek",
    quoted=("outlook", RFO, [ASHBY], "Pavilion insurance",
            "Dear Cllr Ashby,\n\nThe pavilion insurance is due for renewal next week.\n\nImran Siddiqui\nRFO"))
pos("bp12-shared-bookings-cancel", "to the bookings mailbox: cancel the party", from_=MCLEOD, to=[BOOKINGS],
    subject="Saturday party",
    body="Hi bookings,\n\nCancel the 18th birthday party in the Market Hall on Saturday, the police have advised "
         "against it.\n\nCllr Fiona McLeod")
pos("bp13-personal-address-chase", "unlisted personal address signed as Cllr: chase the builder",
    from_=MCLEOD_OWN, to=[CLERK], subject="Builder",
    body="Ruth - please chase Dunmore Builders for the snagging list by Wednesday.\n\nCllr Fiona McLeod")
pos("bp14-appoint-contractor", "award the contract", from_=PARRY, to=[CLERK], subject="Christmas lights",
    body="Ruth,\n\nAward the Christmas lights contract to Lumos and sign it this week.\n\nHuw")
pos("bp15-formal-require", "formal: I require you to", from_=OKONKWO, to=[CLERK], subject="Chamber",
    body="Dear Ruth,\n\nI require you to arrange the removal of the old furniture from the council chamber "
         "before the civic reception.\n\nYours sincerely,\n\nCllr Bridget Okonkwo\nTown Mayor")
pos("bp16-tell-ben-to", "tells the clerk to have her deputy act", from_=SORENSEN, to=[CLERK], subject="Pond",
    body="Ruth,\n\nPlease tell Ben to put the pond dipping platform out of use today.\n\nLena")
pos("bp17-switch-off", "switch off the floodlights", from_=PICKLES, to=[FACILITIES], subject="Floodlights",
    body="Kerry, switch off the floodlights at the rec at 9pm from now on, the neighbours are complaining. Gary")
pos("bp18-postpone-event", "postpone the litter pick", from_=ASHBY, to=[DEPUTY], subject="Litter pick",
    body="Ben,\n\nPostpone the litter pick to the 22nd and put a notice on the board today.\n\nDerek")
pos("bp19-pay-now", "pay the band now", from_=OKONKWO, to=[RFO], subject="Band",
    body="Imran - pay the Silver Band today please.\n\nBridget", fmt="iphone")
pos("bp20-stop-works", "stop the works on the path", from_=SORENSEN, to=[CLERK], subject="Path works",
    body="Ruth,\n\nStop the works on the riverside path immediately - they are cutting through the roots.\n\nLena")

neg("bn01-wondered-if", "a request: I wondered if", from_=MCLEOD, to=[CLERK], subject="Benches",
    body="Ruth,\n\nI wondered if we could get a quote for two more benches on the green?\n\nFiona")
neg("bn02-any-chance", "a question: any chance", from_=PICKLES, to=[FACILITIES], subject="Bins",
    body="Kerry, any chance the bins at the bus station could be emptied more often? Gary")
neg("bn03-resident-asks-please-reply", "casework: reply to the resident", from_=NOWAK, to=[CLERK],
    subject="Mrs Dale",
    body="Ruth,\n\nMrs Dale from Orchard Way has written to me about the overgrown hedge next to her house. Please "
         "reply to her directly, I've told her you will.\n\nMarek")
neg("bn04-resolved-at-amenities", "relays an Amenities resolution", from_=SORENSEN, to=[FACILITIES],
    subject="Planters",
    body="Kerry,\n\nAmenities resolved on Tuesday to plant up the bridge planters with perennials. Please get "
         "them done before Easter.\n\nLena")
neg("bn05-quoted-gmail-instruction", "the instruction is only in her quoted earlier message", from_=SORENSEN,
    to=[RFO], subject="Re: Events budget",
    body="Thanks Imran, all done then.\n\nLena",
    quoted=("gmail", SORENSEN, [RFO], "Events budget",
            "Imran,\n\nTransfer £2,000 from reserves to the events budget today.\n\nLena"))
neg("bn06-thanks-for-sorting", "thanks for work done", from_=OKONKWO, to=[FACILITIES], subject="Memorial",
    body="Kerry,\n\nThe war memorial looks wonderful. Thank you for getting it cleaned before Sunday.\n\nBridget")
neg("bn07-what-do-you-think", "asks the clerk's view", from_=PARRY, to=[CLERK], subject="Kiosk",
    body="Ruth,\n\nShould we serve notice on the kiosk tenant, or give him another month? What do you think?\n\nHuw")
neg("bn08-agenda-item", "asks for an item on the next agenda", from_=ASHBY, to=[CLERK], subject="Parking",
    body="Ruth,\n\nCould the parking on the High Street go on the agenda for the next Full Council please?\n\nDerek")
neg("bn09-will-you-be", "asks about attendance", from_=SORENSEN, to=[DEPUTY], subject="Fun day",
    body="Ben, will you be at the fun day on Saturday? Lena")
neg("bn10-forward-for-info", "forwards a resident's email for information", from_=MCLEOD, to=[CLERK],
    subject="Fwd: Streetlight",
    body="Ruth,\n\nFor information - a resident's email about the streetlight on Mill Lane. No action needed from "
         "me.\n\nFiona",
    quoted=("gmail_forward", RESIDENT, [MCLEOD], "Streetlight",
            "Dear Cllr McLeod,\n\nThe streetlight outside number 4 has been out for a week.\n\nTom Harris"))
neg("bn11-send-me-minutes", "asks for minutes for himself", from_=NOWAK, to=[DEPUTY], subject="Minutes",
    body="Ben, please send me the minutes of the last planning meeting. Thank you, Marek")
neg("bn12-i-will-chase", "the councillor will act himself", from_=PICKLES, to=[CLERK], subject="Greenway",
    body="Ruth,\n\nI'll chase Greenway myself when I see them tomorrow.\n\nGary")
neg("bn13-officer-to-councillor", "an officer asks a councillor to act", from_=CLERK, to=[PARRY],
    subject="Cheques", body="Huw,\n\nPlease sign the cheques in the office before Friday.\n\nRuth")
neg("bn14-hope-to", "a hope, not a direction", from_=OKONKWO, to=[CLERK], subject="Lights",
    body="Ruth,\n\nI hope we can get the Christmas lights up by the first of December this year.\n\nBridget")
neg("bn15-happy-either-way", "leaves it to the officer", from_=SORENSEN, to=[FACILITIES], subject="Planters",
    body="Kerry,\n\nI'm happy either way on the planters - your call.\n\nLena")
neg("bn16-could-someone", "a question: could someone", from_=ASHBY, to=[OFFICE], subject="Bus shelter",
    body="Hello, could someone check the bus shelter on Elm Road? The glass is cracked. Derek")
neg("bn17-apologies-to-chair", "apologies to pass on", from_=NOWAK, to=[CLERK], subject="Apologies",
    body="Ruth, please give my apologies to the chair for tonight. Marek")
neg("bn18-to-councillors-only", "between councillors about what to ask the clerk", from_=PARRY, to=[SORENSEN],
    cc=[OKONKWO], subject="Boiler",
    body="Lena,\n\nPlease raise the boiler at Amenities on Tuesday.\n\nHuw")
neg("bn19-if-budget-allows", "conditional on the budget", from_=MCLEOD, to=[RFO], subject="Defib",
    body="Imran,\n\nIf the budget allows it, please order a second defibrillator.\n\nFiona")
neg("bn20-let-me-have", "asks for information by a date", from_=PARRY, to=[RFO], subject="Reserves",
    body="Imran,\n\nPlease let me have the reserves figure by Thursday.\n\nHuw")

# -- written after the blind batch was scored, for what it showed to be missing ----------------
neg("an01-forwarded-resident-sort", "forwards a resident's complaint: casework", from_=MCLEOD, to=[CLERK],
    subject="Fwd: Overgrown hedge",
    body="Ruth,\n\nPlease sort this out, thanks.\n\nFiona",
    quoted=("gmail_forward", RESIDENT, [MCLEOD], "Overgrown hedge",
            "Dear Cllr McLeod,\n\nThe hedge on Orchard Way is blocking the pavement again.\n\nTom Harris"))
neg("an02-book-for-my-surgery", "a room for her own ward surgery", from_=SORENSEN, to=[BOOKINGS],
    subject="Surgery", body="Hello,\n\nPlease book the committee room for my ward surgery on the 8th.\n\nLena")
neg("an03-casework-subject", "the subject says casework", from_=NOWAK, to=[CLERK], subject="Casework - Elm Road drains",
    body="Ruth,\n\nPlease chase the county about the blocked drains on Elm Road.\n\nMarek")
pos("ap01-instruction-after-casework-mention", "a resident raised it, but the work itself is directed",
    from_=ASHBY, to=[FACILITIES], subject="Bench",
    body="Kerry,\n\nA resident told me the bench by the pond is broken. Remove it today before someone gets hurt.\n\n"
         "Derek")
