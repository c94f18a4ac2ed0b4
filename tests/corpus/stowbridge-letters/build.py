#!/usr/bin/env python3
"""Deterministic generator for the Stowbridge blind evaluation set.

    python3 build.py        # writes directory.yaml, labels.yaml, *.eml

Every message is written by hand in specs_cnl.py and specs_conf.py.
`councillor-name-letter` and `confidential-disclosure` labels are set by hand
per spec.  `silent-bcc` and `forwarded-chain` are derived here from each
message's structure, by the contract's wording, so that the label set lists
every rule that should fire.
"""
import hashlib
import html
import os
import sys
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from people import resolve, classify, directory_yaml, PEOPLE  # noqa: E402

POLICY = SMTP.clone(max_line_length=78)

DISCLAIMER = (
    "Stowbridge Town Council processes personal data in line with its privacy notice "
    "(www.stowbridgetc.gov.uk/privacy). This email may contain confidential information "
    "and is intended only for the addressee. If you have received it in error, please "
    "tell the sender and delete it."
)

SIGS = {
    "marwood": "Cllr Elaine Marwood\nChair, Stowbridge Town Council",
    "chauhan": "Cllr Dev Chauhan\nVice-Chair, Stowbridge Town Council",
    "ogunleye": "Cllr Rosalind Ogunleye\nChair, Finance & General Purposes Committee\nStowbridge Town Council",
    "fitzpatrick": "Cllr Barry Fitzpatrick\nChair, Recreation Grounds Committee\nStowbridge Town Council",
    "loxley": "Cllr Hannah Loxley\nStowbridge Town Council (Green, Northgate ward)",
    "crabtree": "Cllr Martin Crabtree\nStowbridge Town Council",
    "daviesrees": "Cllr Ffion Davies-Rees\nChair, Planning & Environment Committee\nStowbridge Town Council",
    "orourke": "Cllr Seamus O'Rourke\nStowbridge Town Council - Fen Road ward",
    "kettlewell": "Cllr Joanna Kettlewell\nStowbridge Town Council",
    "ashworth": "Cllr Chloë Ashworth\nChair, Amenities Committee\nStowbridge Town Council",
    "clerk": "Andrew Pemberton\nTown Clerk & Proper Officer\nStowbridge Town Council\nTown Hall, Market Place, Stowbridge PE38 4QT\n01366 552310",
    "deputy": "Sunita Rao\nDeputy Town Clerk\nStowbridge Town Council\n01366 552311",
    "rfo": "Gareth Lloyd\nResponsible Financial Officer\nStowbridge Town Council",
    "facilities": "Kev Barnes\nFacilities Manager\nStowbridge Town Council\n07700 900417",
    "bookingsofficer": "Mia Novak\nBookings & Events Officer\nStowbridge Town Council",
}


def when(s):
    """'2026-03-04 10:12' -> aware datetime, Europe/London offset."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    bst = datetime(2026, 3, 29, 1, 0) <= d < datetime(2026, 10, 25, 1, 0)
    return d.replace(tzinfo=timezone(timedelta(hours=1 if bst else 0)))


def fmt_addr(k):
    d, a = resolve(k)
    return f"{d} <{a}>"


def addr_obj(k):
    d, a = resolve(k)
    user, dom = a.split("@")
    return Address(display_name=d, username=user, domain=dom)


def h(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n].upper()


# ---------------------------------------------------------------- quoting
def quote_text(q, style):
    """Plain-text rendering of an embedded earlier message."""
    d = when(q["date"])
    frm = fmt_addr(q["frm"])
    to = "; ".join(fmt_addr(k) for k in q.get("to", []))
    cc = "; ".join(fmt_addr(k) for k in q.get("cc", []))
    body = q["body"].strip("\n")
    fwd = q.get("kind", "reply") == "forward"
    if style == "outlook":
        lines = ["________________________________", f"From: {frm}",
                 f"Sent: {d.strftime('%A, %d %B %Y %H:%M')}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {q['subj']}")
        return "\n".join(lines) + "\n\n" + body + "\n"
    if style == "gmail":
        if fwd:
            lines = ["---------- Forwarded message ---------", f"From: {frm}",
                     f"Date: {d.strftime('%a, %-d %b %Y at %H:%M')}", f"Subject: {q['subj']}", f"To: {to.replace('; ', ', ')}"]
            if cc:
                lines.append(f"Cc: {cc.replace('; ', ', ')}")
            return "\n".join(lines) + "\n\n" + body + "\n"
        return (f"On {d.strftime('%a, %-d %b %Y at %H:%M')}, {frm} wrote:\n\n"
                + "\n".join("> " + l if l else ">" for l in body.split("\n")) + "\n")
    if style == "iphone":
        if fwd:
            lines = [f"From: {frm}", f"Date: {d.strftime('%-d %B %Y at %H:%M:%S')} GMT",
                     f"To: {to}"]
            if cc:
                lines.append(f"Cc: {cc}")
            lines.append(f"Subject: {q['subj']}")
            lines.append("")
            lines += body.split("\n")
            return "Begin forwarded message:\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
        return (f"On {d.strftime('%-d %b %Y')}, at {d.strftime('%H:%M')}, {frm} wrote:\n\n"
                + "\n".join("> " + l if l else ">" for l in body.split("\n")) + "\n")
    if style == "plain":  # Thunderbird
        if fwd:
            lines = ["-------- Forwarded Message --------", f"Subject: \t{q['subj']}",
                     f"Date: \t{d.strftime('%a, %d %b %Y %H:%M:%S %z')}", f"From: \t{frm}", f"To: \t{to}"]
            if cc:
                lines.append(f"CC: \t{cc}")
            return "\n".join(lines) + "\n\n" + body + "\n"
        name = resolve(q["frm"])[0]
        return (f"On {d.strftime('%d/%m/%Y %H:%M')}, {name} wrote:\n"
                + "\n".join("> " + l if l else ">" for l in body.split("\n")) + "\n")
    raise ValueError(style)


def para_html(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p class=MsoNormal>" + "<br>\n".join(html.escape(l) for l in block.split("\n")) + "<o:p></o:p></p>")
        out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def quote_html(q, style):
    d = when(q["date"])
    esc = html.escape
    frm = esc(fmt_addr(q["frm"]))
    to = esc("; ".join(fmt_addr(k) for k in q.get("to", [])))
    cc = esc("; ".join(fmt_addr(k) for k in q.get("cc", [])))
    body = para_html(q["body"])
    if style == "outlook":
        hdr = (f"<p class=MsoNormal><b>From:</b> {frm}<br>\n<b>Sent:</b> {d.strftime('%A, %d %B %Y %H:%M')}<br>\n"
               f"<b>To:</b> {to}<br>\n" + (f"<b>Cc:</b> {cc}<br>\n" if cc else "") +
               f"<b>Subject:</b> {esc(q['subj'])}</p>")
        return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                + hdr + "\n</div>\n" + body)
    if style == "gmail":
        if q.get("kind") == "forward":
            attr = (f"---------- Forwarded message ---------<br>From: <strong class=\"gmail_sendername\">{frm}</strong><br>"
                    f"Date: {d.strftime('%a, %-d %b %Y at %H:%M')}<br>Subject: {esc(q['subj'])}<br>To: {to.replace('; ', ', ')}<br>"
                    + (f"Cc: {cc.replace('; ', ', ')}<br>" if cc else ""))
            return f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{attr}</div><br><br>{body}</div>"
        attr = f"On {d.strftime('%a, %-d %b %Y at %H:%M')}, {frm} wrote:<br>"
        return (f"<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{attr}</div>"
                f"<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">{body}</blockquote></div>")
    raise ValueError(style)


# ---------------------------------------------------------------- render
def dummy_bytes(name):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(name.encode()).hexdigest()
    if ext == "pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% " + seed.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return b"PK\x03\x04\x14\x00\x06\x00dummy-" + ext.encode() + b"-" + seed.encode() + b"\x00" * 16


MIMES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
}


def build_embedded(q, seed):
    m = EmailMessage(policy=POLICY)
    m["From"] = addr_obj(q["frm"])
    m["To"] = [addr_obj(k) for k in q.get("to", [])]
    if q.get("cc"):
        m["Cc"] = [addr_obj(k) for k in q["cc"]]
    m["Subject"] = q["subj"]
    m["Date"] = when(q["date"])
    m["Message-ID"] = f"<{h(seed + 'emb')}@{resolve(q['frm'])[1].split('@')[1]}>"
    m.set_content(q["body"].strip("\n") + "\n", cte="quoted-printable")
    return m


def render(s):
    fmt = s.get("fmt", "outlook")
    frm_disp, frm_addr = resolve(s["frm"])
    text = s["body"].strip("\n") + "\n"
    if s.get("sig"):
        if fmt == "iphone":
            text += "\n" + SIGS[s["sig"]] + "\n"
        else:
            text += "\n--\n" + SIGS[s["sig"]] + "\n"
    if fmt == "iphone":
        text += "\nSent from my iPhone\n"
    if s.get("disc"):
        text += "\n" + DISCLAIMER + "\n"
    q = s.get("quote")
    if q:
        text += "\n" + quote_text(q, fmt) + ("\n" if fmt != "plain" else "")

    m = EmailMessage(policy=POLICY)
    m["From"] = addr_obj(s["frm"])
    m["To"] = [addr_obj(k) for k in s["to"]]
    if s.get("cc"):
        m["Cc"] = [addr_obj(k) for k in s["cc"]]
    if s.get("bcc"):
        m["Bcc"] = [addr_obj(k) for k in s["bcc"]]
    m["Subject"] = s["subj"]
    m["Date"] = when(s["date"])
    dom = frm_addr.split("@")[1]
    if fmt == "outlook":
        mid = f"<{h(s['name'], 14)}@{h(s['name']+'x', 4)}P265MB{h(s['name']+'y', 4)}.GBRP265.PROD.OUTLOOK.COM>"
    elif fmt == "gmail" and dom == "gmail.com":
        mid = f"<CA{h(s['name'], 24).lower()}+{h(s['name']+'g', 8).lower()}@mail.gmail.com>"
    else:
        mid = f"<{h(s['name'], 8)}-{h(s['name']+'a', 4)}-{h(s['name']+'b', 12)}@{dom}>"
    m["Message-ID"] = mid
    if q and not q.get("kind") == "forward" and s.get("in_reply_to", True):
        ref = f"<{h(s['name'] + 'parent')}@{resolve(q['frm'])[1].split('@')[1]}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    if fmt == "outlook":
        m["Thread-Topic"] = s["subj"].split(": ", 1)[-1] if s["subj"][:3].upper() in ("RE:", "FW:") else s["subj"]
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Content-Language"] = "en-GB"
    elif fmt == "iphone":
        m["X-Mailer"] = "iPhone Mail (22D82)"
    elif fmt == "plain":
        m["User-Agent"] = "Mozilla Thunderbird"
    for k, v in s.get("hdrs", {}).items():
        m[k] = v

    cte = "quoted-printable" if fmt in ("outlook", "iphone") else "8bit"
    if fmt in ("outlook", "gmail"):
        body_html = para_html(s["body"])
        if s.get("sig"):
            body_html += "\n" + para_html(SIGS[s["sig"]])
        if s.get("disc"):
            body_html += "\n<p class=MsoNormal style='font-size:8.0pt;color:gray'>" + html.escape(DISCLAIMER) + "</p>"
        if q:
            body_html += "\n" + quote_html(q, fmt)
        if fmt == "outlook":
            page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n"
                    "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                    "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n</head>\n"
                    "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\">\n<div class=WordSection1>\n"
                    + body_html + "\n</div>\n</body>\n</html>\n")
        else:
            page = "<div dir=\"ltr\">" + body_html.replace(" class=MsoNormal", "").replace("<o:p></o:p>", "").replace("<o:p>&nbsp;</o:p>", "<br>") + "</div>\n"
        m.set_content(text, cte=cte if fmt == "outlook" else "quoted-printable")
        m.add_alternative(page, subtype="html", cte="quoted-printable")
    elif fmt == "plain" and s.get("flowed"):
        m.set_content(text, cte="8bit", params={"format": "flowed"})
    else:
        m.set_content(text, cte=cte)

    for a in s.get("atts", []):
        if isinstance(a, dict):  # message/rfc822
            m.add_attachment(build_embedded(a, s["name"]), filename=a["subj"] + ".eml")
        else:
            ext = a.rsplit(".", 1)[-1].lower()
            mt, st = MIMES[ext]
            m.add_attachment(dummy_bytes(a), maintype=mt, subtype=st, filename=a)
            m.get_payload()[-1].set_param("name", a)

    # deterministic boundaries; MIME-Version only on the top level
    i = 0
    for part in m.walk():
        if part is not m and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"_00{i}_{h(s['name'] + str(i), 24)}_")
            i += 1
    return m.as_bytes(policy=POLICY)


# ---------------------------------------------------------------- derivation
def person(addr):
    role, key = classify(addr)
    return role, key


def derive(s):
    """silent-bcc and forwarded-chain, by the contract's wording."""
    rules = []
    s_role, s_key = person(resolve(s["frm"])[1])
    governed = s_role in ("councillor", "officer")
    vis = [resolve(k)[1] for k in s["to"] + s.get("cc", [])]
    bcc = [resolve(k)[1] for k in s.get("bcc", [])]
    # silent-bcc
    if governed and bcc:
        others_b = [a for a in bcc if person(a)[1] != s_key]
        vis_gov = [a for a in vis if person(a)[1] != s_key and person(a)[0] in ("councillor", "officer")]
        if others_b and (any(person(a)[0] in ("councillor", "officer") for a in others_b) or vis_gov):
            if not s.get("bcc_disclosed"):
                rules.append("silent-bcc")
    # forwarded-chain
    embedded = []
    if s.get("quote"):
        embedded.append((s["quote"], s.get("fmt", "outlook")))
    for a in s.get("atts", []):
        if isinstance(a, dict):
            embedded.append((a, "rfc822"))
    fired = False
    for q, style in embedded:
        a_role, a_key = person(resolve(q["frm"])[1])
        if a_role != "officer" or a_key == s_key:
            continue
        known = style in ("outlook", "rfc822") or q.get("kind") == "forward"
        parts = {person(resolve(k)[1])[1] for k in [q["frm"]] + q.get("to", []) + q.get("cc", [])}
        for a in vis + bcc:
            r, k = person(a)
            if k in parts:
                continue
            if r == "external":
                fired = True
            if r == "councillor" and known:
                fired = True
    if fired:
        rules.append("forwarded-chain")
    return rules


ORDER = ["silent-bcc", "forwarded-chain", "confidential-disclosure", "councillor-name-letter"]


def main():
    from specs_cnl import SPECS as A
    from specs_conf import SPECS as B
    specs = A + B
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate ids"
    # neutral file names in a fixed pseudo-random order, so names reveal nothing
    for i, s in enumerate(sorted(specs, key=lambda s: h(s["id"] + "order")), 1):
        s["name"] = f"stow-{i:03d}"
    specs.sort(key=lambda s: s["name"])
    out = HERE  # the messages sit beside labels.yaml, as tests/checks/test_corpus_scores.py reads them
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.endswith(".eml"):
            os.remove(os.path.join(out, f))
    labels = []
    kinds = []
    for s in specs:
        rules = set(s.get("rules", []))
        rules |= set(derive(s))
        # sanity: CNL positives need an external recipient
        if "councillor-name-letter" in rules:
            ext = [k for k in s["to"] + s.get("cc", []) + s.get("bcc", []) if person(resolve(k)[1])[0] == "external"]
            assert ext, s["name"]
        if "confidential-disclosure" in rules:
            pass
        with open(os.path.join(out, s["name"] + ".eml"), "wb") as fh:
            fh.write(render(s))
        labels.append((s["name"] + ".eml", [r for r in ORDER if r in rules], s["note"], s.get("jc")))
        kinds.append((s["name"] + ".eml", s["id"], s.get("jc")))
    with open(os.path.join(HERE, "directory.yaml"), "w") as fh:
        fh.write(directory_yaml())
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        fh.write("# Blind evaluation labels for the Stowbridge set. `rules` lists every rule that\n"
                 "# must fire (empty = none). CNL and confidential-disclosure are set by hand;\n"
                 "# silent-bcc and forwarded-chain are derived by build.py from the structure.\n")
        for f, rules, note, jc in labels:
            n = note.replace('"', "'")
            fh.write(f"- file: {f}\n  rules: [{', '.join(rules)}]\n  why: \"{n}\"\n")
    with open(os.path.join(HERE, "kinds.tsv"), "w") as fh:
        fh.write("file\tspec_id\tjudgement_call\n")
        for f, i, jc in kinds:
            fh.write(f"{f}\t{i}\t{jc or ''}\n")
    # summary
    from collections import Counter
    c = Counter()
    for f, rules, note, jc in labels:
        for r in rules:
            c[r] += 1
    print(len(labels), "messages;", dict(c))
    for f, rules, note, jc in labels:
        extra = [r for r in rules if r in ("silent-bcc", "forwarded-chain")]
        if extra:
            print("  derived", f, extra)


if __name__ == "__main__":
    main()
