"""The fictional council of the election-period corpus (tests/corpus/election-period/).

Every name and address is invented. Two election periods: the all-out town council election
(every councillor stands) and, in the autumn, a county by-election in which only Tom Pritchard
of the town council stands.
"""

D = "harwellbridge-tc.gov.uk"

OKAFOR = f"Cllr Helen Okafor <cllr.okafor@{D}>"
PRITCHARD = f"Cllr Tom Pritchard <cllr.pritchard@{D}>"
LLOYD = f"Cllr Gareth Lloyd-Jones <cllr.lloydjones@{D}>"
REILLY = f"Siobhan Reilly <cllr.reilly@{D}>"
SIDDIQUI = f"Cllr Imran Siddiqui <cllr.siddiqui@{D}>"
ELLERY = f"Cllr Margaret Ellery <cllr.ellery@{D}>"
CLERK = f"Karen Whitfield <clerk@{D}>"
COMMS = f"Dan Ashby <d.ashby@{D}>"
INFO = f"Harwell Bridge Town Council <info@{D}>"
FACILITIES = f"Facilities Team <facilities@{D}>"

OKAFOR_HOME = "Helen Okafor <helen.okafor@btinternet.com>"
PRITCHARD_PARTY = "Tom Pritchard <tom@harwellbridgeconservatives.org.uk>"
REILLY_HOME = "Siobhan Reilly <siobhan.reilly77@gmail.com>"
SIDDIQUI_HOME = "Imran Siddiqui <imran.siddiqui@outlook.com>"

NEWSDESK = "News desk <newsdesk@harwellbridgegazette.co.uk>"
EDITOR = "Editor <editor@wyevalleyherald.co.uk>"
REPORTER = "Priya Nair <priya.nair@bbc.co.uk>"
RADIO = "Newsroom <news@wyesidefm.co.uk>"
MAGAZINE = "Bridge Matters <editor@bridgematters-magazine.org.uk>"
RESIDENTS_LIST = "Harwell Bridge residents <residents@harwellbridge.groups.io>"
NEWSLETTER_LIST = "Newsletter subscribers <newsletter@lists.harwellbridge.org.uk>"
COUNTY = "Highways team <highways@wyeshire.gov.uk>"

RES1 = "Maureen Tilling <maureen.tilling@btinternet.com>"
RES2 = "Dev Chauhan <dev.chauhan@gmail.com>"
RES3 = "Agnieszka Nowak <a.nowak@outlook.com>"
RES4 = "Bill Pritchard <bill.pritchard@talktalk.net>"
RES5 = "Sandra Okoye <sandra.okoye@yahoo.co.uk>"
WI = "Pam Hughes <secretary@harwellbridgewi.org.uk>"
MANY = [f"resident{n:02d}@example.net" for n in range(1, 15)]

DIRECTORY = {
    "council": "Harwell Bridge Town Council",
    "domains": [D],
    "partner_domains": ["wyeshire.gov.uk"],
    "people": [
        {"name": "Helen Okafor", "role": "councillor", "titles": ["chair"], "group": "Independent",
         "emails": [f"cllr.okafor@{D}", "helen.okafor@btinternet.com"]},
        {"name": "Tom Pritchard", "role": "councillor", "group": "Conservative",
         "emails": [f"cllr.pritchard@{D}", "tom@harwellbridgeconservatives.org.uk"]},
        {"name": "Gareth Lloyd-Jones", "role": "councillor", "titles": ["committee-chair"], "group": "Labour",
         "emails": [f"cllr.lloydjones@{D}"]},
        {"name": "Siobhan Reilly", "role": "councillor", "group": "Green",
         "emails": [f"cllr.reilly@{D}", "siobhan.reilly77@gmail.com"]},
        {"name": "Imran Siddiqui", "role": "councillor", "group": "Liberal Democrat",
         "emails": [f"cllr.siddiqui@{D}", "imran.siddiqui@outlook.com"]},
        {"name": "Margaret Ellery", "role": "councillor", "titles": ["vice-chair"], "group": "Independent",
         "emails": [f"cllr.ellery@{D}"]},
        {"name": "Karen Whitfield", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"clerk@{D}", f"k.whitfield@{D}"]},
        {"name": "Dan Ashby", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"d.ashby@{D}"]},
    ],
    "elections": [
        {"from": "2027-03-29", "to": "2027-05-06"},
        {"from": "2027-09-13", "to": "2027-10-21", "candidates": ["Tom Pritchard"]},
    ],
}
