"""Rendering core for the blind-everyday set (Kettleby Magna Town Council).

Deterministic: no clock, no unseeded randomness. Every message is a spec (see
specs_*.py); this module turns specs into RFC 5322 bytes (CRLF) and derives the
two structural rules (silent-bcc, forwarded-chain) from the spec so that the
hand labels can be cross-checked.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import zipfile
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from email.utils import format_datetime

DOMAIN = "kettlebymagna-tc.gov.uk"
PARTNER_DOMAINS = ["northwendlesham.gov.uk", "wessingshire.gov.uk", "pargeterlowe.co.uk"]
COUNCIL = "Kettleby Magna Town Council"
TZ = dt.timezone(dt.timedelta(0))  # January: GMT

# ---------------------------------------------------------------- people
# key -> dict(name, email, person, role)
ADDR = {}
PEOPLE = {}  # person id -> dict(name, role, emails, titles, group)


def person(pid, name, role, emails, titles=None, group=None, keys=None, display=None):
    PEOPLE[pid] = dict(name=name, role=role, emails=[e for e in emails], titles=titles or [], group=group)
    keys = keys or [pid] + [f"{pid}{i+1}" for i in range(1, len(emails))]
    for k, e, d in zip(keys, emails, display or [None] * len(emails)):
        ADDR[k] = dict(name=d or name, email=e, person=pid, role=role)


def mailbox(key, name, local):
    """Unlisted council-domain mailbox: an officer by the contract."""
    e = f"{local}@{DOMAIN}"
    ADDR[key] = dict(name=name, email=e, person="mbx:" + e, role="officer")


def ext(name, email):
    """Register an outside address on the fly; returns its key."""
    k = "x:" + email.lower()
    dom = email.split("@")[1].lower()
    role = "partner" if dom in PARTNER_DOMAINS else "external"
    if dom == DOMAIN:
        role = "officer"
    if k not in ADDR:
        ADDR[k] = dict(name=name, email=email, person=k, role=role)
    return k


def A(k):
    if isinstance(k, tuple):
        k = ext(*k)
    return ADDR[k]


def key(k):
    if isinstance(k, tuple):
        return ext(*k)
    return k


def fmt(k):
    a = A(k)
    if not a["name"]:
        return a["email"]
    return str(Address(display_name=a["name"], addr_spec=a["email"]))


def fmt_plain(k):
    a = A(k)
    return f'{a["name"]} <{a["email"]}>' if a["name"] else a["email"]


# ---------------------------------------------------------------- dates
BASE = dt.datetime(2026, 1, 12, 0, 0, tzinfo=TZ)  # Monday 12 January 2026


def when(day, hh, mm):
    return BASE + dt.timedelta(days=day, hours=hh, minutes=mm)


def outlook_sent(d):
    return f"{d.strftime('%A')}, {d.day} {d.strftime('%B %Y %H:%M')}"


def gmail_date(d):
    return f"{d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}"


def iphone_date(d):
    return f"{d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}"


def tb_date(d):
    return d.strftime("%d/%m/%Y %H:%M")


# ---------------------------------------------------------------- ids
def h(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n].upper()


def msgid(client, seed):
    x = h(seed, 24)
    if client in ("outlook", "owa", "orig"):
        return f"<LO2P265MB{x[:8]}{x[8:12].lower()}@LO2P265MB{x[12:18]}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CAJ{x[:6].lower()}+{x[6:20]}_{x[20:]}w@mail.gmail.com>"
    if client == "iphone":
        return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{h(seed+'i',12)}@{DOMAIN}>"
    return f"<{x[:8].lower()}-{x[8:12].lower()}-{x[12:16].lower()}-{h(seed+'t',12).lower()}@{DOMAIN}>"


# ---------------------------------------------------------------- dummy files
def pdf_bytes(title, lines):
    text = "\\n".join([title] + lines).replace("(", "[").replace(")", "]")
    stream = f"BT /F1 11 Tf 50 780 Td ({text}) Tj ET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{i} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(paras):
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p)}</w:t></w:r></w:p>" for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + "</w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n, c in files.items():
            zi = zipfile.ZipInfo(n, date_time=(2026, 1, 5, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, c)
    return out.getvalue()


def jpg_bytes(seed, n=1800):
    b = bytearray(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    x = hashlib.sha256(seed.encode()).digest()
    while len(b) < n:
        x = hashlib.sha256(x).digest()
        b += x
    return bytes(b[:n]) + b"\xff\xd9"


CT = {"pdf": ("application", "pdf"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
      "jpg": ("image", "jpeg"), "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


def att_bytes(name, content):
    ext_ = name.rsplit(".", 1)[1].lower()
    if ext_ == "pdf":
        return pdf_bytes(name, content or [])
    if ext_ in ("docx", "xlsx"):
        return docx_bytes(content or [name])
    return jpg_bytes(name)


# ---------------------------------------------------------------- calendar
def ics(method, uid, summary, start, mins, organizer, attendees, location, partstat=None, replier=None, desc=""):
    def stamp(d):
        return d.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
         f"METHOD:{method}", "BEGIN:VEVENT"]
    o = A(organizer)
    L.append(f'ORGANIZER;CN="{o["name"]}":mailto:{o["email"]}')
    if method == "REPLY":
        r = A(replier)
        L.append(f'ATTENDEE;PARTSTAT={partstat};CN="{r["name"]}":mailto:{r["email"]}')
    else:
        for a in attendees:
            a = A(a)
            L.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{a["name"]}":mailto:{a["email"]}')
    if desc:
        L.append("DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"))
    L += [f"UID:{uid}", f"SUMMARY:{summary}", f"DTSTART:{stamp(start)}", f"DTEND:{stamp(start + dt.timedelta(minutes=mins))}",
          f"DTSTAMP:{stamp(start - dt.timedelta(days=3))}", f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED",
          "END:VEVENT", "END:VCALENDAR"]
    # fold at 75 octets
    out = []
    for line in L:
        while len(line.encode()) > 74:
            out.append(line[:73])
            line = " " + line[73:]
        out.append(line)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- quoting
class Q:
    """An earlier message embedded in a new one.

    kind: 'reply' (quoted below a reply) or 'fwd' (forwarded inline) or 'att'
    (attached as message/rfc822). style overrides the outer client's style.
    """

    def __init__(self, frm, to, subject, body, cc=(), ago=2.0, kind="reply", style=None):
        self.frm, self.to, self.cc = key(frm), [key(t) for t in to], [key(c) for c in cc]
        self.subject, self.body, self.ago, self.kind, self.style = subject, body, ago, kind, style
        self.date = None

    def known(self, outer_style):
        st = self.style or outer_style
        if self.kind in ("fwd", "att"):
            return True
        return st in ("outlook", "owa", "orig")


def quote_header_plain(q, st):
    d = q.date
    if q.kind == "att":
        return ""
    if st in ("outlook", "owa"):
        s = ["________________________________", f"From: {fmt_plain(q.frm)}", f"Sent: {outlook_sent(d)}",
             "To: " + "; ".join(fmt_plain(t) for t in q.to)]
        if q.cc:
            s.append("Cc: " + "; ".join(fmt_plain(t) for t in q.cc))
        s.append(f"Subject: {q.subject}")
        return "\n".join(s) + "\n\n"
    if st == "orig":
        s = ["-----Original Message-----", f"From: {fmt_plain(q.frm)}", f"Sent: {outlook_sent(d)}",
             "To: " + "; ".join(fmt_plain(t) for t in q.to)]
        if q.cc:
            s.append("Cc: " + "; ".join(fmt_plain(t) for t in q.cc))
        s.append(f"Subject: {q.subject}")
        return "\n".join(s) + "\n\n"
    if st == "gmail":
        if q.kind == "fwd":
            s = ["---------- Forwarded message ---------", f"From: {fmt_plain(q.frm)}", f"Date: {gmail_date(d)}",
                 f"Subject: {q.subject}", "To: " + ", ".join(fmt_plain(t) for t in q.to)]
            if q.cc:
                s.append("Cc: " + ", ".join(fmt_plain(t) for t in q.cc))
            return "\n".join(s) + "\n\n"
        return f"On {gmail_date(d)}, {fmt_plain(q.frm)} wrote:\n"
    if st == "iphone":
        if q.kind == "fwd":
            s = ["Begin forwarded message:", "", f"From: {fmt_plain(q.frm)}", f"Date: {iphone_date(d)} GMT",
                 "To: " + ", ".join(fmt_plain(t) for t in q.to)]
            if q.cc:
                s.append("Cc: " + ", ".join(fmt_plain(t) for t in q.cc))
            s.append(f"Subject: {q.subject}")
            return "\n".join(s) + "\n\n"
        return f"On {iphone_date(d)}, {A(q.frm)['name'] or A(q.frm)['email']} <{A(q.frm)['email']}> wrote:\n\n"
    if st == "thunderbird":
        if q.kind == "fwd":
            s = ["-------- Forwarded Message --------", f"Subject: \t{q.subject}", f"Date: \t{format_datetime(d)}",
                 f"From: \t{fmt_plain(q.frm)}", "To: \t" + ", ".join(fmt_plain(t) for t in q.to)]
            if q.cc:
                s.append("CC: \t" + ", ".join(fmt_plain(t) for t in q.cc))
            return "\n".join(s) + "\n\n"
        return f"On {tb_date(d)}, {A(q.frm)['name'] or A(q.frm)['email']} wrote:\n"
    raise ValueError(st)


def render_plain_chain(body, quotes, st):
    """Plain text of new body + chain of quotes (newest first)."""
    if not quotes:
        return body
    q, rest = quotes[0], quotes[1:]
    if q.kind == "att":
        return render_plain_chain(body, rest, st)
    qst = q.style or st
    inner = render_plain_chain(q.body, rest, st)
    head = quote_header_plain(q, qst)
    if qst in ("gmail", "iphone", "thunderbird") and q.kind == "reply":
        quoted = "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l if l else ">") for l in inner.split("\n"))
        return body.rstrip("\n") + "\n\n" + head + quoted + "\n"
    return body.rstrip("\n") + "\n\n" + head + inner


def esc(t):
    return html.escape(t).replace("\n", "<br>\n")


def outlook_html_chain(body, quotes, st):
    paras = "".join(f"<p class=MsoNormal>{html.escape(l, quote=False) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in body.split("\n"))
    out = paras
    if quotes:
        q, rest = quotes[0], quotes[1:]
        if q.kind == "att":
            return out + outlook_html_chain("", rest, st) if rest else out
        fields = [("From:", fmt_plain(q.frm)), ("Sent:", outlook_sent(q.date)), ("To:", "; ".join(fmt_plain(t) for t in q.to))]
        if q.cc:
            fields.append(("Cc:", "; ".join(fmt_plain(t) for t in q.cc)))
        fields.append(("Subject:", q.subject))
        hdr = "<br>\n".join(f"<b>{k}</b> {html.escape(v)}" for k, v in fields)
        if st == "owa":
            out += ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                    f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{hdr}</font><div>&nbsp;</div></div>\n')
        else:
            out += ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                    f"<p class=MsoNormal>{hdr}<o:p></o:p></p>\n</div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
        out += outlook_html_chain(q.body, rest, st)
    return out


def outlook_html(body, quotes, st):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang=EN-GB link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>\n'
            '<div class=WordSection1>\n' + outlook_html_chain(body, quotes, st) + '</div>\n</body>\n</html>\n')


def gmail_html_chain(body, quotes):
    out = '<div dir="ltr">' + "".join(f"<div>{html.escape(l, quote=False) if l else '<br>'}</div>" for l in body.split("\n")) + "</div>"
    if quotes:
        q, rest = quotes[0], quotes[1:]
        if q.kind == "att":
            return out
        inner = gmail_html_chain(q.body, rest)
        if q.kind == "fwd":
            a = A(q.frm)
            out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                    f'From: <strong class="gmail_sendername" dir="auto">{html.escape(a["name"])}</strong> '
                    f'<span dir="auto">&lt;{a["email"]}&gt;</span><br>Date: {gmail_date(q.date)}<br>'
                    f'Subject: {html.escape(q.subject)}<br>To: {html.escape(", ".join(fmt_plain(t) for t in q.to))}<br>'
                    + (f'Cc: {html.escape(", ".join(fmt_plain(t) for t in q.cc))}<br>' if q.cc else "")
                    + f'</div><br><br>{inner}</div>')
        else:
            out += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                    f'On {gmail_date(q.date)}, {html.escape(fmt_plain(q.frm))} wrote:<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    f'{inner}</blockquote></div>')
    return out


def flow(text, width=72):
    """format=flowed (RFC 3676): soft line breaks end in a space; quote prefixes repeated."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        pre = ""
        while line.startswith(">"):
            pre += ">"
            line = line[1:]
        if pre and line.startswith(" "):
            line = line[1:]
            pre += " "
        line = line.rstrip(" ")
        if len(pre + line) <= width:
            out.append(pre + line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre + cur + w) > width:
                out.append(pre + cur)  # cur ends with a space: soft break
                cur = ""
            cur += w + " "
        out.append(pre + cur.rstrip(" "))
    return "\n".join(out)


# ---------------------------------------------------------------- spec
class Spec:
    def __init__(self, frm, to, subject, body, cc=(), bcc=(), client="outlook", quotes=(), atts=(), hdrs=None,
                 rules=(), why="", cal=None, auto=None, day=None, time=None, html_body=None, reply=False, tag=""):
        self.frm = key(frm)
        self.to = [key(t) for t in to]
        self.cc = [key(c) for c in cc]
        self.bcc = [key(b) for b in bcc]
        self.subject, self.body, self.client = subject, body, client
        self.quotes = list(quotes)
        self.atts = list(atts)
        self.hdrs = hdrs or {}
        self.rules, self.why = sorted(rules), why
        self.cal, self.auto, self.day, self.time = cal, auto, day, time
        self.html_body = html_body
        self.tag = tag


def render(spec, idx, date):
    st = spec.client
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = fmt(spec.frm)
    if spec.to:
        m["To"] = ", ".join(fmt(t) for t in spec.to)
    else:
        m["To"] = "undisclosed-recipients:;"
    if spec.cc:
        m["Cc"] = ", ".join(fmt(t) for t in spec.cc)
    if spec.bcc:
        m["Bcc"] = ", ".join(fmt(t) for t in spec.bcc)
    m["Subject"] = spec.subject
    m["Date"] = format_datetime(date)
    mid = msgid(st, f"{idx}-{spec.subject}")
    m["Message-ID"] = mid
    # dates of the quoted chain
    d = date
    for q in spec.quotes:
        d = d - dt.timedelta(hours=q.ago)
        if d.hour < 7:  # nobody wrote these at 3am: move to the previous afternoon
            d = (d - dt.timedelta(days=1)).replace(hour=16 + d.hour % 3)
        q.date = d
    if spec.quotes and spec.quotes[0].kind == "reply":
        ref = msgid("outlook", f"ref-{idx}")
        m["In-Reply-To"] = ref
        m["References"] = ref
    if st in ("outlook", "orig"):
        m["Thread-Topic"] = spec.subject.split(": ", 1)[-1]
        m["Thread-Index"] = base64.b64encode(hashlib.sha1(spec.subject.encode()).digest()[:20]).decode()
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Content-Language"] = "en-GB"
    elif st == "owa":
        m["Thread-Topic"] = spec.subject.split(": ", 1)[-1]
        m["Content-Language"] = "en-GB"
        m["X-MS-Has-Attach"] = "yes" if spec.atts else ""
    elif st == "iphone":
        m["X-Mailer"] = "iPhone Mail (22C152)"
    elif st == "thunderbird":
        m["User-Agent"] = "Mozilla Thunderbird"
        m["Content-Language"] = "en-GB"
    for k, v in spec.hdrs.items():
        m[k] = v
    if spec.auto:
        m["Auto-Submitted"] = spec.auto
        m["X-Auto-Response-Suppress"] = "All"
    m["MIME-Version"] = "1.0"

    plain = render_plain_chain(spec.body, spec.quotes, st)
    plain = plain.replace("\r\n", "\n").rstrip("\n") + "\n"
    if st in ("outlook", "owa", "orig"):
        m.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
        m.add_alternative(spec.html_body or outlook_html(spec.body, spec.quotes, st), subtype="html", charset="utf-8", cte="quoted-printable")
    elif st == "gmail":
        m.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
        m.add_alternative(spec.html_body or gmail_html_chain(spec.body, spec.quotes) + "\n", subtype="html", charset="utf-8", cte="quoted-printable")
    elif st == "iphone":
        m.set_content(plain, subtype="plain", charset="utf-8", cte="quoted-printable")
    elif st == "thunderbird":
        plain = flow(plain)
        ascii_ok = all(ord(c) < 128 for c in plain)
        m.set_content(plain, subtype="plain", charset="utf-8", cte="7bit" if ascii_ok else "8bit",
                      params={"format": "flowed"})
    if spec.cal:
        method, text = spec.cal
        if m.get_content_type() == "multipart/alternative":
            m.add_alternative(text, subtype="calendar", charset="utf-8", cte="base64", params={"method": method})
        else:
            m.make_alternative()
            m.add_alternative(text, subtype="calendar", charset="utf-8", cte="base64", params={"method": method})
    for name, content in spec.atts:
        if name.endswith(".ics"):
            m.add_attachment(content.encode(), maintype="text", subtype="calendar", filename=name)
            continue
        mt, stp = CT[name.rsplit(".", 1)[1].lower()]
        m.add_attachment(att_bytes(name, content), maintype=mt, subtype=stp, filename=name)
    for q in spec.quotes:
        if q.kind == "att":
            inner = EmailMessage(policy=policy.SMTP)
            inner["From"] = fmt(q.frm)
            inner["To"] = ", ".join(fmt(t) for t in q.to)
            if q.cc:
                inner["Cc"] = ", ".join(fmt(t) for t in q.cc)
            inner["Subject"] = q.subject
            inner["Date"] = format_datetime(q.date)
            inner["Message-ID"] = msgid("outlook", f"att-{idx}")
            inner["MIME-Version"] = "1.0"
            inner.set_content(q.body, subtype="plain", charset="utf-8", cte="quoted-printable")
            m.add_attachment(inner, disposition="attachment", filename=f"{q.subject[:60]}.eml")
    # deterministic boundaries in the client's style; no MIME-Version on sub-parts
    for n, part in enumerate(m.walk()):
        if part is not m and "MIME-Version" in part and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            seed = h(f"b-{idx}-{n}", 28)
            if st in ("outlook", "owa", "orig"):
                b = f"_00{n}_LO2P265MB{seed[:16]}GBRP_"
            elif st == "gmail":
                b = f"0000000000{seed[:16].lower()}"
            elif st == "iphone":
                b = f"Apple-Mail-{seed[:8]}-{seed[8:12]}-{seed[12:16]}-{seed[16:28]}"
            else:
                b = f"------------{seed[:24]}"
            part.set_boundary(b)
    raw = m.as_bytes(policy=policy.SMTP)
    return raw, mid


# ---------------------------------------------------------------- structural derivation (contract wording)
def role(k):
    return A(k)["role"]


def pid(k):
    return A(k)["person"]


def governed(k):
    return role(k) in ("councillor", "officer")


def derive_silent_bcc(s):
    if not governed(s.frm):
        return False
    me = pid(s.frm)
    blind = [b for b in s.bcc if pid(b) != me]
    if not blind:
        return False
    visible_gov = any(governed(v) and pid(v) != me for v in s.to + s.cc)
    need = [b for b in blind if governed(b) or visible_gov]
    if not need:
        return False
    low = s.body.lower()
    def disclosed(b):
        a = A(b)
        surname = (a["name"] or "").replace("Cllr ", "").split()[-1].lower() if a["name"] else "\x00"
        for line in low.split("\n"):
            l = line.strip()
            if l.startswith(("cc ", "cc:", "copied to", "bcc ", "bcc:", "blind copy")) and (a["email"].lower() in l or surname in l):
                return True
        return False
    return not all(disclosed(b) for b in need)


def derive_forwarded_chain(s):
    me = pid(s.frm)
    recips = s.to + s.cc + s.bcc
    amb = []
    for q in s.quotes:
        if role(q.frm) != "officer" or pid(q.frm) == me:
            continue
        parts = {pid(x) for x in [q.frm] + q.to + q.cc}
        known = q.known(s.client)
        for r in recips:
            if not known and role(r) == "external" and pid(r) != pid(q.frm) and pid(r) in parts:
                amb.append(f"external {A(r)['email']} was on {A(q.frm)['email']}'s message but the quote shows only its author")
            if pid(r) in parts:
                continue
            if role(r) == "external":
                if known:
                    return True, amb
                amb.append(f"external {A(r)['email']} vs unknown recipients of {A(q.frm)['email']}")
            if role(r) == "councillor" and known:
                return True, amb
    return False, amb
