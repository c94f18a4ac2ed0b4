"""Reply and forward headers in many languages and layouts: Welsh first, then every client's own strings.

The wordings below are written the way each client prints them (Outlook's
header block, Gmail's and Thunderbird's attribution, Apple Mail's forward
line), in several scripts; each must yield the earlier message and its author.
"""

from __future__ import annotations

import pytest

from app.engine.message.embedded.split import split_inline

E = "gwenllian.hughes@example.org"


def only(text: str):
    result = split_inline(text)
    assert len(result.embedded) == 1, [(e.format, e.sender) for e in result.embedded]
    return result, result.embedded[0]


# -- Welsh -------------------------------------------------------------------


def test_welsh_outlook_original_message_block():
    result, earlier = only(
        "Gweler isod.\n\nEleri\n\n-----Neges Wreiddiol-----\nOddi wrth: Gwenllian Hughes <clerk@penrhos.example>\n"
        "Anfonwyd: 02 Medi 2024 09:14\nAt: Eleri Prys <cllr.prys@penrhos.example>\n"
        "Cc: Dafydd Rowlands <cllr.rowlands@penrhos.example>\nPwnc: Cae chwarae\n\nAnnwyl Gynghorydd Prys,\n"
    )
    assert result.new_text == "Gweler isod.\n\nEleri"
    assert (earlier.kind, earlier.format) == ("forward", "original-message")
    assert earlier.sender.email == "clerk@penrhos.example"
    assert [a.email for a in earlier.to] == ["cllr.prys@penrhos.example"]
    assert [a.email for a in earlier.cc] == ["cllr.rowlands@penrhos.example"]
    assert (earlier.subject, earlier.date, earlier.recipients_known) == ("Cae chwarae", "02 Medi 2024 09:14", True)


def test_welsh_outlook_on_the_web_rule_and_block_without_separator_words():
    _, earlier = only(
        "Dyma fe.\n\n________________________________\nOddi wrth: Nia Powell <nia.powell@penrhos.example>\n"
        "Anfonwyd: Dydd Llun, 2 Medi 2024 09:14\nAt: Dafydd Rowlands <cllr.rowlands@penrhos.example>\n"
        "Pwnc: Biniau\n\nDafydd,\n"
    )
    assert (earlier.format, earlier.sender.name) == ("outlook-block", "Nia Powell")


@pytest.mark.parametrize(
    "attribution",
    [
        f"Ar Llun, 2 Medi 2024 am 09:14, Gwenllian Hughes <{E}> ysgrifennodd:",  # Gmail
        f"Ar 02/09/2024 09:14, ysgrifennodd Gwenllian Hughes <{E}>:",  # Thunderbird
        f"Ar Llun, 2 Medi 2024 am 09:14, Gwenllian Hughes <\n{E}> ysgrifennodd:",  # Gmail, wrapped
    ],
)
def test_welsh_reply_attributions(attribution):
    result, earlier = only(f"Diolch.\n\nEleri\n\n{attribution}\n\n> Annwyl Gynghorydd Prys,\n> Testun.\n")
    assert result.new_text == "Diolch.\n\nEleri"
    assert (earlier.kind, earlier.format) == ("quote", "on-wrote")
    assert (earlier.sender.name, earlier.sender.email) == ("Gwenllian Hughes", E)
    assert earlier.body == "Annwyl Gynghorydd Prys,\nTestun."


def test_welsh_thunderbird_forward_with_subject_first_and_no_address():
    _, earlier = only(
        "Er gwybodaeth.\n\n-------- Neges Wreiddiol --------\nPwnc: \tNeuadd\nDyddiad: \tMon, 2 Sep 2024 09:14\n"
        "Oddi wrth: \tRhys ap Iorwerth\nAt: \tTomos Pugh\n\nTomos,\n"
    )
    assert (earlier.sender.name, earlier.sender.email, earlier.subject) == ("Rhys ap Iorwerth", "", "Neuadd")


def test_welsh_words_in_prose_are_not_a_header():
    result = split_inline(
        "Annwyl bawb,\n\nOddi wrth y cadeirydd: diolch am ddod.\nAt y pwyllgor: cyfarfod nesaf ddydd Iau.\n"
        "Ysgrifennodd y clerc lythyr at y sir.\n"
    )
    assert result.embedded == ()


# -- every other language: attributions -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"Am Mo., 2. Sept. 2024 um 09:14 Uhr schrieb Gwenllian Hughes <{E}>:",
        f"Gwenllian Hughes <{E}> schrieb am 02.09.2024 um 09:14:",
        f"Le lun. 2 sept. 2024 à 09:14, Gwenllian Hughes <{E}> a écrit :",
        f"El lun, 2 sept 2024 a las 9:14, Gwenllian Hughes (<{E}>) escribió:",
        f"El dl., 2 de set. 2024 a les 9:14, Gwenllian Hughes (<{E}>) va escriure:",
        f"Il giorno lun 2 set 2024 alle ore 09:14 Gwenllian Hughes <{E}> ha scritto:",
        f"Em seg., 2 de set. de 2024 às 09:14, Gwenllian Hughes <{E}> escreveu:",
        f"pon., 2 wrz 2024 o 09:14 Gwenllian Hughes <{E}> napisał(a):",
        f"po 2. 9. 2024 v 9:14 odesílatel Gwenllian Hughes <{E}> napsal:",
        f"пн, 2 сент. 2024 г. в 09:14, Gwenllian Hughes <{E}>:",
        f"02.09.2024 09:14, Gwenllian Hughes <{E}> пише:",
        f"Gwenllian Hughes <{E}> ezt írta (időpont: 2024. szept. 2., H, 9:14):",
        f"Gwenllian Hughes <{E}>, 2 Eyl 2024 Pzt, 09:14 tarihinde şunu yazdı:",
        f"Στις Δευ 2 Σεπ 2024 στις 9:14 π.μ., ο χρήστης Gwenllian Hughes <{E}> έγραψε:",
        f"في الاثنين، 2 سبتمبر 2024 في 9:14 ص تمت كتابة ما يلي بواسطة Gwenllian Hughes <{E}>:",
        f"\u202bבתאריך יום ב׳, 2 בספט׳ 2024 ב-9:14 מאת \u202aGwenllian Hughes\u202c\u200f <\u202a{E}\u202c\u200f>:\u202c",
        f"2024年9月2日(月) 9:14 Gwenllian Hughes <{E}>:",
        f"Gwenllian Hughes <{E}> 于2024年9月2日周一 09:14写道：",
        f"2024년 9월 2일 (월) 오전 9:14, Gwenllian Hughes <{E}>님이 작성:",
        f"Vào Th 2, 2 thg 9, 2024 vào lúc 09:14 Gwenllian Hughes <{E}> đã viết:",
        f"सोम, 2 सित॰ 2024 को 9:14 am बजे Gwenllian Hughes <{E}> ने लिखा:",
        f"เมื่อ จ. 2 ก.ย. 2024 เวลา 09:14 Gwenllian Hughes <{E}> เขียนว่า:",
        f"ma 2.9.2024 klo 9.14 Gwenllian Hughes ({E}) kirjoitti:",
        f"mån 2 sep. 2024 kl. 09:14 skrev Gwenllian Hughes <{E}>:",
    ],
)
def test_attributions_in_other_languages(line):
    result, earlier = only(f"Reply.\n\n{line}\n> earlier text\n")
    assert result.new_text == "Reply."
    assert (earlier.kind, earlier.sender.name, earlier.sender.email) == ("quote", "Gwenllian Hughes", E)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Dne 2. 9. 2024 v 9:14 Jana Nováková napsal(a):", "Jana Nováková"),
        ("Gwenllian Hughes, 2 Eyl 2024 Pzt, 09:14 tarihinde şunu yazdı:", "Gwenllian Hughes"),
        ("נכתב על ידי Noa Levi, ב־2/9/2024 בשעה 09:14:", "Noa Levi"),
        ("Στις 2/9/2024 9:14 π.μ., ο/η Eleni Papadopoulou έγραψε:", "Eleni Papadopoulou"),
        ("W dniu 2.09.2024 o 09:14, Ewa Nowak pisze:", "Ewa Nowak"),
    ],
)
def test_attributions_naming_the_author_without_an_address(line, name):
    _, earlier = only(f"Reply.\n\n{line}\n> earlier text\n")
    assert (earlier.sender.name, earlier.sender.email) == (name, "")


# -- every other language: header blocks ----------------------------------------

BLOCKS = {
    "de": ("Von", "Gesendet", "An", "Betreff"), "fr": ("De", "Envoyé", "À", "Objet"),
    "es": ("De", "Enviado el", "Para", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp"),
    "pl": ("Od", "Wysłano", "Do", "Temat"), "ru": ("От", "Отправлено", "Кому", "Тема"),
    "uk": ("Від", "Надіслано", "Кому", "Тема"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
    "ar": ("من", "تاريخ الإرسال", "إلى", "الموضوع"), "he": ("מאת", "נשלח", "אל", "נושא"),
    "ja": ("差出人", "送信日時", "宛先", "件名"), "zh": ("发件人", "发送时间", "收件人", "主题"),
    "zh-tw": ("寄件者", "寄件日期", "收件者", "主旨"), "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "제목"),
    "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "fi": ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"),
    "cs": ("Od", "Odesláno", "Komu", "Předmět"), "ro": ("De la", "Trimis", "Către", "Subiect"),
    "vi": ("Từ", "Đã gửi", "Tới", "Chủ đề"), "id": ("Dari", "Dikirim", "Kepada", "Subjek"),
}


@pytest.mark.parametrize("language", sorted(BLOCKS))
def test_outlook_blocks_in_other_languages(language):
    sender, sent, to, subject = BLOCKS[language]
    _, earlier = only(
        f"See below.\n\n{sender}: Gwenllian Hughes <{E}>\n{sent}: 2024-09-02 09:14\n"
        f"{to}: Eleri Prys <eleri@example.net>\n{subject}: Cae chwarae\n\nBody.\n"
    )
    assert (earlier.kind, earlier.sender.email, earlier.subject) == ("forward", E, "Cae chwarae")
    assert [a.email for a in earlier.to] == ["eleri@example.net"]


@pytest.mark.parametrize(
    "separator",
    ["Anfang der weitergeleiteten Nachricht:", "Début du message réexpédié :", "Vidarebefordrat mejl:",
     "Start på videresendt besked:", "Początek przekazywanej wiadomości:", "-------- Neges Wreiddiol --------",
     "-------- 原始消息 --------", "-------- Προωθημένο μήνυμα --------", "-----Mensaje original-----"],
)
def test_localised_separators_before_a_block(separator):
    _, earlier = only(f"FYI\n\n{separator}\n\nFrom: Gwenllian Hughes <{E}>\nSubject: Cae\n\nBody.\n")
    assert earlier.sender.email == E and earlier.format != "header-block"


# -- webmail and Markdown layouts ------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        # Markdown rendering of an Outlook block: bold labels, mailto links, two-space line breaks
        f"**From:** Gwenllian Hughes <[{E}](mailto:{E})>  \n**Sent:** Monday, 2 September 2024 09:14  \n"
        "**To:** Eleri Prys <[eleri@example.net](mailto:eleri@example.net)>  \n**Subject:** Cae",
        # the same with a Markdown rule first and backslash line breaks
        f"* * *\n\n**From:** Gwenllian Hughes <{E}>\\\n**Sent:** Monday, 2 September 2024 09:14\\\n"
        "**To:** Eleri Prys <eleri@example.net>\\\n**Subject:** Cae",
        # the fields run together on one line
        f"**From:** Gwenllian Hughes <{E}> **Sent:** Monday, 2 September 2024 09:14 "
        "**To:** Eleri Prys <eleri@example.net> **Subject:** Cae",
        # names as the link text
        f"**Oddi wrth:** [Gwenllian Hughes](mailto:{E})\n**Anfonwyd:** Dydd Llun, 2 Medi 2024 09:14\n"
        "**At:** [Eleri Prys](mailto:eleri@example.net)\n**Pwnc:** Cae",
        # an indented "Original Message" block with the Subject first
        f"    -----Original Message-----\n    Subject: Cae\n    From: Gwenllian Hughes <{E}>\n"
        "    Date: Mon, 2 Sep 2024 09:14:06 +0100\n    To: Eleri Prys <eleri@example.net>",
    ],
)
def test_webmail_and_markdown_blocks(block):
    result, earlier = only(f"See below.\n\n{block}\n\nDear Cllr Prys,\nBody.\n")
    assert result.new_text == "See below."
    assert (earlier.sender.name, earlier.sender.email) == ("Gwenllian Hughes", E)
    assert [(a.name, a.email) for a in earlier.to] == [("Eleri Prys", "eleri@example.net")]
    assert earlier.subject == "Cae"


def test_markdown_rule_alone_is_text():
    result = split_inline("Agenda\n\n* * *\n\nItem one.\n---\nItem two.\n")
    assert result.embedded == () and "Item two." in result.new_text


def test_bidi_marks_are_dropped_from_text_and_headers():
    result, earlier = only(
        f"\u200fSee below.\n\n\u202bمن:\u202c Gwenllian Hughes <{E}>\n\u202bإلى:\u202c Eleri <eleri@example.net>\n"
        "\u202bالموضوع:\u202c Cae\n\nBody.\n"
    )
    assert result.new_text == "See below."
    assert earlier.sender.email == E


# -- bounds: many languages cost no more than one --------------------------------


def test_a_long_line_of_verbs_and_colons_is_not_an_attribution_and_returns():
    verbs = " ".join(["wrote schrieb ysgrifennodd 写道 작성 написал a écrit"] * 60) + ":"
    result = split_inline(f"Text.\n\n{verbs}\n> quoted\n\n" + "Oddi wrth: " * 400 + "\n")
    assert all(e.sender is None for e in result.embedded)


def test_thousands_of_label_lines_stay_text_without_a_from():
    lines = "\n".join(f"Pwnc: item {i}\nAt: {i}" for i in range(3_000))
    result = split_inline("Minutes\n\n" + lines)
    assert result.embedded == () and result.new_text.endswith("At: 2999")


@pytest.mark.parametrize(
    "line",
    [
        f"Wiadomość napisana przez Gwenllian Hughes <{E}> w dniu 02.09.2024, o godz. 09:14:",
        f"Gwenllian Hughes <{E}> şunları yazdı (2 Eyl 2024 09:14):",
        f"ב-2 בספט׳ 2024, בשעה 9:14, Gwenllian Hughes <{E}> כתב/ה:",
        f"2 вер. 2024 р. о 09:14 Gwenllian Hughes <{E}> написав(-ла):",
        f"2. 9. 2024 v 9:14, Gwenllian Hughes <{E}>:",
    ],
)
def test_apple_mail_attributions(line):
    _, earlier = only(f"Reply.\n\n{line}\n> earlier text\n")
    assert (earlier.sender.name, earlier.sender.email) == ("Gwenllian Hughes", E)


def test_welsh_on_behalf_of_names_the_delegate():
    _, earlier = only(
        "FYI\n\nOddi wrth: Gwenllian Hughes ar ran Swyddfa'r Cyngor\nAnfonwyd: 02 Medi 2024 09:14\n"
        "At: Eleri Prys\nPwnc: Cae\n\nBody.\n"
    )
    assert earlier.sender.name == "Gwenllian Hughes"


def test_a_one_line_block_is_split_at_labels_in_any_language():
    from app.engine.message.embedded.headers import split_inline_fields

    assert split_inline_fields(
        "Von: X <x@example.de>Gesendet: Mo 09:14 An: Y <y@example.de> Kopie (CC): Z Betreff: Hallo"
    ) == ["Von: X <x@example.de>", "Gesendet: Mo 09:14", "An: Y <y@example.de>", "Kopie (CC): Z", "Betreff: Hallo"]
    assert split_inline_fields("From: a sent: b") == ["From: a sent: b"]  # labels are capitalised


def test_a_from_line_full_of_labels_is_cut_into_a_bounded_number_of_fields():
    from app.engine.message.embedded.headers import MAX_INLINE_COLONS, split_inline_fields

    assert len(split_inline_fields("From: " + "To: " * 240)) == MAX_INLINE_COLONS + 1
    result = split_inline(("From: " + "To: " * 240 + "\n") * 200)
    assert result.embedded == ()


@pytest.mark.parametrize("name", ["Sanne de Vries", "Ana da Silva", "Jean-Luc de la Tour", "Tomos ap Iorwerth",
                                  "Olu O Adeyemi"])
def test_particles_in_names_are_not_taken_for_connectors(name):
    for line in (f"On Mon, 2 Sep 2024 at 09:14, {name} wrote:", f"On 2 September 2024, {name} wrote:",
                 f"Le 2 sept. 2024 à 09:14, {name} a écrit :"):
        _, earlier = only(f"Reply.\n\n{line}\n> earlier text\n")
        assert earlier.sender.name == name, line
