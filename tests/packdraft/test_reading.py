"""Reading a protocol: each format's paragraphs and clause numbers, and bad input refused with nothing written."""

from __future__ import annotations

import pytest

from app.engine.verify_packs import check_pack
from app.errors import ConfigError
from app.packdraft.drafting import draft_pack
from app.packdraft.html_text import html_paragraphs
from app.packdraft.reading import ProtocolUnreadable, read_protocol
from tests.packdraft.support import example_directory

PROTOCOL = """# Protocol on Member/Officer Relations

Revised: March 2024

## 6. Correspondence

6.1 Under no circumstances should a councillor blind copy an email to another councillor.

6.2 Letters which create obligations on behalf of the council must never be sent out in the name of a councillor.
"""


def test_html_keeps_blocks_apart_and_drops_scripts():
    html = ("<html><head><script>var x = '6.9 never';</script><style>p{}</style></head><body>"
            "<h2>6. Correspondence</h2><p>6.1 Under <b>no</b> circumstances should a councillor "
            "blind copy an email.</p><ul><li>(a) first<ul><li>(b) nested</li></ul></li></ul></body></html>")
    assert html_paragraphs(html) == [
        "6. Correspondence", "6.1 Under no circumstances should a councillor blind copy an email.",
        "(a) first", "(b) nested"]


def test_word_automatic_numbering_is_put_back_in_the_text(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("A bulleted line is not a clause", style="List Bullet")
    document.add_paragraph("Councillors and officers work together.", style="List Number")
    document.add_paragraph("Under no circumstances should a councillor blind copy an email.", style="List Number")
    path = tmp_path / "protocol.docx"
    document.save(str(path))
    text = read_protocol(path).text
    assert text.splitlines()[0] == "A bulleted line is not a clause"  # bullets get no number
    assert "1. Councillors and officers work together." in text
    assert "2. Under no circumstances should a councillor blind copy an email." in text
    result = draft_pack(path, "Example Town Council", tmp_path / "out")
    assert (result.pack["rules"]["silent-bcc"]["action"], result.pack["rules"]["silent-bcc"]["clause"]) == ("hold", "2")


def test_a_damaged_pdf_is_refused_and_nothing_is_written(tmp_path):
    bad = tmp_path / "protocol.pdf"
    bad.write_bytes(b"%PDF-1.7\n this is not a PDF body")
    out = tmp_path / "policies"
    with pytest.raises(ProtocolUnreadable, match="not a readable pdf file"):
        draft_pack(bad, "Example Town Council", out)
    assert not out.exists()


def test_an_unknown_format_is_named(tmp_path):
    odd = tmp_path / "protocol.odt"
    odd.write_bytes(b"PK")
    with pytest.raises(ProtocolUnreadable, match=r"cannot read a \.odt file; give one of"):
        read_protocol(odd)


def test_a_draft_never_overwrites_a_pack(tmp_path):
    source = tmp_path / "protocol.md"
    source.write_text(PROTOCOL, encoding="utf-8")
    out = tmp_path / "policies"
    out.mkdir()
    (out / "example.yaml").write_text("reviewed by the clerk\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="already exists"):
        draft_pack(source, "Example Town Council", out, slug="example")
    assert (out / "example.yaml").read_text(encoding="utf-8") == "reviewed by the clerk\n"
    assert not (out / "protocols").exists()
    result = draft_pack(source, "Example Town Council", out, slug="example", force=True)
    assert result.pack["rules"]["silent-bcc"]["action"] == "hold"
    assert result.pack["rules"]["councillor-name-letter"]["clause"] == "6.2"
    assert result.pack["protocol"]["revised"] == "2024-03"


def test_a_sentence_longer_than_a_quote_may_be_is_cut_to_its_deciding_words(tmp_path):
    filler = ", ".join(f"the {n}th committee of the council" for n in range(1, 14))
    source = tmp_path / "protocol.md"
    source.write_text("## 3. Email\n\n3.1 Having regard to " + filler + "; councillors must not blind copy any "
                      "email to another councillor; and further " + filler + ".\n", encoding="utf-8")
    result = draft_pack(source, "Example Town Council", tmp_path / "out", slug="long")
    entry = result.pack["rules"]["silent-bcc"]
    assert (entry["action"], entry["clause"]) == ("hold", "3.1")
    assert entry["quote"] == "councillors must not blind copy any email to another councillor"
    assert check_pack(result.pack_file, example_directory()).ok


def test_clause_numbers_in_a_pdf_tables_first_column_stay_with_their_text(tmp_path):
    """Council PDFs often set the number in a column of its own, vertically centred beside the text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    rows = [("5.10", "Challenge in a constructive way is important. " * 4),
            ("5.11", "Under no circumstances should a councillor blind copy an email to a third party. " * 2),
            ("5.12", "As a rule, councillors must not forward their correspondence to any other councillor.")]
    cells = [[Paragraph(number, styles["Normal"]), Paragraph(text, styles["Normal"])] for number, text in rows]
    path = tmp_path / "protocol.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("5 Working Relationships", styles["Heading2"]), Table(cells, colWidths=[40, 420])])
    lines = read_protocol(path).text.strip().split("\n\n")
    assert lines[1].startswith("5.10 Challenge") and lines[2].startswith("5.11 Under no circumstances")
    assert lines[3] == rows[2][0] + " " + rows[2][1]


def test_a_word_table_of_clauses_is_read_in_its_place(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("5 Working Relationships")
    table = document.add_table(rows=2, cols=2)
    for row, (number, text) in zip(table.rows, [("5.11", "Under no circumstances should a councillor blind copy."),
                                                 ("5.12", "Councillors must not forward correspondence.")]):
        row.cells[0].text, row.cells[1].text = number, text
    document.add_paragraph("6 When Things Go Wrong")
    path = tmp_path / "protocol.docx"
    document.save(str(path))
    assert read_protocol(path).text.strip().split("\n\n") == [
        "5 Working Relationships", "5.11 Under no circumstances should a councillor blind copy.",
        "5.12 Councillors must not forward correspondence.", "6 When Things Go Wrong"]
