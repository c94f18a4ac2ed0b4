"""How mail clients write replies and forwards, for tests/corpus/build_bcc_forward.py.

Each client format renders an earlier message (and anything nested in it) as
the client puts it below the new text, in plain text and in HTML; `mime`
helpers wrap bodies as the client stores them in Sent Items. Deterministic:
no clock, no random boundaries.
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field
from html import escape

CRLF = "\r\n"


@dataclass(frozen=True)
class Prior:
    """An earlier message: who wrote it, to whom, and what it said."""

    sender: str  # "Name <email>" or a bare name (internal Outlook blocks)
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    when: int = 0  # index into WHEN: the date the client shows
    inner: tuple[str, "Prior"] | None = None  # (format, nested earlier message)
    attachments: tuple[str, ...] = field(default=())


WHEN = [
    ("Monday, 2 September 2024 09:14", "Mon, 2 Sep 2024 at 09:14", "2 September 2024 at 09:14:06 BST",
     "Mon, 2 Sep 2024 09:14:06 +0100", "02/09/2024 09:14", "02 September 2024 09:14",
     "Monday, September 2, 2024 9:14 AM"),
    ("Tuesday, 3 September 2024 16:40", "Tue, 3 Sep 2024 at 16:40", "3 September 2024 at 16:40:51 BST",
     "Tue, 3 Sep 2024 16:40:51 +0100", "03/09/2024 16:40", "03 September 2024 16:40",
     "Tuesday, September 3, 2024 4:40 PM"),
    ("Thursday, 12 September 2024 11:02", "Thu, 12 Sep 2024 at 11:02",
     "12 September 2024 at 11:02:33 BST", "Thu, 12 Sep 2024 11:02:33 +0100", "12/09/2024 11:02",
     "12 September 2024 11:02", "Thursday, September 12, 2024 11:02 AM"),
]
# columns of WHEN
_OUTLOOK, _GMAIL, _APPLE, _RFC, _TB, _OUTLOOK_SHORT, _OWA = range(7)


def name_of(person: str) -> str:
    return person.split("<")[0].strip().strip('"') or person


def email_of(person: str) -> str:
    return person.split("<", 1)[1].rstrip(">").strip() if "<" in person else ""


# -- plain text ------------------------------------------------------------

def plain(fmt: str, prior: Prior) -> str:
    """The earlier message as the client writes it in a text/plain body."""
    body = prior.body + (("\n\n" + plain(*prior.inner)) if prior.inner else "")
    w = WHEN[prior.when]
    to, cc = "; ".join(prior.to), "; ".join(prior.cc)
    if fmt in ("outlook", "outlook-names"):
        lines = [f"From: {prior.sender}", f"Sent: {w[_OUTLOOK]}", f"To: {to}"]
        lines += [f"Cc: {cc}"] if cc else []
        return "\n".join([*lines, f"Subject: {prior.subject}", "", body])
    if fmt == "owa":
        lines = ["________________________________", f"From: {prior.sender}", f"Sent: {w[_OWA]}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        return "\n".join([*lines, f"Subject: {prior.subject}", "", body])
    if fmt == "original":
        lines = ["-----Original Message-----", f"From: {prior.sender}", f"Sent: {w[_OUTLOOK_SHORT]}",
                 f"To: {to}"] + ([f"Cc: {cc}"] if cc else [])
        return "\n".join([*lines, f"Subject: {prior.subject}", "", body])
    if fmt == "gmail-fwd":
        lines = ["---------- Forwarded message ---------", f"From: {prior.sender}",
                 f"Date: {w[_GMAIL]}", f"Subject: {prior.subject}", f"To: {', '.join(prior.to)}"]
        lines += [f"Cc: {', '.join(prior.cc)}"] if cc else []
        return "\n".join([*lines, "", "", body])
    if fmt == "apple-fwd":
        lines = ["Begin forwarded message:", "", f"From: {prior.sender}",
                 f"Subject: {prior.subject}", f"Date: {w[_APPLE]}", f"To: {', '.join(prior.to)}"]
        lines += [f"Cc: {', '.join(prior.cc)}"] if cc else []
        return "\n".join([*lines, "", body])
    if fmt == "tb-fwd":
        lines = ["", "-------- Forwarded Message --------", f"Subject: \t{prior.subject}",
                 f"Date: \t{w[_RFC]}", f"From: \t{prior.sender}", f"To: \t{', '.join(prior.to)}"]
        lines += [f"CC: \t{', '.join(prior.cc)}"] if cc else []
        return "\n".join([*lines, "", body])
    if fmt == "gmail-reply":
        return f"On {w[_GMAIL]}, {prior.sender} wrote:\n\n{quote(body)}"
    if fmt == "gmail-reply-wrapped":  # Gmail wraps a long attribution before the address
        attribution = f"On {w[_GMAIL]}, {name_of(prior.sender)} <\n{email_of(prior.sender)}> wrote:"
        return f"{attribution}\n\n{quote(body)}"
    if fmt == "apple-reply":
        return f"On {w[_APPLE].split(' at ')[0]}, at {w[_TB][-5:]}, {prior.sender} wrote:\n\n{quote(body)}"
    if fmt == "tb-reply":
        return f"On {w[_TB]}, {name_of(prior.sender)} wrote:\n{quote(body)}"
    raise ValueError(fmt)


def quote(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.split("\n"))


# -- HTML ------------------------------------------------------------------

def paragraphs(text: str, tag: str = "p", cls: str = ' class="MsoNormal"') -> str:
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}{cls}>{escape(line) if line else '&nbsp;'}</{tag}>")
    return "\n".join(out)


def html(fmt: str, prior: Prior) -> str:
    """The earlier message as the client writes it in a text/html body."""
    inner = html(*prior.inner) if prior.inner else ""
    w = WHEN[prior.when]
    to, cc = "; ".join(prior.to), "; ".join(prior.cc)
    if fmt in ("outlook", "outlook-names"):
        rows = [f"<b>From:</b> {escape(prior.sender)}", f"<b>Sent:</b> {w[_OUTLOOK]}",
                f"<b>To:</b> {escape(to)}"] + ([f"<b>Cc:</b> {escape(cc)}"] if cc else [])
        rows.append(f"<b>Subject:</b> {escape(prior.subject)}")
        return (
            '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> '
            f"{escape(prior.sender)}<br>\n"
            + "<br>\n".join(rows[1:]) + "<o:p></o:p></span></p>\n</div>\n</div>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paragraphs(prior.body) + "\n" + inner
        )
    if fmt == "owa":
        rows = [f"<b>From:</b> {escape(prior.sender)}", f"<b>Sent:</b> {w[_OWA]}",
                f"<b>To:</b> {escape(to)}"] + ([f"<b>Cc:</b> {escape(cc)}"] if cc else [])
        rows.append(f"<b>Subject:</b> {escape(prior.subject)}")
        return (
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt"'
            ' color="#000000">' + "<br>\n".join(rows) + "</font>\n<div>&nbsp;</div>\n</div>\n"
            + paragraphs(prior.body, "div", "") + "\n" + inner
        )
    if fmt == "gmail-fwd":
        sender = (f'<strong class="gmail_sendername" dir="auto">{escape(name_of(prior.sender))}'
                  f'</strong> <span dir="auto">&lt;<a href="mailto:{email_of(prior.sender)}">'
                  f"{email_of(prior.sender)}</a>&gt;</span>")
        rows = ["---------- Forwarded message ---------", f"From: {sender}", f"Date: {w[_GMAIL]}",
                f"Subject: {escape(prior.subject)}", f"To: {escape(', '.join(prior.to))}"]
        rows += [f"Cc: {escape(', '.join(prior.cc))}"] if cc else []
        return (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + "<br>\n".join(rows)
            + "<br></div><br><br>\n<div dir=\"ltr\">" + paragraphs(prior.body, "div", "")
            + "</div>\n" + inner + "</div>"
        )
    if fmt == "gmail-reply":
        return (
            '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f"On {w[_GMAIL]}, {escape(prior.sender)} wrote:<br></div>\n"
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + paragraphs(prior.body, "div", "") + inner
            + "</blockquote></div>"
        )
    if fmt == "apple-fwd":
        rows = [f"<b>From: </b>{escape(prior.sender)}", f"<b>Subject: </b>{escape(prior.subject)}",
                f"<b>Date: </b>{w[_APPLE]}", f"<b>To: </b>{escape(', '.join(prior.to))}"]
        return (
            '<div><br><blockquote type="cite"><div>Begin forwarded message:</div>'
            '<br class="Apple-interchange-newline">'
            + "".join(f'<div style="margin: 0px;">{row}<br></div>' for row in rows)
            + "<br><div>" + paragraphs(prior.body, "div", "") + inner + "</div></blockquote></div>"
        )
    raise ValueError(fmt)


# -- MIME ------------------------------------------------------------------

def encode(text: str, cte: str, charset: str = "utf-8") -> tuple[str, str]:
    """(Content-Transfer-Encoding value, encoded body) with CRLF line ends."""
    data = text.replace("\r\n", "\n").replace("\n", CRLF).encode(charset)
    if cte == "quoted-printable":
        return cte, quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return cte, base64.encodebytes(data).decode("ascii").replace("\n", CRLF)
    return ("8bit" if any(b > 127 for b in data) else "7bit"), data.decode(charset)


def leaf(content_type: str, text: str, cte: str, extra: str = "", charset: str = "utf-8") -> str:
    enc, body = encode(text, cte, charset)
    return (f"Content-Type: {content_type}; charset=\"{charset}\"{extra}{CRLF}"
            f"Content-Transfer-Encoding: {enc}{CRLF}{CRLF}{body}")


def multipart(subtype: str, boundary: str, parts: list[str]) -> str:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"{CRLF}{CRLF}']
    for part in parts:
        out.append(f"--{boundary}{CRLF}{part}{CRLF}")
    out.append(f"--{boundary}--{CRLF}")
    return "".join(out)


def attached_message(raw: str, filename: str, as_octet: bool) -> str:
    if as_octet:  # an .eml file attached by dragging it from a folder
        data = base64.encodebytes(raw.encode("utf-8")).decode("ascii").replace("\n", CRLF)
        return (f'Content-Type: application/octet-stream; name="{filename}"{CRLF}'
                f'Content-Disposition: attachment; filename="{filename}"{CRLF}'
                f"Content-Transfer-Encoding: base64{CRLF}{CRLF}{data}")
    return (f'Content-Type: message/rfc822{CRLF}Content-Disposition: attachment; '
            f'filename="{filename}"{CRLF}{CRLF}{raw}')


def headers(fields: list[tuple[str, str]]) -> str:
    return "".join(fold(name, value) for name, value in fields if value)


def fold(name: str, value: str, width: int = 78) -> str:
    """A header line folded after commas, as clients fold long address lists."""
    line, lines = f"{name}: ", []
    for i, piece in enumerate(value.split(", ")):
        piece += "," if i < value.count(", ") else ""
        if len(line) + len(piece) > width and line.strip() != f"{name}:":
            lines.append(line.rstrip())
            line = " "
        line += piece + " "
    lines.append(line.rstrip())
    return CRLF.join(lines) + CRLF
