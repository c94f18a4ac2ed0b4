# councillor-name-letter: 40 positives (cnl-pos) and 40 hard negatives (cnl-neg), each written by hand.
SPECS = []


def S(id, kind, frm, to, subj, date, body, why, **kw):
    d = dict(id=id, kind=kind, frm=frm, to=to, subj=subj, date=date, body=body, why=why)
    d.update(kw)
    if kind == "cnl-pos":
        d["cnl"] = True
    SPECS.append(d)


P, N = "cnl-pos", "cnl-neg"

# ======================= POSITIVES =======================

S("p01", P, "aldous", ["hollins"], "Plot 7, Mill Lane Allotments - notice of termination", "2026-02-09 10:12", """
Dear Mr Hollins,

I am writing to you in my capacity as Chairman of the Parish Council concerning Plot 7 at the Mill Lane allotments.

As you will know from the Clerk's letters of October and December, the plot has remained uncultivated for the whole of the last growing season and the rent for 2025/26 is still outstanding.

I must therefore give you formal notice that your tenancy of Plot 7 will be terminated on 30 September 2026. Please remove your shed and any personal belongings from the plot by that date.

I am sorry that it has come to this; you were a very fine grower for many years.

Yours sincerely,

Rosemary Aldous
Chairman, Saxby Wendle Parish Council
""", "Chair gives an allotment tenant formal notice of termination and instructs removal of shed", fmt="outlook", footer="pc+disc")

S("p02", P, "pennock", ["rudd"], "playing field", "2026-05-11 06:41", """
Tom

Cut the playing field Thursday, not Friday - fete marquee goes up Friday morning. Leave the wildflower strip along the brook alone.

Parish will pay for the extra visit, put it on the May invoice.

Geoff
""", "Vice-chair (farm address) instructs grass contractor and commits the parish to pay for an extra cut")

S("p03", P, "stanbridge", ["pilates"], "Use of the Village Hall on Tuesday mornings", "2026-01-14 15:03", """
Dear Ms Fenn,

Thank you for your letter of 6 January. I write as chair of the Parish Council's Village Hall & Amenities Committee.

I am pleased to confirm that you have the Council's consent to use the main hall on Tuesday mornings from 9.30 am to 11.30 am, commencing 3 February 2026, at the community rate of £14 per hour. The mats must be stored in the side cupboard and not left in the main hall, which is used by the toddler group at noon.

Yours sincerely,

Hilary Stanbridge
Councillor, Saxby Wendle Parish Council
""", "Committee chair grants a hirer the council's consent to use the hall at a set rate, with a condition", fmt="iphone", no_sent_from=True)

S("p04", P, "mabey", ["scouts"], "Re: campfire on the rec?", "2026-06-02 21:17", """
hey Ian

yeah you're good to go with the campfire on the playing field on the 14th, just keep it on the gravel bit by the pavilion and not on the grass. and make sure it's properly out before you all head off pls!

Jordan
(Cllr, SWPC)
""", "Informal councillor grants Scouts permission to use the playing field for a campfire, with instructions",
  fmt="gmail", quote=dict(style="gmail_reply", frm="scouts", date="2026-06-02 18:40", subj="campfire on the rec?",
                          body="Hi Jordan,\n\nThe Cubs would love to do a campfire evening on the playing field on Sunday 14 June. Is that something the parish would allow?\n\nIan Ashdown\nGSL, 1st Saxby Wendle"))

S("p05", P, "kowalczyk", ["signs"], "Order - dog fouling signs", "2026-03-03 11:26", """
Hello,

Please make for us 6 signs "Please clean up after your dog - Fixed penalty £100" in the size A4 aluminium with the holes for posts, like your quote Q-2291. Green colour with white letters.

Please deliver to the Parish Office at the Village Hall, Church Lane, and send the invoice to Saxby Wendle Parish Council, attention of the Clerk.

Thank you and best regards,
Agnieszka Kowalczyk
Parish Councillor
""", "Councillor (non-native English) orders signs on the parish's account")

S("p06", P, "tuffin", ["fc"], "CONTAINER ON THE PLAYING FIELD", "2026-04-20 08:02", """
DAN

THE STORAGE CONTAINER YOUR CLUB HAS PUT BEHIND THE PAVILION HAS NOT BEEN AGREED BY THE PARISH COUNCIL AND PERMISSION IS REFUSED. IT IS TO BE REMOVED FROM THE PLAYING FIELD BY 31 MAY.

I HAVE HAD THREE RESIDENTS ON THE PHONE ABOUT IT ALREADY.

DENNIS TUFFIN
PARISH COUNCILLOR
""", "All-caps councillor refuses permission and instructs the football club to remove a container by a date")

S("p07", P, "pennock", ["sparks"], "Christmas tree lights", "2026-11-16 19:48", """
lee can you put the lights up on the christmas tree on the green sat 28th same as last year and take them down 6th jan parish will cover it same price as last time cheers geoff
""", "Dictated, unpunctuated: vice-chair instructs electrician and commits the parish to pay",
  fmt="iphone")

S("p08", P, "aldous2", ["wi"], "The Institute's centenary", "2026-03-24 16:55", """
Dear Pam,

How lovely it was to see so many of you at the Village Hall on Tuesday evening. I do not think I have heard the hall so full of laughter since the Jubilee, and your talk on the history of the Institute in Saxby Wendle brought back a great many memories for me. My mother joined in 1951, the year the new hall was opened, and I still have her Jerusalem song sheet somewhere in the bureau.

I was particularly struck by the photographs of the 1968 produce show. Do you know whether the Parish Magazine has ever printed them? Margaret Quennell might like them for the summer issue, and I am sure the older residents would enjoy seeing the old pump and the forge before it became the garage.

On the matter of the roof of the hall, I am afraid there is still no news from the insurers, and I shall not bore you with it. The Clerk has it in hand, and I am sure it will be dry for your centenary.

Which brings me to the reason for my letter. The Council considered your request at its meeting on 17 March, and I am very glad to tell you that the Council will give the Institute a grant of £250 towards the centenary tea, which the Clerk will pay into the Institute's account once you send her your bank details. We would only ask that the Parish Council's support is acknowledged in the programme.

Do give my very best wishes to Edna; I was so sorry to hear about her fall, and I do hope she will be well enough to come on the day. And if you need extra trestle tables, I believe the church has six that they lend out, though I would check the legs on the one with the blue tape.

With warmest regards,

Rosemary Aldous
Chairman
""", "Long rambling letter from the chair; paragraph 4 commits the council to a £250 grant and sets a condition")

S("p09", P, "stanbridge", ["pardew"], "Allotment rent - notice of increase", "2026-09-22 09:30", """
Dear Mrs Pardew,

Plot 14, Mill Lane Allotments

Under clause 3 of your tenancy agreement the Council is required to give not less than twelve months' notice of any change in rent.

Please treat this letter as formal notice that the annual rent for your plot will increase from £38.00 to £45.00 with effect from 1 October 2027. The water charge is unaffected.

Yours sincerely,

Hilary Stanbridge
Chair, Allotments Committee
Saxby Wendle Parish Council
""", "Retired-solicitor councillor gives a tenant formal notice of a rent increase", fmt="outlook")

S("p10", P, "mabey", ["hartley"], "war memorial clean + re-leading", "2026-08-19 13:10", """
Hi,

Thanks for coming out to look at the memorial on the green. We accept your quote of £1,840 for cleaning the stone and re-leading the names (your ref HM/0826). Please go ahead and book it in, but it needs to be finished before Remembrance Sunday, 8 November.

Cheers,
Jordan Mabey
Saxby Wendle Parish Council
""", "Councillor accepts a stonemason's quote and instructs the work with a deadline", fmt="gmail")

S("p11", P, "kowalczyk", ["bowls"], "Grant request for mower", "2026-04-08 18:22", """
Dear Mr Fenwick,

Thank you for the application for the grant for the new mower for the bowls green. I am sorry but the council will not give the grant for the mower this year, because the grants budget is already all given to the defibrillator and the hall roof.

You can apply again in the next year, the deadline is 31 January.

Kind regards,
Agnieszka Kowalczyk
Councillor
""", "Councillor tells the bowls club its grant is refused on the council's behalf")

S("p12", P, "aldous2", ["fete"], "Re: Fete 2026", "2026-02-26 20:05", """
Dear Sally,

Thank you for your email and for all the work the committee is already doing.

You have my blessing to go ahead with the fete on the playing field on Saturday 20 June, and the Parish Council will cover the public liability insurance for the day as it did last year.

With kind regards,

Rosemary
(Cllr Rosemary Aldous, Chairman)
""", "Chair gives 'my blessing to go ahead' for the fete on council land and commits council to pay insurance",
  fmt="iphone", no_sent_from=True,
  quote=dict(style="iphone_reply", frm="fete", date="2026-02-25 17:31", subj="Fete 2026",
             body="Dear Rosemary,\n\nThe fete committee would like to hold the summer fete on the playing field again on 20 June. Can we go ahead, and would the council cover the insurance like last year?\n\nBest wishes,\nSally"))

S("p13", P, "catchpole", ["treeco"], "Christmas tree for Saxby Wendle green", "2026-10-27 10:40", """
Good morning,

Further to our telephone conversation, I would like to order one 20ft Norway spruce for the village green at Saxby Wendle, delivered and erected in the existing ground socket on Saturday 28 November, at your quoted price of £525 plus VAT.

Please send the invoice to the Parish Clerk at clerk@saxbywendle-pc.org.uk.

Regards,

Cllr Brian Catchpole
Saxby Wendle Parish Council
""", "Unlisted councillor (sign-off names him as Cllr) orders the Christmas tree on the parish's account")

S("p14", P, "pennock", ["marsh"], "Plot 3", "2026-07-07 12:55", """
Kev,

Been up the allotments this morning. Bonfire still smouldering and there's a stack of tyres by your shed again. Both are against the rules.

Get the tyres off and the fire out within 14 days. If it's not sorted by the 21st the Parish Council will be serving you notice to quit.

Geoff Pennock
Vice-Chairman
""", "Vice-chair instructs allotment tenant to clear tyres within 14 days and threatens notice on the council's behalf")

S("p15", P, "tuffin", ["hedge"], "hedge footpath 6", "2026-06-15 17:22", """
dear mrs whitlock the hedge along your side of footpath 6 by the school is right across the path again people cant get past with buggies parish council requires you to cut it back to your boundary by the end of the month please thank you dennis tuffin parish councillor
""", "Dictated, no punctuation: councillor instructs a resident on the council's behalf to cut back a hedge by a date",
  fmt="iphone")

S("p16", P, "stanbridge", ["playsafe"], "Quarterly inspection - Saxby Wendle play area", "2026-03-30 10:05", """
Dear Sirs,

Please carry out the quarterly operational inspection of the Saxby Wendle play area (Church Lane playing field) during the week commencing 13 April, together with the annual inspection of the outdoor gym equipment which is now due.

Please send your report and invoice to the Parish Clerk. The Council will settle within 30 days as usual.

Yours faithfully,

Hilary Stanbridge
Saxby Wendle Parish Council
""", "Councillor instructs the play inspector and commits the council to pay", fmt="outlook")

S("p17", P, "mabey", ["editor"], "Big Lunch advert - June issue", "2026-04-22 22:31", """
Hi Margaret!!

Could you put the full page Big Lunch advert (attached) in the June issue of the News please? Parish will pay the usual £60 for a full page, just invoice Julia.

Thanks a million
Jordan x
""", "Informal councillor instructs the magazine editor to run an advert and commits the parish to pay £60",
  fmt="gmail", attach=["Big Lunch 2026 A5 advert.pdf"])

S("p18", P, "kowalczyk", ["oduya"], "Your booking 16 May - bouncy castle", "2026-05-05 14:48", """
Dear Mrs Oduya,

Thank you for booking the village hall for your son's birthday on 16 May.

I must tell you the bouncy castle inside the hall is not allowed, the ceiling lights are too low and the insurance does not cover it. You can put it outside on the grass by the hall if you want. Also the party must finish by 10 pm and the hall must be left clean.

Best regards,
Agnieszka Kowalczyk
Saxby Wendle Parish Council
""", "Councillor refuses a hirer permission and gives conditions of the hire")

S("p19", P, "aldous", ["gisby"], "Stile on Footpath 4", "2026-04-13 11:15", """
Dear Mr Gisby,

Thank you for your report on Footpath 4. I should be grateful if you would replace the broken stile at the Askew field boundary with one of the kissing gates the Council has in store at the pavilion, and the Council will reimburse the cost of the fixings and concrete up to £120 on production of receipts.

With many thanks for all you do as our footpath warden,

Rosemary Aldous
Chairman
""", "Chair asks the volunteer footpath warden to replace a stile and commits council to reimburse up to £120",
  fmt="outlook", footer="pc")

S("p20", P, "pennock", ["defib"], "Defib pads & battery", "2026-01-20 07:15", """
Morning,

Order for Saxby Wendle Parish Council:

2 x adult pad sets, HeartSine 350P
1 x battery/pad pak
1 x paediatric key

Deliver to the Parish Office, Village Hall, Church Lane, WS9 4LT. Invoice to the parish clerk.

Geoff Pennock
Vice-Chair, Saxby Wendle PC
""", "Vice-chair orders defibrillator consumables on the parish's account; Bcc to the Clerk (silent copy)",
  bcc=["clerk"])

S("p21", P, "tuffin", ["players"], "HALL KEY", "2026-10-05 09:12", """
TO THE WENDLE PLAYERS

THE HALL WAS LEFT UNLOCKED AGAIN AFTER YOUR REHEARSAL ON FRIDAY. THE KEY IS TO BE RETURNED TO THE CLERK BY THIS FRIDAY AND FROM NOW ON YOU WILL COLLECT IT FROM HER BEFORE EACH REHEARSAL AND RETURN IT THE SAME NIGHT.

NO MORE FINISHES AFTER 10.30 PM.

DENNIS TUFFIN
SAXBY WENDLE PARISH COUNCIL
""", "All-caps councillor instructs a hirer to return the key and sets new terms of use")

S("p22", P, "stanbridge", ["neighbour"], "Boundary fence - playing field, Church Lane", "2026-07-21 09:44", """
Dear Mr Lyle,

Encroachment onto the Parish Council's playing field

Following my site visit on 16 July, I am satisfied that the new close-boarded fence erected at the rear of 4 Church Close stands between 1.2 and 1.6 metres inside land registered to the Parish Council (title WS102233).

This letter constitutes formal notice that the Council requires the fence to be removed and re-erected on the true boundary within 28 days of the date of this letter. Should that not be done, the Council reserves its right to remove the fence and recover its costs from you.

Yours sincerely,

Hilary Stanbridge
Councillor, Saxby Wendle Parish Council
""", "Retired-solicitor councillor serves formal notice on a neighbour to remove an encroaching fence",
  fmt="outlook", attach=["Site plan - playing field boundary.pdf"])

S("p23", P, "mabey", ["foodtruck"], "Re: Pitch at Saxby Wendle fete?", "2026-05-28 19:03", """
hiya, yep you can pitch up on the rec for the fete on 20th, by the pavilion end. no pitch fee from us this year, just be set up by 11 :)

Jordan
""", "Councillor grants a food vendor a pitch on council land and waives the fee",
  fmt="gmail", quote=dict(style="gmail_reply", frm="foodtruck", date="2026-05-27 12:20", subj="Pitch at Saxby Wendle fete?",
                          body="Hi Jordan, a friend gave me your email. Would the parish let us trade from the rec at the fete? What's the pitch fee?\n\nCheers, Mo - Smokin' Wheels BBQ"))

S("p24", P, "kowalczyk", ["rudd"], "Churchyard extension verge - change", "2026-05-18 08:37", """
Good morning Mr Rudd,

Please stop cutting the verge by the churchyard extension. The council decided to leave it long this summer for the bees and wild flowers. Only cut a path 1 metre wide along the middle, every 2 weeks.

Thank you,
Agnieszka Kowalczyk
Parish Councillor
""", "Councillor instructs the grass contractor to change the cutting regime")

S("p25", P, "aldous", ["scouts"], "Grant towards the Scout hut roof", "2026-07-02 10:00", """
Dear Mr Ashdown,

I am delighted to tell you that Saxby Wendle Parish Council will give the 1st Saxby Wendle Scout Group £400 towards the replacement of the Scout hut roof. The Clerk will send the payment once the roofer's invoice is received.

Yours sincerely,

Rosemary Aldous
Chairman of the Council
""", "Chair commits the council to a £400 grant to the Scouts; the Bcc is to her own personal address",
  fmt="outlook", footer="pc+disc", bcc=["aldous2"])

S("p26", P, "stanbridge", ["waitlist"], "Allotment - Plot 9 offer", "2026-02-17 13:20", """
Dear Mr Haddad,

You have reached the top of the waiting list for the Mill Lane allotments and I am pleased to offer you Plot 9 (a half plot, approx. 125 sq m) from 1 March 2026.

Please sign the enclosed tenancy agreement and return it to the Clerk with the first year's rent of £32 by 27 February, after which the Clerk will let you have a key to the gate.

Yours sincerely,

Hilary Stanbridge
Allotments Committee Chair
""", "Councillor offers an allotment tenancy and instructs the applicant to sign and pay",
  fmt="outlook", attach=["Tenancy agreement - Plot 9.pdf"])

S("p27", P, "catchpole", ["rudd"], "No cut this week", "2026-06-16 07:05", """
Tom,

Don't cut the playing field this week - the marquee people are coming Wednesday. Skip it and do it the following Monday instead, and don't go near the roped-off area by the pavilion.

Thanks,
Brian Catchpole
Cllr, Saxby Wendle PC
""", "Unlisted councillor (sign-off 'Cllr') instructs the grass contractor to change the schedule", fmt="iphone")

S("p28", P, "pennock", ["hartley", "clerk"], "RE: Saxby Wendle war memorial - quotation", "2026-09-02 18:12", """
Fine by us at that price. Go ahead, and we'll pay on completion. Come and see me at the farm for the key to the churchyard gate.

Geoff
""", "Vice-chair's reply-all on top of the Clerk's quote request: accepts the quote and commits council to pay (mason was on the original)",
  fmt="outlook", quote=dict(style="outlook", frm="clerk", to=["hartley"], cc=["pennock"], date="2026-09-01 15:30",
                           subj="Saxby Wendle war memorial - quotation",
                           body="Dear Mr Hartley,\n\nThank you for your quotation of £460 for adding the name of Pte Arthur Prewett to the memorial. I will put it to the Vice-Chairman, who is dealing with this.\n\nKind regards,\nJulia Fairweather\nClerk & RFO, Saxby Wendle Parish Council"))

S("p29", P, "mabey", ["bulbs"], "Re: bulbs on the green", "2026-09-29 20:44", """
Hi Zoë,

Yes go for it! You have permission to plant the daffodil bulbs along the bank on the green, and the council will cover the cost of the bulbs up to £50 - keep the receipt and send it to the clerk.

Just keep them off the mown bit so Tom's mower doesn't shred them in spring.

Jordan
""", "Councillor grants a resident permission to plant on council land and commits up to £50",
  fmt="gmail", quote=dict(style="gmail_reply", frm="bulbs", date="2026-09-28 09:02", subj="bulbs on the green",
                          body="Hi Jordan, some of us on Green Lane want to plant daffs on the bank by the green. Would that be allowed?\n\nZoë"))

S("p30", P, "kowalczyk", ["cleaner"], "Cleaning days change", "2026-01-08 12:10", """
Hello Sue,

From next week please clean the hall on Monday and Thursday, not Wednesday, because the new Pilates class is on Tuesday morning. The council will pay the extra one hour each week at your normal rate.

Thank you very much,
Aga
(Cllr Agnieszka Kowalczyk)
""", "Councillor instructs the hall cleaner to change days and commits council to pay an extra hour")

S("p31", P, "tuffin", ["carboot"], "CAR BOOT SALE 3 MAY", "2026-04-28 16:30", """
MR NOAKES

PERMISSION IS REFUSED FOR YOUR CAR BOOT SALE ON THE PLAYING FIELD ON 3 MAY. THE GROUND IS FAR TOO WET AND THE FOOTBALL PITCH HAS ONLY JUST BEEN RESEEDED.

DO NOT ADVERTISE IT.

D TUFFIN
PARISH COUNCILLOR
""", "All-caps councillor refuses permission for a car boot sale and instructs the organiser not to advertise")

S("p32", P, "aldous", ["rudd"], "A note at the end of the season", "2026-10-12 15:20", """
Dear Tom,

Now that the last cut of the year is done, I wanted to write to you personally. The playing field has never looked better than it did for the fete, and several people remarked on how neat the churchyard extension was for the Harvest Festival. My late husband used to cut that field himself with a borrowed gang mower, so I know what a thankless job it can be in a wet summer.

You may have heard that the Council has been looking at its costs for next year. The precept is under a great deal of pressure, what with the hall roof and the new defibrillator cabinet, and I am afraid we have had to look hard at every contract, not only yours.

I was glad to see your son helping you in August; I hope he is thinking of staying in the business.

I am therefore writing to give you notice, on behalf of the Council, that the grass-cutting contract will not be renewed when it ends on 31 March 2027, and the Council will be seeking fresh quotations in the new year. You would of course be very welcome to quote.

Please do pass on my thanks to the lads, and I hope we shall see you at the Christmas tree lighting.

Kind regards,

Rosemary Aldous
Chairman
""", "Long rambling letter; paragraph 4 gives the contractor formal notice of non-renewal", fmt="outlook", footer="pc+disc")

S("p33", P, "stanbridge", ["bank"], "Saxby Wendle Parish Council - instant access account 40117723", "2026-11-03 10:48", """
Dear Sir or Madam,

Saxby Wendle Parish Council - account 40117723

I write as an authorised signatory. Please close the above instant access account and transfer the closing balance, with interest to date, to the Council's current account 40117715 (sort code 60-83-14).

A signed mandate form from a second signatory will follow by post.

Yours faithfully,

Hilary Stanbridge
Councillor and authorised signatory
""", "Councillor instructs the council's bank to close an account and transfer funds")

S("p34", P, "mabey", ["bowls"], "green roller fundraising", "2026-08-05 17:35", """
Roy mate

Good news from last night's meeting - we'll match whatever the club raises for the new green roller, up to £500. Just send Julia the receipts once you've bought it and she'll transfer the parish's half.

Sorted!
Jordan
""", "Councillor commits the council to match-fund the bowls club up to £500", fmt="gmail")

S("p35", P, "kowalczyk", ["dufresne"], "Hens on plot 11", "2026-03-16 19:00", """
Dear Mrs Dufresne,

About your question on keeping hens on plot 11: I give you permission to keep up to 4 hens, but no cockerel. The coop must be at least 2 metres from the path and the feed kept in a closed metal bin because of rats.

Regards,
Agnieszka Kowalczyk
Saxby Wendle Parish Council
""", "Councillor grants an allotment tenant permission to keep hens, with conditions")

S("p36", P, "pennock", ["playsafe"], "Swing seat", "2026-07-28 13:02", """
Swing seat on the toddler swing at Church Lane has split. Replace it this week and bill us.

G Pennock
Vice-Chair SWPC
""", "Terse vice-chair orders a repair on the parish's account", fmt="iphone")

S("p37", P, "mabey", ["dj"], "Christmas lights switch-on!!", "2026-10-21 23:02", """
Rob!!

you've got the gig  £150 for 5-7pm on the green on sat 28 nov for the lights switch on, parish pays you on the night. bring the snow machine if it still works lol

J
Jordan Mabey
Parish Councillor
""", "Informal councillor engages a DJ and commits the parish to pay £150", fmt="gmail")

S("p38", P, "tuffin", ["treesurgeon"], "dead ash bus shelter", "2026-02-02 18:50", """
hi this is dennis tuffin from saxby wendle parish council we had your quote for the dead ash by the bus shelter on the green 650 pounds please go ahead and fell it next week and grind the stump parish council will pay your quote thanks dennis
""", "Dictated, typo-ridden: councillor instructs a tree surgeon and commits the council to pay", fmt="iphone")

S("p39", P, "clerk", ["drone"], "Filming on the village green", "2026-05-06 09:25", """
Dear Skyframe Media,

Thank you for your request to film with a drone over the village green and the war memorial on 23 May.

The Council does not give permission for drone filming over the green on that date, as it clashes with the VE Day picnic. Please do not fly over the green or the playing field.

Yours sincerely,

Rosemary Aldous
Chairman, Saxby Wendle Parish Council
""", "Sent from the Clerk's mailbox but signed by the chair: refuses permission and instructs the film company",
  signer="aldous", fmt="outlook", footer="pc+disc")

S("p40", P, "stanbridge", ["school"], "Sports day on the playing field", "2026-06-10 16:14", """
Dear Mrs Desai,

The school may use the Church Lane playing field for sports day on Thursday 9 July, free of charge, from 8.30 am to 4 pm.

Please ensure that any line-marking paint is water-based and that the pavilion is locked when you leave. The goals may be moved but must be put back at the pitch end.

With best wishes,

Hilary Stanbridge
Saxby Wendle Parish Council
""", "Councillor grants the school free use of the playing field and instructs on conditions", fmt="outlook",
  cc=["clerk"])

# ======================= HARD NEGATIVES =======================

S("n01", N, "mabey", ["resident1"], "Re: potholes on Mill Lane", "2026-02-11 19:30", """
Hi Paul,

Thanks for the photos. I've reported the potholes on Mill Lane to Wessington Highways through their online form (ref WH-2026-118832) and I've asked Julia, our clerk, to chase it as well. Mill Lane is a county road so the parish can't fix it itself, but I'll keep on at them.

Jordan
""", "Casework: councillor reports a pothole to county and tells resident what he's done", fmt="gmail")

S("n02", N, "pennock", ["cchighways"], "Gully Church Lane", "2026-01-27 08:20", """
Gully outside the school on Church Lane is blocked solid again, road flooded every time it rains. Get it jetted before somebody comes off their bike.

Geoff Pennock
Vice-Chair, Saxby Wendle PC
""", "Firm instruction but to the county highways team, a partner, not an external party")

S("n03", N, "tuffin", ["gazette"], "LETTER FOR PUBLICATION - CAR PARK CHARGES", "2026-03-09 21:14", """
DEAR EDITOR

I AM WRITING AS A RESIDENT AND THIS IS MY PERSONAL VIEW, NOT THE PARISH COUNCIL'S. THE DISTRICT'S NEW CHARGES AT THE STATION CAR PARK ARE A DISGRACE AND WILL DRIVE COMMUTERS ONTO OUR VILLAGE STREETS.

DENNIS TUFFIN
SAXBY WENDLE
""", "All-caps letter to the paper stated expressly as a personal view; no commitment")

S("n04", N, "stanbridge", ["wi"], "Centenary tea - grant application", "2026-02-20 11:40", """
Dear Mrs Ludgate,

Thank you for the Institute's application. It will be considered by the full Council on 17 March. If the Council approves it, I would expect a grant in the region of £250, but I cannot commit the Council in advance of its decision and you should not rely on it when booking caterers.

Yours sincerely,

Hilary Stanbridge
""", "Conditional and expressly non-committal statement about a possible grant", fmt="outlook")

S("n05", N, "kowalczyk", ["bowls"], "Re: help with roller", "2026-07-15 20:10", """
Dear Roy,

I think maybe the council can help with the roller, it is a good idea. But I am only one councillor, I must ask the clerk and the council must decide at the meeting. I will tell you what they say.

Aga
""", "Hedged: councillor says the council must decide; no commitment")

S("n06", N, "mabey", ["scouts"], "litter pick", "2026-03-02 18:05", """
Hi Ian,

Would it be ok if we ran the spring litter pick from the scout hut on Sat 21 March? We'd need the hall bit for tea and sign-in from 9 till 12. Totally fine if not!

Jordan
""", "Councillor asks the Scouts for permission; grants nothing", fmt="gmail")

S("n07", N, "aldous2", ["resident4"], "Re: the verges", "2026-06-08 10:30", """
Dear Brenda,

At Tuesday's meeting Mr Rudd told us he would be cutting the verges on Green Lane fortnightly from now on, and the Clerk said she would confirm this with him in writing. I hope that puts your mind at rest.

Best wishes,
Rosemary
""", "Reported speech: what the contractor and Clerk said; the chair commits to nothing")

S("n08", N, "clerk", ["rudd"], "Grass cutting - fete", "2026-05-11 09:15", """
Dear Tom,

The Chairman, Cllr Aldous, has asked me to let you know that the Council accepts your quotation of £95 for an additional cut of the playing field before the fete. Please cut on Thursday 18 June.

Kind regards,

Julia Fairweather
Clerk & RFO
Saxby Wendle Parish Council
""", "The Clerk's own letter mentioning the chair: officer sender and signer", fmt="outlook", footer="pc+disc")

S("n09", N, "clerk", ["oduya"], "Booking confirmation - 16 May", "2026-04-20 14:00", """
Dear Mrs Oduya,

I confirm your booking of the main hall on Saturday 16 May from 2 pm to 10 pm. The hire fee of £84 is payable in advance and the hall must be left clean and locked. As our Chairman, Cllr Aldous, likes to remind everyone, the neighbours in Church Close go to bed early, so please keep the music down after 9.

Yours sincerely,

Julia Fairweather
Clerk to the Council
""", "Clerk's own booking letter that mentions the chair; officer sender and signer", fmt="outlook", footer="pc")

S("n10", N, "pennock", ["rudd", "clerk"], "RE: Playing field - fete cut", "2026-06-10 17:40", """
Thanks Tom - appreciated.

Geoff
""", "Reply whose only obligation is in the quoted Clerk's email to the contractor (he was on it)",
  fmt="outlook", quote=dict(style="outlook", frm="clerk", to=["rudd"], cc=["pennock"], date="2026-06-10 09:02",
                           subj="Playing field - fete cut",
                           body="Dear Tom,\n\nPlease cut the playing field on Thursday 18 June ahead of the fete. The Council will pay the agreed £95.\n\nKind regards,\nJulia Fairweather\nClerk & RFO"))

S("n11", N, "pennock", ["rudd"], "paddock", "2026-05-04 06:55", """
Tom

Can your lads top the paddock behind my yard at Home Farm when they're next over this way? Invoice Pennock Farms as usual, not the parish.

Geoff
""", "Councillor's own farm business instruction to the same contractor; nothing on the council's behalf")

S("n12", N, "aldous2", ["ownelec"], "Kitchen lights", "2026-01-30 12:18", """
Dear Mr Harris,

Please could you come and replace the fluorescent tube in my kitchen with an LED panel? I am in most mornings next week. I shall pay on the day, as before.

Yours sincerely,
Rosemary Aldous
(12 The Green)
""", "Chair instructs an electrician about her own house; a household matter")

S("n13", N, "mabey", ["mate"], "pint thurs?", "2026-04-14 16:44", """
u about for a pint at the Plough after the council meeting thurs? should be done by 9 unless Dennis starts on about the car park again lol
""", "Social arrangement", fmt="gmail")

S("n14", N, "kowalczyk", ["litter"], "Thank you!", "2026-03-23 09:40", """
Dear all,

Thank you very much for all your work on Saturday at the litter pick. 42 bags! The village looks so beautiful now. I am very proud of our village.

With best wishes,
Agnieszka Kowalczyk
Parish Councillor
""", "Thank-you note from a councillor")

S("n15", N, "stanbridge", ["resident2"], "Bench in memory of your father", "2026-08-12 15:30", """
Dear Mrs Carver,

Thank you for your kind suggestion of a memorial bench on the green for your father. I will ask the Clerk to put your request on the agenda for the September meeting, and the Council will decide then where a bench might go. The Clerk will write to you afterwards.

Yours sincerely,

Hilary Stanbridge
""", "'I'll put it on the agenda': the council decides later", fmt="outlook")

S("n16", N, "aldous", ["mp"], "Invitation - rededication of the Saxby Wendle war memorial", "2026-09-14 11:00", """
Dear Ms Ashworth,

The people of Saxby Wendle would be honoured if you would join us on Sunday 8 November, at 10.45 am, for the rededication of our war memorial following its restoration. The name of Private Arthur Prewett, omitted in 1921, will be read for the first time.

Yours sincerely,

Rosemary Aldous
Chairman, Saxby Wendle Parish Council
""", "Chair's invitation to the MP; creates no obligation", fmt="outlook", footer="pc+disc")

S("n17", N, "aldous", ["mp"], "Rural bus services - route 37", "2026-02-03 14:25", """
Dear Ms Ashworth,

I write on behalf of Saxby Wendle Parish Council to ask for your support in opposing the withdrawal of the route 37 bus, which is the only public transport link between the village and Frithdale. Many older residents rely on it to reach the surgery.

We would be most grateful if you would raise the matter with the operator and with the county council.

Yours sincerely,

Rosemary Aldous
Chairman, Saxby Wendle Parish Council
""", "Chair's representation to the MP that commits the council to nothing", fmt="outlook", footer="pc+disc")

S("n18", N, "tuffin", ["clerk"], "SIGNS", "2026-02-24 07:30", """
JULIA

PLEASE GET THE DOG FOULING SIGNS ORDERED BEFORE THE MEETING. THE FIELD IS A DISGRACE.

DENNIS
""", "All-caps instruction, but to the Clerk (internal), not an external party",
  also=["instructs-staff"])  # not a letter to outsiders, but a councillor directing the Clerk (issue 17's rule)

S("n19", N, "pennock", ["aldous", "stanbridge", "mabey", "kowalczyk", "tuffin", "clerk"], "Bowls club roller", "2026-07-30 21:05", """
All,

I'd like to propose at the next meeting that we match-fund the bowls club's roller up to £500. Julia, can you put it on the agenda please.

Geoff
""", "Internal proposal among councillors and the Clerk")

S("n20", N, "pennock", ["rudd"], "extra cut?", "2026-05-06 12:30", """
Tom, what would you want for an extra cut of the playing field before the fete? Just a price for now, nothing agreed.

Geoff
""", "Asks a contractor for a price; expressly nothing agreed")

S("n21", N, "mabey", ["dj"], "lights switch on?", "2026-09-08 22:12", """
Rob! would you be up for doing the christmas lights switch on again this year? no promises yet, the council has to vote on the events budget in October, so don't turn down anything else for it

J
""", "Informal, hedged sounding-out; council has not decided", fmt="gmail")

S("n22", N, "kowalczyk", ["players"], "Request for Saturday rehearsals", "2026-09-03 13:33", """
Dear Wendle Players,

Thank you for your email. I am not able to give the permission for Saturday rehearsals myself, only the council can decide this at the meeting on 15 September. I will tell them your request and the clerk will answer you after.

Best regards,
Agnieszka Kowalczyk
""", "Non-native councillor defers to the council; no decision given")

S("n23", N, "tuffin", ["resident3"], "dog mess", "2026-02-16 19:20", """
thanks for ringing about the dog mess on the playing field ill mention it to the clerk and see if we can get some signs up no promises though dennis
""", "Dictated casework reply; refers it on with 'no promises'", fmt="iphone")

S("n24", N, "tuffin", ["bt"], "BROADBAND FAULT REF 55102938", "2026-03-12 10:05", """
THIS IS THE FOURTH TIME I HAVE REPORTED THAT MY BROADBAND DROPS OUT EVERY EVENING. SEND AN ENGINEER TO 3 MILL COTTAGES THIS WEEK OR I WILL BE CANCELLING MY CONTRACT.

D TUFFIN
""", "All-caps instruction about the councillor's own household broadband")

S("n25", N, "aldous2", ["fete"], "Fete thoughts", "2026-01-18 17:45", """
Dear Sally,

It was lovely to bump into you in the post office. I have been thinking about the fete ever since, and I do think the dog show should come back; there were far fewer complaints than people remember, and the Labradors were a great draw.

The tombola needs a rethink. Last year we had four bottles of the same sherry, and I fear they were the same four bottles as the year before.

I shall ask the Wendle Players whether they would do a short scene from their spring show.

Whether the Council can contribute towards the insurance again is a matter for the full Council when it sets the budget, and I shan't pre-empt it; you might like to write to the Clerk so that the request is before them.

Do let me know if you need help with the bunting. I have a box in the loft that I'm sure is the 1977 set.

Warm wishes,
Rosemary
""", "Long rambling letter; the buried paragraph is about the council deciding later, no commitment")

S("n26", N, "stanbridge", ["neighbour"], "Your question about the boundary", "2026-06-30 18:20", """
Dear Mr Lyle,

You asked me, as a neighbour, what I thought about the position of your fence. For what it is worth, and speaking personally as a former practitioner rather than for the Parish Council, I would suggest you obtain the title plan from the Land Registry and perhaps speak to a surveyor before you do anything further. The Council has not considered the matter.

Kind regards,

Hilary Stanbridge
""", "Personal view expressly not on the council's behalf; council has not considered", fmt="iphone", no_sent_from=True)

S("n27", N, "kowalczyk", ["marsh"], "letter", "2026-07-23 11:05", """
Hello Kev,

The clerk told me she sent you the letter about the tyres on plot 3 last week. If you have questions, please ring her on 01632 960711, she knows all the details.

Aga
""", "Reported speech about the Clerk's letter; the councillor adds nothing binding")

S("n28", N, "clerk", ["pardew"], "Plot 14 - notice of rent review", "2026-09-23 10:30", """
Dear Mrs Pardew,

Please treat this letter as formal notice that the annual rent for Plot 14 will increase from £38.00 to £45.00 with effect from 1 October 2027, as resolved by the Council on 15 September 2026.

Yours sincerely,

Julia Fairweather
Clerk & RFO
Saxby Wendle Parish Council

cc Cllr H Stanbridge, Chair of Allotments Committee
""", "Officer signs the notice; a 'cc Cllr' line under the Clerk's signature does not make it a councillor's letter",
  fmt="outlook", cc=["stanbridge"])

S("n29", N, "mabey", ["dcenv"], "Fly-tipping Mill Lane", "2026-08-27 08:50", """
Hi Kieran,

Another load dumped in the gateway on Mill Lane by the allotments - mattresses and what looks like asbestos sheeting. Please get it collected and see if there's anything to trace. Photos attached.

Jordan Mabey
Parish Councillor, Saxby Wendle
""", "Instruction to the district environmental team, a partner", fmt="gmail", attach=["millane1.jpg", "millane2.jpg"])

S("n30", N, "stanbridge", ["ccrow"], "Footpath 4 - stile", "2026-04-10 12:00", """
Dear Ms Pike,

The stile on Public Footpath 4 at the Askew field boundary is broken and unsafe. Please arrange for it to be repaired or replaced. Our footpath warden, Peter Gisby, can meet your officer on site.

Yours sincerely,

Hilary Stanbridge
Councillor, Saxby Wendle Parish Council
""", "Request to the county rights of way officer, a partner", fmt="outlook")

S("n31", N, "aldous2", ["wi"], "Thank you for the cakes", "2026-06-22 09:10", """
Dear Pam,

Just a line to say thank you to the Institute for the marvellous cake stall at the fete. The lemon drizzle vanished in twenty minutes. I do hope to see you all at the harvest supper.

Warmly,
Rosemary
""", "Thank-you note from the chair")

S("n32", N, "mabey", ["mate"], "gazebo", "2026-07-01 12:48", """
ash can i borrow ur gazebo for my birthday bbq on sat? will bring it back sunday promise, will owe u a pint
""", "Councillor's own social plans", fmt="gmail")

S("n33", N, "kowalczyk", ["resident3"], "Działka - allotment waiting list", "2026-02-05 20:15", """
Dzień dobry Tadek,

As we spoke after church: the form for the allotment waiting list is on the parish website, under "Allotments". The clerk looks after the list, and at the moment there are 6 people waiting, so it can take one year. I can help you with the English on the form if you like.

Pozdrawiam,
Aga
""", "Councillor explains the waiting list to a resident; offers personal help, no decision")

S("n34", N, "pennock", ["rudd"], "Extra cut", "2026-05-09 17:20", """
Tom - council hasn't made its mind up on the extra cut yet. Julia will let you know either way after Tuesday.

Geoff
""", "Negated: council has not decided; Clerk will confirm")

S("n35", N, "stanbridge", ["auditor"], "Internal audit 2025/26", "2026-05-14 10:30", """
Dear Mervyn,

The Clerk tells me the year-end papers are ready. Please come in on 27 May as arranged and send us your invoice afterwards.

Kind regards,

Hilary Stanbridge
Chair, Finance
""", "Instruction to the internal auditor, a listed partner", fmt="outlook")

S("n36", N, "catchpole", ["resident1"], "Speedwatch", "2026-04-02 21:30", """
Paul,

Speaking for myself and not the council, I think a Community Speedwatch group on Church Lane would be a great idea and I'd volunteer. It'd need to go to a council meeting before the parish could be involved.

Brian
""", "Unlisted councillor's personal view, expressly not the council's")

S("n37", N, "aldous2", ["family"], "Your grandfather's name on the memorial", "2026-06-04 16:00", """
Dear Mr Prewett,

Thank you so much for your letter and for the copy of your grandfather's service record. I was very moved by it.

I will recommend to the Council at its July meeting that Private Prewett's name be added to the memorial. It will be for the full Council to decide, and the Clerk will write to you after the meeting.

Yours sincerely,

Rosemary Aldous
""", "'I will recommend to the Council': hedged, decision left to the council")

S("n38", N, "mabey", ["scouts"], "Re: St George's Day parade", "2026-04-16 18:25", """
Thanks for the invite Ian, I'll be there! Will I need to wear anything smart or is the council fleece ok? :)

Jordan
""", "Accepting a social invitation", fmt="gmail",
  quote=dict(style="gmail_reply", frm="scouts", date="2026-04-16 12:00", subj="St George's Day parade",
             body="Hi Jordan,\n\nWe'd love a parish councillor to take the salute at the St George's Day parade on Sunday 26 April, 10am at the church.\n\nIan"))

S("n39", N, "kowalczyk", ["signs"], "Re: Quote Q-2291", "2026-02-26 09:00", """
Hello,

Thank you for the quote for the signs. I have passed it to our clerk; she will place the order if the council agrees at the meeting next week.

Best regards,
Agnieszka Kowalczyk
""", "Passes a quote to the Clerk; order depends on the council's decision")

S("n40", N, "pennock", ["landowner"], "Footpath 4 access", "2026-04-11 08:05", """
Richard,

Would you mind if Peter Gisby, our footpath warden, crossed your top field on Saturday to get to the stile on Footpath 4 with his barrow? He'll shut the gates.

Geoff
""", "Councillor asks a landowner for permission; grants none")
