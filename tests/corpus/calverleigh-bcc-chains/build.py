# -*- coding: utf-8 -*-
"""Deterministic generator for the Calverleigh blind evaluation set
(silent-bcc and forwarded-chain).

    python3 build.py            # writes corpus/*.eml, labels.yaml, directory.yaml

Labels: every spec states the rules it expects by hand (`expect`).  The build also
derives `silent-bcc` and `forwarded-chain` from the spec's structure by the
contract's wording (derive_*) and refuses to write anything if the two disagree,
unless the spec carries an explicit judgement-call override (`jc`), which is then
listed in README.md.
"""
import base64
import datetime as dt
import hashlib
import html
import os
import quopri
import re
import sys
import textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import COUNCIL, DOMAINS, PARTNER_DOMAINS, DIRECTORY, SHARED, OUTSIDE, MASS  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"

# ----------------------------------------------------------------------------- people
ADDR2KEY = {}
for k, (n, role, emails, *_r) in DIRECTORY.items():
    for e in emails:
        ADDR2KEY[e.lower()] = k


class P:
    """A mailbox: display name + address (+ identity key)."""

    def __init__(self, name, addr):
        self.name, self.addr = name, addr

    @property
    def ident(self):
        return ADDR2KEY.get(self.addr.lower(), self.addr.lower())

    @property
    def role(self):
        a = self.addr.lower()
        if a in ADDR2KEY:
            return DIRECTORY[ADDR2KEY[a]][1]
        dom = a.rsplit("@", 1)[1]
        if dom in DOMAINS:
            return "officer"
        if dom in PARTNER_DOMAINS:
            return "partner"
        return "external"

    @property
    def governed(self):
        return self.role in ("councillor", "officer")


def who(ref):
    """'key' | 'key/2' (second address) | 'key!Display name' | (name, addr) | '@addr'."""
    if isinstance(ref, P):
        return ref
    if isinstance(ref, tuple):
        return P(*ref)
    if ref.startswith("@"):
        return P("", ref[1:])
    dn = None
    if "!" in ref:
        ref, dn = ref.split("!", 1)
    idx = 0
    if "/" in ref:
        ref, i = ref.split("/")
        idx = int(i) - 1
    if ref in DIRECTORY:
        name, role, emails = DIRECTORY[ref][:3]
        if dn is None:
            dn = ("Cllr " + name) if (role == "councillor" and idx == 0) else name
        return P(dn, emails[idx])
    if ref in SHARED:
        return P(dn or SHARED[ref][0], SHARED[ref][1])
    if ref in OUTSIDE:
        return P(dn or OUTSIDE[ref][0], OUTSIDE[ref][1])
    raise KeyError(ref)


def sig_of(p):
    k = ADDR2KEY.get(p.addr.lower())
    if k:
        return DIRECTORY[k][5]
    for s in SHARED.values():
        if s[1] == p.addr:
            return s[2]
    return [p.name.split()[0] if p.name else ""]


# ----------------------------------------------------------------------------- encoding
def needs_enc(s):
    return any(ord(c) > 127 for c in s)


def enc_word(s, mode="Q"):
    if not needs_enc(s):
        return s
    if mode == "B":
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="
    out = []
    for b in s.encode():
        c = chr(b)
        if b < 128 and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % b)
    return "=?utf-8?Q?" + "".join(out) + "?="


def fmt_addr(p, mode="Q", quote_plain=True):
    if not p.name:
        return p.addr
    n = p.name
    if needs_enc(n):
        n = enc_word(n, mode)
    elif quote_plain and re.search(r'[,.;:()@"\'&]', n):
        n = '"' + n.replace('"', r'\"') + '"'
    return "%s <%s>" % (n, p.addr)


def fold(name, items):
    """Fold an address list header at commas, ~76 columns."""
    line = name + ": "
    lines = []
    for i, it in enumerate(items):
        piece = it + ("," if i < len(items) - 1 else "")
        if len(line) + len(piece) + 1 > 76 and line.strip() != name + ":":
            lines.append(line.rstrip())
            line = " " + piece + " "
        else:
            line += piece + " "
    lines.append(line.rstrip())
    return CRLF.join(lines)


def qp(text):
    return quopri.encodestring(text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def h(s):
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------- dates
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
LOC = {
    "de": (["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
           ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"]),
    "fr": (["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
           ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
            "octobre", "novembre", "décembre"]),
    "es": (["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
           ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"]),
    "nl": (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"],
           ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
            "oktober", "november", "december"]),
    "cy": (["Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn", "Dydd Sul"],
           ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi",
            "Hydref", "Tachwedd", "Rhagfyr"]),
    "pl": (["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
           ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"]),
}
LOC["en"] = (EN_DAYS, EN_MON)


def tz(d):
    # BST from 29 Mar 2026 01:00 UTC to 25 Oct 2026
    return "+0100" if dt.datetime(2026, 3, 29) <= d < dt.datetime(2026, 10, 25) else "+0000"


def rfc_date(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S ") + tz(d)


def loc_long(d, lang):
    days, mons = LOC[lang]
    wd, m = days[d.weekday()], mons[d.month - 1]
    t = d.strftime("%H:%M")
    if lang == "en":
        return "%s, %d %s %d %s" % (wd, d.day, m, d.year, t)
    if lang == "de":
        return "%s, %d. %s %d %s" % (wd, d.day, m, d.year, t)
    if lang == "fr":
        return "%s %d %s %d %s" % (wd, d.day, m, d.year, t)
    if lang == "es":
        return "%s, %d de %s de %d %s" % (wd, d.day, m, d.year, t)
    if lang == "nl":
        return "%s %d %s %d %s" % (wd, d.day, m, d.year, t)
    if lang == "cy":
        return "%s, %d %s %d %s" % (wd, d.day, m, d.year, t)
    if lang == "pl":
        return "%s, %d %s %d %s" % (wd, d.day, m, d.year, t)


# Outlook header labels per UI language: From, Sent, To, Cc, Subject
OL_LABELS = {
    "en": ("From", "Sent", "To", "Cc", "Subject"),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff"),
    "fr": ("De\u00a0", "Envoyé\u00a0", "À\u00a0", "Cc\u00a0", "Objet\u00a0"),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto"),
    "nl": ("Van", "Verzonden", "Aan", "CC", "Onderwerp"),
    "cy": ("Oddi wrth", "Anfonwyd", "At", "Cc", "Pwnc"),
    "pl": ("Od", "Wysłano", "Do", "DW", "Temat"),
}


# ----------------------------------------------------------------------------- embedded messages
class E:
    """An earlier message carried inside the new one.

    fmt: outlook[:lang] | owa | original | gmail[:lang] | apple[:fr] | iphone |
         tb | tb-orig | tb:de | onwrote[:lang|:iphone|:outlook] | noheader | rfc822 | eml
    """

    def __init__(self, fmt, frm, to, subj, body, cc=(), date=None, emb=(), names_only=False,
                 show_addr_only=False, bcc=()):
        self.fmt, self.subj, self.body = fmt, subj, body
        self.bcc = [who(x) for x in bcc]   # shown in Outlook blocks of the sender's own sent item
        self.frm = who(frm)
        self.to = [who(x) for x in to]
        self.cc = [who(x) for x in cc]
        self.date = date
        self.emb = list(emb)
        self.names_only = names_only
        self.show_addr_only = show_addr_only

    @property
    def known(self):
        return not self.fmt.startswith("onwrote") and self.fmt != "noheader"

    def participants(self):
        return {p.ident for p in [self.frm] + self.to + self.cc}

    def walk(self):
        yield self
        for e in self.emb:
            yield from e.walk()


def disp(p, style, names_only=False):
    """How a client shows an address in an embedded header block (plain text)."""
    if names_only or (style == "outlook" and not p.addr):
        return p.name or p.addr
    if not p.name:
        return p.addr
    if style == "outlook":
        return "%s <%s>" % (p.name, p.addr)
    if style == "original":
        return "%s [mailto:%s]" % (p.name, p.addr)
    if style == "mailto":
        return "%s<mailto:%s>" % (p.name, p.addr)
    return "%s <%s>" % (p.name, p.addr)


def join(ps, style, names_only=False, sep="; "):
    return sep.join(disp(p, style, names_only) for p in ps)


def emb_plain(e):
    """Plain-text rendering of an embedded message, including its nested messages."""
    fmt = e.fmt
    base, _, lang = fmt.partition(":")
    lang = lang or "en"
    body = e.body.strip("\n")
    inner = "".join("\n\n" + emb_plain(x) for x in e.emb)
    d = e.date
    no = e.names_only
    if base in ("outlook", "owa"):
        F, S, T, C, J = OL_LABELS[lang]
        st = "mailto" if lang == "fr" else "outlook"
        lines = ["________________________________"] if base == "owa" else []
        lines += ["%s: %s" % (F, disp(e.frm, st, no)),
                  "%s: %s" % (S, loc_long(d, lang) if lang != "en" else
                              (d.strftime("%d %B %Y %H:%M") if base == "owa" else loc_long(d, "en"))),
                  "%s: %s" % (T, join(e.to, st, no))]
        if e.cc:
            lines.append("%s: %s" % (C, join(e.cc, st, no)))
        if e.bcc:
            lines.append("Bcc: %s" % join(e.bcc, st, no))
        lines.append("%s: %s" % (J, e.subj))
        return "\n".join(lines) + "\n\n" + body + inner
    if base == "original":
        lines = ["-----Original Message-----", "From: %s" % disp(e.frm, "original", no),
                 "Sent: %s" % loc_long(d, "en"), "To: %s" % join(e.to, "outlook", no)]
        if e.cc:
            lines.append("Cc: %s" % join(e.cc, "outlook", no))
        if e.bcc:
            lines.append("Bcc: %s" % join(e.bcc, "original", no))
        lines.append("Subject: %s" % e.subj)
        return "\n".join(lines) + "\n\n" + body + inner
    if base == "gmail":
        head = {"en": "---------- Forwarded message ---------",
                "de": "---------- Forwarded message ---------",
                "es": "---------- Mensaje reenviado ---------"}[lang]
        fl = {"en": "From", "de": "Von", "es": "De"}[lang]
        dl = {"en": "Date", "de": "Date", "es": "Date"}[lang]
        if lang == "de":
            ds = "%s, %d. %s %d um %s Uhr" % (LOC["de"][0][d.weekday()][:2] + ".", d.day,
                                              LOC["de"][1][d.month - 1][:3] + ".", d.year, d.strftime("%H:%M"))
        elif lang == "es":
            ds = "%s, %d %s %d a las %s" % (LOC["es"][0][d.weekday()][:3], d.day,
                                            LOC["es"][1][d.month - 1][:3], d.year, d.strftime("%H:%M"))
        else:
            ds = d.strftime("%a, %-d %b %Y at %H:%M")
        lines = [head, "%s: %s" % (fl, disp(e.frm, "g")), "%s: %s" % (dl, ds),
                 "Subject: %s" % e.subj, "To: %s" % ", ".join(disp(p, "g") for p in e.to)]
        if e.cc:
            lines.append("Cc: %s" % ", ".join(disp(p, "g") for p in e.cc))
        return "\n".join(lines) + "\n\n\n" + body + inner
    if base in ("apple", "iphone"):
        head = "Début du message réexpédié :" if lang == "fr" else "Begin forwarded message:"
        labs = (("De", "Objet", "Date", "À", "Cc") if lang == "fr" else ("From", "Subject", "Date", "To", "Cc"))
        if lang == "fr":
            ds = "%d %s %d à %s UTC" % (d.day, LOC["fr"][1][d.month - 1], d.year, d.strftime("%H:%M:%S"))
        else:
            ds = "%d %s %d at %s %s" % (d.day, EN_MON[d.month - 1], d.year, d.strftime("%H:%M:%S"),
                                        "BST" if tz(d) == "+0100" else "GMT")
        lines = ["%s: %s" % (labs[0], disp(e.frm, "a")), "%s: %s" % (labs[1], e.subj),
                 "%s: %s" % (labs[2], ds), "%s: %s" % (labs[3], ", ".join(disp(p, "a") for p in e.to))]
        if e.cc:
            lines.append("%s: %s" % (labs[4], ", ".join(disp(p, "a") for p in e.cc)))
        block = "\n".join(lines) + "\n\n" + body + inner
        if base == "iphone":
            return head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in block.split("\n"))
        return head + "\n\n" + block
    if base in ("tb", "tb-orig"):
        if lang == "de":
            head, labs = "-------- Weitergeleitete Nachricht --------", ("Betreff", "Datum", "Von", "An", "Kopie (CC)")
        elif base == "tb-orig":
            head, labs = "-------- Original Message --------", ("Subject", "Date", "From", "To", "CC")
        else:
            head, labs = "-------- Forwarded Message --------", ("Subject", "Date", "From", "To", "CC")
        lines = [head, "%s: \t%s" % (labs[0], e.subj), "%s: \t%s" % (labs[1], rfc_date(d).replace(" 0", " ", 1)),
                 "%s: \t%s" % (labs[2], disp(e.frm, "t")), "%s: \t%s" % (labs[3], ", ".join(disp(p, "t") for p in e.to))]
        if e.cc:
            lines.append("%s: \t%s" % (labs[4], ", ".join(disp(p, "t") for p in e.cc)))
        return "\n".join(lines) + "\n\n\n\n" + body + inner
    if base == "onwrote":
        return attribution(e) + "\n\n" + "\n".join(("> " + l) if l else ">" for l in (body + inner).split("\n"))
    if base == "noheader":
        return "\n".join(("> " + l) if l else ">" for l in (body + inner).split("\n"))
    raise ValueError(fmt)


def attribution(e):
    base, _, lang = e.fmt.partition(":")
    d, f = e.date, e.frm
    if lang == "de":
        return "Am %s., %d. %s %d um %s Uhr schrieb %s <%s>:" % (
            LOC["de"][0][d.weekday()][:2], d.day, LOC["de"][1][d.month - 1][:3] + ".", d.year,
            d.strftime("%H:%M"), f.name, f.addr)
    if lang == "fr":
        return "Le %s %d %s %d à %s, %s <%s> a écrit :" % (
            LOC["fr"][0][d.weekday()][:3] + ".", d.day, LOC["fr"][1][d.month - 1][:4] + ".", d.year,
            d.strftime("%H:%M"), f.name, f.addr)
    if lang == "iphone":
        return "On %d %s %d, at %s, %s <%s> wrote:" % (d.day, EN_MON[d.month - 1][:3], d.year,
                                                       d.strftime("%H:%M"), f.name, f.addr)
    if lang == "outlook":
        return "On %s, %s wrote:" % (d.strftime("%d/%m/%Y %H:%M"), '"%s" <%s>' % (f.name, f.addr))
    return "On %s, %s <%s> wrote:" % (d.strftime("%a, %-d %b %Y at %H:%M"), f.name, f.addr)


def hp(text):
    """plain paragraphs -> html paragraphs (Outlook-ish)."""
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<p class=\"MsoNormal\">" + "<br>\n".join(h(l) for l in para.split("\n")) + "<o:p></o:p></p>")
        out.append("<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>")
    return "\n".join(out)


def hdiv(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(h(l) for l in para.split("\n")) + "</div>\n<div><br></div>")
    return "\n".join(out)


def haddr(p, no=False):
    if no or not p.addr:
        return h(p.name)
    if not p.name:
        return h(p.addr)
    return "%s &lt;%s&gt;" % (h(p.name), h(p.addr))


def emb_html(e, client):
    base, _, lang = e.fmt.partition(":")
    lang = lang or "en"
    d, no = e.date, e.names_only
    inner = "".join(emb_html(x, client) for x in e.emb)
    if base in ("outlook", "original"):
        F, S, T, C, J = OL_LABELS[lang]
        rows = ["<b>%s:</b> %s" % (h(F), haddr(e.frm, no)), "<b>%s:</b> %s" % (h(S), h(loc_long(d, lang))),
                "<b>%s:</b> %s" % (h(T), "; ".join(haddr(p, no) for p in e.to))]
        if e.cc:
            rows.append("<b>%s:</b> %s" % (h(C), "; ".join(haddr(p, no) for p in e.cc)))
        if e.bcc:
            rows.append("<b>Bcc:</b> %s" % "; ".join(haddr(p, no) for p in e.bcc))
        rows.append("<b>%s:</b> %s" % (h(J), h(e.subj)))
        return ("<div>\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
                "<p class=\"MsoNormal\"><b><span lang=\"EN-US\">" + "<br>\n".join(rows) +
                "<o:p></o:p></span></b></p>\n</div>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
                + hp(e.body) + "\n" + inner)
    if base == "owa":
        rows = ["<b>From:</b> %s" % haddr(e.frm, no), "<b>Sent:</b> %s" % h(d.strftime("%d %B %Y %H:%M")),
                "<b>To:</b> %s" % "; ".join(haddr(p, no) for p in e.to)]
        if e.cc:
            rows.append("<b>Cc:</b> %s" % "; ".join(haddr(p, no) for p in e.cc))
        rows.append("<b>Subject:</b> %s" % h(e.subj))
        return ("<div id=\"appendonsend\"></div>\n<hr style=\"display:inline-block;width:98%\" tabindex=\"-1\">\n"
                "<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" style=\"font-size:11pt\" "
                "color=\"#000000\">" + "<br>\n".join(rows) + "</font>\n<div>&nbsp;</div>\n</div>\n"
                "<div>\n" + hdiv(e.body) + "\n" + inner + "</div>\n")
    if base == "gmail":
        head = "---------- Mensaje reenviado ---------" if lang == "es" else "---------- Forwarded message ---------"
        txt = emb_plain(E(e.fmt, e.frm, e.to, e.subj, "", cc=e.cc, date=e.date)).split("\n")
        fl, dl = txt[1].split(":", 1)[0], txt[2]
        rows = [h(head),
                "%s: <strong class=\"gmail_sendername\" dir=\"auto\">%s</strong> <span dir=\"auto\">&lt;%s&gt;</span>"
                % (h(fl), h(e.frm.name), h(e.frm.addr)),
                h(dl), "Subject: %s" % h(e.subj), "To: %s" % ", ".join(haddr(p) for p in e.to)]
        if e.cc:
            rows.append("Cc: %s" % ", ".join(haddr(p) for p in e.cc))
        return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">" + "<br>".join(rows) +
                "<br></div><br><br>" + "<div dir=\"ltr\">" + hdiv(e.body) + inner + "</div>\n</div>\n")
    if base == "apple":
        plain = emb_plain(E(e.fmt, e.frm, e.to, e.subj, "", cc=e.cc, date=e.date)).split("\n")
        head = plain[0]
        rows = []
        for l in plain[2:]:
            if ": " in l:
                k, v = l.split(": ", 1)
                rows.append("<div style=\"margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;\">"
                            "<span style=\"font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif; "
                            "color:rgba(0, 0, 0, 1.0);\"><b>%s: </b></span><span style=\"font-family: "
                            "-webkit-system-font, Helvetica Neue, Helvetica, sans-serif;\">%s<br></span></div>"
                            % (h(k), h(v)))
        return ("<div><br><blockquote type=\"cite\"><div>%s</div><br class=\"Apple-interchange-newline\">" % h(head)
                + "\n".join(rows) + "<br><div>" + hdiv(e.body) + inner + "</div></blockquote></div>\n")
    if base in ("tb", "tb-orig"):
        plain = emb_plain(E(e.fmt, e.frm, e.to, e.subj, "", cc=e.cc, date=e.date)).split("\n")
        rows = "".join("<tr><th valign=\"BASELINE\" nowrap=\"nowrap\" align=\"RIGHT\">%s</th><td>%s</td></tr>\n"
                       % (h(l.split(": \t")[0] + ": "), h(l.split(": \t", 1)[1])) for l in plain[1:] if ": \t" in l)
        return ("<div class=\"moz-forward-container\"><br><br>%s\n<table class=\"moz-email-headers-table\" border=\"0\" "
                "cellspacing=\"0\" cellpadding=\"0\">\n<tbody>\n%s</tbody>\n</table>\n<br><br>\n%s%s</div>\n"
                % (h(plain[0]), rows, hdiv(e.body), inner))
    if base == "onwrote":
        return ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">%s<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
                "rgb(204,204,204);padding-left:1ex\">%s%s</blockquote></div>\n" % (h(attribution(e)), hdiv(e.body), inner))
    if base == "noheader":
        return "<blockquote style=\"border-left:2px solid #ccc;padding-left:8px\">%s%s</blockquote>\n" % (hdiv(e.body), inner)
    raise ValueError(e.fmt)


# ----------------------------------------------------------------------------- messages
class M:
    def __init__(self, name, kind, frm, to, subj, body, cc=(), bcc=(), client="outlook", emb=(),
                 attach=(), expect=(), why="", jc=None, disclosed=(), raw_to=None, raw_bcc=None,
                 html_only=False, sig=True, plain_only=False, extra_headers=(), mode=None):
        self.name, self.kind = name, kind
        self.frm = who(frm)
        self.to = [who(x) for x in to]
        self.cc = [who(x) for x in cc]
        self.bcc = [who(x) for x in bcc]
        self.subj, self.body, self.client = subj, body, client
        self.emb = list(emb)
        self.attach = list(attach)      # ("pdf", filename) | ("rfc822", E) | ("eml", E)
        self.expect = sorted(expect)
        self.why, self.jc = why, jc
        self.disclosed = set(disclosed)  # identities disclosed by a copy line in the text
        self.raw_to, self.raw_bcc = raw_to, raw_bcc
        self.html_only, self.sig, self.plain_only = html_only, sig, plain_only
        self.extra_headers = list(extra_headers)
        self.mode = mode or ("B" if client in ("gmail", "apple", "iphone") else "Q")

    def all_embedded(self):
        for e in self.emb:
            yield from e.walk()
        for a in self.attach:
            if a[0] in ("rfc822", "eml"):
                yield from a[1].walk()


# ----------------------------------------------------------------------------- label derivation
def derive_silent_bcc(m):
    s = m.frm
    if not s.governed:
        return False
    bcc = [b for b in m.bcc if b.ident != s.ident]
    if not bcc:
        return False
    visible_gov = any(v.governed and v.ident != s.ident for v in m.to + m.cc)
    such = bcc if visible_gov else [b for b in bcc if b.governed]
    if not such:
        return False
    return not all(b.ident in m.disclosed for b in such)


def derive_forwarded_chain(m):
    s = m.frm
    recips = [r for r in m.to + m.cc + m.bcc if r.ident != s.ident]
    for e in m.all_embedded():
        if e.fmt == "noheader":      # no attribution: the author cannot be known
            continue
        if e.frm.role != "officer" or e.frm.ident == s.ident:
            continue
        parts = e.participants()
        for r in recips:
            if r.ident in parts:
                continue
            if r.role == "external":
                return True
            if r.role == "councillor" and e.known:
                return True
    return False


# ----------------------------------------------------------------------------- rendering
def mid(m, seed):
    hx = hashlib.sha1((m.name + seed).encode()).hexdigest().upper()
    dom = m.frm.addr.split("@")[1]
    if m.client in ("outlook", "owa"):
        if dom in DOMAINS:
            return "<LO2P265MB%s%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (hx[:4], hx[4:14], hx[14:18])
        return "<DB9PR0%sMB%s@DB9PR0%s.eurprd03.prod.outlook.com>" % (hx[:1], hx[2:16], hx[16:18])
    if m.client == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (hx[:20].lower(), hx[20:34])
    if m.client in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], hx[20:32], dom)
    return "<%s-%s-%s@%s>" % (hx[:8].lower(), hx[8:12].lower(), hx[12:24].lower(), dom)


def boundary(m, tag):
    hx = hashlib.md5((m.name + tag).encode()).hexdigest()
    if m.client in ("outlook", "owa"):
        return "_%03d_%s_" % (int(hx[:2], 16) % 7, "LO2P265MB" + hx[:14].upper())
    if m.client == "gmail":
        return "000000000000" + hx[:16]
    if m.client in ("apple", "iphone"):
        return "Apple-Mail=_" + "%s-%s-%s-%s-%s" % (hx[:8].upper(), hx[8:12].upper(), hx[12:16].upper(),
                                                     hx[16:20].upper(), hx[20:32].upper())
    return "------------" + hx[:24]


def new_plain(m):
    sig = "\n".join(sig_of(m.frm)) if m.sig else ""
    sep = "\n\n-- \n" if m.client == "thunderbird" else "\n\n"
    t = m.body.strip("\n") + ((sep + sig) if sig else "")
    if m.client == "iphone":
        t = m.body.strip("\n") + "\n\nSent from my iPhone"
    return t


def full_plain(m):
    t = new_plain(m)
    for e in m.emb:
        t += "\n\n" + emb_plain(e)
    return t + "\n"


def full_html(m):
    c = m.client
    if c in ("outlook",):
        body = hp(new_plain(m)) + "\n" + "".join(emb_html(e, c) for e in m.emb)
        return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" "
                "content=\"text/html; charset=utf-8\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:\"Cambria Math\";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n"
                "@font-face\n\t{font-family:Aptos;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
                "\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:\"Aptos\",sans-serif;\n\tmso-ligatures:standardcontextual;\n\t"
                "mso-fareast-language:EN-US;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;\n\tfont-family:\"Aptos\",sans-serif;\n"
                "\tcolor:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
                "div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" "
                "spidmax=\"1026\" />\n</xml><![endif]-->\n</head>\n<body lang=\"EN-GB\" link=\"#467886\" vlink=\"#96607D\" "
                "style=\"word-wrap:break-word\">\n<div class=\"WordSection1\">\n" + body + "\n</div>\n</body>\n</html>\n")
    if c == "owa":
        body = hdiv(new_plain(m)) + "\n" + "".join(emb_html(e, c) for e in m.emb)
        return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n<style type=\"text/css\" "
                "style=\"display:none;\"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir=\"ltr\">\n<div class=\"elementToProof\" "
                "style=\"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; "
                "color: rgb(0, 0, 0);\">\n" + body + "</div>\n</body>\n</html>\n")
    if c == "gmail":
        body = "<div dir=\"ltr\">" + hdiv(new_plain(m)) + "</div><br>" + "".join(emb_html(e, c) for e in m.emb)
        return body + "\n"
    if c == "apple":
        return ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head><body style=\"overflow-wrap: "
                "break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">" + hdiv(new_plain(m)) +
                "".join(emb_html(e, c) for e in m.emb) + "</body></html>\n")
    if c == "thunderbird":
        return ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\">\n"
                "  </head>\n  <body>\n    <p>" + "</p>\n    <p>".join(h(p).replace("\n", "<br>\n") for p in new_plain(m).split("\n\n"))
                + "</p>\n" + "".join(emb_html(e, c) for e in m.emb) + "  </body>\n</html>\n")
    raise ValueError(c)


def header_block(m, date, ctype_lines):
    H = []
    md = m.mode
    add = lambda k, v: H.append("%s: %s" % (k, v))
    H.append(fold("From", [fmt_addr(m.frm, md)]))
    if m.raw_to is not None:
        H.append("To: " + m.raw_to)
    elif m.to:
        H.append(fold("To", [fmt_addr(p, md) for p in m.to]))
    if m.cc:
        H.append(fold("Cc", [fmt_addr(p, md) for p in m.cc]))
    if m.raw_bcc is not None:
        H.append("Bcc: " + m.raw_bcc)
    elif m.bcc:
        H.append(fold("Bcc", [fmt_addr(p, md) for p in m.bcc]))
    subj = m.subj
    add("Subject", enc_word(subj, md) if needs_enc(subj) else subj)
    add("Date", rfc_date(date))
    add("Message-ID", mid(m, "id"))
    if m.client in ("outlook", "owa"):
        add("Thread-Topic", enc_word(re.sub(r"^(RE|FW|Fwd|TR|WG|RV|Fw|Re|AW|PD|Dd|Ymlaen|Ateb): ", "", subj), "Q"))
        add("Thread-Index", base64.b64encode(hashlib.md5(m.name.encode()).digest()[:22]).decode())
        add("Accept-Language", "en-GB, en-US")
        add("Content-Language", "en-GB")
        add("X-MS-Has-Attach", "yes" if m.attach else "")
        add("X-MS-TNEF-Correlator", "")
        add("msip_labels", "")
    elif m.client == "gmail":
        pass
    elif m.client in ("apple", "iphone"):
        add("X-Mailer", "iPhone Mail (22D82)" if m.client == "iphone" else "Apple Mail (2.3826.400.131.1.6)")
    elif m.client == "thunderbird":
        add("User-Agent", "Mozilla Thunderbird")
        add("Content-Language", "en-GB")
    for k, v in m.extra_headers:
        add(k, v)
    add("MIME-Version", "1.0")
    H.extend(ctype_lines)
    return CRLF.join(H)


def part_plain(m, text):
    if m.client == "thunderbird":
        # format=flowed-ish: keep lines as written; 8bit utf-8
        return (["Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"],
                text.replace("\n", CRLF))
    if m.client == "owa" and len(m.name) % 2 == 0:
        return (["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"], b64(text))
    return (["Content-Type: text/plain; charset=\"utf-8\"" if m.client in ("outlook", "owa") else
             "Content-Type: text/plain; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable"], qp(text))


def part_html(m, text):
    if m.client == "owa" and len(m.name) % 2 == 0:
        return (["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"], b64(text))
    if m.client == "thunderbird":
        return (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], text.replace("\n", CRLF))
    return (["Content-Type: text/html; charset=\"utf-8\"" if m.client in ("outlook", "owa") else
             "Content-Type: text/html; charset=\"UTF-8\"", "Content-Transfer-Encoding: quoted-printable"], qp(text))


def mp(bnd, subtype, parts, preamble=False):
    out = []
    for hdrs, body in parts:
        out.append("--" + bnd + CRLF + CRLF.join(hdrs) + CRLF + CRLF + body.rstrip(CRLF) + CRLF)
    pre = ("This is a multi-part message in MIME format." + CRLF + CRLF) if preamble else ""
    return (["Content-Type: multipart/%s;" % subtype, "\tboundary=\"%s\"" % bnd],
            pre + CRLF.join(out) + CRLF + "--" + bnd + "--" + CRLF)


def embedded_message_text(e, seed):
    H = [fold("From", [fmt_addr(e.frm, "Q")]), fold("To", [fmt_addr(p, "Q") for p in e.to])]
    if e.cc:
        H.append(fold("Cc", [fmt_addr(p, "Q") for p in e.cc]))
    H.append("Subject: " + (enc_word(e.subj) if needs_enc(e.subj) else e.subj))
    H.append("Date: " + rfc_date(e.date))
    hx = hashlib.sha1(seed.encode()).hexdigest().upper()
    H.append("Message-ID: <LO2P265MB%s@LO2P265MB%s.GBRP265.PROD.OUTLOOK.COM>" % (hx[:14], hx[14:18]))
    H.append("MIME-Version: 1.0")
    body = e.body.strip("\n") + "\n\n" + "\n".join(sig_of(e.frm))
    for x in e.emb:
        body += "\n\n" + emb_plain(x)
    H += ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"]
    return CRLF.join(H) + CRLF + CRLF + qp(body + "\n")


DUMMY_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def attachment_part(m, a, i):
    kind = a[0]
    if kind == "pdf":
        fn = a[1]
        fnh = enc_word(fn, "Q") if needs_enc(fn) else fn
        return (["Content-Type: application/pdf; name=\"%s\"" % fnh, "Content-Description: %s" % fnh,
                 "Content-Disposition: attachment; filename=\"%s\"; size=%d" % (fnh, len(DUMMY_PDF)),
                 "Content-Transfer-Encoding: base64"], b64(DUMMY_PDF + fn.encode()))
    e = a[1]
    fn = re.sub(r"[^A-Za-z0-9 ._-]", "", e.subj)[:60].strip() + ".eml"
    txt = embedded_message_text(e, m.name + str(i))
    if kind == "rfc822":
        return (["Content-Type: message/rfc822", "Content-Disposition: attachment; filename=\"%s\"" % fn], txt)
    if kind == "eml":
        return (["Content-Type: application/octet-stream; name=\"%s\"" % fn,
                 "Content-Disposition: attachment; filename=\"%s\"" % fn, "Content-Transfer-Encoding: base64"],
                b64(txt.encode("utf-8")))
    raise ValueError(kind)


def render(m, date):
    plain = full_plain(m)
    if m.plain_only or m.client == "iphone":
        ctype, body = part_plain(m, plain)
    elif m.html_only:
        ctype, body = part_html(m, full_html(m))
    else:
        ctype, body = mp(boundary(m, "alt"), "alternative", [part_plain(m, plain), part_html(m, full_html(m))],
                         preamble=m.client in ("outlook", "owa"))
    if m.attach:
        parts = [(ctype, body)] + [attachment_part(m, a, i) for i, a in enumerate(m.attach)]
        ctype, body = mp(boundary(m, "mixed"), "mixed", parts)
    return header_block(m, date, ctype) + CRLF + CRLF + body


# ----------------------------------------------------------------------------- directory.yaml
def directory_yaml():
    out = ["# Calverleigh Borough Council - invented for a blind evaluation set (silent-bcc, forwarded-chain).",
           "# Form: CHECK-CONTRACT.md, 'The directory file'. Every name and address is invented.",
           "# Shared staff mailboxes (democratic.services@, planning@, customerservices@, parks@ at",
           "# calverleigh.gov.uk and members.support@calverleighbc.gov.uk) are deliberately not listed:",
           "# by the contract an unlisted council-domain address is an officer.",
           "council: %s" % COUNCIL,
           "domains: [%s]" % ", ".join(DOMAINS), "people:"]
    for k, (n, role, emails, titles, group, _sig) in DIRECTORY.items():
        out.append("  - name: %s" % n)
        out.append("    role: %s" % role)
        out.append("    emails: [%s]" % ", ".join(emails))
        if titles:
            out.append("    titles: [%s]" % ", ".join(titles))
        if group:
            out.append("    group: %s" % group)
    out.append("partner_domains: [%s]" % ", ".join(PARTNER_DOMAINS))
    return "\n".join(out) + "\n"


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    import random
    from specs_bcc import SPECS as A
    from specs_fc import SPECS as B
    SPECS = A + B
    order = list(range(len(SPECS)))
    random.Random(2026).shuffle(order)
    OUT = {}
    for pos, i in enumerate(order):
        OUT[SPECS[i].name] = "cv%03d" % (pos + 1)
    names = [m.name for m in SPECS]
    assert len(names) == len(set(names)), "duplicate names"
    bad = []
    start = dt.datetime(2026, 1, 6, 8, 12)
    outdir = HERE  # beside labels.yaml, where tests/checks/test_corpus_scores.py reads them
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):  # only the messages: the generator and its notes sit here too
            os.remove(os.path.join(outdir, f))
    labels = []
    for i, m in enumerate(SPECS):
        date = start.replace(hour=8) + dt.timedelta(days=(i * 61) // len(SPECS), hours=(i * 7) % 10,
                                                     minutes=(i * 37) % 60)
        # embedded dates: earlier, deterministic
        k = 0
        for e in list(m.all_embedded()):
            k += 1
            if e.date is None:
                e.date = (date - dt.timedelta(days=k)).replace(hour=8 + (i + k * 3) % 9, minute=(i * 13 + k) % 60)
        derived = []
        if derive_silent_bcc(m):
            derived.append("silent-bcc")
        if derive_forwarded_chain(m):
            derived.append("forwarded-chain")
        derived.sort()
        if m.jc is None and derived != m.expect:
            bad.append((m.name, m.expect, derived))
        if m.jc is not None and derived == m.expect:
            pass  # judgement call that agrees with the mechanical reading: still listed
        raw = render(m, date)
        with open(os.path.join(outdir, OUT[m.name] + ".eml"), "wb") as fh:
            fh.write(raw.encode("utf-8"))
        labels.append((m, derived))
    if bad:
        for b in bad:
            print("MISMATCH", b)
        sys.exit(1)
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        fh.write("# labels for corpus/*.eml - rules that must fire (empty = none of silent-bcc,\n"
                 "# forwarded-chain, confidential-disclosure, councillor-name-letter)\n")
        for m, _d in sorted(labels, key=lambda x: OUT[x[0].name]):
            fh.write("- file: %s.eml\n  rules: [%s]\n  why: %s\n" % (OUT[m.name], ", ".join(m.expect), yq(m.why)))
    with open(os.path.join(HERE, "kinds.tsv"), "w") as fh:
        fh.write("file\tspec\tkind\tjudgement_call\n")
        for m, _d in sorted(labels, key=lambda x: OUT[x[0].name]):
            fh.write("%s.eml\t%s\t%s\t%s\n" % (OUT[m.name], m.name, m.kind, "yes" if m.jc else ""))
    with open(os.path.join(HERE, "directory.yaml"), "w") as fh:
        fh.write(directory_yaml())
    with open(os.path.join(HERE, "judgement_calls.txt"), "w") as fh:
        for m, d in labels:
            if m.jc:
                fh.write("%s.eml (spec %s) [%s]: %s\n" % (OUT[m.name], m.name, ", ".join(m.expect), m.jc))
    from collections import Counter
    c = Counter(m.kind for m in SPECS)
    print("written", len(SPECS), dict(c))


if __name__ == "__main__":
    import build as _b   # run through the importable module so specs and builder share classes
    _b.main()
