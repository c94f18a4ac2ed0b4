"""Recall round of the election-period corpus: kinds a blind batch found the rule missing.

Every case is dated inside the all-out period unless it is a hard negative about the date.
Kinds: a Mayor's or Chair's column (a role mailbox, a byline, first person); an officer relaying
a councillor's own words in Bcc; a news mailbox quoting "the Mayor" with photos "for your
newsletters"; a councillor offered for a radio interview and credited ("which she started");
a candidate's council address Bcc'ing residents with their record or asking a residents'
association to circulate it; a Facebook group admin asked to post a caption; a candidate's
self-promoting quote to the press. Each has hard negatives that differ where the definition says.
Appended to election_cases.CASES; `build_election.py` renders both.
"""

from __future__ import annotations

from election_cases import AFTER, BEFORE, GAP, SIG_CLERK, add
from election_people import *  # noqa: F403 - the people of one fictional council

E = "election-period"
MAYOR_BOX = f"Town Mayor <mayor@{D}>"
CHAIR_BOX = f"Office of the Chair <chair@{D}>"
NEWS_BOX = f"Town Council News <news@{D}>"
EVENTS = f"Events Team <events@{D}>"
HIRERS = ["bookings@harwellbridgebrownies.org.uk", "pilates.with.jan@gmail.com", "secretary@hbbowls.co.uk",
          "toddlers.hb@hotmail.co.uk", "hb.slimmers@outlook.com"]
GROUPS = [WI, "Scouts <gsl@1stharwellbridgescouts.org.uk>", "Bridge Society <info@bridgesociety.org.uk>",
          "Friends of Coombe Field <friendsofcoombefield@gmail.com>"]
TENANTS = [f"tenant{n}@coombecourt.example.net" for n in range(1, 7)]
BREAKFAST = "Jo Fenn <breakfast@wyesidefm.co.uk>"
PRODUCER = "Producer <producer@radiowye.org.uk>"
RA = "Jan Holloway <secretary@eastfieldresidents.org.uk>"
FB_ADMIN = "Lucy Brand <lucybrand88@gmail.com>"
FORUM = "Forum admin <admin@harwellbridgeforum.org>"

# -- a Mayor's or Chair's column ----------------------------------------------------------
COLUMN = ("MAYOR'S COLUMN by Cllr Helen Okafor\n\nWhat a month it has been. I've been proud to open the new play "
          "area at Riverside and to meet so many families there.\n\nIt has been an honour to serve you this year."
          "\n\nCllr Helen Okafor\nTown Mayor")
add("er-01-mayor-column", [E], "Mayor's column from the mayor@ mailbox to the newsdesk", MAYOR_BOX, NEWSDESK,
    "Mayor's Column - May edition", COLUMN)
add("er-02-chair-corner-no-byline", [E], "chair@ mailbox, column in the chair's voice, no byline", CHAIR_BOX,
    MAGAZINE, "Chair's Corner for June", "Hi Sue, here's this month's Chair's Corner - hope it fits!\n\n"
    "CHAIR'S CORNER\nSpring is here at last. I was delighted to cut the ribbon on the community fridge, a "
    "project I pushed for from day one, and I look forward to seeing you at the fair.\n\nHelen")
add("er-03-officer-sends-mayor-word", [E], "officer sends 'A word from the Mayor' with a byline (HTML)", COMMS,
    EDITOR, "Mayor's column for Thursday", "Please find below the Mayor's column for Thursday's edition.\n\n"
    "A WORD FROM THE MAYOR, Cllr Helen Okafor\n\nThis year I have brought the market back to the high street "
    "and kept the library open on Saturdays.", html=True)
add("er-04-nonnative-deputy-column", [E], "non-native: the deputy's column, first-person credit", INFO,
    NEWSLETTER_LIST, "column of deputy", "Column of the Vice-Chair, Cllr Margaret Ellery\n\nThis spring I have "
    "opened the new footpath by the river and I am proud of what I achieved for our town in these four years.")
add("ern-01-mayor-column-after", [], "the same column after polling day", MAYOR_BOX, NEWSDESK,
    "Mayor's Column - May edition", COLUMN, date=AFTER)
add("ern-02-mayor-chairs-meeting", [], "the Mayor named only as chairing a statutory meeting", MAYOR_BOX, NEWSDESK,
    "Annual Meeting of the Town Council", "For your listings: the Annual Meeting of the Town Council is on "
    "13 May at 7pm in the council chamber and will be chaired by the Town Mayor. The public are welcome.")
add("ern-03-column-personal", [], "the Chair's own words from her personal address", OKAFOR_HOME, MAGAZINE,
    "my piece", "Hi Sue, I've been proud to open the play area and it has been an honour to serve you. "
    "Helen Okafor, Independent candidate")

# -- an officer relaying a councillor's message in Bcc -----------------------------------
add("er-05-relay-chair-hirers", [E], "officer relays the Chair's self-credit to hall hirers in Bcc", FACILITIES,
    [FACILITIES], "A message from the Chair", "Dear hall users,\n\nThe Chair, Cllr Helen Okafor, has asked me "
    "to pass on this message:\n\n\"I'm delighted that the refurbishment I championed is now finished and the "
    "hall is ready for you all.\"\n\nKind regards,\nFacilities Team", bcc=HIRERS)
add("er-06-relay-terse-groups", [E], "terse relay to community groups in Bcc", CLERK, [CLERK],
    "from Cllr Pritchard", "Cllr Pritchard wanted me to share the following with our community groups: 'As "
    "your councillor I fought for the new kitchen and I am so pleased it is finally done.'\nKaren",
    bcc=[g for g in GROUPS])
add("er-07-relay-mobile", [E], "mobile relay of a councillor's note to groups in Bcc", COMMS, [COMMS],
    "note from Cllr Reilly", "Passing on a note from Cllr Reilly - \"I got the county to pay for the path "
    "lights, hope your members enjoy them!\"\n\nSent from my iPhone", bcc=GROUPS[1:])
add("er-08-relay-nonnative", [E], "non-native relay to hirers in Bcc", COMMS, [COMMS], "message to the groups",
    "Dear all, Cllr Siddiqui ask me to forward his message to the groups: 'I have obtained the money for the "
    "new chairs of the hall, I hope you like it.' Regards Dan", bcc=HIRERS[:4])
add("ern-04-relay-neutral", [], "the Chair's neutral notice relayed to hirers", FACILITIES, [FACILITIES],
    "A message from the Chair", "Dear hall users,\n\nThe Chair, Cllr Helen Okafor, has asked me to let you know "
    "that the hall is closed on 6 May because it is a polling station.\n\nKind regards,\nFacilities Team",
    bcc=HIRERS)
add("ern-05-relay-before", [], "the relay a week before the period", FACILITIES, [FACILITIES],
    "A message from the Chair", "Dear hall users,\n\nThe Chair, Cllr Helen Okafor, has asked me to pass on this "
    "message:\n\n\"I'm delighted that the refurbishment I championed is now finished.\"\n\nFacilities Team",
    bcc=HIRERS, date=BEFORE)
add("ern-06-relay-internal", [], "the relay to councillors only (internal)", CLERK, [PRITCHARD, ELLERY, LLOYD],
    "from Cllr Pritchard", "Cllr Pritchard wanted me to share this: 'I fought for the new kitchen and I am so "
    "pleased it is finally done.' We can publicise after the election.\nKaren")

# -- a news mailbox quoting the Mayor, photos for newsletters ----------------------------
add("er-09-news-mayor-said", [E], "news mailbox to community groups quoting the Mayor, photos attached", NEWS_BOX,
    GROUPS, "Photos: Riverside play area opening", "Dear community groups,\n\nPlease find attached photos from "
    "Saturday's opening of the Riverside play area for your newsletters and websites.\n\nThe Mayor said: \"It "
    "was wonderful to see so many families there - this is why I stood for the council.\"\n\nNews team")
add("er-10-chatty-chair-said", [E], "chatty: pics for newsletters, the Chair said", COMMS, GROUPS[:2],
    "fun day pics", "Hiya both, a few pics from the fun day attached for your newsletters :) The Chair said it "
    "was 'the best turnout we've ever had' so thank you for coming!\nDan")
add("er-11-html-quote-from-mayor", [E], "HTML: quote from the Town Mayor for parish magazines", INFO, GROUPS[1:],
    "For your magazines: Easter trail", "For use in your parish magazines - photos attached.\n\nQuote from the "
    "Town Mayor: \"Our Easter trail gets bigger every year and I am thrilled to have led it again.\"", html=True)
add("er-12-nonnative-mayor-have-said", [E], "non-native: the Mayor have said, for the newsletters", NEWS_BOX,
    GROUPS[:3], "photos of market day", "Hello, we send photos of market day for put in your newsletters. The "
    "Mayor have said that the market is now the best of the county thanks to the work she did.")
add("ern-07-news-clerk-said", [], "the same mailing quoting the Town Clerk", NEWS_BOX, GROUPS,
    "Photos: Riverside play area opening", "Dear community groups,\n\nPlease find attached photos from "
    "Saturday's opening of the Riverside play area for your newsletters.\n\nThe Town Clerk, Karen Whitfield, "
    "said: \"It was wonderful to see so many families there.\"\n\nNews team")
add("ern-08-news-mayor-chairs", [], "for newsletters: the Mayor only chairs the Annual Town Meeting", NEWS_BOX,
    GROUPS, "For your newsletters: Annual Town Meeting", "For your newsletters: the Annual Town Meeting is on "
    "21 April at 7pm in the Methodist hall. The Mayor will chair the meeting. All residents are welcome.")
add("ern-09-news-mayor-gap", [], "the Mayor quoted for newsletters in the summer, between periods", NEWS_BOX,
    GROUPS, "Photos: carnival", "Photos attached for your newsletters. The Mayor said: \"What a carnival!\"",
    date=GAP)

# -- a councillor offered for a radio interview -----------------------------------------
add("er-13-events-radio-started", [E], "events officer offers a councillor live, credits her", EVENTS, BREAKFAST,
    "May Fair - breakfast show", "Hi Jo,\n\nThanks for your call. Cllr Siobhan Reilly would love to come on the "
    "breakfast show on Friday. She's happy to talk to you live about the May Fair, which she started in 2023."
    "\n\nThanks,\nEvents Team")
add("er-14-radio-set-up", [E], "officer offers a councillor for a down-the-line interview; he set it up", COMMS,
    REPORTER, "Re: youth football", "Hi Priya,\n\nCllr Tom Pritchard is free for a down-the-line interview at "
    "4pm. He set up the youth football league and can tell listeners how it began.\n\nDan")
add("er-15-radio-terse", [E], "terse: a councillor can do live, she organised it", EVENTS, PRODUCER,
    "festival", "Cllr Ellery can do live at 8.10 tmrw - she organised the whole festival so best person to "
    "speak to.")
add("er-16-radio-nonnative", [E], "non-native: councillor happy to give interview, he founded it", COMMS, PRODUCER,
    "interview about repair cafe", "Hello, Councillor Imran Siddiqui is happy to give interview about the "
    "repair cafe. He founded it in 2022 with the volunteers.\nBest regards Dan")
add("ern-10-radio-clerk", [], "the Clerk, an officer, offered for the interview", EVENTS, BREAKFAST,
    "May Fair - breakfast show", "Hi Jo,\n\nThanks for your call. Karen Whitfield, our Town Clerk, is happy to "
    "talk to you live about the May Fair, which she started in 2023.\n\nThanks,\nEvents Team")
add("ern-11-radio-gap", [], "the same offer in the summer, between periods", EVENTS, BREAKFAST,
    "Carnival - breakfast show", "Hi Jo,\n\nCllr Siobhan Reilly is happy to talk to you live about the carnival, "
    "which she started in 2023.\n\nEvents Team", date=GAP)
add("ern-12-radio-declined", [], "officer keeps the councillor off air in the period", EVENTS, BREAKFAST,
    "Re: May Fair", "Hi Jo,\n\nCllr Reilly will be at the fair, but in the pre-election period she can't do "
    "interviews. I can talk to you live about the arrangements instead.\n\nEvents Team")

# -- a candidate's council address: their record to residents --------------------------
add("er-17-achieved-bcc", [E], "candidate Bcc's residents with what she has achieved", REILLY, [REILLY],
    "What I've achieved this year", "Dear neighbours,\n\nHere is what I've achieved for Eastfield this year: "
    "the cycle path, new bins on the green and the 20mph zone by the school.\n\nSiobhan", bcc=MANY[:6])
add("er-18-tenants-secured", [E], "candidate Bcc's tenants: I secured the lift", PRITCHARD, [PRITCHARD],
    "Coombe Court lift", "Dear tenants,\n\nGood news - after months of pressure I secured the new lift for "
    "Coombe Court. It will be fitted in May.\n\nTom Pritchard", bcc=TENANTS)
add("er-19-ra-circulate-record", [E], "candidate asks a residents' association to circulate his record",
    SIDDIQUI, RA, "for your members", "Hi Jan,\n\nCould you circulate the below to your members please?\n\n"
    "My record speaks for itself: new dog bins, the bus shelter on Mill Lane and free parking on Saturdays.\n\n"
    "Imran")
add("er-20-html-my-record", [E], "HTML: proud of my record, Bcc tenants", LLOYD, [LLOYD],
    "An update from your councillor", "Dear residents,\n\nI am proud of my record as your councillor. I got the "
    "county to resurface Eastfield Road and I made sure the youth club stayed open.\n\nGareth", bcc=TENANTS[:4],
    html=True)
add("er-21-mobile-share-ra", [E], "mobile: please share with the RA, I have delivered", ELLERY, RA, "RA",
    "Pls share with the RA - over 4 yrs I have delivered 3 new crossings and kept the library open. Margaret\n\n"
    "Sent from my iPhone")
add("ern-13-achieved-personal", [], "the same record from her personal address", REILLY_HOME, [REILLY_HOME],
    "What I've achieved this year", "Dear neighbours,\n\nHere is what I've achieved for Eastfield this year: "
    "the cycle path and new bins on the green.\n\nSiobhan", bcc=MANY[:6])
add("ern-14-ra-circulate-neutral", [], "asks the association to circulate a neutral notice", SIDDIQUI, RA,
    "surgery cancelled", "Hi Jan,\n\nCould you circulate this to your members please: my ward surgery on "
    "Saturday is cancelled and the next one is on 8 May.\n\nImran")
add("ern-15-tenants-gap", [], "the lift letter in the summer, between periods", PRITCHARD, [PRITCHARD],
    "Coombe Court lift", "Dear tenants,\n\nI secured the new lift for Coombe Court.\n\nTom", bcc=TENANTS, date=GAP)
add("ern-16-record-internal", [], "her record to fellow councillors (internal)", REILLY, [PRITCHARD, SIDDIQUI],
    "What I've achieved this year", "Here is what I've achieved this year, for the annual report after May.")

# -- a Facebook group admin asked to post -------------------------------------------------
add("er-22-fb-pictured-organised", [E], "officer asks a Facebook group admin to post a caption", COMMS, FB_ADMIN,
    "post for the noticeboard group", "Hi Lucy,\n\nWould you mind posting this on the Harwell Bridge Noticeboard "
    "group? Photo attached.\n\nPictured: Cllr Margaret Ellery with the volunteers at Sunday's river clean-up. "
    "Cllr Ellery organised the day and over 40 people came along.\n\nMany thanks,\nDan")
add("er-23-fb-chatty-arranged", [E], "chatty: pop this on the group page", FACILITIES, FB_ADMIN, "bus shelter",
    "hi Lucy can u pop this on the group page pls :) 'Cllr Pritchard with the Scouts who painted the bus shelter "
    "- Cllr Pritchard arranged the paint and got permission from the county!'")
add("er-24-fb-nonnative", [E], "non-native: put on the Facebook group", COMMS, FB_ADMIN, "post for group",
    "Hello Lucy, please can you put on the Facebook group this post with photo: Pictured Cllr Imran Siddiqui "
    "together with the children, he organised the planting of the trees. Thank you, Dan")
add("er-25-forum-html", [E], "HTML: for the forum's Facebook page, led the clean-up", INFO, FORUM,
    "For the forum's Facebook page", "For the forum's Facebook page, please:\n\n(L-R) Pam Hughes, Cllr Gareth "
    "Lloyd-Jones and Bill Pritchard at the canal clean-up, which Cllr Lloyd-Jones led.", html=True)
add("ern-17-fb-no-councillor", [], "the same post crediting volunteers only", COMMS, FB_ADMIN,
    "post for the noticeboard group", "Hi Lucy,\n\nWould you mind posting this on the Harwell Bridge Noticeboard "
    "group? Photo attached.\n\nPictured: volunteers at Sunday's river clean-up. The Bridge Society organised "
    "the day and over 40 people came along.\n\nMany thanks,\nDan")
add("ern-18-fb-neutral", [], "admin asked to post a road closure", COMMS, FB_ADMIN, "road closure post",
    "Hi Lucy, could you post this on the group please: Mill Lane is closed 12-14 April for drainage works. Dan")
add("ern-19-fb-after", [], "the caption post after polling day", COMMS, FB_ADMIN, "post for the group",
    "Hi Lucy, could you post this on the group? Pictured: Cllr Margaret Ellery with the volunteers. Cllr Ellery "
    "organised the day.", date=AFTER)

# -- a candidate's self-promoting quote to the press ------------------------------------
add("er-26-press-kept-promise", [E], "candidate's council address: a quote for the paper", ELLERY, EDITOR,
    "quote on the library", "Statement from Cllr Margaret Ellery: \"Four years ago I promised to save the "
    "library. I kept that promise.\"")
add("er-27-press-my-campaign-reply", [E], "candidate replies to a journalist: my campaign saved it (HTML)",
    OKAFOR, REPORTER, "RE: market", "Hi Priya, my comment: 'It was my campaign that saved the market, and I "
    "am proud of my record.' Helen", html=True,
    quoted=(REPORTER, [OKAFOR], "market", "Helen, any comment on the market charter? Priya"))
add("er-28-press-worked-harder", [E], "candidate to the radio newsroom: nobody worked harder", SIDDIQUI, RADIO,
    "quote", "quote for the bulletin: 'Nobody has worked harder for Westfield than me - I got the potholes fixed "
    "and the buses back.'")
add("er-29-press-polling-morning", [E], "polling day morning: candidate's quote to the press", LLOYD, NEWSDESK,
    "today", "Morning - if you need a line: 'I brought the youth club back and I will keep fighting for "
    "Eastfield.' Gareth", date="06 May 2027 07:40:00 +0100")
add("ern-20-press-quote-personal", [], "the same quote from her personal address", OKAFOR_HOME, REPORTER,
    "RE: market", "Hi Priya, my comment: 'It was my campaign that saved the market, and I am proud of my "
    "record.' Helen Okafor, Independent candidate")
add("ern-21-press-factual-councillor", [], "candidate's council address: a factual answer", LLOYD, NEWSDESK,
    "Re: planning", "I can confirm the Planning Committee meets on 20 April at 7pm and the papers are online. "
    "Gareth")
add("ern-22-press-after-poll", [], "the quote the day after polling day", LLOYD, NEWSDESK, "thanks",
    "'I brought the youth club back and I will keep fighting for Eastfield.' Gareth",
    date="07 May 2027 09:00:00 +0100")

# -- second voices of the same kinds ------------------------------------------------------
add("er-30-mayors-parlour", [E], "Mayor's office mailbox: 'From the Mayor's Parlour', I opened…",
    f"Mayor's Office <mayorsoffice@{D}>", "Letters <letters@harwellbridgegazette.co.uk>", "From the Mayor's Parlour",
    "From the Mayor's Parlour\n\nIt has been a busy month for me as your Mayor. I opened the new skate park on "
    "Saturday and I launched our Green Town plan at the library.")
add("er-31-relay-would-like", [E], "relay: the councillor would like me to share her message; thanks to my efforts",
    FACILITIES, [FACILITIES], "Hall roof", "Hello all,\n\nCllr Margaret Ellery would like me to share her message "
    "with all hirers: 'Thanks to my efforts the hall finally has a new roof.'\n\nFacilities Team", bcc=HIRERS[1:])
add("er-32-radio-join-studio", [E], "radio: would be delighted to join you in the studio; she's been running it",
    EVENTS, BREAKFAST, "Food bank slot", "Hi Jo - Cllr Siobhan Reilly would be delighted to join you in the studio "
    "on Monday. She's been running the food bank since 2020.\n\nEvents")
add("er-33-fb-share-this", [E], "can you share this: Cllr X who set up the repair café", COMMS, FB_ADMIN,
    "repair cafe", "Lucy, can you share this please? The repair café is back on Saturday - Cllr Gareth Lloyd-Jones, "
    "who set it up, will be there with his toolbox.\nDan")
add("er-34-press-worked-tirelessly", [E], "candidate's council address: use this quote, I have worked tirelessly",
    PRITCHARD, EDITOR, "quote", "A quote from me for Thursday's paper: \"I have worked tirelessly for Westfield and "
    "the "
    "new skate park shows it.\" Tom")
add("ern-23-radio-live-music", [], "newsletter-free note to the radio: the councillor only attends a concert",
    EVENTS, BREAKFAST, "Listings", "Hi Jo, for your listings: the live music night is on 24 April at the hall, "
    "doors 7pm, tickets £5.\n\nEvents")
add("ern-24-post-back", [], "reply to one resident: please post the form back", CLERK, RES2, "Re: allotment form",
    "Dear Mr Chauhan,\n\nCould you post it back to us by Friday? Cllr Pritchard has already signed the waiting "
    f"list page.\n\n{SIG_CLERK}")
add("ern-25-relay-thanks-neutral", [], "the Mayor passes on thanks to hirers for their patience (Bcc)",
    FACILITIES, [FACILITIES], "Polling day", "Dear hall users,\n\nThe hall is a polling station on 6 May. The "
    "Mayor has asked me to pass on her thanks for your patience.\n\nFacilities Team", bcc=HIRERS)
add("ern-26-joint-reply-secured", [], "candidate replies to three residents' joint complaint: casework, not a circular",
    SIDDIQUI, [RES1, RES2, RES3], "Re: lorries on Mill Lane", "Dear all,\n\nThank you for writing together about "
    "the lorries. I have secured a site visit with Wyeshire Highways next Tuesday and will report back.\n\nImran")
add("ern-27-bcc-reply-neighbours", [], "officer's reply, Bcc to the neighbours who signed the complaint", CLERK,
    [RES4], "RE: hedge on Coombe Lane", "Dear Mr Pritchard,\n\nThank you. Cllr Tom Pritchard secured the county's "
    f"agreement to cut the hedge on Friday.\n\n{SIG_CLERK}", bcc=[RES1, RES2, RES5])

# -- third voices --------------------------------------------------------------------------
CHAIRMAN_BOX = f"The Chairman <chairman@{D}>"
add("er-35-chairman-writes", [E], "chairman@ mailbox: 'The Chairman writes', proud of what he fought for",
    CHAIRMAN_BOX, EDITOR, "The Chairman writes", "THE CHAIRMAN WRITES\n\nLooking back on my four years, I am most "
    "proud of the new skate park, which I fought hard to get.")
add("er-36-mayor-raised", [E], "mayor@ to a radio newsroom: as your Mayor I have raised £12,000", MAYOR_BOX, RADIO,
    "Mayor's charity total", "Good morning. As your Mayor I have raised over £12,000 for local charities this year, "
    "more than any Mayor before me.")
add("er-37-fb-add-to-page", [E], "officer asks a page admin to add a post; the councillor pictured and credited",
    COMMS, "Noticeboard admin <admin@hbnoticeboard.org.uk>", "for the community page",
    "Could you add this to the community page? Cllr Tom Pritchard (pictured) led the litter pick on Sunday.")
add("er-38-not-for-me", [E], "candidate's council address to the press: if it wasn't for me", LLOYD, NEWSDESK,
    "Re: youth club piece", "Re your piece: if it wasn't for me the youth club would have closed.")
add("er-39-bulleted-record", [E], "candidate Bcc's residents a bulleted record", ELLERY, [ELLERY],
    "Four years for Westfield", "Dear residents of Westfield,\n\nOver the last four years I've: - saved the library\n"
    "- secured new play equipment\n- campaigned for the 47 bus.\n\nMargaret", bcc=MANY[:5])
add("er-40-fb-mums-group", [E], "for a named Facebook group: huge thanks to a councillor who organised it", COMMS,
    "Jo Marsh <jo.marsh@gmail.com>", "fun day post", "Hi Jo, for the Harwell Bridge Mums Facebook group please: "
    "'Huge thanks to Cllr Reilly who organised the toddler fun day!'")
add("ern-28-fb-mums-neutral", [], "the same Facebook group asked to post a neutral notice", COMMS,
    "Jo Marsh <jo.marsh@gmail.com>", "fun day post", "Hi Jo, for the Harwell Bridge Mums Facebook group please: "
    "'The toddler fun day is on Saturday at the library.'")
add("ern-29-mayor-raised-internal", [], "the Mayor's charity total to the Clerk (internal)", MAYOR_BOX, CLERK,
    "charity total", "I have raised £12,000 for charity this year - can we put it in the annual report after May?")
add("ern-30-events-officer-live", [], "the events officer offers herself to the radio", EVENTS,
    "Community radio <hello@wyesidecommunityradio.org>", "duck race", "Hi, the duck race is on Saturday at 2pm; "
    "I'm happy to talk to you live about the arrangements.")
add("ern-31-hirers-chair-absent", [], "hirers in Bcc told the Chair will not attend", CLERK, [CLERK], "AGM",
    "Dear hirers,\n\nThe Chair will not be attending the AGM on 20 April; the Vice-Chair will open it.",
    bcc=HIRERS)
add("er-41-mayor-of-town-said", [E], "the Mayor of the town (by place name) reported for newsletters", NEWS_BOX, GROUPS,
    "For your newsletters", "For your newsletters: the Mayor of Harwell Bridge said the skate park was her proudest "
    "achievement.")
add("ern-32-mayor-opens-meeting", [], "the Mayor will open the Annual Town Meeting and welcome residents", NEWS_BOX,
    GROUPS, "For your newsletters", "For your newsletters: the Annual Town Meeting is on 21 April. The Mayor will "
    "open the meeting and welcome residents.")
add("ern-33-chair-of-society", [], "the chair of a society, not of the council", NEWS_BOX, GROUPS,
    "For your newsletters", "For your newsletters: the Chair of the Bridge Society said the fair raised £2,000.")
add("ern-34-mayor-of-county", [], "the Mayor of another authority", NEWS_BOX, GROUPS, "For your newsletters",
    "For your newsletters: the Mayor of Wyeshire said the county fair is back.")
add("ern-35-meeting-led-by-mayor", [], "the Annual Town Meeting will be led by the Mayor", INFO, NEWSLETTER_LIST,
    "Annual Town Meeting", "The Annual Town Meeting will be led by the Mayor. Questions can be sent in advance.")

# -- relays forwarded below, pronouns as objects, a councillor's farewell ------------------
add("er-42-relay-forwarded-below", [E], "officer forwards the Chair's self-credit below to hirers in Bcc",
    FACILITIES, [FACILITIES], "FW: hall", "Dear hall users,\n\nPlease see below a message from the Chair.\n\n"
    "Facilities Team", bcc=HIRERS,
    quoted=(OKAFOR, [FACILITIES], "hall", "Could you send this to the hirers: I'm delighted that the refurbishment "
            "I championed is finished and I hope you enjoy the new kitchen.\nHelen"))
add("er-43-relay-quoted-lines", [E], "officer relays the message below in '>' lines", COMMS, [COMMS],
    "From Cllr Siddiqui", "Hi all, Cllr Siddiqui has asked me to pass on the message below.\n\n> I have obtained "
    "the money for the new goal posts - see you at the match!\n> Imran", bcc=GROUPS[1:])
add("er-44-privilege-together", [E], "candidate's council address, Bcc: the privilege of my life; together we saved",
    OKAFOR, [OKAFOR], "Thank you", "Dear friends,\n\nIt has been the privilege of my life to serve as your "
    "councillor. Together we saved the market.\n\nHelen", bcc=MANY[:4])
add("er-45-radio-slot-down-to-her", [E], "radio: a councillor for the 8am slot; the revival was down to her", COMMS,
    PRODUCER, "8am slot", "Hi - Cllr Okafor can come in for the 8am slot. The market revival was down to her.\nDan")
add("ern-36-relay-forwarded-neutral", [], "the Chair's neutral note forwarded below to hirers", FACILITIES,
    [FACILITIES], "FW: hall", "Dear hall users,\n\nPlease see below a message from the Chair.\n\nFacilities Team",
    bcc=HIRERS, quoted=(OKAFOR, [FACILITIES], "hall", "Could you let the hirers know the hall is closed on 6 May "
                        "for the poll.\nHelen"))
add("ern-37-reply-quoted-claim", [], "reply to the newsdesk; a candidate's old claim only in the quoted history",
    COMMS, NEWSDESK, "RE: market", "Hi, the market runs every Saturday from 8am. No comment from councillors in the "
    "pre-election period.\n\nDan", quoted=(OKAFOR, [NEWSDESK], "market", "I secured the market's future. Helen"))

# -- more self-promoting words --------------------------------------------------------------
add("er-46-quote-me-didnt-give-up", [E], "candidate to the press: it is there because I didn't give up", SIDDIQUI,
    NEWSDESK, "bus shelter", "A quote for your piece: \"The new bus shelter is there because I didn't give up.\"")
add("er-47-under-my-leadership", [E], "candidate's statement to the press: under my leadership", OKAFOR, EDITOR,
    "statement", "My statement: Under my leadership the precept stayed the same for three years.")
add("er-48-done-for-pass-on", [E], "candidate Bcc's residents what he has done and asks them to pass it on",
    PRITCHARD, [PRITCHARD], "Westfield", "Dear residents, a quick reminder of what I've done for Westfield - the "
    "skate park, the crossing and the lights. Please pass this on to your neighbours.\nTom", bcc=MANY[6:9])
add("ern-38-cant-comment", [], "candidate declines to comment to the press in the period", SIDDIQUI, NEWSDESK,
    "Re: bus shelter", "Sorry, I can't comment during the pre-election period. Imran")
add("ern-39-ra-apologies", [], "candidate's apologies to the residents' association", PRITCHARD,
    "Pat Nolan <chair@westfieldra.org.uk>", "RA meeting", "Hi Pat, I can't make the RA meeting on Tuesday, "
    "apologies. Tom")

# -- the council's publicity mailbox, "for your members", "our Chair" ----------------------
COMMS_BOX = f"Communications <communications@{D}>"
add("er-49-comms-feel-free", [E], "communications mailbox to groups: feel free to use the photos; the Mayor said",
    COMMS_BOX, GROUPS, "Play area opening", "Photos from the opening attached - feel free to use them. The Mayor "
    "said: \"I was thrilled to open it.\"")
add("er-50-words-from-our-chair", [E], "officer to groups: a few words from our Chair for your members",
    f"Karen Whitfield <k.whitfield@{D}>", GROUPS, "Hall", "Good afternoon, a few words from our Chair for your "
    "members: 'I am proud that I got the hall refurbished on time.'\nKaren")
add("er-51-html-hirers-she-fought", [E], "HTML to hirers in Bcc: the refurbishment she fought for", FACILITIES,
    [FACILITIES], "Refurbishment", "Dear Hirers\n\nCllr Okafor, our Chair, would like to share the news that the "
    "refurbishment she fought for is complete.\n\nFacilities Team", bcc=HIRERS, html=True)
add("ern-40-comms-clerk-said", [], "communications mailbox to groups quoting the Clerk", COMMS_BOX, GROUPS,
    "Play area opening", "Photos from the opening attached - feel free to use them. The Clerk said it went well.")
add("ern-41-comms-neutral", [], "communications mailbox to groups: opening hours only", COMMS_BOX, GROUPS,
    "Play area opening", "Photos from the opening attached - feel free to use them. The play area is open daily "
    "from 8am.")
