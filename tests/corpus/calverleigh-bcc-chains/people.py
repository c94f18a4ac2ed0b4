# -*- coding: utf-8 -*-
"""People of Calverleigh Borough Council (invented) and the outsiders they write to.

Every name, address and telephone number here is invented.  Telephone numbers use
Ofcom's drama range (01632 960xxx).
"""

COUNCIL = "Calverleigh Borough Council"
DOMAINS = ["calverleigh.gov.uk", "calverleighbc.gov.uk"]   # second one is the legacy domain
PARTNER_DOMAINS = ["westmarch.gov.uk", "lindqvistboyd.co.uk"]

# key: (name, role, [emails], [titles], group, signature lines)
DIRECTORY = {
    # ---- councillors -------------------------------------------------------------
    "oyelaran": ("Harriet Oyelaran", "councillor",
                 ["cllr.h.oyelaran@calverleigh.gov.uk", "harriet.oyelaran@gmail.com"],
                 ["chair"], "Labour",
                 ["Cllr Harriet Oyelaran", "Mayor of Calverleigh", "Labour, Castle Ward"]),
    "faircloth": ("Dominic Faircloth", "councillor",
                  ["cllr.d.faircloth@calverleigh.gov.uk", "dom.faircloth@btinternet.com"],
                  ["leader"], "Conservative",
                  ["Cllr Dominic Faircloth", "Leader, Conservative Group", "Hollins Ward"]),
    "llewellyn": ("Bethan Llewellyn-Rees", "councillor",
                  ["cllr.b.llewellyn-rees@calverleigh.gov.uk"],
                  ["vice-chair"], "Liberal Democrat",
                  ["Cllr Bethan Llewellyn-Rees", "Deputy Mayor", "Liberal Democrat, Millbrook Ward"]),
    "qureshi": ("Imran Qureshi", "councillor",
                ["cllr.i.qureshi@calverleigh.gov.uk", "imranq1972@outlook.com"],
                ["committee-chair"], "Labour",
                ["Cllr Imran Qureshi", "Chair, Planning Committee", "Labour, Eastgate Ward"]),
    "kowalczyk": ("Żaneta Kowalczyk", "councillor",
                  ["cllr.z.kowalczyk@calverleigh.gov.uk"],
                  [], "Green",
                  ["Cllr Żaneta Kowalczyk", "Green Party, Riverside Ward"]),
    "mcallister": ("Rory McAllister", "councillor",
                   ["cllr.r.mcallister@calverleigh.gov.uk", "rory@mcallister-joinery.co.uk"],
                   [], "Independent",
                   ["Rory McAllister", "Independent Councillor, Stoke Lacy Ward"]),
    "ashdown": ("Penelope Ashdown-Hart", "councillor",
                ["cllr.p.ashdown-hart@calverleigh.gov.uk"],
                ["committee-chair"], "Conservative",
                ["Cllr Penelope Ashdown-Hart", "Chair, Licensing Committee"]),
    "nwankwo": ("Chidi Nwankwo", "councillor",
                ["cllr.c.nwankwo@calverleigh.gov.uk", "chidi.nwankwo@yahoo.co.uk"],
                [], "Labour",
                ["Cllr Chidi Nwankwo", "Labour, Eastgate Ward"]),
    "marchetti": ("Séverine Marchetti", "councillor",
                  ["cllr.s.marchetti@calverleigh.gov.uk"],
                  ["leader"], "Liberal Democrat",
                  ["Cllr Séverine Marchetti", "Leader, Liberal Democrat Group", "Chair, Twinning Sub-Committee"]),
    "pritchard": ("Gwyn Pritchard", "councillor",
                  ["cllr.g.pritchard@calverleigh.gov.uk", "gwynpritchard@hotmail.co.uk"],
                  [], "Independent",
                  ["Gwyn Pritchard", "Cynghorydd / Councillor, Abbey Ward"]),
    # ---- officers ----------------------------------------------------------------
    "fenwick": ("Alasdair Fenwick", "officer",
                ["alasdair.fenwick@calverleigh.gov.uk", "chief.executive@calverleigh.gov.uk"],
                ["chief-executive", "proper-officer"], None,
                ["Alasdair Fenwick", "Chief Executive", "Calverleigh Borough Council", "01632 960 100"]),
    "bamidele": ("Nkechi Bamidele", "officer",
                 ["nkechi.bamidele@calverleigh.gov.uk", "monitoring.officer@calverleigh.gov.uk"],
                 ["monitoring-officer"], None,
                 ["Nkechi Bamidele", "Head of Legal & Monitoring Officer", "Calverleigh Borough Council", "01632 960 118"]),
    "abernethy": ("Ruth Abernethy", "officer",
                  ["ruth.abernethy@calverleigh.gov.uk"],
                  ["head-of-service"], None,
                  ["Ruth Abernethy", "Deputy Chief Executive & Director of Place", "Calverleigh Borough Council"]),
    "renshaw": ("Tobias Renshaw", "officer",
                ["tobias.renshaw@calverleigh.gov.uk"],
                [], None,
                ["Tobias Renshaw", "Democratic Services Manager", "Calverleigh Borough Council", "01632 960 131"]),
    "cullinane": ("Mairéad Cullinane", "officer",
                  ["mairead.cullinane@calverleigh.gov.uk"],
                  ["head-of-service"], None,
                  ["Mairéad Cullinane MRTPI", "Head of Planning & Building Control", "Calverleigh Borough Council"]),
    "holt": ("Kieran Holt", "officer",
             ["kieran.holt@calverleigh.gov.uk"],
             [], None,
             ["Kieran Holt", "Environmental Health Officer (Pollution)", "Calverleigh Borough Council", "01632 960 412"]),
    "szymanska": ("Joanna Szymańska", "officer",
                  ["joanna.szymanska@calverleigh.gov.uk"],
                  [], None,
                  ["Joanna Szymańska", "Housing Options Officer", "Calverleigh Borough Council", "01632 960 377"]),
    "ostrowski": ("Liam Ostrowski", "officer",
                  ["liam.ostrowski@calverleigh.gov.uk", "l.ostrowski@calverleighbc.gov.uk"],
                  [], None,
                  ["Liam Ostrowski", "Parks & Open Spaces Officer", "Calverleigh Borough Council", "07700 900 261"]),
    "venkat": ("Priya Venkataraman", "officer",
               ["priya.venkataraman@calverleigh.gov.uk"],
               [], None,
               ["Priya Venkataraman", "Senior Licensing Officer", "Calverleigh Borough Council"]),
    "doherty": ("Sam Doherty", "officer",
                ["sam.doherty@calverleigh.gov.uk"],
                [], None,
                ["Sam Doherty", "Customer Services Team Leader", "Calverleigh Borough Council"]),
    # ---- partners ----------------------------------------------------------------
    "lindqvist": ("Fraser Lindqvist", "partner",
                  ["f.lindqvist@lindqvistboyd.co.uk"], [], None,
                  ["Fraser Lindqvist", "Partner, Lindqvist Boyd LLP"]),
    "tarrant": ("Olwen Tarrant", "partner",
                ["olwen.tarrant@tarrantaudit.co.uk"], [], None,
                ["Olwen Tarrant CPFA", "Internal Auditor"]),
}

# Shared staff mailboxes at the council domains.  Deliberately NOT listed in the
# directory: by the contract an unlisted council-domain address is an officer.
SHARED = {
    "demservices": ("Democratic Services", "democratic.services@calverleigh.gov.uk",
                    ["Democratic Services", "Calverleigh Borough Council", "Town Hall, Market Place, Calverleigh"]),
    "planning": ("Calverleigh Planning", "planning@calverleigh.gov.uk",
                 ["Development Management", "Calverleigh Borough Council"]),
    "custserv": ("Customer Services", "customerservices@calverleigh.gov.uk",
                 ["Customer Services", "Calverleigh Borough Council", "01632 960 000"]),
    "memsupport": ("Members Support", "members.support@calverleighbc.gov.uk",
                   ["Members Support", "Calverleigh Borough Council"]),
    "parks": ("Parks Team", "parks@calverleigh.gov.uk",
              ["Parks & Open Spaces", "Calverleigh Borough Council"]),
}

# People outside the council (not in the directory): external parties, plus people at
# partner domains who are not listed individually.
OUTSIDE = {
    "halloway": ("Doreen Halloway", "doreen.halloway@gmail.com"),
    "mensah": ("Kofi Mensah-Bright", "kofi.mensahbright@outlook.com"),
    "wrobel": ("Agnieszka Wróbel", "a.wrobel@wp.pl"),
    "budd": ("Trevor Budd", "trev.budd@btinternet.com"),
    "sbudd": ("Sandra Budd", "sandra.budd58@btinternet.com"),
    "fenn": ("Nadia Fenn", "nadia.fenn@calverleighgazette.co.uk"),
    "greenway": ("Greenway Grounds Ltd", "ops@greenwaygrounds.co.uk"),
    "greenacc": ("Greenway Grounds Accounts", "accounts@greenwaygrounds.co.uk"),
    "tallis": ("Geoff Tallis", "chair@millbrookra.org.uk"),
    "castellano": ("Jordi Castellano", "j.castellano@harlowfieldhomes.co.uk"),
    "sowerby": ("Ann Sowerby", "clerk@littlewendham-pc.gov.uk"),
    "oconnor": ("Siobhán O'Connor", "siobhan.oconnor@icloud.com"),
    "parmar": ("Hemant Parmar", "hemant.parmar@gmail.com"),
    "kitchener": ("Lorraine Kitchener", "lorraine@calverleighlabour.org.uk"),
    "nguyen": ("Thao Nguyen", "thao.nguyen84@yahoo.co.uk"),
    "ellery": ("Marcus Ellery", "marcus@ellerylandscapes.co.uk"),
    "brightwell": ("Brightwell Signs", "sales@brightwellsigns.co.uk"),
    "hughes": ("Eleri Hughes", "eleri.hughes@gmail.com"),
    "schmidt": ("Katrin Schmidt", "k.schmidt@gmx.de"),
    "dubois": ("Amélie Dubois", "amelie.dubois@orange.fr"),
    "garrido": ("Lucía Garrido", "lucia.garrido@hotmail.es"),
    "devries": ("Pieter de Vries", "p.devries@ziggo.nl"),
    "zielinski": ("Marek Zieliński", "marek.zielinski@onet.pl"),
    "rorygmail": ("Rory McAllister", "rorymcallister77@gmail.com"),   # NOT listed
    "hartley": ("Hartley & Rowe Solicitors", "enquiries@hartleyrowe.co.uk"),
    "hmiddle": ("Halloway, Doreen", "d.halloway@calverleighcollege.ac.uk"),  # resident's work address
    "pym": ("Gareth Pym", "g.pym@westmarch.gov.uk"),                  # partner domain, unlisted
    "whighways": ("Westmarch Highways", "highways@westmarch.gov.uk"),  # partner domain
    "okafor": ("Blessing Okafor", "blessing.okafor@gmail.com"),
    "ferris": ("Alan Ferris", "alan.ferris@ferrisplumbing.co.uk"),
    "rahman": ("Shirin Rahman", "shirin.rahman@hotmail.co.uk"),
    "lowe": ("Derek Lowe", "derek.lowe1951@aol.com"),
    "bellamy": ("Claire Bellamy", "claire@calverleighfoodbank.org.uk"),
    "tennant": ("Owen Tennant", "owen.tennant@radiowestmarch.co.uk"),
    "marsh": ("Jenny Marsh", "jenny.marsh@stoke-lacy-school.org.uk"),
    "stclair": ("Fr. Michael St Clair", "stclair.michael@abbeyparish.org.uk"),
}

# residents for mass mail (allotment waiting list etc.)
MASS = [
    ("Peter Aldous", "p.aldous@gmail.com"), ("Mandeep Gill", "mandeep.gill@outlook.com"),
    ("Rosa Fairweather", "rosa.fw@btinternet.com"), ("Ian Cobbold", "icobbold@sky.com"),
    ("Yetunde Adeyemi", "yetunde.adeyemi@gmail.com"), ("Graham Nutt", "graham.nutt@talktalk.net"),
    ("Lena Haas", "lena.haas@web.de"), ("Bill Stannard", "billstannard@hotmail.com"),
    ("Fatima Begum", "fatima.begum22@gmail.com"), ("Colin Rudd", "colin.rudd@virginmedia.com"),
    ("Marta Nowak", "marta.nowak@o2.pl"), ("Sue Pettifer", "sue.pettifer@icloud.com"),
]
