"""The annotation is written into the MIME (plain and HTML); nothing else of the message changes."""

import email
from email import policy
from email.message import EmailMessage
from pathlib import Path

from app.engine.message import parse
from app.review.annotate import annotate_mime, strip_bcc

ROOT = Path(__file__).resolve().parent.parent
LINE = "CC Councillor Jane Doe"


def _parts(raw: bytes) -> dict[str, str]:
    msg = email.message_from_bytes(raw, policy=policy.default)
    return {p.get_content_type(): p.get_content() for p in msg.walk()
            if p.get_content_maintype() == "text" and p.get_content_disposition() != "attachment"}


def _alternative(cte: str | None = None, charset: str = "utf-8") -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "clerk@x.gov.uk", "cllr@x.gov.uk", "Hedges"
    msg["Bcc"] = "cllr.doe@x.gov.uk"
    msg.set_content("Dear Cllr,\n\nThe hedge on Elm Road is cut.\n\nSam", charset=charset, cte=cte)
    msg.add_alternative("<html><body><p>Dear Cllr,</p><p>The hedge is cut.</p></body></html>", subtype="html",
                        charset=charset, cte=cte)
    return msg.as_bytes()


def test_both_body_parts_get_the_line_at_the_foot():
    for cte in (None, "quoted-printable", "base64"):
        parts = _parts(annotate_mime(_alternative(cte), LINE))
        assert parts["text/plain"].rstrip().endswith(LINE)
        assert parts["text/html"].rstrip().endswith(f"<p>{LINE}</p></body></html>")


def test_html_is_escaped_and_multiline_annotations_keep_their_lines():
    parts = _parts(annotate_mime(_alternative(), "CC Councillor <Jane> Doe\nCC Councillor Omar Haddad"))
    assert "<p>CC Councillor &lt;Jane&gt; Doe<br>CC Councillor Omar Haddad</p>" in parts["text/html"]
    assert parts["text/plain"].rstrip().endswith("CC Councillor <Jane> Doe\nCC Councillor Omar Haddad")


def test_attachments_and_attached_messages_are_left_alone():
    inner = EmailMessage()
    inner["From"], inner["Subject"] = "officer@x.gov.uk", "Old"
    inner.set_content("earlier text")
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "clerk@x.gov.uk", "cllr@x.gov.uk", "Fwd"
    msg.set_content("see attached")
    msg.add_attachment(b"%PDF-1.4 bytes", maintype="application", subtype="pdf", filename="plan.pdf")
    msg.add_attachment(inner)
    out = email.message_from_bytes(annotate_mime(msg.as_bytes(), LINE), policy=policy.default)
    pdf = next(p for p in out.walk() if p.get_content_type() == "application/pdf")
    assert pdf.get_content() == b"%PDF-1.4 bytes"
    attached = next(p for p in out.walk() if p.get_content_type() == "message/rfc822")
    assert LINE not in attached.as_string()
    assert next(out.iter_parts()).get_content().rstrip().endswith(LINE)


def test_a_signed_message_keeps_its_signed_part_and_gains_a_part():
    raw = (ROOT / "tests" / "realmail" / "plain" / "flanker__signed.eml").read_bytes()
    out = annotate_mime(raw, LINE)
    assert LINE in parse(out).text
    original = email.message_from_bytes(raw, policy=policy.compat32)
    wrapped = email.message_from_bytes(out, policy=policy.compat32)
    assert wrapped.get_payload(0).get_payload(0).as_bytes() == original.get_payload(0).as_bytes()


def test_every_realmail_and_corpus_message_can_be_annotated():
    files = sorted((ROOT / "tests" / "realmail").glob("*/*.eml")) + sorted(ROOT.glob("tests/corpus/*/*.eml"))
    seen = [LINE in parse(annotate_mime(f.read_bytes(), LINE)).text for f in files]
    assert sum(seen) / len(seen) >= 0.99, [str(f) for f, ok in zip(files, seen) if not ok]


def test_strip_bcc_removes_the_blind_copies_only():
    out = strip_bcc(_alternative())
    msg = email.message_from_bytes(out, policy=policy.default)
    assert msg["Bcc"] is None and msg["To"] == "cllr@x.gov.uk"
    assert _parts(out) == _parts(_alternative())
