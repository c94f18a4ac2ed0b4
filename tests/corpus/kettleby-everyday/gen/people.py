"""Kettleby Magna Town Council: an invented English market-town council."""
from core import person, mailbox, ext, DOMAIN

D = DOMAIN
C, O, P = "councillor", "officer", "partner"

# ---- councillors (12): Independent 4, Liberal Democrat 4, Conservative 4
person("aldous", "Helen Aldous", C, [f"cllr.aldous@{D}", "helen.aldous@btinternet.com"], ["mayor", "chair"], "Independent",
       display=["Cllr Helen Aldous", "Helen Aldous"])
person("bevan", "Rhodri Bevan", C, [f"cllr.bevan@{D}"], ["deputy-mayor", "vice-chair"], "Liberal Democrat",
       display=["Cllr Rhodri Bevan"])
person("blake", "Marguerite O'Donoghue-Blake", C, [f"cllr.odonoghue-blake@{D}", "mo.blake@outlook.com"],
       ["committee-chair", "leader"], "Conservative", display=["Cllr Marguerite O'Donoghue-Blake", "Marguerite Blake"])
person("lindqvist", "Søren Lindqvist", C, [f"cllr.lindqvist@{D}"], ["committee-chair"], "Liberal Democrat",
       display=["Cllr Søren Lindqvist"])
person("chaudhary", "Priyanka Chaudhary", C, [f"cllr.chaudhary@{D}", "priyanka.chaudhary82@gmail.com"], ["committee-chair"],
       "Independent", display=["Cllr Priyanka Chaudhary", "Priyanka Chaudhary"])
person("hollins", "Derek Hollins", C, [f"cllr.hollins@{D}", "derek@hollinsjoinery.co.uk"], ["committee-chair"], "Conservative",
       display=["Cllr Derek Hollins", "Derek Hollins (Hollins Joinery)"])
person("nibhriain", "Aoife Ní Bhriain", C, [f"cllr.nibhriain@{D}"], ["leader"], "Liberal Democrat",
       display=["Cllr Aoife Ní Bhriain"])
person("penhaligon", "Gareth Penhaligon", C, [f"cllr.penhaligon@{D}"], [], "Conservative", display=["Cllr Gareth Penhaligon"])
person("frobisher", "Janet Frobisher", C, [f"cllr.frobisher@{D}", "janfrob@yahoo.co.uk"], ["leader"], "Independent",
       display=["Cllr Janet Frobisher", "Jan Frobisher"])
person("okafor", "Chidi Okafor", C, [f"cllr.okafor@{D}"], [], "Liberal Democrat", display=["Cllr Chidi Okafor"])
person("fairweather", "Beatrix Fairweather", C, [f"cllr.fairweather@{D}"], [], "Conservative", display=["Cllr Beatrix Fairweather"])
person("kovacs", "Zoltán Kovács", C, [f"cllr.kovacs@{D}", "zkovacs@hotmail.co.uk"], [], "Independent",
       display=["Cllr Zoltán Kovács", "Zoltán Kovács"])

COUNCILLORS = ["aldous", "bevan", "blake", "lindqvist", "chaudhary", "hollins", "nibhriain", "penhaligon", "frobisher",
               "okafor", "fairweather", "kovacs"]

# ---- officers (6)
person("clerk", "Rosalind Tennant", O, [f"town.clerk@{D}", f"rosalind.tennant@{D}"], ["clerk", "proper-officer"],
       display=["Rosalind Tennant (Town Clerk)", "Rosalind Tennant"])
person("deputy", "Mark Ebbrell", O, [f"deputy.clerk@{D}", f"mark.ebbrell@{D}"], ["deputy-clerk"],
       display=["Mark Ebbrell (Deputy Clerk)", "Mark Ebbrell"])
person("rfo", "Nadia Qureshi", O, [f"rfo@{D}", f"nadia.qureshi@{D}"], ["responsible-financial-officer"],
       display=["Nadia Qureshi (RFO)", "Nadia Qureshi"])
person("events", "Jess Carrow", O, [f"jess.carrow@{D}"], ["events-officer"], display=["Jess Carrow"])
person("fm", "Stuart McAllister", O, [f"facilities@{D}", f"stuart.mcallister@{D}"], ["facilities-manager"],
       display=["Stuart McAllister (Facilities)", "Stuart McAllister"])
person("admin", "Chloé Durand", O, [f"chloe.durand@{D}"], ["admin-assistant"], display=["Chloé Durand"])

# ---- shared mailboxes (unlisted: officers by the contract)
mailbox("office", "Kettleby Magna Town Council", "office")
mailbox("bookings", "KMTC Bookings", "bookings")
mailbox("eventsbox", "Kettleby Magna Events", "events")
mailbox("markets", "Kettleby Magna Markets", "markets")

# ---- partners
person("mo", "Graham Stokoe", P, ["graham.stokoe@northwendlesham.gov.uk"], ["monitoring-officer"])
person("sol", "Imogen Pargeter", P, ["i.pargeter@pargeterlowe.co.uk"])
person("auditor", "Colin Marsh", P, ["colin@marshaudit.co.uk"], ["internal-auditor"])

# ---- frequently used outsiders
X = dict(
    mercury=ext("Kettleby Mercury Newsdesk", "newsdesk@kettlebymercury.co.uk"),
    tash=ext("Tom Ashdown", "tom.ashdown@kettlebymercury.co.uk"),
    radio=ext("Wessex Vale Radio News", "news@wessexvaleradio.co.uk"),
    dplan=ext("Planning Consultations", "planning.consultations@northwendlesham.gov.uk"),
    highways=ext("Wessingshire Highways", "highways@wessingshire.gov.uk"),
    ccllr=ext("Cllr Philippa Rowe (Wessingshire CC)", "philippa.rowe@wessingshire.gov.uk"),
    walc=ext("Wessingshire Association of Local Councils", "bulletin@wessingshire-alc.org.uk"),
    web=ext("Ferncroft Web Design", "support@ferncroftweb.co.uk"),
    printer=ext("Kettleby Print Works", "orders@kettlebyprint.co.uk"),
)
