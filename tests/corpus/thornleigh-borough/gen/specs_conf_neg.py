# confidential-disclosure hard negatives.
from engine import M, msip
from specs_cnl_pos import Q

K = "conf-neg"

M(K, "okafor", "Pennine Gate Developments <m.lockwood@pennine-gate.co.uk>", "Thornley Bridge - meeting notes",
  """Michael,

Thanks for your time on Friday. My notes of the meeting are attached; the next step is the joint site visit on 3 March.

Sandra

Classification: OFFICIAL""",
  client="owa", headers={"msip_labels": msip("OFFICIAL", "official")}, attach=["Thornley Bridge meeting notes 20 Feb.docx"],
  why="Sensitivity label and footer 'OFFICIAL' (not OFFICIAL-SENSITIVE)")

M(K, "moss", "Mrs S Lodge <sue.lodge@gmail.com>", "Restricted parking zone - Thornley Road",
  """Dear Mrs Lodge,

Thank you for your views on the proposed restricted parking zone for Thornley Road and the surrounding streets. The consultation closes on 30 April and all responses, including yours, will be reported to the Highways Regulatory Committee.

Best wishes,
Declan""",
  why="'restricted parking zone' is a traffic term, not a marking")

M(K, "haworth", "Moorside Lettings <info@moorsidelettings.co.uk>", "Student lets - council tax",
  """Dear Mr Shaw,

Properties occupied only by full-time students are exempt from council tax, so your tenants should each send the revenues team a student certificate from the university. Once those are in, the revenues team can look at the bills again.

Regards,
Martin Haworth""",
  why="'exempt from council tax' is not exempt information")

M(K, "patel", "Kestrel Homes (Planning) <planning@kestrelhomes.co.uk>", "Local Plan Part 2 - Wharf Street allocation",
  """Mr Barraclough,

Wharf Street is allocated for around 180 homes in Part 2 of the Local Plan (Site Allocations and Development Management Policies), policy SA14. The examination hearings are in June.

Yusuf Patel""",
  why="'Part 2 of the Local Plan' is a document title, not Part 2 business")

M(K, "rhodes", "Kaur's Convenience Store <kaurconvenience@btconnect.com>", "7 Market Parade - dilapidations",
  """Dear Mr Kaur,

I attach the schedule of dilapidations following our inspection on 4 August. I'm happy to meet on site to go through it.

Regards,""",
  attach=["7 Market Parade - schedule of dilapidations.pdf"],
  disclaimer=("This e-mail and any attachment are confidential and may be privileged. If you are not the intended recipient "
              "please notify the sender immediately and do not disclose, copy or use the contents."),
  why="Standing confidentiality disclaimer in the officer's signature")

M(K, "firth", "Lindley Bridge Flood Group <lindleybridgeflood@gmail.com>", "Flood grants",
  """Hi Pete,

The flood resilience grants (up to £5,000 per property) are open until 31 July; the form is on the council website.

Neil""",
  client="owa",
  disclaimer=("The information in this email is confidential and may be legally privileged. It is intended solely for the "
              "addressee. Access to this email by anyone else is unauthorised."),
  why="Standing disclaimer on a councillor's email")

M(K, "illingworth", "Brightway Highways Ltd <contracts@brightwayhighways.co.uk>", "Station Road traffic management",
  """Gary,

Traffic management plan for Station Road approved. Please note the restricted hours for works near the school (no works 8.15-9.15 and 2.45-3.45).

Steve

Classification: OFFICIAL""",
  why="'Classification: OFFICIAL' footer and 'restricted hours' decoy")

M(K, "haworth", ["okafor", "chaudhry", "moss", "kilbride", "patel", "lumb"], "RE: PART 2 - EXEMPT: Leisure Trust funding",
  """Colleagues,

I agree with Chris's recommendation. Let's take it as option B on Thursday.

Martin""",
  cc=["armitage", "tolson"],
  quote=Q("tolson", ["okafor", "haworth", "chaudhry", "moss", "kilbride", "patel", "lumb"], "PART 2 - EXEMPT: Leisure Trust funding",
          "PART 2 - EXEMPT INFORMATION\n\nCabinet colleagues,\n\nThe Trust's reserves will be exhausted by October without an increased fee. Option A: +£150k; option B: +£250k.\n\nChris", cc=["armitage"], marked=True),
  why="Marked Part 2 thread replied to among its original participants only")

M(K, "demserv", ["okafor", "haworth", "chaudhry", "moss", "kilbride", "patel", "lumb"], "Cabinet 10 March - Part 2 papers",
  """Dear Cabinet Members,

Please find attached the Part 2 report for item 9. Hard copies will be on the table on the night.

Democratic Services""",
  cc=["armitage", "sandhu"], attach=["Cabinet 10 March 2026 - Item 9 - NOT FOR PUBLICATION.pdf"], sig=False,
  why="NOT FOR PUBLICATION papers sent to Cabinet Members and officers only")

M(K, "okafor", "kettlewell", "Delayed discharges - data",
  """Sarah,

Attached, the list from our adult social care team of the 23 patients waiting for packages, as requested for the Thursday call.

Sandra""",
  attach=["OFFICIAL-SENSITIVE - delayed discharges 9 March.xlsx"],
  why="OFFICIAL-SENSITIVE data sent to the NHS trust (a listed partner)")

M(K, "moss", "mellor", "ASB hotspots",
  """Dawn,

OFFICIAL-SENSITIVE

Here are the addresses we discussed for the summer operation - Holly Court, Dyehouse Lane garages, and the rear of 2-20 Wharf Street.

Declan""",
  client="owa", why="OFFICIAL-SENSITIVE content sent to the police (partner)")

M(K, "chaudhry", "firth", "FW: Lindley Bridge flats - damp survey",
  """Neil - as you were copied on Angela's original, forwarding with my thoughts: I'd like us to meet the residents together.

Priya""",
  quote=Q("nwosu", ["chaudhry"], "Lindley Bridge flats - damp survey",
          "Confidential - contains personal data\n\nPriya,\n\nThe survey found category 1 damp hazards in 11 of the 36 flats; three households have children with asthma.\n\nAngela", cc=["firth"], marked=True),
  why="Marked officer email forwarded to a councillor who was already on it (Cc)")

M(K, "patel", "Kestrel Homes (Land) <land@kestrelhomes.co.uk>", "Wharf Street - valuation now public",
  """Dear Ms Okonedo,

The exempt appendix on land values has now been published, following Cabinet's decision last night to release it. It's on the council website with the main report.

Yours sincerely,""",
  why="Marking lifted: the formerly exempt appendix is now published")

M(K, "lumb", "Friends of Greenhead Park <friendsofgreenhead@gmail.com>", "Café contract award",
  """Hi Bev,

The café tender report was marked not for publication until the contract was awarded. The award was made yesterday and the report is now published in full on the council website.

Gareth""",
  client="owa", why="Marking lifted ('now published')")

M(K, "beddows", "Save Castle Hill Green <savecastlehillgreen@gmail.com>", "Why was it in private?",
  """Hi Kath,

The viability appraisal was discussed in private because it contains commercial information under paragraph 3 of Schedule 12A, so I can't share the papers. The decision itself is public - the committee refused the application 7-4.

Rhiannon""",
  why="Talk about why information is exempt; nothing marked is shared (judgement call)")

M(K, "begum", "The Blue Anchor <bookings@blueanchorthornleigh.co.uk>", "Confidential waste collection - premises licence condition",
  """Dear Mr Greenwood,

Condition 14 of your premises licence requires the CCTV recordings to be kept for 31 days. On your other question: the council's confidential waste collection service is for council buildings only, so you'll need a private shredding firm for old staff records.

Regards,""",
  disclaimer=True, why="'confidential waste collection' is a service name")

M(K, "hussain/1", "Head Teacher, Dalton Fold Primary <head@daltonfold-primary.sch.uk>", "Mayor's visit - parking",
  """Dear Mrs Senior,

I'm looking forward to my visit on the 12th. I gather the road outside is restricted to permit holders at that time of the morning.

With kind regards,""",
  client="owa", why="'restricted to permit holders' decoy")

M(K, "chaudhry", "Mr L Whitworth <lwhitworth@gmail.com>", "Your right to buy",
  """Dear Mr Whitworth,

Your right to buy claim is being dealt with under Part V of the Housing Act 1985; the succession question you raised falls under Part IV. Part II of the Act deals with the provision of housing and isn't relevant here. The housing team will write to you with the valuation.

Regards,
Priya""",
  why="'Part II of the Housing Act 1985' decoy")

M(K, "nwosu", "chaudhry", "Tower Court - briefing for the Cabinet Member",
  """OFFICIAL-SENSITIVE

Priya,

Briefing as requested. Structural report: the building should be vacated by December. 212 households, 41 with vulnerabilities flagged. We propose telling residents on the 14th after Cabinet.

Angela""",
  disclaimer=True, why="OFFICIAL-SENSITIVE briefing from an officer to the Cabinet Member it is for (internal)")

M(K, "chaudhry", "nwosu", "RE: Tower Court - briefing for the Cabinet Member",
  """Thanks Angela. Agree with telling residents on the 14th - I'll be there.

Priya""",
  client="owa",
  quote=Q("nwosu", ["chaudhry"], "Tower Court - briefing for the Cabinet Member",
          "OFFICIAL-SENSITIVE\n\nPriya,\n\nBriefing as requested. Structural report: the building should be vacated by December.\n\nAngela", marked=True),
  why="Reply between the original participants of an OFFICIAL-SENSITIVE briefing")

M(K, "kilbride", "Mrs L Armitage-Bell <head@st-aidans-thornleigh.sch.uk>", "Staff concerns",
  """Dear Lorraine,

If any of your staff are worried about what they've seen, the council's confidential reporting line (whistleblowing) is 01632 960999, and calls are not traced. Happy to talk.

Bernadette""",
  why="Mentions the confidential reporting line; not a marking")

M(K, "gledhill", "Newsdesk, Thornleigh Examiner <newsdesk@thornleighexaminer.co.uk>", "Cabinet agenda - 10 March",
  """Hi all,

This isn't confidential - the agenda for Cabinet on 10 March went live on the website this morning. Item 7 (bus lanes) is probably the one for you.

Tom""",
  headers={"msip_labels": msip("Public", "public"), "Sensitivity": "Normal"},
  why="Negation ('isn't confidential'), Public label, Sensitivity: Normal")

M(K, "patel", "brayshaw", "Investment Zone shortlist",
  """Ian,

Our shortlist, with the rankings, attached ahead of the programme board.

Yusuf""",
  attach=["RESTRICTED - Investment Zone shortlist v3.xlsx"],
  why="RESTRICTED attachment sent to the combined authority (partner domain)")

M(K, "okafor", "chief.executive@thornleigh.gov.uk", "FW: In confidence - standards complaint",
  """Helen - for your awareness; Rajinder is content for you to see it.

Sandra""",
  quote=Q("sandhu", ["okafor"], "In confidence - standards complaint",
          "In confidence\n\nSandra,\n\nI have received a code of conduct complaint about a member of your group. I'll be assessing it under the arrangements and will update you.\n\nRajinder", marked=True),
  why="Marked officer email forwarded to an officer (the Chief Executive): not external, not a councillor")

M(K, "firth", "Mr D Whiteley <dwhiteley@btinternet.com>", "Budget report",
  """Dear Mr Whiteley,

The report isn't confidential - it's on the council website at page 14 of the Cabinet agenda pack for 12 February. The library proposals are in appendix 3.

Best regards,
Neil""",
  client="owa", why="Negation: 'isn't confidential'")
