"""The fictional council of the officer-criticism corpus (issue 17): Hollins Cross Town Council.

Every name and address is invented. The local paper's domain is listed as `press_domains`;
BBC and other newsrooms are recognised by their addresses alone.
"""

D = "hollinscross-tc.gov.uk"
PRESS = "hollinscross-echo.co.uk"

DIRECTORY = {
    "council": "Hollins Cross Town Council",
    "domains": [D],
    "partner_domains": ["hollinsdale.gov.uk", "wrenfield-law.co.uk"],
    "press_domains": [PRESS],
    "people": [
        {"name": "Brenda Otway", "role": "councillor", "titles": ["chair"], "group": "Independent",
         "emails": [f"cllr.otway@{D}", "brenda.otway@gmail.com"]},
        {"name": "Marcus Delaney", "role": "councillor", "group": "Conservative",
         "emails": [f"cllr.delaney@{D}", "marcus.delaney@btinternet.com"]},
        {"name": "Anil Chaudhry", "role": "councillor", "titles": ["committee-chair"], "group": "Labour",
         "emails": [f"cllr.chaudhry@{D}"]},
        {"name": "Kerry Nolan", "role": "councillor", "group": "Green", "emails": [f"cllr.nolan@{D}"]},
        {"name": "Gwen Pritchard", "role": "councillor", "group": "Liberal Democrat",
         "emails": [f"cllr.pritchard@{D}", "gwen.pritchard@outlook.com"]},
        {"name": "Rachel Teague", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"clerk@{D}", f"rachel.teague@{D}"]},
        {"name": "Simon Bayliss", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"simon.bayliss@{D}"]},
        {"name": "Dawn Mercer", "role": "officer", "titles": ["rfo"], "service": "Finance",
         "emails": [f"rfo@{D}", f"dawn.mercer@{D}"]},
        {"name": "Lee Parfitt", "role": "officer", "service": "Grounds", "emails": [f"lee.parfitt@{D}"]},
        {"name": "Clare Whitby", "role": "partner", "titles": ["monitoring-officer"],
         "emails": ["clare.whitby@hollinsdale.gov.uk"]},
        {"name": "Imran Wrenfield", "role": "partner", "emails": ["imran@wrenfield-law.co.uk"]},
    ],
}

# Senders
OTWAY = f"Cllr Brenda Otway <cllr.otway@{D}>"
OTWAY_HOME = "Brenda Otway <brenda.otway@gmail.com>"
DELANEY = f"Cllr Marcus Delaney <cllr.delaney@{D}>"
DELANEY_HOME = "Marcus Delaney <marcus.delaney@btinternet.com>"
CHAUDHRY = f"Cllr Anil Chaudhry <cllr.chaudhry@{D}>"
NOLAN = f"Cllr Kerry Nolan <cllr.nolan@{D}>"
PRITCHARD = f"Cllr Gwen Pritchard <cllr.pritchard@{D}>"
PRITCHARD_HOME = "Gwen Pritchard <gwen.pritchard@outlook.com>"
NOLAN_UNLISTED = "Kerry Nolan <kezza.nolan77@yahoo.co.uk>"  # her own address, not in the directory
CLERK = f"Rachel Teague <clerk@{D}>"
DEPUTY = f"Simon Bayliss <simon.bayliss@{D}>"
RFO = f"Dawn Mercer <rfo@{D}>"
PARFITT = f"Lee Parfitt <lee.parfitt@{D}>"
MO = "Clare Whitby <clare.whitby@hollinsdale.gov.uk>"
SOLICITOR = "Imran Wrenfield <imran@wrenfield-law.co.uk>"

# Outside audiences
NEWSDESK = f"Echo Newsdesk <newsdesk@{PRESS}>"
REPORTER = f"Tom Haskins <tom.haskins@{PRESS}>"
BBC = "BBC Radio Hollinsdale <hollinsdale.news@bbc.co.uk>"
GAZETTE = "Letters Editor <letters@wrenfield-gazette.co.uk>"
FB_ADMIN = "Hollins Cross Community Noticeboard <admin@hollinscrossnoticeboard.org>"
RESIDENTS_LIST = "Hollins Cross Residents <residents@hxra.groups.io>"
NEWSLETTER = f"Town Newsletter <newsletter@{D}>"
RES1 = "Margaret Ashdown <m.ashdown@gmail.com>"
RES2 = "Dev Sandhu <devsandhu@hotmail.co.uk>"
RES3 = "Paula Greig <paulagreig@btinternet.com>"
RES4 = "Kofi Boateng <kofi.boateng@outlook.com>"
RES5 = "Jan Kowalski <jan.kowalski@wp.pl>"
CONTRACTOR = "Greenscape Grounds Ltd <office@greenscape-grounds.co.uk>"
MANY_RESIDENTS = [f"Resident {i} <resident{i}@hxmail.example.com>" for i in range(1, 15)]
