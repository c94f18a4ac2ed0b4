"""Scenarios of the election-period corpus (issue 17), written from the rule's definition.

Positives: publicity from a council mailbox (officer, shared address, a councillor's council
address) to the press, a list, many residents, or itself a release or newsletter, that promotes
a councillor who stands, in an election period. Hard negatives look like them but are outside
the period, internal, from a personal or party address, factual, about officers or residents,
or a reply to one resident. Voices: a formal press officer, a chatty clerk, terse notes,
non-native English, Outlook HTML, replies with quoted history, "Sent from my iPhone".
`build_election.py` renders them into tests/corpus/election-period/.
"""

from __future__ import annotations

from election_people import *  # noqa: F403 - the people of one fictional council

E = "election-period"
CASES: list[tuple[str, list[str], str, dict]] = []

BEFORE = "22 Mar 2027 10:15:00 +0000"   # a week before the all-out period
AFTER = "14 May 2027 11:00:00 +0100"    # after polling day
GAP = "16 Jul 2027 09:00:00 +0100"      # between the two periods
BYE = "28 Sep 2027 10:30:00 +0100"      # in the county by-election (only Tom Pritchard stands)


def add(stem: str, rules: list[str], why: str, from_: str, to, subject: str, body: str, **extra) -> None:
    CASES.append((stem, rules, why, dict(from_=from_, to=to if isinstance(to, list) else [to],
                                          subject=subject, body=body, **extra)))


def release(headline: str, text: str, contact: str = "Dan Ashby, Deputy Town Clerk, 01632 960123") -> str:
    return (f"PRESS RELEASE\nFor immediate release\n\n{headline}\n\n{text}\n\nENDS\n\n"
            f"Notes to editors\nMedia enquiries: {contact}")


SIG_CLERK = "Karen Whitfield\nTown Clerk\nHarwell Bridge Town Council"
SIG_DAN = "Dan Ashby\nDeputy Town Clerk\nHarwell Bridge Town Council"

# ======================= positives =====================================================
add("ep-01-release-quote-chair", [E], "officer's press release quotes the chair, who stands", COMMS, NEWSDESK,
    "Press release: Riverside play park reopens",
    release("RIVERSIDE PLAY PARK REOPENS AFTER REFIT",
            "Harwell Bridge's Riverside play park reopens on Saturday after a six-week refit.\n\n"
            "Cllr Helen Okafor, Chair of the Town Council, said: \"This is a wonderful day for the "
            "families of Harwell Bridge and I am proud of what we have achieved.\""))
add("ep-02-release-quote-after", [E], "quote first, attribution after", COMMS, [NEWSDESK, EDITOR],
    "News release - Christmas lights switch-on date",
    release("DATE SET FOR LIGHTS SWITCH-ON",
            "\"We listened to residents and moved the switch-on to a Saturday so more families can come,\" "
            "said Cllr Gareth Lloyd-Jones, who chairs the Events Committee."))
add("ep-03-thanks-to", [E], "newsletter to the residents list credits a councillor", INFO, RESIDENTS_LIST,
    "Harwell Bridge community update - April",
    "Hello everyone,\n\nHere is this month's community update from your Town Council.\n\n"
    "NEW BENCHES ON THE GREEN\nThanks to Cllr Siobhan Reilly, four new benches have been installed on the "
    "green, made from recycled plastic.\n\nBIN COLLECTIONS\nCollections move to Tuesdays from 3 May.\n\n"
    "Best wishes,\nHarwell Bridge Town Council")
add("ep-04-secured-grant", [E], "release credits a councillor with securing a grant", CLERK, EDITOR,
    "Press release: £40,000 for the skate park",
    release("£40,000 BOOST FOR SKATE PARK",
            "Cllr Tom Pritchard secured £40,000 from the Wyeshire Community Fund to rebuild the skate park "
            "on Mill Lane, which has been closed since last autumn."))
add("ep-05-pictured", [E], "photo caption pictures a councillor", COMMS, NEWSDESK, "Photo for Thursday's paper",
    "Hi,\n\nPhoto attached for the story about the litter pick, if you have space.\n\n"
    "Caption: Pictured: Cllr Imran Siddiqui with pupils from St Anne's Primary at Sunday's litter pick.\n\n"
    f"Thanks,\n{SIG_DAN}")
add("ep-06-officially-open", [E], "event featuring a councillor, to the press", INFO, [NEWSDESK, RADIO],
    "Photo call: new community fridge",
    "Photo call - Friday 16 April, 10am, Harwell Bridge Library\n\nThe new community fridge will be officially "
    "opened by Cllr Helen Okafor, Chair of the Town Council. Photographers welcome.\n\nHarwell Bridge Town Council")
add("ep-07-chatty-clerk", [E], "chatty clerk to the parish magazine: reports a councillor's views", CLERK, MAGAZINE,
    "bits for the May issue",
    "Hi Sue!\n\nHere's our bit for the parish magazine, hope it's not too late!!\n\nAt the April meeting Cllr "
    "Gareth Lloyd-Jones told the council the bypass plans would be a disaster for the high street, and "
    "members agreed to write to the county.\n\nCheers, Karen x")
add("ep-08-terse-quote", [E], "terse: quote for the paper", COMMS, REPORTER, "quote",
    "Quote for your piece, from Cllr Reilly: \"The cycle path is the best thing this council has done in years.\"\n"
    "Dan")
add("ep-09-nonnative", [E], "non-native English officer, newsletter", COMMS, NEWSLETTER_LIST,
    "Newsletter of Town Council - spring",
    "Dear residents,\n\nWe are sending you the spring newsletter of the Town Council.\n\nThe new allotments "
    "at Coombe Field are ready. It is big success and thanks go to Cllr Tom Pritchard who was fighting for "
    "this since two years.\n\nWith kind regards,\nDan Ashby")
add("ep-10-hard-work", [E], "praise of a councillor's hard work in a bulletin", INFO, RESIDENTS_LIST,
    "E-bulletin: flood defences finished",
    "The flood barrier at Mill Lane is finished, two months early. The Town Council wants to recognise the "
    "tireless work of Cllr Margaret Ellery, who kept the project on track.\n\nHarwell Bridge Town Council")
add("ep-11-championed", [E], "release: a councillor championed the scheme", COMMS, [NEWSDESK, EDITOR, RADIO],
    "Media release: 20mph limits approved",
    release("20MPH LIMITS FOR SCHOOL STREETS",
            "Wyeshire County Council has approved 20mph limits outside all three Harwell Bridge schools, a "
            "scheme championed by Cllr Siobhan Reilly since 2024."))
add("ep-12-html-outlook", [E], "Outlook HTML press release quoting a councillor", COMMS, NEWSDESK,
    "PRESS RELEASE: Library opening hours extended",
    release("LIBRARY TO OPEN ON SUNDAYS",
            "From May the library will open on Sunday afternoons.\n\n\"Residents asked for this and we delivered,\" "
            "said Cllr Imran Siddiqui."), html=True)
add("ep-13-councillor-own-release", [E], "candidate sends a release from their council address, first person",
    OKAFOR, NEWSDESK, "Press release from the Chair",
    "PRESS RELEASE\n\nI am proud to have secured the future of the Harwell Bridge market for another ten years. "
    "I fought for this when others said it could not be done.\n\nCllr Helen Okafor\nChair, Harwell Bridge Town Council")
add("ep-14-councillor-vote-for-me", [E], "candidate asks for votes from their council address to a mailing list",
    PRITCHARD, RESIDENTS_LIST, "Thursday",
    "Dear neighbours,\n\nOn Thursday please vote for me so I can finish the work on the skate park.\n\n"
    "Tom Pritchard\nTown Councillor")
add("ep-15-iphone", [E], "mobile: officer sends a caption to the paper", CLERK, EDITOR, "Re: photo",
    "Yes use that one. Caption: Cllr Gareth Lloyd-Jones cuts the ribbon at the new pavilion.\n\nSent from my iPhone")
add("ep-16-mass-bcc", [E], "mass mailing (Bcc) to residents credits a councillor", INFO, [INFO],
    "Road resurfacing on Station Road",
    "Dear resident,\n\nStation Road will be resurfaced from 19 to 23 April. This follows months of pressure "
    "from Cllr Tom Pritchard, who lobbied the county council to bring the work forward.\n\n"
    "Harwell Bridge Town Council", bcc=MANY)
add("ep-17-welcomed", [E], "release: a councillor welcomed the decision", COMMS, NEWSDESK,
    "Press release: post office to stay open",
    release("POST OFFICE SAVED",
            "Cllr Margaret Ellery welcomed the Post Office's decision to keep the Harwell Bridge branch open, "
            "after a petition signed by 2,000 residents."))
add("ep-18-according-to", [E], "newsletter: according to a councillor", INFO, NEWSLETTER_LIST,
    "Your April newsletter",
    "Parking\nAccording to Cllr Imran Siddiqui, the new car park charges will be scrapped if the council's "
    "review agrees.\n\nEaster events\nThe Easter trail runs from 2 to 17 April.")
add("ep-19-congratulate", [E], "bulletin congratulates a councillor", INFO, RESIDENTS_LIST,
    "Community bulletin",
    "We congratulate Cllr Siobhan Reilly on winning the county's Green Champion award for the town's "
    "tree-planting scheme.\n\nHarwell Bridge Town Council")
add("ep-20-brainchild", [E], "release: the scheme was a councillor's brainchild", COMMS, [EDITOR, RADIO],
    "Press release: Repair Café", release("REPAIR CAFE OPENS",
                                          "The Repair Café, the brainchild of Cllr Gareth Lloyd-Jones, opens in "
                                          "the Methodist hall on the first Saturday of every month."))
add("ep-21-reply-quoted-history", [E], "reply to a journalist adds a quote; history below", COMMS, REPORTER,
    "RE: Market charter story",
    "Hi Priya,\n\nHappy to help. Cllr Helen Okafor said: \"The market is the heart of this town and it is "
    "staying.\"\n\nDan",
    quoted=(REPORTER, [COMMS], "Market charter story",
            "Dan, could you get me a line from the council on the market charter by 3pm?\nPriya"))
add("ep-22-instrumental", [E], "bulletin: a councillor was instrumental", INFO, RESIDENTS_LIST,
    "Bus route update",
    "The 47 bus will keep its evening service. Cllr Tom Pritchard was instrumental in persuading the operator "
    "to think again.")
add("ep-23-pictured-lr", [E], "caption with (L-R) naming a councillor", COMMS, NEWSDESK, "Picture caption",
    "Caption for the attached picture:\n(L-R) head teacher Ruth Adeyemi, Cllr Imran Siddiqui and PCSO Ben Holt at "
    "the road safety day.\n\nDan Ashby")
add("ep-24-will-launch", [E], "event: a councillor will launch the consultation", INFO, [NEWSDESK, RESIDENTS_LIST],
    "Come and meet your council - Saturday",
    "Cllr Margaret Ellery will launch the town plan drop-in at the library on Saturday at 11am. "
    "Come along and have your say!")
add("ep-25-formal-statement", [E], "formal press statement reporting a councillor's views", CLERK, [NEWSDESK, EDITOR],
    "Statement on the Mill Lane planning appeal",
    f"Press statement\n\nThe Town Council notes the outcome of the Mill Lane appeal. Cllr Gareth Lloyd-Jones, "
    f"Chair of the Planning Committee, stated that the council would continue to oppose development on the "
    f"flood plain.\n\n{SIG_CLERK}")
add("ep-26-radio-interview", [E], "officer offers a councillor for an interview", COMMS, RADIO, "Interview offer",
    "Hi team,\n\nCllr Siobhan Reilly is available for an interview tomorrow about the river clean-up she has "
    "championed. She made it happen with twenty volunteers.\n\nDan")
add("ep-27-councillor-own-newsletter", [E], "councillor's council address, newsletter claiming credit",
    LLOYD, RESIDENTS_LIST, "Ward newsletter - Eastfield",
    "Eastfield ward newsletter\n\nI have delivered the new crossing on Eastfield Road that residents asked for.\n\n"
    "Gareth")
add("ep-28-thanks-go-to", [E], "chatty thanks go to, shared mailbox", FACILITIES, NEWSLETTER_LIST,
    "Hall news!",
    "Hi all,\n\nThe hall has a brand new kitchen!! Huge thanks go to Cllr Helen Okafor for all her hard work.\n\n"
    "Facilities Team")
add("ep-29-many-recipients", [E], "to many residents in To: quote of a councillor", CLERK, MANY[:12],
    "Allotment association",
    "Dear allotment holders,\n\nThe water supply is fixed. Cllr Tom Pritchard commented: \"I'm glad we got this "
    f"sorted before the growing season.\"\n\n{SIG_CLERK}")
add("ep-30-byelection-candidate", [E], "county by-election: the candidate is quoted", COMMS, NEWSDESK,
    "Press release: Coombe Field allotments", release(
        "NEW ALLOTMENTS OPEN", "Twenty new plots open at Coombe Field. \"This is what residents asked for,\" said "
                                "Cllr Tom Pritchard."), date=BYE)
add("ep-31-byelection-photo", [E], "county by-election: candidate pictured", INFO, RESIDENTS_LIST,
    "Community update - October", "Pictured: Cllr Tom Pritchard planting the first of 200 trees at Coombe Field.",
    date="05 Oct 2027 09:00:00 +0100")
add("ep-32-hailed", [E], "hailed as a success", COMMS, EDITOR, "Press release: parking review",
    release("PARKING REVIEW", "Cllr Imran Siddiqui hailed the parking review as a success for shoppers."))
add("ep-33-proud", [E], "the council is proud of a councillor", INFO, RESIDENTS_LIST, "Good news",
    "Harwell Bridge Town Council is proud that Cllr Margaret Ellery has been made an MBE for services to the "
    "community.")
add("ep-34-html-newsletter", [E], "HTML newsletter thanks a councillor", INFO, NEWSLETTER_LIST,
    "Harwell Bridge Newsletter - Issue 12",
    "HARWELL BRIDGE NEWSLETTER\n\nDefibrillators\nThree new defibrillators are in place, thanks to the "
    "fundraising of Cllr Gareth Lloyd-Jones.\n\nDog bins\nTwo new dog bins on the riverside path.",
    html=True)
add("ep-35-explained", [E], "release: a councillor explained the budget", CLERK, [NEWSDESK, REPORTER],
    "News release: council tax", release("TOWN COUNCIL TAX FROZEN",
                                         "Cllr Helen Okafor explained that the freeze was possible because of "
                                         "savings made on energy."))
add("ep-36-first-day", [E], "on the first day of the period", COMMS, NEWSDESK, "Press release: toilets reopen",
    release("PUBLIC TOILETS REOPEN", "\"Clean toilets matter to everyone,\" said Cllr Siobhan Reilly."),
    date="29 Mar 2027 09:00:00 +0100")
add("ep-37-polling-day", [E], "on polling day, late evening local time", COMMS, NEWSDESK, "Statement",
    "Media statement: Cllr Gareth Lloyd-Jones said the new youth club would open in June.",
    date="06 May 2027 21:30:00 +0100")
add("ep-38-re-elect", [E], "shared mailbox asks to re-elect a councillor", INFO, RESIDENTS_LIST, "Thank you",
    "Thank you for supporting the fun day. Please re-elect Cllr Helen Okafor so she can carry on her good work!")
add("ep-39-special-guest", [E], "event with a councillor as special guest", INFO, [WI, RESIDENTS_LIST],
    "Spring fair", "The spring fair is on 24 April. Our special guest will be Cllr Margaret Ellery, who will "
    "judge the cake competition.")
add("ep-40-credit", [E], "credit to a councillor, terse", COMMS, EDITOR, "for your Wednesday round-up",
    "Speed signs on London Road are up. Credit to Cllr Imran Siddiqui for pushing for them.")
add("ep-41-campaigned", [E], "release: a councillor campaigned for it", COMMS, NEWSDESK, "Press release: crossing",
    release("NEW CROSSING", "The new crossing on Eastfield Road follows a campaign by residents and Cllr Gareth "
                            "Lloyd-Jones, who campaigned for it for three years."))
add("ep-42-nonnative-pictured", [E], "non-native English: photo of councillor", COMMS, RADIO, "photo from event",
    "Hello, I send you the photo of Cllr Siobhan Reilly with the volunteers from the river cleaning, you can "
    "use it for the website news story.\nBest regards Dan")

# ======================= hard negatives ================================================
add("en-01-before-period", [], "the same kind of release a week before the period", COMMS, NEWSDESK,
    "Press release: Riverside play park plans", release(
        "PLAY PARK PLANS", "\"Families asked for a better play park and they will get one,\" said Cllr Helen Okafor."),
    date=BEFORE)
add("en-02-after-period", [], "a quote after polling day", COMMS, NEWSDESK, "Press release: new chair",
    release("NEW CHAIR ELECTED", "\"It is an honour,\" said Cllr Margaret Ellery, elected Chair last night."),
    date=AFTER)
add("en-03-gap", [], "summer, between the periods", INFO, RESIDENTS_LIST, "Summer newsletter",
    "Thanks to Cllr Tom Pritchard, the paddling pool is open every day in August.", date=GAP)
add("en-04-officer-quote", [], "release quotes the clerk, not a councillor", COMMS, NEWSDESK,
    "Press release: cemetery works", release(
        "CEMETERY PATHS RELAID", "\"The paths will be closed for two weeks,\" said Town Clerk Karen Whitfield."))
add("en-05-officer-spokesperson", [], "release with an officer as spokesperson during the period", CLERK,
    [NEWSDESK, EDITOR], "News release: recycling centre hours",
    release("RECYCLING CENTRE HOURS", "Deputy Town Clerk Dan Ashby said the centre would open at 8am on "
                                      "bank holiday Monday."))
add("en-06-candidate-list", [], "factual list of candidates and parties for the press", CLERK, NEWSDESK,
    "Town council election: candidates",
    "Dear editor,\n\nFor publication: the statement of persons nominated for Harwell Bridge Town Council lists, "
    "for Eastfield ward, Gareth Lloyd-Jones (Labour), Siobhan Reilly (Green Party) and Imran Siddiqui (Liberal "
    f"Democrats).\n\n{SIG_CLERK}")
add("en-07-notice-of-poll", [], "notice of poll and polling stations to residents", INFO, RESIDENTS_LIST,
    "Polling stations on 6 May",
    "Polling stations are open from 7am to 10pm on Thursday 6 May. Your poll card tells you where to vote. "
    "The candidates standing in each ward are listed on the notice of poll at the library.")
add("en-08-internal-draft", [], "internal: draft release quoting a councillor, to councillors and staff", COMMS,
    [CLERK, OKAFOR], "Draft press release for checking", release(
        "DRAFT - PLAY PARK", "\"This is a wonderful day,\" said Cllr Helen Okafor.") + "\n\nKaren, ok to hold this "
                                                                                       "until after 6 May?")
add("en-09-internal-guidance", [], "internal: pre-election guidance to all councillors", CLERK,
    [OKAFOR, PRITCHARD, LLOYD, REILLY, SIDDIQUI, ELLERY], "Pre-election period guidance",
    "Dear councillors,\n\nThe pre-election period starts on 29 March. Please do not ask officers for press "
    "releases quoting you; Cllr Okafor said at the last meeting that she would lead by example.\n\n" + SIG_CLERK)
add("en-10-campaign-personal", [], "a councillor's campaign mail from a personal address", OKAFOR_HOME,
    RESIDENTS_LIST, "Vote Helen on 6 May",
    "Dear neighbours,\n\nI am proud to have secured the market's future and I'd be grateful for your vote on "
    "6 May.\n\nHelen Okafor, Independent candidate")
add("en-11-campaign-party", [], "party address: campaign newsletter quoting the candidate", PRITCHARD_PARTY,
    NEWSLETTER_LIST, "Harwell Bridge Conservatives - spring news",
    "\"I fought for the skate park and I will finish the job,\" said Cllr Tom Pritchard.\n\nPromoted by the "
    "Harwell Bridge Conservatives.")
add("en-12-campaign-gmail-press", [], "a candidate's personal address to the press", REILLY_HOME, NEWSDESK,
    "Green Party statement", "Please publish this statement: I campaigned for the cycle path and I am proud of it. "
    "Siobhan Reilly, Green Party candidate, Eastfield")
add("en-13-campaign-outlook", [], "a candidate from a personal Outlook address, chatty", SIDDIQUI_HOME, MANY[:11],
    "leaflets", "Hi all, thanks for helping with the leaflets - vote for me on Thursday! Imran")
add("en-14-service-notice", [], "neutral service notice to the residents list", INFO, RESIDENTS_LIST,
    "Road closure: Mill Lane", "Mill Lane will be closed from 12 to 14 April for drainage works. Diversions "
    "will be signed.\n\nHarwell Bridge Town Council")
add("en-15-service-newsletter", [], "newsletter naming no councillor", INFO, NEWSLETTER_LIST,
    "April newsletter", "Easter trail\nThe trail runs from 2 to 17 April, thanks to the volunteers of the Bridge "
    "Society.\n\nGarden waste\nCollections restart on 6 April.")
add("en-16-hall-booking", [], "bulletin thanks a resident, not a councillor", FACILITIES, RESIDENTS_LIST,
    "Hall news", "The hall kitchen is finished - thanks to Bill Pritchard of the Bridge Society, who fitted it "
                 "for free.")
add("en-17-resident-same-surname", [], "newsletter quotes Mrs Okafor of the WI, a resident", INFO, NEWSLETTER_LIST,
    "WI centenary", "\"We have met every month for a hundred years,\" said Mrs Okafor, the WI's oldest member.")
add("en-18-reply-ward-contact", [], "officer replies to one resident, naming the ward councillor as contact",
    CLERK, RES1, "Re: hedge on Coombe Lane",
    "Dear Mrs Tilling,\n\nThank you for your email. The hedge is on county land, so I have passed your report "
    "to Wyeshire Highways. Your ward councillor, Cllr Tom Pritchard, can also be contacted at "
    f"cllr.pritchard@{D}.\n\nKind regards,\n{SIG_CLERK}")
add("en-19-reply-thanks-raising", [], "reply to one resident: thanks to a councillor for raising it", COMMS, RES2,
    "Re: streetlight", "Dear Mr Chauhan,\n\nThe streetlight has been reported, thanks to Cllr Reilly who raised it "
    "at the last meeting. The county aims to fix it within 28 days.\n\nDan Ashby")
add("en-20-reply-said", [], "reply to one resident: a councillor said she'd look into it", CLERK, RES3,
    "Re: bins in the park", "Dear Ms Nowak,\n\nCllr Okafor said she would look at the bins with me on Friday. "
    "I will let you know what we decide.\n\nKaren Whitfield")
add("en-21-reply-iphone", [], "mobile reply to one resident naming the councillor", CLERK, RES5,
    "Re: allotment key", "Cllr Pritchard has the spare key, he said he can drop it round tomorrow.\n\n"
    "Sent from my iPhone")
add("en-22-councillor-casework", [], "a candidate's council address, casework to one resident", PRITCHARD, RES4,
    "Re: parking outside the school", "Dear Mr Pritchard,\n\nI have raised the parking with the county and will report "
    "back when they reply.\n\nTom")
add("en-23-councillor-casework-secured", [], "a candidate's council address tells one resident of a meeting",
    SIDDIQUI, RES2, "Re: potholes", "Dev - I have secured a site visit with Wyeshire Highways next Tuesday, "
                                    "I'll report back. Imran")
add("en-24-byelection-noncandidate", [], "county by-election: quote of a councillor who does not stand", COMMS,
    NEWSDESK, "Press release: bridge repairs", release(
        "BRIDGE REPAIRS", "\"The old bridge will be safe for another fifty years,\" said Cllr Helen Okafor."),
    date=BYE)
add("en-25-byelection-noncandidate-thanks", [], "by-election: thanks to a councillor who does not stand", INFO,
    RESIDENTS_LIST, "October update", "Thanks to Cllr Siobhan Reilly, the river path is open again.",
    date="04 Oct 2027 09:00:00 +0100")
add("en-26-press-factual-chair", [], "factual answer to a journalist naming the committee chair", COMMS, REPORTER,
    "Re: planning committee", "Hi Priya,\n\nThe Mill Lane application goes to the Planning Committee on 20 April. "
    "The committee is chaired by Cllr Gareth Lloyd-Jones and meets in public at 7pm.\n\nDan")
add("en-27-quoted-old-release", [], "reply whose quoted history holds an old release quoting a councillor", COMMS,
    NEWSDESK, "RE: Press release: Riverside play park",
    "Hi, yes the park opens at 10am on Saturday. No further comment from us.\n\nDan",
    quoted=(COMMS, [NEWSDESK], "Press release: Riverside play park",
            "\"This is a wonderful day for the families of Harwell Bridge,\" said Cllr Helen Okafor."))
add("en-28-partner-only", [], "to the county council (a partner), quoting a councillor", CLERK, COUNTY,
    "Highways: Station Road", "Dear colleagues,\n\nCllr Tom Pritchard said at our meeting that the resurfacing "
    f"should not clash with the fair on 24 April. Could you confirm the dates?\n\n{SIG_CLERK}")
add("en-29-resident-volunteer-quote", [], "release quotes a resident volunteer", COMMS, NEWSDESK,
    "Press release: litter pick", release("RECORD LITTER PICK",
                                          "\"We filled sixty bags,\" said volunteer Sandra Okoye."))
add("en-30-your-councillors", [], "newsletter lists the councillors' contact details", INFO, NEWSLETTER_LIST,
    "Who to contact", "Your councillors\nEastfield: Gareth Lloyd-Jones, Siobhan Reilly, Imran Siddiqui\n"
    "Westfield: Helen Okafor, Tom Pritchard, Margaret Ellery\nEmail addresses are on the council website.")
add("en-31-meeting-notice", [], "notice of a meeting naming its chair", INFO, RESIDENTS_LIST,
    "Annual Town Meeting", "The Annual Town Meeting is on 21 April at 7pm in the Methodist hall. The meeting will "
    "be chaired by Cllr Margaret Ellery. All residents are welcome.")
add("en-32-html-service", [], "Outlook HTML service notice, no councillor", COMMS, NEWSDESK,
    "Press release: new bus timetable", release("NEW BUS TIMETABLE", "The new 47 timetable starts on 18 April. "
                                                "Copies are in the library."), html=True)
add("en-33-resignation", [], "factual notice that a councillor resigned a committee seat", CLERK, NEWSDESK,
    "Change to the Planning Committee", "Dear editor,\n\nFor your listings: Cllr Siddiqui has stepped down from "
    f"the Planning Committee; the council will fill the seat after the election.\n\n{SIG_CLERK}")
add("en-34-not-for-publication", [], "internal briefing to councillors marked not for publication", CLERK,
    [OKAFOR, LLOYD], "Briefing - not for publication",
    "Not for publication: the Riverside contractor has asked for more time. Cllr Lloyd-Jones said he would "
    "speak to them.\n\n" + SIG_CLERK)
add("en-35-councillor-to-councillor", [], "a candidate to fellow councillors (internal) claims credit", OKAFOR,
    [PRITCHARD, ELLERY], "market", "I secured the market lease yesterday, so we can tell residents after the "
    "election. Helen")
add("en-36-press-decline", [], "officer declines to give a councillor's comment in the period", COMMS, REPORTER,
    "Re: comment on the bypass", "Hi Priya,\n\nIn the pre-election period we are not putting councillors forward "
    "for comment. I can give you the council's position: it objected to the bypass in January.\n\nDan")
add("en-37-photo-no-councillor", [], "photo caption naming no councillor", COMMS, NEWSDESK, "Photo for Thursday",
    "Caption: Pictured: pupils from St Anne's Primary with their prize-winning scarecrow.\n\nDan Ashby")
add("en-38-mass-bcc-neutral", [], "mass Bcc mailing with no councillor", INFO, [INFO], "Water main works",
    "Dear resident,\n\nSevern Trent will replace the water main on Station Road from 19 April.\n\n"
    "Harwell Bridge Town Council", bcc=MANY)
add("en-39-quoted-resident-thanks", [], "reply to one resident who thanked a councillor (quoted)", CLERK, RES1,
    "RE: thank you", "Dear Mrs Tilling,\n\nI will pass your thanks on.\n\nKaren",
    quoted=(RES1, [CLERK], "thank you", "Please thank Cllr Pritchard for sorting the hedge, he has been a star."))
add("en-40-wi-booking", [], "booking confirmation to the WI naming no councillor", FACILITIES, WI,
    "Hall booking 24 April", "Dear Pam,\n\nYour booking of the main hall for the spring fair on 24 April is "
    "confirmed, 9am to 5pm.\n\nFacilities Team")
add("en-41-hustings", [], "factual hustings notice listing all candidates", INFO, RESIDENTS_LIST,
    "Hustings", "The Bridge Society is holding a hustings on 28 April at 7pm. All candidates nominated for "
                "Eastfield ward have been invited.")
add("en-42-county-byelection-factual", [], "by-election: factual notice naming the candidate", CLERK, NEWSDESK,
    "County by-election", "Dear editor,\n\nFor publication: a county by-election for Harwell Bridge division is "
    "on 21 October. Candidates standing include Tom Pritchard (Conservative).\n\n" + SIG_CLERK, date=BYE)

# ======================= blind batch ===================================================
# Written after the rule and the cases above, from the definition only, and scored once
# before any change to the rule (the score is reported in the README's election section).
add("eb-01-quote-mid", [E], "blind: attribution in the middle of a quote", COMMS, NEWSDESK,
    "Press release: youth club", release("YOUTH CLUB TO REOPEN",
                                         "\"The young people of this town deserve somewhere to go,\" Cllr Siobhan "
                                         "Reilly said, \"and now they will have it.\""))
add("eb-02-according-chair", [E], "blind: the chair's view reported for a newsletter", INFO, NEWSLETTER_LIST,
    "Newsletter - May", "Market\nThe Chair, Cllr Helen Okafor, believes the market will be busier than ever this "
    "summer and wants everyone to come along.")
add("eb-03-led-the-way", [E], "blind: a councillor led the way", COMMS, EDITOR, "Press release: solar panels",
    release("SOLAR PANELS ON THE HALL", "Cllr Imran Siddiqui, who led the council's climate working group, has "
                                        "seen his plan for solar panels on the town hall come to fruition."))
add("eb-04-thank-you-cllr", [E], "blind: a big thank you to a councillor", FACILITIES, RESIDENTS_LIST,
    "Thank you!", "A big thank you to Cllr Margaret Ellery for organising the spring clean - what a star!")
add("eb-05-interview-available", [E], "blind: officer offers a councillor for interview on the radio", CLERK, RADIO,
    "Re: flooding piece", "Hi, Cllr Lloyd-Jones will be happy to talk to you on air tomorrow about the flood "
    "scheme he championed.\n\nKaren")
add("eb-06-photo-attached", [E], "blind: photo shows a councillor at an event", COMMS, NEWSDESK, "Photos",
    "Two photos attached. The first shows Cllr Tom Pritchard presenting the trophy at the bowls final.\n\nDan")
add("eb-07-outlook-html-thanks", [E], "blind: HTML bulletin with thanks to a councillor", INFO, RESIDENTS_LIST,
    "Community update", "Community update\n\nPlay area\nThe new play area is open - with thanks to Cllr Gareth "
    "Lloyd-Jones for his determination.", html=True)
add("eb-08-councillor-release-third", [E], "blind: councillor's council address, release about herself",
    REILLY, [NEWSDESK, EDITOR], "Press release",
    "PRESS RELEASE\n\nCllr Siobhan Reilly said today that the cycle path would be extended to the station.\n\n"
    "Ends")
add("eb-09-nonnative-credit", [E], "blind: non-native English, credit", COMMS, NEWSLETTER_LIST, "news of the month",
    "Dear all, the new footbridge is open now. This was possible because Cllr Imran Siddiqui worked very hard "
    "for it during many months. Regards, Dan")
add("eb-10-mobile-caption", [E], "blind: mobile, caption for the paper", COMMS, EDITOR, "pic",
    "pic attached - Cllr Okafor opening the new hall\n\nSent from my iPhone")
add("eb-11-quote-colon", [E], "blind: quote introduced with a colon", CLERK, [NEWSDESK, RADIO],
    "Statement: library", "Statement from Harwell Bridge Town Council\n\nCllr Margaret Ellery: \"We will never "
    "let the library close.\"")
add("eb-12-mass-thanks", [E], "blind: 12 residents in To, thanks to a councillor", CLERK, MANY[:12],
    "Allotment water", "Dear plot holders,\n\nThe new water troughs are in - all thanks to Cllr Tom Pritchard.\n\n"
    "Karen")
add("ebn-01-quote-officer-clerk", [], "blind: the clerk quoted in a release", CLERK, NEWSDESK,
    "Press release: burial ground", release("BURIAL GROUND EXTENDED", "Karen Whitfield, Town Clerk, said the "
                                            "extension would meet the town's needs for thirty years."))
add("ebn-02-candidates-hustings", [], "blind: factual hustings invitation naming candidates", INFO, RESIDENTS_LIST,
    "Hustings on 28 April", "Candidates standing in Westfield ward: Helen Okafor (Independent), Tom Pritchard "
    "(Conservative), Margaret Ellery (Independent). The hustings is at 7pm in the library.")
add("ebn-03-internal-thanks", [], "blind: clerk thanks a councillor internally", CLERK, [OKAFOR, ELLERY],
    "Spring clean", "Thanks to Cllr Ellery for organising the spring clean - could we mention it after the "
    "election?\n\nKaren")
add("ebn-04-personal-press", [], "blind: candidate's personal address to the press", OKAFOR_HOME, NEWSDESK,
    "Statement", "I am proud to have kept the market open. Helen Okafor, Independent candidate, Westfield")
add("ebn-05-reply-one-resident-quote", [], "blind: officer reply to one resident quoting a councillor", COMMS, RES5,
    "Re: dog fouling", "Dear Ms Okoye,\n\nCllr Siddiqui said at the meeting that more bins are coming, and I "
    "have ordered two.\n\nDan Ashby")
add("ebn-06-after-period-photo", [], "blind: photo caption after the election", COMMS, NEWSDESK, "Photo",
    "Caption: Pictured: Cllr Helen Okafor with the new mayor's chain.", date=AFTER)
add("ebn-07-press-factual-times", [], "blind: factual answer to the press, no councillor", COMMS, REPORTER,
    "Re: count", "Hi Priya, the count starts at 10pm at the leisure centre; results are expected by 2am. Dan")
add("ebn-08-surname-street", [], "blind: Okafor Close, a street", INFO, RESIDENTS_LIST, "Grit bins",
    "Thanks to the Bridge Society, new grit bins are at the end of Okafor Close and Reilly Way.")
add("ebn-09-byelection-noncandidate-photo", [], "blind: by-election, photo of a councillor who does not stand",
    COMMS, NEWSDESK, "Photo", "Pictured: Cllr Gareth Lloyd-Jones at the harvest festival.", date=BYE)
add("ebn-10-partner-caption", [], "blind: caption sent to the county's press office (a partner)", COMMS,
    "Press office <press@wyeshire.gov.uk>", "Joint photo", "Caption: Cllr Tom Pritchard with the county's "
    "highways team at Station Road.")
add("ebn-11-campaign-party-list", [], "blind: party address to a list", PRITCHARD_PARTY, RESIDENTS_LIST,
    "Meet Tom", "Come and meet Tom Pritchard, your Conservative candidate, at the market on Saturday.")
add("ebn-12-neutral-release", [], "blind: neutral release in the period", INFO, [NEWSDESK, EDITOR],
    "Press release: fireworks", release("FIREWORKS CANCELLED", "This year's fireworks are cancelled because the "
                                         "field is waterlogged."))
