"""The second council of the officer-criticism corpus (issue 17, recall round): Kettleby St Anne Parish
Council, written so that the rule is tuned on more than one council's names, titles and addresses.

Every name and address is invented. No `press_domains`: the press is recognised by its addresses alone.
The Clerk is also the Proper Officer; the RFO is a separate officer; two councillors write from
personal addresses the directory lists, and one (Sandra Kemp) sometimes from an address it does not.
"""

K = "kettlebystanne-pc.org.uk"

DIRECTORY = {
    "council": "Kettleby St Anne Parish Council",
    "domains": [K],
    "partner_domains": ["southwold-dc.gov.uk", "ealc.org.uk"],
    "people": [
        {"name": "Hugh Marchbank", "role": "councillor", "titles": ["chair"],
         "emails": [f"cllr.marchbank@{K}", "hugh.marchbank@icloud.com"]},
        {"name": "Teresa Vaughan-Lloyd", "role": "councillor",
         "emails": [f"cllr.vaughanlloyd@{K}", "teresavl@btinternet.com"]},
        {"name": "Piotr Zielinski", "role": "councillor", "emails": [f"cllr.zielinski@{K}"]},
        {"name": "Sandra Kemp", "role": "councillor", "emails": [f"cllr.kemp@{K}"]},
        {"name": "Ravi Menon", "role": "councillor", "titles": ["vice-chair"], "emails": [f"cllr.menon@{K}"]},
        {"name": "Joanne Harrowby", "role": "officer", "titles": ["clerk", "proper-officer"],
         "emails": [f"clerk@{K}", f"joanne.harrowby@{K}"]},
        {"name": "Priya Lennox", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"deputy.clerk@{K}"]},
        {"name": "Keith Aldous", "role": "officer", "titles": ["rfo"], "service": "Finance",
         "emails": [f"rfo@{K}", f"keith.aldous@{K}"]},
        {"name": "Colin Faraday", "role": "officer", "service": "Facilities", "emails": [f"caretaker@{K}"]},
        {"name": "Mark Dunmore", "role": "partner", "titles": ["monitoring-officer"],
         "emails": ["monitoring.officer@southwold-dc.gov.uk"]},
    ],
}

# Senders
MARCHBANK = f"Cllr Hugh Marchbank <cllr.marchbank@{K}>"
MARCHBANK_HOME = "Hugh Marchbank <hugh.marchbank@icloud.com>"
MENON_HOME = "Ravi <ravimenon.kettleby@gmail.com>"  # unlisted; signs as Cllr Menon
VAUGHAN = f"Cllr Teresa Vaughan-Lloyd <cllr.vaughanlloyd@{K}>"
VAUGHAN_HOME = "Teresa V-L <teresavl@btinternet.com>"  # listed personal address, a nickname shown
ZIELINSKI = f"Cllr Piotr Zielinski <cllr.zielinski@{K}>"
KEMP = f"Cllr Sandra Kemp <cllr.kemp@{K}>"
KEMP_UNLISTED = "sandyk1971 <sandyk1971@hotmail.co.uk>"  # hers, not in the directory; she signs as Cllr
MENON = f"Cllr Ravi Menon <cllr.menon@{K}>"
CLERK = f"Joanne Harrowby <clerk@{K}>"
DEPUTY = f"Priya Lennox <deputy.clerk@{K}>"
RFO = f"Keith Aldous <rfo@{K}>"
OFFICE = f"Parish Office <office@{K}>"  # an unlisted council mailbox: an officer
MO = "Mark Dunmore <monitoring.officer@southwold-dc.gov.uk>"

# Outside audiences
MERCURY = "Newsdesk <newsdesk@wolds-mercury.co.uk>"
MERCURY_LETTERS = "Letters <letters@wolds-mercury.co.uk>"
RADIO = "Wolds FM Newsroom <newsroom@woldsfm.co.uk>"
RADIO_PRODUCER = "Jas Bhamra <jas.bhamra@woldsfm.co.uk>"
FORUM = "Kettleby Village Forum (admin) <admin@kettlebyforum.org.uk>"
LIST = "Kettleby Residents <kettleby-residents@lists.kettlebyvillage.org>"
PTA = "St Anne's PTA <pta.stannes@gmail.com>"
RA = "Kettleby Residents' Association <secretary@kettlebyra.org.uk>"
R1 = "Gillian Pask <gill.pask@gmail.com>"
R2 = "Norman Firth <normanfirth@talktalk.net>"
R3 = "Aisha Rahman <aisha.rahman@outlook.com>"
R4 = "Derek Holloway <derek.holloway@btinternet.com>"
R5 = "Mo Clarke <moclarke@yahoo.co.uk>"
CONTRACTOR = "Wolds Grounds Ltd <office@woldsgrounds.co.uk>"
MANY = [f"Resident {i} <kettleby{i}@residentsmail.example.org>" for i in range(1, 19)]
COUNCILLORS = [MARCHBANK, VAUGHAN, ZIELINSKI, KEMP, MENON]
LIST_HEADERS = ("List-Id: Kettleby Residents <kettleby-residents.lists.kettlebyvillage.org>",
                "List-Unsubscribe: <mailto:kettleby-residents-leave@lists.kettlebyvillage.org>")
