#!/usr/bin/env python3
"""Build the Saxby Wendle blind set: directory.yaml, labels.yaml and NNN.eml files.

Deterministic: same bytes every run. Run from anywhere: python3 gen/build.py
"""
import datetime as dt
import hashlib
import html
import os
import random
import sys
from email.message import EmailMessage
from email.headerregistry import Address
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from people import PEOPLE, DOMAIN, name, email, role, person, directory_yaml  # noqa: E402
import specs_cnl  # noqa: E402
import specs_conf  # noqa: E402

FOOTER_PC = ("--\nSaxby Wendle Parish Council\nThe Parish Office, Village Hall, Church Lane, Saxby Wendle WS9 4LT\n"
             "www.saxbywendle-pc.org.uk")
DISCLAIMER = ("This email and any attachments are confidential and intended solely for the use of the "
              "individual or organisation to whom they are addressed. If you have received it in error, "
              "please tell the sender and delete it. Views expressed are those of the author and not "
              "necessarily those of Saxby Wendle Parish Council.")


def H(s):
    return hashlib.sha1(s.encode()).hexdigest()


def when(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # BST 29 Mar 2026 01:00 UTC .. 25 Oct 2026 01:00 UTC
    bst = dt.datetime(2026, 3, 29, 1) <= d < dt.datetime(2026, 10, 25, 1)
    tz = dt.timezone(dt.timedelta(hours=1 if bst else 0))
    return d.replace(tzinfo=tz)


def fmt_addr(k):
    return f"{name(k)} <{email(k)}>"


def addr_obj(k):
    n = name(k)
    u, d = email(k).split("@")
    return Address(display_name=n, username=u, domain=d)


def msgid(spec):
    h = H(spec["id"])
    client = spec.get("fmt", "plain")
    if client in ("outlook",):
        return f"<LO2P265MB{h[:12].upper()}@LO2P265MB{h[12:16].upper()}.GBRP265.PROD.OUTLOOK.COM>"
    if client == "gmail":
        return f"<CAH{h[:10]}+{h[10:30]}@mail.gmail.com>"
    if client == "iphone":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{email(spec['frm']).split('@')[1]}>"
    if client == "tbird":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{email(spec['frm']).split('@')[1]}>"
    return f"<{h[:20]}.{h[20:28]}@{email(spec['frm']).split('@')[1]}>"


# ---------- quoted history ----------

def long_date(d):
    return d.strftime("%A, %d %B %Y %H:%M").replace(" 0", " ")


def quote_plain(q):
    d = when(q["date"])
    body = q["body"].strip("\n")
    st = q["style"]
    frm = fmt_addr(q["frm"])
    to = "; ".join(fmt_addr(k) for k in q.get("to", []))
    cc = "; ".join(fmt_addr(k) for k in q.get("cc", []))
    if st == "outlook":
        lines = ["________________________________", f"From: {frm}", f"Sent: {long_date(d)}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines += [f"Subject: {q['subj']}", "", body]
        return "\n".join(lines)
    if st == "orig":
        lines = ["-----Original Message-----", f"From: {frm}", f"Sent: {long_date(d)}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines += [f"Subject: {q['subj']}", "", body]
        return "\n".join(lines)
    if st == "gmail_fwd":
        to = ", ".join(fmt_addr(k) for k in q.get("to", []))
        cc = ", ".join(fmt_addr(k) for k in q.get("cc", []))
        lines = ["---------- Forwarded message ---------", f"From: {frm}",
                 f"Date: {d.strftime('%a, %d %b %Y at %H:%M').replace(' 0', ' ')}",
                 f"Subject: {q['subj']}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines += ["", "", body]
        return "\n".join(lines)
    if st == "tbird_fwd":
        to = ", ".join(fmt_addr(k) for k in q.get("to", []))
        lines = ["-------- Forwarded Message --------", f"Subject: \t{q['subj']}",
                 f"Date: \t{format_datetime(d)}", f"From: \t{frm}", f"To: \t{to}"]
        if q.get("cc"):
            lines.append("CC: \t" + ", ".join(fmt_addr(k) for k in q["cc"]))
        lines += ["", "", body]
        return "\n".join(lines)
    if st == "iphone_fwd":
        to = ", ".join(fmt_addr(k) for k in q.get("to", []))
        lines = ["Begin forwarded message:", "", f"> From: {frm}",
                 f"> Date: {d.strftime('%d %B %Y at %H:%M:%S').lstrip('0')} {'BST' if d.utcoffset() else 'GMT'}",
                 f"> To: {to}"]
        if q.get("cc"):
            lines.append("> Cc: " + ", ".join(fmt_addr(k) for k in q["cc"]))
        lines += [f"> Subject: {q['subj']}", "> "]
        lines += [("> " + l) if l else ">" for l in body.split("\n")]
        return "\n".join(lines)
    if st == "gmail_reply":
        head = f"On {d.strftime('%a, %d %b %Y at %H:%M').replace(' 0', ' ')}, {name(q['frm'])} <{email(q['frm'])}> wrote:"
        return head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    if st == "iphone_reply":
        head = f"On {d.strftime('%d %b %Y').lstrip('0')}, at {d.strftime('%H:%M')}, {name(q['frm'])} <{email(q['frm'])}> wrote:"
        return head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.split("\n"))
    raise ValueError(st)


def text_to_html_paras(t, cls="MsoNormal"):
    out = []
    for para in t.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(l) for l in para.split("\n"))
        out.append(f'<p class="{cls}">{inner}<o:p></o:p></p>\n<p class="{cls}"><o:p>&nbsp;</o:p></p>' if cls
                   else f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)


def quote_html(q, client):
    d = when(q["date"])
    st = q["style"]
    body = q["body"].strip("\n")
    to = "; ".join(html.escape(fmt_addr(k)) for k in q.get("to", []))
    cc = "; ".join(html.escape(fmt_addr(k)) for k in q.get("cc", []))
    if st in ("outlook", "orig"):
        hdr = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
               f'<p class="MsoNormal"><b>From:</b> {html.escape(fmt_addr(q["frm"]))}<br>\n'
               f'<b>Sent:</b> {long_date(d)}<br>\n<b>To:</b> {to}<br>\n'
               + (f'<b>Cc:</b> {cc}<br>\n' if cc else "")
               + f'<b>Subject:</b> {html.escape(q["subj"])}<o:p></o:p></p>\n</div>\n')
        return hdr + text_to_html_paras(body)
    if st == "gmail_fwd":
        to = ", ".join(html.escape(fmt_addr(k)) for k in q.get("to", []))
        cc = ", ".join(html.escape(fmt_addr(k)) for k in q.get("cc", []))
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                f'From: <strong class="gmail_sendername" dir="auto">{html.escape(name(q["frm"]))}</strong> '
                f'<span dir="auto">&lt;{email(q["frm"])}&gt;</span><br>'
                f'Date: {d.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ")}<br>'
                f'Subject: {html.escape(q["subj"])}<br>To: {to}<br>' + (f"Cc: {cc}<br>" if cc else "") +
                '</div><br><br>' + text_to_html_paras(body, cls=None) + '</div>')
    if st == "gmail_reply":
        return ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                f'On {d.strftime("%a, %d %b %Y at %H:%M").replace(" 0", " ")}, {html.escape(name(q["frm"]))} '
                f'&lt;<a href="mailto:{email(q["frm"])}">{email(q["frm"])}</a>&gt; wrote:<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + text_to_html_paras(body, cls=None) + '</blockquote></div>')
    raise ValueError(st)


def compose_text(spec):
    parts = [spec["body"].strip("\n")]
    if spec.get("footer") == "pc":
        parts.append(FOOTER_PC)
    elif spec.get("footer") == "pc+disc":
        parts.append(FOOTER_PC + "\n\n" + DISCLAIMER)
    elif spec.get("footer"):
        parts.append(spec["footer"])
    if spec.get("fmt") == "iphone" and not spec.get("no_sent_from"):
        parts.append("Sent from my iPhone")
    q = spec.get("quote")
    if q:
        parts.append(quote_plain(q))
    return "\n\n".join(parts) + "\n"


def compose_html(spec):
    body = spec["body"].strip("\n")
    fmt = spec["fmt"]
    foot = ""
    if spec.get("footer") == "pc":
        foot = FOOTER_PC
    elif spec.get("footer") == "pc+disc":
        foot = FOOTER_PC + "\n\n" + DISCLAIMER
    elif spec.get("footer"):
        foot = spec["footer"]
    q = spec.get("quote")
    if fmt == "outlook":
        inner = text_to_html_paras(body) + ("\n" + text_to_html_paras(foot) if foot else "")
        if q:
            inner += "\n" + quote_html(q, fmt)
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if fmt == "gmail":
        inner = '<div dir="ltr">' + text_to_html_paras(body, cls=None)
        if foot:
            inner += '<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' + \
                     text_to_html_paras(foot.lstrip("-\n"), cls=None) + "</div>"
        inner += "</div>"
        if q:
            inner += "<br>" + quote_html(q, fmt)
        return inner + "\n"
    raise ValueError(fmt)


def dummy_bytes(fn):
    ext = fn.rsplit(".", 1)[-1].lower()
    seed = H(fn).encode()
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n% " + seed + b"\n%%EOF\n"
    if ext in ("docx", "xlsx", "pptx"):
        return b"PK\x03\x04\x14\x00\x06\x00" + seed + b"\x00" * 24
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed + b"\xff\xd9"
    return seed


MIMETYPES = {"pdf": ("application", "pdf"),
             "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
             "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
             "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg")}


def build_embedded(q):
    m = EmailMessage()
    m["From"] = addr_obj(q["frm"])
    m["To"] = [addr_obj(k) for k in q.get("to", [])]
    if q.get("cc"):
        m["Cc"] = [addr_obj(k) for k in q["cc"]]
    m["Subject"] = q["subj"]
    m["Date"] = format_datetime(when(q["date"]))
    m["Message-ID"] = f"<{H(q['subj'] + q['date'])[:24]}@saxbywendle-pc.org.uk>"
    m.set_content(q["body"].strip("\n") + "\n", charset="utf-8", cte="quoted-printable")
    return m


def build(spec):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = addr_obj(spec["frm"])
    m["To"] = [addr_obj(k) for k in spec["to"]]
    if spec.get("cc"):
        m["Cc"] = [addr_obj(k) for k in spec["cc"]]
    if spec.get("bcc"):
        m["Bcc"] = [addr_obj(k) for k in spec["bcc"]]
    m["Subject"] = spec["subj"]
    m["Date"] = format_datetime(when(spec["date"]))
    m["Message-ID"] = msgid(spec)
    fmt = spec.get("fmt", "plain")
    if fmt == "outlook":
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Content-Language"] = "en-GB"
        m["Thread-Topic"] = spec["subj"].split(": ", 1)[-1] if spec["subj"][:3].upper() in ("RE:", "FW:") else spec["subj"]
    elif fmt == "iphone":
        m["X-Mailer"] = "iPhone Mail (22D72)"
    elif fmt == "tbird":
        m["User-Agent"] = "Mozilla Thunderbird"
    for k, v in spec.get("hdrs", {}).items():
        m[k] = v
    text = compose_text(spec)
    cte = {"outlook": "quoted-printable", "iphone": "quoted-printable", "gmail": "quoted-printable",
           "tbird": "8bit", "plain": "8bit"}[fmt]
    if fmt == "tbird":
        m.set_content(text, charset="utf-8", cte="8bit")
        m.set_param("format", "flowed")
    else:
        m.set_content(text, charset="utf-8", cte=cte)
    if fmt in ("outlook", "gmail"):
        m.add_alternative(compose_html(spec), subtype="html", charset="utf-8", cte="quoted-printable")
    for a in spec.get("attach", []):
        if a == "rfc822":
            emb = build_embedded(spec["rfc822"])
            m.add_attachment(emb, filename=(spec["rfc822"]["subj"].replace(":", "") + ".eml"))
        else:
            mt, st = MIMETYPES[a.rsplit(".", 1)[-1].lower()]
            m.add_attachment(dummy_bytes(a), maintype=mt, subtype=st, filename=a)
    # deterministic boundaries
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"_{i:03d}_{H(spec['id'] + str(i))[:28]}_")
            i += 1
    for part in m.iter_parts() if m.is_multipart() else []:
        for sub in part.walk():
            if sub.get_content_type() == "message/rfc822":
                del sub["MIME-Version"]
                break
            del sub["MIME-Version"]
    raw = m.as_bytes(policy=policy.SMTP)
    head, sep, rest = raw.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    lines.remove(b"MIME-Version: 1.0")
    ct = next(n for n, l in enumerate(lines) if l.lower().startswith(b"content-type:"))
    lines.insert(ct, b"MIME-Version: 1.0")
    return b"\r\n".join(lines) + sep + rest


# ---------- label derivation ----------

def all_recips(spec):
    return list(spec["to"]) + list(spec.get("cc", [])) + list(spec.get("bcc", []))


def derive(spec):
    rules = []
    s = spec["frm"]
    governed = role(s) in ("councillor", "officer")
    # silent-bcc
    if governed and spec.get("bcc"):
        mine = {person(s)}
        blind = [k for k in spec["bcc"] if person(k) not in mine]
        visible = [k for k in spec["to"] + spec.get("cc", []) if person(k) not in mine]
        if blind and (any(role(k) in ("councillor", "officer") for k in blind)
                      or any(role(k) in ("councillor", "officer") for k in visible)):
            if not spec.get("bcc_disclosed"):
                rules.append("silent-bcc")
    # forwarded-chain
    embedded = []
    if spec.get("quote"):
        embedded.append(spec["quote"])
    if "rfc822" in spec:
        embedded.append(dict(spec["rfc822"], style="rfc822"))
    for q in spec.get("inner", []):
        embedded.append(q)
    fc = False
    for q in embedded:
        if role(q["frm"]) != "officer" or person(q["frm"]) == person(s):
            continue
        known = q["style"] not in ("gmail_reply", "iphone_reply")
        parts = {person(q["frm"])} | {person(k) for k in q.get("to", []) + q.get("cc", [])}
        for r in all_recips(spec):
            if person(r) in parts:
                continue
            if role(r) == "external":
                if not known:
                    raise SystemExit(f"{spec['id']}: ambiguous on-wrote quote of officer to external")
                fc = True
            if role(r) == "councillor" and known:
                fc = True
    if fc:
        rules.append("forwarded-chain")
    if spec.get("conf"):
        rules.append("confidential-disclosure")
    if spec.get("cnl"):
        rules.append("councillor-name-letter")
    return sorted(rules)


def check(spec):
    sid = spec["id"]
    ext = [k for k in all_recips(spec) if role(k) == "external"]
    if spec.get("cnl"):
        assert ext, sid + ": cnl without external recipient"
        signer = spec.get("signer", spec["frm"])
        assert role(spec["frm"]) == "councillor" or PEOPLE[signer][2] == "councillor", sid
    mk = spec.get("marked")
    if spec.get("conf"):
        assert mk in ("new", "embedded"), sid + ": conf without marking flag"
        if mk == "new":
            assert ext, sid
    if mk and not spec.get("conf"):
        if mk == "new":
            assert not ext, sid + ": marked new content to external but conf=False"
        else:
            q = spec.get("quote") or spec.get("rfc822")
            parts = {person(q["frm"])} | {person(k) for k in q.get("to", []) + q.get("cc", [])}
            for r in all_recips(spec):
                assert role(r) != "external", sid
                if role(r) == "councillor":
                    assert person(r) in parts, sid + ": marked embedded to non-participant councillor"
    if spec["kind"] == "cnl-pos":
        assert spec.get("cnl"), sid
    if spec["kind"] == "cnl-neg":
        assert not spec.get("cnl"), sid
    if spec["kind"] == "conf-pos":
        assert spec.get("conf"), sid
    if spec["kind"] == "conf-neg":
        assert not spec.get("conf"), sid


def main():
    specs = specs_cnl.SPECS + specs_conf.SPECS
    ids = [s["id"] for s in specs]
    assert len(ids) == len(set(ids)), "duplicate id"
    for s in specs:
        check(s)
    order = list(range(len(specs)))
    random.Random(20260417).shuffle(order)
    corpus = OUT
    for f in os.listdir(corpus):
        if f.endswith(".eml"):
            os.remove(os.path.join(corpus, f))
    labels = []
    kinds = {}
    for n, idx in enumerate(order, 1):
        s = specs[idx]
        fn = f"sw{n:03d}.eml"
        with open(os.path.join(corpus, fn), "wb") as fh:
            fh.write(build(s))
        rules = sorted(derive(s) + s.get("also", []))  # rules added after this batch was written
        labels.append((fn, rules, s["why"]))
        kinds[fn] = (s["kind"], s["id"])
    with open(os.path.join(OUT, "labels.yaml"), "w") as fh:
        fh.write("# Blind evaluation labels for the *.eml files in this folder. rules = every rule id that must fire.\n")
        for fn, rules, why in labels:
            w = why.replace('"', "'")
            fh.write(f"- file: {fn}\n  rules: [{', '.join(rules)}]\n  why: \"{w}\"\n")
    with open(os.path.join(OUT, "directory.yaml"), "w") as fh:
        fh.write(directory_yaml())
    with open(os.path.join(HERE, "kinds.tsv"), "w") as fh:
        for fn, (k, i) in kinds.items():
            fh.write(f"{fn}\t{k}\t{i}\n")
    from collections import Counter
    c = Counter(s["kind"] for s in specs)
    r = Counter(x for _, rules, _ in labels for x in rules)
    print(dict(c), dict(r), "total", len(specs))


if __name__ == "__main__":
    main()
