"""Negatives 2: newsletter, councillors' casework, councillors chatting, press, thank-yous, auto-replies, digests."""
from common import *

# ---------------------------------------------------------------- newsletter (~30 KB)
SECTIONS = [
    ("A word from the Town Mayor",
     "What a start to the year! I want to thank everyone who came out for the Christmas lights switch-on in November - "
     "over two thousand of you braved the drizzle - and the volunteers who kept the Christmas market running. This is "
     "my final newsletter column as Mayor before the elections in May, and I have been struck again and again by how "
     "much of this town runs on goodwill: the litter pickers, the Friends of Abbey Meadow, the bell-ringers, the Lunch "
     "Club drivers. Thank you, all of you. - Helen Aldous, Town Mayor"),
    ("Your council tax: the precept for 2026/27",
     "At its meeting on 20 January the council will set its precept for 2026/27. The Finance & General Purposes Committee "
     "has recommended £412,600, an increase of 3.9%, which for a Band D home is an extra £4.71 a year. The increase covers "
     "the national pay award for staff, higher energy costs at the Corn Exchange and the second year of the play area "
     "renewal programme. The draft budget is on our website and the meeting is open to the public."),
    ("Market Square resurfacing",
     "Wessingshire County Council will resurface Market Square and the lower part of Sheep Street from 9 to 20 March. "
     "The Saturday market will move to the Abbey car park for those two weeks. Restricted parking will apply in Church "
     "Street and Bell Street while the work is done, and the county will put up signs a week beforehand."),
    ("Allotments",
     "We have three half plots free at Wendle Lane. The rent is £38 a year for a half plot and water is included. "
     "Ask the office for an application form. A reminder that bonfires are not allowed on the allotments between April "
     "and October, and the confidential waste sacks left by the shed in December have now been removed - thank you to "
     "whoever reported them."),
    ("Grants to local groups",
     "The council gave £11,450 in community grants this year to 17 groups, from the Kettleby Youth Football Club's new "
     "goal nets to the Lunch Club's minibus insurance. The next round opens on 1 April. Groups can apply for up to "
     "£1,000; application forms and guidance notes are on the website."),
    ("Planning and the Local Plan",
     "North Wendlesham District Council is consulting on Part 2 of its Local Plan Review, which allocates sites for "
     "housing. Four sites around Kettleby Magna are in the draft. The town council will hold an extraordinary meeting "
     "on 26 January to agree its response. You can respond to the district directly too; the consultation closes on "
     "27 February."),
    ("Meet your councillors",
     "Every first Saturday of the month, two councillors hold a drop-in surgery in the Corn Exchange foyer from 10am "
     "to noon. No appointment needed - come and tell us what matters to you. February's surgery will be with Cllr "
     "Chidi Okafor and Cllr Janet Frobisher."),
    ("Community Speedwatch",
     "The Kettleby Magna Community Speedwatch group needs more volunteers. Sessions last an hour and training is "
     "provided by Wessingshire Police. Last year volunteers recorded over 900 vehicles speeding on Mill Street and the "
     "Wendle Road."),
    ("Abbey Meadow",
     "The Friends of Abbey Meadow planted 400 metres of new hedge in December with trees from the Woodland Trust. The "
     "meadow paths can be muddy in winter, so please keep to the boardwalk near the stream. Dogs must be on a lead "
     "from March to July when ground-nesting birds are breeding."),
    ("The Corn Exchange at 150",
     "The Corn Exchange opened in 1876 and we are planning a year of events to mark its 150th birthday: a heritage "
     "open day in September, an exhibition of old photographs (do you have any?), and a birthday concert by the "
     "Kettleby Silver Band. If you have memories or pictures of the building, please get in touch with Jess Carrow, "
     "our Events Officer."),
    ("Recycling and waste",
     "Garden waste collections restart on 2 March. Christmas trees can be left at the Abbey car park collection point "
     "until 25 January. Shredding events for personal and confidential waste are run by the district council at the "
     "Leisure Centre on the last Saturday of each month."),
    ("Youth council",
     "The Kettleby Magna Youth Council met in December and chose mental health and the skate park as its priorities "
     "for the year. Any young person aged 11 to 18 who lives or goes to school in the town can join."),
]
EVENTS = [("Sat 31 Jan", "Burns Night ceilidh, Corn Exchange, 7.30pm"), ("Sun 1 Feb", "Abbey Meadow volunteer morning, 10am"),
          ("Sat 7 Feb", "Councillor surgery, Corn Exchange foyer, 10am-noon"), ("Fri 13 Feb", "Valentine's evening market, Market Square, 5-9pm"),
          ("Sat 14 Feb", "Half-term craft workshop, Library, 10am"), ("Tue 17 Feb", "Pancake races, Market Square, noon"),
          ("Sat 28 Feb", "Scouts jumble sale, Corn Exchange, 10am"), ("Sun 1 Mar", "St David's Day concert, St Mary's, 3pm"),
          ("Sun 8 Mar", "Farmers' market, Market Square, 9am-1pm"), ("Sat 14 Mar", "Repair Café, Methodist Hall, 10am-1pm"),
          ("Sun 15 Mar", "Mothering Sunday brass band, Buttercross, 11am"), ("Sat 21 Mar", "Great Kettleby Spring Clean, meet at the Corn Exchange, 9am"),
          ("Sat 4 Apr", "Easter trail launch, Abbey Meadow, 10am"), ("Mon 6 Apr", "Easter Monday duck race, Wendle Bridge, 2pm"),
          ("Wed 22 Apr", "Annual Town Meeting, Corn Exchange, 7pm")]
nl_lines = ["KETTLEBY MAGNA TOWN NEWS", "Winter 2026 - Issue 41", ""]
for title, text in SECTIONS:
    nl_lines += [title.upper(), "", text, ""]
    nl_lines += [text.split(". ")[0] + ". More details are on www.kettlebymagna-tc.gov.uk/news, or call the office on 01632 960 210.", ""]
CLUBS = [("Kettleby Silver Band", "Rehearses Tuesdays and Fridays at the Band Room, Mill Street; new players of all ages welcome", "secretary@kettlebysilverband.org.uk"),
 ("Kettleby Harriers AC", "Running club for all abilities; Couch to 5k starts in March from the Leisure Centre", "treasurer@kettlebyharriers.org.uk"),
 ("Kettleby Youth FC", "Teams from under-7s to under-16s, girls and boys, at the recreation ground on Saturday mornings", "secretary@kettlebyyouthfc.org.uk"),
 ("Friends of Abbey Meadow", "Volunteer mornings on the first Sunday of the month; tools and gloves provided", "friendsofabbeymeadow@gmail.com"),
 ("Kettleby Lunch Club", "Hot two-course lunch for older residents, Wednesdays at the Methodist Hall, transport available", "lunchclub.kettleby@outlook.com"),
 ("1st Kettleby Scouts", "Beavers, Cubs and Scouts meet at the Scout Hut, Wendle Road; adult volunteers always needed", "gsl@1stkettlebyscouts.org.uk"),
 ("Kettleby Camera Club", "Talks, competitions and photo walks, Wednesday evenings at the Corn Exchange", "kettlebycameraclub@outlook.com"),
 ("Wendle Valley Dance School", "Ballet, tap and street dance for ages 3 to adult", "info@wendlevalleydance.co.uk"),
 ("Kettleby Magna Town Twinning Association", "Links with Königsau in Germany; visit in June, hosts wanted", "twinning.kettleby@gmail.com"),
 ("Kettleby Model Railway Society", "Club nights Thursday in the old goods shed; exhibition every October", "kmrs.secretary@gmail.com"),
 ("Royal British Legion - Kettleby Branch", "Welfare support for veterans and families; branch meeting second Monday", "kettleby.branch@rbl.community"),
 ("Kettleby Litter Pickers", "Monthly picks across the four wards; hi-vis and grabbers provided", "kettlebylitterpickers@gmail.com"),
 ("Kettleby Repair Café", "Bring your broken toasters, bikes and jumpers; second Saturday, Methodist Hall", "repaircafe.kettleby@gmail.com"),
 ("Kettleby Bell Ringers", "Practice Thursdays 7.30pm at St Mary's; learners welcome", "tower.captain@stmaryskettleby.org.uk"),
 ("Kettleby Community Speedwatch", "Volunteers monitor speeding with police training; one hour a month", "speedwatch.kettleby@gmail.com"),
 ("Kettleby Women's Institute", "Meets first Tuesday at the Corn Exchange; speakers, crafts and cake", "kettlebywi@gmail.com"),
 ("Kettleby Gardening Club", "Plant sales, garden visits and the August show", "kettlebygardeningclub@outlook.com"),
 ("Wendle Valley Ramblers", "Sunday walks of 5 to 12 miles; programme on the library noticeboard", "wvramblers@gmail.com"),
 ("Kettleby Youth Council", "Young people aged 11-18; meets monthly in the Jubilee Room", "youthcouncil@kettlebymagna-tc.gov.uk"),
 ("Kettleby Foodbank", "Open Tuesdays and Fridays at St Mary's hall; donations at the Co-op", "kettlebyfoodbank@gmail.com"),
 ("Kettleby Amateur Dramatic Society", "Spring play in April; auditions in February", "kads.secretary@gmail.com"),
 ("Kettleby Cricket Club", "Nets start in April; junior section on Friday evenings", "kettlebycc@outlook.com"),
 ("Kettleby U3A", "Over 30 interest groups for people no longer in full-time work", "kettlebyu3a@gmail.com"),
 ("Kettleby Men's Shed", "Woodwork, tea and company, Mondays and Thursdays at Unit 7, Wendle Trading Estate", "mensshed.kettleby@gmail.com"),
 ("Kettleby Table Tennis Club", "Friday nights at the Leisure Centre, all standards", "kettlebytt@gmail.com"),
 ("Abbey Mews Residents' Association", "Looks after the private road and green at Abbey Mews", "abbeymewsra@gmail.com"),
 ("Kettleby Choral Society", "Rehearsals Monday 7.30pm; Easter Messiah at St Mary's", "kettlebychoral@gmail.com"),
 ("Kettleby Carers' Café", "A drop-in for unpaid carers, last Thursday of the month at Lavender's", "carerscafe.kettleby@gmail.com"),
 ("Kettleby Allotment Society", "Seed swaps, bulk buying and the annual produce show", "kettlebyallotments@gmail.com"),
 ("Kettleby Heritage Group", "Collects old photographs and memories of the town; Corn Exchange 150 project", "heritage.kettleby@gmail.com"),
 ("Kettleby Toddler Group", "Tuesdays and Thursdays 9.30-11.30 at the Methodist Hall", "toddlers.kettleby@gmail.com"),
 ("Kettleby Bowls Club", "Outdoor green at the recreation ground from May; indoor short mat all winter", "kettlebybowls@outlook.com"),
 ("Kettleby Chess Club", "Wednesday nights at the Plough; league teams and casual games", "kettlebychess@gmail.com"),
 ("Wendle Valley Wildlife Trust Group", "Talks and walks; swift survey in June", "wvwildlife@gmail.com"),
 ("Kettleby Street Pastors", "Friday and Saturday night volunteers in the town centre", "streetpastors.kettleby@gmail.com")]
HISTORY = ("The Corn Exchange was built in 1876 by the Kettleby Corn Exchange Company to designs by the Wessingshire "
 "architect Josiah Penfold, on the site of the old Shambles. Farmers sold grain by sample at tables in the main hall "
 "every Thursday until 1951. The building was used as a drill hall in both world wars and as a British Restaurant in "
 "1942-45. The town council bought it from the district council for one pound in 1989 and restored it with a Heritage "
 "Lottery Fund grant in 2004. The clock in the pediment was made by Smith of Derby and still has to be wound by hand "
 "every eight days - for the past 31 years by volunteer Arthur Dimmock, who retires this spring after winding it more "
 "than 1,400 times. If you would like to learn to wind the clock, the Facilities Manager would love to hear from you. "
 "The Heritage Group is collecting photographs of the building for the anniversary exhibition: weddings, dances, "
 "markets, exams, blood donor sessions, anything at all. Photographs can be scanned at the office and returned the same day.")
nl_lines += ["HISTORY CORNER: THE CORN EXCHANGE", "", HISTORY, ""]
nl_lines += ["CLUBS AND SOCIETIES DIRECTORY", ""] + [f"{n}: {d}. Contact {e}" for n, d, e in CLUBS] + [""]
nl_lines += ["WHAT'S ON", ""] + [f"{d}: {e}" for d, e in EVENTS] + [""]
nl_lines += ["COUNCIL MEETINGS", ""] + [f"{d}: {c}" for d, c in [("Thu 15 Jan", "Planning Committee, 6.30pm"),
             ("Tue 20 Jan", "Full Council, 7pm"), ("Thu 22 Jan", "Amenities Committee, 7pm"), ("Mon 26 Jan", "Extraordinary Council (Local Plan), 6.30pm"),
             ("Thu 29 Jan", "Events & Markets Committee, 7pm"), ("Thu 5 Feb", "Finance & General Purposes, 7pm"), ("Thu 12 Feb", "Planning Committee, 6.30pm")]] + [""]
nl_lines += ["YOUR COUNCILLORS", ""] + [f"Cllr {CNAME[c]} ({WARD[c]} Ward) - cllr.{c if c!='blake' else 'odonoghue-blake'}@kettlebymagna-tc.gov.uk" for c in COUNCILLORS] + [""]
nl_lines += ["CONTACT US", "", "Kettleby Magna Town Council, " + ADDRESS, "Open Monday to Friday, 9.30am to 1pm. Tel 01632 960 210.", "",
             "Edited by Mark Ebbrell, Deputy Town Clerk.", "",
             "You are receiving Town News because you subscribed on our website. To unsubscribe, reply with 'unsubscribe' in the subject line.",
             "We hold your email address only to send you Town News. See our privacy notice at www.kettlebymagna-tc.gov.uk/privacy."]
NL_TEXT = "\n".join(nl_lines)


def nl_html():
    parts = ['<html><head><meta charset="utf-8"><title>Town News</title>',
             '<style>body{font-family:Georgia,serif;color:#222;background:#f4f1ea} h1{color:#1d4e3a} h2{color:#1d4e3a;border-bottom:1px solid #c9b98f;padding-bottom:4px}'
             ' .box{max-width:640px;margin:0 auto;background:#fff;padding:24px} td{padding:4px 8px;border-bottom:1px solid #eee}</style></head>',
             '<body><div class="box"><table role="presentation" width="100%"><tr><td><h1>Kettleby Magna Town News</h1>'
             '<p style="font-size:13px;color:#666">Winter 2026 &middot; Issue 41</p></td></tr></table>']
    for title, text in SECTIONS:
        parts.append(f'<h2>{html_escape(title)}</h2><p style="font-size:15px;line-height:1.5">{html_escape(text)}</p>'
                     f'<p style="font-size:13px"><a href="https://www.kettlebymagna-tc.gov.uk/news">Read more on our website</a></p>')
    parts.append('<h2>History corner: the Corn Exchange</h2><p style="font-size:15px;line-height:1.5">' + html_escape(HISTORY) + '</p>')
    parts.append('<h2>Clubs and societies directory</h2><table width="100%" cellspacing="0">')
    for nm, d, e in CLUBS:
        parts.append(f'<tr><td style="font-weight:bold;vertical-align:top">{html_escape(nm)}</td><td>{html_escape(d)}. <a href="mailto:{e}">{e}</a></td></tr>')
    parts.append('</table>')
    parts.append('<h2>What&#39;s on</h2><table width="100%" cellspacing="0">')
    for d, e in EVENTS:
        parts.append(f'<tr><td style="width:90px;font-weight:bold">{html_escape(d)}</td><td>{html_escape(e)}</td></tr>')
    parts.append('</table><h2>Your councillors</h2><ul>')
    for c in COUNCILLORS:
        parts.append(f'<li>Cllr {html_escape(CNAME[c])} ({WARD[c]} Ward)</li>')
    parts.append('</ul><hr><p style="font-size:12px;color:#666">Kettleby Magna Town Council, ' + html_escape(ADDRESS) +
                 '. You are receiving Town News because you subscribed on our website. '
                 '<a href="mailto:office@kettlebymagna-tc.gov.uk?subject=unsubscribe">Unsubscribe</a>.</p></div></body></html>\n')
    return "\n".join(parts)


def html_escape(t):
    import html
    return html.escape(t)


SUBS = [("Ann Weatherall", "ann.weatherall@btinternet.com"), ("Kevin Shah", "kshah1977@gmail.com"),
        ("Mr & Mrs Dobbs", "dobbs.family@outlook.com"), ("Eirlys Parry", "eirlys.parry@yahoo.co.uk"),
        ("Tadeusz Wróbel", "t.wrobel@onet.pl"), ("Gwen Ashby", "gwen.ashby@talktalk.net"), ("Brian Cole", "bcole44@aol.com"),
        ("Fatima Begum", "fatima.begum@hotmail.co.uk"), ("Des O'Malley", "desomalley@gmail.com"),
        ("Friends of Abbey Meadow", "friendsofabbeymeadow@gmail.com"), ("Kettleby Lunch Club", "lunchclub.kettleby@outlook.com"),
        ("Rev. Clare Hosking", "vicar@stmaryskettleby.org.uk"), ("Noor Al-Rashid", "noor.alrashid@gmail.com"),
        ("Pete & Lin Yarrow", "yarrows@btinternet.com"), ("José Núñez", "jose.nunez.km@gmail.com")]
add("office", ["office"], "Kettleby Magna Town News - Winter 2026", NL_TEXT, bcc=SUBS, client="outlook", html_body=nl_html(),
    day=9, time=(7, 30),
    why="Long newsletter (~30 KB) from office@ to itself, subscribers in Bcc: no governed person visible or blind; "
        "the Mayor's column commits nothing and the email is the office's; 'restricted parking', 'Part 2 of its Local Plan "
        "Review' and 'confidential waste' are decoys.")

add("aldous", ["deputy"], "Mayor's column for Town News",
    "Mark,\n\nHere's my column - about 180 words, so it should fit. Feel free to trim the bit about the bell-ringers if "
    "you're short of space.\n\nHelen", atts=[("Mayor's column winter 2026.docx", [SECTIONS[0][1]])], day=2, time=(20, 15),
    why="Councillor sends newsletter copy to an officer; internal.")

add("deputy", [X["printer"]], "Town News issue 41 - print order",
    "Hi Bev,\n\nFinal PDF for Town News issue 41 attached. Please print 3,200 copies, A4 folded, 8 pages, on the usual "
    "recycled silk, to be delivered to the Corn Exchange by Wednesday 21 January. Our PO number is PO-2026-006.\n\n" + osig("deputy"),
    atts=[("TownNews41 FINAL print.pdf", ["Kettleby Magna Town News Issue 41"])], day=5, time=(12, 10),
    why="Officer places a print order; officers may commit the council.")

add("events", ["deputy"], "What's on listings for Town News",
    "Hi Mark,\n\nListings for the newsletter below - I've checked all the dates with the organisers.\n\n" +
    "\n".join(f"{d}: {e}" for d, e in EVENTS[:9]) + "\n\nJess", client="owa", day=1, time=(16, 45),
    why="Officer to officer.")

add("deputy", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
               "okafor", "fairweather", "kovacs"], "Town News - group columns by Friday please",
    "Dear Councillors,\n\nA reminder that group columns for the spring issue of Town News are due by Friday 30 January, "
    "250 words each, one per group. As agreed in the editorial policy, columns must not be party-political during the "
    "pre-election period, which starts on 23 March.\n\n" + osig("deputy"), day=8, time=(9, 30),
    why="Officer reminder to all councillors; internal.")

# ---------------------------------------------------------------- casework by councillors
add("bevan", [("Mrs Gwen Ashby", "gwen.ashby@talktalk.net")], "RE: Pothole on Mill Lane", "Dear Mrs Ashby,\n\nThank you for letting me know. I've reported the pothole outside no. 23 to the county council's "
    "highways team (reference WCC-HW-2026-18834) and I've passed your email to the clerk so that it's logged. The county "
    "aim to inspect within five working days.\n\nI'm sorry you had such a nasty fall.\n\n" + csig("bevan"), cc=["clerk"], quotes=[Q(("Mrs Gwen Ashby", "gwen.ashby@talktalk.net"), ["bevan"], "Pothole on Mill Lane",
              "Dear Councillor, I tripped on the pothole outside 23 Mill Lane on Sunday and hurt my wrist. It has been there "
              "for months. What are you going to do about it? Gwen Ashby", ago=20)], day=0, time=(18, 30), why="Ward casework: the councillor reports and refers; no commitment on the council's behalf.")

add("frobisher2", [("Dave Pickering", "dave.pickering@gmail.com")], "Re: Dog mess on the Abbey path",
    "Hi Dave,\n\nThanks for the photos. I've asked the Facilities Manager whether we can get an extra dog bin near the "
    "stile - it'll probably have to go to the Amenities Committee because of the emptying cost. I'll let you know.\n\n"
    "Jan Frobisher\n(Cllr, Abbey Ward)", client="gmail",
    quotes=[Q(("Dave Pickering", "dave.pickering@gmail.com"), ["frobisher2"], "Dog mess on the Abbey path",
              "Jan, it's getting worse by the stile on the Abbey path. Photos attached. Can the council do something? Dave", ago=30)],
    day=1, time=(20, 5), why="Casework from a listed personal address; 'it'll probably have to go to committee' commits nothing.")

add("lindqvist", [("Harriet Coombe", "harriet.coombe@outlook.com")], "Re: Objection - 26/0019/FUL Wendle Lane",
    "Dear Ms Coombe,\n\nThank you for copying me into your objection. As chair of the Planning Committee I have to keep "
    "an open mind until I've heard all the evidence at the meeting on 15 January, so I can't tell you how I'll vote, but "
    "your points about the flooding at the Mill Street junction will be read out. The district council makes the "
    "decision; the town council is a consultee.\n\nYours sincerely\n\n" + csig("lindqvist"),
    day=1, time=(12, 40), why="Planning casework with a neutral stance; no commitment.")

add("chaudhary2", [("Tom Hendry", "tomhendry@btinternet.com")], "Re: Street light out - Bell Street",
    "Hi Tom,\n\nI've reported it to the county on Fix My Street (it's their light, not ours) - report 5518320. They're "
    "usually quite quick with lights. Let me know if it's still out next week and I'll chase.\n\nPriyanka", client="gmail",
    quotes=[Q(("Tom Hendry", "tomhendry@btinternet.com"), ["chaudhary2"], "Street light out - Bell Street",
              "Hi Priyanka, the light outside 9 Bell Street has been out for a fortnight, it's very dark. Tom", ago=6)],
    day=2, time=(8, 10), why="Casework from a listed personal address; reports to the county.")

add("okafor", [("Samira Haddad", "samira.haddad@gmail.com")], "RE: Parking on Church Street",
    "Dear Samira,\n\nThe restricted parking in Church Street (no waiting 8am-6pm) is set by Wessingshire County Council, "
    "so the town council can't change it, but I agree the times don't make sense on a Sunday. I've written to our county "
    "councillor, Philippa Rowe, to ask whether it can be looked at in the next traffic order review.\n\nBest wishes\n\n" + csig("okafor"),
    day=3, time=(19, 22), why="Casework and advocacy; 'restricted parking' is a decoy.")

add("hollins", [("Mr A. Threlfall", "a.threlfall@virginmedia.com")], "RE: Potholes in Beech Close",
    "Dear Mr Threlfall,\n\nBeech Close is a private road, so neither the town council nor the county council has any powers "
    "to repair it - it's the responsibility of the frontagers. I know that's not what you wanted to hear. Some residents' "
    "groups in the town have formed a management company to share the cost; I'm happy to put you in touch with the Abbey "
    "Mews one if that would help.\n\nRegards\n\n" + csig("hollins"),
    day=3, time=(11, 50), why="Explaining powers on a 'private road' (decoy); advice, not a refusal of permission.")

add("fairweather", [("Liz Moran", "lizmoran@gmail.com")], "Re: Thank you for coming to the surgery",
    "Dear Liz,\n\nIt was good to meet you on Saturday. As promised, the number for the district council's housing options "
    "team is 01632 960 500. I've also mentioned your damp problem to the clerk, who knows the housing association's "
    "local manager.\n\nKind regards\n\nBeatrix Fairweather\nTown Councillor, Wendle Ward", client="iphone",
    day=6, time=(17, 5), why="Casework after a surgery; signposting.")

add("kovacs", [("Ildikó Szabó", "ildiko.szabo@freemail.hu")], "Re: Noise from the Crown",
    "Kedves Ildikó - dear Ildikó,\n\nNoise from licensed premises is dealt with by the district council's environmental "
    "health team, not the town council. The easiest way is their online form at northwendlesham.gov.uk/noise. I'll "
    "mention it to the Crown's landlord when I see him, but as a neighbour, not officially.\n\nZoltán\n\nSent from my iPhone",
    client="iphone", day=4, time=(22, 14), why="Casework with non-ASCII names; signposting to the district; personal action.")

add("nibhriain", [("Wendle Lane Residents", "wendlelaneresidents@gmail.com")], "Re: Crossing petition",
    "Dear all,\n\nI'll be very glad to sign the petition and I'll speak in support of a crossing at Full Council on the "
    "20th. Personally I think it's the most dangerous junction in the ward. Whether the council backs it is for the "
    "council to decide, and the crossing itself would be a county decision.\n\nAoife\n" + csig("nibhriain"),
    quotes=[Q(("Wendle Lane Residents", "wendlelaneresidents@gmail.com"), ["nibhriain", "fairweather", "lindqvist"],
              "Crossing petition", "Dear Wendle ward councillors, we are collecting signatures for a zebra crossing at Wendle "
              "Lane/Mill Street. Will you support it? Margaret Oduya, for the residents' group", ago=48)],
    client="gmail", day=5, time=(13, 13), why="Advocacy and a personal view; no commitment on behalf of the council.")

add("penhaligon", [("Mr R. Sweeting", "rsweeting@btopenworld.com")], "RE: Overhanging tree - Castle Walk", "Dear Mr Sweeting,\n\nI've passed your note to the clerk, who will check whether the ash tree is on council land or on "
    "the school's side of the boundary. Either way someone will be in touch.\n\nBest regards\n" + csig("penhaligon"), cc=["clerk"], day=2, time=(14, 55), why="Casework: 'I've passed your note to the clerk'.")

add("bevan", [("Kettleby Litter Pickers", "kettlebylitterpickers@gmail.com")], "Thank you - Market Ward litter pick",
    "Hi Mandy,\n\nJust a quick note to say a huge thank you to the group for Sunday's litter pick - 31 bags from the ward "
    "alone. I've told the Mayor and I hope she'll mention it at council.\n\nRhodri", client="gmail", day=6, time=(20, 40),
    why="Councillor's thank-you; commits nothing.")

add("blake2", [("Mr J. Fenwick", "jfenwick@castlestreetdental.co.uk")], "Re: Christmas lights on Castle Street",
    "Dear Jonathan,\n\nThank you for your kind words about the lights. I'll pass on your suggestion about extending them "
    "to the top of Castle Street to the Events & Markets Committee when it reviews the scheme in February. I can't "
    "promise anything - the budget is very tight - but it will be discussed.\n\nWarm regards\nMarguerite", client="gmail",
    day=7, time=(9, 20), why="Casework with explicit hedging: 'I can't promise anything'.")

add("okafor", [("Joy Adeyemi", "joy.adeyemi@gmail.com")], "RE: Bus shelter at the Green",
    "Hi Joy,\n\nYes - I've seen it. The glass panel was smashed on Friday night. I've reported it to the office and "
    "Stuart (our Facilities Manager) already has it on his list. Thanks for keeping an eye out.\n\nChidi",
    client="owa", quotes=[Q(("Joy Adeyemi", "joy.adeyemi@gmail.com"), ["okafor"], "Bus shelter at the Green",
                             "Chidi, someone's smashed the bus shelter at the Green again. Joy", ago=3)],
    day=4, time=(10, 7), why="Casework: reports to officers.")

add("aldous2", [("Mrs Eileen Toft", "eileen.toft@btinternet.com")], "Re: Lunch Club",
    "Dear Eileen,\n\nHow kind of you to write. I'm so glad you enjoyed the Mayor's tea party - the Lunch Club ladies did "
    "all the hard work! I look forward to seeing you at the Burns Night ceilidh.\n\nWith love\nHelen", client="gmail",
    day=8, time=(16, 0), why="Mayor's personal thank-you from a listed personal address.")

# ---------------------------------------------------------------- councillors chatting
add("penhaligon", ["fairweather"], "Remembrance planning meeting?",
    "Beatrix - are you going to the Legion's Remembrance planning meeting on Thursday? I could give you a lift if so.\n\nGareth",
    client="owa", day=1, time=(19, 33), why="Councillor to councillor; no Bcc, no quote.")

add("nibhriain", ["bevan", "lindqvist", "okafor"], "Group meeting Thursday",
    "Hi all,\n\nLib Dem group meeting Thursday 7.30pm at the Plough as usual. Main item is our line on the precept. "
    "Søren, can you bring the numbers from F&GP?\n\nAoife", client="gmail", day=0, time=(21, 10),
    why="Group members chatting; internal.")

add("bevan", ["nibhriain", "lindqvist", "okafor"], "Re: Group meeting Thursday",
    "Works for me. I'll be ten minutes late - surgery at the GP's.\n\nRhodri", client="gmail",
    quotes=[Q("lindqvist", ["nibhriain", "bevan", "okafor"], "Re: Group meeting Thursday",
              "Yes, I'll bring the F&GP papers. Shall we also talk about the crossing petition?\n\nSøren", ago=2),
            Q("okafor", ["nibhriain", "bevan", "lindqvist"], "Re: Group meeting Thursday", "I'm in. Chidi", ago=3),
            Q("nibhriain", ["bevan", "lindqvist", "okafor"], "Re: Group meeting Thursday",
              "PS Plough have said we can have the back room.", ago=1),
            Q("okafor", ["nibhriain", "bevan", "lindqvist"], "Re: Group meeting Thursday", "Excellent. Chidi", ago=1),
            Q("nibhriain", ["bevan", "lindqvist", "okafor"], "Group meeting Thursday",
              "Hi all,\n\nLib Dem group meeting Thursday 7.30pm at the Plough as usual. Main item is our line on the precept.\n\nAoife", ago=2)],
    day=1, time=(8, 5), why="Reply-all among the same four councillors, 5-level Gmail quote; authors are councillors.")

add("kovacs2", ["frobisher2"], "Training lift",
    "Jan, I'm driving to the WALC planning training in Wendlesham on the 24th - want a lift? Leaving 9am. Z", client="iphone",
    day=5, time=(7, 50), why="Two councillors' personal addresses (both listed); chat.")

add("fairweather", ["okafor"], "Congratulations!",
    "Chidi - just heard the news from Priyanka. Congratulations to you and Grace! Hope everyone is getting some sleep.\n\nBeatrix",
    day=6, time=(12, 22), why="Personal note between councillors of different groups.")

add("blake", ["penhaligon", "hollins", "fairweather"], "Draft budget - thoughts",
    "Gareth, Derek, Beatrix,\n\nA few thoughts before Tuesday. I think we can live with 3.9% if the play area money stays. "
    "On the Local Plan, Part 2 of the consultation is where the Wendle Lane site sits, so we need a clear line at the "
    "extraordinary meeting.\n\nMarguerite", day=3, time=(21, 0),
    why="Conservative group chat; 'Part 2 of the consultation' is a decoy.")

add("okafor", ["clerk"], "Apologies - Amenities 22 Jan",
    "Ros, apologies for Thursday's Amenities meeting please - work trip to Leeds. Chidi", client="owa", day=8, time=(7, 58),
    why="Apologies to the clerk.")

add("hollins", ["rfo"], "Question on the allotment water bill",
    "Nadia, why has the Wendle Lane allotment water bill doubled? Is there a leak? Derek", client="owa", day=7, time=(13, 3),
    why="Councillor asks an officer; internal.")

add("lindqvist", ["penhaligon"], "Cross-party motion on the crossing", "Gareth,\n\nWould you second the crossing motion on the 20th? It's not a party thing - half your ward uses that "
    "junction too.\n\nSøren", bcc=["lindqvist"], day=4, time=(22, 30), why="Bcc to the sender's own address only: not a silent copy to anyone else.")

add("chaudhary", ["kovacs", "frobisher"], "Independents' catch-up",
    "Zoltán, Jan - coffee at Lavender's on Saturday after the surgery? Nothing formal, just want to talk about May.\n\nPriyanka",
    day=2, time=(18, 45), why="Group members chatting.")

# ---------------------------------------------------------------- press
add("penhaligon", [X["tash"]], "RE: Car park charges - comment?",
    "Tom,\n\nYou can quote me: 'My personal view is that doubling the Abbey car park charges is a mistake that will drive "
    "shoppers to Wendlesham. I'll be saying so when the district consults.' That's my view, not the town council's - the "
    "car park belongs to the district.\n\nGareth Penhaligon",
    quotes=[Q(X["tash"], ["penhaligon"], "Car park charges - comment?", "Hi Gareth, the district is proposing to double "
              "Abbey car park charges. Any comment for Thursday's paper? Tom", ago=4)],
    day=2, time=(15, 20), why="Councillor's personal view to the press, stated as such.")

add("aldous", [X["mercury"]], "Christmas lights - thank you message",
    "Dear Editor,\n\nMay I, through your pages, thank everyone who made this year's Christmas lights switch-on such a "
    "success, especially the Kettleby Silver Band, the Scouts who marshalled the crowd and our Events Officer, Jess "
    "Carrow.\n\nYours faithfully\n\n" + csig("aldous"), day=0, time=(12, 30),
    why="Mayor's letter of thanks to the paper; commits nothing.")

add("clerk", [X["tash"]], "RE: Precept question",
    "Hi Tom,\n\nThe F&GP Committee has recommended a precept of £412,600 for 2026/27, up 3.9%. For a Band D property "
    "that's £125.48 a year, or £4.71 more than this year. Full Council decides on the 20th.\n\n" + osig("clerk"),
    quotes=[Q(X["tash"], ["clerk"], "Precept question", "Ros - what's the proposed precept and the Band D figure? Tom", ago=2)],
    day=1, time=(11, 35), why="Officer gives facts to the press.")

add("nibhriain", [X["radio"]], "Lib Dem group statement on the precept",
    "Hello,\n\nStatement from the Liberal Democrat group on Kettleby Magna Town Council:\n\n'We will be voting for a "
    "3.9% rise because the alternative is closing the public toilets. We don't like it, but it is the responsible "
    "choice.' - Cllr Aoife Ní Bhriain, group leader\n\nHappy to do a phone interview tomorrow morning.\n\nAoife",
    client="gmail", day=4, time=(17, 10), why="A group's political statement: views, not an obligation of the council.")

add("deputy", [X["mercury"], X["radio"]], "Press release: Corn Exchange 150th anniversary year",
    "Dear News Editor,\n\nPlease find attached a press release about the Corn Exchange's 150th anniversary programme. "
    "Photographs are available on request.\n\n" + osig("deputy"),
    atts=[("Press release - Corn Exchange 150.docx", ["PRESS RELEASE", "For immediate release", "Corn Exchange 150: a year of celebration"]),
          ("CornExchange1876.jpg", None)],
    day=7, time=(10, 0), why="Officer's press release with an image attachment.")

add("lindqvist", [X["tash"]], "Re: Wendle Lane houses",
    "Tom - I chair the Planning Committee, so I can't give a view before Thursday's meeting without prejudging it. "
    "After the meeting I'm happy to explain the committee's decision.\n\nSøren", client="gmail",
    quotes=[Q(X["tash"], ["lindqvist"], "Wendle Lane houses", "Søren, are you for or against the nine houses at Wendle "
              "Lane? Going to print Weds. Tom", ago=5)],
    day=1, time=(21, 30), why="Councillor declines to comment to the press; no obligation.")

add("fairweather", [X["mercury"]], "Letter for publication - Abbey Meadow",
    "Sir,\n\nWriting in a personal capacity, I want to praise the Friends of Abbey Meadow for the hedge planting this "
    "winter. Anyone who walks the meadow in spring will see the difference. Volunteers like these deserve more thanks "
    "than they get.\n\nBeatrix Fairweather\nWendle Ward, Kettleby Magna", day=9, time=(20, 5),
    why="Letter to the editor in a personal capacity.")

# ---------------------------------------------------------------- thank-you notes
add("aldous", [("Kettleby Christmas Market Volunteers", "xmasmarket.volunteers@gmail.com")], "Thank you!",
    "Dear all,\n\nNow that the last gazebo is back in the store, I wanted to thank every one of you who gave up a weekend "
    "to run the Christmas market. It was the best yet and the town is lucky to have you.\n\nWith warmest thanks\n\n" + csig("aldous"),
    day=0, time=(10, 5), why="Mayor's thank-you; no commitment.")

add("clerk", [("Pete Hardwick", "pete@hardwickelectrical.co.uk")], "Thanks - emergency lighting",
    "Pete,\n\nThanks for coming out so quickly on Saturday to sort the emergency lighting - the Rotary quiz would have "
    "had to be cancelled otherwise. Please send your invoice to rfo@kettlebymagna-tc.gov.uk.\n\n" + osig("clerk"),
    day=6, time=(9, 10), why="Officer thanks a contractor and asks for an invoice.")

add("events", [("Kettleby Silver Band", "secretary@kettlebysilverband.org.uk")], "Thank you from the Events team",
    "Dear Margaret,\n\nThank you to the band for the carols at the switch-on and the Christmas market - everyone loved "
    "it. We'd love to have you back for the Corn Exchange birthday concert in September; I'll be in touch with dates.\n\n" + osig("events"),
    client="owa", day=2, time=(15, 0), why="Officer's thank-you.")

add("chaudhary", ["events"], "Thank you",
    "Jess, the Christmas market debrief notes are brilliant - thank you for all the work this season. I'll say so at "
    "committee too.\n\nPriyanka", client="iphone", day=3, time=(7, 25), why="Councillor thanks an officer.")

add("aldous", [("Mr Dominic Evans", "dominic.evans@stmarys-kettleby.wessingshire.sch.uk")], "Carol concert",
    "Dear Mr Evans,\n\nThank you and the children of St Mary's for the carol concert at the Corn Exchange. My consort and "
    "I thoroughly enjoyed it and the Year 2 nativity was a triumph.\n\nWith best wishes\n\n" + csig("aldous"),
    day=1, time=(9, 45), why="Mayor's thank-you to a school.")

add("bevan", [("Royal British Legion - Kettleby Branch", "kettleby.branch@rbl.community")], "Thank you - Poppy Appeal",
    "Dear Colin,\n\nCongratulations on a record Poppy Appeal - £8,430 is remarkable for a town our size. Thank you for "
    "letting me help on the stall.\n\nRhodri Bevan\nDeputy Town Mayor", day=5, time=(11, 0),
    why="Deputy Mayor's thank-you.")

# ---------------------------------------------------------------- auto-replies
OOO = "Thank you for your email. I am out of the office until {d} with limited access to email. For urgent matters please contact {c}."
add("clerk", [("Ann Weatherall", "ann.weatherall@btinternet.com")], "Automatic reply: Allotment waiting list",
    OOO.format(d="Monday 19 January", c="the Deputy Town Clerk, Mark Ebbrell, on 01632 960 212 or deputy.clerk@kettlebymagna-tc.gov.uk") +
    "\n\nRosalind Tennant\nTown Clerk", auto="auto-replied", hdrs={"X-MS-Exchange-Generated-Message-Source": "Mailbox Rules Agent"},
    day=4, time=(14, 31), why="Out-of-office auto-reply (Auto-Submitted) naming a colleague's contact details.")

add("fm", [("Marcus Tilley", "marcus@tilleyroofing.co.uk")], "Automatic reply: Quote - Corn Exchange gutters",
    "I'm on leave until 26 January. For urgent building issues please ring the council office on 01632 960 210.\n\nStuart",
    auto="auto-replied", client="owa", day=10, time=(8, 2), why="Auto-reply to a contractor.")

add("lindqvist", [("Harriet Coombe", "harriet.coombe@outlook.com")], "Automatic reply: Wendle Lane - further points",
    "I'm away until 19 January. If your email is about a planning application, the council office "
    "(office@kettlebymagna-tc.gov.uk) can log it for the committee.\n\nSøren Lindqvist", auto="auto-replied", day=3, time=(6, 12),
    why="Councillor's auto-reply: signposting, not an instruction on the council's behalf.")

add("rfo", [("Accounts - Greenscape Grounds Ltd", "accounts@greenscapegrounds.co.uk")], "Automatic reply: Statement December",
    OOO.format(d="Wednesday 21 January", c="the council office on 01632 960 210") + "\n\nNadia Qureshi\nRFO",
    auto="auto-replied", day=7, time=(11, 40), why="Auto-reply to a supplier.")

add("kovacs2", [("Tom Hendry", "tomhendry@btinternet.com")], "Out of office",
    "Thanks for your email. I'm in Budapest visiting family until 20 January and will reply when I'm back.\nZoltán",
    auto="auto-replied", client="thunderbird", day=2, time=(12, 0), why="Councillor's holiday auto-reply from a listed personal address.")

add("office", [("Brian Cole", "bcole44@aol.com")], "Thank you for contacting Kettleby Magna Town Council",
    "Thank you for your email, which has been received by Kettleby Magna Town Council. We aim to reply within five working "
    "days. If you are reporting an emergency on council property out of hours, please ring 07700 900 318.\n\n"
    "This is an automated message.", auto="auto-generated", client="owa", day=5, time=(22, 47),
    why="Automatic acknowledgement from the office mailbox.")

# ---------------------------------------------------------------- mailing list digests
DIG = ("WESSINGSHIRE ASSOCIATION OF LOCAL COUNCILS - WEEKLY BULLETIN 2026/02\n\n"
       "1. Precept referendum principles: no limits for town and parish councils in 2026/27 (MHCLG letter, 8 January).\n"
       "2. Training: Planning for councillors, 24 January, Wendlesham. Finance for new clerks, 3 February, online.\n"
       "3. Consultation: county minerals plan, closes 13 March.\n"
       "4. NALC pay award 2025/26 - the spinal column points have been published.\n"
       "5. Member council news: Hoxley Parish Council is looking for a locum clerk.\n\n"
       "Digest of messages on the clerks' forum this week:\n\n"
       "From: Janice Orme (Clerk, Hoxley PC)\nSubject: Locum wanted\nWe need a locum clerk for 8 hours a week from February.\n\n"
       "From: Roger Bell (Clerk, Stanwick TC)\nSubject: Re: Allotment rents\nWe put ours up 5% last year with no complaints.\n\n"
       "From: Priti Lal (RFO, Wendlesham TC)\nSubject: Re: VAT on hall hire\nSport lets are standard-rated; everything else exempt.\n\n"
       "You are receiving this bulletin as a member council. WALC, Unit 4, Riverside Court, Wendlesham.")
add("clerk", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
              "okafor", "fairweather", "kovacs"], "FW: WALC weekly bulletin 2026/02",
    "Dear Councillors,\n\nFor information - note the planning training on 24 January, which is free for members.\n\nRos",
    quotes=[Q(X["walc"], [("Member councils", "members@wessingshire-alc.org.uk")], "WALC weekly bulletin 2026/02", DIG, kind="fwd", ago=30)],
    day=2, time=(9, 40), why="Officer forwards an outside body's bulletin to councillors: the embedded author is not an officer.")

add("office", ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
               "okafor", "fairweather", "kovacs"], "Councillors' weekly digest - w/c 12 January",
    "Dear Councillors,\n\nCORRESPONDENCE RECEIVED THIS WEEK\n- NWDC: Local Plan Review consultation (Part 2 of the "
    "consultation - site allocations) - on the agenda for 26 January\n- WCC: Market Square resurfacing 9-20 March\n"
    "- Kettleby Harriers: request to use the recreation ground for the summer 5k\n- Resident: complaint about the "
    "Christmas tree on the Buttercross (acknowledged; with the clerk)\n\nDIARY\n- Tue 20 Jan Full Council\n- Thu 22 Jan "
    "Amenities\n- Sat 24 Jan WALC planning training\n\nCouncil Office", client="owa", day=4, time=(16, 30),
    why="Internal digest to councillors from the office.")

add("deputy", ["clerk"], "FW: SLCC digest - January",
    "Ros - item 3 on the new model financial regulations is worth a look before F&GP.\n\nMark",
    quotes=[Q(("SLCC Digest", "digest@slcc.co.uk"), [("SLCC members", "members@slcc.co.uk")], "SLCC digest - January",
              "SLCC MONTHLY DIGEST\n\n1. Practitioners' conference booking open.\n2. Pay award implementation.\n3. Model financial "
              "regulations 2026 consultation.\n4. Ask the advisor: can a council delegate to the clerk?", kind="fwd", ago=50)],
    day=6, time=(14, 10), why="Officer forwards a professional digest to another officer.")

add("clerk", [("Wessingshire Clerks Forum", "wessingshire-clerks@googlegroups.com")], "Allotment rents 2026/27",
    "Hi all,\n\nWe're reviewing allotment rents. What are you charging per full plot for 2026/27, and does it include "
    "water? We're at £72 including water. Any notice-period tips welcome too.\n\nRos Tennant\nTown Clerk, Kettleby Magna",
    day=3, time=(12, 5), why="Clerk posts a question to a clerks' mailing list.")
