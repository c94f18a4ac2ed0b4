# confidential-disclosure positives. mark=True: the marking is in the new content (subject, text,
# attachment name or header); Q(..., marked=True): the marking is inside the embedded earlier message.
from engine import M, msip
from specs_cnl_pos import Q

K = "conf-pos"

M(K, "patel", "Kestrel Homes (Land) <land@kestrelhomes.co.uk>", "Wharf Street - Cabinet paper",
  """Dear Ms Okonedo,

For your background, the Cabinet paper on the Wharf Street disposal is attached. You'll see where officers have landed on value.

Yours sincerely,""",
  attach=["Cabinet 10 Feb 2026 - Item 11 - Wharf Street disposal - NOT FOR PUBLICATION.pdf"], mark=True,
  why="'NOT FOR PUBLICATION' Cabinet report attached to an email to the bidding developer")

M(K, "chaudhry", "Mrs J Pearson <jpearson1962@gmail.com>", "FW: ASB case - 3 Holly Court",
  """Dear Mrs Pearson,

So you can see that things are happening, here is the latest from the housing team about your neighbour.

Priya""",
  quote=Q("nwosu", ["chaudhry"], "ASB case - 3 Holly Court",
          "OFFICIAL-SENSITIVE\n\nPriya,\n\nBriefing as requested on the tenant at 3 Holly Court. We have served a notice of seeking possession and the police have shared intelligence about visitors to the flat. The tenant has a support worker through adult social care. Please do not share outside the council.\n\nAngela",
          marked=True),
  why="Cabinet Member forwards an OFFICIAL-SENSITIVE officer briefing about a tenant to the complaining neighbour")

M(K, "haworth", "Lucy Marr <l.marr@northernecho-news.co.uk>", "Budget gap figures",
  """Lucy,

As discussed - the figures behind the £14.2m gap for next year. Not for quoting me directly.

[[TABLE]]

Martin""",
  headers={"Sensitivity": "Company-Confidential"}, mark=True,
  table=[["Pressure", "£m"], ["Adult social care demand", "6.1"], ["Children's placements", "4.4"],
         ["Pay award", "2.3"], ["Energy", "1.4"]],
  why="Sensitivity: Company-Confidential header on an email to a journalist")

M(K, "okafor", "Pennine Gate Developments <m.lockwood@pennine-gate.co.uk>", "Thornley Bridge valuation",
  """Michael,

Our valuer's figure for the Thornley Bridge land is £3.85m, with the ransom strip valued separately at £600k. I think we can do business somewhere between the two.

Sandra""",
  client="owa", headers={"msip_labels": msip("OFFICIAL-SENSITIVE", "osens")}, mark=True,
  why="Purview sensitivity label OFFICIAL-SENSITIVE (msip_labels) on an email to a developer")

M(K, "firth", "Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "FW: Budget options - Cabinet briefing",
  """You might be interested in what the administration is really planning. Libraries are on the list.

Neil Firth""",
  sig=False, signer="firth",
  quote=Q("tolson", ["okafor", "haworth", "chaudhry", "moss", "kilbride", "patel", "lumb"], "Budget options - Cabinet briefing",
          "RESTRICTED - Cabinet Members only\n\nColleagues,\n\nAhead of Thursday, the savings options are: close four branch libraries (£620k), end the community transport grant (£240k), and cut grass-cutting to six cycles (£180k).\n\nChris", cc=["firth"], marked=True),
  why="Opposition leader (copied on the original) forwards a RESTRICTED officer briefing to the press")

M(K, "ashworth", "beddows", "FW: Part 2 note - Holme Moor playing field",
  """Rhiannon - see below. Thought you should know before Thursday.

Jo""",
  client="owa",
  quote=Q("sandhu", ["ashworth"], "Part 2 note - Holme Moor playing field",
          "Cllr Ashworth,\n\nPART 2 - EXEMPT INFORMATION (paragraph 3, Schedule 12A)\n\nAs you requested as ward member, the bid from Moorcroft Homes is £1.1m, against a book value of £640k. This is provided to you on a need-to-know basis as ward councillor.\n\nRajinder", marked=True),
  why="Exempt note sent to one councillor forwarded to another councillor who was not on it")

M(K, "moss", "Brightway Highways Ltd <contracts@brightwayhighways.co.uk>", "Tender scores",
  """Gary,

You'll want to see how the scoring came out. Happy to talk it through.

Declan""",
  attach=["Exempt Appendix B - Schedule 12A para 3 - highways tender evaluation.xlsx"], mark=True,
  why="Schedule 12A exempt appendix (attachment name) sent to a bidder")

M(K, "rhodes", "Knight Frank Agency <r.allott@kfagents.co.uk>", "Market Parade - information",
  """Dear Rob,

As requested, the key figures from the report:

NOT FOR PUBLICATION by virtue of paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972

Market value of 1-12 Market Parade (vacant possession): £2.45m
Minimum acceptable receipt agreed by Cabinet: £2.1m

Regards,""",
  disclaimer=True, mark=True,
  why="An officer pastes an exempt heading and figures into an email to an external agent (the rule does not depend on the sender)")

M(K, "lumb", "Friends of Greenhead Park <friendsofgreenhead@gmail.com>", "STRICTLY CONFIDENTIAL: Greenhead Park café tenders",
  """Hi Bev,

You asked who had bid. There were three: The Park Café (current), Daily Grind Ltd and Bloom & Brew. The café's score is lowest on price.

Gareth""",
  client="owa", mark=True, why="'STRICTLY CONFIDENTIAL' in the subject, to a community group")

M(K, "kilbride", "Mrs L Armitage-Bell <head@st-aidans-thornleigh.sch.uk>", "SEND high needs - where we are",
  """Lorraine,

Pasting the key bit of the paper so you know what's coming:

OFFICIAL-SENSITIVE
High Needs Block 2026/27 - recovery plan
Top-up rates for mainstream EHCPs to be reduced by 8% from September; special school places at Moorside capped at 140.

Bernadette""",
  mark=True, why="OFFICIAL-SENSITIVE heading pasted into an email to a headteacher (schools are external parties)")

M(K, "patel/1", "Aire Valley Bakery <owner@airevalleybakery.co.uk>", "Thornley Mills - heads up",
  """Lisa,

IN CONFIDENCE

The council is likely to start compulsory purchase of the rest of Thornley Mills in the autumn. Your unit isn't affected, but the car park will be. Please keep this to yourself for now.

Yusuf""",
  client="gmail", mark=True, why="'IN CONFIDENCE' heading in an email to a business tenant")

M(K, "chaudhry", "Pennine Lettings <lettings@penninelettings.co.uk>", "HMO enforcement",
  """Mr Sutcliffe,

For your information, the approach we'll be taking this year is attached.

Priya Chaudhry""",
  attach=["Part 2 – HMO enforcement strategy 2026.docx"], mark=True,
  why="'Part 2' (exempt) document by attachment name (RFC 2231, en dash) sent to a landlord")

M(K, "wroblewska", "Mrs A Nowak <anna.nowak.thornleigh@gmail.com>", "FW: CONFIDENTIAL - Dalton Fold bin store complaint",
  """Anna, the officer's email is attached so you can see what they said about your neighbours.

Zofia""",
  quote=Q("crowther", ["wroblewska"], "CONFIDENTIAL - Dalton Fold bin store complaint",
          "Cllr Wróblewska,\n\nConfidential. The complaint about the bins was made by the residents at no. 14 and no. 16. They have asked that their names are not shared.\n\nDave", style="rfc822", marked=True),
  why="Councillor attaches (message/rfc822) a CONFIDENTIAL officer email to a resident")

M(K, "hussain", "Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "Fwd: Chief Executive - staffing",
  """FYI""",
  client="iphone", sig=False, signer="hussain",
  quote=Q("armitage", ["hussain"], "Chief Executive - staffing",
          "PRIVATE AND CONFIDENTIAL\n\nMr Mayor,\n\nI wanted you to hear it from me before it becomes public: I will be taking extended sick leave from next week. Rajinder will act as Head of Paid Service.\n\nHelen",
          marked=True, sig=False),
  why="The Mayor forwards the Chief Executive's PRIVATE AND CONFIDENTIAL note to the press (iPhone 'Begin forwarded message')")

M(K, "beddows/1", "Save Castle Hill Green <savecastlehillgreen@gmail.com>", "Fwd: Part 2 papers - Planning Committee 12 May",
  """Here you go - see the valuation paragraph.

Rhi""",
  client="gmail", sig=False, signer="beddows",
  quote=Q("pickles", ["holroyd", "beddows", "ashworth"], "Part 2 papers - Planning Committee 12 May",
          "Dear Members,\n\nPART 2 - EXEMPT INFORMATION\n\nThe confidential appendix on the Castle Hill viability appraisal is below. The developer's appraisal shows a profit on cost of 21%, above the 17.5% benchmark.\n\nLauren", marked=True),
  why="Councillor forwards Part 2 committee papers from Democratic Services to a campaign group (Gmail forward)")

M(K, "gledhill", "Aisha Karim <aisha.karim@bbc.co.uk>", "Tower Court - lines",
  """Hi Aisha,

Background for tonight only, not for attribution: the cost of the Tower Court cladding works came in at £18m, which is why Cabinet went for demolition.

Tom""",
  headers={"msip_labels": msip("OFFICIAL-SENSITIVE - Internal", "osint"), "Sensitivity": "Private"}, mark=True,
  disclaimer=True, why="Press Officer's email carrying an OFFICIAL-SENSITIVE sensitivity label and Sensitivity: Private, to a journalist")

M(K, "holroyd", "Mr R Ingham <r.ingham@inghamarchitects.co.uk>", "RESTRICTED: Planning enforcement - Mill Lane",
  """Mr Ingham,

Your client should know that enforcement action on the rear extension at Mill Lane is being considered; the officers' assessment is that it is unlikely to be lawful. I'd encourage a retrospective application.

Tracey Holroyd""",
  client="owa", mark=True, why="RESTRICTED in the subject, to an agent")

M(K, "odonnell/1", "Hartley Cole Solicitors <licensing@hartleycole.co.uk>", "Fwd: Police representation - The Vaults",
  """Mr Cole, as promised, what the police sent us.

Siobhán""",
  client="gmail", sig=False, signer="odonnell",
  quote=Q("mellor", ["licensing"], "Police representation - The Vaults",
          "OFFICIAL-SENSITIVE\n\nLicensing team,\n\nNorthmoor Police object to the variation for The Vaults. Intelligence reports link two door staff to drug supply; details at annex A.\n\nDawn", marked=True),
  why="Licensing chair forwards an OFFICIAL-SENSITIVE police representation to the applicant's solicitors (author is a partner, so no forwarded-chain)")

M(K, "haworth", "chief.executive@thornleigh.gov.uk", "RE: CONFIDENTIAL - senior management restructure",
  """Helen,

I've read it. I'm broadly content but want to talk about the Director of Place post before it goes to Appointments Committee.

Martin""",
  bcc=["Phil Haworth <phil@haworthconsulting.co.uk>"], mark=True,
  quote=Q("armitage", ["haworth"], "CONFIDENTIAL - senior management restructure",
          "Martin,\n\nConfidential - draft proposals for the senior management restructure attached for your comments. Please do not forward.\n\nHelen"),
  why="CONFIDENTIAL subject thread to the Chief Executive, with an external consultant blind-copied (silent-bcc too)")

M(K, "okafor", "firth", "FW: Leader's briefing - Tower Court",
  """Neil - in the spirit of cross-party working, here's where we are.

Sandra""",
  client="owa",
  quote=Q("armitage", ["okafor"], "Leader's briefing - Tower Court",
          "OFFICIAL-SENSITIVE - Leader and Deputy Leader only\n\nSandra,\n\nThe structural engineer's interim finding is that Tower Court should be vacated by December. We have not told residents.\n\nHelen", cc=["haworth"], marked=True),
  why="Leader forwards a marked briefing addressed to Leader/Deputy to an opposition leader who was not on it")

M(K, "moss/1", "Mr K Barker <kevbarker@hotmail.com>", "Fwd: Dyehouse Lane enforcement",
  """Kev - they know who it is, see below.

Declan""",
  client="gmail", sig=False, signer="moss",
  quote=Q("illingworth", ["moss"], "Dyehouse Lane enforcement",
          "Declan,\n\nNot for publication: we've identified the van from the CCTV - it's registered to J Lister Waste Services. We're preparing a prosecution file, so please keep this to yourself.\n\nSteve", marked=True),
  why="Councillor forwards an officer's 'Not for publication' note to a resident")

M(K, "lumb", "Starlight Fireworks Ltd <events@starlightfireworks.co.uk>", "Events budget",
  """Hi Jess,

Budget spreadsheet attached so you can pitch at the right level for next year.

Gareth""",
  attach=["CONFIDENTIAL_Events_budget_2026-27.xlsx"], mark=True, why="CONFIDENTIAL attachment name, to a supplier")

M(K, "patel", "Kestrel Homes (Planning) <planning@kestrelhomes.co.uk>", "Viability",
  """Mr Barraclough,

The independent viability review came back yesterday. Their view is that the scheme can support 20 affordable units at a 17% developer return.

Yusuf Patel""",
  headers={"msip_labels": msip("Confidential", "conf")}, mark=True,
  why="Purview label 'Confidential' on an email to a developer")

M(K, "kilbride", "Mr T Oduya <tunde.oduya@gmail.com>", "FW: Home to school transport - contractor performance",
  """Dear Mr Oduya,

You asked what was being done about the school buses. Here's the officer's assessment.

Bernadette""",
  client="owa",
  quote=Q("brearley", ["kilbride"], "Home to school transport - contractor performance",
          "OFFICIAL-SENSITIVE: commercial\n\nBernadette,\n\nYorkline have missed 31 pick-ups this term. We are issuing a default notice and considering termination; their contract value is £1.9m a year.\n\nColin", marked=True),
  why="Cabinet Member forwards an OFFICIAL-SENSITIVE officer assessment to a parent (OWA divRplyFwdMsg)")

M(K, "chaudhry", "Calder Homes Group <development@calderhomes.org.uk>", "Lowfield - our position",
  """Dev,

Between us, our fallback if your board says no is to offer the Lowfield voids to Pennine Housing at £1,500 each.

Priya""",
  headers={"Sensitivity": "Private"}, mark=True, why="Sensitivity: Private header on an email to a housing association")
