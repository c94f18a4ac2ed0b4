"""The messages of tests/corpus/bcc-forward, as data (see build_bcc_forward.py).

People are those of bcc-forward/directory.yaml (Brackenbury Town Council).
Every message is labelled by CHECK-CONTRACT.md; none carries a confidentiality
marking or a councillor's instruction on the council's behalf, so neither
confidential-disclosure nor councillor-name-letter fires on any of them; the
few officer signatures with the council's standing email disclaimer are
deliberate hard negatives for confidential-disclosure.
"""

from __future__ import annotations

from bcc_forward_render import Prior as P
from build_bcc_forward import Case

T = "brackenburytowncouncil.gov.uk"
SB, FC = "silent-bcc", "forwarded-chain"

DOE, DOE_HOME = f"Cllr Jane Doe <cllr.doe@{T}>", "Jane Doe <janedoe.home@example.net>"
EVANS, BOWRY = f"Cllr Keith Evans <cllr.evans@{T}>", f"Cllr David Bowry <cllr.bowry@{T}>"
SHAH, WHITLOCK = f"Cllr Priya Shah <cllr.shah@{T}>", f"Cllr Tom Whitlock <cllr.whitlock@{T}>"
ONEILL = f"Cllr Margaret O'Neill <cllr.oneill@{T}>"
PRITCHARD = "Alan Pritchard <alan.pritchard1954@example.com>"
CLERK, CLERK2 = f"Helen Symmons <clerk@{T}>", f"Helen Symmons <helen.symmons@{T}>"
DEPUTY, DEPUTY2 = f"Marcus Reid <deputyclerk@{T}>", f"Marcus Reid <marcus.reid@{T}>"
TRAN, LLOYD = f"Sophie Tran <sophie.tran@{T}>", f"Gareth Lloyd <gareth.lloyd@{T}>"
OFFICE, ALLOTMENTS = f"Brackenbury Town Council <office@{T}>", f"Allotments <allotments@{T}>"
SOLICITOR, AUDITOR = "Ruth Clarke <rclarke@clarkewardle-law.co.uk>", "Ian Moss <imoss@moss-audit.co.uk>"
HIGHWAYS = "Westmarch Highways <highways@westmarch.gov.uk>"
COUNTY_PLANNING = "Laura Benson <laura.benson@westmarch.gov.uk>"
FLETCHER, HARRIS = "Ann Fletcher <ann.fletcher@example.com>", "Bob Harris <bharris@example.org>"
MARSH, PATEL = "Peter Marsh <p.marsh@example.net>", "Sam Patel <sam.patel@example.org>"
OKAFOR = "Linda Okafor <linda.okafor@example.com>"
PRESS = "Brackenbury Echo Newsdesk <newsdesk@brackenbury-echo.co.uk>"
GREENWAY = "Greenway Grounds Ltd <ops@greenwaygrounds.co.uk>"
RESIDENTS = tuple(f"{n} <{e}>" for n, e in [
    ("Carol Dunn", "carol.dunn@example.com"), ("Raj Mehta", "raj.mehta@example.org"),
    ("Eileen Fox", "eileen.fox@example.net"), ("George Ward", "gward@example.com"),
    ("Nadia Kowalski", "nadia.k@example.org"), ("Owen Price", "owen.price@example.com"),
])

CLERK_SIG = ("Helen Symmons\nTown Clerk and RFO\nBrackenbury Town Council\n"
             "Town Hall, Market Square, Brackenbury BR1 4TH\n01632 960123")
DEPUTY_SIG = "Marcus Reid\nDeputy Town Clerk\nBrackenbury Town Council\n01632 960124"
TRAN_SIG = "Sophie Tran\nGrounds and Facilities Officer\nBrackenbury Town Council\n01632 960127"
LLOYD_SIG = "Gareth Lloyd\nPlanning and Projects Officer\nBrackenbury Town Council\n01632 960129"
DISCLAIMER = ("This email and any attachments are confidential and intended solely for the use of "
              "the individual to whom they are addressed. If you have received this email in error "
              "please notify the sender and delete it. Brackenbury Town Council may monitor email.")

# -- earlier messages, reused by several cases ---------------------------------
GRASS = P(CLERK, (DOE,), "Grass cutting - Hollybush Lane verges",
          "Dear Cllr Doe,\n\nThe verges on Hollybush Lane are on the county's rural schedule, "
          "not ours. Greenway Grounds are due on the 19th for the town centre beds.\n\n"
          "Kind regards\n\n" + CLERK_SIG)
ALLOT_LIST = P(TRAN, (BOWRY,), "Allotment waiting list - Mill Road site",
               "Hello David,\n\nThere are 23 people on the Mill Road waiting list. Two plots "
               "(14 and 31) are being cleared and will be offered in October in list order.\n\n"
               "Best wishes\n\n" + TRAN_SIG, when=1)
PLANNING = P(LLOYD, (SHAH,), "24/0815/FUL - Land rear of 12 Station Road",
             "Dear Cllr Shah,\n\nThe consultation response on 24/0815/FUL is due to Westmarch by "
             "27 September. I have drafted the committee's comments on parking and drainage for "
             "Tuesday's agenda.\n\nRegards\n\n" + LLOYD_SIG)
COMPLAINT_REPLY = P(DEPUTY, (FLETCHER,), "Your complaint - overgrown hedge at Jubilee Park",
                    "Dear Mrs Fletcher,\n\nThank you for your email. The hedge along the Jubilee "
                    "Park boundary is on the October cutting list; the nesting season has now "
                    "ended.\n\nYours sincerely\n\n" + DEPUTY_SIG, cc=(WHITLOCK,), when=2)
BENCH = P(CLERK, (EVANS,), "Memorial bench request - Cliff Gardens",
          "Dear Keith,\n\nThe family have asked for a bench near the bandstand. The Amenities "
          "Committee will consider the request on 8 October with the quote from Greenway.\n\n"
          "Helen\n\n" + CLERK_SIG, when=1)
ROTA = P(DEPUTY, (CLERK,), "Town Hall heating - contractor visit",
         "Helen,\n\nThe heating engineer can come on Thursday at 8am. I have the keys and will let "
         "him in.\n\nMarcus\n\n" + DEPUTY_SIG)


def _cases() -> list[Case]:
    return SILENT_BCC + NOT_SILENT_BCC + FORWARDED + NOT_FORWARDED + BOTH


SILENT_BCC = [
    Case("sb-01-officer-to-chair-bcc-ward-cllr.eml", CLERK, (EVANS,), "Grass cutting schedule 2024/25",
         "Dear Keith,\n\nPlease find the revised grass cutting schedule below. The town centre beds "
         "move to a three-week cycle from October.\n\nKind regards\n\n" + CLERK_SIG,
         (SB,), "Clerk writes to the chair and blind-copies Cllr Doe with no CC line.", bcc=(DOE,)),
    Case("sb-02-planning-officer-bcc-cllr.eml", LLOYD, (SHAH,), "24/0815/FUL committee comments",
         "Dear Cllr Shah,\n\nI attach the draft comments for Tuesday. Westmarch need them by the "
         "27th.\n\nRegards\n\n" + LLOYD_SIG,
         (SB,), "Officer to the planning chair, another councillor blind-copied.", bcc=(BOWRY,)),
    Case("sb-03-cllr-to-clerk-bcc-colleague.eml", DOE, (CLERK,), "Allotment complaint from a resident",
         "Hi Helen,\n\nA resident on Mill Road has asked me about the water troughs at the allotment "
         "site. Could you let me know when they are due to be repaired?\n\nThanks\nJane\n\n"
         "Cllr Jane Doe\nHollybush Ward", (SB,),
         "Councillor writes to the clerk and silently copies a group colleague.", bcc=(WHITLOCK,),
         client="owa", shape="html"),
    Case("sb-04-chair-to-resident-bcc-clerk.eml", EVANS, (FLETCHER,), "Re: Hedge at Jubilee Park",
         "Dear Mrs Fletcher,\n\nThank you for raising this with me. I have passed your concerns on "
         "and will let you know what I hear.\n\nBest wishes\n\nKeith Evans", (SB,),
         "Councillor to a resident with the clerk blind-copied (the blind copy is an officer).",
         bcc=(CLERK,), shape="plain", cte="7bit"),
    Case("sb-05-officer-to-resident-bcc-ward-cllr.eml", TRAN, (FLETCHER,), "Grass verge outside 4 Elm Close",
         "Dear Mrs Fletcher,\n\nThe verge outside 4 Elm Close will be cut on the next visit, "
         "week commencing 23 September.\n\nKind regards\n\n" + TRAN_SIG, (SB,),
         "Officer replies to a resident and blind-copies the ward councillor.", bcc=(DOE,)),
    Case("sb-06-cllr-to-clerk-bcc-complainant.eml", DOE, (CLERK,), "Noise from the skate park",
         "Helen,\n\nI have had another complaint about late-night noise at the skate park. "
         "Is this on the agenda for the Amenities Committee?\n\nJane", (SB,),
         "Councillor writes to the clerk with the complainant blind-copied: an outside Bcc with "
         "an officer visible.", bcc=(MARSH,), shape="plain", cte="7bit"),
    Case("sb-07-officer-to-officer-bcc-contractor.eml", LLOYD, (TRAN,), "Cemetery path resurfacing",
         "Sophie,\n\nGreenway have sent their price for the cemetery path. Can we discuss on "
         "Monday?\n\nGareth", (SB,),
         "Officer to officer with the contractor blind-copied.", bcc=(GREENWAY,)),
    Case("sb-08-cllr-personal-address-bcc-cllr.eml", DOE_HOME, (DEPUTY,), "Christmas lights switch-on",
         "Hi Marcus,\n\nIs the road closure for the switch-on confirmed with Westmarch yet?\n\n"
         "Thanks\nJane", (SB,),
         "Councillor on her own address (listed) writes to the deputy clerk, Bcc another councillor.",
         bcc=(ONEILL,), client="gmail"),
    Case("sb-09-two-bcc-one-disclosed.eml", CLERK, (EVANS,), "Town Hall roof repairs",
         "Dear Keith,\n\nThe scaffolding goes up on Monday. The surveyor's report is attached.\n\n"
         "Kind regards\n\n" + CLERK_SIG + "\n\nCC Councillor Jane Doe", (SB,),
         "Two councillors blind-copied; the footer discloses only Cllr Doe, not Cllr Bowry.",
         bcc=(DOE, BOWRY)),
    Case("sb-10-disclosed-someone-else.eml", DEPUTY, (WHITLOCK,), "Play area inspection",
         "Dear Tom,\n\nThe annual play area inspection found two items to repair at Jubilee Park.\n\n"
         "Regards\n\n" + DEPUTY_SIG + "\n\nCC Councillor Margaret O'Neill", (SB,),
         "The CC line names Cllr O'Neill (visible in Cc); the blind copy to Cllr Shah is undisclosed.",
         cc=(ONEILL,), bcc=(SHAH,)),
    Case("sb-11-officer-bcc-shared-mailbox.eml", CLERK, (PRITCHARD,), "Vice-chair's diary",
         "Dear Alan,\n\nThe civic service is at 3pm on 6 October at St Mary's.\n\nHelen\n\n"
         + CLERK_SIG, (SB,),
         "Blind copy to the council's office@ mailbox (an unlisted council address is an officer).",
         bcc=(OFFICE,), shape="plain", cte="7bit"),
    Case("sb-12-self-and-cllr-bcc.eml", CLERK, (EVANS,), "Mayor's reception guest list",
         "Keith,\n\nThe guest list for the reception is below for your comments.\n\nHelen", (SB,),
         "Bcc to the clerk's own other address (not counted) and to Cllr Doe (counted).",
         bcc=(CLERK2, DOE)),
    Case("sb-13-owa-base64-bcc-chair.eml", DEPUTY, (BOWRY,), "Market Square bollards",
         "Dear David,\n\nWestmarch have confirmed the bollard replacement for next month.\n\nMarcus",
         (SB,), "Outlook on the web, base64 body; chair blind-copied.", bcc=(EVANS,),
         client="owa", cte="base64"),
    Case("sb-14-thunderbird-flowed-bcc.eml", PRITCHARD, (TRAN,), "Bus shelter on Crown Road",
         "Hello Sophie,\n\nThe glass in the Crown Road bus shelter has been smashed again. Could "
         "it go on the repairs list?\n\nRegards,\nAlan", (SB,),
         "Thunderbird, format=flowed; councillor to officer, another councillor blind-copied.",
         bcc=(WHITLOCK,), client="thunderbird", shape="plain", cte="7bit"),
    Case("sb-15-newsletter-chair-visible.eml", CLERK, (EVANS,), "Allotment newsletter - autumn",
         "Dear plot holder,\n\nThe autumn newsletter is below. Rents for 2025 are unchanged and the "
         "skip will be at Mill Road on 12 October.\n\nHelen Symmons\nTown Clerk", (SB,),
         "Residents are blind-copied while the chair is visibly addressed, so the blind copies count.",
         bcc=RESIDENTS[:4], shape="plain", cte="7bit"),
    Case("sb-16-cllr-to-cllr-bcc-resident.eml", PRITCHARD, (DOE,), "Parking on Hollybush Lane",
         "Jane,\n\nResidents have been in touch about verge parking near the school. Shall we raise "
         "it together at the next meeting?\n\nAlan", (SB,),
         "Councillor to councillor with a resident blind-copied.", bcc=(PATEL,), client="gmail"),
    Case("sb-17-says-no-one-copied.eml", TRAN, (EVANS,), "Bandstand repainting",
         "Dear Keith,\n\nThe bandstand repainting will start after the last concert. I haven't "
         "copied anyone else in on this.\n\nSophie\n\n" + TRAN_SIG, (SB,),
         "Prose about copying is not a copy line; Cllr Doe is blind-copied.", bcc=(DOE,)),
    Case("sb-18-send-on-behalf-office.eml", OFFICE, (FLETCHER,), "Hall booking confirmation",
         "Dear Mrs Fletcher,\n\nYour booking of the Small Hall on 5 October, 2pm to 5pm, is "
         "confirmed.\n\nBookings Team\nBrackenbury Town Council", (SB,),
         "Sent from the office mailbox on behalf of the deputy clerk; ward councillor blind-copied.",
         bcc=(DOE,), sender_header=DEPUTY2),
    Case("sb-19-bcc-uppercase-address.eml", CLERK, (SHAH,), "Neighbourhood plan steering group",
         "Dear Priya,\n\nThe steering group meets on 1 October at 7pm.\n\nHelen", (SB,),
         "Bcc address in capitals still resolves to Cllr Whitlock.",
         bcc=(f"CLLR.WHITLOCK@{T.upper()}",), shape="plain", cte="7bit"),
    Case("sb-20-officer-to-county-bcc-cllr.eml", CLERK, (HIGHWAYS,), "Pothole, Station Road junction",
         "Dear Highways Team,\n\nA deep pothole has opened at the Station Road junction with "
         "Crown Road. Could it be inspected?\n\nKind regards\n\n" + CLERK_SIG + "\n\n" + DISCLAIMER,
         (SB,), "Officer to the county (partner) with a councillor blind-copied; the standing "
         "disclaimer is not a confidentiality marking.", bcc=(WHITLOCK,)),
    Case("sb-21-cllr-bcc-colleague-personal-address.eml", DOE, (CLERK,), "Youth club funding bid",
         "Helen,\n\nThe youth club would like help with a grant bid to the county. Who is best to "
         "speak to?\n\nJane", (SB,), "Blind copy to a councillor who uses only his own address.",
         bcc=(PRITCHARD,), client="owa"),
    Case("sb-22-apple-cc-visible-bcc-cllr.eml", EVANS, (DEPUTY,), "Remembrance Sunday road closure",
         "Marcus,\n\nCan we confirm the stewards for the parade by Friday?\n\nKeith", (SB,),
         "Apple Mail; deputy clerk in To, Cllr Shah in Cc, Cllr Bowry blind-copied.",
         cc=(SHAH,), bcc=(BOWRY,), client="apple", shape="plain", cte="7bit"),
    Case("sb-23-qp-soft-breaks-bcc.eml", LLOYD, (SHAH,), "Station Road consultation - extended deadline",
         "Dear Cllr Shah,\n\nWestmarch have extended the consultation on 24/0815/FUL to 4 October, "
         "which gives the committee time to consider the revised drainage strategy and the parking "
         "survey that the applicant submitted last week.\n\nRegards\n\n" + LLOYD_SIG, (SB,),
         "Quoted-printable plain text with soft line breaks; Cllr O'Neill blind-copied.",
         bcc=(ONEILL,), shape="plain"),
    Case("sb-24-copy-line-only-in-quoted-email.eml", TRAN, (FLETCHER,), "RE: Dog fouling on Mill Road",
         "Dear Mrs Fletcher,\n\nWe will put up new signs this week.\n\nKind regards\n\n" + TRAN_SIG,
         (SB,), "The copy line 'cc: Cllr Jane Doe' is in the resident's quoted email, not the new "
         "text, so the officer's blind copy to Cllr Doe is undisclosed; the quoted email is a "
         "resident's, so forwarded-chain does not apply.", bcc=(DOE,),
         chain=("outlook", P(FLETCHER, (TRAN,), "Dog fouling on Mill Road",
                             "Hello,\n\nThe path by the allotments is a mess again.\n\nAnn Fletcher"
                             "\n\ncc: Cllr Jane Doe"))),
    Case("sb-25-encoded-word-bcc-name.eml", CLERK, (SHAH,), "Allotments committee minutes",
         "Priya,\n\nThe draft minutes are ready for your review.\n\nHelen", (SB,),
         "Bcc display name in an RFC 2047 encoded word (curly apostrophe); Cllr O'Neill blind-copied.",
         bcc=(f"=?utf-8?q?Cllr_Margaret_O=E2=80=99Neill?= <cllr.oneill@{T}>",)),
]

NOT_SILENT_BCC = [
    Case("nb-01-bcc-self-same-address.eml", CLERK, (EVANS,), "Annual return",
         "Keith,\n\nThe annual return is signed and with the external auditor.\n\nHelen", (),
         "Bcc to the sender's own address.", bcc=(CLERK,), shape="plain", cte="7bit"),
    Case("nb-02-bcc-self-other-address.eml", CLERK, (BOWRY,), "Precept working group",
         "David,\n\nThe working group meets on 15 October.\n\nHelen", (),
         "Bcc to the clerk's other listed address is still the sender.", bcc=(CLERK2,)),
    Case("nb-03-cllr-bcc-own-personal-address.eml", DOE, (CLERK,), "Casework - Elm Close drains",
         "Helen,\n\nThe drains in Elm Close flooded again on Saturday. Is this one for "
         "Westmarch?\n\nJane", (), "Councillor blind-copies her own home address.",
         bcc=(DOE_HOME,), client="owa"),
    Case("nb-04-newsletter-to-self-residents-bcc.eml", CLERK, (CLERK,), "Grass cutting - autumn update",
         "Dear resident,\n\nThe final grass cut of the season will be in the week of 14 October. "
         "Leaf clearance starts in November.\n\nBrackenbury Town Council", (),
         "Mass mailing to residents, all in Bcc, addressed to the clerk herself.",
         bcc=RESIDENTS, shape="plain", cte="7bit"),
    Case("nb-05-undisclosed-recipients.eml", ALLOTMENTS, ("undisclosed-recipients:;",),
         "Allotment rent renewals 2025",
         "Dear plot holder,\n\nRenewal notices for 2025 will be posted this month. Rents are "
         "unchanged.\n\nAllotments Team\nBrackenbury Town Council", (),
         "Mass mailing from the allotments mailbox, every resident in Bcc, no one visible.",
         bcc=(HARRIS, OKAFOR, *RESIDENTS[2:]), shape="plain", cte="7bit"),
    Case("nb-06-county-sender.eml", COUNTY_PLANNING, (CLERK,), "Validation of 24/0815/FUL",
         "Dear Ms Symmons,\n\nThe application has been validated; the consultation runs to "
         "27 September.\n\nLaura Benson\nWestmarch County Council", (),
         "The sender is a partner (county officer), not a governed person.", bcc=(SHAH,),
         client="owa"),
    Case("nb-07-resident-sender.eml", FLETCHER, (DOE,), "Hedge at Jubilee Park",
         "Dear Cllr Doe,\n\nThe hedge is blocking the footpath again.\n\nAnn Fletcher", (),
         "The sender is a resident.", bcc=(CLERK,), client="gmail"),
    Case("nb-08-disclosed-cc-councillor-full-name.eml", CLERK, (EVANS,), "Cliff Gardens toilets",
         "Dear Keith,\n\nThe toilets reopen on Monday after the refit.\n\nKind regards\n\n"
         + CLERK_SIG + "\n\nCC Councillor Jane Doe", (),
         "Blind copy disclosed by the protocol's own footer.", bcc=(DOE,)),
    Case("nb-09-disclosed-cc-cllr-surname.eml", DEPUTY, (SHAH,), "Planning committee room",
         "Priya,\n\nThe committee will meet in the Council Chamber on Tuesday.\n\nMarcus\n\n"
         "cc: Cllr Bowry", (), "Disclosed as 'cc: Cllr Bowry'.", bcc=(BOWRY,), shape="plain",
         cte="7bit"),
    Case("nb-10-disclosed-copied-to.eml", TRAN, (FLETCHER,), "Re: Dog bin on Mill Road",
         "Dear Mrs Fletcher,\n\nA new dog bin will be fitted on Mill Road by the end of the "
         "month.\n\nKind regards\n\n" + TRAN_SIG + "\n\nCopied to: Cllr Tom Whitlock (ward member)",
         (), "Disclosed with 'Copied to:' naming the ward member.", bcc=(WHITLOCK,)),
    Case("nb-11-disclosed-copy-to-html-footer.eml", LLOYD, (EVANS,), "Neighbourhood plan consultation",
         "Dear Keith,\n\nThe Regulation 14 consultation opens on 1 November.\n\nGareth\n\n"
         "Copy to Councillor P. Shah", (), "HTML footer 'Copy to Councillor P. Shah'.", bcc=(SHAH,),
         client="owa", shape="html"),
    Case("nb-12-disclosed-bcc-address-line.eml", DOE, (CLERK,), "Litter picking group",
         "Helen,\n\nThe litter pickers would like more bags for Saturday.\n\nJane\n\n"
         f"bcc: cllr.oneill@{T}", (), "Disclosed by a 'bcc:' line with the address.",
         bcc=(ONEILL,), shape="plain", cte="7bit"),
    Case("nb-13-disclosed-list.eml", CLERK, (EVANS,), "Finance committee papers",
         "Dear Keith,\n\nThe finance committee papers are now on the website.\n\nHelen\n\n"
         "Copied to:\n  Cllr Jane Doe\n  Cllr David Bowry", (),
         "Both blind copies disclosed in a 'Copied to:' list.", bcc=(DOE, BOWRY), shape="plain",
         cte="7bit"),
    Case("nb-14-disclosed-outlook-html.eml", CLERK, (PRITCHARD,), "Twinning visit",
         "Dear Alan,\n\nThe twinning association visit is confirmed for May.\n\nKind regards\n\n"
         + CLERK_SIG + "\n\nCC Councillor Keith Evans", (),
         "Outlook HTML with the CC footer naming the blind-copied chair.", bcc=(EVANS,)),
    Case("nb-15-external-to-and-bcc.eml", TRAN, (FLETCHER,), "Allotment plot 14",
         "Dear Mrs Fletcher,\n\nPlot 14 at Mill Road is yours from 1 October.\n\nSophie\n\n"
         + TRAN_SIG, (), "Outside recipient visible and outside blind copy: no councillor or officer "
         "besides the sender.", bcc=(PATEL,), shape="plain", cte="7bit"),
    Case("nb-16-partner-to-and-bcc.eml", CLERK, (HIGHWAYS,), "Footway lighting, Crown Road",
         "Dear colleagues,\n\nTwo lamps on Crown Road have been out for a fortnight.\n\nHelen",
         (), "Partner visible, partner blind-copied: neither is governed.", bcc=(SOLICITOR,)),
    Case("nb-17-visible-cc-no-bcc.eml", CLERK, (EVANS,), "Defibrillator at the Town Hall",
         "Dear Keith,\n\nThe defibrillator pads have been replaced.\n\nHelen", (),
         "Councillor copied visibly; no blind copy at all.", cc=(DOE,)),
    Case("nb-18-casework-no-bcc.eml", DOE, (FLETCHER,), "Re: Elm Close drains",
         "Dear Ann,\n\nThank you for the photos. I have raised the flooding with the clerk and "
         "will let you know what I hear.\n\nJane", (), "Ordinary ward casework, no Bcc.",
         client="gmail"),
    Case("nb-19-contractor-no-bcc.eml", DEPUTY, (GREENWAY,), "Leaf clearance quote",
         "Dear Greenway,\n\nPlease quote for leaf clearance at Cliff Gardens in November.\n\n"
         + DEPUTY_SIG, (), "Officer to a contractor, no Bcc.", shape="plain", cte="7bit"),
    Case("nb-20-cllr-bcc-self-to-resident.eml", PRITCHARD, (PATEL,), "Bus times",
         "Dear Mr Patel,\n\nThe new timetable is on the county's website.\n\nAlan Pritchard", (),
         "Councillor blind-copies himself on a note to a resident.", bcc=(PRITCHARD,),
         client="thunderbird", shape="plain", cte="7bit"),
    Case("nb-21-cllr-newsletter-residents-bcc.eml", DOE_HOME, (DOE_HOME,), "Hollybush Ward update",
         "Dear neighbours,\n\nThe Elm Close drains are being jetted next week and the new dog bin "
         "is in.\n\nJane Doe", (),
         "Councillor's ward newsletter to residents, all in Bcc, To herself.", bcc=RESIDENTS[:5],
         client="gmail"),
    Case("nb-22-disclosed-cc-dot-form.eml", DEPUTY, (EVANS,), "Staffing committee date",
         "Keith,\n\nThe staffing committee is moved to 22 October.\n\nMarcus\n\n"
         "c.c. Councillor Whitlock", (), "Disclosed as 'c.c. Councillor Whitlock'.",
         bcc=(WHITLOCK,), shape="plain", cte="7bit"),
    Case("nb-23-disclosed-curly-apostrophe.eml", CLERK, (EVANS,), "Civic awards nominations",
         "Dear Keith,\n\nNominations close on 31 October.\n\nHelen\n\n"
         "CC Councillor Margaret O\u2019Neill", (),
         "Disclosed; Outlook turned the apostrophe in O'Neill into a curly one.", bcc=(ONEILL,)),
    Case("nb-24-disclosed-two-on-one-line.eml", DEPUTY, (PRITCHARD,), "Budget working group",
         "Alan,\n\nThe working group papers are attached.\n\nMarcus\n\n"
         "CC: Councillor Jane Doe; Councillor David Bowry", (),
         "Both blind copies disclosed on one CC line.", bcc=(DOE, BOWRY), client="owa",
         shape="html"),
    Case("nb-25-windows-1252-disclosure.eml", LLOYD, (SHAH,), "Station Road site visit",
         "Priya,\n\nThe site visit is at 10am on Saturday; we\u2019ll meet at the gate.\n\nGareth\n\n"
         "CC Councillor Margaret O\u2019Neill", (),
         "Windows-1252 quoted-printable body (the apostrophe is =92); the footer discloses the "
         "blind copy.", bcc=(ONEILL,), charset="windows-1252"),
]

FORWARDED = [
    Case("fc-01-outlook-html-fwd-to-resident.eml", DOE, (FLETCHER,), "FW: Grass cutting - Hollybush Lane verges",
         "Dear Ann,\n\nHere is what the clerk told me about the verges.\n\nJane", (FC,),
         "Councillor forwards the clerk's email (Outlook HTML block) to a resident who was not on it.",
         chain=("outlook", GRASS)),
    Case("fc-02-outlook-fwd-to-councillor.eml", BOWRY, (SHAH,), "FW: Allotment waiting list - Mill Road site",
         "Priya - see below from Sophie.\n\nDavid", (FC,),
         "Officer's email to Cllr Bowry (recipients known) forwarded to Cllr Shah.",
         chain=("outlook", ALLOT_LIST)),
    Case("fc-03-gmail-forwarded-to-resident.eml", PRITCHARD, (PATEL,), "Fwd: Allotment waiting list - Mill Road site",
         "Sam,\n\nThis is the latest from the council on the waiting list.\n\nAlan", (FC,),
         "Gmail 'Forwarded message' of an officer's email, to a resident.",
         chain=("gmail-fwd", ALLOT_LIST), client="gmail"),
    Case("fc-04-apple-begin-forwarded-to-press.eml", WHITLOCK, (PRESS,), "Fwd: 24/0815/FUL - Land rear of 12 Station Road",
         "For your story.\n\nTom", (FC,),
         "Apple Mail 'Begin forwarded message:' of the planning officer's email, to the press.",
         chain=("apple-fwd", PLANNING), client="apple", shape="plain", cte="7bit"),
    Case("fc-05-original-message-to-contractor.eml", EVANS, (GREENWAY,), "FW: Memorial bench request - Cliff Gardens",
         "Hello,\n\nSee below from the clerk about the bench.\n\nKeith Evans", (FC,),
         "'-----Original Message-----' of the clerk's email, forwarded by the chair to a contractor.",
         chain=("original", BENCH), shape="plain", cte="7bit"),
    Case("fc-06-gmail-reply-adds-complainant.eml", DOE, (CLERK,), "Re: Grass cutting - Hollybush Lane verges",
         "Thanks Helen, I've copied Mr Marsh in as he raised it.\n\nJane", (FC,),
         "Gmail 'On ... wrote:' reply that adds a resident in Cc: an outside party not on the "
         "clerk's email.", cc=(MARSH,), chain=("gmail-reply", GRASS), client="gmail"),
    Case("fc-07-attached-rfc822-to-association.eml", ONEILL, (OKAFOR,), "FW: Allotment waiting list - Mill Road site",
         "Linda,\n\nAttached is the officer's note on the waiting list.\n\nMargaret", (FC,),
         "Officer's email attached as message/rfc822, sent to the allotment association secretary.",
         chain=("rfc822", ALLOT_LIST), shape="rfc822"),
    Case("fc-08-eml-octet-attachment.eml", SHAH, (HARRIS,), "Planning note",
         "Bob,\n\nThe planning officer's email is attached.\n\nPriya", (FC,),
         "Officer's email attached as an .eml file (application/octet-stream), to a resident.",
         chain=("eml", PLANNING), shape="eml", client="owa"),
    Case("fc-09-nested-chain-to-resident.eml", DOE, (FLETCHER,), "FW: FW: Grass cutting - Hollybush Lane verges",
         "Ann - the clerk's answer is at the bottom.\n\nJane", (FC,),
         "Nested: Cllr Bowry's forward to Cllr Doe, inside it the clerk's email; now to a resident.",
         chain=("outlook", P(BOWRY, (DOE,), "FW: Grass cutting - Hollybush Lane verges",
                             "Jane, this came to me - I think it is your ward.\n\nDavid", when=1,
                             inner=("outlook", P(CLERK, (BOWRY,), "Grass cutting - Hollybush Lane verges",
                                                 GRASS.body)))),
         shape="plain", cte="7bit"),
    Case("fc-10-nested-officer-reply-to-other-resident.eml", EVANS, (PATEL,), "FW: Your complaint - overgrown hedge at Jubilee Park",
         "Mr Patel,\n\nYou asked about the same hedge; here is the deputy clerk's reply.\n\nKeith",
         (FC,), "Deputy clerk's reply to Mrs Fletcher (with her complaint nested) forwarded to a "
         "different resident.",
         chain=("outlook", P(DEPUTY, (FLETCHER,), COMPLAINT_REPLY.subject, COMPLAINT_REPLY.body,
                             cc=(EVANS,), inner=("outlook", P(FLETCHER, (OFFICE,), "Overgrown hedge",
                                                              "The hedge is over the path.\n\nAnn Fletcher"))))),
    Case("fc-11-owa-officer-to-contractor.eml", CLERK, (GREENWAY,), "FW: Town Hall heating - contractor visit",
         "Hello,\n\nCould your engineer work to the arrangement below?\n\nHelen\n\n" + CLERK_SIG,
         (FC,), "Outlook on the web: the clerk forwards the deputy clerk's email to a contractor.",
         chain=("owa", ROTA), client="owa"),
    Case("fc-12-clerk-fwd-officer-email-to-cllr.eml", CLERK, (SHAH,), "FW: 24/0815/FUL - Land rear of 12 Station Road",
         "Priya,\n\nGareth's note below, for Tuesday.\n\nHelen", (FC,),
         "Officer forwards another officer's email (recipients known) to a councillor not on it.",
         chain=("outlook", P(LLOYD, (CLERK,), PLANNING.subject, PLANNING.body))),
    Case("fc-13-outlook-names-only-block.eml", EVANS, (FLETCHER,), "FW: Memorial bench request - Cliff Gardens",
         "Mrs Fletcher,\n\nThis is where the bench request stands.\n\nKeith", (FC,),
         "Internal Outlook block shows names only (From: Helen Symmons, To: Keith Evans); to a resident.",
         chain=("outlook-names", P("Helen Symmons", ("Keith Evans",), BENCH.subject, BENCH.body))),
    Case("fc-14-thunderbird-forward.eml", PRITCHARD, (HARRIS,), "Fwd: Town Hall heating - contractor visit",
         "Bob,\n\nAs discussed at the allotment AGM, see below.\n\nAlan", (FC,),
         "Thunderbird inline forward of an officer's email to a resident.",
         chain=("tb-fwd", P(DEPUTY, (PRITCHARD,), ROTA.subject, ROTA.body)), client="thunderbird",
         shape="plain", cte="7bit"),
    Case("fc-15-owa-base64-fwd-to-association.eml", BOWRY, (OKAFOR,), "FW: Allotment waiting list - Mill Road site",
         "Linda,\n\nFYI from Sophie.\n\nDavid", (FC,),
         "Outlook on the web, base64 HTML; officer's email forwarded to the association secretary.",
         chain=("owa", ALLOT_LIST), client="owa", cte="base64"),
    Case("fc-16-gmail-base64-fwd-to-press.eml", DOE_HOME, (PRESS,), "Fwd: Grass cutting - Hollybush Lane verges",
         "Hi,\n\nThe council's position on the verges is below.\n\nJane Doe", (FC,),
         "Gmail, base64 parts: the clerk's email forwarded to the press.",
         chain=("gmail-fwd", GRASS), client="gmail", cte="base64"),
    Case("fc-17-fwd-to-self-bcc-resident.eml", DOE, (DOE,), "FW: Grass cutting - Hollybush Lane verges",
         "See below.\n\nJane", (FC,),
         "Forwarded To herself with a resident in Bcc: forwarded-chain (Bcc is a recipient); not "
         "silent-bcc, as the Bcc is outside and no other governed person is visible.",
         bcc=(MARSH,), chain=("outlook", GRASS)),
    Case("fc-18-reply-all-adds-resident.eml", DOE, (CLERK,), "RE: Memorial bench request - Cliff Gardens",
         "Helen,\n\nI've added Mr Patel, who is organising the family's request.\n\nJane", (FC,),
         "Reply-all to the clerk's email (To Cllr Doe, Cc Cllr Bowry) adding a resident.",
         cc=(BOWRY, PATEL), chain=("outlook", P(CLERK, (DOE,), BENCH.subject, BENCH.body, cc=(BOWRY,)))),
    Case("fc-19-fwd-to-cllr-personal-address.eml", EVANS, (PRITCHARD,), "FW: Memorial bench request - Cliff Gardens",
         "Alan - for the Amenities Committee.\n\nKeith", (FC,),
         "Clerk's email to the chair forwarded to the vice-chair's own address (a councillor; "
         "recipients known).", chain=("outlook", BENCH), shape="html"),
    Case("fc-20-shared-mailbox-author.eml", WHITLOCK, (PATEL,), "FW: Allotment plot offer",
         "Sam,\n\nThis is the kind of offer letter they send.\n\nTom", (FC,),
         "The allotments mailbox (an officer) wrote to Mr Harris; forwarded to Mr Patel.",
         chain=("outlook", P(ALLOTMENTS, (HARRIS,), "Allotment plot offer",
                             "Dear Mr Harris,\n\nPlot 31 at Mill Road is available from 1 October.\n\n"
                             "Allotments Team"))),
    Case("fc-21-nested-original-in-outlook-to-press.eml", SHAH, (PRESS,), "FW: Station Road",
         "For background.\n\nPriya Shah", (FC,),
         "Cllr O'Neill's forward (Outlook block) holds the planning officer's email as "
         "'-----Original Message-----' at depth 2; sent to the press.",
         chain=("outlook", P(ONEILL, (SHAH,), "FW: 24/0815/FUL - Land rear of 12 Station Road",
                             "Priya, did you see this?\n\nMargaret",
                             inner=("original", P(LLOYD, (ONEILL,), PLANNING.subject, PLANNING.body)))),
         shape="plain", cte="7bit"),
    Case("fc-22-thunderbird-reply-adds-resident.eml", PRITCHARD, (TRAN,), "Re: Bus shelter on Crown Road",
         "Sophie,\n\nThanks - I've copied in Mr Harris who reported it.\n\nAlan", (FC,),
         "Thunderbird 'On ..., Sophie Tran wrote:' reply adding a resident in Cc.",
         cc=(HARRIS,), chain=("tb-reply", P(TRAN, (PRITCHARD,), "Re: Bus shelter on Crown Road",
                                            "Alan,\n\nThe glazier is booked for Thursday.\n\nSophie")),
         client="thunderbird", shape="plain", cte="7bit"),
    Case("fc-23-apple-reply-adds-resident.eml", WHITLOCK, (LLOYD,), "Re: 24/0815/FUL - Land rear of 12 Station Road",
         "Gareth,\n\nAdding Mrs Fletcher, who lives next to the site.\n\nTom", (FC,),
         "Apple Mail 'On ... wrote:' reply adding a resident.", cc=(FLETCHER,),
         chain=("apple-reply", P(LLOYD, (WHITLOCK,), PLANNING.subject, PLANNING.body)),
         client="apple", shape="plain", cte="7bit"),
    Case("fc-24-outlook-disclaimer-fwd-to-resident.eml", ONEILL, (MARSH,), "FW: Skate park opening hours",
         "Mr Marsh,\n\nHere is the officer's reply on the opening hours.\n\nMargaret O'Neill", (FC,),
         "Officer's email with the standing disclaimer forwarded to a complainant: the disclaimer "
         "is not a marking, so only forwarded-chain fires.",
         chain=("outlook", P(TRAN, (ONEILL,), "Skate park opening hours",
                             "Dear Cllr O'Neill,\n\nThe skate park lights go off at 9pm from "
                             "October.\n\nSophie\n\n" + TRAN_SIG + "\n\n" + DISCLAIMER))),
    Case("fc-25-gmail-wrapped-attribution.eml", DOE_HOME, (CLERK,), "Re: Grass cutting - Hollybush Lane verges",
         "Thanks Helen - I've added Mrs Fletcher, who asked.\n\nJane", (FC,),
         "Gmail wrapped the long 'On ... wrote:' line before the clerk's address; a resident is "
         "added in Cc.", cc=(FLETCHER,), chain=("gmail-reply-wrapped", GRASS), client="gmail",
         shape="plain", cte="7bit"),
    Case("fc-26-council-mailbox-name-only.eml", BOWRY, (HARRIS,), "FW: Allotment inspection",
         "Bob,\n\nThis is the notice the council sent round.\n\nDavid", (FC,),
         "Internal Outlook block names only 'Brackenbury Town Council' (the office mailbox, an "
         "officer) as the author; forwarded to a resident.",
         chain=("outlook-names", P("Brackenbury Town Council", ("David Bowry",), "Allotment inspection",
                                   "Dear Cllr Bowry,\n\nThe annual plot inspection is on 5 October."
                                   "\n\nBrackenbury Town Council"))),
]

NOT_FORWARDED = [
    Case("nf-01-reply-all-same-people.eml", DOE, (CLERK,), "RE: Memorial bench request - Cliff Gardens",
         "Thanks Helen, that's helpful.\n\nJane", (),
         "Reply-all to everyone who was on the clerk's email.", cc=(BOWRY, FLETCHER),
         chain=("outlook", P(CLERK, (DOE,), BENCH.subject, BENCH.body, cc=(BOWRY, FLETCHER)))),
    Case("nf-02-gmail-reply-to-officer.eml", DOE_HOME, (CLERK,), "Re: Grass cutting - Hollybush Lane verges",
         "Thanks Helen.\n\nJane", (), "Reply to the officer only.", chain=("gmail-reply", GRASS),
         client="gmail"),
    Case("nf-03-cllr-to-cllr-on-wrote-only.eml", DOE, (BOWRY,), "Re: Grass cutting - Hollybush Lane verges",
         "David - the clerk's answer, for your ward too.\n\nJane", (),
         "Councillor passes an officer's email to another councillor, but only 'On ... wrote:' is "
         "known, so the earlier recipients are unknown.", chain=("gmail-reply", GRASS), client="gmail"),
    Case("nf-04-fwd-to-county.eml", DOE, (HIGHWAYS,), "FW: Grass cutting - Hollybush Lane verges",
         "Dear Highways,\n\nThe clerk says these verges are yours - when are they due?\n\nCllr Jane Doe",
         (), "Officer's email forwarded to the county (a partner).", chain=("outlook", GRASS)),
    Case("nf-05-fwd-to-solicitor.eml", CLERK, (SOLICITOR,), "FW: Town Hall heating - contractor visit",
         "Ruth,\n\nFor the lease file.\n\nHelen", (),
         "Officer's email forwarded to the council's solicitor (a listed partner).",
         chain=("outlook", ROTA)),
    Case("nf-06-own-earlier-message.eml", CLERK, (MARSH,), "FW: Skate park noise",
         "Dear Mr Marsh,\n\nI sent this to the ward councillor last week; it answers your "
         "question.\n\nHelen\n\n" + CLERK_SIG, (),
         "The clerk forwards her own earlier email.",
         chain=("outlook", P(CLERK, (DOE,), "Skate park noise",
                             "Jane,\n\nThe lights now go off at 9pm.\n\nHelen"))),
    Case("nf-07-own-earlier-other-address.eml", CLERK, (PATEL,), "FW: Bus shelter glazing",
         "Mr Patel,\n\nBelow is the update I gave Cllr Pritchard.\n\nHelen", (),
         "The clerk's own earlier email, sent from her other address.",
         chain=("outlook", P(CLERK2, (PRITCHARD,), "Bus shelter glazing",
                             "Alan,\n\nThe glazier is booked.\n\nHelen"))),
    Case("nf-08-cllr-fwd-own-message.eml", DOE, (FLETCHER,), "FW: Elm Close drains",
         "Ann,\n\nThis is what I sent the clerk.\n\nJane", (),
         "Councillor forwards her own earlier message: not written by an officer.",
         chain=("outlook", P(DOE, (CLERK,), "Elm Close drains",
                             "Helen,\n\nThe drains flooded again.\n\nJane"))),
    Case("nf-09-officer-chain-internal.eml", TRAN, (DEPUTY, OFFICE), "FW: 24/0815/FUL - Land rear of 12 Station Road",
         "Marcus,\n\nFor the agenda pack.\n\nSophie", (),
         "Officer chain forwarded internally to officers.",
         chain=("outlook", P(LLOYD, (TRAN,), PLANNING.subject, PLANNING.body))),
    Case("nf-10-resident-email-fwd.eml", EVANS, (CLERK,), "FW: Overgrown hedge",
         "Helen,\n\nCan you pick this up?\n\nKeith", (),
         "A resident's email forwarded to the clerk and a councillor: not written by an officer.",
         cc=(DOE,), chain=("outlook", P(FLETCHER, (EVANS,), "Overgrown hedge",
                                        "The hedge is over the path.\n\nAnn Fletcher"))),
    Case("nf-11-fwd-to-own-personal-address.eml", DOE, (DOE_HOME,), "FW: Grass cutting - Hollybush Lane verges",
         "", (), "Councillor forwards an officer's email to her own home address.",
         chain=("outlook", GRASS)),
    Case("nf-12-reply-all-other-address-of-participant.eml", DOE, (CLERK,), "RE: Allotment waiting list - Mill Road site",
         "Thanks both.\n\nJane", (),
         "Cllr Doe was on the email at her home address and replies from her council address; "
         "Cllr Bowry was on it too.", cc=(BOWRY,),
         chain=("outlook", P(CLERK, (DOE_HOME, BOWRY), ALLOT_LIST.subject, ALLOT_LIST.body))),
    Case("nf-13-partner-email-to-resident.eml", WHITLOCK, (FLETCHER,), "FW: Station Road resurfacing",
         "Ann,\n\nThe county's dates are below.\n\nTom", (),
         "An email from the county (partner) forwarded to a resident: not written by an officer "
         "of the council.", chain=("outlook", P(HIGHWAYS, (WHITLOCK,), "Station Road resurfacing",
                                                 "Resurfacing runs 7-11 October.\n\nWestmarch Highways"))),
    Case("nf-14-officer-reply-thread-with-resident.eml", TRAN, (FLETCHER,), "RE: Your complaint - overgrown hedge at Jubilee Park",
         "Dear Mrs Fletcher,\n\nThe hedge was cut this morning.\n\nSophie\n\n" + TRAN_SIG, (),
         "Officer replies to a resident; the deputy clerk's earlier reply was addressed to her.",
         chain=("outlook", P(FLETCHER, (DEPUTY,), "RE: Your complaint - overgrown hedge at Jubilee Park",
                             "Thank you - when will it be done?\n\nAnn",
                             inner=("outlook", COMPLAINT_REPLY)))),
    Case("nf-15-contractor-thread.eml", DEPUTY, (GREENWAY,), "RE: Cemetery path resurfacing",
         "Thanks, we accept the revised date.\n\n" + DEPUTY_SIG, (),
         "Thread with the contractor: the officer's earlier email went to the contractor.",
         chain=("outlook", P(GREENWAY, (DEPUTY,), "RE: Cemetery path resurfacing",
                             "We can start on 14 October.\n\nGreenway",
                             inner=("outlook", P(TRAN, (GREENWAY,), "Cemetery path resurfacing",
                                                 "Please confirm your start date.\n\nSophie"))))),
    Case("nf-16-councillor-email-to-resident.eml", BOWRY, (PATEL,), "FW: Play area",
         "Sam,\n\nPriya's view is below.\n\nDavid", (),
         "A councillor's email forwarded to a resident: not written by an officer.",
         chain=("outlook", P(SHAH, (BOWRY,), "Play area",
                             "David,\n\nI support the new swings.\n\nPriya"))),
    Case("nf-17-councillor-fwd-holding-on-wrote.eml", DOE, (WHITLOCK,), "FW: Skate park",
         "Tom - FYI.\n\nJane", (),
         "Cllr Shah's forward (a councillor) holds the officer's email only as 'On ... wrote:' "
         "(recipients unknown); sent on to another councillor.",
         chain=("outlook", P(SHAH, (DOE,), "FW: Skate park", "Jane, see Sophie's reply.\n\nPriya",
                             inner=("gmail-reply", P(TRAN, (SHAH,), "Skate park",
                                                     "The lights go off at 9pm.\n\nSophie"))))),
    Case("nf-18-attached-resident-email.eml", DOE, (CLERK,), "FW: Hollybush Lane parking",
         "Helen,\n\nA resident's email is attached.\n\nJane", (),
         "A resident's email attached as message/rfc822, sent to the clerk.",
         chain=("rfc822", P(PATEL, (DOE,), "Hollybush Lane parking",
                            "Cars are parking on the verge again.\n\nSam Patel")), shape="rfc822"),
    Case("nf-19-fwd-to-cc-participant.eml", CLERK, (SHAH,), "FW: 24/0815/FUL - Land rear of 12 Station Road",
         "Priya,\n\nResending for ease.\n\nHelen", (),
         "Cllr Shah was in Cc of the officer's email, so she was a participant.",
         chain=("outlook", P(LLOYD, (CLERK,), PLANNING.subject, PLANNING.body, cc=(SHAH,)))),
    Case("nf-20-attached-own-message.eml", PRITCHARD, (PATEL,), "My note to the clerk",
         "Sam,\n\nMy note to the clerk is attached.\n\nAlan", (),
         "The councillor attaches his own earlier message (.eml).",
         chain=("eml", P(PRITCHARD, (CLERK,), "Crown Road bus shelter",
                         "Helen,\n\nThe glass has gone again.\n\nAlan")), shape="eml",
         client="thunderbird"),
    Case("nf-21-reply-to-solicitor-thread.eml", DEPUTY, (SOLICITOR,), "RE: Allotment lease renewal",
         "Ruth,\n\nThe signed counterpart is in the post.\n\n" + DEPUTY_SIG + "\n\n" + DISCLAIMER, (),
         "Reply to the solicitor in a thread with the clerk's earlier email to her.",
         chain=("owa", P(SOLICITOR, (DEPUTY,), "RE: Allotment lease renewal",
                         "Marcus, the lease is ready to sign.\n\nRuth",
                         inner=("owa", P(CLERK, (SOLICITOR,), "Allotment lease renewal",
                                         "Ruth, please prepare the renewal.\n\nHelen")))),
         client="owa"),
    Case("nf-23-reply-all-last-first-names.eml", DOE, (CLERK,), "RE: Precept working group",
         "Thanks Helen, Tuesday suits me.\n\nJane", (),
         "Reply-all to the same people; Outlook shows them as 'Doe, Jane (Cllr)' with commas "
         "inside the names.", cc=(BOWRY, FLETCHER),
         chain=("outlook", P(CLERK, (f"Doe, Jane (Cllr) <cllr.doe@{T}>", f"Bowry, David (Cllr) <cllr.bowry@{T}>"),
                             "Precept working group", "Dear both,\n\nCan we meet on Tuesday?\n\nHelen",
                             cc=("Fletcher, Ann <ann.fletcher@example.com>",)))),
    Case("nf-24-reply-all-names-only-block.eml", BOWRY, (CLERK,), "RE: Allotment water troughs",
         "Thanks Helen.\n\nDavid", (),
         "Reply-all to the same people; the internal Outlook block shows only names, the "
         "resident's included.", cc=(DOE, OKAFOR),
         chain=("outlook-names", P("Helen Symmons", ("David Bowry", "Jane Doe"), "Allotment water troughs",
                                   "The troughs are fixed.\n\nHelen", cc=("Linda Okafor",)))),
    Case("nf-22-thunderbird-fwd-to-officer.eml", PRITCHARD, (DEPUTY,), "Fwd: Bus shelter on Crown Road",
         "Marcus, Sophie's note for your file.\n\nAlan", (),
         "Officer's email forwarded to another officer.", client="thunderbird", shape="plain",
         cte="7bit", chain=("tb-fwd", P(TRAN, (PRITCHARD,), "Bus shelter on Crown Road",
                                        "The glazier is booked for Thursday.\n\nSophie"))),
]

BOTH = [
    Case("bf-01-fwd-to-chair-bcc-cllr.eml", CLERK, (EVANS,), "FW: Town Hall heating - contractor visit",
         "Keith,\n\nFor information.\n\nHelen", (SB, FC),
         "Clerk forwards the deputy clerk's email to the chair and blind-copies Cllr Doe: both "
         "councillors are new to a known-recipient officer email; the Bcc is undisclosed.",
         bcc=(DOE,), chain=("outlook", ROTA)),
    Case("bf-02-fwd-to-resident-bcc-cllr.eml", DOE, (FLETCHER,), "FW: Allotment waiting list - Mill Road site",
         "Ann,\n\nThe latest on the waiting list.\n\nJane", (SB, FC),
         "Officer's email to Cllr Bowry forwarded to a resident, with Cllr Whitlock blind-copied.",
         bcc=(WHITLOCK,), chain=("outlook", ALLOT_LIST)),
    Case("bf-03-reply-bcc-cllr-outlook.eml", EVANS, (CLERK,), "RE: Memorial bench request - Cliff Gardens",
         "Helen,\n\nFine by me.\n\nKeith", (SB, FC),
         "Chair replies to the clerk and blind-copies Cllr Doe, who was not on the clerk's email.",
         bcc=(DOE,), chain=("outlook", BENCH)),
    Case("bf-04-gmail-reply-bcc-cllr.eml", DOE_HOME, (CLERK,), "Re: Grass cutting - Hollybush Lane verges",
         "Thanks Helen.\n\nJane", (SB,),
         "Blind copy to Cllr Bowry is undisclosed; but the quote is only 'On ... wrote:', so a "
         "councillor new to it does not make forwarded-chain fire.",
         bcc=(BOWRY,), chain=("gmail-reply", GRASS), client="gmail"),
    Case("bf-05-reply-disclosed-bcc-still-forward.eml", EVANS, (CLERK,), "RE: Memorial bench request - Cliff Gardens",
         "Helen,\n\nAgreed.\n\nKeith\n\nCC Councillor Jane Doe", (FC,),
         "The blind copy is disclosed, so no silent-bcc; Cllr Doe is still new to the clerk's email "
         "(recipients known), so forwarded-chain fires.", bcc=(DOE,), chain=("outlook", BENCH)),
]

CASES = _cases()
