# councillor-name-letter hard negatives.
from engine import M
from specs_cnl_pos import Q

K = "cnl-neg"

# --- ward casework and advocacy
M(K, "chaudhry", "Ms Kelly Rushworth <kelly.rushworth88@gmail.com>", "Mould at your flat",
  """Dear Kelly,

Thank you for letting me see the bedroom yesterday - I'm sorry you and the children have been living with that.

I've raised it with Angela Nwosu, our Head of Housing, and asked for an inspection to be arranged this week. I'll let you know what she says as soon as I hear back.

Best wishes,
Priya""",
  cc=["nwosu"], client="owa", why="Ward casework: councillor raises the case with an officer and promises only to report back")

M(K, "firth", "Mr D Whiteley <dwhiteley@btinternet.com>", "RE: Pothole on Lindley Bridge Road",
  """Dear Mr Whiteley,

I've chased Highways again this morning and quoted their reference HW-26-04417. They tell me it is on the list for the patching gang but haven't given me a date. I'll keep on at them.

Best regards,
Neil""",
  quote=Q(("David Whiteley", "dwhiteley@btinternet.com"), ["firth"], "Pothole on Lindley Bridge Road",
          "Cllr Firth, the pothole outside the garage is getting worse. My wife nearly came off her bike. Can you do anything? D Whiteley"),
  why="Opposition councillor's casework reply; reports chasing, commits nothing")

M(K, "wroblewska", "Mrs A Nowak <anna.nowak.thornleigh@gmail.com>", "Bin store",
  """Dear Anna,

I can't promise anything, as it isn't my decision, but I will ask the waste team whether the communal bins could be moved away from your kitchen window. I'll let you know their answer.

Zofia""",
  client="gmail", why="Hedged casework; explicitly not committing the council")

M(K, "moss", "mellor", "Moor Lane - school run",
  """Dawn,

Residents on Moor Lane are at the end of their tether with parking on the zig-zags at St Aidan's. Please can you put some patrols on there during the school run for the next few weeks, and get your PCSOs to speak to parents?

Thanks,
Declan""",
  why="Instruction-like request to the police, a partner; partners are not external parties")

M(K, "okafor", "kettlewell", "Discharge hub - council contribution",
  """Dear Sarah,

I'm pleased to confirm that the council will contribute £300,000 towards the joint discharge-to-assess hub at Thornleigh General in 2026/27, as agreed at the Health and Wellbeing Board.

Kind regards,
Sandra""",
  client="owa", why="Firm funding commitment, but to the NHS trust (listed partner) -- not an external party")

M(K, "patel", "brayshaw", "Wharf Street Investment Zone bid - match funding",
  """Ian,

I can confirm Thornleigh will put £2m of match funding into the Wharf Street bid, and our officers will have the business case with you by 14 August.

Yusuf""",
  why="Commitment to the combined authority (partner domain); not external")

# --- political statements
M(K, "ashworth", "Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "Conservative group statement - budget",
  """For immediate use - statement from Cllr Joanne Ashworth, Leader of the Conservative Group:

"The Conservative group will vote against this budget on Wednesday. A 4.99% council tax rise on top of new parking charges is the wrong choice for Thornleigh families. We will table an amendment to freeze the charges and fund it from the consultants' budget."

Ends.""",
  why="Opposition group's political statement; 'we will vote/table' commits the group, not the council")

M(K, "beddows/1", "Lucy Marr <l.marr@northernecho-news.co.uk>", "Clean air - comment",
  """Hi Lucy,

Speaking as leader of the Green group rather than for the council: we want a moratorium on new drive-thrus on the ring road until the air quality results are in. That's our view, and we'll be pushing for it at Overview and Scrutiny.

Rhiannon""",
  client="gmail", why="Personal/group political view stated as such, to the press")

# --- press releases from the Press Officer quoting Cabinet Members
M(K, "gledhill", "Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "PRESS RELEASE: 40 roads to be resurfaced this summer",
  """PRESS RELEASE - 2 March 2026 - for immediate release

40 roads to be resurfaced in Thornleigh this summer

Forty of the borough's most damaged roads will be resurfaced between May and September under a £6.4m programme approved by Cabinet.

Cllr Declan Moss, Cabinet Member for Environment and Highways, said: "We will resurface every one of these forty roads by September, and we will fix reported potholes within 48 hours."

Notes to editors: the full list of roads is on the council website.

Ends""",
  disclaimer=True, why="Press release sent by the Press Officer; the Cabinet Member's promise is a quote, the sign-off is the officer's")

M(K, "press", "Aisha Karim <aisha.karim@bbc.co.uk>", "RE: Tower Court - council response",
  """Hi Aisha,

Here's our response for your piece tonight:

Cllr Priya Chaudhry, Cabinet Member for Housing, said: "We will be writing to every tenant at Tower Court this week, and nobody will be moved without a suitable offer of a new home."

Thanks,
Tom

Tom Gledhill
Press and Media Officer
Thornleigh Metropolitan Borough Council""",
  sig=False, quote=Q(("Aisha Karim", "aisha.karim@bbc.co.uk"), ["press"], "Tower Court - council response",
                      "Hi, could we have a line from the council on the Tower Court decision by 4pm? Thanks, Aisha (BBC Look North)"),
  why="Press Office reply from press@ carrying a Cabinet Member quote; sign-off is the Press Officer")

M(K, "press", "press", "Funding boost for 12 community groups",
  """NEWS RELEASE | Thornleigh Metropolitan Borough Council | 14 May 2026

Twelve community groups share £96,000 Neighbourhood Fund

[[TABLE]]

Council Leader Cllr Sandra Okafor said: "I'm delighted the council can back these groups. Every penny will be paid out by the end of June."

Media enquiries: press@thornleigh.gov.uk / 01632 960210""",
  sig=False, bcc=["Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "Lucy Marr <l.marr@northernecho-news.co.uk>",
                  "Planning Desk, Pennine Radio <news@pennineradio.co.uk>"],
  table=[["Group", "Award"], ["Friends of Lister Woods", "£4,750"], ["Castle Hill Food Club", "£12,000"],
         ["Dalton Fold Youth Project", "£15,500"], ["Thornleigh Harriers", "£2,000"], ["Eight others", "£61,750"]],
  why="HTML news release with a table sent by the Press Office to itself with journalists in Bcc; a Leader quote, officer mailbox sign-off. No silent-bcc: no visible governed recipient other than the sender")

# --- decisions reported as already made by Cabinet
M(K, "lumb", "Greenhead Park Residents <greenheadparkresidents@gmail.com>", "Parks Strategy - Cabinet decision",
  """Dear all,

Just to let you know that Cabinet agreed on Tuesday to adopt the new Parks Strategy, which includes the replacement of the Greenhead Park play area in 2027. The report and decision notice are on the council website.

Officers in the Parks team will be in touch with the association about the design consultation in the new year.

Best wishes,
Gareth""",
  why="Reports a Cabinet decision of general application; gives the recipients nothing, instructs nothing; next steps are officers'")

M(K, "okafor", "Thornleigh Business Forum <secretary@thornleighbusinessforum.co.uk>", "Clean Air Zone - Cabinet last night",
  """Dear Graham,

As promised, a quick note after Cabinet last night. Cabinet agreed to go out to consultation on a Clean Air Zone for the ring road. No decisions have been taken on charges, exemptions or boundaries - that's what the consultation is for, and I'd encourage forum members to respond.

Kind regards,
Sandra""",
  client="owa", why="Reports a decision to consult; expressly no decision on the substance")

M(K, "chaudhry", "Thornleigh Tenants' Federation <info@thornleightenants.org.uk>", "Rent setting 2026/27",
  """Dear Federation members,

As you'll have seen, Cabinet agreed on 10 February to the rent increase of 4.8% for council homes from April. I know that's unwelcome news, and I argued for the lowest figure the housing revenue account could stand.

The formal rent notices to each tenant will come from the Housing service in the usual way.

Priya""",
  why="Reports a Cabinet decision to a representative body; the formal notice to tenants is the officers' (judgement call: reporting is not itself notice)")

# --- conditional / hedged
M(K, "kilbride", "Mrs L Armitage-Bell <head@st-aidans-thornleigh.sch.uk>", "School roof",
  """Dear Lorraine,

I've seen the surveyor's report on the roof over the hall. I will recommend to Cabinet in March that the council funds the repair from the schools condition budget, but I can't commit the council before that meeting, and Cabinet may take a different view.

With best wishes,
Bernadette""",
  client="owa", why="'I will recommend' - hedged, expressly no commitment")

M(K, "haworth", "Moorside Garden Centre <accounts@moorsidegardencentre.co.uk>", "Business rates - flooding",
  """Dear Mrs Priestley,

I was sorry to hear about the flooding. If Cabinet agrees the discretionary relief scheme in March, the council may be able to offer some rate relief for the months you were closed. If the scheme goes ahead, officers will write to you formally with the details.

Kind regards,
Martin Haworth""",
  why="Conditional on a future Cabinet decision; officers would write formally")

M(K, "patel", "Kestrel Homes (Land) <land@kestrelhomes.co.uk>", "Wharf Street - terms",
  """Dear Ms Okonedo,

Thank you for your revised offer. Any decision on disposal of the land will be for Cabinet, on the advice of officers, and I am not in a position to agree terms with you. Colin Brearley's team will assess the offer and report.

Yours sincerely,""",
  cc=["brearley"], why="Cabinet Member expressly declines to commit")

# --- officer letters mentioning the Leader / Cabinet Member
M(K, "brearley", "Pennine Gate Developments <m.lockwood@pennine-gate.co.uk>", "Thornley Bridge - council contribution",
  """Dear Michael,

The Leader, Cllr Sandra Okafor, has asked me to confirm the council's position following your meeting with her. The council will contribute £400,000 in 2026/27 towards design and utilities, subject to the funding agreement which our legal team will send you shortly.

Yours sincerely,""",
  cc=["okafor"], disclaimer=True, why="Obligation given by an officer in his own name; the Leader is only mentioned and copied")

M(K, "nwosu", "Pennine Lettings <lettings@penninelettings.co.uk>", "14 Albion Street - schedule of works",
  """Dear Mr Sutcliffe,

Please find attached the schedule of works for 14 Albion Street. The works must be completed within 21 days. Cllr Chaudhry, Cabinet Member for Housing, has asked to be kept informed of progress and is copied in.

Yours sincerely,""",
  cc=["chaudhry"], attach=["Schedule of works - 14 Albion Street.pdf"], disclaimer=True,
  why="Officer instructs the landlord; councillor only mentioned and copied")

M(K, "armitage", "Castle Hill Food Club <castlehillfoodclub@gmail.com>", "Following the Leader's visit",
  """Dear Yasmin,

Following the Leader's visit last week, I'm pleased to confirm that the council will fund the food club's refrigeration unit, up to £6,000. Nadia Rehman will contact you about the paperwork.

Kind regards,

Helen""",
  disclaimer=True, why="Chief Executive commits funding in her own name; the Leader is only mentioned")

# --- letters to the MP / minister that commit nothing
M(K, "okafor", "Rt Hon Claire Fothergill MP <claire.fothergill.mp@parliament.uk>", "Northmoor Line - please press the Minister",
  """Dear Claire,

I'm writing to ask for your help. The Department's decision to defer the Northmoor Line electrification again will hit Thornleigh commuters hard. I'd be grateful if you would press the Minister for a firm date and perhaps secure an adjournment debate.

I'd be happy to brief you before Monday.

Yours sincerely,""",
  why="Leader's representation to the MP; commits the council to nothing")

M(K, "okafor", "Minister for Local Government <correspondence@communities.gov.uk>", "Fair funding review - Thornleigh",
  """Dear Minister,

I write on behalf of Thornleigh Metropolitan Borough Council to set out our concerns about the proposed changes to the fair funding formula, which on the department's own figures would reduce our core spending power by 3.1% in real terms. I enclose a short note prepared by our Director of Finance and would welcome the opportunity to meet.

Yours sincerely,""",
  attach=["Thornleigh MBC - fair funding note.pdf"], why="Leader's representation to a minister, no commitment")

M(K, "hussain/1", "Rt Hon Claire Fothergill MP <claire.fothergill.mp@parliament.uk>", "Civic Service - Sunday 7 June",
  """Dear Claire,

It would give me great pleasure if you were able to join me at the Mayor's Civic Service at Thornleigh Minster on Sunday 7 June at 3pm, followed by tea in the Town Hall.

With kind regards,""",
  client="owa", why="Mayor's invitation to the MP")

# --- HTML-heavy Outlook with tables and titled signatures
M(K, "lumb", "Friends of Lister Woods <friendsoflisterwoods@outlook.com>", "Volunteer days - thank you",
  """Dear Friends,

A huge thank you for everything you did in the woods this year. I've pulled together the figures Dave gave me:

[[TABLE]]

I'll be at the Christmas social on the 12th and look forward to thanking you in person.

Gareth""",
  table=[["Task", "Volunteer hours", "Result"], ["Balsam pulling", "312", "3.5 ha cleared"],
         ["Path repair", "188", "420 m resurfaced"], ["Litter picks", "96", "140 bags"]],
  why="HTML thank-you with a table and a Cabinet Member signature; no obligation")

M(K, "pickles", "Governors, Moorside Primary <governors@moorside-primary.sch.uk>", "Mayor's reception for school governors",
  """Dear Governors,

The Mayor would be delighted to welcome school governors to a reception in the Mayor's Parlour. The arrangements are:

[[TABLE]]

Please reply to me by 6 March with the names of up to two governors who will attend.

Kind regards,""",
  table=[["Event", "Date", "Host"], ["Governors' reception", "Thursday 19 March, 6pm", "Cllr Amjad Hussain, The Mayor"],
         ["Tour of the Council Chamber", "Thursday 19 March, 7pm", "Cllr Bernadette Kilbride, Cabinet Member"]],
  disclaimer=True, why="Officer's HTML invitation with councillor titles in the table; the officer signs")

M(K, "haworth", "Thornleigh Means Business <members@thornleighmeansbusiness.co.uk>", "Dates for your diary - spring 2026",
  """Dear members,

Here are the council's business events this spring, which I hope some of you can join:

[[TABLE]]

Best regards,""",
  table=[["Event", "When", "Where"], ["Budget briefing for businesses", "10 March, 8am", "Town Hall"],
         ["Procurement: selling to the council", "24 March, 9.30am", "Thornley Mills"],
         ["High Street Forum", "21 April, 6pm", "Central Library"]],
  why="Deputy Leader's HTML newsletter-style email with table; no obligation")

# --- internal instruction; quoted obligation; personal view; meetings
M(K, "moss", "illingworth", "Moor Lane resurfacing",
  """Steve,

Can we get Moor Lane brought forward in the programme? I've had three residents on to me this week.

Declan""",
  client="owa", why="Councillor asks an officer (internal, no external party)")

M(K, "haworth", "Thornleigh Leisure Trust <chief.exec@thornleighleisure.org.uk>", "RE: Management fee 2026/27",
  """Karen,

Thanks - that's good news and I know the staff will be relieved. See you at the board on Thursday.

Martin""",
  cc=["tolson"],
  quote=Q("tolson", ["Thornleigh Leisure Trust <chief.exec@thornleighleisure.org.uk>"], "Management fee 2026/27",
          "Dear Karen,\n\nI can confirm that the council will pay the Trust a management fee of £2,100,000 for 2026/27, in twelve monthly instalments from April.\n\nRegards,\nChris",
          cc=["haworth"]),
  why="Reply whose quoted officer text holds the obligation; new text is thanks only (Trust was on the original: no forwarded-chain)")

M(K, "ashworth/1", "Mr and Mrs Walsh <walsh.family@sky.com>", "Holme Moor playing field",
  """Dear Mr and Mrs Walsh,

My personal view is that the playing field should never have been put up for sale, and I'll be saying so at full Council on the 18th. I can't speak for the council on this, of course.

Best wishes,
Jo Ashworth""",
  sig=["Cllr Joanne Ashworth", "Councillor for Holme Moor ward"], client="gmail",
  why="Opposition councillor's personal view stated as such")

M(K, "beddows", "Kestrel Homes (Planning) <planning@kestrelhomes.co.uk>", "Objection - 26/0412/FUL Castle Hill",
  """Dear Sirs,

As ward councillor for Castle Hill I object to application 26/0412/FUL. The access onto Castle Road is unsafe and the scheme takes out a well-used green space. I have lodged the same objection with the planning service.

Yours faithfully,""",
  why="Ward councillor's objection (advocacy), not a council decision")

M(K, "holroyd", "Mr R Ingham <r.ingham@inghamarchitects.co.uk>", "Mill Lane application",
  """Dear Mr Ingham,

Thank you for your email. As Chair of the Planning and Highways Regulatory Committee I'm afraid I can't discuss the application with you before it comes to committee. The case officer's report will be published five working days before the meeting.

Yours sincerely,""",
  why="Committee chair declines to engage; no decision or instruction")

M(K, "odonnell/1", "Mrs G Heaton <gheaton@talktalk.net>", "Licence application - The Vaults",
  """Dear Mrs Heaton,

The decision on The Vaults' application is for the Licensing Sub-Committee, not for me, and I won't be sitting on it. Your representation has been received and you'll hear from the licensing team about the hearing date.

Kind regards,
Siobhán""",
  client="gmail", why="Licensing chair explains she has no decision; no obligation")

M(K, "kilbride", "Mr T Oduya <tunde.oduya@gmail.com>", "School place appeal",
  """Dear Mr Oduya,

I've asked the admissions team to check whether your appeal papers were received before the deadline, and to let you know directly. Appeals are heard by an independent panel, so I can't influence the outcome.

Best wishes,
Bernadette Kilbride""",
  client="owa", why="Casework; refers to officers; expressly no influence")

M(K, "moss/1", "Mr K Barker <kevbarker@hotmail.com>", "Re: Fly-tip Dyehouse Lane",
  """Thanks Kev, I've reported it on the council's app with your photos and Environmental Services will pick it up from there.

Declan""",
  client="iphone", quote=Q(("Kev Barker", "kevbarker@hotmail.com"), ["moss/1"], "Fly-tip Dyehouse Lane",
                             "Another load dumped on Dyehouse Lane, pics attached. Kev", style="onwrote"),
  why="Casework from personal address; reports to the service")

M(K, "chaudhry", "Tower Court Residents' Association <towercourtra@gmail.com>", "Tower Court - what happens next",
  """Dear Margaret,

I know Tuesday's Cabinet decision on Tower Court has caused a lot of worry. The decision notice is published and the call-in period ends on 20 March, so nothing happens before then.

After that, Housing officers will visit every household to talk through options. I'll come to your meeting on the 26th if you'd like me to.

Priya""",
  client="owa", why="Reports a Cabinet decision and the process; gives no notice to the recipient")
