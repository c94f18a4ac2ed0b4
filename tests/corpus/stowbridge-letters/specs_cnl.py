"""councillor-name-letter: 45 positives (cnl_p..) and 45 hard negatives (cnl_n..).
Each message written by hand.  Only the new text decides the label."""

CNL = "councillor-name-letter"
SPECS = []


def S(id, **kw):
    kw["id"] = id
    kw.setdefault("rules", [])
    SPECS.append(kw)


# =====================================================================
# POSITIVES
# =====================================================================

S("cnl_p01", frm="marwood", to=["bowls"], cc=["clerk"], subj="Pavilion guttering",
  date="2026-01-13 09:42", fmt="outlook", sig="marwood", disc=True, rules=[CNL],
  note="Chair confirms the council will fund the guttering up to GBP 2,400: commits the council to pay",
  body="""Dear Mr Ashby,

Thank you for sending the photographs of the pavilion guttering.

I'm pleased to confirm that the council will fund the replacement of the guttering and downpipes in full, up to £2,400. Please let the club's contractor know they can book the work in, and send their invoice to the Town Hall marked for the attention of the RFO.

With best wishes,

Elaine""")

S("cnl_p02", frm="fitzpatrick@p", to=["fencing"], subj="Re: Allotment boundary fence quote",
  date="2026-01-20 17:58", fmt="iphone", rules=[CNL],
  note="Terse instruction from a listed personal address: go ahead with the fence and invoice the council",
  body="""Dale - go ahead with the fencing along the allotment boundary as quoted, invoice us. Cheers

Barry Fitzpatrick
Cllr, Stowbridge TC""",
  quote={"frm": "fencing", "to": ["fitzpatrick@p"], "date": "2026-01-20 15:11", "subj": "Allotment boundary fence quote",
         "body": "Hi Barry,\n\nAs discussed on site, 64m of 1.8m close board along the allotment boundary, £4,380 + VAT supplied and fitted. Can start the week after next.\n\nDale Hopkins\nHopkins Fencing"})

S("cnl_p03", frm="chauhan@p", to=["market"], subj="Saturday market pitch licence",
  date="2026-01-27 21:14", fmt="gmail", rules=[CNL],
  note="Vice-chair from listed gmail: 'consider this email your formal notice' that the pitch licence ends",
  body="""Hi Bev,

Further to our chat at the market on Saturday, please consider this email your formal notice that your pitch licence at the Saturday market ends on 28 February 2026. After that date pitch 11 will be reallocated.

Regards,
Dev Chauhan
Vice-Chair, Stowbridge Town Council""")

S("cnl_p04", frm="orourke_gmail", to=["scouts"], subj="Bonfire night on the Rec",
  date="2026-02-03 19:30", fmt="gmail", rules=[CNL],
  note="Unlisted gmail signed Cllr: grants the scouts permission to hold the bonfire on council land",
  body="""Dear Paula,

Good news - you have the council's permission to hold the scouts' bonfire and fireworks on the Recreation Ground on Thursday 5 November, as long as the fire is built on the gravel area by the north gate and the site is cleared by the following Monday.

All the best,

Cllr Seamus O'Rourke
Stowbridge Town Council, Fen Road ward""")

S("cnl_p05", frm="ogunleye", to=["payroll"], cc=["rfo"], subj="Payroll contract - cancellation",
  date="2026-02-05 11:02", fmt="outlook", sig="ogunleye", disc=True, rules=[CNL],
  note="Committee chair cancels the payroll contract on the council's behalf",
  body="""Dear Ms Tallis,

I am writing to cancel Stowbridge Town Council's payroll services contract with effect from 31 March 2026. The council will not be renewing, and the March payroll will be the last one you run for us.

Please send a final statement of account to our RFO, copied.

Yours sincerely,

Rosalind Ogunleye""")

S("cnl_p06", frm="loxley@p", to=["ra"], subj="Car boot sale on the Memorial Green",
  date="2026-02-09 08:15", fmt="gmail", rules=[CNL],
  note="Refuses permission for the car boot sale on council land and tells the group not to advertise it",
  body="""Hi Jan,

I'm sorry but the council won't allow the car boot sale on the Memorial Green this year - the ground hasn't recovered from last summer. Please don't advertise it for that site.

Hannah
--
Cllr Hannah Loxley
Green Party, Northgate ward""")

S("cnl_p07", frm="daviesrees@p", to=["trees"], subj="Ash trees at St Botolph's lych gate",
  date="2026-02-10 13:27", fmt="plain", rules=[CNL],
  note="Instructs the tree surgeon to fell two trees and commits the council to pay the quote",
  body="""Hello,

Please fell the two ash trees by the lych gate at St Botolph's before the end of the month. We'll pay your quoted £1,150 plus VAT once the site is cleared.

Regards,
Ffion Davies-Rees
Cllr, Stowbridge Town Council""")

S("cnl_p08", frm="crabtree", to=["cafe"], subj="Pavilion Café - rent review",
  date="2026-02-12 10:40", fmt="outlook", sig="crabtree", disc=True, rules=[CNL],
  note="Formal notice of a rent review given in a councillor's name",
  body="""Dear Ms Gilchrist,

I am writing to give you notice that the council intends to review the rent for the Pavilion Café with effect from 1 April 2026, as clause 5 of your lease allows. A proposed figure will follow within 28 days.

Yours sincerely,

Martin Crabtree""")

S("cnl_p09", frm="kettlewell", to=["football"], subj="Pitch 2 - no more use for now",
  date="2026-02-16 18:05", fmt="iphone", sig="kettlewell", rules=[CNL],
  note="Instructs the club to stop using the pitch until further notice",
  body="""Hi Carl,

Your teams must stop using pitch 2 at Holt Lane with immediate effect - no matches or training until further notice. Both goalmouths are waterlogged and need to recover.

Thanks,
Jo""")

S("cnl_p10", frm="ashworth", to=["seeds"], subj="Order - meadow mix for Fen Road verges",
  date="2026-02-18 09:20", fmt="outlook", sig="ashworth", disc=True, rules=[CNL],
  note="Places an order on the council's account",
  body="""Good morning,

We'll take 40kg of the Fenland native meadow mix at your quoted price of £38/kg. Please deliver to the council depot on Station Road in the week of 16 March and send the invoice to the RFO at rfo@stowbridgetc.gov.uk.

Many thanks,
Chloë""")

S("cnl_p11", frm="council", to=["band"], subj="Remembrance Sunday 2026",
  date="2026-02-23 14:48", fmt="outlook", rules=[CNL],
  note="From the council@ mailbox but signed by the Chair: books the band and commits the fee",
  body="""Dear Mr Hollis,

The council is delighted to book Stowbridge Silver Band for the Remembrance Sunday parade and service on 8 November 2026. We will pay the fee of £350 as in previous years.

With kind regards,

Cllr Elaine Marwood
Chair of Stowbridge Town Council""")

S("cnl_p12", frm="chauhan", to=["allot"], subj="RE: Plot 14B",
  date="2026-02-25 16:33", fmt="outlook", sig="chauhan", rules=[CNL],
  note="Notice to quit an allotment plot, above the tenant's own quoted email",
  body="""Dear Mrs Lister,

I'm sorry to hear about your knee, but the plot has now been uncultivated for two full seasons. This is formal notice to quit plot 14B at Holt Lane allotments: please clear your belongings by 30 April 2026, after which the plot will be re-let.

Dev Chauhan""",
  quote={"frm": "allot", "to": ["chauhan"], "date": "2026-02-22 10:02", "subj": "Plot 14B",
         "body": "Dear Councillor Chauhan,\n\nI know the plot looks a mess. I have had a bad year with my knee. Please don't take it away from me.\n\nMargaret Lister"})

S("cnl_p13", frm="fitzpatrick@p", to=["yoga"], subj="January hire",
  date="2026-01-08 07:51", fmt="iphone", rules=[CNL],
  note="Waives a hire fee on the council's behalf (commits the council)",
  body="""Morning Saffron, after all the help with the Christmas fair please consider the hire fee for your January classes in the Jubilee Room waived. I'll let the bookings team know.

Barry
Cllr Barry Fitzpatrick""")

S("cnl_p14", frm="ogunleye", to=["broker"], cc=["rfo"], subj="Policy PC-22817 - new play equipment",
  date="2026-03-02 12:12", fmt="outlook", sig="ogunleye", disc=True, rules=[CNL],
  note="Instructs the broker to add equipment to the council's policy and invoice the premium",
  body="""Dear Mr Drake,

Please add the new play equipment at Holt Lane (inventory attached to Gareth's email of last week, value £68,500) to the council's policy PC-22817 from 1 March 2026, and invoice us for the additional premium.

Kind regards,

Rosalind Ogunleye""")

S("cnl_p15", frm="loxley", to=["murals"], subj="Underpass mural - commission",
  date="2026-03-04 15:26", fmt="outlook", sig="loxley", rules=[CNL],
  note="Awards the mural commission and commits the council to a payment schedule",
  body="""Dear Kemi,

I'm thrilled to tell you that you've been commissioned for the Station Road underpass mural. The council will pay £3,000 in total: half when you start and half on completion.

Could you let me have a start date? Kev Barnes will arrange the traffic cones.

Warmly,
Hannah""")

S("cnl_p16", frm="crabtree", to=["developer"], subj="Mill Lane car park - contractors' compound",
  date="2026-03-05 10:03", fmt="outlook", sig="crabtree", disc=True, rules=[CNL],
  note="Refuses the developer permission to use council land as a compound",
  body="""Dear Mr Saunders,

The council refuses consent for your contractors to use Mill Lane car park as a site compound. The car park serves the surgery and the market and cannot lose forty spaces for eighteen months.

Yours sincerely,

Martin Crabtree""")

S("cnl_p17", frm="daviesrees", to=["hedge"], subj="Overhanging hedge - Fen Road footpath",
  date="2026-03-09 11:45", fmt="outlook", sig="daviesrees", rules=[CNL],
  note="Requires a landowner to cut a hedge by a date, else the council will do it and recharge",
  body="""Dear Mr Blenkin,

The laurel hedge at the rear of 41 Fen Road now overhangs the council's footpath by more than a metre. I must ask you to cut it back to your boundary by 1 May 2026. If it has not been done by then, the council will carry out the work and recharge you the cost.

Yours sincerely,

Ffion Davies-Rees""")

S("cnl_p18", frm="kettlewell_gmail", to=["icecream"], subj="Trading in Victoria Park",
  date="2026-03-14 13:09", fmt="iphone", rules=[CNL],
  note="Unlisted personal address signed Cllr: refuses permission to trade and tells the trader to leave",
  body="""Hi Dino

You're not permitted to trade in Victoria Park without the council's licence and you haven't got one. Please don't set up there from tomorrow.

Cllr Jo Kettlewell
Stowbridge Town Council""")

S("cnl_p19", frm="marwood@p", to=["printer"], subj="Spring newsletter",
  date="2026-03-16 20:22", fmt="plain", rules=[CNL],
  note="Chair from listed btinternet places a print order on the council's account",
  body="""Hello Nigel,

Artwork for the spring newsletter is in the shared folder. Please print 3,000 copies on the usual 115gsm silk and bill the council as before - we need them by 27 March for the volunteers.

Thanks,
Elaine Marwood
Chair, Stowbridge Town Council""")

S("cnl_p20", frm="orourke_work", to=["res_fisher"], subj="Your fence - mower damage",
  date="2026-03-18 08:37", fmt="outlook", rules=[CNL],
  note="From an unlisted business address signed Cllr: commits the council to repair at no cost",
  body="""Dear Mr Fisher,

I can confirm the council will repair the fence panels damaged by our contractor's mower last week, at no cost to you. Pritchard Grounds will call you next week to arrange a time.

Regards,

Seamus O'Rourke
Councillor, Stowbridge Town Council""")

S("cnl_p21", frm="ashworth@p", to=["garden"], subj="Re: Fruit trees in the south bed",
  date="2026-03-19 19:44", fmt="outlook", rules=[CNL],
  note="Grants a community group permission to plant on council land ('you have the council's go-ahead')",
  body="""Hi both,

Yes! We're happy for you to go ahead and plant the six fruit trees along the south bed - you have the council's go-ahead. Please keep them at least two metres off the path.

Chloë
Cllr Chloë Ashworth""",
  quote={"frm": "garden", "to": ["ashworth@p"], "date": "2026-03-17 12:30", "subj": "Fruit trees in the south bed",
         "body": "Hi Chloë,\n\nWe have been offered six heritage apple and pear trees. Could we plant them along the south bed at Holt Lane?\n\nMaria and Jonno\nHolt Lane Community Garden"})

S("cnl_p22", frm="chauhan", to=["cctv"], subj="Skatepark camera 4",
  date="2026-03-23 09:58", fmt="outlook", sig="chauhan", disc=True, rules=[CNL],
  note="Instructs the CCTV contractor to switch off and remove a camera",
  body="""Hello,

Please switch off camera 4 at the skatepark with immediate effect and remove it on your next maintenance visit. It overlooks the rear gardens on Kiln Close.

Regards,
Dev Chauhan""")

S("cnl_p23", frm="fitzpatrick", to=["cricket"], subj="Notice of entry - cricket pavilion",
  date="2026-03-24 15:00", fmt="outlook", sig="fitzpatrick", disc=True, rules=[CNL],
  note="Formal notice of entry under the lease, in a councillor's name",
  body="""Dear Secretary,

Notice is hereby given under clause 7.2 of the club's lease that the council, as landlord, will enter the cricket pavilion on Thursday 2 April 2026 at 10am to inspect the electrical installation. Please make sure the plant room is unlocked.

Barry Fitzpatrick""")

S("cnl_p24", frm="ogunleye", to=["bank"], subj="Account ending 4471",
  date="2026-03-26 10:21", fmt="outlook", sig="ogunleye", rules=[CNL],
  note="Instructs the bank to close an account and move the balance",
  body="""Dear Relationship Team,

Please close Stowbridge Town Council's deposit account ending 4471 and transfer the balance to our current account ending 2208. I'd be grateful for confirmation once done.

Yours faithfully,
Rosalind Ogunleye""")

S("cnl_p25", frm="loxley", to=["festival"], subj="Riverside Festival 12 July",
  date="2026-04-01 11:11", fmt="outlook", sig="loxley", disc=True, rules=[CNL],
  note="Confirms a booking and commits the council to provide barriers and power",
  body="""Hi Priya,

Your booking of the Market Square for the Riverside Festival on Sunday 12 July is confirmed, and the council will provide the crowd barriers and the 32A power supply from the Town Hall as you asked.

Hannah""")

S("cnl_p26", frm="crabtree", to=["skips"], subj="Skip outside the Town Hall",
  date="2026-04-07 08:05", fmt="iphone", sig="crabtree", rules=[CNL],
  note="Tells the supplier to remove a skip today and refuses to pay for it",
  body="""Please remove the skip you left outside the Town Hall this morning, today. The council didn't order it and won't be paying for it.

M Crabtree""")

S("cnl_p27", frm="daviesrees", to=["agent"], cc=["clerk"], subj="Access across the verge at Kiln Close",
  date="2026-04-09 14:16", fmt="outlook", sig="daviesrees", disc=True, rules=[CNL],
  note="Grants a licence over council land on the council's behalf",
  body="""Dear Mr Rowe,

As landowner of the verge, the council will grant your client a licence for construction access across it for the duration of the works, on condition that it is reinstated to grass by the end of September.

Yours sincerely,

Ffion Davies-Rees""")

S("cnl_p28", frm="kettlewell", to=["foodbank"], subj="Grant 2026/27",
  date="2026-04-14 16:40", fmt="outlook", sig="kettlewell", disc=True, rules=[CNL],
  note="Tells a charity it has been awarded a grant and when it will be paid",
  body="""Dear Rachel,

I'm delighted to tell you that the council has awarded the Foodbank a grant of £1,500 for 2026/27. The money will be paid into your account in the last week of April.

Best wishes,
Jo Kettlewell""")

S("cnl_p29", frm="marwood", to=["lights"], subj="Christmas lights 2026",
  date="2026-04-20 10:33", fmt="outlook", sig="marwood", disc=True, rules=[CNL],
  note="Appoints the contractor ('consider yourselves appointed') for the council",
  body="""Dear Mr Farrant,

Thank you for your presentation last week. Consider yourselves appointed to supply and install this year's Christmas lights on the basis of your option B. Please send your proposed installation dates.

Kind regards,

Elaine Marwood""")

S("cnl_p30", frm="orourke", to=["caravan"], subj="Caravan on the Chapel Row verge",
  date="2026-04-22 12:50", fmt="plain", sig="orourke", rules=[CNL],
  note="Gives formal notice to remove a caravan from council land ('treat this email as formal notice')",
  body="""Mr Doyle,

The caravan parked on the council's verge at Chapel Row must be moved within 14 days of today. Please treat this email as formal notice.

Seamus O'Rourke""")

S("cnl_p31", frm="ashworth", to=["litterpick"], subj="Kit for the Great Stowbridge Spring Clean",
  date="2026-04-24 17:17", fmt="outlook", sig="ashworth", rules=[CNL],
  note="Grants a group permission to use council equipment",
  body="""Hi Sam,

You may use the council's litter pickers, hoops and hi-vis from the depot for the spring clean on 9 May. Kev will leave them in the store by the gate - please bring them back the same afternoon.

Chloë""")

S("cnl_p32", frm="chauhan@p", to=["garage"], subj="Garage 7 rent",
  date="2026-04-27 22:03", fmt="gmail", rules=[CNL],
  note="Freezes a tenant's rent on the council's behalf",
  body="""Hi Tom,

Thanks for being so patient about the roof. Your rent for garage 7 is frozen at £45 a month for the whole of 2026/27.

Dev
--
Dev Chauhan
Vice-Chair, Stowbridge Town Council""")

S("cnl_p33", frm="fitzpatrick@p", to=["grounds"], subj="Cricket square",
  date="2026-04-29 06:55", fmt="iphone", rules=[CNL],
  note="Instruction to the grounds contractor phrased as a question",
  body="""Dave can you make sure the cricket square is rolled before Saturday and the boundary rope is out? First home game. Ta

Barry (Cllr Fitzpatrick)""")

S("cnl_p34", frm="ogunleye", to=["payroll"], subj="Pay date",
  date="2026-01-29 09:07", fmt="outlook", sig="ogunleye", rules=[CNL],
  note="'I need you to' change the council's pay date: instruction to a supplier",
  body="""Dear Ms Tallis,

I need you to change the council's monthly pay date from the last working day to the 25th, starting with the February run. Our staff have been told.

Regards,
Rosalind Ogunleye""")

S("cnl_p35", frm="loxley@p", to=["solar"], subj="Quote Q-2291 - depot roof",
  date="2026-05-05 13:38", fmt="gmail", rules=[CNL],
  note="Accepts a quotation for the council and asks for installation to be booked",
  body="""Dear Brightfield,

We accept your quotation ref Q-2291 for 24 panels and the battery on the depot roof. Please book in the installation and send the deposit invoice to Stowbridge Town Council.

Hannah Loxley
Cllr, Stowbridge Town Council""")

S("cnl_p36", frm="crabtree", to=["hirer"], subj="Town Hall booking 14 February",
  date="2026-01-22 15:42", fmt="outlook", sig="crabtree", disc=True, rules=[CNL],
  note="Refuses a booking and withholds the deposit (formal refusal plus financial decision)",
  body="""Mr Grant,

I'm afraid the council can't let the Town Hall to you for the party on 14 February. After the damage to the main hall floor in December your booking is refused, and your £200 deposit from that event will be kept towards the repair.

Martin Crabtree""")

S("cnl_p37", frm="daviesrees", to=["roofing"], cc=["deputy"], subj="RE: Bus shelter roof, Market Place",
  date="2026-05-07 10:26", fmt="outlook", sig="daviesrees", rules=[CNL],
  note="Above a quoted officer email the contractor was on: the councillor adds a start instruction and agrees an extra cost",
  body="""Hi Lee,

Further to Sunita's email below, please start on the bus shelter roof on Monday. The council will pay the extra £280 for the lead flashing.

Ffion""",
  quote={"frm": "deputy", "to": ["roofing"], "cc": ["daviesrees"], "date": "2026-04-28 16:02", "subj": "Bus shelter roof, Market Place",
         "body": "Dear Lee,\n\nThank you for the revised quote. The Planning & Environment committee will look at it on 5 May. I will be in touch.\n\nKind regards\nSunita"})

S("cnl_p38", frm="kettlewell", to=["youthclub"], subj="Youth club 2026",
  date="2026-05-11 19:12", fmt="outlook", sig="kettlewell", disc=True, rules=[CNL],
  note="The council 'will underwrite' the youth club's losses: financial commitment",
  body="""Dear Neil,

So the club can keep Friday nights going, the council will underwrite the youth club's operating losses for 2026 up to £5,000. Please send quarterly figures to the Town Hall.

Best,
Jo""")

S("cnl_p39", frm="marwood@p", to=["bloom"], subj="Hanging baskets - August watering",
  date="2026-05-13 08:44", fmt="gmail", rules=[CNL],
  note="Chair confirms the council will take on the August watering (commits the council to act)",
  body="""Dear Pam,

Please take this as confirmation that the council will water all 48 hanging baskets throughout August while your volunteers are away, using our bowser.

Elaine
--
Elaine Marwood
Chair, Stowbridge Town Council""")

S("cnl_p40", frm="orourke_gmail", to=["res_walsh"], subj="Re: Memorial bench for my husband",
  date="2026-05-15 20:05", fmt="gmail", rules=[CNL],
  note="Grants permission for a memorial bench and commits the council to maintain it; quoted history is the resident's own",
  body="""Dear Bernadette,

Yes - you can install the memorial bench by the pond in Victoria Park, and the council will maintain it after that. I'm so sorry for your loss.

Seamus
Cllr Seamus O'Rourke""",
  quote={"frm": "res_walsh", "to": ["orourke_gmail"], "date": "2026-05-14 11:21", "subj": "Memorial bench for my husband",
         "body": "Dear Seamus,\n\nYou knew Tony from the bowls club. The family would like to put a bench by the pond in his memory. Is that allowed?\n\nBernadette"})

S("cnl_p41", frm="ashworth", to=["windows"], subj="Window cleaning contract",
  date="2026-03-20 12:00", fmt="outlook", sig="ashworth", disc=True, rules=[CNL],
  note="Terminates a contract and tells the supplier not to attend",
  body="""Hi Craig,

We're ending the window cleaning contract for the Town Hall and library at the end of this month - please don't attend after 27 March. Thank you for all your work over the years.

Chloë""")

S("cnl_p42", frm="chauhan", to=["football"], bcc=["chauhan@p"], subj="Small pitch 2026/27",
  date="2026-05-19 21:30", fmt="outlook", sig="chauhan", rules=[CNL],
  note="Grants free use of a pitch; the Bcc is only the sender's own personal address (no silent-bcc)",
  body="""Hi Carl,

Your club may use the small pitch at Holt Lane for Sunday junior matches for the whole 2026/27 season at no charge.

Dev""")

S("cnl_p43", frm="fitzpatrick", to=["paths"], bcc=["clerk"], subj="Victoria Park path resurfacing",
  date="2026-05-21 07:48", fmt="outlook", sig="fitzpatrick", rules=[CNL],
  note="Orders the contractor to stop work; the clerk is blind-copied (silent-bcc also fires)",
  body="""Mr Norton,

Stop work on the path resurfacing in Victoria Park until the council tells you otherwise. The edging is not what was specified.

Barry Fitzpatrick""")

S("cnl_p44", frm="ogunleye", to=["electrics"], subj="FW: Spark Bros - revised quote",
  date="2026-05-26 11:55", fmt="outlook", sig="ogunleye", rules=[CNL],
  note="Forwards an internal RFO email to a contractor with an instruction on top (forwarded-chain also fires)",
  body="""Hi Mark,

See below from our RFO. Please go ahead with the rewire of the Jubilee Room at your revised price and invoice the council in the usual way.

Rosalind""",
  quote={"kind": "forward", "frm": "rfo", "to": ["ogunleye"], "cc": ["clerk"], "date": "2026-05-22 14:40", "subj": "Spark Bros - revised quote",
         "body": "Rosalind,\n\nSpark Bros have come back at £6,240 for the Jubilee Room rewire, which is within the budget line (4410). No problem from my side.\n\nGareth"})

S("cnl_p45", frm="crabtree", to=["scaffold"], subj="Scaffold at 3 High Street",
  date="2026-06-02 09:14", fmt="outlook", sig="crabtree", disc=True, rules=[CNL],
  note="Instructs the firm to strike a scaffold on council property and refuses an extension",
  body="""Dear Sirs,

The scaffold at 3 High Street, which the council owns, is to be taken down by Friday 5 June. The council will not extend your licence beyond that date.

Yours faithfully,

Martin Crabtree""")

# =====================================================================
# HARD NEGATIVES
# =====================================================================

S("cnl_n01", frm="marwood", to=["res_patel"], subj="Streetlight on Kiln Close",
  date="2026-01-12 18:20", fmt="outlook", sig="marwood", disc=True,
  note="Casework: the councillor has raised it with the clerk; no commitment given",
  body="""Dear Mr Patel,

Thank you for letting me know the streetlight outside number 12 is out again. I've raised it with the clerk this afternoon and he will get back to you once he knows whether it is ours or Eastmere's.

Best wishes,
Elaine Marwood""")

S("cnl_n02", frm="chauhan@p", to=["res_okafor"], subj="Allotment waiting list",
  date="2026-01-15 20:41", fmt="gmail",
  note="'I'll ask the clerk to write to you': no obligation in the councillor's own name",
  body="""Hi Grace,

Lovely to meet you at the surgery on Saturday. I'll ask the clerk to write to you about where you are on the allotment waiting list and how the half-plot scheme works.

Dev""")

S("cnl_n03", frm="fitzpatrick", to=["reporter"], subj="Skatepark opening hours",
  date="2026-01-19 12:34", fmt="outlook", sig="fitzpatrick",
  note="Personal view to the press, stated as such",
  body="""Hi Tessa,

Speaking personally and not for the council, I think the skatepark should stay open until 9pm in the summer. Young people have nowhere else to go. I'll be making that case at committee.

Barry""")

S("cnl_n04", frm="loxley", to=["mp"], subj="Rural bus services",
  date="2026-01-21 10:10", fmt="outlook", sig="loxley",
  note="Representation to the MP urging action; commits the council to nothing",
  body="""Dear Ms Whitlock,

Stowbridge Town Council has asked me to write to you about the withdrawal of the 46 bus. I urge you to press the Department for Transport to restore funding for rural routes; three villages now have no service at all.

Yours sincerely,

Hannah Loxley""")

S("cnl_n05", frm="crabtree", to=["paths"], subj="Possible work in April",
  date="2026-01-23 09:30", fmt="outlook", sig="crabtree", disc=True,
  note="Conditional: if the council approves the budget it would hope to ask for a start; nothing committed",
  body="""Dear Mr Norton,

Thank you for the estimate. If the council approves the budget at its meeting on 10 March, we would hope to ask you to start on the Victoria Park paths in April, but nothing is agreed yet and I can't give you a date.

Martin Crabtree""")

S("cnl_n06", frm="daviesrees", to=["nw_planning"], subj="26/0142/FUL - Land east of Kiln Close",
  date="2026-01-26 16:45", fmt="outlook", sig="daviesrees",
  note="Firm consultation response to the district planning authority, a partner",
  body="""Dear Planning Team,

Stowbridge Town Council objects to application 26/0142/FUL and asks that it be refused. Please ensure the council's objection on flood risk and access is reported in full to your committee.

Ffion Davies-Rees""")

S("cnl_n07", frm="kettlewell", to=["res_brown"], subj="Gate at the churchyard",
  date="2026-01-28 13:13", fmt="outlook", sig="kettlewell", disc=True,
  note="Reported speech: the facilities manager told the councillor he would look at it",
  body="""Dear Mrs Brown,

I spoke to Kev Barnes, the council's facilities manager, about the churchyard gate. He told me he would look at the hinge next week when he is next up that end of town.

Kind regards,
Jo Kettlewell""")

S("cnl_n08", frm="ashworth", to=["res_hughes"], subj="Bench on the towpath",
  date="2026-01-30 18:48", fmt="outlook", sig="ashworth",
  note="Hedged: 'I can't promise... I will recommend'; no commitment",
  body="""Dear Mr Hughes,

I can't promise anything, but I will recommend to the Amenities committee in March that the council replaces the broken bench on the towpath. I'll let you know how it goes.

Chloë Ashworth""")

S("cnl_n09", frm="orourke", to=["res_cole"], subj="Pothole on Mill Lane",
  date="2026-02-02 11:58", fmt="iphone", sig="orourke",
  note="Casework: reported the pothole to the county and will chase",
  body="""Dear Mr Cole,

I've reported the pothole on Mill Lane to Eastmere Highways (ref EH/441902) and asked them to treat it as urgent. I'll chase them if nothing has happened by the end of next week.

Seamus O'Rourke""")

S("cnl_n10", frm="clerk", to=["roofing"], subj="Bus shelter roof - quote accepted",
  date="2026-02-04 10:14", fmt="outlook", sig="clerk", disc=True,
  note="Officer-signed acceptance; the chair is mentioned in the text but the letter is in the clerk's name",
  jc="Body says the Chair asked the clerk to write; sign-off and sender are the clerk, so negative",
  body="""Dear Lee,

The Chair, Cllr Marwood, has asked me to confirm that the council accepts your quotation of £1,960 for re-roofing the Market Place bus shelter. Please contact Kev Barnes to agree dates.

Yours sincerely,""")

S("cnl_n11", frm="deputy", to=["hirer"], subj="Jubilee Room hire - conditions",
  date="2026-02-06 14:27", fmt="outlook", disc=True,
  note="Deputy clerk sends an instruction 'for and on behalf of the Chair'; in an officer's name",
  jc="Sign-off invokes 'the Chair' but names no councillor; letter is the deputy clerk's",
  body="""Dear Mr Grant,

Following the incident on 31 January, any future hire of the Jubilee Room must be booked with a responsible adult present throughout and music must end by 11pm.

Yours sincerely,

Sunita Rao
Deputy Town Clerk
for and on behalf of the Chair of Stowbridge Town Council""")

S("cnl_n12", frm="marwood", to=["nw_envcrime"], subj="Abandoned car, Station Road",
  date="2026-02-11 08:58", fmt="outlook", sig="marwood",
  note="Instruction to the district council, a partner, not an external party",
  body="""Good morning,

Please remove the abandoned silver Astra (no plates) from the Station Road lay-by. It has been there for five weeks and children are climbing on it.

Elaine Marwood""")

S("cnl_n13", frm="chauhan", to=["solicitor"], subj="Pavilion Café lease renewal",
  date="2026-02-13 15:36", fmt="outlook", sig="chauhan", disc=True,
  note="Firm instruction to the council's solicitors, a listed partner",
  body="""Dear Tobias,

Please proceed with the Pavilion Café lease renewal on the heads of terms the committee agreed on 9 February and send us your invoice on completion.

Dev Chauhan""")

S("cnl_n14", frm="fitzpatrick", to=["grounds"], cc=["clerk"], subj="RE: Pitch marking - spring season",
  date="2026-02-17 19:02", fmt="outlook",
  note="Only the quoted clerk's email (to which the contractor was party) holds the instruction; new text is thanks",
  body="""Thanks Dave, noted. See you at the AGM.

Barry""",
  quote={"frm": "clerk", "to": ["grounds"], "cc": ["fitzpatrick"], "date": "2026-02-17 09:15", "subj": "Pitch marking - spring season",
         "body": "Dear Dave,\n\nPlease mark out pitches 1 and 2 at Holt Lane for the spring season by 7 March and invoice the council at the contract rate.\n\nAndrew Pemberton\nTown Clerk"})

S("cnl_n15", frm="loxley@p", to=["ra"], subj="Planters on Northgate",
  date="2026-02-19 21:17", fmt="gmail",
  note="A question to a residents' group; nothing committed",
  body="""Hi Jan,

Quick one - would the residents' association be willing to take on watering the Northgate planters this summer if the council could find the compost? I'm trying to work out whether it's worth proposing.

Hannah""")

S("cnl_n16", frm="crabtree", to=["clerk"], subj="Skip outside the Town Hall",
  date="2026-02-20 08:12", fmt="outlook", sig="crabtree",
  note="Internal: councillor asks the clerk to deal with a contractor; no external recipient",
  body="""Andrew,

There's a skip outside the Town Hall that I don't think we ordered. Can you get on to Quickskip and have it taken away?

Martin""")

S("cnl_n17", frm="daviesrees", to=["press"], subj="Car park charges",
  date="2026-02-24 12:02", fmt="outlook", sig="daviesrees",
  note="Personal view to the press, stated as the councillor's own",
  body="""Dear Newsdesk,

For your piece on Thursday: my own view, as a ward councillor, is that introducing charges at Mill Lane car park would be a mistake that hurts the market traders. I'll be voting against the proposal on 10 March.

Ffion Davies-Rees""")

S("cnl_n18", frm="marwood", to=["minister"], subj="Devolution and town councils",
  date="2026-02-26 10:00", fmt="outlook", sig="marwood",
  note="Chair's representation to a minister; commits the council to nothing",
  body="""Dear Minister,

I write as Chair of Stowbridge Town Council to ask the Government to guarantee that town and parish councils will be consulted on the new unitary arrangements for Eastmere. Local voices must not be lost in a larger authority.

Yours faithfully,

Elaine Marwood""")

S("cnl_n19", frm="kettlewell", to=["res_nowak"], subj="Library opening hours",
  date="2026-03-03 17:30", fmt="outlook", sig="kettlewell", disc=True,
  note="Says the council has not decided; invites the resident to speak",
  body="""Dear Kasia,

The council hasn't decided yet whether to extend the community library's Saturday hours. It's on the agenda for 17 March and you'd be welcome to speak in the public participation session at the start.

Jo""")

S("cnl_n20", frm="ashworth", to=["wi"], subj="Thank you!",
  date="2026-03-06 09:41", fmt="outlook", sig="ashworth",
  note="Thank-you note",
  body="""Dear Ladies,

Thank you so much for the wonderful afternoon tea at the Jubilee Room on Saturday - the lemon drizzle was a triumph. It was lovely to hear about your centenary plans.

Chloë""")

S("cnl_n21", frm="orourke_gmail", to=["neighbour"], subj="Our fence",
  date="2026-03-08 10:52", fmt="gmail",
  note="A councillor's private arrangement with his neighbour; nothing on the council's behalf",
  jc="Sender is a councillor (unlisted address) and commits to pay, but personally, not for the council",
  body="""Frank,

Sorry about the panel that came down in the wind - it was our side. I'll pay half for the replacement, just let me know what your lad charges.

Seamus""")

S("cnl_n22", frm="chauhan@p", to=["volunteers"], subj="Leaflets this weekend",
  date="2026-03-10 20:10", fmt="gmail",
  note="Party-political instructions to volunteers; not on the council's behalf",
  body="""Hi all,

Please get the Ward 3 leaflets delivered by Saturday lunchtime - rounds are on the sheet. Tea at mine afterwards.

Dev""")

S("cnl_n23", frm="fitzpatrick", to=["paths"], subj="RE: Extra edging",
  date="2026-03-12 14:05", fmt="outlook", sig="fitzpatrick",
  note="Negated: councillor says he cannot authorise and refers to the officer",
  body="""Mr Norton,

To be clear, I'm not in a position to authorise the extra edging - the council hasn't agreed any additional work. Please speak to Kev Barnes, who manages the contract.

Barry Fitzpatrick""",
  quote={"frm": "paths", "to": ["fitzpatrick"], "date": "2026-03-12 08:31", "subj": "Extra edging",
         "body": "Cllr Fitzpatrick,\n\nWe met on site yesterday. Can you confirm the council will pay for steel edging on the north path as well? We need to order today.\n\nRob Norton"})

S("cnl_n24", frm="loxley", to=["res_moss"], subj="Overhanging tree, Northgate",
  date="2026-03-13 11:19", fmt="outlook", sig="loxley",
  note="Passes the matter to the clerk, who will write formally",
  body="""Dear Mrs Moss,

I've passed your email to Andrew Pemberton, our Town Clerk, who will write to you formally about the overhanging sycamore once the tree survey is back.

Best wishes,
Hannah Loxley""")

S("cnl_n25", frm="crabtree", to=["res_fisher"], subj="RE: Noise from the skatepark",
  date="2026-03-17 18:25", fmt="outlook", sig="crabtree",
  note="Sympathy and casework; the demands are in the resident's quoted email",
  body="""Dear Mr Fisher,

Thank you for your email. I understand your frustration. I'm meeting the clerk on Thursday and will raise the late-night noise with him.

Martin Crabtree""",
  quote={"frm": "res_fisher", "to": ["crabtree"], "date": "2026-03-16 23:40", "subj": "Noise from the skatepark",
         "body": "The council must close the skatepark at 8pm and you must put a gate on it. I expect a reply within 7 days.\n\nIan Fisher"})

S("cnl_n26", frm="daviesrees", to=["agent"], subj="Kiln Close application",
  date="2026-03-20 16:16", fmt="outlook", sig="daviesrees",
  note="Planning committee chair declines to comment and explains procedure",
  body="""Dear Mr Rowe,

As I chair the Planning & Environment committee I can't discuss the merits of your client's scheme before the meeting. You can submit written comments to the clerk by 2 April and they will go to members.

Ffion Davies-Rees""")

S("cnl_n27", frm="kettlewell", to=["res_taylor"], subj="Play area reseeding",
  date="2026-03-25 12:44", fmt="outlook", sig="kettlewell",
  note="Reported speech from the minutes about a contractor's intention",
  body="""Hi Gemma,

The minutes of the last Recreation committee record that the contractor said they would come back in April to reseed the bare patches round the swings. I'll keep an eye on it.

Jo""")

S("cnl_n28", frm="marwood", to=["bowls"], cc=["rfo"], subj="RE: Grant payment",
  date="2026-03-27 09:09", fmt="outlook", sig="marwood",
  note="The payment commitment is only in the RFO's quoted email, which the club received; new text is pleasantries",
  body="""Dear Mr Ashby,

Glad this is sorted - enjoy the opening day!

Elaine""",
  quote={"frm": "rfo", "to": ["bowls"], "cc": ["marwood"], "date": "2026-03-26 15:50", "subj": "Grant payment",
         "body": "Dear Mr Ashby,\n\nThe council will pay the club's grant of £750 by BACS on 1 April.\n\nRegards\nGareth Lloyd\nRFO"})

S("cnl_n29", frm="ogunleye", to=["ecc_events"], subj="Carnival road closure",
  date="2026-03-30 10:27", fmt="outlook", sig="ogunleye",
  note="Request to the county council (partner domain)",
  body="""Dear Road Closures team,

Please arrange the temporary closure of the High Street and Market Place for the carnival on Saturday 20 June, 12:00-17:00, as set out on your form which the clerk submitted last week.

Rosalind Ogunleye""")

S("cnl_n30", frm="ashworth", to=["auditor"], subj="Internal audit timetable",
  date="2026-04-02 14:50", fmt="outlook", sig="ashworth",
  note="Instruction to the internal auditor, a listed partner",
  body="""Dear Lesley,

Please send your final internal audit report by 30 June so it can go to the July council meeting with the AGAR.

Chloë Ashworth""")

S("cnl_n31", frm="orourke", to=["res_jamal"], subj="Mosque car park resurfacing",
  date="2026-04-06 19:36", fmt="plain", sig="orourke",
  note="Hedged: hopes the council can help but the decision is the committee's",
  body="""Dear Yusuf,

I would hope the council can help with the cost of resurfacing, but that is for the Finance committee to decide, not me. I'll make sure the request is on their agenda in May.

Seamus""")

S("cnl_n32", frm="chauhan", to=["radio"], subj="Quote for your bulletin",
  date="2026-04-08 07:30", fmt="outlook", sig="chauhan",
  note="Personal comment to the press",
  body="""Hi,

Here's a quote for this morning's bulletin: "I'm personally delighted that the new play area at Holt Lane is finally open. The children of Fen Road have waited a long time." - Cllr Dev Chauhan, Vice-Chair.

Dev""")

S("cnl_n33", frm="fitzpatrick", to=["plumber2"], subj="Pavilion boiler",
  date="2026-04-10 12:22", fmt="outlook", sig="fitzpatrick",
  note="Asks about availability to meet; no instruction or commitment",
  jc="Arranging a site meeting with a contractor treated as not an instruction",
  body="""Hello,

Are you free to meet Kev Barnes and me at the cricket pavilion on Tuesday at 2pm to look at the boiler? We want to understand the options before the committee meets.

Barry Fitzpatrick""")

S("cnl_n34", frm="loxley", to=["garden"], subj="Possible grant",
  date="2026-04-13 16:05", fmt="outlook", sig="loxley", disc=True,
  note="Subject to committee approval; expressly not to be relied on",
  body="""Hi Maria,

Subject to the Amenities committee's approval on 3 May, the council may be able to offer a small grant towards the polytunnel. Please don't rely on it until you hear from the clerk.

Hannah""")

S("cnl_n35", frm="crabtree", to=["res_singh"], subj="Fly-tipping on the Drove",
  date="2026-04-15 10:49", fmt="gmail", sig="crabtree",
  note="Casework: reported to the district",
  body="""Dear Mr Singh,

I've reported the fly-tipping on the Drove to Northwold's environmental crime team - their reference is NW-55812. They usually clear within five working days.

Martin Crabtree""")

S("cnl_n36", frm="daviesrees@p", to=["res_evans"], subj="Planning committee",
  date="2026-04-16 21:01", fmt="plain",
  note="An invitation to attend a meeting",
  body="""Hi Rhiannon,

You'd be very welcome to come along to the Planning & Environment committee on 9 April at 7pm in the Town Hall. The agenda is on the website.

Ffion""")

S("cnl_n37", frm="kettlewell", to=["bookings"], subj="WI booking",
  date="2026-04-17 09:33", fmt="outlook", sig="kettlewell",
  note="Internal: councillor writes to the bookings mailbox; no external recipient",
  body="""Hi Mia,

The WI have asked me whether the Jubilee Room is free on 14 October for their centenary lunch. Could you check and get back to them directly?

Thanks, Jo""")

S("cnl_n38", frm="marwood", to=["mp"], subj="Invitation - opening of Holt Lane play area",
  date="2026-04-21 11:40", fmt="outlook", sig="marwood",
  note="Chair invites the MP to an opening; no obligation created",
  body="""Dear Ms Whitlock,

It would give me great pleasure if you could join us to open the new play area at Holt Lane on Saturday 16 May at 11am. Children from St Botolph's school will cut the ribbon with you.

Yours sincerely,

Elaine Marwood""")

S("cnl_n39", frm="clerk", to=["electrics"], cc=["fitzpatrick"], subj="Pavilion electrical inspection",
  date="2026-04-23 15:15", fmt="outlook", disc=True,
  jc="A councillor is named in a 'cc Cllr' line after the clerk's signature; the letter is the clerk's",
  note="Officer instructs the contractor; the 'cc Cllr' line under the clerk's signature does not make it a councillor's letter",
  body="""Dear Mark,

Please carry out the five-yearly electrical inspection of the cricket pavilion on 2 April and send the EICR to me.

Andrew Pemberton
Town Clerk

cc Cllr Barry Fitzpatrick, Chair of Recreation Grounds Committee""")

S("cnl_n40", frm="ogunleye", to=["res_reid"], subj="Food van on the Rec",
  date="2026-04-28 18:18", fmt="outlook", sig="ogunleye",
  note="Negated: the councillor cannot give permission herself; will put it on the agenda",
  body="""Dear Callum,

I'm sorry, I can't give you permission myself - only the council can do that. I will make sure your request to run the food van at junior football is on the next Recreation committee agenda.

Rosalind Ogunleye""")

S("cnl_n41", frm="chauhan", to=["res_hughes"], subj="Houses in multiple occupation",
  date="2026-05-01 13:03", fmt="outlook", sig="chauhan",
  note="Advice to a resident; decision lies with the district",
  body="""Dear Mr Hughes,

I've looked into this and the licensing of HMOs sits with Northwold District Council, not the town council. I'd suggest writing to their private sector housing team; I'm happy to support you if you copy me in.

Dev Chauhan""")

S("cnl_n42", frm="crabtree_farm", to=["topsoil"], subj="Topsoil delivery",
  date="2026-05-04 06:40", fmt="outlook",
  note="A councillor ordering for his own farm business from an unlisted address; not on the council's behalf",
  jc="Sign-off names a councillor and gives an order, but for his farm, not the council",
  body="""Morning,

Please deliver 20 tonnes of screened topsoil to Crabtree Farm, Drove Road, on Thursday and invoice me at the farm as usual.

Martin Crabtree
Crabtree Farm""")

S("cnl_n43", frm="daviesrees", to=["res_patel"], subj="Dropped kerb request",
  date="2026-05-06 17:27", fmt="outlook", sig="daviesrees",
  note="Advocacy: the councillor has written to the county in support",
  body="""Dear Mr Patel,

I've written to Eastmere Highways supporting your request for a dropped kerb outside number 3, and explained your mother's mobility needs. I'll forward their reply when it comes.

Ffion""")

S("cnl_n44", frm="loxley", to=["reporter"], subj="Green group motion",
  date="2026-05-08 12:30", fmt="outlook", sig="loxley",
  note="Group's political position stated to the press; commits the council to nothing",
  body="""Hi Tessa,

The Green group will be proposing at Full Council on 18 May that the town declares a nature emergency. We'd like the council to commit to 30% of its land for nature by 2030 - that's our aim, and we hope the other groups will back it.

Hannah""")

S("cnl_n45", frm="ashworth", to=["festival"], subj="Barriers for the festival?",
  date="2026-05-12 10:10", fmt="outlook", sig="ashworth",
  note="Asks the organiser what they need and will put it to committee; no commitment",
  body="""Hi Priya,

Could you let us know what you'd need from the council in the way of barriers and power for the festival? We'll then put it to the Events committee on 26 May.

Chloë""")
