"""The message model from raw bytes: addresses, bodies, attachments, defects."""

from email.message import EmailMessage

from app.engine.message import parse


def _eml(**fields) -> bytes:
    msg = EmailMessage()
    names = {"from_": "From", "to": "To", "cc": "Cc", "bcc": "Bcc", "subject": "Subject", "message_id": "Message-ID"}
    for field, header in names.items():
        if fields.get(field):
            msg[header] = fields[field]
    msg.set_content(fields.get("body", "Hello"))
    if fields.get("html"):
        msg.add_alternative(fields["html"], subtype="html")
    for name, data, ctype in fields.get("attachments", ()):
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def test_headers_and_recipients():
    m = parse(_eml(from_="Helen Symmons <Clerk@Leigh.gov.uk>", to="Cllr Evans <cllr.evans@leigh.gov.uk>",
                   cc="a@x.org, b@x.org", bcc="Cllr Bowry <cllr.bowry@leigh.gov.uk>", subject="Hedges",
                   message_id="<1@leigh>"))
    assert m.sender.email == "clerk@leigh.gov.uk" and m.sender.name == "Helen Symmons"
    assert [a.email for a in m.to] == ["cllr.evans@leigh.gov.uk"]
    assert [a.email for a in m.cc] == ["a@x.org", "b@x.org"]
    assert [a.name for a in m.bcc] == ["Cllr Bowry"]
    assert m.subject == "Hedges" and m.message_id == "<1@leigh>"
    assert m.header("bcc") == "Cllr Bowry <cllr.bowry@leigh.gov.uk>"
    assert m.error is None and not m.defects


def test_plain_and_html_both_read():
    m = parse(_eml(from_="a@x.org", to="b@x.org", body="plain words",
                   html='<p>html words</p><span style="display:none">hidden words</span>'))
    assert [b.content_type for b in m.bodies] == ["text/plain", "text/html"]
    assert "plain words" in m.text and "html words" in m.text and "hidden words" in m.text


def test_attachments_name_type_size():
    m = parse(_eml(from_="a@x.org", to="b@x.org",
                   attachments=[("Part 2 report.pdf", b"%PDF" + b"x" * 3000, "application/pdf")]))
    (att,) = m.attachments
    assert att.filename == "Part 2 report.pdf" and att.content_type == "application/pdf"
    assert abs(att.size - 3004) <= 3


def test_rfc2231_and_encoded_filenames():
    raw = (b"From: a@x.org\r\nTo: b@x.org\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
           b'Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nhi\r\n'
           b"--z\r\nContent-Type: application/pdf\r\n"
           b"Content-Disposition: attachment; filename*=utf-8''Confidential%20br%C3%AFefing.pdf\r\n\r\nxx\r\n"
           b'--z\r\nContent-Type: application/pdf; name="=?utf-8?q?Exempt_=C3=A9.pdf?="\r\n\r\nxx\r\n--z--\r\n')
    m = parse(raw)
    assert [a.filename for a in m.attachments] == ["Confidential brïefing.pdf", "Exempt é.pdf"]


def test_attached_message_is_embedded_with_its_own_headers():
    inner = _eml(from_="Officer One <officer@leigh.gov.uk>", to="Cllr Evans <cllr.evans@leigh.gov.uk>",
                 cc="x@x.org", subject="Briefing", body="The old text.")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "cllr.evans@leigh.gov.uk", "resident@example.org", "Fwd"
    outer.set_content("See attached.")
    outer.add_attachment(inner, maintype="message", subtype="rfc822")
    m = parse(outer.as_bytes())
    attached = [e for e in m.embedded if e.kind == "attached"]
    assert len(attached) == 1
    e = attached[0]
    assert e.sender.email == "officer@leigh.gov.uk" and e.recipients_known
    assert [a.email for a in e.to] == ["cllr.evans@leigh.gov.uk"] and [a.email for a in e.cc] == ["x@x.org"]
    assert e.subject == "Briefing" and "The old text." in e.body and e.depth == 1


def test_eml_attachment_by_name_is_read_as_a_message():
    inner = _eml(from_="officer@leigh.gov.uk", to="cllr.evans@leigh.gov.uk", subject="Old", body="old")
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "cllr.evans@leigh.gov.uk", "r@example.org", "Fwd"
    outer.set_content("See attached.")
    outer.add_attachment(inner, maintype="application", subtype="octet-stream", filename="old.eml")
    m = parse(outer.as_bytes())
    assert [e.sender.email for e in m.embedded if e.kind == "attached"] == ["officer@leigh.gov.uk"]


def test_unknown_charset_and_bad_transfer_encoding_are_defects_not_errors():
    raw = (b"From: a@x.org\r\nTo: b@x.org\r\nSubject: s\r\nContent-Type: text/plain; charset=x-klingon\r\n"
           b"Content-Transfer-Encoding: x-weird\r\n\r\ncaf\xc3\xa9\r\n")
    m = parse(raw)
    assert m.error is None and "café" in m.text
    assert "transfer-encoding-unknown" in {d.code for d in m.defects}


def test_raw_8bit_headers():
    m = parse(b"From: Ren\xe9e <r@x.org>\r\nTo: b@x.org\r\nSubject: caf\xe9\r\n\r\nbody\r\n")
    assert m.sender.name == "Renée" and m.subject == "café"


def test_missing_closing_boundary_still_reads_parts():
    raw = (b"From: a@x.org\r\nTo: b@x.org\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=q\r\n\r\n"
           b"--q\r\nContent-Type: text/plain\r\n\r\nfirst\r\n--q\r\nContent-Type: text/plain\r\n\r\nsecond")
    m = parse(raw)
    assert "first" in m.text and "second" in m.text
    assert "multipart-not-closed" in {d.code for d in m.defects}


def test_boundary_that_never_appears_reads_body_as_text():
    raw = (b"From: a@x.org\r\nTo: b@x.org\r\nSubject: s\r\nContent-Type: multipart/mixed; boundary=nope\r\n\r\n"
           b"just text here\r\n")
    m = parse(raw)
    assert "just text here" in m.text and "multipart-boundary-missing" in {d.code for d in m.defects}


def test_not_a_message_is_an_error_not_an_exception():
    assert parse(b"// Not an RFC-822 Document\n").error
    assert parse(b"").error
    assert parse(b"\x00\x01\x02\xff" * 100).error


def test_base64_body_with_bad_padding_is_repaired():
    raw = (b"From: a@x.org\r\nTo: b@x.org\r\nSubject: s\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           b"SGVsbG8gY291bmNpbGxvcg\r\n")
    m = parse(raw)
    assert "Hello councillor" in m.text


def test_encoded_comma_in_a_display_name_does_not_split_the_address():
    m = parse(b"From: a@x.org\r\nTo: =?utf-8?q?D=C3=A9e=2C?= Jane <j@x.org>\r\nSubject: s\r\n\r\nbody\r\n")
    assert [(a.name, a.email) for a in m.to] == [("Dée, Jane", "j@x.org")]
