"""Build tests/corpus/confidential-letter/: labelled .eml for confidential-disclosure and
councillor-name-letter, with the hard negatives, deterministically (no random boundaries,
fixed dates and ids). Run: python tests/corpus/build_confidential_letter.py

Each message is stored as Sent Items keeps it (Bcc as a header). Labels are written from
the contract for all four rules; Bcc appears only where a silent-bcc finding is intended,
and forwarded officer mail reaching outsiders is labelled forwarded-chain too.
"""

from __future__ import annotations

import base64
import quopri
from email.header import Header
from pathlib import Path

from corpus_files import write_folder

OUT = Path(__file__).parent / "confidential-letter"
D = "marshfieldvale-tc.gov.uk"
C, L, B, F = "confidential-disclosure", "councillor-name-letter", "silent-bcc", "forwarded-chain"

DIRECTORY = {
    "council": "Marshfield Vale Town Council",
    "domains": [D],
    "people": [
        {"name": "Margaret Okafor", "role": "councillor", "titles": ["chair"], "group": "Independent",
         "emails": [f"cllr.okafor@{D}", "margaret.okafor@example.net"]},
        {"name": "Tom Brennan", "role": "councillor", "titles": ["vice-chair"], "group": "Labour",
         "emails": [f"cllr.brennan@{D}"]},
        {"name": "Peter Lindqvist", "role": "councillor", "group": "Liberal Democrat",
         "emails": [f"cllr.lindqvist@{D}"]},
        {"name": "Sunita Rao", "role": "councillor", "group": "Conservative", "emails": [f"cllr.rao@{D}"]},
        {"name": "Gwen Pryce", "role": "councillor", "group": "Green", "emails": [f"cllr.pryce@{D}"]},
        {"name": "Daniel Whitcombe", "role": "officer", "titles": ["clerk", "proper-officer", "rfo"],
         "emails": [f"clerk@{D}", f"daniel.whitcombe@{D}"]},
        {"name": "Lisa Tran", "role": "officer", "titles": ["deputy-clerk"], "emails": [f"lisa.tran@{D}"]},
        {"name": "Owen Hughes", "role": "officer", "emails": [f"owen.hughes@{D}"]},
        {"name": "Clare Hallett", "role": "partner", "emails": ["clare.hallett@hallettlaw.co.uk"]},
    ],
    "partner_domains": ["westshire.gov.uk"],
}

OKAFOR = f"Cllr Margaret Okafor <cllr.okafor@{D}>"
OKAFOR_HOME = "Margaret Okafor <margaret.okafor@example.net>"
BRENNAN = f"Cllr Tom Brennan <cllr.brennan@{D}>"
LINDQVIST = f"Cllr Peter Lindqvist <cllr.lindqvist@{D}>"
RAO = f"Cllr Sunita Rao <cllr.rao@{D}>"
PRYCE = f"Cllr Gwen Pryce <cllr.pryce@{D}>"
CLERK = f"Daniel Whitcombe <clerk@{D}>"
DEPUTY = f"Lisa Tran <lisa.tran@{D}>"
HUGHES = f"Owen Hughes <owen.hughes@{D}>"
OFFICE = f"Marshfield Vale Town Council <office@{D}>"
SOLICITOR = "Clare Hallett <clare.hallett@hallettlaw.co.uk>"
COUNTY = "Highways North <highways.north@westshire.gov.uk>"
RES1 = "Ann Fletcher <ann.fletcher@example.com>"
RES2 = "Bob Harris <bharris@example.org>"
RES3 = "Priya Patel <priya.patel@example.net>"
PRESS = "Newsdesk <newsdesk@valeherald.example.co.uk>"
ROOFER = "Vale Roofing Ltd <office@valeroofing.example.co.uk>"
VALUER = "Hurst Property Consultants <valuations@hurstproperty.example.co.uk>"
HR = "People Matters HR <advice@peoplematters.example.co.uk>"
MP = "Rachel Greaves MP <rachel.greaves.mp@parliament.uk>"
MINISTER = "Private Office <private.office@localgov-dept.gov.uk>"
FETE = "Vale Fete Committee <vale.fete@example.org>"

CLERK_SIG = "Daniel Whitcombe\nTown Clerk and RFO\nMarshfield Vale Town Council"
DISCLAIMER = (
    "This email and any attachments are confidential and intended solely for the use of the "
    "individual or entity to whom they are addressed. If you have received this email in error "
    "please notify the sender and delete it. Any views expressed are those of the author."
)
DISCLAIMER_2 = (
    "This e-mail and any files transmitted with it are confidential. If you are not the intended "
    "recipient you must not use, copy or disclose it; please notify the sender immediately."
)
MSIP = (
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_Enabled=true;\n "
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_SetDate=2024-09-03T09:12:44Z;\n "
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_Method=Standard;\n "
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_Name={name};\n "
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_SiteId=0b7c4c1e-55aa-4f0e-9d7a-3e2f1a0b9c8d;\n "
    "MSIP_Label_6f1d2c4e-9a1b-4c3d-8e5f-1a2b3c4d5e6f_ContentBits=0"
)


# -- raw MIME, written out by hand so the bytes never change between runs --------------

def _header_value(value: str) -> str:
    return value if value.isascii() else Header(value, "utf-8").encode()


def _leaf(content_type: str, text: str, cte: str = "auto", extra: str = "") -> str:
    data = text.encode("utf-8")
    if cte == "auto":
        cte = "7bit" if text.isascii() else "quoted-printable"
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    else:
        payload = text
    return (f"Content-Type: {content_type}; charset=utf-8\nContent-Transfer-Encoding: {cte}\n{extra}\n"
            f"{payload.rstrip()}\n")


def _attachment(filename: str, content_type: str, data: bytes) -> str:
    payload = base64.encodebytes(data).decode("ascii")
    return (f'Content-Type: {content_type}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: attachment; filename="{filename}"\n\n{payload}')


def _multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    body = "".join(f"--{boundary}\n{part}\n" for part in parts)
    return f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n{body}--{boundary}--\n'


def eml(stem: str, n: int, from_: str, to=(), cc=(), bcc=(), *, subject: str, body: str | None = None,
        html: str | None = None, cte: str = "auto", attachments=(), attach_eml: str | None = None,
        headers: dict[str, str] | None = None) -> str:
    head = [f"From: {from_}"]
    for name, value in (("To", to), ("Cc", cc), ("Bcc", bcc)):
        if value:
            head.append(f"{name}: {', '.join(value)}")
    head += [f"Subject: {_header_value(subject)}", f"Date: Tue, {n % 27 + 1:02d} Oct 2024 09:{n % 60:02d}:00 +0100",
             f"Message-ID: <{stem}@{D}>", "MIME-Version: 1.0"]
    head += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if body is not None and html is not None:
        content = _multipart("alternative", f"alt-{stem}", [_leaf("text/plain", body, cte), _leaf("text/html", html, cte)])
    elif html is not None:
        content = _leaf("text/html", html, cte)
    else:
        content = _leaf("text/plain", body or "", cte)
    extras = [_attachment(*a) for a in attachments]
    if attach_eml is not None:
        extras.append('Content-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n'
                      + attach_eml)
    if extras:
        content = _multipart("mixed", f"mix-{stem}", [content, *extras])
    return "\n".join(head) + "\n" + content


def outlook(sender, to, subject, body, cc=(), sent="Monday, September 30, 2024 4:12 PM", original=False) -> str:
    lead = "-----Original Message-----" if original else "________________________________"
    lines = [lead, f"From: {sender}", f"Sent: {sent}", f"To: {'; '.join(to)}"]
    if cc:
        lines.append(f"Cc: {'; '.join(cc)}")
    lines += [f"Subject: {subject}", "", body]
    return "\n".join(lines)


def gmail_forward(sender, to, subject, body, date="Mon, 30 Sept 2024 at 16:12") -> str:
    return "\n".join(["---------- Forwarded message ---------", f"From: {sender}", f"Date: {date}",
                      f"Subject: {subject}", f"To: {', '.join(to)}", "", body])


def on_wrote(sender, body, date="Mon, 30 Sept 2024 at 16:12") -> str:
    quoted = "\n".join("> " + line if line else ">" for line in body.splitlines())
    return f"On {date}, {sender} wrote:\n{quoted}"


def letter(greeting: str, paragraphs: list[str], valediction: str, signature: str) -> str:
    return "\n\n".join([greeting, *paragraphs, f"{valediction}\n\n{signature}"])


PDF = b"%PDF-1.4\n% fictional test document\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
DOCX = b"PK\x03\x04 fictional test document"


SCENARIOS: list[tuple[str, list[str], str, dict]] = []


def add(stem: str, rules: list[str], why: str, **message) -> None:
    SCENARIOS.append((stem, rules, why, message))


OFFICER_STAFFING = ("Margaret,\n\nCONFIDENTIAL\n\nFurther to our call, Owen Hughes has been signed off sick for "
                    "six weeks and we will need agency cover for the depot. Please do not share this until the "
                    "Staffing Committee has met.\n\nDaniel\n\n" + CLERK_SIG)
OFFICER_LAND = ("Dear Members,\n\nThis briefing is exempt information under paragraph 3 of Schedule 12A. "
                "The valuer puts the depot site at around £450,000 and the buyer has asked for an early answer."
                "\n\nRegards,\n\n" + CLERK_SIG)


# ---- confidential-disclosure: fires ---------------------------------------------------

add("cd-01-subject-external", [C], "subject marking CONFIDENTIAL, clerk writes to a resident",
    from_=CLERK, to=[RES1], subject="CONFIDENTIAL – staffing at the depot",
    body="Dear Mrs Fletcher,\n\nThank you for your patience. Staff at the depot are changing and I will "
         "write again when the new rota is agreed.\n\nYours sincerely,\n\n" + CLERK_SIG)
add("cd-02-body-heading-contractor", [C], "'Private and confidential' heading in a letter to a contractor",
    from_=DEPUTY, to=[ROOFER], subject="Pavilion roof – tender clarification",
    body="PRIVATE AND CONFIDENTIAL\n\nDear Sirs,\n\nThe other tenders for the pavilion roof came in between "
         "£38,000 and £41,500. Could you confirm whether your price includes scaffolding?\n\nKind regards,\n\n"
         "Lisa Tran\nDeputy Clerk")
add("cd-03-forward-to-press", [C, F], "councillor forwards the clerk's 'Strictly confidential' email to the press",
    from_=LINDQVIST, to=[PRESS], subject="FW: Strictly confidential – depot sale",
    body="For your story. I think residents deserve to know.\n\nPeter\n\n"
         + outlook(CLERK, [LINDQVIST, RAO], "Strictly confidential – depot sale",
                   "Dear Councillors,\n\nThe buyer has offered £450,000 for the depot site. This is strictly "
                   "confidential until the council has decided.\n\nDaniel"))
add("cd-04-html-hidden-span", [C], "HTML-only; the marking is in CSS-hidden text, which the recipient still receives",
    from_=RAO, to=[RES2], subject="Update on the play area",
    html='<html><body><span style="display:none">CONFIDENTIAL</span><p>Dear Bob,</p>'
         '<p>The play area contractor has gone into administration and officers are looking for a '
         'replacement. The council lost its £6,000 deposit.</p><p>Best wishes,<br>Sunita</p></body></html>')
add("cd-05-alternative-not-for-publication", [C], "multipart/alternative with 'Not for publication' in the body",
    from_=BRENNAN, to=[RES3], subject="The allotment dispute",
    body="Priya,\n\nNot for publication by virtue of paragraph 1 of Schedule 12A: the tenant on plot 9 has had "
         "two warnings.\n\nTom",
    html="<p>Priya,</p><p>Not for publication by virtue of paragraph 1 of Schedule 12A: the tenant on plot 9 "
         "has had two warnings.</p><p>Tom</p>")
add("cd-06-attachment-part2", [C], "the marking is only in the attachment's name; sent to an outside valuer",
    from_=CLERK, to=[VALUER], subject="Depot valuation",
    body="Dear Mr Hurst,\n\nPlease find the report attached, as discussed.\n\nRegards,\n\n" + CLERK_SIG,
    attachments=[("Part 2 report - Depot lease.pdf", "application/pdf", PDF)])
add("cd-07-sensitivity-company-confidential", [C], "Sensitivity: Company-Confidential header, sent to a resident",
    from_=DEPUTY, to=[RES1], subject="Your hall booking",
    body="Dear Mrs Fletcher,\n\nThe hall is free on the 14th; I have pencilled you in.\n\nLisa Tran\nDeputy Clerk",
    headers={"Sensitivity": "Company-Confidential"})
add("cd-08-sensitivity-private", [C], "Sensitivity: Private header on a councillor's email to a resident",
    from_=PRYCE, to=[RES2], subject="Speeding on Mill Lane",
    body="Hi Bob,\n\nThe speed survey results are in and they are worse than we thought.\n\nGwen",
    headers={"Sensitivity": "Private"})
add("cd-09-msip-confidential", [C], "Purview label 'Confidential' in the msip_labels header, to a resident",
    from_=HUGHES, to=[RES3], subject="Cemetery plot",
    body="Dear Ms Patel,\n\nThe plot you asked about is reserved.\n\nOwen Hughes\nFacilities Officer",
    headers={"msip_labels": MSIP.format(name="Confidential")})
add("cd-10-msip-official-sensitive", [C], "Purview label 'OFFICIAL-SENSITIVE' to an outside HR adviser",
    from_=CLERK, to=[HR], subject="Advice request",
    body="Dear colleagues,\n\nCould you advise on the attached absence record?\n\n" + CLERK_SIG,
    headers={"msip_labels": MSIP.format(name="OFFICIAL-SENSITIVE")})
add("cd-11-base64-in-confidence", [C], "base64 body; the councillor tells a resident something 'in confidence'",
    from_=OKAFOR, to=[RES1], subject="The bowls club lease", cte="base64",
    body="Ann,\n\nI'm telling you this in confidence: the bowls club has not paid its rent for a year and "
         "the council is taking legal advice.\n\nMargaret")
add("cd-12-qp-official-sensitive", [C], "quoted-printable body marked OFFICIAL-SENSITIVE to a contractor",
    from_=HUGHES, to=[ROOFER], subject="Site access", cte="quoted-printable",
    body="OFFICIAL–SENSITIVE\n\nThe alarm code for the pavilion is 4417 and the key safe is by the back door. "
         "Please arrive after 8am.\n\nOwen Hughes\nFacilities Officer")
add("cd-13-forward-exempt-to-councillor", [C, F],
    "exempt briefing addressed to two councillors forwarded to a third who was not among its recipients",
    from_=LINDQVIST, to=[PRYCE], subject="FW: Depot site",
    body="Gwen, you should see this before Thursday.\n\nPeter\n\n"
         + outlook(CLERK, [LINDQVIST, RAO], "Depot site", OFFICER_LAND))
add("cd-14-forward-part2-to-councillor", [C, F],
    "Part II briefing forwarded by a councillor to a councillor who was not its recipient",
    from_=RAO, to=[BRENNAN], subject="FW: Part II item – land disposal",
    body="Tom – FYI.\n\nSunita\n\n"
         + outlook(CLERK, [RAO], "Part II item – land disposal",
                   "Sunita,\n\nAs requested, the note for the Part II item on the land at Cobb's Corner is below. "
                   "Two bids have been received.\n\nDaniel", original=True))
add("cd-15-attached-eml-to-resident", [C, F], "the clerk's confidential email attached as .eml, sent to a resident",
    from_=PRYCE, to=[RES2], subject="FW: Complaint about the caretaker",
    body="Bob, this is what the clerk told me.\n\nGwen",
    attach_eml=eml("cd-15-inner", 15, CLERK, [PRYCE], subject="Complaint about the caretaker",
                   body="Gwen,\n\nConfidential: the caretaker has had a written warning about his conduct.\n\nDaniel"))
add("cd-16-bcc-external", [C, B], "confidential email to a councillor with a resident blind-copied",
    from_=DEPUTY, to=[OKAFOR], bcc=[RES1], subject="Confidential – neighbour dispute at the allotments",
    body="Margaret,\n\nBoth tenants have now complained in writing. I suggest we meet them separately.\n\nLisa")
add("cd-17-restricted-subject", [C], "RESTRICTED label in the subject, sent to an outside HR adviser",
    from_=CLERK, to=[HR], subject="RESTRICTED: grievance timeline",
    body="Hello,\n\nThe timeline you asked for is below.\n\n1 May – grievance lodged\n20 May – hearing\n\n" + CLERK_SIG)
add("cd-18-cc-resident", [C], "'Private & Confidential' body, a resident copied in",
    from_=CLERK, to=[BRENNAN], cc=[RES3], subject="Plot 14",
    body="Private & Confidential\n\nTom,\n\nThe tenant of plot 14 is in arrears of £240.\n\nDaniel")
add("cd-19-on-wrote-quote-to-resident", [C, F],
    "councillor replies to a resident quoting the clerk's confidential email (On ... wrote:)",
    from_=BRENNAN, to=[RES3], subject="Re: Plot 14",
    body="Priya,\n\nSee what the clerk says below.\n\nTom\n\n"
         + on_wrote(CLERK, "Tom,\n\nConfidential - the tenant of plot 14 is in arrears of £240 and has been "
                           "warned.\n\nDaniel"))
add("cd-20-attachment-confidential-docx", [C], "attachment named CONFIDENTIAL_grievance_notes.docx to a resident",
    from_=LINDQVIST, to=[RES1], subject="Notes",
    body="Ann,\n\nThe notes you asked for.\n\nPeter",
    attachments=[("CONFIDENTIAL_grievance_notes.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX)])
add("cd-21-gmail-forward-commercial", [C, F], "officer's 'Commercial in confidence' email forwarded Gmail-style",
    from_=OKAFOR_HOME, to=[ROOFER], subject="Fwd: Roof tenders",
    body="FYI – you may want to sharpen your price.\n\nMargaret\n\n"
         + gmail_forward(DEPUTY, [OKAFOR], "Roof tenders",
                         "Margaret,\n\nCommercial in confidence: the lowest tender so far is £38,000.\n\nLisa"))
add("cd-22-new-text-exempt", [C], "councillor discloses exempt information in their own words",
    from_=RAO, to=[RES2], subject="The depot",
    body="Bob,\n\nStrictly between us, this is exempt information: the council is negotiating to sell the "
         "depot for about £450,000.\n\nSunita")
add("cd-23-reply-all-adds-resident", [C, F], "reply adds a resident to the clerk's confidential thread",
    from_=OKAFOR, to=[CLERK], cc=[RES1], subject="RE: CONFIDENTIAL – staffing",
    body="Daniel, I've copied Ann in as she knows Owen well.\n\nMargaret\n\n"
         + outlook(CLERK, [OKAFOR], "CONFIDENTIAL – staffing", OFFICER_STAFFING))
add("cd-24-part2-minutes-ex-councillor", [C], "Part II minutes attached, sent to a former councillor's own address",
    from_=OKAFOR, to=["Jim Norris <jim.norris@example.com>"], subject="Minutes",
    body="Jim,\n\nAs promised, the minutes you missed.\n\nMargaret",
    attachments=[("Part II minutes 12 March.pdf", "application/pdf", PDF)])
add("cd-25-councillor-forwards-to-councillor", [C, F],
    "the clerk's confidential reply to one councillor forwarded to another",
    from_=RAO, to=[LINDQVIST], subject="FW: Casework – Mrs Dunn",
    body="Peter, for your ward.\n\nSunita\n\n"
         + outlook(CLERK, [RAO], "Casework – Mrs Dunn",
                   "Sunita,\n\nIn confidence: Mrs Dunn's housing application was refused on medical grounds.\n\n"
                   "Daniel"))
add("cd-26-resident-letter-to-other-councillor", [C],
    "a resident's 'Private and confidential' letter to one councillor forwarded to another (author not an officer)",
    from_=PRYCE, to=[BRENNAN], subject="FW: Private and confidential – my neighbour",
    body="Tom, this one is in your ward.\n\nGwen\n\n"
         + outlook(RES2, [PRYCE], "Private and confidential – my neighbour",
                   "Dear Cllr Pryce,\n\nMy neighbour at no. 12 is running a business from his garage.\n\nBob Harris"))
add("cd-27-clerk-forwards-deputy-to-councillor", [C, F],
    "the clerk forwards the deputy clerk's confidential note to a councillor who was not on it",
    from_=CLERK, to=[PRYCE], subject="FW: Confidential – cemetery complaint",
    body="Gwen,\n\nFor information before the committee.\n\n" + CLERK_SIG + "\n\n"
         + outlook(DEPUTY, [CLERK], "Confidential – cemetery complaint",
                   "Daniel,\n\nThe family have instructed solicitors.\n\nLisa"))
add("cd-28-official-sensitive-line", [C], "OFFICIAL-SENSITIVE classification line in an email to a resident",
    from_=HUGHES, to=[RES1], subject="CCTV request",
    body="Classification: OFFICIAL-SENSITIVE\n\nDear Mrs Fletcher,\n\nThe footage shows two people near the "
         "bus shelter at 11pm.\n\nOwen Hughes")
add("cd-29-treat-as-confidential", [C], "'please treat this as confidential' written to a resident",
    from_=LINDQVIST, to=[RES3], subject="Library hours",
    body="Priya,\n\nPlease treat this as confidential for now: the county is likely to cut the library to two "
         "days a week.\n\nPeter")
add("cd-30-part2-agenda-to-press", [C], "councillor tells the press what will be taken in Part 2",
    from_=BRENNAN, to=[PRESS], subject="Thursday's meeting",
    body="Hi,\n\nThe depot sale will be taken in Part 2 on Thursday; the buyer is a local developer.\n\nTom")


# ---- confidential-disclosure: hard negatives ------------------------------------------

add("cn-01-standing-disclaimer", [], "only a standing disclaimer in the officer's signature",
    from_=CLERK, to=[RES1], subject="Bin collections",
    body="Dear Mrs Fletcher,\n\nThe bins on Mill Lane will now be emptied on Thursdays.\n\nKind regards,\n\n"
         + CLERK_SIG + "\n\n" + DISCLAIMER)
add("cn-02-disclaimer-two-sentences", [], "disclaimer whose 'confidential' sentence is followed by the cue",
    from_=DEPUTY, to=[RES2], subject="Hall hire",
    body="Dear Mr Harris,\n\nThe hall is available on 3 November.\n\nLisa Tran\nDeputy Clerk\n\n" + DISCLAIMER_2)
add("cn-03-not-confidential-matter", [], "negation: 'this is not a confidential matter'",
    from_=RAO, to=[RES3], subject="Parking on the green",
    body="Priya,\n\nThis is not a confidential matter, so do share it: the council will discuss parking on the "
         "green on 14 November.\n\nSunita")
add("cn-04-no-longer-confidential", [], "negation: the report is no longer confidential",
    from_=CLERK, to=[RES1], subject="Depot report",
    body="Dear Mrs Fletcher,\n\nThe depot report is no longer confidential and is now on our website.\n\n" + CLERK_SIG)
add("cn-05-confidentiality-talk", [], "talk about confidentiality: the policy, confidential waste",
    from_=HUGHES, to=[RES2], subject="Shredding",
    body="Dear Mr Harris,\n\nUnder our confidentiality policy we cannot take residents' papers, but the county "
         "runs a confidential waste collection on the first Monday of the month.\n\nOwen Hughes")
add("cn-06-partner-solicitor", [], "confidential advice request to the council's solicitor (a listed partner)",
    from_=CLERK, to=[SOLICITOR], subject="CONFIDENTIAL – caretaker dismissal",
    body="Clare,\n\nPrivate and confidential. Please advise on the attached before the hearing.\n\n" + CLERK_SIG,
    attachments=[("Confidential - hearing bundle.pdf", "application/pdf", PDF)])
add("cn-07-partner-domain", [], "Part 2 report to the principal authority (a partner domain)",
    from_=CLERK, to=[COUNTY], subject="Part 2 report – verge land",
    body="Colleagues,\n\nThe Part 2 report is attached for your comments.\n\n" + CLERK_SIG,
    attachments=[("Part 2 report - verge land.pdf", "application/pdf", PDF)])
add("cn-08-internal-councillors", [], "confidential briefing to councillors only",
    from_=CLERK, to=[OKAFOR, BRENNAN, RAO, LINDQVIST, PRYCE], subject="CONFIDENTIAL – staffing",
    body="Dear Councillors,\n\nCONFIDENTIAL\n\nThe caretaker has resigned with effect from Friday.\n\n" + CLERK_SIG)
add("cn-09-internal-officer", [], "confidential note between officers",
    from_=DEPUTY, to=[HUGHES], subject="Keys",
    body="Owen,\n\nStrictly confidential: the alarm code changes on Monday.\n\nLisa",
    attachments=[("RESTRICTED key register.xlsx",
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", DOCX)])
add("cn-10-forward-to-participant", [], "forwarded confidential email goes to a councillor who was already on it",
    from_=LINDQVIST, to=[RAO], subject="FW: Strictly confidential – depot sale",
    body="Sunita, did you see this?\n\nPeter\n\n"
         + outlook(CLERK, [LINDQVIST, RAO], "Strictly confidential – depot sale",
                   "Dear Councillors,\n\nThe offer is £450,000. Strictly confidential.\n\nDaniel"))
add("cn-11-forward-to-officer", [], "forwarded confidential email goes to an officer (not a councillor or outsider)",
    from_=OKAFOR, to=[DEPUTY], subject="FW: CONFIDENTIAL – staffing",
    body="Lisa, can you pick this up while Daniel is away?\n\nMargaret\n\n"
         + outlook(CLERK, [OKAFOR], "CONFIDENTIAL – staffing", OFFICER_STAFFING))
add("cn-12-restricted-byway", [], "'Restricted byway' is a right of way, not a marking",
    from_=PRYCE, to=[RES1], subject="Restricted byway consultation",
    body="Ann,\n\nThe county is consulting on the restricted byway behind Orchard Close. Horse riders and "
         "cyclists can use it.\n\nGwen")
add("cn-13-part-2-of-application", [], "'part 2 of the application' is not Part 2 business",
    from_=BRENNAN, to=[RES2], subject="Planning application 24/0815",
    body="Bob,\n\nPart 2 of the planning application deals with drainage. The plans are on the county's site."
         "\n\nTom")
add("cn-14-reply-to-complainant", [], "reply to the resident who marked their own letter private and confidential",
    from_=CLERK, to=[RES3], subject="RE: Private and confidential – noise complaint",
    body="Dear Ms Patel,\n\nThank you for your letter. I have passed it to the environmental health team at "
         "the county.\n\n" + CLERK_SIG + "\n\n"
         + outlook(RES3, [CLERK], "Private and confidential – noise complaint",
                   "Dear Clerk,\n\nPrivate and confidential. The pub on the high street plays music until 2am."
                   "\n\nPriya Patel"))
add("cn-15-html-disclaimer-footer", [], "HTML email whose only 'confidential' is the footer disclaimer",
    from_=DEPUTY, to=[RES1], subject="Allotment waiting list",
    html="<html><body><p>Dear Mrs Fletcher,</p><p>You are now third on the waiting list.</p><p>Lisa Tran<br>"
         "Deputy Clerk</p><p style=\"font-size:8pt;color:#888\">" + DISCLAIMER + "</p></body></html>")
add("cn-16-confidence-in", [], "'every confidence in' is not 'in confidence'",
    from_=OKAFOR, to=[RES2], subject="The new clerk",
    body="Bob,\n\nI have every confidence in the new clerk; he starts on Monday.\n\nMargaret")
add("cn-17-code-talk", [], "explaining the rules: 'councillors must not disclose confidential information'",
    from_=LINDQVIST, to=[RES3], subject="Why I can't say more",
    body="Priya,\n\nCouncillors must not disclose confidential information, so I can only tell you what is in "
         "the published minutes.\n\nPeter")
add("cn-18-sensitivity-normal", [], "Sensitivity: Normal is no marking",
    from_=HUGHES, to=[RES1], subject="Street light", headers={"Sensitivity": "Normal"},
    body="Dear Mrs Fletcher,\n\nThe light outside no. 4 has been reported to the county.\n\nOwen Hughes")
add("cn-19-msip-general", [], "Purview label 'General' is no marking",
    from_=CLERK, to=[RES2], subject="Precept", headers={"msip_labels": MSIP.format(name="General")},
    body="Dear Mr Harris,\n\nThe precept for next year is £212,400.\n\n" + CLERK_SIG)
add("cn-20-non-confidential-version", [], "'non-confidential version' is a negation",
    from_=CLERK, to=[RES3], subject="Depot report",
    body="Dear Ms Patel,\n\nA non-confidential version of the depot report is attached.\n\n" + CLERK_SIG,
    attachments=[("Depot report - public version.pdf", "application/pdf", PDF)])
add("cn-21-councillor-to-councillor", [], "a councillor's own confidential note to another councillor",
    from_=RAO, to=[BRENNAN], subject="Confidential – chair election",
    body="Tom,\n\nConfidential: I'm minded to stand for chair next May.\n\nSunita")
add("cn-22-confidentiality-agreement", [], "attachment 'Confidentiality agreement template' is talk",
    from_=DEPUTY, to=[FETE], subject="Fete volunteers",
    body="Dear all,\n\nPlease ask each volunteer to sign the attached.\n\nLisa Tran",
    attachments=[("Confidentiality agreement template.docx",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", DOCX)])
add("cn-23-doesnt-need-confidential", [], "negation: 'doesn't need to be treated as confidential'",
    from_=CLERK, to=[RES1], subject="Tree works",
    body="Dear Mrs Fletcher,\n\nThe tree survey doesn't need to be treated as confidential; it is attached.\n\n"
         + CLERK_SIG, attachments=[("Tree survey 2024.pdf", "application/pdf", PDF)])


# ---- councillor-name-letter: fires ----------------------------------------------------

add("cl-01-chair-will-pay", [L], "the chair, writing herself, commits the council to pay",
    from_=OKAFOR, to=[RES1], subject="Your fence",
    body=letter("Dear Mrs Fletcher,", ["I was sorry to hear that the council's mower damaged your fence.",
                "The council will pay for a replacement fence panel and the clerk will arrange a date with you."],
                "Yours sincerely,", "Cllr Margaret Okafor\nChairman, Marshfield Vale Town Council"))
add("cl-02-instructs-contractor", [L], "a councillor instructs a contractor to stop work",
    from_=LINDQVIST, to=[ROOFER], subject="Pavilion roof",
    body=letter("Dear Sirs,", ["You are instructed to stop work on the pavilion roof immediately until the "
                "scaffolding has been inspected."], "Regards,", "Cllr Peter Lindqvist"))
add("cl-03-formal-notice-allotment", [L], "a councillor gives an allotment tenant formal notice",
    from_=BRENNAN, to=[RES2], subject="Plot 14",
    body=letter("Dear Mr Harris,", ["This letter serves as formal notice that your tenancy of plot 14 will end "
                "on 30 September 2025 because the plot has not been cultivated."], "Yours sincerely,",
                "Tom Brennan\nVice-Chairman"))
add("cl-04-grants-permission", [L], "a councillor grants permission to use the recreation ground",
    from_=RAO, to=[FETE], subject="Recreation ground on 14 June",
    body=letter("Dear Fete Committee,", ["You have permission to use the recreation ground on Saturday 14 June "
                "from 10am to 6pm, including the car park."], "Best wishes,", "Sunita Rao"))
add("cl-05-refuses-permission", [L], "a councillor refuses permission",
    from_=PRYCE, to=[RES3], subject="Bouncy castle on the green",
    body=letter("Dear Ms Patel,", ["Thank you for asking. Permission is refused for a bouncy castle on the "
                "green because of the new drainage works."], "Kind regards,", "Gwen Pryce"))
add("cl-06-office-mailbox-chair-signoff", [L], "sent from the office mailbox but signed by the chair; we will reimburse",
    from_=OFFICE, to=[RES1], subject="Flooded garage",
    body=letter("Dear Mrs Fletcher,", ["Following the blocked culvert on 2 October, we will reimburse your "
                "cleaning costs on receipt of an invoice."], "Yours sincerely,",
                "Cllr Margaret Okafor\nChairman"))
add("cl-07-deputy-sends-councillor-letter", [L], "the deputy clerk sends a letter signed by a councillor: please ensure ... by",
    from_=DEPUTY, to=[RES2], subject="Overhanging hedge, 7 Orchard Close",
    body=letter("Dear Mr Harris,", ["The hedge at 7 Orchard Close is blocking the footpath. Please ensure the "
                "hedge is cut back by 31 July."], "Yours sincerely,", "Councillor Peter Lindqvist"))
add("cl-08-initial-chairman-signoff", [L], "'M. Okafor, Chairman' sign-off; I confirm the council will carry out",
    from_=OFFICE, to=[RES3], subject="Footpath lighting",
    body=letter("Dear Ms Patel,", ["I confirm the council will carry out the repairs to the footpath lighting "
                "before the end of November."], "Kind regards,", "M. Okafor, Chairman"))
add("cl-09-you-must-remove", [L], "a councillor tells a resident what they must do",
    from_=BRENNAN, to=[RES1], subject="Caravan in the village hall car park",
    body=letter("Dear Mrs Fletcher,", ["You must remove the caravan from the village hall car park by Friday "
                "18 October."], "Regards,", "Cllr Tom Brennan"))
add("cl-10-notice-hereby-given", [L], "notice is hereby given, in a councillor's name",
    from_=RAO, to=[FETE], subject="Hall booking on 2 November",
    body=letter("Dear Committee,", ["Notice is hereby given that your booking of the main hall on 2 November "
                "is cancelled because of the boiler failure."], "Yours faithfully,", "Cllr Sunita Rao"))
add("cl-11-html-agreed-refund", [L], "HTML-only letter: the council has agreed to refund",
    from_=PRYCE, to=[RES2], subject="Your deposit",
    html="<html><body><p>Dear Mr Harris,</p><p>The council has agreed to refund your deposit of £150 in "
         "full.</p><p>Kind regards,<br>Gwen Pryce</p></body></html>")
add("cl-12-base64-we-will-pay", [L], "base64 body: we will pay",
    from_=LINDQVIST, to=[RES3], subject="Damaged car", cte="base64",
    body=letter("Dear Ms Patel,", ["I have seen the photographs of the fallen branch. We will pay for the "
                "repair to your car's windscreen."], "Best wishes,", "Peter Lindqvist"))
add("cl-13-chair-to-mp-commits", [L], "a chair's letter to an MP that does commit the council to pay",
    from_=OKAFOR, to=[MP], subject="Pedestrian crossing on the A414",
    body=letter("Dear Ms Greaves,", ["Residents have campaigned for a crossing by the school for ten years.",
                "I confirm the council will contribute £5,000 towards the crossing if the county goes ahead."],
                "Yours sincerely,", "Cllr Margaret Okafor\nChairman"))
add("cl-14-reply-quoting-resident", [L], "councillor's new text commits the council; the quote is the resident's",
    from_=BRENNAN, to=[RES1], subject="Re: Broken bench",
    body="Dear Mrs Fletcher,\n\nThe council will repair the bench on the green next week.\n\nTom Brennan\n\n"
         + on_wrote(RES1, "Dear Cllr Brennan,\n\nThe bench on the green has been broken for a month.\n\nAnn"))
add("cl-15-cc-external-required", [L], "a councillor's email to the clerk, copied to the landowner, with a requirement",
    from_=PRYCE, to=[CLERK], cc=[RES2], subject="Footpath 12",
    body=letter("Daniel, Mr Harris,", ["Mr Harris, you are required to clear footpath 12 within 14 days."],
                "Regards,", "Gwen"))
add("cl-16-office-brennan-approved", [L], "office mailbox, signed by a councillor: your application has been approved",
    from_=OFFICE, to=[FETE], subject="Fete on the green",
    body=letter("Dear Fete Committee,", ["Your application to hold the fete on the green on 21 June has been "
                "approved."], "Yours sincerely,", "Cllr Tom Brennan\nVice-Chairman"))
add("cl-17-personal-address-waive", [L], "chair from her personal address: we will waive the hire fee",
    from_=OKAFOR_HOME, to=[RES3], subject="Hall hire for the wake",
    body=letter("Dear Ms Patel,", ["I am so sorry for your loss. We will waive the hire fee for the hall on "
                "Friday."], "With best wishes,", "Margaret"))
add("cl-18-instruct-you-to", [L], "I instruct you to, in a councillor's name, to a contractor",
    from_=RAO, to=[ROOFER], subject="Gutter at the pavilion",
    body=letter("Dear Sirs,", ["I instruct you to replace the broken gutter at the pavilion this week."],
                "Regards,", "Sunita Rao\nChair, Amenities Committee"))


# ---- councillor-name-letter: hard negatives ------------------------------------------

add("cm-01-ward-casework", [], "ward casework: I have asked the clerk to look into it",
    from_=LINDQVIST, to=[RES1], subject="Drain on Mill Lane",
    body=letter("Dear Mrs Fletcher,", ["Thank you for letting me know. I have asked the clerk to look into the "
                "blocked drain and to report it to the county."], "Best wishes,", "Cllr Peter Lindqvist"))
add("cm-02-raise-with-officers", [], "advocacy: I will raise this with officers",
    from_=RAO, to=[RES2], subject="Dog fouling",
    body=letter("Dear Mr Harris,", ["I will raise this with officers and ask for more bins on the playing "
                "field."], "Kind regards,", "Cllr Sunita Rao"))
add("cm-03-personal-view", [], "a personal view stated as such",
    from_=PRYCE, to=[RES3], subject="Tree on the green",
    body=letter("Dear Ms Patel,", ["In my personal view the council should pay for the tree to be replaced, "
                "but that is a decision for the full council in November."], "Kind regards,", "Gwen Pryce"))
add("cm-04-chair-to-mp", [], "the chair's representation to an MP commits the council to nothing",
    from_=OKAFOR, to=[MP], subject="Bus service 42",
    body=letter("Dear Ms Greaves,", ["I am writing on behalf of the town council about the withdrawal of the "
                "number 42 bus.", "I urge you to raise this with the operator and the county. The council "
                "would welcome a meeting with you."], "Yours sincerely,", "Cllr Margaret Okafor\nChairman"))
add("cm-05-chair-to-minister", [], "the chair's representation to a minister commits the council to nothing",
    from_=OKAFOR, to=[MINISTER], subject="Parish funding",
    body=letter("Dear Minister,", ["Small councils like ours are struggling with the cost of the new audit "
                "requirements. We ask that the Department reconsider the thresholds, and you must surely "
                "agree that the present rules fall hardest on the smallest councils."],
                "Yours sincerely,", "Margaret Okafor\nChairman, Marshfield Vale Town Council"))
add("cm-06-clerk-signed-obligation", [], "the clerk signs the obligation himself",
    from_=CLERK, to=[RES1], subject="Your fence",
    body=letter("Dear Mrs Fletcher,", ["The council will pay for a replacement fence panel."], "Yours sincerely,",
                CLERK_SIG))
add("cm-07-on-behalf-of-chairman", [], "an officer signs 'on behalf of the Chairman'",
    from_=CLERK, to=[RES2], subject="Caravan",
    body=letter("Dear Mr Harris,", ["You must remove the caravan from the car park by Friday."],
                "Yours sincerely,", "Daniel Whitcombe\nTown Clerk, on behalf of the Chairman, Cllr Margaret Okafor"))
add("cm-08-cannot-commit", [], "negated: I cannot commit the council",
    from_=BRENNAN, to=[RES3], subject="Flood damage",
    body=letter("Dear Ms Patel,", ["I cannot commit the council to paying for the damage, but I will put your "
                "letter to the finance committee."], "Regards,", "Tom Brennan"))
add("cm-09-has-not-agreed", [], "negated: the council has not agreed to pay",
    from_=LINDQVIST, to=[RES1], subject="Legal costs",
    body=letter("Dear Mrs Fletcher,", ["To be clear, the council has not agreed to pay your legal costs."],
                "Regards,", "Peter Lindqvist"))
add("cm-10-conditional", [], "conditional: if the council agrees, we will reimburse",
    from_=RAO, to=[RES2], subject="Skip hire",
    body=letter("Dear Mr Harris,", ["If the council agrees at its meeting on 12 November, we will reimburse "
                "your skip hire."], "Kind regards,", "Sunita"))
add("cm-11-quoted-officer-instruction", [], "the instruction is in the quoted officer reply to the same resident",
    from_=PRYCE, to=[RES3], subject="RE: Skip on the verge",
    body="Dear Ms Patel,\n\nI hope this is resolved soon.\n\nGwen\n\n"
         + outlook(CLERK, [RES3], "RE: Skip on the verge",
                   "Dear Ms Patel,\n\nYou must remove the skip from the verge by Friday.\n\n" + CLERK_SIG))
add("cm-12-partner-recipient", [], "obligation to the principal authority (a partner), not an external party",
    from_=OKAFOR, to=[COUNTY], subject="Village gateway signs",
    body=letter("Dear colleagues,", ["The council will pay for the two gateway signs on the A414."],
                "Regards,", "Cllr Margaret Okafor\nChairman"))
# instructs-staff (issue 17): "Please ensure the hedge … is cut by Friday" directs the clerk; relabelled.
add("cm-13-internal-instruction", ["instructs-staff"], "a councillor writes to the clerk only, and instructs her",
    from_=BRENNAN, to=[CLERK], subject="Hedge",
    body=letter("Daniel,", ["Please ensure the hedge by the pavilion is cut by Friday."], "Thanks,", "Tom"))
add("cm-14-you-must-be", [], "'you must be frustrated' is sympathy, not an instruction",
    from_=LINDQVIST, to=[RES2], subject="Potholes",
    body=letter("Dear Mr Harris,", ["You must be very frustrated by the potholes on Station Road. I have "
                "reported them to the county again."], "Best wishes,", "Peter"))
add("cm-15-personal-capacity", [], "written in a personal capacity, not on the council's behalf",
    from_=PRYCE, to=[RES1], subject="The hedge",
    body=letter("Dear Ann,", ["I am writing in a personal capacity as your neighbour, not on behalf of the "
                "council. I think the hedge between us could do with a trim."], "Best,", "Gwen"))
add("cm-16-mp-ask", [], "the chair asks an MP to raise a matter",
    from_=OKAFOR, to=[MP], subject="Post office closure",
    body=letter("Dear Ms Greaves,", ["I would ask that you raise the closure of the post office with the "
                "minister. Residents have collected 800 signatures."], "Yours sincerely,", "Margaret Okafor\nChairman"))
add("cm-17-ask-whether", [], "advocacy: I will ask officers whether the council will pay",
    from_=RAO, to=[RES3], subject="Bench plaque",
    body=letter("Dear Ms Patel,", ["I will ask officers whether the council will pay for the replacement "
                "plaque."], "Kind regards,", "Sunita Rao"))
add("cm-18-officers-will-write", [], "officers will write: no commitment in the councillor's name",
    from_=BRENNAN, to=[FETE], subject="Fete licence",
    body=letter("Dear Committee,", ["Thank you for your application. Officers will write to you once the "
                "licensing committee has met."], "Regards,", "Tom Brennan"))
add("cm-19-officer-signoff-with-chair-letterhead", [], "officer signature that also lists the chair",
    from_=DEPUTY, to=[RES2], subject="Hall keys",
    body=letter("Dear Mr Harris,", ["Please ensure the hall keys are returned by Monday."], "Kind regards,",
                "Lisa Tran\nDeputy Clerk\nMarshfield Vale Town Council\nChairman: Cllr Margaret Okafor"))


# ---- both rules, and a marking in a letter -------------------------------------------

add("cx-01-in-confidence-we-will-pay", [C, L], "in confidence, in a councillor's name: we will pay",
    from_=LINDQVIST, to=[RES2], subject="Your claim",
    body=letter("Dear Mr Harris,", ["In confidence, we will pay your claim for the damaged mower in full."],
                "Regards,", "Peter Lindqvist"))
add("cx-02-confidential-notice", [C, L], "a CONFIDENTIAL letter giving formal notice, signed by the chair",
    from_=OFFICE, to=[RES1], subject="CONFIDENTIAL – allotment tenancy",
    body=letter("Dear Mrs Fletcher,", ["Notice is hereby given that your allotment tenancy ends on 31 March."],
                "Yours sincerely,", "Cllr Margaret Okafor\nChairman"))


def main() -> None:
    count = write_folder(
        OUT, SCENARIOS, lambda index, stem, message: eml(stem, index, **message), encoding="ascii",
        labels_header="# Generated by tests/corpus/build_confidential_letter.py; edit that, not this.\n",
        directory=DIRECTORY,
        directory_header="# A fictional town council for the confidential-letter corpus (CHECK-CONTRACT.md form).\n")
    print(f"{count} messages written to {OUT}")


if __name__ == "__main__":
    main()
