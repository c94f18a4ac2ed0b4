"""Second-round scenarios for tests/corpus/instructs-staff/ (issue 17): kinds a blind batch showed missing.

Each kind has positives in new voices and, for each, a hard negative that differs only where the
definition says it should. Appended to instructs_staff_cases.CASES by build_instructs_staff.py.
"""

from __future__ import annotations

from instructs_staff_cases import (ASHBY, BOOKINGS, CLERK, DEPUTY, FACILITIES, MCLEOD, NOWAK, OFFICE, OKONKWO, PARRY,
                                   PARRY_BT, PICKLES, RFO, SORENSEN, neg, pos)

# -- mobile shorthand: a name, "pls", no punctuation ----------------------------------------------
pos("rp01-pls-ring-offer-plot", "mobile shorthand: name, pls, ring and offer the plot, don't offer it to others",
    from_=PARRY_BT, to=[CLERK], subject="plot 14b", fmt="iphone",
    body="Ruth pls ring the allotment waiting list tomorrow and offer plot 14b to Mr Okafor Don't offer it to anyone else first")
neg("rn01-pls-ring-me", "mobile shorthand asking the clerk to ring the councillor", from_=PARRY_BT, to=[CLERK],
    subject="plot 14b", fmt="iphone", body="Ruth pls ring me tomorrow about plot 14b when u can")
pos("rp02-plz-lock-pavilion", "mobile shorthand: plz lock up tonight", from_=PICKLES, to=[FACILITIES], subject="pavilion",
    fmt="iphone", body="Kerry plz lock the pavilion tonight the cricket lot left it open again")
neg("rn02-plz-can-u-check", "mobile shorthand, a question", from_=PICKLES, to=[FACILITIES], subject="pavilion",
    fmt="iphone", body="Kerry plz can u check if the pavilion got locked last night?")
pos("rp03-pls-send-letter-nonnative", "non-native shorthand: pls send the letter to the tenant today", from_=NOWAK,
    to=[CLERK], subject="unit 4", body="Ruth pls send today the warning letter to tenant of unit 4 he is late again with rent\nMarek")
neg("rn03-pls-send-me-letter", "shorthand asking for a copy for himself", from_=NOWAK, to=[CLERK], subject="unit 4",
    body="Ruth pls send me copy of the letter to tenant of unit 4 I want to read it\nMarek")

# -- imperatives opening after a name line, with work verbs ---------------------------------------
pos("rp04-serve-notice-kiosk", "opening imperative: serve notice on the tenant", from_=ASHBY, to=[CLERK],
    subject="Kiosk", body="Ruth\n\nServe notice on the tenant of the Kiosk. Three months' arrears is enough.\n\nDerek")
neg("rn04-notice-served-question", "asks whether notice has been served", from_=ASHBY, to=[CLERK], subject="Kiosk",
    body="Ruth\n\nHas notice been served on the tenant of the Kiosk yet? Three months' arrears seems a lot.\n\nDerek")
pos("rp05-have-bins-emptied", "have the bins at a named place emptied first thing tomorrow", from_=OKONKWO,
    to=[FACILITIES], subject="Bins",
    body="Kerry,\n\nHave the bins at the bottom of Mill Lane car park emptied first thing tomorrow, they're overflowing.\n\n"
         "Bridget")
neg("rn05-bins-were-emptied", "thanks for the bins being emptied", from_=OKONKWO, to=[FACILITIES], subject="Bins",
    body="Kerry,\n\nThanks for having the bins at the bottom of Mill Lane car park emptied so quickly.\n\nBridget")
pos("rp06-withdraw-agenda-item", "withdraw an item from the agenda and re-issue it", from_=PARRY, to=[CLERK],
    subject="Thursday",
    body="Ruth,\n\nWithdraw item 7 from Thursday's agenda. Re-issue the agenda tomorrow morning without it.\n\nHuw\nLeader")
neg("rn06-put-on-agenda", "asks for an item on the agenda", from_=PARRY, to=[CLERK], subject="Thursday",
    body="Ruth,\n\nPlease put the allotment rents on Thursday's agenda as item 7.\n\nHuw")
pos("rp07-programme-timer", "opening imperative: programme the timer today please", from_=SORENSEN, to=[FACILITIES],
    subject="Heating", body="Kerry -\n\nProgramme the boiler timer in the Reading Room today please.\n\nLena")
neg("rn07-how-programme-timer", "asks how the timer is programmed", from_=SORENSEN, to=[FACILITIES], subject="Heating",
    body="Kerry -\n\nHow is the boiler timer in the Reading Room programmed at the moment?\n\nLena")
pos("rp08-put-poster-up", "put my surgery poster up on council noticeboards this afternoon", from_=MCLEOD, to=[OFFICE],
    subject="Poster", fmt="html",
    body="Hi,\n\nPut the poster for my ward surgery up on all the noticeboards and on the council Facebook page this "
         "afternoon.\n\nCllr Fiona McLeod")
neg("rn08-poster-attached-for-me", "asks whether her poster may go up", from_=MCLEOD, to=[OFFICE],
    subject="Poster", fmt="html",
    body="Hi,\n\nIs there any room on the noticeboards for the poster for my ward surgery?\n\nCllr Fiona McLeod")
pos("rp09-reset-clock-reissue", "terse: reset the clock; re-issue the timetable", from_=NOWAK, to=[DEPUTY],
    subject="Clock", body="Ben\nReset the church clock to GMT and reissue the bus timetable notice by Friday.\nMarek")

# -- a councillor styling themselves Leader ---------------------------------------------------------
pos("rp10-as-leader-telling", "as Leader of a group I am telling you to", from_=PARRY, to=[CLERK], subject="Consultation",
    body="Ruth,\n\nAs Leader of the Labour group I am telling you to pull the parking consultation from the website "
         "today.\n\nHuw Parry")
neg("rn10-as-leader-asking-view", "as Leader, asks the clerk's view", from_=PARRY, to=[CLERK], subject="Consultation",
    body="Ruth,\n\nAs Leader of the Labour group I'd value your view on whether the parking consultation is ready.\n\nHuw Parry")
pos("rp11-leader-instructing", "formal: as group leader I'm instructing you", from_=ASHBY, to=[DEPUTY],
    subject="Newsletter", fmt="html",
    body="Dear Ben,\n\nAs leader of the Conservative group, I'm instructing you to hold the newsletter until I have seen "
         "the proofs.\n\nCllr Derek Ashby")
neg("rn11-leader-telling-members", "telling his own group, not an officer", from_=ASHBY, to=[PICKLES], cc=[DEPUTY],
    subject="Newsletter",
    body="Gary,\n\nAs leader of the Conservative group I am telling you to hold off on the leaflet until I've seen it.\n\nDerek")

# -- statements of requirement about council work ---------------------------------------------------
pos("rp12-heating-must-be-on", "the heating must be on from 7am from now on, then a task", from_=OKONKWO,
    to=[FACILITIES], subject="Hall heating",
    body="Kerry,\n\nThe heating in the Community Hall must be on from 7am on Saturdays from now on. "
         "Tell the yoga group.\n\nBridget")
neg("rn12-heating-should-be-view", "an opinion about the heating", from_=OKONKWO, to=[FACILITIES],
    subject="Hall heating",
    body="Kerry,\n\nThe heating in the Community Hall must be expensive to run on Saturdays. "
         "What does it cost us?\n\nBridget")
pos("rp13-gates-open-in-future", "the gates are to be open at 8 every morning from Monday", from_=PICKLES,
    to=[FACILITIES], subject="Gates",
    body="Kerry\n\nThe cemetery gates are to be open by 8am every morning from Monday onwards.\n\nGary")
neg("rn13-gates-open-times-question", "asks about the gates", from_=PICKLES, to=[FACILITIES], subject="Gates",
    body="Kerry\n\nWhat time are the cemetery gates open in the morning at the moment?\n\nGary")
pos("rp14-toilets-must-stay-closed", "the toilets must stay closed until further notice", from_=SORENSEN,
    to=[CLERK], subject="Park toilets",
    body="Ruth,\n\nThe park toilets need to stay closed until further notice. Put a sign on the door.\n\nLena")

# -- a question form carrying an operational direction with a deadline ----------------------------
pos("rp15-can-you-make-sure-tonight", "can you make sure the hall is set out tonight, no question mark",
    from_=MCLEOD, to=[BOOKINGS], subject="tonight", fmt="iphone",
    body="can you make sure the hall is set out for 60 not 40 tonight. Chairs in rows, top table for me and the Chair")
neg("rn15-could-you-look-into", "could you look into the numbers", from_=MCLEOD, to=[BOOKINGS], subject="tonight",
    fmt="iphone", body="could you look into how many chairs the hall has? might need more than 40 at some point")
pos("rp16-will-you-ensure-today", "will you ensure the minutes are out today", from_=NOWAK, to=[DEPUTY],
    subject="Minutes", body="Ben, will you ensure the draft minutes are sent to all members today. Marek")
neg("rn16-will-you-be-able", "asks whether the minutes will be out", from_=NOWAK, to=[DEPUTY], subject="Minutes",
    body="Ben, will the draft minutes be out this week? Marek")

# -- another councillor's say-so is not a council decision -----------------------------------------
pos("rp17-chair-fine-with-it", "I've spoken to the Chair and he's fine with it", from_=PICKLES, to=[RFO],
    subject="Band", body="Imran,\n\nI've spoken to the Chair and he's fine with it, so pay the brass band's invoice today.\n\n"
                         "Gary")
neg("rn17-committee-resolved-pay", "a committee resolved it", from_=PICKLES, to=[RFO], subject="Band",
    body="Imran,\n\nThe Events Committee resolved on 3 June to pay the brass band, so please pay their invoice today.\n\n"
         "Gary")
pos("rp18-chair-of-committee-agreed", "the Chair of a committee agreed: one councillor, not the committee",
    from_=SORENSEN, to=[CLERK], subject="Planters",
    body="Ruth,\n\nThe Chair of the Amenities Committee has agreed, so order the six planters this week.\n\nLena")
neg("rn18-amenities-committee-agreed", "the Amenities Committee agreed", from_=SORENSEN, to=[CLERK],
    subject="Planters",
    body="Ruth,\n\nThe Amenities Committee has agreed the six planters (minute 44/24), so order them this week.\n\nLena")
pos("rp19-mayor-happy-with-it", "the Mayor is happy with it", from_=ASHBY, to=[BOOKINGS], subject="Fireworks",
    body="The Mayor is happy with it so cancel the Rotary booking of the Green for 5 November.\nDerek")
neg("rn09-could-you-reset-clock", "a question about the clock", from_=NOWAK, to=[DEPUTY], subject="Clock",
    body="Ben\nCould you reset the church clock to GMT at some point? It is one hour wrong\nMarek")
neg("rn14-toilets-gather-closed", "reports what she has heard and asks", from_=SORENSEN, to=[CLERK],
    subject="Park toilets",
    body="Ruth,\n\nI gather the park toilets need to stay closed until further notice. Is that right?\n\nLena")
neg("rn19-mayor-happy-will-raise", "the Mayor's view, and the councillor will raise it at committee", from_=ASHBY,
    to=[BOOKINGS], subject="Fireworks",
    body="The Mayor is happy with it so I'll raise cancelling the Rotary booking of the Green at Amenities.\nDerek")

# -- the same kinds in replies, HTML and other voices ----------------------------------------------
pos("rp20-html-reply-have-grit-bins-filled", "Outlook HTML reply: have the grit bins filled tonight", from_=PICKLES,
    to=[FACILITIES], subject="RE: Grit", fmt="html",
    body="Kerry\n\nHave the grit bins on Station Hill and outside the surgery filled before tonight's frost.\n\nGary",
    quoted=("outlook", FACILITIES, [PICKLES], "Grit", "Gary,\n\nThe salt delivery came in this morning.\n\nKerry"))
neg("rn20-html-reply-grit-bins-thanks", "Outlook HTML reply: thanks for having them filled", from_=PICKLES,
    to=[FACILITIES], subject="RE: Grit", fmt="html",
    body="Kerry\n\nGreat stuff. Good to know the grit bins on Station Hill were filled before the frost.\n\nGary",
    quoted=("outlook", FACILITIES, [PICKLES], "Grit", "Gary,\n\nThe bins on Station Hill are filled.\n\nKerry"))
pos("rp21-gmail-reply-group-leader", "Gmail reply: as group leader I'm telling you to take it down", from_=PARRY,
    to=[DEPUTY], subject="Re: Draft budget",
    body="Ben, as Group Leader I'm telling you to take the draft budget off the website until Tuesday. Huw",
    quoted=("gmail", DEPUTY, [PARRY], "Draft budget", "Huw,\n\nThe draft budget is now on the website.\n\nBen"))
neg("rn21-gmail-reply-quoted-telling", "the telling is only in the quoted earlier message", from_=PARRY, to=[DEPUTY],
    subject="Re: Draft budget", body="Ben, thanks - noted. Huw",
    quoted=("gmail", PARRY, [DEPUTY], "Draft budget",
            "Ben, as Group Leader I'm telling you to take the draft budget off the website until Tuesday. Huw"))
pos("rp22-hall-unlocked-every-tuesday", "the hall must be unlocked by 6.30 every Tuesday from now on", from_=MCLEOD,
    to=[FACILITIES], subject="Brownies",
    body="Kerry,\n\nThe Scout hut must be unlocked by 6.30 for the Brownies every Tuesday from now on.\n\nFiona")
neg("rn22-hut-was-unlocked", "reports that the hut was unlocked late", from_=MCLEOD, to=[FACILITIES],
    subject="Brownies",
    body="Kerry,\n\nThe Brownies say the Scout hut was not unlocked until 7 last Tuesday. Do you know why?\n\nFiona")
pos("rp23-pls-get-agenda-out", "mobile: pls get the agenda out tonight", from_=OKONKWO, to=[DEPUTY], subject="agenda",
    fmt="iphone", body="Ben pls get the planning agenda out tonight and put it on the website")
neg("rn23-pls-add-to-agenda", "mobile: pls add it to the agenda", from_=OKONKWO, to=[DEPUTY], subject="agenda",
    fmt="iphone", body="Ben pls add the bus shelter to the planning agenda")
pos("rp24-can-you-ensure-before-meeting", "formal question form: can you ensure ... before tomorrow's meeting.",
    from_=SORENSEN, to=[CLERK], subject="Chamber", fmt="html",
    body="Dear Ruth,\n\nCan you ensure the chamber is set up with the hearing loop working by 6pm tomorrow. "
         "Thank you.\n\nCllr Lena Sørensen")
neg("rn24-can-you-check-loop", "formal question: can you check whether the loop works?", from_=SORENSEN, to=[CLERK],
    subject="Chamber", fmt="html",
    body="Dear Ruth,\n\nCan you check whether the hearing loop in the chamber is working before tomorrow?\n\n"
         "Cllr Lena Sørensen")
pos("rp25-leader-spoken-chair-so", "the Leader has agreed, so an opening imperative", from_=NOWAK, to=[RFO],
    subject="Christmas tree",
    body="Imran\nI spoke to Cllr Parry yesterday and he agreed it, so transfer £400 to the Christmas tree fund this week.\nMarek")
neg("rn25-full-council-agreed-so", "Full Council agreed it, so the same transfer", from_=NOWAK, to=[RFO],
    subject="Christmas tree",
    body="Imran\nFull Council agreed it on Monday (minute 88/24), so transfer £400 to the Christmas tree fund this week.\nMarek")

# -- what stays out: casework, a resolution, a question mark, officers, contractors ------------------
neg("rn26-pls-casework-ring-back", "mobile shorthand following up a resident's complaint: casework", from_=PARRY_BT,
    to=[CLERK], subject="bins", fmt="iphone",
    body="Ruth pls ring Mrs Adeyemi back tomorrow she has complained to me twice about the bins on Elm Close")
neg("rn27-resolved-heating-standing", "a standing requirement relayed from a committee resolution", from_=OKONKWO,
    to=[FACILITIES], subject="Hall heating",
    body="Kerry,\n\nAs resolved by Amenities on 2 May (min. 14/25), the heating in the Community Hall must be on "
         "from 7am on Saturdays from now on.\n\nBridget")
neg("rn28-can-you-make-sure-question", "the same ask with a question mark: a request", from_=MCLEOD, to=[BOOKINGS],
    subject="tonight", fmt="iphone", body="can you make sure the hall is set out for 60 not 40 tonight? thanks Fi")
neg("rn29-officer-have-bins-emptied", "an officer to an officer: the Clerk's own direction", from_=CLERK,
    to=[FACILITIES], subject="Bins",
    body="Kerry pls have the bins at the bottom of Mill Lane car park emptied first thing tomorrow.\n\nRuth")
neg("rn30-councillor-to-councillor-withdraw", "between councillors: withdraw your motion", from_=PARRY, to=[SORENSEN],
    subject="Thursday", body="Lena,\n\nWithdraw item 7 from Thursday's agenda, you haven't got the votes.\n\nHuw")
neg("rn31-clerk-standing-requirement", "the Clerk sets the standing arrangement", from_=CLERK, to=[FACILITIES],
    subject="Gates", body="Kerry,\n\nThe cemetery gates are to be open by 8am every morning from Monday onwards.\n\nRuth")
neg("rn32-leader-asking-you-whether", "as Leader, asks a question", from_=PARRY, to=[CLERK], subject="Kiosk",
    body="Ruth,\n\nAs Leader of the Labour group, can I ask whether notice has been served on the Kiosk tenant?\n\nHuw")
neg("rn33-contractor-have-bins-emptied", "to an outside contractor, the clerk copied: not staff", from_=PICKLES,
    to=["Greenway Grounds <jobs@greenway-grounds.example.co.uk>"], cc=[FACILITIES], subject="Bins",
    body="Hi,\n\nHave the bins at the bottom of Mill Lane car park emptied first thing tomorrow please.\n\nGary")

# -- generalisation checks written after the fixes above -------------------------------------------
pos("rp34-minutes-must-go-out", "a statement of requirement: the minutes must go out by Friday", from_=ASHBY,
    to=[DEPUTY], subject="Minutes", body="Ben,\n\nThe F&GP minutes must go out to members by Friday.\n\nDerek")
neg("rn34-minutes-must-have-gone", "a guess about the minutes", from_=ASHBY, to=[DEPUTY], subject="Minutes",
    body="Ben,\n\nThe F&GP minutes must have gone out by now, surely? I can't find them.\n\nDerek")
pos("rp35-chairman-says-fine-so-book", "the Chairman's say-so, then 'so book'", from_=OKONKWO, to=[BOOKINGS],
    subject="Band", fmt="html",
    body="Hello,\n\nThe Chairman of Amenities says it's fine, so book the Silver Band for the fun day.\n\nBridget")
neg("rn35-chairman-fine-so-ill-ask", "the Chairman's view; the councillor will ask the committee", from_=OKONKWO,
    to=[BOOKINGS], subject="Band", fmt="html",
    body="Hello,\n\nThe Chairman of Amenities says it's fine, so I'll ask the committee to book the Silver Band.\n\nBridget")
pos("rp36-directing-you-to-object", "as committee chair, directing the clerk to object", from_=SORENSEN, to=[CLERK],
    subject="Planning 24/0113",
    body="Ruth,\n\nAs Chair of Planning I'm directing you to object to application 24/0113 on the council's behalf.\n\nLena")
neg("rn36-objection-for-committee", "asks for the application to go to committee", from_=SORENSEN, to=[CLERK],
    subject="Planning 24/0113",
    body="Ruth,\n\nAs Chair of Planning I think application 24/0113 should go to the committee for a decision.\n\nLena")
pos("rp37-reply-to-mr", "opening imperative to write to a named man", from_=PARRY, to=[CLERK], subject="Mr Jessop",
    body="Ruth\n\nReply to Mr Jessop and tell him the council won't be renewing his licence.\n\nHuw")
neg("rn37-rang-me-ring-back", "casework: a resident rang the councillor; ring her back", from_=PARRY, to=[CLERK],
    subject="Mrs Jessop", body="Ruth\n\nMrs Jessop rang me about her plot, pls ring her back tomorrow.\n\nHuw")
neg("rn38-make-sure-mayor-knows", "make sure a councillor knows: someone told, not work done", from_=MCLEOD,
    to=[BOOKINGS], subject="tonight", fmt="iphone", body="can you make sure the Mayor knows about tonight.")
