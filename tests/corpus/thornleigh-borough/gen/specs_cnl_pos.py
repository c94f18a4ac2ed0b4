# councillor-name-letter positives: a councillor (or a sign-off naming one) tells an external party
# what the council will do / pay / allow / refuse, gives formal notice, instructs, or orders.
from engine import M


def Q(author, to, subject, body, style="block", cc=(), marked=False, hours_before=26, sig=True):
    return dict(author=author, to=list(to), cc=list(cc), subject=subject, body=body, style=style,
                marked=marked, hours_before=hours_before, sig=sig)


K = "cnl-pos"

M(K, "lumb", "Ferncliffe Road Residents <ferncliffe.residents@gmail.com>", "Street party - Ferncliffe Road 13 June",
  """Dear Janet,

Thank you for your application. I'm pleased to say the road closure for Ferncliffe Road is approved for Saturday 13 June, from 12 noon until 8pm, between the junctions with Hebble Street and Moorside Avenue.

The council will waive the usual £75 closure fee for street parties this year, so there is nothing to pay. Our highways team will drop off the "Road Closed" signs on the Friday afternoon.

Have a lovely day.

Best wishes,
Gareth""",
  cc=["parksbk"], cnl=True, why="Cabinet Member grants a road closure and waives the fee")

M(K, "chaudhry", "Pennine Lettings <lettings@penninelettings.co.uk>", "14 Albion Street - damp and mould",
  """Dear Mr Sutcliffe,

I visited your tenant at 14 Albion Street on Friday with our environmental health officer and saw the mould in the back bedroom for myself.

You must carry out the damp remediation works set out in the officer's schedule within 21 days of today. If the work has not been done by then the council will do it in default and recover the full cost from you.

Regards,""",
  client="owa", cnl=True, why="Cabinet Member for Housing instructs a landlord and threatens works in default")

M(K, "haworth", "Holme Valley Foodbank <coordinator@holmevalleyfoodbank.org.uk>", "Foodbank warehouse - council support 2026/27",
  """Dear Ruth,

Cabinet agreed the community support budget on Tuesday, and I can confirm the council will fund the foodbank's warehouse rent for 2026/27, up to £18,500. It will be paid quarterly in advance as set out below.

[[TABLE]]

Please send the signed lease for the Thornley Mills unit to me so we can release the first payment.

Kind regards,
Martin""",
  table=[["Instalment", "Date", "Amount"], ["Q1", "1 April 2026", "£4,625"], ["Q2", "1 July 2026", "£4,625"],
         ["Q3", "1 October 2026", "£4,625"], ["Q4", "4 January 2027", "£4,625"]],
  cnl=True, why="Deputy Leader commits the council to fund rent with a payment schedule (reports Cabinet's decision but the letter itself makes the commitment)")

M(K, "patel", "Kestrel Homes (Land) <land@kestrelhomes.co.uk>", "Wharf Street - exclusivity",
  """Dear Ms Okonedo,

I've considered your request for a further six months' exclusivity on the Wharf Street site.

The council will not extend the exclusivity agreement. It ends on 31 March as signed, and from April we will put the site back on the open market.

Yours sincerely,""",
  cnl=True, why="Cabinet Member refuses an extension and gives notice the agreement ends")

M(K, "moss", "Brightway Highways Ltd <contracts@brightwayhighways.co.uk>", "RE: Moor Lane resurfacing programme",
  """Gary,

Stop the resurfacing on Moor Lane now - the school has complained about the noise during exams. Move the crews to Station Road from Monday and come back to Moor Lane in the half term.

Declan""",
  client="owa", cnl=True,
  quote=Q(("Gary Fenton", "g.fenton@brightwayhighways.co.uk"), ["moss"], "Moor Lane resurfacing programme",
          "Cllr Moss, just to let you know we start planing out Moor Lane tomorrow, 7.30am start. Gary Fenton, Contracts Manager, Brightway Highways"),
  why="Cabinet Member instructs the highways contractor to stop and redeploy")

M(K, "kilbride", "Mrs L Armitage-Bell <head@st-aidans-thornleigh.sch.uk>", "Temporary classroom",
  """Dear Lorraine,

Following our conversation at the school on Thursday, the council will pay for the hire of the temporary classroom through to the end of the summer term. Please ask Modular Space Hire to send their invoices to me, marked for the Children's Services capital budget.

With best wishes,
Bernadette""",
  cnl=True, why="Cabinet Member commits the council to pay and instructs the school on invoicing")

M(K, ("Gareth Lumb", "gareth.lumb1970@gmail.com"), "Thornleigh Harriers <secretary@thornleighharriers.org.uk>", "Re: Greenhead 10K",
  """Hi Mick,

Yes - the Harriers can use Greenhead Park for the 10K on Sunday 19 April, start and finish on the main avenue. No charge this year as it's raising money for the hospice.

Gareth

Cllr Gareth Lumb
Cabinet Member for Neighbourhoods, Culture and Leisure""",
  client="gmail", sig=False, signer="lumb", cnl=True,
  why="Sent from an UNLISTED personal gmail; the sign-off names Cabinet Member Lumb; grants use of a park and waives the charge")

M(K, "okafor", "Northgate Brewery Tap <hello@northgatebrewery.co.uk>", "Pavement seating",
  """Dear Sam and Ellie,

Thank you for showing me round on Saturday. I can confirm the council will waive the pavement licence fee for your outdoor seating on Northgate for the whole of 2026. You can put the tables out from 1 March.

Warm regards,
Sandra""",
  client="owa", cnl=True, why="Leader waives a licence fee and grants permission")

M(K, "odonnell", "The Blue Anchor <bookings@blueanchorthornleigh.co.uk>", "Your request - later opening 4 July",
  """Dear Mr Greenwood,

I'm writing about your request to stay open until 1am after the Thornleigh Gala on 4 July.

The council won't agree to it. You may not trade beyond your licensed 11pm finish that night, and the licensing team will be visiting.""",
  sig=["Cllr Siobhán O'Donnell", "Chair, Licensing Committee"], cnl=True,
  why="Licensing chair refuses a request and tells the licensee what they may not do")

M(K, "chaudhry", "Calder Homes Group <development@calderhomes.org.uk>", "Void repairs - Lowfield estate",
  """Dear Dev,

To get the 30 empty homes on the Lowfield estate back into use before winter, the council will pay Calder Homes £2,000 towards the repair of each void property you let to a household nominated from our register by 30 November.

Please start work on the first ten this month and send Angela's team the addresses as you go.

Kind regards,
Priya""",
  cc=["nwosu"], cnl=True, why="Cabinet Member commits payment per property and instructs the housing association")

M(K, "patel", "Kaur's Convenience Store <kaurconvenience@btconnect.com>", "7 Market Parade - your lease",
  """Dear Mr Kaur,

This email is formal notice that the council's lease to you of 7 Market Parade will end on 30 September 2026 and will not be renewed, because the parade is being redeveloped.

Please make arrangements to vacate and return the keys to the Town Hall by that date.

Yours sincerely,""",
  cnl=True, why="Cabinet Member gives formal notice that a lease ends and instructs the tenant to vacate")

M(K, "moss/1", "Skipz4U <info@skipz4u.co.uk>", "skip outside 22 Victoria Road",
  """You have a skip on the carriageway outside 22 Victoria Road with no permit and no lights. Remove it by 5pm tomorrow. If it's still there the council will lift it and send you the bill.

Cllr Declan Moss
Cabinet Member for Environment and Highways""",
  client="iphone", sig=False, signer="moss", cnl=True,
  why="Cabinet Member, from his listed personal address, orders removal and threatens council action")

M(K, "lumb", "Friends of Lister Woods <friendsoflisterwoods@outlook.com>", "Boardwalk grant",
  """Dear Friends,

Great news - your bid to the Neighbourhood Fund has been successful. The council will give the Friends £4,750 towards the new boardwalk, paid in one sum once you send Nadia your bank details.

Many thanks for all your hard work in the woods.

Gareth""",
  client="owa", cc=["rehman"], cnl=True, why="Cabinet Member awards a grant")

M(K, "haworth/1", "Dataline IT Solutions <orders@datalineit.co.uk>", "Laptops order",
  """Hi Jason,

Go ahead and order the 40 Latitude laptops on the council's account at the price in your quote of 12 January. PO number will follow from procurement.

Martin Haworth
Deputy Leader, Thornleigh MBC""",
  client="gmail", sig=False, signer="haworth", cnl=True,
  why="Deputy Leader, from his listed gmail, places an order on the council's account")

M(K, "okafor", "Pennine Gate Developments <m.lockwood@pennine-gate.co.uk>", "Link road funding",
  """Dear Michael,

Further to our meeting, I can confirm that the council will contribute £1.2 million from its capital programme towards the Thornley Bridge link road, phased as follows:

[[TABLE]]

I'd ask you to let the design contract by the end of May so the first phase can start in the autumn.

Yours sincerely,""",
  table=[["Year", "Council contribution", "Milestone"], ["2026/27", "£400,000", "Design and utilities"],
         ["2027/28", "£800,000", "Construction"]],
  cnl=True, why="Leader commits £1.2m to a developer and instructs timing")

M(K, "kilbride", "Thornleigh Grammar Academy <bursar@thornleighgrammar.org.uk>", "Year 7 residential",
  """Dear Mr Ambler,

I'm happy to let you know that the school may use the council's Moorside Outdoor Education Centre for the Year 7 residential from 8 to 10 July, free of charge. The centre manager will be in touch about risk assessments.

Best wishes,""",
  client="owa", cnl=True, why="Cabinet Member grants use of a council facility free of charge")

M(K, "moss", "Starlight Fireworks Ltd <events@starlightfireworks.co.uk>", "Bonfire night - Wharfe Meadows",
  """Dear Ms Priestley,

Permission to use Wharfe Meadows for the bonfire and fireworks display on Thursday 5 November is granted, on condition that you hold £5 million public liability cover and send us your firing plan by 1 October. You must clear the site by midday on 6 November.

Regards,""",
  cnl=True, why="Cabinet Member grants permission with conditions and instructs")

M(K, "chaudhry", "Premier Stay Thornleigh <reservations@premierstay-thornleigh.co.uk>", "Room block from Monday",
  """Dear Reservations,

Please hold 12 rooms for the council for eight weeks from Monday 12 January at the rate we agreed on the phone (£62 per night, room only). Invoice Thornleigh MBC Housing Options monthly.

Thank you,
Priya Chaudhry""",
  cnl=True, why="Cabinet Member books and commits the council to pay for rooms")

M(K, "patel/1", "Aire Valley Bakery <owner@airevalleybakery.co.uk>", "Re: Unit 4 Thornley Mills",
  """Hi Lisa,

I've spoken to the estates team and the council will grant you a 12-month rent-free period on Unit 4 if you sign the lease this month. The rent after that will be £9,800 a year as you proposed.

Best,
Yusuf""",
  client="gmail",
  quote=Q(("Lisa Dewhirst", "owner@airevalleybakery.co.uk"), ["patel/1"], "Unit 4 Thornley Mills",
          "Hi Yusuf,\n\nLovely to meet you at the business awards. We'd love to take Unit 4 but can't afford the rent in year one while we fit it out. Is there anything the council can do?\n\nLisa", style="onwrote"),
  why="Cabinet Member grants a rent-free period; reply to the tenant's own email (no officer quote)", cnl=True)

M(K, "lumb", "Beck Lane Allotment Society <becklaneallotments@gmail.com>", "Beck Lane allotments - management agreement",
  """Dear Mr Horsfall,

I'm sorry to tell you that the council is ending the society's management agreement for the Beck Lane allotments on 31 December 2026, because of the unresolved issues over the rent account. The council will manage the site directly from 1 January.

Please hand back the gate keys and the site records to the parks office by 18 December.

Yours sincerely,""",
  cnl=True, why="Cabinet Member terminates an agreement and instructs handover")

M(K, "hussain/1", "Heritage Kitchen Catering <events@heritagekitchen.co.uk>", "Mayor's Civic Reception - 18 April",
  """Dear Hannah,

Please go ahead with the hot buffet for 120 guests for the Mayor's Civic Reception in the Town Hall on Saturday 18 April, menu B. Send your invoice to the council's civic office.

With thanks,""",
  client="owa", cnl=True, why="The Mayor orders catering on the council's account")

M(K, "moss", "Manor Road Residents <manorroad.street.party@gmail.com>", "RE: Street party application - Manor Road",
  """Dear Carol,

I'm sorry, but the council can't allow Manor Road to be closed for the street party - it's the 508 bus route and the diversion would take buses through the estate. You're welcome to hold it on Manor Green instead, and we won't charge for that.

Best wishes,
Declan""",
  quote=Q(("Carol Binns", "manorroad.street.party@gmail.com"), ["moss"], "Street party application - Manor Road",
          "Dear Cllr Moss, we'd like to close Manor Road on 8 May for a VE Day street party. The form is attached. Many thanks, Carol Binns (on behalf of the residents)"),
  cnl=True, why="Cabinet Member refuses a road closure and grants use of a green instead")

M(K, "cabinet", "Northmoor Chamber of Commerce <events@northmoorchamber.co.uk>", "Christmas lights switch-on 2026",
  """Dear Rashid,

I'm writing to confirm that the council will underwrite the costs of this year's Christmas lights switch-on up to £15,000, so the Chamber can book the stage and the headline act now.

With best wishes,

Cllr Sandra Okafor
Leader of the Council""",
  sig=False, signer="okafor", cnl=True,
  why="Sent from the (unlisted, hence officer) cabinet.office@ mailbox but signed by the Leader; commits to underwrite")

M(K, "chaudhry", "Mr P Hanif <p.hanif.property@gmail.com>", "9 Crossley Terrace - attic room",
  """Dear Mr Hanif,

You may not let the attic room at 9 Crossley Terrace until a 30-minute fire door has been fitted to the stairwell. The council is refusing your request to add that room to the HMO licence for now.

Regards,""",
  client="owa", cnl=True, why="Cabinet Member refuses a licence variation and forbids letting")

M(K, "patel", "Demco Demolition <site@demcodemolition.co.uk>", "Former Odeon site - fencing",
  """Mr Doyle,

There are kids getting into the Odeon site again through the gap by the fire escape. I need you to get a team out tonight to secure the Heras fencing on the Northgate side and put a security guard on for the weekend, at the council's cost.

Yusuf Patel""",
  cc=["brearley"], cnl=True, why="Cabinet Member instructs a contractor and commits council cost")

M(K, "kilbride", "Little Acorns Nursery <manager@littleacornsnursery.co.uk>", "Funded places rate",
  """Dear Nicola,

I can confirm that from 1 April the council will pay Little Acorns the enhanced rate of £9.40 an hour for every funded two-year-old place, backdated to the start of the spring term.

Kind regards,
Bernadette Kilbride""",
  client="owa", cnl=True, why="Cabinet Member commits the council to a funding rate")

M(K, "moss", "J Lister Waste Services <jlisterwaste@outlook.com>", "Fly-tipping at Dyehouse Lane",
  """Mr Lister,

Bags bearing your company's name were found dumped on Dyehouse Lane on 3 February.

This is formal notice that you are required to produce your waste transfer notes for the last three months to the council's Environmental Enforcement team within seven days of this email.

Cllr Declan Moss""",
  sig=["Cabinet Member for Environment and Highways", "Thornleigh Metropolitan Borough Council"], cnl=True,
  why="Cabinet Member gives a formal notice requiring documents")

M(K, "okafor", "Greenfield Park Residents' Association <chair@greenfieldparkra.org.uk>", "RE: Fencing at Greenfield Park",
  """Dear Pauline,

Thank you both. I've now spoken to the Chief Executive and I can tell you the council will meet the full cost of the new fencing, not just the half Colin mentioned below. Please go ahead and get the second quote as Colin suggested.

Sandra""",
  cc=["brearley"],
  quote=Q("brearley", ["Greenfield Park Residents' Association <chair@greenfieldparkra.org.uk>"], "Fencing at Greenfield Park",
          "Dear Pauline,\n\nThank you for meeting me on site. We could look at meeting half the cost of replacement fencing along the railway boundary if the association can raise the rest. It would help to have a second quote.\n\nKind regards,\nColin",
          cc=["okafor"]),
  cnl=True, why="Leader adds a commitment on top of an officer's email; the association was on the original so forwarded-chain does not fire")

M(K, "haworth", "Thornleigh Leisure Trust <chief.exec@thornleighleisure.org.uk>", "Management fee 2026/27",
  """Dear Karen,

Following the budget, the council will increase the management fee to the Trust by £250,000 for 2026/27:

[[TABLE]]

Please revise the Trust's business plan on that basis and send it to me by 27 February, keeping all five pools open.

Martin""",
  table=[["", "2025/26", "2026/27"], ["Management fee", "£1,850,000", "£2,100,000"], ["Pools kept open", "5", "5"]],
  cnl=True, why="Deputy Leader commits a fee increase and instructs the trust")

M(K, "patel", "Kestrel Homes (Planning) <planning@kestrelhomes.co.uk>", "FW: Wharf Street - affordable housing",
  """Dear Mr Barraclough,

I'm forwarding Colin's note below. Please resubmit the drawings for Wharf Street with the 20 affordable units the council requires; the council will not agree terms for the land on the current scheme.

Yusuf Patel""",
  quote=Q("brearley", ["patel"], "Wharf Street - affordable housing",
          "Yusuf,\n\nKestrel's latest scheme shows 8 affordable homes. Our policy position for the land deal is 20. Happy to brief you before you reply to them.\n\nColin"),
  cnl=True, why="Cabinet Member forwards an internal officer email to a developer and instructs it (forwarded-chain too)")

M(K, "moss/1", "Northmoor Gritting Services <ops@northmoorgritting.co.uk>", "Pennine Road gritting",
  """Hi Steph,

From tonight, grit the Pennine Road route twice daily - 4am and 6pm - until further notice. Forecast is minus 6 all week.

Declan Moss
Cabinet Member for Environment and Highways""",
  client="gmail", sig=False, signer="moss", bcc=["moss"], cnl=True,
  why="Cabinet Member instructs a contractor from his personal address; Bcc to his own council address (no silent-bcc)")

M(K, "lumb", "The Park Café <theparkcafe.greenhead@gmail.com>", "Path works - concession fee",
  """Dear Tony and Maria,

Because the path works will cut footfall to the café, the council will waive your concession fee for January and February. You don't need to pay the invoices that went out on Monday.

Best wishes,""",
  client="owa", cnl=True, why="Cabinet Member waives a tenant's fees")

M(K, "wroblewska", "Dalton Fold Motors <service@daltonfoldmotors.co.uk>", "Rear access bollards",
  """Dear Mr Crabtree,

I've looked at the bollards on the service road. The council will remove them by Friday and you can take deliveries from the rear from Monday.

Regards,
Zofia""",
  cnl=True, why="A backbench ward councillor commits the council to act; the rule does not require a Cabinet role")

M(K, "kilbride", "Yorkline Coaches <schools@yorklinecoaches.co.uk>", "Additional 8.05 service",
  """Dear Mr Hirst,

Please run an additional 8.05 service from Holmfirth Road to Thornleigh Grammar from Monday 2 March. The council will pay the extra £180 a day under the existing contract.

Regards,
Bernadette""",
  client="owa", bcc=["armitage"], cnl=True,
  why="Cabinet Member instructs a transport contractor and commits payment; Bcc to the Chief Executive undisclosed")

M(K, "okafor/1", "Thornleigh Community Radio <studio@thornleighfm.org.uk>", "Studio at the Library",
  """Hi Dan,

Good news - you can have the old local studies room at the Central Library as your studio, rent free for two years from June. Estates will send you a simple licence to sign.

Sandra Okafor
Leader, Thornleigh MBC""",
  client="iphone", sig=False, signer="okafor", cnl=True,
  why="Leader, from her listed personal address, grants a rent-free licence of council premises")
