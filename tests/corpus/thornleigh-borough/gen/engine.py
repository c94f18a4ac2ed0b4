"""Renders hand-written specs to RFC 5322 messages (as Sent Items stores them) and derives structural labels.
Deterministic: every random-looking value comes from a hash of the spec's file name."""
import hashlib, base64, re, html, datetime
from zoneinfo import ZoneInfo
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from people import PEOPLE, MAILBOXES, COUNCIL, ADDR, classify

LON = ZoneInfo("Europe/London")
POL = policy.SMTP.clone(max_line_length=100)
SPECS = []

DISCLAIMER = ("This email and any attachments are confidential and intended solely for the use of the "
              "individual or organisation to whom they are addressed. If you have received this email in error "
              "please notify the sender and delete it. Any views expressed are those of the author and not "
              "necessarily those of Thornleigh Metropolitan Borough Council.")


def H(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n].upper()


def ref(x):
    """-> (display, address)"""
    if isinstance(x, tuple):
        return x
    if x in MAILBOXES:
        return MAILBOXES[x]
    if "/" in x and x.split("/")[0] in PEOPLE:
        k, i = x.split("/")
        p = PEOPLE[k]
        a = p[2][int(i)]
        if a.startswith("the.mayor@"):
            return "The Mayor of Thornleigh", a
        disp = p[0] if not a.endswith("thornleigh.gov.uk") else ("Cllr " if p[1] == "councillor" else "") + p[0]
        return disp, a
    if x in PEOPLE:
        p = PEOPLE[x]
        disp = ("Cllr " if p[1] == "councillor" else "") + p[0]
        return disp, p[2][0]
    m = re.match(r"\s*(.*?)\s*<(.+)>", x)
    if m:
        return m.group(1).strip('"'), m.group(2)
    return "", x


def fmt_addr(r):
    d, a = r
    return f"{d} <{a}>" if d else a


def M(kind, frm, to, subject, body, **kw):
    kw.update(kind=kind, frm=frm, to=to if isinstance(to, list) else [to], subject=subject, body=body)
    SPECS.append(kw)


# ---------------------------------------------------------------- markings (self-check only)
MARK_RE = re.compile(r"(?i)(confidential|in confidence|not for publication|exempt information|schedule 12a|"
                     r"\bpart (2|ii)\b|official[- ]sensitive|\brestricted\b|sensitivity: (private|company-confidential))")


def sig_lines(key, spec):
    if spec.get("sig") is False:
        return []
    if isinstance(spec.get("sig"), list):
        return spec["sig"]
    if key not in PEOPLE:
        return []
    name, role, emails, titles, group, st = PEOPLE[key]
    if role == "councillor":
        return [f"Cllr {name}"] + st + [COUNCIL]
    if role == "officer":
        out = [name] + st + [COUNCIL, ADDR, f"Tel: 01632 {960000 + int(H(key, 4), 16) % 999:06d}"[:18]]
        return out
    return [name] + st


def date_for(i):
    base = datetime.datetime(2026, 1, 5, 8, 0, tzinfo=LON)
    d = base + datetime.timedelta(days=(i * 37) % 318, hours=(i * 5) % 10, minutes=(i * 13) % 60)
    return d


def rfcdate(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + d.strftime("%z")


# ---------------------------------------------------------------- text rendering
def paras(body):
    return [p.strip("\n") for p in body.strip("\n").split("\n\n")]


def dedupe_name(spec):
    """Drop a closing full-name line when the signature block repeats it as 'Cllr <name>'."""
    k = spec.get("_signer")
    if k in PEOPLE and spec.get("sig") is None:
        full = PEOPLE[k][0]
        b = spec["body"].rstrip()
        if b.endswith("\n" + full) or b.endswith("\n" + full.split()[0] + " " + full.split()[-1]):
            spec["body"] = b[: b.rfind("\n")].rstrip()


def table_text(rows):
    w = [max(len(str(r[c])) for r in rows) for c in range(len(rows[0]))]
    return "\n".join("  ".join(str(c).ljust(w[j]) for j, c in enumerate(r)).rstrip() for r in rows)


def table_html(rows, client):
    if client in ("outlook",):
        out = ["<table class=3DMsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>".replace("=3D", "=")]
        for ri, r in enumerate(rows):
            out.append("<tr>")
            for c in r:
                cell = html.escape(str(c))
                if ri == 0:
                    cell = f"<b>{cell}</b>"
                out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                           f"<p class=MsoNormal>{cell}<o:p></o:p></p></td>")
            out.append("</tr>")
        out.append("</table>")
        return "\n".join(out)
    out = ['<table style="border-collapse:collapse;border:1px solid rgb(200,200,200)">']
    for ri, r in enumerate(rows):
        tag = "th" if ri == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} style="border:1px solid rgb(200,200,200);padding:4px">{html.escape(str(c))}</{tag}>'
                                    for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def qdate_text(d, style):
    if style == "gmail":
        return d.strftime("%a, ") + str(d.day) + d.strftime(" %b %Y at %H:%M")
    if style == "iphone":
        return str(d.day) + d.strftime(" %B %Y at %H:%M:%S ") + ("BST" if d.utcoffset().seconds else "GMT")
    return d.strftime("%A, ") + str(d.day) + d.strftime(" %B %Y %H:%M")


def quote_header_lines(q, style):
    lines = [f"From: {fmt_addr(ref(q['author']))}"]
    dl = "Date" if style in ("gmail", "iphone") else "Sent"
    d = q["_date"]
    tol = "; ".join(fmt_addr(ref(x)) for x in q.get("to", []))
    ccl = "; ".join(fmt_addr(ref(x)) for x in q.get("cc", []))
    if style == "gmail":
        tol = ", ".join(fmt_addr(ref(x)) for x in q.get("to", []))
        ccl = ", ".join(fmt_addr(ref(x)) for x in q.get("cc", []))
        lines += [f"Date: {qdate_text(d, 'gmail')}", f"Subject: {q['subject']}", f"To: {tol}"]
        if ccl:
            lines.append(f"Cc: {ccl}")
        return lines
    lines.append(f"{dl}: {qdate_text(d, style)}")
    lines.append(f"To: {tol}")
    if ccl:
        lines.append(f"Cc: {ccl}")
    lines.append(f"Subject: {q['subject']}")
    return lines


def quote_body(q):
    b = q["body"].strip("\n")
    akey = q["author"] if isinstance(q["author"], str) else None
    if akey and akey.split("/")[0] in PEOPLE and q.get("sig", True):
        b += "\n\n" + "\n".join(sig_lines(akey.split("/")[0], {}))
    return b


def render_text(spec):
    out = []
    for p in paras(spec["body"]):
        if p == "[[TABLE]]":
            out.append(table_text(spec["table"]))
        else:
            out.append(p)
    s = sig_lines(spec["_signer"], spec)
    txt = "\n\n".join(out)
    if s:
        txt += "\n\n" + "\n".join(s)
    if spec.get("disclaimer"):
        txt += "\n\n" + (spec["disclaimer"] if isinstance(spec["disclaimer"], str) else DISCLAIMER)
    q = spec.get("quote")
    if q and q["style"] != "rfc822":
        cl, st = spec["client"], q["style"]
        if st == "onwrote":
            d = q["_date"]
            if cl == "iphone":
                head = f"On {d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}, {fmt_addr(ref(q['author']))} wrote:"
            else:
                head = f"On {qdate_text(d, 'gmail')}, {fmt_addr(ref(q['author']))} wrote:"
            qb = "\n".join("> " + l if l else ">" for l in quote_body(q).split("\n"))
            txt += "\n\n" + head + "\n\n" + qb
        elif st == "original":
            txt += "\n\n-----Original Message-----\n" + "\n".join(quote_header_lines(q, "outlook")) + "\n\n" + quote_body(q)
        elif cl == "gmail":
            txt += "\n\n---------- Forwarded message ---------\n" + "\n".join(quote_header_lines(q, "gmail")) + "\n\n\n" + quote_body(q)
        elif cl == "iphone":
            txt += "\n\nSent from my iPhone\n\nBegin forwarded message:\n\n" + "\n".join(quote_header_lines(q, "iphone")) + "\n\n" + quote_body(q)
        else:
            txt += "\n\n________________________________\n" + "\n".join(quote_header_lines(q, cl)) + "\n\n" + quote_body(q)
    elif spec["client"] == "iphone":
        txt += "\n\nSent from my iPhone"
    return txt + "\n"


def e(s):
    return html.escape(s, quote=False)


def html_paras(ps, client):
    out = []
    for p in ps:
        if client == "outlook":
            out.append("<p class=MsoNormal>" + "<br>\n".join(e(l) for l in p.split("\n")) + "<o:p></o:p></p>")
            out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif client == "owa":
            out.append('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                       + "<br>\n".join(e(l) for l in p.split("\n")) + "</div>\n<div style=\"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;\"><br></div>")
        else:
            out.append("<div>" + "<br>\n".join(e(l) for l in p.split("\n")) + "</div><div><br></div>")
    return "\n".join(out)


def render_html(spec):
    cl = spec["client"]
    body_parts = []
    chunk = []
    for p in paras(spec["body"]):
        if p == "[[TABLE]]":
            body_parts.append(html_paras(chunk, cl)); chunk = []
            body_parts.append(table_html(spec["table"], cl))
        else:
            chunk.append(p)
    body_parts.append(html_paras(chunk, cl))
    s = sig_lines(spec["_signer"], spec)
    if s:
        if cl == "outlook":
            body_parts.append(
                "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
                "<tr><td width=6 style='background:#7A1F5C;padding:0cm'><p class=MsoNormal>&nbsp;</p></td>"
                "<td style='padding:0cm 0cm 0cm 8.0pt'><p class=MsoNormal><b><span style='font-size:10.0pt;color:#7A1F5C'>"
                + e(s[0]) + "</span></b><span style='font-size:9.0pt;color:#595959'><br>"
                + "<br>".join(e(x) for x in s[1:]) + "</span><o:p></o:p></p></td></tr></table>")
        elif cl == "owa":
            body_parts.append('<div id="Signature"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 11pt;">'
                              "<b>" + e(s[0]) + "</b><br>" + "<br>".join(e(x) for x in s[1:]) + "</div></div>")
        else:
            body_parts.append('<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
                              + "<br>".join(e(x) for x in s) + "</div></div>")
    if spec.get("disclaimer"):
        dtxt = spec["disclaimer"] if isinstance(spec["disclaimer"], str) else DISCLAIMER
        body_parts.append(f"<p class=MsoNormal><span style='font-size:7.5pt;color:gray'>{e(dtxt)}</span></p>"
                          if cl == "outlook" else f'<div style="font-size:8pt;color:gray">{e(dtxt)}</div>')
    q = spec.get("quote")
    if q and q["style"] != "rfc822":
        qb = "".join(f"<p class=MsoNormal>{'<br>'.join(e(l) for l in p.split(chr(10)))}</p>" if cl == "outlook"
                     else f"<div>{'<br>'.join(e(l) for l in p.split(chr(10)))}</div><br>" for p in paras(quote_body(q)))
        st = q["style"]
        if st == "onwrote":
            head = f"On {qdate_text(q['_date'], 'gmail')}, {e(ref(q['author'])[0])} &lt;<a href=\"mailto:{ref(q['author'])[1]}\">{ref(q['author'])[1]}</a>&gt; wrote:"
            body_parts.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
                              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{qb}</blockquote></div>')
        elif cl == "gmail":
            hl = quote_header_lines(q, "gmail")
            a = ref(q["author"])
            hl[0] = f'From: <strong class="gmail_sendername" dir="auto">{e(a[0])}</strong> <span dir="auto">&lt;<a href="mailto:{a[1]}">{a[1]}</a>&gt;</span>'
            body_parts.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                              + "<br>".join(hl[:1] + [e(x) for x in hl[1:]]) + f"<br></div><br><br>{qb}</div>")
        elif cl == "owa":
            hl = quote_header_lines(q, "owa")
            body_parts.append('<hr style="display:inline-block;width:98%" tabindex="-1">'
                              '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                              + "<br>".join("<b>" + e(x.split(":", 1)[0]) + ":</b>" + e(x.split(":", 1)[1]) for x in hl)
                              + f"</font><div>&nbsp;</div></div>{qb}")
        else:
            hl = quote_header_lines(q, "outlook")
            pre = "<p class=MsoNormal>-----Original Message-----<br>" if st == "original" else \
                "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
            post = "</p>" if st == "original" else "</p></div>"
            body_parts.append("<div>" + pre + "<br>\n".join("<b>" + e(x.split(":", 1)[0]) + ":</b>" + e(x.split(":", 1)[1]) for x in hl)
                              + "<o:p></o:p>" + post + "</div><p class=MsoNormal><o:p>&nbsp;</o:p></p>" + qb)
    inner = "\n".join(body_parts)
    if cl == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
                '@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;\n\tmso-ligatures:standardcontextual;\n\tmso-fareast-language:EN-US;}\n'
                'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\ttext-decoration:underline;}\n'
                'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
                '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-size:10.0pt;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
                '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
                '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
                '<body lang=EN-GB link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'>\n<div class=WordSection1>\n'
                + inner + "\n</div>\n</body>\n</html>\n")
    if cl == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n' + inner + "\n</body>\n</html>\n")
    return '<div dir="ltr">' + inner + "</div>\n"


# ---------------------------------------------------------------- labels
def person(addr):
    return classify(addr)


def derive(spec):
    frm = ref(spec["frm"])
    srole, skey = person(frm[1])
    to = [ref(x) for x in spec["to"]]
    cc = [ref(x) for x in spec.get("cc", [])]
    bcc = [ref(x) for x in spec.get("bcc", [])]
    allr = to + cc + bcc
    rules = set()
    notes = []
    # silent-bcc
    if srole in ("councillor", "officer"):
        vis_gov = any(person(a)[1] != skey and person(a)[0] in ("councillor", "officer") for _, a in to + cc)
        for d, a in bcc:
            r, k = person(a)
            if k == skey:
                continue
            if r in ("councillor", "officer") or vis_gov:
                disclosed = False
                nm = PEOPLE[k][0] if k in PEOPLE else None
                for line in spec["body"].split("\n"):
                    if re.match(r"(?i)\s*(cc|copied to)\b", line) and ((nm and nm.split()[-1] in line) or a in line):
                        disclosed = True
                if not disclosed:
                    rules.add("silent-bcc"); notes.append(f"Bcc {a}")
    q = spec.get("quote")
    if q:
        qa = ref(q["author"])
        arole, akey = person(qa[1])
        parts = {person(qa[1])[1]} | {person(ref(x)[1])[1] for x in q.get("to", []) + q.get("cc", [])}
        known = q["style"] != "onwrote"
        if arole == "officer" and akey != skey:
            for _, a in allr:
                r, k = person(a)
                if k in parts:
                    continue
                if r == "external" or (r == "councillor" and known):
                    rules.add("forwarded-chain"); notes.append(f"embedded officer message from {qa[1]} reaches {a}")
                    break
        if q.get("marked"):
            for _, a in allr:
                r, k = person(a)
                if r == "external" or (r == "councillor" and known and k not in parts):
                    rules.add("confidential-disclosure"); notes.append(f"marked embedded message reaches {a}")
                    break
    if spec.get("mark"):
        for _, a in allr:
            if person(a)[0] == "external":
                rules.add("confidential-disclosure"); notes.append(f"marked content reaches {a}")
                break
    if spec.get("cnl"):
        rules.add("councillor-name-letter")
    return sorted(rules), notes


# ---------------------------------------------------------------- MIME
def msgid(spec, name):
    cl = spec["client"]
    h = H(name, 30)
    if cl in ("outlook", "owa"):
        return f"<LO2P265MB{h[:12]}{h[12:16].lower()}@LO2P265MB{h[16:20]}.GBRP265.PROD.OUTLOOK.COM>"
    if cl == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:28])).decode().rstrip("=").replace("/", "_").replace("+", "-")
        b2 = base64.b64encode(bytes.fromhex(H(name + "g2", 20))).decode().rstrip("=").replace("/", "_").replace("+", "-")
        return f"<CAH{b}{b2}{h[28:].lower()}@mail.gmail.com>"
    u = H(name + "u", 32)
    return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{ref(spec['frm'])[1].split('@')[1]}>"


def att_bytes(fname):
    ext = fname.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(fname.encode()).digest()
    if ext == "pdf":
        return "application", "pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + seed + b"\n%%EOF\n"
    if ext == "docx":
        return "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04\x14\x00\x06\x00" + seed * 4
    if ext == "xlsx":
        return "application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04\x14\x00\x06\x00" + seed * 4
    if ext in ("jpg", "jpeg"):
        return "image", "jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed * 8
    return "application", "octet-stream", seed * 3


def set_bounds(msg, name, gm=False):
    i = 0
    for part in msg.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            h = H(name + str(i), 24)
            part.set_boundary(f"_00{i}_LO2P265MB{h}_" if gm is False else f"0000000000{h[:16].lower()}")
            i += 1


def build(spec, name, idx):
    cl = spec.setdefault("client", "outlook")
    frm = ref(spec["frm"])
    dom = frm[1].split("@")[1]
    if cl == "gmail" and dom != "gmail.com":   # a realistic client for the sending domain
        cl = spec["client"] = "owa" if dom in ("thornleigh.gov.uk", "hotmail.co.uk", "outlook.com") else "iphone"
    fkey = spec["frm"].split("/")[0] if isinstance(spec["frm"], str) else None
    spec["_signer"] = spec.get("signer", fkey)
    d = spec.get("_date") or date_for(idx)
    spec["_date"] = d
    q = spec.get("quote")
    if q:
        qd = (d - datetime.timedelta(days=1 + int(H(name + "q", 2), 16) % 3))
        q["_date"] = qd.replace(hour=8 + int(H(name + "h", 2), 16) % 9, minute=int(H(name + "m", 2), 16) % 60)
    msg = EmailMessage(policy=POL)
    msg["From"] = Address(frm[0], addr_spec=frm[1]) if frm[0] else frm[1]
    for h in ("to", "cc", "bcc"):
        lst = [ref(x) for x in spec.get(h, [])] if h != "to" else [ref(x) for x in spec["to"]]
        if lst:
            msg[h.capitalize() if h != "bcc" else "Bcc"] = [Address(dd, addr_spec=aa) if dd else Address(addr_spec=aa) for dd, aa in lst]
    msg["Subject"] = spec["subject"]
    msg["Date"] = rfcdate(d)
    msg["Message-ID"] = msgid(spec, name)
    if spec.get("reply_to_id", spec["subject"][:3].upper() in ("RE:",)):
        pid = msgid({"client": "outlook", "frm": spec["frm"]}, name + "parent")
        msg["In-Reply-To"] = pid
        msg["References"] = pid
    if cl in ("outlook", "owa"):
        topic = re.sub(r"^(?i:(re|fw|fwd):\s*)+", "", spec["subject"])
        msg["Thread-Topic"] = topic
        msg["Thread-Index"] = base64.b64encode(bytes.fromhex(H(name + "ti", 44))).decode()
    raw_hdrs = []
    for k, v in spec.get("headers", {}).items():
        if k.lower() == "msip_labels":
            raw_hdrs.append(f"{k}: " + ";\r\n ".join(x.strip() for x in v.split(";") if x.strip()) + ";")
        else:
            msg[k] = v
    if cl in ("outlook", "owa"):
        msg["Accept-Language"] = "en-GB, en-US"
        msg["X-MS-Has-Attach"] = "yes" if spec.get("attach") or (q and q["style"] == "rfc822") else ""
        msg["X-MS-TNEF-Correlator"] = ""
        if cl == "outlook":
            msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif cl == "iphone":
        msg["X-Mailer"] = "iPhone Mail (23B85)"
    dedupe_name(spec)
    txt = render_text(spec)
    hv = int(H(name + "cte", 2), 16)
    if cl in ("outlook", "owa") and hv % 4 == 0:
        spec.setdefault("html_cte", "base64")
        if hv % 8 == 0:
            spec.setdefault("cte", "base64")
    cte = spec.get("cte", "quoted-printable")
    msg.set_content(txt, subtype="plain", charset="utf-8", cte=cte)
    if cl != "iphone":
        msg.add_alternative(render_html(spec), subtype="html", charset="utf-8", cte=spec.get("html_cte", cte))
    for fname in spec.get("attach", []):
        mt, st, data = att_bytes(fname)
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if q and q["style"] == "rfc822":
        inner = EmailMessage(policy=POL)
        qa = ref(q["author"])
        inner["From"] = Address(qa[0], addr_spec=qa[1])
        inner["To"] = [Address(ref(x)[0], addr_spec=ref(x)[1]) for x in q.get("to", [])]
        if q.get("cc"):
            inner["Cc"] = [Address(ref(x)[0], addr_spec=ref(x)[1]) for x in q["cc"]]
        inner["Subject"] = q["subject"]
        inner["Date"] = rfcdate(q["_date"])
        inner["Message-ID"] = msgid({"client": "outlook", "frm": q["author"]}, name + "inner")
        inner.set_content(quote_body(q) + "\n", charset="utf-8", cte="quoted-printable")
        msg.add_attachment(inner, filename=q["subject"].replace(":", "") + ".eml")
    set_bounds(msg, name, cl == "gmail")
    inner_ids = [id(p.get_payload(0)) for p in msg.walk() if p.get_content_type() == "message/rfc822"]
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and id(part) not in inner_ids:
            del part["MIME-Version"]
    if cl in ("outlook", "owa"):
        msg["Content-Language"] = "en-GB"
    # put MIME-Version after the informational headers, as Exchange does
    mv = msg["MIME-Version"]
    ct = msg["Content-Type"]
    del msg["MIME-Version"]
    del msg["Content-Type"]
    msg["MIME-Version"] = mv or "1.0"
    msg["Content-Type"] = ct
    raw = msg.as_bytes(policy=POL)
    if raw_hdrs:
        head, sep, rest = raw.partition(b"\r\nAccept-Language:")
        assert sep
        raw = head + b"\r\n" + "\r\n".join(raw_hdrs).encode() + sep + rest
    return raw


def msip(name, guid_seed):
    g = H(guid_seed, 32).lower()
    g = f"{g[:8]}-{g[8:12]}-{g[12:16]}-{g[16:20]}-{g[20:]}"
    site = "3f6a1c2e-8b4d-4e19-9a57-c0d2e4f6a8b1"
    p = f"MSIP_Label_{g}"
    return (f"{p}_Enabled=true; {p}_SetDate=2026-01-12T09:41:07Z; {p}_Method=Privileged; {p}_Name={name}; "
            f"{p}_SiteId={site}; {p}_ActionId={H(guid_seed + 'a', 8).lower()}-1c2d-4e5f-8a9b-{H(guid_seed + 'b', 12).lower()}; "
            f"{p}_ContentBits=2")
