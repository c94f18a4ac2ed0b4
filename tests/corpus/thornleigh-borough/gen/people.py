# People of Thornleigh Metropolitan Borough Council -- invented for this blind set.
D = "thornleigh.gov.uk"
COUNCIL = "Thornleigh Metropolitan Borough Council"
ADDR = "Town Hall, Market Street, Thornleigh TH1 1AA"

# key: (name, role, emails, titles, group, signature title lines)
PEOPLE = {
    # ---- councillors (14) ----
    "okafor": ("Sandra Okafor", "councillor", [f"cllr.sandra.okafor@{D}", "sandra.okafor@btinternet.com"],
               ["leader", "cabinet-member"], "Labour", ["Leader of the Council"]),
    "haworth": ("Martin Haworth", "councillor", [f"cllr.martin.haworth@{D}", "martin.haworth61@gmail.com"],
                ["deputy-leader", "cabinet-member"], "Labour",
                ["Deputy Leader and Cabinet Member for Finance and Resources"]),
    "chaudhry": ("Priya Chaudhry", "councillor", [f"cllr.priya.chaudhry@{D}"], ["cabinet-member"], "Labour",
                 ["Cabinet Member for Housing"]),
    "moss": ("Declan Moss", "councillor", [f"cllr.declan.moss@{D}", "declanmoss@outlook.com"], ["cabinet-member"],
             "Labour", ["Cabinet Member for Environment and Highways"]),
    "kilbride": ("Bernadette Kilbride", "councillor", [f"cllr.bernadette.kilbride@{D}"], ["cabinet-member"], "Labour",
                 ["Cabinet Member for Children's Services and Education"]),
    "patel": ("Yusuf Patel", "councillor", [f"cllr.yusuf.patel@{D}", "yusuf.patel.ward@gmail.com"], ["cabinet-member"],
              "Labour", ["Cabinet Member for Regeneration and Place"]),
    "lumb": ("Gareth Lumb", "councillor", [f"cllr.gareth.lumb@{D}"], ["cabinet-member"], "Labour",
             ["Cabinet Member for Neighbourhoods, Culture and Leisure"]),
    "ashworth": ("Joanne Ashworth", "councillor", [f"cllr.joanne.ashworth@{D}", "jo.ashworth@yahoo.co.uk"],
                 ["group-leader"], "Conservative", ["Leader of the Conservative Group", "Councillor for Holme Moor ward"]),
    "firth": ("Neil Firth", "councillor", [f"cllr.neil.firth@{D}"], ["group-leader"], "Liberal Democrat",
              ["Leader of the Liberal Democrat Group", "Councillor for Lindley Bridge ward"]),
    "beddows": ("Rhiannon Beddows", "councillor", [f"cllr.rhiannon.beddows@{D}", "rhi.beddows@proton.me"],
                ["group-leader"], "Green", ["Leader of the Green Group", "Councillor for Castle Hill ward"]),
    "hussain": ("Amjad Hussain", "councillor", [f"cllr.amjad.hussain@{D}", f"the.mayor@{D}"], ["mayor"], "Labour",
                ["The Mayor of Thornleigh"]),
    "holroyd": ("Tracey Holroyd", "councillor", [f"cllr.tracey.holroyd@{D}"], ["committee-chair"], "Conservative",
                ["Chair, Planning and Highways Regulatory Committee"]),
    "odonnell": ("Siobhán O'Donnell", "councillor", [f"cllr.siobhan.odonnell@{D}", "siobhan.odonnell@hotmail.co.uk"],
                 ["committee-chair"], "Labour", ["Chair, Licensing Committee"]),
    "wroblewska": ("Zofia Wróblewska", "councillor", [f"cllr.zofia.wroblewska@{D}"], [], "Independent",
                   ["Councillor for Dalton Fold ward"]),
    # ---- officers ----
    "armitage": ("Helen Armitage", "officer", [f"chief.executive@{D}", f"helen.armitage@{D}"],
                 ["chief-executive"], None, ["Chief Executive"]),
    "sandhu": ("Rajinder Sandhu", "officer", [f"monitoring.officer@{D}", f"rajinder.sandhu@{D}"],
               ["monitoring-officer"], None, ["Director of Legal and Governance and Monitoring Officer"]),
    "brearley": ("Colin Brearley", "officer", [f"colin.brearley@{D}"], ["director"], None, ["Director of Place"]),
    "nwosu": ("Angela Nwosu", "officer", [f"angela.nwosu@{D}"], ["head-of-service"], None, ["Head of Housing"]),
    "pickles": ("Lauren Pickles", "officer", [f"lauren.pickles@{D}"], ["democratic-services-officer"], None,
                ["Democratic Services Officer"]),
    "gledhill": ("Tom Gledhill", "officer", [f"tom.gledhill@{D}"], ["press-officer"], None,
                 ["Press and Media Officer"]),
    "crowther": ("Dave Crowther", "officer", [f"dave.crowther@{D}"], [], None, ["Parks and Green Spaces Manager"]),
    "begum": ("Fatima Begum", "officer", [f"fatima.begum@{D}"], [], None, ["Senior Licensing Officer"]),
    "illingworth": ("Steve Illingworth", "officer", [f"steve.illingworth@{D}"], [], None, ["Highways Network Manager"]),
    "rhodes": ("Gemma Rhodes", "officer", [f"gemma.rhodes@{D}"], [], None, ["Principal Estates Surveyor"]),
    "rehman": ("Nadia Rehman", "officer", [f"nadia.rehman@{D}"], [], None, ["Community Grants Officer"]),
    "tolson": ("Chris Tolson", "officer", [f"chris.tolson@{D}"], ["head-of-service"], None,
               ["Director of Finance (Section 151 Officer)"]),
    # ---- partners ----
    "mellor": ("Dawn Mellor", "partner", ["dawn.mellor@northmoor.police.uk"], [], None,
               ["Chief Inspector, Thornleigh District", "Northmoor Police"]),
    "kettlewell": ("Sarah Kettlewell", "partner", ["sarah.kettlewell@nhs.net"], [], None,
                   ["Director of Integrated Care", "Thornleigh Valley NHS Foundation Trust"]),
    "brayshaw": ("Ian Brayshaw", "partner", ["ian.brayshaw@northmoor-ca.gov.uk"], [], None,
                 ["Head of Investment", "Northmoor Combined Authority"]),
}
PARTNER_DOMAINS = ["northmoor.police.uk", "thornleighvalley.nhs.uk", "northmoor-ca.gov.uk"]
# Unlisted council mailboxes (officers by the contract): press@, members.enquiries@, cabinet.office@,
# parks.bookings@, licensing@, housing.options@, democratic.services@
MAILBOXES = {
    "press": ("Thornleigh Council Press Office", f"press@{D}"),
    "members": ("Members Enquiries", f"members.enquiries@{D}"),
    "cabinet": ("Cabinet Office - Thornleigh MBC", f"cabinet.office@{D}"),
    "parksbk": ("Parks Bookings", f"parks.bookings@{D}"),
    "licensing": ("Licensing Team", f"licensing@{D}"),
    "housingopt": ("Housing Options", f"housing.options@{D}"),
    "demserv": ("Democratic Services", f"democratic.services@{D}"),
}


def directory_yaml():
    out = ["# Thornleigh Metropolitan Borough Council -- invented for the blind-borough evaluation set.",
           "# Form: CHECK-CONTRACT.md 'The directory file'. Every name and address is invented.",
           f"council: {COUNCIL}", f"domains: [{D}]", "people:"]
    for k, (name, role, emails, titles, group, _s) in PEOPLE.items():
        out.append(f"  - name: \"{name}\"")
        out.append(f"    role: {role}")
        out.append(f"    emails: [{', '.join(emails)}]")
        if titles:
            out.append(f"    titles: [{', '.join(titles)}]")
        if group:
            out.append(f"    group: {group}")
    out.append(f"partner_domains: [{', '.join(PARTNER_DOMAINS)}]")
    out.append("# Unlisted addresses at the council domain are officers (shared staff mailboxes):")
    for k, (n, a) in MAILBOXES.items():
        out.append(f"#   {a}  ({n})")
    return "\n".join(out) + "\n"


def classify(addr):
    a = addr.lower()
    for k, p in PEOPLE.items():
        if a in [e.lower() for e in p[2]]:
            return p[1], k
    dom = a.split("@")[1]
    if dom == D:
        return "officer", "mbx:" + a
    if dom in PARTNER_DOMAINS:
        return "partner", "pd:" + a
    return "external", "ext:" + a
