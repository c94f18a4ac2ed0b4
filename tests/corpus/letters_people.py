"""Ashwell Parish Council, the fictional council of the letters-and-markings corpus.

Shared by letters_cases.py and build_letters.py: the directory in the contract's
form, and the addresses the scenarios write to.
"""

from __future__ import annotations

D = "ashwellparish.gov.uk"

DIRECTORY = {
    "council": "Ashwell Parish Council",
    "domains": [D],
    "people": [
        {"name": "Eleanor Marsh", "role": "councillor", "titles": ["chair"], "group": "Independent",
         "emails": [f"cllr.marsh@{D}"]},
        {"name": "Rhodri Pugh", "role": "councillor", "titles": ["vice-chair"], "group": "Plaid Cymru",
         "emails": [f"cllr.pugh@{D}", "rhodri.pugh@btinternet.com"]},
        {"name": "Fatima Begum", "role": "councillor", "titles": ["committee-chair"], "group": "Labour",
         "emails": [f"cllr.begum@{D}"]},
        {"name": "Jonathan O'Connell", "role": "councillor", "titles": ["committee-chair"], "group": "Conservative",
         "emails": [f"cllr.oconnell@{D}", "jack.oconnell@gmail.com"]},
        {"name": "Bernadette Kowalczyk", "role": "councillor", "group": "Green", "emails": [f"cllr.kowalczyk@{D}"]},
        {"name": "Samuel Whitlock", "role": "councillor", "group": "Liberal Democrat", "emails": [f"cllr.whitlock@{D}"]},
        {"name": "Gillian Ferris", "role": "officer", "titles": ["clerk", "proper-officer", "rfo"],
         "emails": [f"clerk@{D}", f"gillian.ferris@{D}"]},
        {"name": "Tom Hale", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"tom.hale@{D}"]},
        {"name": "Nadia Quinn", "role": "partner", "emails": ["n.quinn@hargreaves-law.co.uk"]},
    ],
    "partner_domains": ["northvale.gov.uk"],
}

MARSH = f"Cllr Eleanor Marsh <cllr.marsh@{D}>"
PUGH = f"Cllr Rhodri Pugh <cllr.pugh@{D}>"
PUGH_HOME = "Rhodri Pugh <rhodri.pugh@btinternet.com>"
BEGUM = f"Cllr Fatima Begum <cllr.begum@{D}>"
OCONNELL = f"Cllr Jonathan O'Connell <cllr.oconnell@{D}>"
JACK_HOME = "Jack O'Connell <jack.oconnell@gmail.com>"
KOWALCZYK = f"Cllr Bernadette Kowalczyk <cllr.kowalczyk@{D}>"
WHITLOCK = f"Cllr Samuel Whitlock <cllr.whitlock@{D}>"
SAM_UNLISTED = "Sam W <sammyw1971@hotmail.co.uk>"  # a councillor's address the directory does not list
CLERK = f"Gillian Ferris <clerk@{D}>"
GILLIAN = f"Gillian Ferris <gillian.ferris@{D}>"
HALE = f"Tom Hale <tom.hale@{D}>"
OFFICE = f"Ashwell Parish Council <office@{D}>"  # a shared staff mailbox, unlisted
SOLICITOR = "Nadia Quinn <n.quinn@hargreaves-law.co.uk>"
DISTRICT = "Streetscene <streetscene@northvale.gov.uk>"

# outside the council
WANDERERS = "Ashwell Wanderers FC <secretary@ashwellwanderers.org.uk>"
SCOUTS = "1st Ashwell Scouts <gsl@ashwellscouts.org.uk>"
WI = "Ashwell WI <ashwell.wi@example.org>"
YOUTH = "Jo Carver <jo.carver@ashwellyouth.example.org>"
KESTREL = "Kestrel Landscapes <office@kestrel-landscapes.example.co.uk>"
PATHS = "Dale Paving <quotes@dalepaving.example.co.uk>"
HEDGER = "Owen Price <owen@hedgecraft.example.co.uk>"
CLEANERS = "BrightClean <accounts@brightclean.example.co.uk>"
PRINTER = "Vale Print <studio@valeprint.example.co.uk>"
SALT = "Northern Grit <sales@northerngrit.example.co.uk>"
BINS = "StreetFurniture Direct <orders@sfdirect.example.co.uk>"
BUILDER = "R Dunn Builders <rob@dunnbuilders.example.co.uk>"
CATERER = "Pie Van <hello@thepievan.example.co.uk>"
MAST = "Skyline Telecoms <siteacq@skylinetelecom.example.com>"
FORGE = "Forge Tenant <mark.ellis@example.com>"
KIOSK = "Green Kiosk <greenkiosk@example.co.uk>"
GRAZIER = "Hugh Tranter <hugh.tranter@example.net>"
ARCHITECT = "Lowe Architects <studio@lowearchitects.example.co.uk>"
DEVELOPER = "Orchard Homes <land@orchardhomes.example.co.uk>"
HR = "PeopleFirst HR <advice@peoplefirst.example.co.uk>"
PRESS = "Ashwell Echo <news@ashwellecho.example.co.uk>"
MP = "Aled Morgan MP <aled.morgan.mp@parliament.uk>"
MINISTER = "Ministerial Correspondence <correspondence@localgov.example.gov.uk>"
RES1 = "Maureen Clegg <maureen.clegg@example.com>"
RES2 = "Dev Patel <dev.patel@example.org>"
RES3 = "Siobhan Byrne <sbyrne@example.net>"
RES4 = "Pete Lund <pete.lund@example.co.uk>"
VOLUNTEERS = "Orchard Way Team <orchardway.team@example.org>"
LOGS = "Ashwell Logs <logs@ashwelllogs.example.co.uk>"
