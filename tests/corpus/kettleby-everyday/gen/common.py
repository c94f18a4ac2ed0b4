from core import Spec, Q, ics, when, A, ext
from people import X, COUNCILLORS

SPECS = []


import hashlib as _hl


def add(*a, **k):
    s = Spec(*a, **k)
    # vary the clients of ordinary (negative) Outlook messages deterministically
    if not s.rules and s.client == "outlook" and not s.cal and not s.html_body and not s.auto and not s.hdrs:
        r = int(_hl.sha256(s.subject.encode()).hexdigest(), 16) % 100
        if A(s.frm)["role"] == "councillor" or A(s.frm)["email"].split("@")[1] != "kettlebymagna-tc.gov.uk":
            s.client = "outlook" if r < 35 else "owa" if r < 55 else "iphone" if r < 80 else "thunderbird"
        else:
            s.client = "outlook" if r < 55 else "owa" if r < 80 else "thunderbird" if r < 90 else "iphone"
    SPECS.append(s)
    return s


ADDRESS = "The Corn Exchange, Market Square, Kettleby Magna, Wessingshire KM4 1AB"
DISC = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
        "received it in error, please tell the sender and delete it. Any views expressed are those of the author "
        "and not necessarily those of Kettleby Magna Town Council. Emails to the council may be monitored and may "
        "be disclosed under the Freedom of Information Act 2000.")

TITLES = {
    "clerk": "Town Clerk & Proper Officer", "deputy": "Deputy Town Clerk", "rfo": "Responsible Financial Officer",
    "events": "Events Officer", "fm": "Facilities Manager", "admin": "Administrative Assistant",
}
NAMES = {"clerk": "Rosalind Tennant", "deputy": "Mark Ebbrell", "rfo": "Nadia Qureshi", "events": "Jess Carrow",
         "fm": "Stuart McAllister", "admin": "Chloé Durand"}
PHONES = {"clerk": "01632 960 211", "deputy": "01632 960 212", "rfo": "01632 960 214", "events": "01632 960 216",
          "fm": "07700 900 318", "admin": "01632 960 210"}


def osig(who, disc=True, short=False, extra=""):
    """Officer signature."""
    s = f"Kind regards\n\n{NAMES[who]}\n{TITLES[who]}{extra}\nKettleby Magna Town Council\n{ADDRESS}\nTel: {PHONES[who]} | www.kettlebymagna-tc.gov.uk"
    if short:
        s = f"Thanks\n{NAMES[who].split()[0]}"
    if disc and not short:
        s += "\n\n" + DISC
    return s


CTITLE = {"aldous": "Town Mayor", "bevan": "Deputy Town Mayor", "blake": "Chair, Finance & General Purposes Committee",
          "lindqvist": "Chair, Planning Committee", "chaudhary": "Chair, Events & Markets Committee",
          "hollins": "Chair, Amenities Committee"}
WARD = {"aldous": "Abbey", "bevan": "Market", "blake": "Castle", "lindqvist": "Wendle", "chaudhary": "Market",
        "hollins": "Castle", "nibhriain": "Wendle", "penhaligon": "Castle", "frobisher": "Abbey", "okafor": "Market",
        "fairweather": "Wendle", "kovacs": "Abbey"}
CNAME = {"aldous": "Helen Aldous", "bevan": "Rhodri Bevan", "blake": "Marguerite O'Donoghue-Blake", "lindqvist": "Søren Lindqvist",
         "chaudhary": "Priyanka Chaudhary", "hollins": "Derek Hollins", "nibhriain": "Aoife Ní Bhriain",
         "penhaligon": "Gareth Penhaligon", "frobisher": "Janet Frobisher", "okafor": "Chidi Okafor",
         "fairweather": "Beatrix Fairweather", "kovacs": "Zoltán Kovács"}


def csig(who, full=True):
    if not full:
        return CNAME[who].split()[0]
    t = CTITLE.get(who)
    s = f"Cllr {CNAME[who]}"
    if t:
        s += f"\n{t}"
    s += f"\nKettleby Magna Town Council ({WARD[who]} Ward)"
    return s


def councillor_addrs(exclude=()):
    return [c for c in COUNCILLORS if c not in exclude]
