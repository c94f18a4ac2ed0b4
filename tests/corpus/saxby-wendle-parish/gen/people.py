# Saxby Wendle Parish Council: an invented parish. Every name and address is invented.
DOMAIN = "saxbywendle-pc.org.uk"
COUNCIL = "Saxby Wendle Parish Council"
PARTNER_DOMAINS = ["frithdale.gov.uk", "wessington.gov.uk"]

# key: (display name, email, role, titles, group, listed)
# role: councillor | officer | partner | external
# `listed` False = deliberately absent from directory.yaml (so the contract treats the address as external).
PEOPLE = {
    # --- councillors (7; Catchpole is not in the directory) ---
    "aldous":   ("Rosemary Aldous", "chair@saxbywendle-pc.org.uk", "councillor", ["chair"], "Independent", True),
    "aldous2":  ("Rosemary Aldous", "rosemary.aldous@btinternet.com", "councillor", None, None, True),
    "pennock":  ("Geoff Pennock", "geoff@pennockfarms.co.uk", "councillor", ["vice-chair"], "Independent", True),
    "stanbridge": ("Hilary Stanbridge", "hilary.stanbridge@icloud.com", "councillor", ["committee-chair"], "Independent", True),
    "mabey":    ("Jordan Mabey", "jordan.mabey.sw@gmail.com", "councillor", None, "Independent", True),
    "kowalczyk": ("Agnieszka Kowalczyk", "agakowalczyk@yahoo.co.uk", "councillor", None, "Independent", True),
    "tuffin":   ("Dennis Tuffin", "dtuffin1952@outlook.com", "councillor", None, "Conservative", True),
    "catchpole": ("Brian Catchpole", "briancatchpole@hotmail.co.uk", "councillor", None, "Independent", False),
    # --- the only officer ---
    "clerk":    ("Julia Fairweather", "clerk@saxbywendle-pc.org.uk", "officer", ["clerk", "proper-officer", "responsible-financial-officer"], None, True),
    # --- partners ---
    "auditor":  ("Mervyn Oakes", "mervyn@oakes-audit.co.uk", "partner", ["internal-auditor"], None, True),
    "mo":       ("Nadia Sorensen", "nadia.sorensen@frithdale.gov.uk", "partner", ["monitoring-officer"], None, True),
    "dcplanning": ("Frithdale Planning", "planning@frithdale.gov.uk", "partner", None, None, False),
    "dclicensing": ("Frithdale Licensing", "licensing@frithdale.gov.uk", "partner", None, None, False),
    "dcenv":    ("Kieran Walsh", "kieran.walsh@frithdale.gov.uk", "partner", None, None, False),
    "cchighways": ("Wessington Highways", "highways.north@wessington.gov.uk", "partner", None, None, False),
    "ccrow":    ("Lorna Pike", "lorna.pike@wessington.gov.uk", "partner", None, None, False),
    "ccllr":    ("Cllr Martin Greaves", "martin.greaves@wessington.gov.uk", "partner", None, None, False),
    # --- external parties ---
    "rudd":     ("Tom Rudd", "tom@ruddgrounds.co.uk", "external"),
    "hollins":  ("Derek Hollins", "derek.hollins@gmail.com", "external"),
    "pardew":   ("Sheila Pardew", "sheila.pardew@btinternet.com", "external"),
    "marsh":    ("Kev Marsh", "kevmarsh@icloud.com", "external"),
    "dufresne": ("Renée Dufresne", "renee.dufresne@orange.fr", "external"),
    "okafor":   ("Chidi Okafor", "chidi.okafor@outlook.com", "external"),
    "pilates":  ("Chloe Fenn", "chloe@pilateswithchloe.co.uk", "external"),
    "oduya":    ("Gemma Oduya", "gemma.oduya@hotmail.com", "external"),
    "players":  ("Wendle Players", "players@wendleplayers.org.uk", "external"),
    "hartley":  ("Hartley Memorials", "info@hartleymemorials.co.uk", "external"),
    "gisby":    ("Peter Gisby", "pgisby@gmail.com", "external"),
    "treeco":   ("Brockhurst Christmas Trees", "sales@brockhursttrees.co.uk", "external"),
    "sparks":   ("Lee Wiltshire", "lee@wiltshire-electrical.co.uk", "external"),
    "editor":   ("Margaret Quennell", "editor@saxbywendlenews.org.uk", "external"),
    "wi":       ("Pam Ludgate", "pam.ludgate@btinternet.com", "external"),
    "scouts":   ("Ian Ashdown", "gsl@1stsaxbywendlescouts.org.uk", "external"),
    "bowls":    ("Roy Fenwick", "saxbywendlebowls@gmail.com", "external"),
    "fete":     ("Sally Brind", "sally.brind@gmail.com", "external"),
    "signs":    ("Wessex Sign Co", "orders@wessexsignco.co.uk", "external"),
    "defib":    ("LifeLine Defib Supplies", "sales@lifelinedefib.co.uk", "external"),
    "playsafe": ("PlaySafe Inspections", "bookings@playsafeinspections.co.uk", "external"),
    "fc":       ("Dan Coker", "dan.coker@saxbywendlefc.co.uk", "external"),
    "gazette":  ("Frithdale Gazette newsdesk", "newsdesk@frithdalegazette.co.uk", "external"),
    "mp":       ("Caroline Ashworth MP", "caroline.ashworth.mp@parliament.uk", "external"),
    "cleaner":  ("Sue Pettit", "suepettit.cleaning@gmail.com", "external"),
    "treesurgeon": ("Oakleaf Tree Care", "jobs@oakleaftreecare.co.uk", "external"),
    "bank":     ("Wessex Community Bank - Business Team", "business@wessexcommunitybank.co.uk", "external"),
    "school":   ("Mrs Anita Desai", "head@saxbywendle.wessington.sch.uk", "external"),
    "dj":       ("DJ Rob Tanner", "robtannerdj@gmail.com", "external"),
    "foodtruck": ("Smokin' Wheels BBQ", "hello@smokinwheelsbbq.co.uk", "external"),
    "carboot":  ("Terry Noakes", "terry.noakes@yahoo.co.uk", "external"),
    "drone":    ("Skyframe Media", "studio@skyframemedia.co.uk", "external"),
    "neighbour": ("Mr Gareth Lyle", "gareth.lyle@gmail.com", "external"),
    "hedge":    ("Mrs Jean Whitlock", "jean.whitlock@btinternet.com", "external"),
    "bulbs":    ("Zoë Hartnell", "zoe.hartnell@gmail.com", "external"),
    "waitlist": ("Amir Haddad", "amir.haddad@gmail.com", "external"),
    "resident1": ("Paul Dimmock", "pauldimmock@hotmail.co.uk", "external"),
    "resident2": ("Lynne Carver", "lynne.carver@icloud.com", "external"),
    "resident3": ("Tadeusz Nowak", "tadek.nowak@wp.pl", "external"),
    "resident4": ("Brenda Fossett", "brenda.fossett@aol.com", "external"),
    "family":   ("Mr Alan Prewett", "alan.prewett@gmail.com", "external"),
    "litter":   ("Saxby Wendle Litter Pickers", "swlitterpickers@gmail.com", "external"),
    "bt":       ("BT Customer Services", "customer.services@bt.com", "external"),
    "ownelec":  ("Harris Electrical", "info@harriselectrical.co.uk", "external"),
    "agent":    ("Fiona Gault (Gault & Reeve Land Agents)", "fiona@gaultreeve.co.uk", "external"),
    "rivaltree": ("Nutley Firs", "orders@nutleyfirs.co.uk", "external"),
    "husband":  ("Colin Stanbridge", "colin.stanbridge@icloud.com", "external"),
    "friend":   ("Val Hemsley", "val.hemsley@btinternet.com", "external"),
    "landowner": ("Richard Askew", "richard@askewestates.co.uk", "external"),
    "shred":    ("ShredSafe Wessex", "collections@shredsafewessex.co.uk", "external"),
    "wife":     ("Carol Tuffin", "caroltuffin@outlook.com", "external"),
    "pennockbiz": ("Pennock Farms accounts", "accounts@pennockfarms.co.uk", "external"),
    "oldpc":    ("Little Saxby Parish Meeting", "clerk.littlesaxby@gmail.com", "external"),
    "mate":     ("Ash Kerridge", "ashkerridge@gmail.com", "external"),
}


def name(k):
    return PEOPLE[k][0]


def email(k):
    return PEOPLE[k][1]


def role(k):
    """Role as the contract sees it, from the directory only."""
    p = PEOPLE[k]
    addr = p[1].lower()
    if len(p) > 5 and p[5]:
        return p[2]
    dom = addr.split("@")[1]
    if dom == DOMAIN:
        return "officer"
    if dom in PARTNER_DOMAINS:
        return "partner"
    return "external"


def person(k):
    """Identity: a councillor's two addresses are one person."""
    return {"aldous2": "aldous"}.get(k, k)


def true_role(k):
    return PEOPLE[k][2]


def directory_yaml():
    out = ["# Saxby Wendle Parish Council: an invented parish council for a blind evaluation set.",
           "# Form: CHECK-CONTRACT.md, 'The directory file'. Every name and address is invented.",
           "# Cllr Brian Catchpole (co-opted Feb 2026, briancatchpole@hotmail.co.uk) is deliberately NOT listed.",
           f"council: {COUNCIL}",
           f"domains: [{DOMAIN}]",
           "people:"]
    merged = {}
    order = []
    for k, p in PEOPLE.items():
        if len(p) <= 5 or not p[5]:
            continue
        pk = person(k)
        if pk not in merged:
            merged[pk] = {"name": p[0], "role": p[2], "emails": [], "titles": p[3], "group": p[4]}
            order.append(pk)
        merged[pk]["emails"].append(p[1])
    for pk in order:
        m = merged[pk]
        out.append(f"  - name: {m['name']}")
        out.append(f"    role: {m['role']}")
        out.append(f"    emails: [{', '.join(m['emails'])}]")
        if m["titles"]:
            out.append(f"    titles: [{', '.join(m['titles'])}]")
        if m["group"]:
            out.append(f"    group: {m['group']}")
    out.append(f"partner_domains: [{', '.join(PARTNER_DOMAINS)}]")
    return "\n".join(out) + "\n"
