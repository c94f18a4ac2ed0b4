# confidential-disclosure: 25 positives (conf-pos) and 25 hard negatives (conf-neg), each written by hand.
# marked = "new" (subject, new text, attachment name, header) or "embedded" (an earlier message carried in this one)
SPECS = []


def S(id, kind, frm, to, subj, date, body, why, **kw):
    d = dict(id=id, kind=kind, frm=frm, to=to, subj=subj, date=date, body=body, why=why)
    d.update(kw)
    if kind == "conf-pos":
        d["conf"] = True
    SPECS.append(d)


P, N = "conf-pos", "conf-neg"
ALLC = ["aldous", "pennock", "stanbridge", "mabey", "kowalczyk", "tuffin"]

CLERK_SIG = "Julia Fairweather\nClerk & RFO\nSaxby Wendle Parish Council\n01632 960711"

# ======================= POSITIVES =======================

S("c01", P, "tuffin", ["pardew"], "FW: CONFIDENTIAL - allotment rent arrears", "2026-03-18 20:41", """
SHEILA

SEE BELOW. YOU WERE RIGHT ABOUT PLOT 7.

DENNIS
""", "Councillor forwards the Clerk's CONFIDENTIAL arrears email (to councillors) to an allotment tenant",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=ALLC, date="2026-03-18 09:10", subj="CONFIDENTIAL - allotment rent arrears",
             body="Dear Councillors,\n\nCONFIDENTIAL - NOT FOR CIRCULATION\n\nFor the Allotments item on Tuesday: three tenants are in arrears. Plot 7 (Mr Hollins) owes two years' rent, £76; Plot 12 owes £38; Plot 19 owes £19. I have written to each.\n\n" + CLERK_SIG))

S("c02", P, "pennock", ["rudd"], "drainage tender scores", "2026-04-16 07:30", """
Tom

Scoring sheet attached so you can see where you lost marks. Price wasn't the problem, it was the method statement.

Geoff
""", "Part 2 tender evaluation sent as an attachment to a bidding contractor",
  marked="new", attach=["Part 2 - Playing field drainage tender evaluation.pdf"])

S("c03", P, "tuffin", ["wife"], "Fwd: Private and confidential - Staffing Committee", "2026-05-21 22:05", """
this is what i was telling you about
""", "iPhone forward of the Clerk's private and confidential staffing email to the councillor's wife",
  marked="embedded", fmt="iphone",
  quote=dict(style="iphone_fwd", frm="clerk", to=["aldous", "stanbridge", "tuffin"], date="2026-05-21 16:40",
             subj="Private and confidential - Staffing Committee",
             body="Private and confidential\n\nDear Members of the Staffing Committee,\n\nAs discussed, I have been signed off by my GP for two weeks from Monday. Urgent matters should go to the Chairman. I would be grateful if this were not shared beyond the committee.\n\nJulia"))

S("c04", P, "mabey", ["fete"], "what was decided about the fete field", "2026-02-18 23:10", """
Hi Sally, I'm not really meant to send this but you should know. Copied from the draft minutes:

NOT FOR PUBLICATION
Minute 26/031 - Playing field: the Council noted legal advice that the football club's informal use of the pavilion may have created a tenancy, and agreed to seek the club's written acknowledgement before the fete.

so that's why it's all been so weird lately

J
""", "Pasted NOT FOR PUBLICATION minute sent to the fete committee chair", marked="new", fmt="gmail")

S("c05", P, "aldous", ["friend"], "Julia", "2026-05-22 09:05", """
Dear Val,

Between ourselves, Julia is off for a fortnight with stress; it has all been rather too much since the business with the football club. Do give her a ring if you feel you can, she is very fond of you.

Love,
Rosemary
""", "Sensitivity: Private header on the chair's email to a friend (external)", marked="new", fmt="outlook",
  hdrs={"Sensitivity": "Private"})

S("c06", P, "aldous", ["agent"], "Askew land - Council's position", "2026-07-08 14:32", """
Dear Ms Gault,

Further to our conversation, the Council's internal note on its valuation and maximum price is attached so that you understand where the Council stands.

Yours sincerely,

Rosemary Aldous
Chairman
""", "Sensitivity label header 'Confidential' on the chair's message to a land agent",
  marked="new", fmt="outlook", footer="pc+disc", attach=["Askew field - valuation note.docx"],
  hdrs={"msip_labels": "MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_Enabled=true; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_SetDate=2026-07-08T13:30:11Z; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_Method=Standard; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_Name=Confidential; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_SiteId=0d1b6f0e-1c2a-4b5d-8e7f-9a0b1c2d3e4f; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_ActionId=5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9; MSIP_Label_7a3c19e2-55d1-4f1e-9b0c-2d6e1a4b8f10_ContentBits=0"})

S("c07", P, "mabey", ["bowls"], "Fwd: Bowls club lease - in confidence", "2026-08-11 19:22", """
Roy - thought you'd want a heads up on this before Tuesday. Don't say where you got it!!
""", "Gmail forward of the Clerk's 'in confidence' note (to councillors) to the bowls club secretary",
  marked="embedded", fmt="gmail",
  quote=dict(style="gmail_fwd", frm="clerk", to=ALLC, date="2026-08-11 10:05", subj="Bowls club lease - in confidence",
             body="Councillors,\n\nIn confidence: the bowls club has not paid its ground rent since January and its insurance lapsed in June. I am taking advice on whether the lease can be forfeited. Please do not discuss this with club members.\n\n" + CLERK_SIG))

S("c08", P, "kowalczyk", ["resident3"], "Fwd: Strictly confidential - complaint about Church Close", "2026-09-09 21:40", """
Tadek, this is about the neighbour you told me. Please not show to anybody.
""", "iPhone forward of the Clerk's strictly confidential complaint email to a resident",
  marked="embedded", fmt="iphone",
  quote=dict(style="iphone_fwd", frm="clerk", to=["kowalczyk"], cc=["aldous"], date="2026-09-09 12:15",
             subj="Strictly confidential - complaint about Church Close",
             body="Strictly confidential\n\nAga,\n\nWe have had a formal complaint from a resident of Church Close about noise and bonfires at no. 4. The complainant's name must not be disclosed. I have referred it to Frithdale environmental health.\n\nJulia"))

S("c09", P, "pennock", ["tuffin"], "FW: CONFIDENTIAL - Clerk's grievance", "2026-10-14 18:50", """
Dennis - you'd better see this before Thursday. Keep it to yourself.

Geoff
""", "Vice-chair forwards a CONFIDENTIAL Clerk email addressed to the chair and him to a councillor who was not on it",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["aldous"], cc=["pennock"], date="2026-10-14 11:20",
             subj="CONFIDENTIAL - Clerk's grievance",
             body="Dear Chairman, dear Vice-Chairman,\n\nI am writing to raise a formal grievance under the Council's grievance procedure about remarks made to me by a councillor after the September meeting. I would ask that this is kept confidential to the two of you until the Staffing Committee meets.\n\n" + CLERK_SIG))

S("c10", P, "stanbridge", ["agent"], "Askew field - Council's offer", "2026-07-10 10:10", """
Dear Ms Gault,

As promised, I attach the report that went to the Council on 7 July. You will see the Council's reasoning.

Yours sincerely,

Hilary Stanbridge
""", "Attachment named as exempt Schedule 12A information sent to the seller's land agent",
  marked="new", fmt="outlook", attach=["Exempt information - Schedule 12A para 3 - Askew field purchase.docx"])

S("c11", P, "kowalczyk", ["resident2"], "Fw: OFFICIAL-SENSITIVE: Footpath 6 diversion - landowner objection", "2026-03-27 08:15", """
Dear Lynne,

You asked what is happening with the footpath. Please see below from the county.

Aga
""", "County officer's OFFICIAL-SENSITIVE email (to the councillor) forwarded to a resident; author is a partner, so no forwarded-chain",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="ccrow", to=["kowalczyk"], date="2026-03-26 15:02",
             subj="OFFICIAL-SENSITIVE: Footpath 6 diversion - landowner objection",
             body="OFFICIAL-SENSITIVE\n\nDear Cllr Kowalczyk,\n\nThe landowner at Lower Barn has lodged an objection to the diversion order and has threatened proceedings. Please treat the details as sensitive until the order is determined.\n\nLorna Pike\nPublic Rights of Way, Wessington County Council"))

S("c12", P, "tuffin", ["neighbour"], "YOUR FENCE", "2026-07-02 19:30", """
GARETH

THIS IS WHAT THE DISTRICT SENT US:

RESTRICTED - PLANNING ENFORCEMENT
"The Council is minded to serve an enforcement notice in respect of the unauthorised fence at 4 Church Close if the matter is not resolved by 31 July."

THOUGHT YOU SHOULD SEE IT.

DENNIS
""", "Councillor pastes RESTRICTED district enforcement text into a new email to the neighbour it concerns (external)",
  marked="new")

S("c13", P, "stanbridge", ["editor"], "Allotments piece for the News", "2026-04-27 11:55", """
Dear Margaret,

For your piece on the allotments, the attached spreadsheet has the plot numbers and who is behind with their rent, which may help you with the figures.

Kind regards,
Hilary
""", "Attachment marked Private and Confidential sent to the parish magazine editor",
  marked="new", attach=["Private and Confidential - allotment arrears list.xlsx"], fmt="iphone", no_sent_from=True)

S("c14", P, "kowalczyk", ["scouts"], "Hall booking dispute", "2026-06-17 17:05", """
Dear Ian,

I send you the Clerk's note about the dispute with the Players over the Friday bookings, so you know the background. The clerk will answer your booking request herself.

Best regards,
Agnieszka
""", "Attachment named 'In confidence – …' (RFC 2231 name) sent to the Scout leader",
  marked="new", attach=["In confidence – hall hire dispute note.pdf"])

S("c15", P, "aldous2", ["rudd"], "The drainage tender", "2026-04-17 18:30", """
Dear Tom,

I know you were disappointed. This was Part II business and I really should not be telling you, but the other tender came in at £9,400, so there was nothing you could have done on price.

Kind regards,
Rosemary
""", "Chair discloses Part II business in the new text to an unsuccessful bidder", marked="new")

S("c16", P, "mabey", ["fc"], "the email", "2026-05-02 20:20", """
Dan - attached the clerk's email about the pavilion I mentioned. Read it and you'll see what we're up against.
""", "Clerk's Confidential email to councillors attached as message/rfc822 and sent to the football club secretary",
  marked="embedded", fmt="gmail", attach=["rfc822"],
  rfc822=dict(frm="clerk", to=ALLC, date="2026-05-01 16:45", subj="Confidential: pavilion - legal advice",
              body="Confidential\n\nCouncillors,\n\nThe solicitor's advice is that the football club's use of the pavilion may amount to a tenancy. Please do not discuss this with the club until the Council has met.\n\n" + CLERK_SIG))

S("c17", P, "pennock", ["scouts"], "FW: Confidential – defibrillator vandalism", "2026-11-09 07:50", """
Ian - any of your lot know these names? Asking for the parish.

Geoff
""", "Outlook forward of the Clerk's Confidential email naming suspects, sent to the Scout leader",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["aldous", "pennock"], date="2026-11-08 17:30",
             subj="Confidential – defibrillator vandalism",
             body="Chairman, Vice-Chairman,\n\nPC Dawes has given me, in confidence, the names of two teenagers seen at the phone box the night the defibrillator cabinet was smashed. I am not putting them in writing beyond this email.\n\n" + CLERK_SIG))

S("c18", P, "aldous", ["hartley"], "Memorial - draft design", "2026-08-24 12:00", """
Dear Mr Hartley,

I attach the draft layout we have been discussing for the additional name panel, for your comments on lettering size.

Yours sincerely,

Rosemary Aldous
""", "Sensitivity: Company-Confidential header on the chair's email to the stonemason",
  marked="new", fmt="outlook", footer="pc", hdrs={"Sensitivity": "Company-Confidential"},
  attach=["Memorial panel draft layout.pdf"])

S("c19", P, "kowalczyk", ["rivaltree"], "Strictly Confidential – Christmas tree supplier complaint", "2026-12-02 10:30", """
Hello,

Our tree from Brockhurst this year is already dropping needles and it is leaning. Between us, the council is very unhappy with them. Can you tell me your price for a 20 ft tree for next year?

Agnieszka Kowalczyk
Saxby Wendle Parish Council
""", "Subject marked Strictly Confidential sent to a rival supplier (external)", marked="new")

S("c20", P, "stanbridge", ["clerk", "aldous", "husband"], "RE: CONFIDENTIAL – Code of Conduct complaint", "2026-06-03 21:15", """
Julia, Rosemary,

I have copied in Colin, who was a district councillor for many years, as I think his view on the procedure would be helpful.

Hilary
""", "Reply-all to the Clerk's CONFIDENTIAL complaint email adds the councillor's husband (external)",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["aldous", "stanbridge"], date="2026-06-03 12:00",
             subj="CONFIDENTIAL – Code of Conduct complaint",
             body="Dear Chairman, dear Cllr Stanbridge,\n\nThe Monitoring Officer at Frithdale has notified me of a Code of Conduct complaint against a member of this Council. The complaint and the complainant's identity are confidential at this stage.\n\n" + CLERK_SIG))

S("c21", P, "tuffin", ["gazette"], "FW: Item 9", "2026-01-22 08:40", """
FOR YOUR INFORMATION. THE PUBLIC HAS A RIGHT TO KNOW.

D TUFFIN
""", "Forward ('-----Original Message-----') of the Clerk's Not-for-publication item to the newspaper",
  marked="embedded",
  quote=dict(style="orig", frm="clerk", to=ALLC, date="2026-01-21 15:10", subj="Item 9",
             body="Councillors,\n\nNot for publication - item 9 (exempt under para 3): the village hall roofer has gone into administration owing the Council its £6,200 deposit. The Council's insurers are looking at it.\n\nJulia"))

S("c22", P, "stanbridge", ALLC[:2] + ALLC[3:], "Hall lease - papers for Tuesday", "2026-09-11 16:00", """
Dear colleagues,

The heads of terms for the hall lease are attached for Tuesday's closed session.

Hilary
""", "Part 2 attachment to councillors with a silent Bcc to a friend (external)",
  marked="new", fmt="iphone", no_sent_from=True, bcc=["friend"],
  attach=["Part 2 - Village hall lease heads of terms.pdf"])

S("c23", P, "tuffin", ["hollins"], "Fwd: plot 3", "2026-07-24 20:12", """
derek - see what julia sent us about kev on plot 3. dennis
""", "Thunderbird forward of the Clerk's exempt-information email (about another tenant) to an allotment tenant",
  marked="embedded", fmt="tbird",
  quote=dict(style="tbird_fwd", frm="clerk", to=ALLC, date="2026-07-24 11:00", subj="plot 3",
             body="Councillors,\n\nExempt information (Schedule 12A, para 1 - individual). The tenant of plot 3 has told me of a serious illness in the family, which may explain the state of the plot. I suggest we allow a further month before any notice.\n\nJulia"))

S("c24", P, "pennock", ["scouts"], "hall lease", "2026-09-14 06:45", """
Ian

Players' terms attached. If the Scouts want to put in a better offer, now's the time.

Geoff
""", "CONFIDENTIAL_ attachment with another bidder's terms sent to the Scout leader",
  marked="new", attach=["CONFIDENTIAL_hall_lease_heads_of_terms_Wendle_Players.pdf"])

S("c25", P, "aldous2", ["mabey"], "Fwd: Confidential - your co-option", "2026-02-10 19:00", """
Jordan, dear, I thought you ought to see what Julia said about the co-option, but do be discreet.

Rosemary
""", "Chair forwards the Clerk's Confidential email (to the chair alone) to a councillor who was not on it",
  marked="embedded", fmt="gmail",
  quote=dict(style="gmail_fwd", frm="clerk", to=["aldous2"], date="2026-02-10 14:05", subj="Confidential - your co-option",
             body="Rosemary,\n\nConfidential: before Tuesday's co-option vote you should know that one of the two applicants has a conviction that may disqualify him. I am checking with the Monitoring Officer.\n\nJulia"))

# ======================= HARD NEGATIVES =======================

S("d01", N, "aldous", ["rudd"], "Thank you", "2026-09-30 10:00", """
Dear Tom,

Thank you for the very tidy job on the churchyard extension before the harvest festival.

Yours sincerely,

Rosemary Aldous
Chairman
""", "Only the standing disclaimer mentions 'confidential'", fmt="outlook", footer="pc+disc")

S("d02", N, "stanbridge", ["pilates"], "Hall floor", "2026-02-04 09:20", """
Dear Ms Fenn,

Just to let you know the hall floor is being resealed during the half-term week, so there will be no session on 17 February.

Kind regards,

Hilary Stanbridge

PRIVATE AND CONFIDENTIAL: this message is intended only for the named recipient. If you have received it in error, please notify the sender and delete it; do not copy or forward it.
""", "Personal standing disclaimer that uses the words 'private and confidential'", fmt="iphone", no_sent_from=True)

S("d03", N, "aldous", ["gazette"], "Playing field drainage works", "2026-04-20 12:10", """
Dear Sir,

Thank you for your enquiry. The outcome of the playing field drainage tender is no longer confidential: the Council resolved in public session on 14 April to appoint Wessex Sportsturf, and the works will take place in August. The minutes are on the Council's website.

Yours faithfully,

Rosemary Aldous
Chairman
""", "'No longer confidential': negation, to the press", fmt="outlook", footer="pc")

S("d04", N, "mabey", ["resident1"], "Re: minutes", "2026-03-19 21:00", """
Hi Paul, yep this isn't confidential at all, feel free to share the draft minutes on the Mill Lane WhatsApp.

J
""", "'This isn't confidential': negation", fmt="gmail", attach=["Draft minutes 17 March 2026.pdf"])

S("d05", N, "kowalczyk", ["resident2"], "Your personal data", "2026-05-12 10:40", """
Dear Lynne,

You asked what happens to your details on the allotment form. The council has a confidentiality and data protection policy, it is on the website, and only the clerk sees the forms.

Regards,
Aga
""", "Talk about a confidentiality policy")

S("d06", N, "pennock", ["gisby"], "Bridleway 9", "2026-04-24 18:10", """
Peter

That track past Lower Barn isn't a bridleway, it's a restricted byway on the county map, so horse-drawn carriages have a right to use it too. Nothing we can do about the ruts.

Geoff
""", "Decoy word: 'restricted byway'")

S("d07", N, "stanbridge", ["shred"], "Confidential waste collection - price", "2026-10-01 11:00", """
Dear Sirs,

Could you let me have a price for a quarterly confidential waste collection (one 240-litre console) from the Parish Office at the Village Hall, Church Lane? We are comparing quotes; this is not an order.

Yours faithfully,

Hilary Stanbridge
""", "Decoy: 'confidential waste' as a service name; a price request", fmt="outlook")

S("d08", N, "kowalczyk", ["wi"], "Grant form", "2026-01-12 14:10", """
Dear Pam,

For the centenary grant, please do not forget Part 2 of the application form, the budget table. Last year many groups missed it.

Best regards,
Agnieszka
""", "Decoy: 'Part 2 of the application form'")

S("d09", N, "pennock", ["bowls"], "VAT", "2026-02-12 07:40", """
Roy

No VAT on the hall hire for your AGM - lettings of the hall are exempt from VAT. The bar is a different story.

Geoff
""", "Decoy: 'exempt from VAT'")

S("d10", N, "aldous2", ["resident4"], "Our conversation", "2026-08-03 17:20", """
Dear Brenda,

Thank you for telling me about the difficulties with your neighbour. I shall of course treat what you told me in confidence, and I will not mention your name to anybody.

If it happens again, do ring the police on 101.

With best wishes,
Rosemary
""", "A promise to keep something private; no content is marked")

S("d11", N, "stanbridge", ALLC[:2] + ALLC[3:] + ["clerk"], "Part 2 papers - hall lease", "2026-09-10 20:00", """
Dear colleagues,

Julia has asked me to circulate the Part 2 papers for Tuesday. Please do not forward them.

Hilary
""", "Part 2 attachment sent only to councillors and the Clerk", marked="new",
  fmt="outlook", attach=["Part 2 - Village hall lease report.pdf"])

S("d12", N, "pennock", ["stanbridge"], "FW: CONFIDENTIAL - allotment arrears", "2026-03-18 21:00", """
Hilary - see Julia's note; you were copied but I know your email's been playing up.

Geoff
""", "Forward of the Clerk's CONFIDENTIAL email to a councillor who was already on it",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["aldous", "pennock"], cc=["stanbridge"], date="2026-03-18 09:12",
             subj="CONFIDENTIAL - allotment arrears",
             body="CONFIDENTIAL\n\nChairman, Vice-Chairman, Cllr Stanbridge,\n\nThe arrears list for the Allotments Committee is below. Please keep it within the committee.\n\nPlot 7 - £76\nPlot 12 - £38\n\nJulia"))

S("d13", N, "mabey", ["clerk", "aldous", "stanbridge", "tuffin"], "Re: CONFIDENTIAL - staffing", "2026-05-22 08:10", """
Thanks Julia, hope you feel better soon. Take all the time you need.

Jordan
""", "Reply among the participants of a CONFIDENTIAL staffing email",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["aldous", "stanbridge", "tuffin", "mabey"], date="2026-05-21 16:45",
             subj="CONFIDENTIAL - staffing",
             body="Confidential\n\nDear all,\n\nI have been signed off for two weeks from Monday. The Chairman will pick up urgent items.\n\nJulia"))

S("d14", N, "aldous", ["mo"], "FW: CONFIDENTIAL – Code of Conduct complaint", "2026-06-04 09:00", """
Dear Ms Sorensen,

I forward the Clerk's note below, as you asked, so that you have our side of the chronology.

Yours sincerely,

Rosemary Aldous
Chairman
""", "Marked Clerk email forwarded to the district Monitoring Officer (a partner)",
  marked="embedded", fmt="outlook", footer="pc+disc",
  quote=dict(style="outlook", frm="clerk", to=["aldous"], date="2026-06-03 12:02",
             subj="CONFIDENTIAL – Code of Conduct complaint",
             body="Chairman,\n\nCONFIDENTIAL. A chronology of the events at the May meeting is attached for your reference.\n\n" + CLERK_SIG))

S("d15", N, "stanbridge", ["auditor"], "Payroll reconciliation for the audit", "2026-05-15 09:30", """
Dear Mervyn,

Ahead of your visit, the Clerk's payroll reconciliation is attached.

Kind regards,

Hilary Stanbridge
""", "RESTRICTED attachment to the internal auditor, a listed partner",
  marked="new", fmt="outlook", attach=["RESTRICTED - payroll reconciliation 2025-26.xlsx"])

S("d16", N, "tuffin", ["clerk"], "FW: private and confidential", "2026-08-18 13:00", """
JULIA. CAN YOU DEAL WITH THIS PLEASE. DENNIS
""", "A resident's 'private and confidential' email forwarded to the Clerk (an officer)",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="resident4", to=["tuffin"], date="2026-08-17 19:40", subj="private and confidential",
             body="PRIVATE AND CONFIDENTIAL\n\nDear Mr Tuffin, I'm afraid I can't afford the allotment rent this year because of my husband's illness. Please don't tell anyone.\n\nBrenda Fossett"))

S("d17", N, "aldous", ["rudd"], "Next year's cutting schedule", "2026-11-25 10:15", """
Dear Tom,

As promised, the map showing the wildflower areas is attached, for information only.

Yours sincerely,

Rosemary Aldous
""", "Sensitivity label header named General", fmt="outlook", footer="pc",
  attach=["Wildflower areas 2027.pdf"],
  hdrs={"msip_labels": "MSIP_Label_0c2d8e1f-3a4b-4c5d-9e6f-7a8b9c0d1e2f_Enabled=true; MSIP_Label_0c2d8e1f-3a4b-4c5d-9e6f-7a8b9c0d1e2f_Name=General; MSIP_Label_0c2d8e1f-3a4b-4c5d-9e6f-7a8b9c0d1e2f_Method=Standard; MSIP_Label_0c2d8e1f-3a4b-4c5d-9e6f-7a8b9c0d1e2f_ContentBits=0"})

S("d18", N, "tuffin", ["resident1"], "SCHOOL PARKING", "2026-01-29 16:45", """
PAUL

THE ZIG-ZAGS OUTSIDE THE SCHOOL ARE A RESTRICTED PARKING ZONE AND THE COUNTY ENFORCES IT, NOT US. RING WESSINGTON IF THE PARENTS ARE STILL PARKING ON THEM.

DENNIS
""", "Decoy: 'restricted parking zone'")

S("d19", N, "stanbridge", ["editor"], "Village history - next instalment", "2026-10-06 15:00", """
Dear Margaret,

Here is Part 2 of the village history series for the November issue - the forge, the mill and the coming of the railway. About 900 words and two photographs.

Best wishes,
Hilary
""", "Decoy: 'Part 2' of a magazine series", fmt="iphone", no_sent_from=True,
  attach=["Saxby Wendle history part 2.docx", "forge1912.jpg"])

S("d20", N, "kowalczyk", ["resident3"], "Recycling centre", "2026-12-08 12:30", """
Tadek,

The recycling centre at Frithdale has restricted opening hours over Christmas: closed 25, 26 December and 1 January. Other days 9 to 4.

Aga
""", "Decoy: 'restricted opening hours'")

S("d21", N, "kowalczyk", ["clerk"], "RE: Strictly confidential - complaint about Church Close", "2026-09-10 08:00", """
Julia, thank you. Is it better I don't go to no. 4 myself?

Aga
""", "Reply to the author (the Clerk) of a strictly confidential email",
  marked="embedded", fmt="outlook",
  quote=dict(style="outlook", frm="clerk", to=["kowalczyk"], cc=["aldous"], date="2026-09-09 12:15",
             subj="Strictly confidential - complaint about Church Close",
             body="Strictly confidential\n\nAga,\n\nWe have had a formal complaint from a resident of Church Close about noise and bonfires at no. 4. I have referred it to Frithdale environmental health.\n\nJulia"))

S("d22", N, "pennock", ["resident1"], "Quad bikes on the playing field", "2026-03-04 19:55", """
Paul

If you know who it is, you can report it in confidence to Crimestoppers on 0800 555 111, or ring 101. They won't ask your name.

Geoff
""", "Ordinary phrase 'report it in confidence'; nothing marked")

S("d23", N, "mabey", ["fete"], "Fwd: Quotation - fete field preparation", "2026-05-29 12:40", """
Sally, here's Tom's price for marking out and the extra cut, for the committee's budget.
""", "Forward of a contractor's quote whose own standing disclaimer says 'confidential'",
  fmt="gmail",
  quote=dict(style="gmail_fwd", frm="rudd", to=["mabey"], date="2026-05-28 17:20", subj="Quotation - fete field preparation",
             body="Hi Jordan,\n\nExtra cut £95, marking out arena and car park £60.\n\nTom Rudd\nRudd & Sons Grounds Maintenance\n\nThis e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed."))

S("d24", N, "mabey", ["resident2"], "Re: play area", "2026-07-19 10:05", """
Hi Lynne, the toddler play area is restricted to under-8s (the sign's on the gate), the big kids' bit is the other side of the MUGA.

Jordan
""", "Decoy: 'restricted to under-8s'", fmt="gmail")

S("d25", N, "aldous", ["gazette", "editor"], "Press release - war memorial rededication", "2026-10-26 09:00", """
NOT CONFIDENTIAL - FOR IMMEDIATE PUBLICATION

Saxby Wendle to honour forgotten soldier

A name left off the village war memorial in 1921 will be read aloud for the first time on Remembrance Sunday, 8 November, when the restored memorial on the green is rededicated at 10.45 am. Everyone is welcome.

Rosemary Aldous
Chairman
""", "'NOT CONFIDENTIAL - for publication' heading: negation", fmt="outlook", footer="pc+disc")
