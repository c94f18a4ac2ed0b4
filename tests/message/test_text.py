import pytest

from app.engine.message.text import html_shape, html_to_text


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


@pytest.mark.timeout(10)
def test_balanced_deep_nesting_falls_back_before_lexbor():
    html = b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000  # every tag closed
    text, degraded = html_to_text(html)
    assert degraded and "deep text" in text


@pytest.mark.timeout(10)
def test_stray_close_tags_do_not_hide_the_depth():
    # A `</x>` closes nothing in HTML, so it must not count against the `<div>`s it follows.
    text, degraded = html_to_text(b"<div></x>" * 5_000 + b"deep text")
    assert degraded and "deep text" in text


def test_ordinary_nesting_and_long_flat_html_keep_the_tree_parser():
    nested = b"<div>" * 200 + b"<blockquote>quoted</blockquote>" + b"</div>" * 200
    text, degraded = html_to_text(nested)
    assert not degraded and "> quoted" in text
    flat = b"<p>one <b>two</b></p><br/>" * 3_000  # many elements, none deep; optional ends do not nest
    text, degraded = html_to_text(flat)
    assert not degraded and text.count("one two") == 3_000


def test_html_shape_measures_depth_and_elements():
    assert html_shape(b"<div><p>a<p>b<br></div>" * 400, 1_000) == (1, 1_600)
    assert html_shape(b"<section>" * 1_200, 1_000)[0] == 1_001  # stops once past the limit


def test_the_fallback_strips_tags_among_runs_of_unterminated_ones():
    text, degraded = html_to_text(b"<" * 5_000 + b"<p>Strictly <b>confidential</b></p><br/>Minutes")
    assert degraded
    assert "Strictly confidential Minutes" in " ".join(text.split())
    assert "<p>" not in text and "<b>" not in text and "<br/>" not in text
