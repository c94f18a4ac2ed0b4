import pytest

from app.engine.message.text import html_to_text


def test_blocks_breaks_and_quotes():
    html = (
        "<html><head><style>p{color:red}</style><title>t</title></head><body>"
        "<div>Please see below.</div><p>Regards<br>Jo</p>"
        "<div class=gmail_quote>On Mon, 1 Jan 2024, A &lt;a@b.org&gt; wrote:<br>"
        "<blockquote>quoted <b>line</b><br>two<blockquote>deeper</blockquote></blockquote></div>"
        "</body></html>"
    )
    text, degraded = html_to_text(html)
    assert not degraded
    lines = text.splitlines()
    assert lines[:3] == ["Please see below.", "Regards", "Jo"]
    assert "On Mon, 1 Jan 2024, A <a@b.org> wrote:" in lines
    assert "> quoted line" in lines and "> two" in lines and "> > deeper" in lines
    assert "color:red" not in text


def test_outlook_header_block_becomes_lines():
    html = (
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class=MsoNormal>'
        "<b>From:</b> Helen Symmons &lt;clerk@x.gov.uk&gt;<br><b>Sent:</b> 01 March 2024 10:00<br>"
        "<b>To:</b> Cllr Evans<br><b>Subject:</b> Hedge<o:p></o:p></p></div><p>Old body</p>"
    )
    text, _ = html_to_text(html)
    assert text.splitlines()[:4] == [
        "From: Helen Symmons <clerk@x.gov.uk>", "Sent: 01 March 2024 10:00", "To: Cllr Evans", "Subject: Hedge"
    ]


def test_text_hidden_with_css_is_still_content():
    text, _ = html_to_text('<p>Hello</p><span style="display:none">CONFIDENTIAL</span><div hidden>Part 2</div>')
    assert "CONFIDENTIAL" in text and "Part 2" in text


# The guards must engage before lexbor sees the input; the timeout only catches a hang.
@pytest.mark.timeout(10)
def test_formatting_bomb_falls_back():
    text, degraded = html_to_text(b"<b><i><u>" * 20_000 + b"Confidential")
    assert degraded and "Confidential" in text


@pytest.mark.timeout(10)
def test_deep_nesting_falls_back():
    text, degraded = html_to_text(b"<div>" * 100_000 + b"deep text")
    assert degraded and "deep text" in text
