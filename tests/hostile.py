"""Hostile and oversized messages, built in memory (shared by tests and bench/)."""

from __future__ import annotations

import base64
import json
import os

HEAD = (
    b"From: Helen Symmons <clerk@leighonseatowncouncil.gov.uk>\r\n"
    b"To: Cllr Keith Evans <cllr.evans@leighonseatowncouncil.gov.uk>\r\n"
    b"Subject: test\r\nMessage-ID: <hostile@test>\r\nMIME-Version: 1.0\r\n"
)


def deep_multipart(depth: int) -> bytes:
    out = [HEAD]
    for i in range(depth):
        out.append(b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i))
    out.append(b"Content-Type: text/plain\r\n\r\ninnermost text\r\n")
    for i in reversed(range(depth)):
        out.append(b"--b%d--\r\n" % i)
    return b"".join(out)


def many_parts(count: int) -> bytes:
    out = [HEAD, b'Content-Type: multipart/mixed; boundary="x"\r\n\r\n']
    for i in range(count):
        out.append(b"--x\r\nContent-Type: text/plain\r\n\r\npart %d\r\n" % i)
    out.append(b"--x--\r\n")
    return b"".join(out)


def big_with_attachments(total_mb: int = 25) -> bytes:
    """A 25 MB message: text and HTML bodies plus binary attachments, base64 as clients send them."""
    body = b"Dear Councillor,\r\n\r\nPlease find the planning documents attached.\r\n\r\nHelen\r\n"
    html = b"<html><body><p>Dear Councillor,</p><p>Please find the documents attached.</p></body></html>"
    parts = [
        HEAD,
        b'Content-Type: multipart/mixed; boundary="outer"\r\n\r\n',
        b'--outer\r\nContent-Type: multipart/alternative; boundary="alt"\r\n\r\n',
        b"--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + b"\r\n",
        b"--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + b"\r\n--alt--\r\n",
    ]
    per_file = 4 * 1024 * 1024
    files = max(1, (total_mb * 1024 * 1024 * 3 // 4) // per_file)
    rng = os.urandom(per_file)
    for i in range(files):
        encoded = base64.encodebytes(rng)
        parts.append(
            b"--outer\r\nContent-Type: application/pdf; name=\"plan-%d.pdf\"\r\n"
            b"Content-Disposition: attachment; filename=\"plan-%d.pdf\"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" % (i, i) + encoded.replace(b"\n", b"\r\n")
        )
    parts.append(b"--outer--\r\n")
    return b"".join(parts)


def many_addresses(count: int) -> bytes:
    to = b", ".join(b"Resident %d <resident%d@example.org>" % (i, i) for i in range(count))
    return HEAD.replace(b"To: ", b"X-Old-To: ") + b"To: " + to + b"\r\n\r\nHello\r\n"


def dotted_from(dots: int) -> bytes:
    return b"From: a" + b" ." * dots + b" <x@y.example>\r\nTo: z@example.org\r\nSubject: dots\r\n\r\nbody\r\n"


def encoded_words(count: int) -> bytes:
    words = b" ".join(b"=?utf-8?q?w=C3=A9rd?=" for _ in range(count))
    return HEAD.replace(b"Subject: test", b"Subject: " + words) + b"\r\nbody\r\n"


def nested_formatting_html(tags: int) -> bytes:
    html = b"<html><body>" + b"<b><i><u><font>" * (tags // 4) + b"Confidential</body></html>"
    return HEAD + b"Content-Type: text/html\r\n\r\n" + html + b"\r\n"


def unclosed_tags_html(kb: int) -> bytes:
    html = b"<div><table><tr><td><span>" * (kb * 1024 // 26)
    return HEAD + b"Content-Type: text/html\r\n\r\n" + html + b"\r\n"


def single_line_quote(kb: int) -> bytes:
    return HEAD + b"\r\nHi\r\n\r\n" + b">" * (kb * 1024) + b" quoted\r\n"


def deep_quote_levels(levels: int) -> bytes:
    lines = [b">" * i + b" level %d" % i for i in range(1, levels + 1)]
    return HEAD + b"\r\nTop text\r\n" + b"\r\n".join(lines) + b"\r\n"


def huge_header(kb: int) -> bytes:
    return HEAD + b"X-Junk: " + b"a" * (kb * 1024) + b"\r\n\r\nbody\r\n"


def nested_attached_messages(depth: int) -> bytes:
    inner = b"From: Officer <officer@leighonseatowncouncil.gov.uk>\r\nTo: r@example.org\r\nSubject: inner\r\n\r\ninnermost\r\n"
    for i in range(depth):
        inner = (
            b"From: Layer %d <layer%d@example.org>\r\nTo: r@example.org\r\nSubject: layer %d\r\n"
            b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="m%d"\r\n\r\n'
            b"--m%d\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
            b"--m%d\r\nContent-Type: message/rfc822\r\n\r\n" % (i, i, i, i, i, i) + inner + b"\r\n--m%d--\r\n" % i
        )
    return inner


def balanced_divs(depth: int) -> bytes:
    """HTML nested `depth` deep with every tag closed (100,000: 1.1 MB; lexbor's cost is quadratic)."""
    html = b"<html><body>" + b"<div>" * depth + b"Strictly confidential" + b"</div>" * depth + b"</body></html>"
    return HEAD + b"Content-Type: text/html\r\n\r\n" + html + b"\r\n"


# -- Microsoft Graph message JSON (POST /evaluate with application/json, the add-in) ----------
def graph_message(**fields) -> dict:
    message = {
        "from": {"emailAddress": {"name": "Helen Symmons", "address": "clerk@leighonseatowncouncil.gov.uk"}},
        "toRecipients": [{"emailAddress": {"name": "Cllr Keith Evans",
                                           "address": "cllr.evans@leighonseatowncouncil.gov.uk"}}],
        "subject": "test",
        "body": {"contentType": "text", "content": "Hello"},
    }
    message.update(fields)
    return message


def graph_many_attachments(count: int) -> bytes:
    """Names only (the add-in sends no content): 20,000 is 1.5 MB of JSON."""
    attachments = [{"@odata.type": "#microsoft.graph.fileAttachment", "name": f"plan-{i}.pdf",
                    "contentType": "application/pdf"} for i in range(count)]
    return json.dumps(graph_message(attachments=attachments)).encode()


def graph_many_recipients(count: int) -> bytes:
    to = [{"emailAddress": {"address": f"resident{i}@example.org"}} for i in range(count)]
    return json.dumps(graph_message(toRecipients=to)).encode()


def graph_lone_surrogate() -> bytes:
    """A lone UTF-16 surrogate escape: valid JSON that no UTF-8 encoder will write back."""
    return json.dumps(graph_message(subject="PLACEHOLDER")).replace("PLACEHOLDER", "\\ud800 hi").encode()


def graph_nested_items(depth: int) -> bytes:
    message = graph_message()
    for i in range(depth):
        message = graph_message(subject=f"layer {i}", attachments=[
            {"@odata.type": "#microsoft.graph.itemAttachment", "name": f"layer {i}", "item": message}])
    return json.dumps(message).encode()


def graph_item_with_quoted_header(kb: int) -> bytes:
    """An attached item whose Resent-To is `kb` KB of quotation marks: `email` took 34 s on 60 KB."""
    item = graph_message(subject="Forwarded complaint", internetMessageHeaders=[
        {"name": "Resent-To", "value": '"' * (kb * 1024)}, {"name": "Resent-From", "value": ":;" * 512}])
    return json.dumps(graph_message(attachments=[
        {"@odata.type": "#microsoft.graph.itemAttachment", "name": "complaint", "item": item}])).encode()


def graph_long_attachment_names(count: int, chars: int) -> bytes:
    """`count` attachments named with `chars` non-ASCII characters each (`email` took 5 ms apiece at 255)."""
    return json.dumps(graph_message(attachments=[
        {"@odata.type": "#microsoft.graph.fileAttachment", "name": f"{i} " + "\u00e9 " * (chars // 2),
         "contentId": "a " * (chars // 2), "contentBytes": "JVBERi0="} for i in range(count)])).encode()


def graph_line_separators() -> bytes:
    """Names with U+2028 and other line boundaries of str.splitlines, which `email` refuses in headers."""
    odd = "Plan\u2028B\x0bC\x1cD\x85E"
    return json.dumps(graph_message(
        subject=f"Agenda {odd}", toRecipients=[{"emailAddress": {"name": f"Cllr {odd}",
                                                                 "address": "cllr.evans@leighonseatowncouncil.gov.uk"}}],
        attachments=[{"@odata.type": "#microsoft.graph.fileAttachment", "name": f"{odd}.pdf",
                      "contentType": "application/pdf", "contentBytes": "JVBERi0=", "contentId": f"cid{odd}"}])).encode()


def deeply_nested_json(depth: int) -> bytes:
    return b'{"value": ' + b"[" * depth + b"]" * depth + b"}"


# -- charsets Python knows that are no mail charset, or that decode to what cannot be written ---
def declared_charset(charset: str, body: bytes, subject: bytes = b"test") -> bytes:
    """A text/plain body in `charset` (and its Subject, an encoded word in the same charset)."""
    head = HEAD.replace(b"Subject: test", b"Subject: =?" + charset.encode() + b"?Q?" + subject + b"?=")
    return head + b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n" + body + b"\r\n"


def utf7_lone_surrogate() -> bytes:
    """UTF-7's `+2AA-` decodes to a lone surrogate, which no UTF-8 writer (database, JSON) accepts."""
    return declared_charset("utf-7", b"Private and confidential +2AA-.\r\n\r\nThe complaint is below.", b"+2AA-")


def punycode_body(kb: int) -> bytes:
    """A body declared `punycode`: Python's decoder is quadratic (300 kB cost seconds)."""
    return declared_charset("punycode", (b"x" * 78 + b"\r\n") * (kb * 1024 // 80))


def undefined_charset() -> bytes:
    """`undefined` is a codec whose decoder raises UnicodeError (not UnicodeDecodeError) on anything."""
    return declared_charset("undefined", b"Strictly confidential: the hearing is on Monday.")


def unterminated_tags_html(kb: int) -> bytes:
    """HTML of `<` and no `>`: a tag pattern that may run past the next `<` rescans the rest at each one."""
    html = (b"<" * 76 + b"\r\n") * (kb * 1024 // 78)
    return HEAD + b"Content-Type: text/html\r\n\r\n" + html + b"\r\n"
