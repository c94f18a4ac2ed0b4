"""The people of Stowbridge Town Council, an invented council for a blind
evaluation set.  Every name and address here is invented."""

DOM = "stowbridgetc.gov.uk"
PARTNER_DOMAINS = ["northwold.gov.uk", "eastmere.gov.uk", "ashcroftlegal.co.uk"]

# key: (name, role, [emails], titles, group, display name used in From/To)
PEOPLE = {
    # councillors
    "marwood": ("Elaine Marwood", "councillor", [f"cllr.marwood@{DOM}", "elaine.marwood@btinternet.com"], ["chair"], "Independent"),
    "chauhan": ("Dev Chauhan", "councillor", [f"cllr.chauhan@{DOM}", "devchauhan71@gmail.com"], ["vice-chair"], "Labour"),
    "ogunleye": ("Rosalind Ogunleye", "councillor", [f"cllr.ogunleye@{DOM}"], ["committee-chair"], "Conservative"),
    "fitzpatrick": ("Barry Fitzpatrick", "councillor", [f"cllr.fitzpatrick@{DOM}", "bazfitz@hotmail.co.uk"], ["committee-chair"], "Labour"),
    "loxley": ("Hannah Loxley", "councillor", [f"cllr.loxley@{DOM}", "hannah.loxley@gmail.com"], ["leader"], "Green"),
    "crabtree": ("Martin Crabtree", "councillor", [f"cllr.crabtree@{DOM}"], ["leader"], "Conservative"),
    "daviesrees": ("Ffion Davies-Rees", "councillor", [f"cllr.daviesrees@{DOM}", "ffion.dr@btinternet.com"], ["committee-chair"], "Liberal Democrat"),
    "orourke": ("Seamus O'Rourke", "councillor", [f"cllr.orourke@{DOM}"], [], "Independent"),
    "kettlewell": ("Joanna Kettlewell", "councillor", [f"cllr.kettlewell@{DOM}"], [], "Labour"),
    "ashworth": ("Chloë Ashworth", "councillor", [f"cllr.ashworth@{DOM}", "chloe.ashworth@hotmail.com"], ["committee-chair"], "Green"),
    # officers
    "clerk": ("Andrew Pemberton", "officer", [f"clerk@{DOM}", f"andrew.pemberton@{DOM}"], ["clerk", "proper-officer"], None),
    "deputy": ("Sunita Rao", "officer", [f"deputy.clerk@{DOM}", f"sunita.rao@{DOM}"], ["deputy-clerk"], None),
    "rfo": ("Gareth Lloyd", "officer", [f"rfo@{DOM}", f"gareth.lloyd@{DOM}"], ["responsible-financial-officer"], None),
    "facilities": ("Kev Barnes", "officer", [f"facilities@{DOM}", f"kevin.barnes@{DOM}"], ["facilities-manager"], None),
    "bookingsofficer": ("Mia Novak", "officer", [f"mia.novak@{DOM}"], ["bookings-officer"], None),
    # partners
    "mo": ("Claire Ostrowski", "partner", ["claire.ostrowski@northwold.gov.uk"], ["monitoring-officer"], None),
    "solicitor": ("Tobias Wren", "partner", ["t.wren@ashcroftlegal.co.uk"], [], None),
    "auditor": ("Lesley Maughan", "partner", ["lesley@maughan-audit.co.uk"], ["internal-auditor"], None),
}

# Display names as they appear in headers (councillors styled "Cllr").
def display(key):
    name, role = PEOPLE[key][0], PEOPLE[key][1]
    if role == "councillor":
        return "Cllr " + name
    if key == "clerk":
        return name + " (Town Clerk)"
    return name

# Addresses that are not in the directory.
# Unlisted council-domain mailboxes (officers by the contract):
SHARED = {
    "council": ("Stowbridge Town Council", f"council@{DOM}"),
    "bookings": ("Stowbridge TC Bookings", f"bookings@{DOM}"),
}
# Unlisted personal/business addresses of councillors (external by address).
UNLISTED = {
    "orourke_gmail": ("Seamus O'Rourke", "seamus.orourke58@gmail.com"),
    "orourke_work": ("Seamus O'Rourke", "seamus@orourkeplumbing.co.uk"),
    "kettlewell_gmail": ("Jo Kettlewell", "jokettlewell@gmail.com"),
    "crabtree_farm": ("Martin Crabtree", "martin@crabtreefarm.co.uk"),
}

# Partner-domain addresses not listed as people.
PARTNER_ADDR = {
    "nw_planning": ("Northwold DC Planning", "planning@northwold.gov.uk"),
    "nw_envcrime": ("Northwold Environmental Crime", "envcrime@northwold.gov.uk"),
    "nw_safeguard": ("Priyanka Mehta", "safeguarding@northwold.gov.uk"),
    "ecc_highways": ("Eastmere Highways", "highways@eastmere.gov.uk"),
    "ecc_events": ("Eastmere CC Road Closures", "roadclosures@eastmere.gov.uk"),
    "ash_reception": ("Ashcroft Legal", "property@ashcroftlegal.co.uk"),
}

EXT = {
    # contractors and suppliers
    "fencing": ("Dale Hopkins", "dale@hopkinsfencing.co.uk"),
    "trees": ("Greenway Tree Care", "office@greenwaytreecare.co.uk"),
    "grounds": ("Dave Pritchard", "dave@pritchardgrounds.co.uk"),
    "roofing": ("Kirkby Roofing", "jobs@kirkbyroofing.co.uk"),
    "printer": ("Fenlight Print", "orders@fenlightprint.co.uk"),
    "cctv": ("SecureView CCTV", "service@secureview-cctv.co.uk"),
    "payroll": ("Tallis Payroll Services", "clients@tallispayroll.co.uk"),
    "broker": ("Hampden Insurance Brokers", "parish@hampdenbrokers.co.uk"),
    "solar": ("Brightfield Solar", "quotes@brightfieldsolar.co.uk"),
    "skips": ("Quickskip Ltd", "bookings@quickskip.co.uk"),
    "scaffold": ("Tower Scaffolding", "hire@towerscaffolding.co.uk"),
    "lights": ("Festive Illuminations Ltd", "sales@festiveilluminations.co.uk"),
    "windows": ("Crystal Window Cleaning", "crystalwindows@outlook.com"),
    "seeds": ("Meadowmix Seeds", "trade@meadowmix.co.uk"),
    "paths": ("Norton Surfacing", "contracts@nortonsurfacing.co.uk"),
    "electrics": ("Spark Bros Electrical", "info@sparkbros.co.uk"),
    "plumber2": ("Ely Heating", "office@elyheating.co.uk"),
    "training": ("Parish Skills Training", "bookings@parishskills.co.uk"),
    "itsupport": ("Copperline IT", "support@copperline-it.co.uk"),
    "bidder": ("Harland Play Ltd", "tenders@harlandplay.co.uk"),
    "bank": ("Unity Trust Bank Relationship Team", "relationships@unity.co.uk"),
    "murals": ("Kemi Adeyemi", "kemi@kemiadeyemi.art"),
    "topsoil": ("Fenland Aggregates", "sales@fenlandaggregates.co.uk"),
    "developer": ("Castlegate Homes", "land@castlegatehomes.co.uk"),
    "agent": ("Rowe Planning Associates", "mrowe@roweplanning.co.uk"),
    # clubs, groups, tenants, hirers
    "bowls": ("Stowbridge Bowls Club", "secretary@stowbridgebowls.org.uk"),
    "scouts": ("1st Stowbridge Scouts", "gsl@1ststowbridgescouts.org.uk"),
    "football": ("Stowbridge Town Youth FC", "secretary@stowbridgeyouthfc.co.uk"),
    "cricket": ("Stowbridge Cricket Club", "stowbridgecc@gmail.com"),
    "market": ("Bev Sutton", "bevs.veg@gmail.com"),
    "cafe": ("Pavilion Café", "hello@thepavilioncafe.co.uk"),
    "garage": ("Tom Yeung", "tomyeung@gmail.com"),
    "allot": ("Margaret Lister", "maglister@btinternet.com"),
    "yoga": ("Saffron Ellis", "saffron@stillpointyoga.co.uk"),
    "hirer": ("Wesley Grant", "wesgrant88@hotmail.com"),
    "band": ("Stowbridge Silver Band", "bandsec@stowbridgesilver.org.uk"),
    "bloom": ("Stowbridge in Bloom", "stowbridgeinbloom@gmail.com"),
    "garden": ("Holt Lane Community Garden", "holtlanegarden@gmail.com"),
    "foodbank": ("Stowbridge Foodbank", "coordinator@stowbridgefoodbank.org.uk"),
    "youthclub": ("Fenside Youth Trust", "manager@fensideyouth.org.uk"),
    "festival": ("Riverside Events CIC", "info@riversideevents.org.uk"),
    "icecream": ("Mr Whippy Stowbridge", "dino.icecream@gmail.com"),
    "litterpick": ("Stowbridge Litter Heroes", "litterheroes@gmail.com"),
    "wi": ("Stowbridge WI", "stowbridgewi@btinternet.com"),
    "ra": ("Northgate Residents' Association", "northgatera@gmail.com"),
    "nhw": ("Fen Road Neighbourhood Watch", "fenroadnhw@gmail.com"),
    # residents and complainants
    "res_patel": ("Anil Patel", "anil.patel@gmail.com"),
    "res_brown": ("Susan Brown", "sue.brown52@btinternet.com"),
    "res_okafor": ("Grace Okafor", "grace.okafor@outlook.com"),
    "res_hughes": ("Derek Hughes", "derek.hughes@yahoo.co.uk"),
    "res_nowak": ("Kasia Nowak", "kasia.nowak@gmail.com"),
    "res_fisher": ("Ian Fisher", "ianfisher@talktalk.net"),
    "res_walsh": ("Bernadette Walsh", "bwalsh@hotmail.co.uk"),
    "res_singh": ("Harpreet Singh", "harpreet.singh@gmail.com"),
    "res_cole": ("Peter Cole", "pcole1961@aol.com"),
    "res_jamal": ("Yusuf Jamal", "yusuf.jamal@outlook.com"),
    "res_moss": ("Linda Moss", "linda.moss@btinternet.com"),
    "res_taylor": ("Gemma Taylor", "gemtaylor@gmail.com"),
    "res_reid": ("Callum Reid", "callumreid@gmail.com"),
    "res_evans": ("Rhiannon Evans", "rhi.evans@hotmail.com"),
    "caravan": ("Jimmy Doyle", "jdoyle.travel@gmail.com"),
    "hedge": ("Roger Blenkin", "roger.blenkin@btinternet.com"),
    "neighbour": ("Frank Dunmore", "frank.dunmore@gmail.com"),
    "complainant": ("Marcus Leigh", "marcus.leigh@protonmail.com"),
    "complainant2": ("Shirley Abbott", "shirley.abbott@btinternet.com"),
    # press, politicians, other bodies
    "press": ("Stowbridge Echo newsdesk", "news@stowbridgeecho.co.uk"),
    "reporter": ("Tessa Graham", "tessa.graham@stowbridgeecho.co.uk"),
    "radio": ("Fen Radio News", "news@fenradio.co.uk"),
    "mp": ("Sarah Whitlock MP", "sarah.whitlock.mp@parliament.uk"),
    "minister": ("Minister for Local Government", "correspondence@communities.gov.uk"),
    "othertc": ("Hexley Town Council", "clerk@hexleytowncouncil.gov.uk"),
    "volunteers": ("Ward 3 Labour volunteers", "ward3labour@gmail.com"),
    "farmvet": ("Fenland Agri Supplies", "orders@fenlandagri.co.uk"),
}


def resolve(key):
    """(display, address) for a key."""
    if isinstance(key, tuple):
        return key
    if key in PEOPLE:
        return (display(key), PEOPLE[key][2][0])
    if key.endswith("@p") and key[:-2] in PEOPLE:  # second (personal) address
        k = key[:-2]
        return (PEOPLE[k][0], PEOPLE[k][2][1])
    for table in (SHARED, UNLISTED, PARTNER_ADDR, EXT):
        if key in table:
            return table[key]
    raise KeyError(key)


def classify(addr):
    """('councillor'|'officer'|'partner'|'external', person key or None)."""
    a = addr.lower()
    for k, p in PEOPLE.items():
        if a in [e.lower() for e in p[2]]:
            return p[1], k
    dom = a.split("@", 1)[1]
    if dom == DOM:
        return "officer", a
    if dom in PARTNER_DOMAINS:
        return "partner", a
    return "external", a


def directory_yaml():
    out = [
        "# Stowbridge Town Council: an invented council for a blind evaluation set.",
        "# Form: CHECK-CONTRACT.md, 'The directory file'. Every name and address is invented.",
        "council: Stowbridge Town Council",
        f"domains: [{DOM}]",
        "people:",
    ]
    for k, (name, role, emails, titles, group) in PEOPLE.items():
        out.append(f"  - name: {name}" if "'" not in name else f"  - name: \"{name}\"")
        out.append(f"    role: {role}")
        out.append(f"    emails: [{', '.join(emails)}]")
        if titles:
            out.append(f"    titles: [{', '.join(titles)}]")
        if group:
            out.append(f"    group: {group}")
    out.append(f"partner_domains: [{', '.join(PARTNER_DOMAINS)}]")
    out.append("# Unlisted addresses at the council domain are officers (staff mailboxes):")
    for d, a in SHARED.values():
        out.append(f"#   {a}  ({d})")
    out.append("# Not listed on purpose (councillors' other personal/business addresses, so")
    out.append("# only the sign-off identifies the councillor):")
    for d, a in UNLISTED.values():
        out.append(f"#   {a}  ({d})")
    return "\n".join(out) + "\n"
