"""confidential-disclosure: 25 positives (conf_p..) and 25 hard negatives (conf_n..).
None of these messages creates an obligation on the council's behalf."""

CD = "confidential-disclosure"
SPECS = []


def S(id, **kw):
    kw["id"] = id
    kw.setdefault("rules", [])
    SPECS.append(kw)


MSIP = "0f6d2c1e-7b41-4c58-9a0e-3d5b8e21c7aa"
SITE = "5e1b0f2a-61c3-4d7e-8a9b-c2f04e7d1b36"


def msip(name, date):
    g = MSIP
    return (f"MSIP_Label_{g}_Enabled=true; MSIP_Label_{g}_SetDate={date}; "
            f"MSIP_Label_{g}_Method=Standard; MSIP_Label_{g}_Name={name}; "
            f"MSIP_Label_{g}_SiteId={SITE}; MSIP_Label_{g}_ActionId=9c4e2f10-0a7b-4f3e-b1d2-6e8a5c7f3d21; "
            f"MSIP_Label_{g}_ContentBits=0")


# =====================================================================
# POSITIVES
# =====================================================================

S("conf_p01", frm="orourke", to=["complainant"], subj="FW: Complaint from Mr Leigh - update for members",
  date="2026-01-14 21:40", fmt="outlook", rules=[CD],
  note="Forwards the clerk's members-only email marked CONFIDENTIAL to the complainant it concerns",
  body="""Marcus,

You asked where things had got to. See below - this is what the clerk told us.

Seamus""",
  quote={"kind": "forward", "frm": "clerk", "to": ["marwood", "chauhan", "orourke"], "date": "2026-01-14 16:05",
         "subj": "Complaint from Mr Leigh - update for members",
         "body": "CONFIDENTIAL - NOT FOR CIRCULATION\n\nCouncillors,\n\nMr Leigh's complaint about the cemetery charges has been passed to the monitoring officer at Northwold. Please do not discuss it with him or with the press while she considers it. I will update you when I hear.\n\nAndrew"})

S("conf_p02", frm="chauhan", to=["reporter"], subj="The document we talked about",
  date="2026-01-16 13:20", fmt="outlook", sig="chauhan", rules=[CD],
  note="Attachment named 'CONFIDENTIAL - Staffing review.pdf' sent to a journalist",
  body="""Tessa,

Here's the document I mentioned on the phone. You'll see why I think residents ought to know about it.

Dev""",
  atts=["CONFIDENTIAL - Staffing review.pdf"])

S("conf_p03", frm="fitzpatrick", to=["res_fisher"], subj="Skatepark - what's going on",
  date="2026-01-22 19:55", fmt="outlook", sig="fitzpatrick", rules=[CD],
  note="Pastes a NOT FOR PUBLICATION committee report into an email to a resident",
  body="""Dear Mr Fisher,

So you know what's being considered, here's the relevant bit of the report to next week's meeting:

NOT FOR PUBLICATION
Item 11 - Skatepark: options following police advice
Option 3: close the skatepark permanently and remove the equipment. Estimated cost £14,000. Thames Valley Skateparks have indicated they would buy back the ramps.

Barry""")

S("conf_p04", frm="crabtree", to=["developer"], subj="FW: Part 2 - Mill Lane land disposal - valuation",
  date="2026-01-29 08:50", fmt="outlook", sig="crabtree", rules=[CD],
  note="Forwards the RFO's Part 2 valuation email (marked in subject and body) to a prospective buyer",
  body="""Mr Saunders,

For background ahead of our meeting on Friday.

Martin""",
  quote={"kind": "forward", "frm": "rfo", "to": ["ogunleye", "crabtree", "chauhan"], "cc": ["clerk"], "date": "2026-01-27 17:12",
         "subj": "Part 2 - Mill Lane land disposal - valuation",
         "body": "F&GP members,\n\nFor the Part 2 item on 3 February: the district valuer puts the Mill Lane plot at £410,000-£450,000 with outline consent, and advises a reserve of £425,000.\n\nGareth Lloyd\nRFO"})

S("conf_p05", frm="loxley", to=["res_moss"], subj="Garages - as promised",
  date="2026-02-03 18:30", fmt="outlook", sig="loxley", rules=[CD],
  note="Attachment 'Exempt report - garage tenancy arrears.docx' sent to a resident",
  body="""Dear Linda,

As promised, the report that went to the last meeting. You'll see the garage site is losing money.

Hannah""",
  atts=["Exempt report - garage tenancy arrears.docx"])

S("conf_p06", frm="daviesrees@p", to=["res_evans"], subj="Fwd: Strictly confidential - 14 Kiln Close",
  date="2026-02-08 20:12", fmt="plain", rules=[CD],
  note="Forwards the deputy clerk's 'Strictly confidential' enforcement note to a neighbouring objector (Thunderbird)",
  body="""Rhiannon,

Thought you would want to see this. It's moving, at least.

Ffion""",
  quote={"kind": "forward", "frm": "deputy", "to": ["daviesrees"], "date": "2026-02-06 12:44",
         "subj": "Strictly confidential - 14 Kiln Close",
         "body": "Ffion,\n\nStrictly confidential: Northwold enforcement have opened a case on the unauthorised extension at 14 Kiln Close and will visit the owner next week. Please don't share this until they have done so.\n\nSunita"})

S("conf_p07", frm="kettlewell", to=["complainant2"], subj="Your complaint about the bookings team",
  date="2026-02-10 12:05", fmt="outlook", sig="kettlewell", rules=[CD],
  hdrs={"Sensitivity": "Company-Confidential"},
  note="Sensitivity: Company-Confidential header on a message to a complainant",
  jc="Marking is only the header the councillor set; contract lists the header as a marking, so positive",
  body="""Dear Mrs Abbott,

I've spoken to the clerk about your complaint. Between ourselves, the officer concerned has been spoken to and the clerk is looking again at how deposits are refunded.

Jo Kettlewell""")

S("conf_p08", frm="marwood", to=["press"], subj="Town Hall future",
  date="2026-02-13 09:31", fmt="outlook", sig="marwood", rules=[CD],
  hdrs={"msip_labels": msip("Confidential", "2026-02-13T09:30:12Z")},
  note="Sensitivity label header named Confidential on a message to the newsdesk",
  body="""Dear Newsdesk,

Ahead of Thursday, some background on the Town Hall. The council has had two approaches from developers and is looking at options, including relocating the offices to the library.

Elaine Marwood""")

S("conf_p09", frm="ashworth", to=["bidder"], subj="Play area tender",
  date="2026-02-17 16:47", fmt="outlook", sig="ashworth", rules=[CD],
  note="Attachment 'Tender evaluation - RESTRICTED.xlsx' sent to one of the bidders",
  body="""Dear Harland Play,

Sorry you missed out this time. The scoring is attached so you can see how close it was.

Chloë Ashworth""",
  atts=["Tender evaluation - RESTRICTED.xlsx"])

S("conf_p10", frm="ogunleye", to=["othertc"], subj="Budget comparison",
  date="2026-02-19 11:26", fmt="outlook", sig="ogunleye", rules=[CD],
  note="Pastes an IN CONFIDENCE budget note into an email to another town council (not a partner)",
  body="""Dear colleague,

Thanks for sharing your figures. Ours, from the budget working group papers:

IN CONFIDENCE - BUDGET WORKING GROUP
Staff costs 2026/27: £312,400 (incl. regrading of deputy clerk post)
Reserves after precept: £188,000

Rosalind Ogunleye""")

S("conf_p11", frm="orourke_gmail", to=["res_taylor"], subj="Fwd: CONFIDENTIAL: Play area incident 4 March",
  date="2026-03-06 22:15", fmt="gmail", rules=[CD],
  note="From an unlisted gmail, forwards the deputy clerk's CONFIDENTIAL incident note to a parent (Gmail forward)",
  body="""Gemma - here's what the council knows so far. Hope your lad's arm heals quickly.

Seamus""",
  quote={"kind": "forward", "frm": "deputy", "to": ["orourke", "kettlewell"], "date": "2026-03-05 10:20",
         "subj": "CONFIDENTIAL: Play area incident 4 March",
         "body": "Councillors,\n\nThe inspection found a cracked weld on the Holt Lane climbing frame. The insurer has been told and the frame is taped off. Our contractor's last inspection report did not mention it.\n\nSunita Rao\nDeputy Clerk"})

S("conf_p12", frm="chauhan", to=["loxley"], subj="FW: Confidential - Chair and Vice-Chair only",
  date="2026-03-09 08:02", fmt="outlook", sig="chauhan", rules=[CD],
  note="Forwards a marked clerk email addressed to the chair and vice-chair to a councillor who was not on it",
  body="""Hannah - you should see this before group.

Dev""",
  quote={"kind": "forward", "frm": "clerk", "to": ["marwood", "chauhan"], "date": "2026-03-08 18:44",
         "subj": "Confidential - Chair and Vice-Chair only",
         "body": "Elaine, Dev,\n\nConfidential: I have received a grievance from a member of staff about a councillor. I will brief you both on Tuesday; please do not discuss it with other members.\n\nAndrew"})

S("conf_p13", frm="fitzpatrick", to=["football"], subj="FW: Safeguarding referral - youth coach",
  date="2026-03-11 13:38", fmt="outlook", sig="fitzpatrick", rules=[CD],
  note="Forwards the clerk's OFFICIAL-SENSITIVE safeguarding note to the club secretary",
  body="""Carl,

FYI - see below.

Barry""",
  quote={"kind": "forward", "frm": "clerk", "to": ["fitzpatrick"], "cc": ["deputy"], "date": "2026-03-10 17:25",
         "subj": "Safeguarding referral - youth coach",
         "body": "OFFICIAL-SENSITIVE\n\nBarry,\n\nI have made a referral to Northwold's LADO about a concern raised regarding one of the under-12s coaches. The club has not yet been told. Please keep this to yourself until the LADO advises.\n\nAndrew"})

S("conf_p14", frm="crabtree", to=["reporter"], subj="Confidential - draft precept options",
  date="2026-01-07 22:48", fmt="outlook", sig="crabtree", rules=[CD],
  note="Subject marked Confidential, sent to a journalist",
  body="""Tessa,

The three options going to F&GP: 4.9%, 7.5% and 9.9%. The officers are recommending the top one. I think the public deserve to know before the meeting.

Martin""")

S("conf_p15", frm="loxley@p", to=["ra"], subj="Depot lease",
  date="2026-03-16 19:19", fmt="gmail", rules=[CD],
  note="Attachment 'Schedule 12A para 3 - Depot lease terms.pdf' sent to a residents' association",
  body="""Hi Jan,

Here are the proposed terms for the depot lease. Interesting reading.

Hannah""",
  atts=["Schedule 12A para 3 - Depot lease terms.pdf"])

S("conf_p16", frm="ashworth@p", to=["complainant"], subj="Fwd: Confidential - complaint re cemetery fees",
  date="2026-03-18 07:12", fmt="iphone", rules=[CD],
  note="From a listed personal address on a phone, forwards the clerk's Confidential email to the complainant (Begin forwarded message)",
  body="""Marcus, this is the clerk's latest on your complaint.

Chloë""",
  quote={"kind": "forward", "frm": "clerk", "to": ["ashworth"], "date": "2026-03-17 15:03",
         "subj": "Confidential - complaint re cemetery fees",
         "body": "Chloë,\n\nThe monitoring officer's view is that the fees decision was lawful but the consultation was thin. Please treat this as confidential until the report is published.\n\nAndrew"})

S("conf_p17", frm="kettlewell", to=["neighbour"], subj="Café lease",
  date="2026-03-23 18:01", fmt="outlook", sig="kettlewell", rules=[CD],
  note="Attachment 'Not for publication – Café lease heads of terms.pdf' (RFC 2231 name) to a neighbour",
  body="""Frank,

You asked what the café is paying. It's all in here.

Jo""",
  atts=["Not for publication – Café lease heads of terms.pdf"])

S("conf_p18", frm="marwood@p", to=["reporter"], subj="Town Hall",
  date="2026-03-25 21:35", fmt="plain", rules=[CD],
  note="Pastes a PART II exempt agenda item into an email to a journalist",
  body="""Tessa,

Since you'll hear anyway:

PART II - EXEMPT BUSINESS
Item 9: Disposal of the Town Hall - offers received. Castlegate Homes £1.2m; Fenland Housing Association £950k.

Elaine""")

S("conf_p19", frm="ashworth", to=["kettlewell"], bcc=["res_brown"], subj="Play area inspection",
  date="2026-03-27 10:44", fmt="outlook", sig="ashworth", rules=[CD],
  note="CONFIDENTIAL attachment to a councillor with a resident blind-copied (silent-bcc also fires)",
  body="""Jo,

The inspector's findings, ahead of Tuesday.

Chloë""",
  atts=["CONFIDENTIAL - Play area inspection findings.pdf"])

S("conf_p20", frm="ogunleye", to=["agent"], subj="Market Place units",
  date="2026-04-01 15:58", fmt="outlook", sig="ogunleye", rules=[CD],
  note="Attaches the RFO's marked email as a message/rfc822 to a planning agent",
  body="""Mr Rowe,

The attached gives you the background on the other offers.

Rosalind Ogunleye""",
  atts=[{"frm": "rfo", "to": ["ogunleye", "crabtree"], "date": "2026-03-30 09:40",
         "subj": "Confidential - Market Place unit offers",
         "body": "Rosalind, Martin,\n\nConfidential - commercial. Three offers for units 2 and 3: Greggs (£21k pa), a vape shop (£24k pa) and the credit union (£16k pa, ten-year term).\n\nGareth"}])

S("conf_p21", frm="orourke", to=["radio"], subj="Town Clerk",
  date="2026-04-03 17:02", fmt="iphone", sig="orourke", rules=[CD],
  note="New text marked 'Strictly confidential' sent to a radio newsroom",
  body="""Strictly confidential - not for quoting.

You'll want to know that the clerk has called in auditors over the handling of the cemetery contract. Members were told on Tuesday.

Seamus""")

S("conf_p22", frm="chauhan", to=["complainant"], subj="FW: In confidence - Mr Leigh's complaint - clerk's assessment",
  date="2026-04-08 20:20", fmt="outlook", sig="chauhan", rules=[CD],
  note="Re-addresses the clerk's 'In confidence' assessment of a complaint to the complainant",
  body="""Mr Leigh,

I think you should see how the clerk has summarised things.

Dev Chauhan""",
  quote={"kind": "forward", "frm": "clerk", "to": ["chauhan"], "cc": ["marwood"], "date": "2026-04-08 11:00",
         "subj": "In confidence - Mr Leigh's complaint - clerk's assessment",
         "body": "In confidence\n\nDev,\n\nMy assessment is that Mr Leigh is persistent but not vexatious. I propose we answer his three outstanding questions and then close the matter.\n\nAndrew"})

S("conf_p23", frm="bookings", to=["hirer"], subj="Incident on 31 January",
  date="2026-02-04 11:49", fmt="outlook", rules=[CD],
  note="An officer mailbox sends a RESTRICTED incident report to the hirer (an external party)",
  jc="Sent by an officer, not a councillor; the rule is about who receives marked content, not who sends it",
  body="""Dear Mr Grant,

Please find attached the incident report for the party on 31 January.

Kind regards,

Mia Novak
Bookings & Events Officer""",
  atts=["RESTRICTED - Jubilee Room incident report.docx"])

S("conf_p24", frm="crabtree", to=["neighbour"], subj="Boundary at the Rec",
  date="2026-04-14 09:12", fmt="outlook", sig="crabtree", rules=[CD],
  note="Pastes the solicitors' 'Private and confidential' advice into an email to a neighbouring landowner",
  body="""Frank,

This is what our lawyers told us, so you know where we stand:

PRIVATE AND CONFIDENTIAL - LEGALLY PRIVILEGED
The council's title includes the strip behind the hedge. A claim by the neighbour to adverse possession is unlikely to succeed, but the council should avoid admitting any informal arrangement.

Martin""")

S("conf_p25", frm="kettlewell", to=["daviesrees"], subj="FW: Part 2 - staffing budget",
  date="2026-04-16 08:40", fmt="outlook", sig="kettlewell", rules=[CD],
  note="Forwards a Part 2 staffing email sent to two finance councillors to a third councillor not on it",
  body="""Ffion, thought you'd want this.

Jo""",
  quote={"kind": "forward", "frm": "deputy", "to": ["ogunleye", "crabtree"], "cc": ["kettlewell"], "date": "2026-04-15 16:10",
         "subj": "Part 2 - staffing budget",
         "body": "Rosalind, Martin,\n\nPart 2 - staffing. The regrading of the facilities post would add £4,900 a year. The post-holder has not been told of the proposal.\n\nSunita"})

# =====================================================================
# HARD NEGATIVES
# =====================================================================

S("conf_n01", frm="kettlewell", to=["res_brown"], subj="Shredding",
  date="2026-01-09 14:14", fmt="outlook", sig="kettlewell", disc=True,
  note="'confidential waste collection' is ordinary use",
  body="""Dear Mrs Brown,

The confidential waste collection at the Town Hall is for council papers only, I'm afraid, so we can't take residents' shredding. Northwold run a free shredding day at the library on 14 March.

Jo""")

S("conf_n02", frm="deputy", to=["itsupport"], subj="Confidentiality agreement template",
  date="2026-01-13 10:03", fmt="outlook", sig="deputy", disc=True,
  note="Requests a confidentiality agreement template; talk about confidentiality",
  body="""Hello,

Could you send me your standard confidentiality agreement template, please? We need one in place before we give you access to the council's file server.

Thanks,""")

S("conf_n03", frm="marwood", to=["chauhan", "ogunleye", "crabtree", "loxley"], cc=["clerk"], subj="Staffing committee - Part 2 papers",
  date="2026-01-19 17:55", fmt="outlook", sig="marwood",
  note="CONFIDENTIAL attachment sent only to councillors and the clerk",
  body="""Colleagues,

The Part 2 papers for Thursday's Staffing committee are attached. Please bring them with you and return them to Andrew at the end.

Elaine""",
  atts=["CONFIDENTIAL - Staffing committee report.pdf"])

S("conf_n04", frm="chauhan", to=["res_singh"], subj="Bin on the Drove",
  date="2026-01-23 12:28", fmt="outlook", sig="chauhan", disc=True,
  note="Only the council's standing 'may contain confidential information' footer",
  body="""Dear Mr Singh,

Thanks for your email. The dog bin on the Drove is ours; I've passed your message to the facilities team.

Dev Chauhan""")

S("conf_n05", frm="chauhan@p", to=["res_okafor"], subj="Re: Something I wanted to tell you",
  date="2026-01-26 22:02", fmt="gmail",
  note="'I'll keep this confidential': talk, not a marking; quoted text is the resident's own",
  body="""Grace,

Thank you for trusting me with this. I'll keep it confidential, and I won't mention your name when I raise the parking problem.

Dev""",
  quote={"frm": "res_okafor", "to": ["chauhan@p"], "date": "2026-01-26 18:30", "subj": "Something I wanted to tell you",
         "body": "Dev,\n\nI didn't want to say at the surgery, but the van blocking the school gate belongs to my brother-in-law. Please don't say it came from me.\n\nGrace"})

S("conf_n06", frm="fitzpatrick", to=["res_cole"], subj="Rec car park over Christmas",
  date="2026-12-01 09:09", fmt="outlook", sig="fitzpatrick",
  note="'restricted opening hours' is a decoy",
  body="""Dear Mr Cole,

The Rec car park will have restricted opening hours over Christmas - 8am to 4pm - because the lights are being replaced. Normal hours resume on 5 January.

Barry Fitzpatrick""")

S("conf_n07", frm="loxley", to=["solicitor"], subj="FW: Confidential - café tenant's arrears",
  date="2026-02-02 15:44", fmt="outlook", sig="loxley",
  note="Marked clerk email forwarded to the council's solicitors, a partner",
  body="""Tobias,

The clerk asked me to send you this before our call.

Hannah""",
  quote={"kind": "forward", "frm": "clerk", "to": ["loxley"], "date": "2026-02-02 11:20",
         "subj": "Confidential - café tenant's arrears",
         "body": "Hannah,\n\nConfidential: the café is now four months in arrears (£6,200). Please forward this to Tobias Wren before Thursday's call.\n\nAndrew"})

S("conf_n08", frm="crabtree", to=["mo"], subj="Strictly confidential - conduct concern",
  date="2026-02-05 08:30", fmt="outlook", sig="crabtree",
  note="Strictly confidential complaint sent to the monitoring officer (partner)",
  body="""Dear Ms Ostrowski,

Strictly confidential. I would like advice on whether a colleague's comments at Tuesday's meeting should be reported as a possible breach of the code of conduct.

Martin Crabtree""")

S("conf_n09", frm="daviesrees", to=["res_evans"], subj="Parking survey",
  date="2026-02-09 16:12", fmt="outlook", sig="daviesrees",
  note="'Part 2 of the survey' is a decoy, not Part 2 business",
  body="""Dear Rhiannon,

Part 2 of the consultation survey asks about parking on Kiln Close, so please do fill that section in. It closes on 28 February.

Ffion""")

S("conf_n10", frm="ogunleye", to=["crabtree"], subj="FW: Confidential - reserves position",
  date="2026-02-12 07:58", fmt="outlook", sig="ogunleye",
  note="Marked RFO email forwarded to a councillor who was already copied on it",
  body="""Martin - in case you missed it in the flood of emails.

Rosalind""",
  quote={"kind": "forward", "frm": "rfo", "to": ["ogunleye"], "cc": ["crabtree"], "date": "2026-02-11 16:30",
         "subj": "Confidential - reserves position",
         "body": "Rosalind,\n\nConfidential until the F&GP meeting: general reserves will fall to 4.2 months of expenditure if the depot roof is replaced this year.\n\nGareth"})

S("conf_n11", frm="ashworth", to=["clerk"], subj="FW: Restricted - allotment tenant dispute",
  date="2026-02-16 12:40", fmt="outlook", sig="ashworth",
  note="Marked deputy clerk email forwarded to an officer (the clerk)",
  body="""Andrew, Sunita sent me this while you were away - over to you.

Chloë""",
  quote={"kind": "forward", "frm": "deputy", "to": ["ashworth"], "date": "2026-02-13 09:55",
         "subj": "Restricted - allotment tenant dispute",
         "body": "Chloë,\n\nRestricted. Two tenants on plot 9 have accused each other of theft and the police have been called. I will update the clerk on his return.\n\nSunita"})

S("conf_n12", frm="orourke", to=["res_hughes"], subj="Cemetery fees report",
  date="2026-02-18 18:18", fmt="plain", sig="orourke",
  note="Negation: 'this isn't confidential' (report was published)",
  body="""Dear Mr Hughes,

This isn't confidential - the report was published with the agenda for 3 March. You'll find it on the council's website under Meetings.

Seamus O'Rourke""")

S("conf_n13", frm="kettlewell", to=["res_taylor"], subj="Playground reopening",
  date="2026-02-20 13:31", fmt="outlook", sig="kettlewell",
  hdrs={"msip_labels": msip("General", "2026-02-20T13:30:00Z")},
  note="Sensitivity label named General; ordinary content",
  body="""Hi Gemma,

Good news - the Holt Lane climbing frame has been repaired and the playground reopens on Monday.

Jo""")

S("conf_n14", frm="marwood", to=["reporter"], subj="Town Hall report",
  date="2026-02-24 11:06", fmt="outlook", sig="marwood",
  note="Negation: the report is 'no longer confidential' and published",
  jc="Mentions that the item was taken in Part 2 last year; this is talk about past status, not a marking",
  body="""Dear Tessa,

The item was taken in Part 2 last year, but council agreed on Monday that the report is no longer confidential, and it is now on the website with the minutes.

Elaine Marwood""")

S("conf_n15", frm="chauhan", to=["res_nowak"], subj="Raising a concern",
  date="2026-02-26 19:47", fmt="outlook", sig="chauhan",
  note="Talk about the council's confidential reporting line",
  body="""Dear Kasia,

If you want to raise a concern about how the library is run, the council has a confidential reporting line (whistleblowing policy, on the website). You can also write to the clerk.

Dev Chauhan""")

S("conf_n16", frm="fitzpatrick", to=["training"], subj="Confidentiality course dates?",
  date="2026-03-02 10:55", fmt="outlook", sig="fitzpatrick",
  note="Asks about a training course on confidentiality; no marking and no commitment",
  body="""Hello,

Do you have any dates this spring for your 'Confidentiality and data protection for councillors' course? I'd like to suggest it to our clerk.

Barry Fitzpatrick""")

S("conf_n17", frm="crabtree", to=["wi"], subj="Hall hire and VAT",
  date="2026-03-04 14:00", fmt="outlook", sig="crabtree",
  hdrs={"Sensitivity": "Normal"},
  note="'exempt from VAT' decoy and a Sensitivity: Normal header",
  body="""Dear Mrs Pearce,

Hire of the Jubilee Room for a charity event is exempt from VAT, so the price on your booking form is the full amount.

Martin Crabtree""")

S("conf_n18", frm="loxley", to=["clerk"], cc=["ogunleye", "crabtree"], subj="RE: In confidence - depot options",
  date="2026-03-10 21:04", fmt="outlook", sig="loxley",
  note="Reply-all within an 'In confidence' thread; every recipient was a participant",
  body="""Andrew,

Option 2 looks best to me. Happy to discuss on Thursday.

Hannah""",
  quote={"frm": "clerk", "to": ["loxley", "ogunleye", "crabtree"], "date": "2026-03-10 15:32",
         "subj": "In confidence - depot options",
         "body": "In confidence\n\nHannah, Rosalind, Martin,\n\nThree options for the depot attached to the agenda pack. Option 2 (sale and lease-back) is the officers' preference.\n\nAndrew"})

S("conf_n19", frm="daviesrees", to=["res_moss"], subj="Your comments on the Northgate plan",
  date="2026-03-12 17:22", fmt="outlook", sig="daviesrees",
  note="'treated in confidence' describes handling; talk, not a marking",
  jc="Contains the phrase 'in confidence' in ordinary prose",
  body="""Dear Mrs Moss,

Thank you for your comments on the draft Northgate plan. Your personal details will be treated in confidence and only your comments will be published.

Ffion Davies-Rees""")

S("conf_n20", frm="ogunleye", to=["auditor"], subj="Payroll reconciliation",
  date="2026-03-19 09:44", fmt="outlook", sig="ogunleye",
  note="RESTRICTED attachment sent to the internal auditor, a partner",
  body="""Dear Lesley,

The Q4 payroll reconciliation you asked for is attached.

Rosalind Ogunleye""",
  atts=["RESTRICTED - Payroll reconciliation Q4.xlsx"])

S("conf_n21", frm="ashworth", to=["nw_safeguard"], subj="FW: Concern at Victoria Park",
  date="2026-03-24 16:30", fmt="outlook", sig="ashworth",
  note="OFFICIAL-SENSITIVE facilities email forwarded to the district's safeguarding team (partner domain)",
  body="""Dear Ms Mehta,

Our facilities manager asked that this reach you directly.

Chloë Ashworth""",
  quote={"kind": "forward", "frm": "facilities", "to": ["ashworth"], "date": "2026-03-24 13:02",
         "subj": "Concern at Victoria Park",
         "body": "OFFICIAL-SENSITIVE\n\nChloë,\n\nOne of the park wardens has seen an adult repeatedly approaching children near the toilets. Could you pass this to Northwold safeguarding?\n\nKev"})

S("conf_n22", frm="orourke", to=["marwood", "chauhan", "kettlewell", "ashworth"], cc=["clerk"], subj="Draft statement - NOT FOR PUBLICATION",
  date="2026-04-02 12:15", fmt="outlook", sig="orourke",
  note="NOT FOR PUBLICATION draft in the sender's own new text, sent only to councillors and the clerk",
  body="""NOT FOR PUBLICATION - DRAFT

Colleagues, my draft statement on the cemetery contract is below for comments before it goes anywhere:

"The council has asked for an independent review of the cemetery contract and will publish its findings."

Seamus""")

S("conf_n23", frm="kettlewell", to=["res_reid"], subj="Food van",
  date="2026-04-09 11:37", fmt="outlook",
  note="A standing disclaimer that opens with 'PRIVATE AND CONFIDENTIAL' under the signature",
  jc="The disclaimer uses marking words; it is a standing footer, so not a marking",
  body="""Hi Callum,

The Recreation committee meets on 12 May; your request is on the agenda.

Jo

--
Cllr Joanna Kettlewell
Stowbridge Town Council

PRIVATE AND CONFIDENTIAL: This e-mail and any attachments are intended only for the named recipient and may contain information that is privileged. If you are not the intended recipient please notify the sender and delete it.""")

S("conf_n24", frm="marwood", to=["res_jamal"], subj="Parking at the mosque",
  date="2026-04-17 20:30", fmt="iphone", sig="marwood",
  note="'I'll treat what you've told me as confidential': talk",
  body="""Dear Yusuf,

I'll treat what you've told me about your neighbour as confidential and won't name you when I raise the parking with the police at the next PACT meeting.

Elaine""")

S("conf_n25", frm="chauhan", to=["reporter"], subj="Re: Clerk's contract",
  date="2026-04-22 16:16", fmt="outlook", sig="chauhan",
  note="Declines to comment on a confidentiality clause; talk",
  body="""Tessa,

A confidentiality clause in the clerk's contract? I'm afraid I can't comment on staffing matters - you'd need to ask the clerk's office.

Dev""")
