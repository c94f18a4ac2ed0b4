"""split_inline: new text vs quoted/forwarded earlier messages, per format, with decoys and bounds."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine.message.embedded.split import split_inline
from app.engine.message.limits import Deadline, Limits

LIMITS = Limits()


def split(text: str, limits: Limits = LIMITS):
    return split_inline(text, limits=limits)


def senders(result) -> list[tuple[str, str]]:
    return [(e.sender.name, e.sender.email) if e.sender else None for e in result.embedded]


# -- reply attributions ("On ... wrote:") --------------------------------------


def test_gmail_reply_attribution_and_quote():
    result = split(
        "Thanks, that works.\n\nHelen\n\n"
        "On Mon, 3 Mar 2025 at 10:12, Keith Evans <cllr.evans@example.gov.uk> wrote:\n"
        "> Can we meet on Friday?\n> Keith\n"
    )
    assert result.new_text == "Thanks, that works.\n\nHelen"
    [quote] = result.embedded
    assert (quote.kind, quote.format, quote.depth) == ("quote", "on-wrote", 1)
    assert (quote.sender.name, quote.sender.email) == ("Keith Evans", "cllr.evans@example.gov.uk")
    assert quote.body == "Can we meet on Friday?\nKeith"
    assert quote.header_text.startswith("On Mon, 3 Mar 2025")
    assert quote.recipients_known is False and quote.to == ()


@pytest.mark.parametrize(
    ("line", "name", "email"),
    [
        ("Am 13.12.2017 21:11 schrieb Max Mustermann <max@beispiel.de>:", "Max Mustermann", "max@beispiel.de"),
        ("Le 29 avr. 2025 à 11:11, Chris Martin <chris@example.fr> a écrit :", "Chris Martin", "chris@example.fr"),
        ("El jueves, 21 de noviembre de 2013, Miguel <foo@bar.es> escribió:", "Miguel", "foo@bar.es"),
        ("Il 26 marzo 2016 alle 13.16 Sam Saffron <info@example.it> ha scritto:", "Sam Saffron", "info@example.it"),
        ("Op 2 feb. 2015 om 05:28 heeft Vanilla Sky <info@example.nl> het volgende geschreven:", "Vanilla Sky", "info@example.nl"),
        ("Em 10 de julho de 2017 às 16:00, John Doe <john@example.pt> escreveu:", "John Doe", "john@example.pt"),
        ("W dniu 2017-01-09 11:59:39 użytkownik Anna Nowak <anna@example.pl> napisał:", "Anna Nowak", "anna@example.pl"),
        ("Den 15. jun. 2016 kl. 20.42 skrev Jeff Atwood <info@example.no>:", "Jeff Atwood", "info@example.no"),
        ("4 dec. 2024 kl. 18:36 skrev Person A <person.a@example.se>:", "Person A", "person.a@example.se"),
        ("2018-01-01 12:00 GMT+02:00 Matti Meikäläinen <matti@example.fi> kirjoitti:", "Matti Meikäläinen", "matti@example.fi"),
        ("02.04.2012 14:20 пользователь Иван Иванов <ivan@example.ru> написал:", "Иван Иванов", "ivan@example.ru"),
        ("28/10/2021 12:46 időpontban John Doe (john.doe@example.hu) ezt írta:", "John Doe", "john.doe@example.hu"),
        ('"John Doe" <john.doe@example.tr>, 28/10/2021 12:46 tarihinde şunu yazdı:', "John Doe", "john.doe@example.tr"),
        ("2022年1月1日(金) 9:00 田中太郎 <taro.tanaka@example.jp>:", "田中太郎", "taro.tanaka@example.jp"),
        ("在 2016年12月12日，下午8:23，王伟 <wang@example.cn> 写道：", "王伟", "wang@example.cn"),
        ("2016-10-24 15:03 GMT+02:00 Erlend Heggen <meta@example.com>:", "Erlend Heggen", "meta@example.com"),
        ("On Nov 26, 2012, at 10:27 AM, \"Watson, Dan\" <user@example.com> wrote:", "Watson, Dan", "user@example.com"),
        ("On Fri, Feb 24, 2012 at 10:19 AM, <examples@example.com> wrote:", "", "examples@example.com"),
        ("On Tue, 2011-03-01 at 18:02 +0530, Abhishek Kona wrote:", "Abhishek Kona", ""),
        ("Keith Evans <cllr.evans@example.gov.uk> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:", "Keith Evans", "cllr.evans@example.gov.uk"),
        ("---- On Wed, 24 Feb 2021 14:00:00 +0000 john@example.com wrote ----", "", "john@example.com"),
    ],
)
def test_localised_attributions(line, name, email):
    result = split(f"Reply text.\n\n{line}\n> earlier text\n")
    assert result.new_text == "Reply text."
    [quote] = result.embedded
    assert quote.kind == "quote"
    assert (quote.sender.name, quote.sender.email) == (name, email)
    assert quote.body == "earlier text"


def test_attribution_wrapped_over_lines_with_address_broken():
    result = split(
        "Fine by me.\n\nOn Thu, Jun 26, 2014 at 2:14 PM, Alexander Long <\nalex@example.com> wrote:\n"
        "> Shall we?\n"
    )
    assert result.new_text == "Fine by me."
    assert senders(result) == [("Alexander Long", "alex@example.com")]
    assert "\n" in result.embedded[0].header_text  # kept verbatim, both lines


def test_wrapped_attribution_does_not_eat_the_line_above():
    result = split("I will call at 10:30\nOn Mon, Feb 1, 2016 at 4:58 AM, Some One\n<foo@example.com> wrote:\n> hi\n")
    assert result.new_text == "I will call at 10:30"
    assert senders(result) == [("Some One", "foo@example.com")]


def test_unquoted_body_after_dated_attribution():
    result = split("See below.\n\nOn Wed, May 22, 2024 at 11:04 AM Support <support@example.com> wrote:\nHello there,\nthanks.\n")
    [quote] = result.embedded
    assert quote.body == "Hello there,\nthanks."
    assert result.new_text == "See below."


def test_bare_name_wrote_needs_a_quote_below():
    quoted = split("Agreed.\n\nMarc Slemko wrote:\n> the patch is fine\n")
    assert senders(quoted) == [("Marc Slemko", "")]
    prose = split("As the chair wrote:\nwe meet on Monday.\n")
    assert prose.embedded == ()


# -- ">" quoting ---------------------------------------------------------------


def test_nested_quotes_count_deeper():
    result = split(
        "Top.\n\nOn Mon, 1 Jan 2024 at 09:00, Bob <bob@example.com> wrote:\n"
        "> Middle.\n>\n> On Sun, 31 Dec 2023 at 08:00, Alice <alice@example.com> wrote:\n"
        ">> Bottom.\n"
    )
    assert [(e.sender.email, e.depth) for e in result.embedded] == [
        ("bob@example.com", 1), ("alice@example.com", 2)]
    assert result.embedded[0].body == "Middle."
    assert result.embedded[1].body == "Bottom."


def test_attribution_inside_the_quote_is_one_message():
    result = split("Reply.\n\n> On 22 Aug 2015, at 19:21, Adam <adam@example.com> wrote:\n>\n> > Hello\n")
    assert [(e.sender.email, e.depth) for e in result.embedded] == [("adam@example.com", 1)]


def test_quote_without_attribution_is_an_earlier_message_of_unknown_author():
    result = split("> what time is the meeting?\n\nSeven o'clock.\n")
    [quote] = result.embedded
    assert quote.sender is None and quote.format == "quote-block"
    assert "Seven o'clock." in result.new_text  # bottom-posted reply stays the sender's text


def test_interleaved_reply_keeps_one_earlier_message():
    result = split(
        "On Tue, 1 Mar 2022 at 10:00, Bob <bob@example.com> wrote:\n> first question\n\n"
        "First answer.\n\n> second question\n\nSecond answer.\n"
    )
    [quote] = result.embedded
    assert "first question" in quote.body and "second question" in quote.body
    assert "First answer." in result.new_text and "Second answer." in result.new_text


# -- forwarded / Outlook header blocks ------------------------------------------


OUTLOOK = (
    "Please see below.\n\nHelen Symmons\nClerk\n\n"
    "________________________________\n"
    "From: Keith Evans [mailto:cllr.evans@example.gov.uk]\n"
    "Sent: 03 March 2025 10:12\n"
    "To: Helen Symmons <clerk@example.gov.uk>; Planning <planning@example.gov.uk>\n"
    "Cc: David Bowry <cllr.bowry@example.gov.uk>\n"
    "Subject: RE: Budget\n\n"
    "Confidential figures attached.\n"
)


def test_outlook_block_with_recipients():
    result = split(OUTLOOK)
    assert result.new_text == "Please see below.\n\nHelen Symmons\nClerk"  # signature kept
    [fwd] = result.embedded
    assert (fwd.kind, fwd.format, fwd.depth) == ("forward", "outlook-block", 1)
    assert (fwd.sender.name, fwd.sender.email) == ("Keith Evans", "cllr.evans@example.gov.uk")
    assert [a.email for a in fwd.to] == ["clerk@example.gov.uk", "planning@example.gov.uk"]
    assert [a.email for a in fwd.cc] == ["cllr.bowry@example.gov.uk"]
    assert fwd.recipients_known is True
    assert (fwd.subject, fwd.date) == ("RE: Budget", "03 March 2025 10:12")
    assert fwd.body == "Confidential figures attached."
    assert fwd.header_text.startswith("____") and "Subject: RE: Budget" in fwd.header_text


def test_unquoted_outlook_chain_nests():
    result = split(
        "FYI\n\nFrom: B <b@example.com>\nSent: Tuesday\nTo: A <a@example.com>\nSubject: RE: x\n\nsecond\n\n"
        "From: C <c@example.com>\nSent: Monday\nTo: B <b@example.com>\nSubject: x\n\nfirst\n"
    )
    assert [(e.sender.email, e.depth, e.body) for e in result.embedded] == [
        ("b@example.com", 1, "second"), ("c@example.com", 2, "first")]


@pytest.mark.parametrize(
    ("block", "fmt", "email"),
    [
        ("---------- Forwarded message ---------\nFrom: Foo Bar <foo@example.com>\nDate: Wed, 16 Mar 2016\n"
         "Subject: Hello\nTo: <me@example.com>\n", "forwarded-message", "foo@example.com"),
        ("-----Original Message-----\nFrom: Foo Bar\nSent: 23 July 2022 07:53\nTo: Me\nSubject: x\n",
         "original-message", ""),
        ("Begin forwarded message:\n\nFrom: Foo Bar <foo@example.com>\nSubject: x\nDate: 1 May 2020\n"
         "To: me@example.com\n", "apple-forward", "foo@example.com"),
        ("-------- Weitergeleitete Nachricht --------\nBetreff: x\nDatum: 1.5.2020\nVon: Foo <foo@example.de>\n"
         "An: me@example.de\n", "forwarded-message", "foo@example.de"),
        ("-----Ursprüngliche Nachricht-----\nVon: Foo <foo@example.de>\nGesendet: Montag\nAn: ich\nBetreff: x\n",
         "original-message", "foo@example.de"),
        ("-------- Message d'origine --------\nDe : Foo <foo@example.fr>\nDate : lundi\nÀ : moi\nObjet : x\n",
         "original-message", "foo@example.fr"),
        ("Da: Foo <foo@example.it>\nInviato: lunedì\nA: me\nOggetto: x\n", "header-block", "foo@example.it"),
        ("Van: Foo <foo@example.nl>\nVerzonden: maandag\nAan: mij\nOnderwerp: x\n", "header-block", "foo@example.nl"),
        ("-----Mensaje original-----\nDe: Foo <foo@example.es>\nEnviado: lunes\nPara: yo\nAsunto: x\n",
         "original-message", "foo@example.es"),
        ("Od: Foo <foo@example.pl>\nWysłano: poniedziałek\nDo: ja\nTemat: x\n", "header-block", "foo@example.pl"),
        ("От: Foo <foo@example.ru>\nОтправлено: понедельник\nКому: я\nТема: x\n", "header-block", "foo@example.ru"),
        ("Från: Foo <foo@example.se>\nSkickat: måndag\nTill: mig\nÄmne: x\n", "header-block", "foo@example.se"),
        ("Fra: Foo <foo@example.dk>\nSendt: mandag\nTil: mig\nEmne: x\n", "header-block", "foo@example.dk"),
        ("Lähettäjä: Foo <foo@example.fi>\nLähetetty: maanantai\nVastaanottaja: minä\nAihe: x\n",
         "header-block", "foo@example.fi"),
        ("Feladó: Foo <foo@example.hu>\nElküldve: hétfő\nCímzett: én\nTárgy: x\n", "header-block", "foo@example.hu"),
        ("Kimden: Foo <foo@example.tr>\nGönderildi: pazartesi\nKime: ben\nKonu: x\n", "header-block", "foo@example.tr"),
        ("差出人: Foo <foo@example.jp>\n送信日時: 月曜日\n宛先: 私\n件名: x\n", "header-block", "foo@example.jp"),
        ("发件人: Foo <foo@example.cn>\n发送时间: 星期一\n收件人: 我\n主题: x\n", "header-block", "foo@example.cn"),
        ("*From:* Foo <foo@example.com>\n*Sent:* Monday\n*To:* me\n*Subject:* x\n", "header-block", "foo@example.com"),
    ],
)
def test_localised_header_blocks(block, fmt, email):
    result = split("My note.\n\n" + block + "\nbody of the earlier message\n")
    assert result.new_text == "My note."
    [fwd] = result.embedded
    assert (fwd.kind, fwd.format) == ("forward", fmt)
    assert fwd.sender is not None and fwd.sender.email == email
    assert fwd.sender.name in ("Foo", "Foo Bar")
    assert fwd.recipients_known is True
    assert fwd.body == "body of the earlier message"


def test_on_behalf_of_names_the_author():
    result = split(
        "x\n\nFrom: Foo [mailto:foo@example.com]\nOn Behalf Of baz@example.com\nSent: Monday\n"
        "To: john@example.com\nSubject: Conversation\n\nHello\n"
    )
    assert senders(result) == [("Foo", "foo@example.com")]


def test_mailto_doubled_addresses():
    result = split(
        "x\n\nFrom: John Doe<mailto:john@example.com> <john@example.com<mailto:john@example.com>> "
        "on behalf of ticketing@example.com<mailto:ticketing@example.com>\nSent: Monday\n"
        "To: Office <office@example.com<mailto:office@example.com>>\nSubject: s\n\nbody\n"
    )
    [fwd] = result.embedded
    assert (fwd.sender.name, fwd.sender.email) == ("John Doe", "john@example.com")
    assert [a.email for a in fwd.to] == ["office@example.com"]


def test_yahoo_one_line_header_block():
    result = split(
        "   ----- Forwarded Message ----- From: John Doe <john@example.com>To: \"b@example.com\" "
        "<b@example.com>Cc: Walter <w@example.com>Sent: Tuesday, 2 November 2021Subject: Hello\n body\n"
    )
    [fwd] = result.embedded
    assert fwd.sender.email == "john@example.com"
    assert [a.email for a in fwd.to] == ["b@example.com"] and [a.email for a in fwd.cc] == ["w@example.com"]
    assert fwd.subject == "Hello"


def test_html_derived_block_with_blank_lines_between_fields():
    result = split("Hi.\n\nFrom: Foo <foo@example.com>\n\nSent: Monday\n\nTo: me@example.com\n\nSubject: s\n\nbody\n")
    [fwd] = result.embedded
    assert fwd.subject == "s" and fwd.body == "body"


def test_dashed_separator_alone_is_an_earlier_message_without_header():
    result = split("See below\n\n-----Original Message-----\nThe earlier text, pasted.\n")
    [fwd] = result.embedded
    assert fwd.sender is None and fwd.format == "original-message" and fwd.recipients_known is False


def test_forward_then_quoted_header_is_one_message():
    result = split("Forwarded message:\n\n> From: John <john@example.com>\n> To: b@example.com\n"
                   "> Subject: s\n>\n> body\n")
    [fwd] = result.embedded
    assert fwd.sender.email == "john@example.com" and fwd.header_text.startswith("Forwarded message:")


# -- decoys -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "From the desk of the Clerk: agenda attached.\nFrom now on we meet at 7.\n",
        "On Thursday:\n- planning\n- budget\n\nOn Friday:\n- nothing\n",
        "Thanks!\n\nSent from my iPhone\n",
        "Re: your letter of 3 March, yes.\nFW: as discussed, see the forward I sent.\n",
        "From: the council's point of view this is fine.\nTo: be clear, no.\n",
        "Minutes\n________________________________\nItem 1: apologies\n",
        "Original message\n\nMore text\n",
        "Subject: planning\nDate: Monday\n",
        "I wrote: nothing yet.\nOn this day in 1066 the battle was fought:\n",
    ],
)
def test_decoys_are_not_embedded_messages(text):
    result = split(text)
    assert result.embedded == ()
    assert result.new_text == text.strip("\n")


# -- bounds -------------------------------------------------------------------------


def test_single_line_quote_bomb_is_cut_and_fast():
    bomb = "> " + "x" * 760_000
    start = time.perf_counter()
    result = split("hello\n" + bomb)
    assert time.perf_counter() - start < 1.0
    assert any(d.code == "limit:line-length" for d in result.defects)
    assert len(result.embedded) == 1 and len(result.embedded[0].body) <= LIMITS.max_line_chars


def test_ten_thousand_nested_quote_levels_stay_bounded():
    # as HTML with 10,000 nested <blockquote>s renders, and as a plain-text prefix bomb
    for prefix in ("> " * 10_000, ">" * 10_000):
        start = time.perf_counter()
        result = split("top\n" + prefix + "deep\n" + prefix + "deeper\n")
        assert time.perf_counter() - start < 1.0
        assert result.new_text == "top"
        assert 0 < len(result.embedded) <= LIMITS.max_embedded_depth
        assert all(e.depth <= LIMITS.max_embedded_depth for e in result.embedded)
        assert any(d.code == "limit:embedded-depth" for d in result.defects)


def test_staircase_of_quote_levels_is_bounded():
    text = "top\n" + "".join(">" * level + f" level {level}\n" for level in range(1, 1_001))
    start = time.perf_counter()
    result = split(text)
    assert time.perf_counter() - start < 2.0
    assert result.new_text == "top"
    assert all(e.depth <= LIMITS.max_embedded_depth for e in result.embedded)


def test_nested_attributions_stop_at_the_depth_limit():
    levels = 50
    lines = ["top"]
    for level in range(levels):
        lines.append(">" * level + (" " if level else "") + f"On Mon, 1 Jan 2024 at 09:00, P{level} <p{level}@example.com> wrote:")
    lines.append(">" * levels + " bottom")
    result = split("\n".join(lines), Limits(max_embedded_depth=10))
    assert max(e.depth for e in result.embedded) == 10
    assert any(d.code == "limit:embedded-depth" for d in result.defects)


def test_embedded_count_is_capped():
    block = "From: A <a@example.com>\nSent: Monday\nTo: b@example.com\nSubject: s\n\nx\n\n"
    result = split("top\n\n" + block * 50, Limits(max_embedded=5, max_embedded_depth=100))
    assert len(result.embedded) == 5
    assert any(d.code == "limit:embedded-count" for d in result.defects)


def test_expired_deadline_stops_the_scan_keeping_text():
    deadline = Deadline(0.0)
    time.sleep(0.001)
    result = split_inline(OUTLOOK, limits=LIMITS, deadline=deadline)
    assert result.embedded == ()
    assert "Confidential figures attached." in result.new_text
    assert any(d.code == "limit:time" for d in result.defects)


def test_many_attribution_like_lines_are_linear():
    text = "On Monday at 10:00 we talked and\n" * 20_000
    start = time.perf_counter()
    result = split(text)
    assert time.perf_counter() - start < 3.0
    assert result.embedded == ()


def test_never_raises_on_odd_input():
    for text in ("", "\x00\x00", ">", "From:", "On wrote:", "\r\r\r", "-" * 5000, "From: <\nTo: >\nSubject:"):
        result = split(text)
        assert isinstance(result.new_text, str)


# -- property: the catch-all in split_inline must never be what saves us ---------------

FRAGMENTS = [
    "> ", ">", "> > ", "From: ", "Sent: ", "To: ", "Subject: ", "Cc: ", "De : ", "À : ", "*From:* ",
    "On Mon, 1 Jan 2024 at 09:00, ", " wrote:", " schrieb:", " a écrit :", "Am 1.1.2024 ", "<", ">",
    "a@b.example", "[mailto:", "]", "(", ")", '"', "«", "»", "-----Original Message-----",
    "________________________________", "---------- Forwarded message ---------", "Begin forwarded message:",
    " on behalf of ", "&lt;", "&gt;", "ß", "İ", "，", "：", "写道", "\n", "\n\n", "\r\n", " ", "\t", "\u00a0",
    "Name", "10:30", "2024", "Re: ", "FW: ", "Sent from my iPhone",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=60))
def test_split_never_falls_back_on_its_catch_all(parts):
    result = split("".join(parts), Limits(max_embedded=20, max_embedded_depth=6))
    assert not [d for d in result.defects if d.code == "parser-bug"]
    assert len(result.embedded) <= 20
    assert all(1 <= e.depth <= 6 for e in result.embedded)
