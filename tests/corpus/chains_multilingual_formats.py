"""How clients set out an earlier message in many languages, for build_chains_multilingual.py.

Each format renders an earlier message (author, recipients, subject, body) as
one client in one language puts it below the new text: a header block
(Outlook desktop, Outlook on the web, Apple Mail, Thunderbird, Markdown
renderings) or a reply attribution above a quote (Gmail, Thunderbird, Apple
Mail). Labels and attribution wordings follow the clients' own translations;
the dates are written as each client prints them. Deterministic: no clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape


@dataclass(frozen=True)
class Earlier:
    sender: str  # "Name <email>"
    to: tuple[str, ...]
    subject: str
    body: str
    cc: tuple[str, ...] = ()
    inner: tuple[str, "Earlier"] | None = None  # (format, the message it answered)


def name_of(person: str) -> str:
    return person.split("<")[0].strip().strip('"') or person


def email_of(person: str) -> str:
    return person.split("<", 1)[1].rstrip(">").strip() if "<" in person else ""


# Header blocks: (separator line or "", [(label, field)], date as printed, list separator)
BLOCKS: dict[str, tuple[str, list[tuple[str, str]], str, str]] = {
    "outlook-cy": ("-----Neges Wreiddiol-----", [("Oddi wrth", "from"), ("Anfonwyd", "date"),
                   ("At", "to"), ("Cc", "cc"), ("Pwnc", "subject")], "02 Medi 2024 09:14", "; "),
    "owa-cy": ("________________________________", [("Oddi wrth", "from"), ("Anfonwyd", "date"),
               ("At", "to"), ("Cc", "cc"), ("Pwnc", "subject")], "Dydd Llun, 2 Medi 2024 09:14", "; "),
    "thunderbird-cy": ("-------- Neges Wreiddiol --------", [("Pwnc", "subject"), ("Dyddiad", "date"),
                       ("Oddi wrth", "from"), ("At", "to"), ("CC", "cc")],
                       "Mon, 2 Sep 2024 09:14:06 +0100", ", "),
    "outlook-de": ("", [("Von", "from"), ("Gesendet", "date"), ("An", "to"), ("Cc", "cc"),
                   ("Betreff", "subject")], "Montag, 2. September 2024 09:14", "; "),
    "apple-de": ("Anfang der weitergeleiteten Nachricht:", [("Von", "from"), ("Betreff", "subject"),
                 ("Datum", "date"), ("An", "to"), ("Kopie", "cc")], "2. September 2024 um 09:14:06 MESZ", ", "),
    "outlook-fr": ("", [("De", "from"), ("Envoyé", "date"), ("À", "to"), ("Cc", "cc"),
                   ("Objet", "subject")], "lundi 2 septembre 2024 09:14", "; "),
    "outlook-es": ("-----Mensaje original-----", [("De", "from"), ("Enviado el", "date"), ("Para", "to"),
                   ("CC", "cc"), ("Asunto", "subject")], "lunes, 2 de septiembre de 2024 9:14", "; "),
    "outlook-nl": ("", [("Van", "from"), ("Verzonden", "date"), ("Aan", "to"), ("CC", "cc"),
                   ("Onderwerp", "subject")], "maandag 2 september 2024 09:14", "; "),
    "outlook-pl": ("", [("Od", "from"), ("Wysłano", "date"), ("Do", "to"), ("DW", "cc"),
                   ("Temat", "subject")], "poniedziałek, 2 września 2024 09:14", "; "),
    "outlook-ru": ("", [("От", "from"), ("Отправлено", "date"), ("Кому", "to"), ("Копия", "cc"),
                   ("Тема", "subject")], "2 сентября 2024 г. 9:14", "; "),
    "outlook-uk": ("", [("Від", "from"), ("Надіслано", "date"), ("Кому", "to"), ("Копія", "cc"),
                   ("Тема", "subject")], "2 вересня 2024 р. 9:14", "; "),
    "outlook-el": ("", [("Από", "from"), ("Στάλθηκε", "date"), ("Προς", "to"), ("Κοιν.", "cc"),
                   ("Θέμα", "subject")], "Δευτέρα, 2 Σεπτεμβρίου 2024 9:14 πμ", "; "),
    "outlook-ar": ("", [("من", "from"), ("تاريخ الإرسال", "date"), ("إلى", "to"), ("نسخة", "cc"),
                   ("الموضوع", "subject")], "\u200fالاثنين\u200f، 02\u200f سبتمبر\u200f، 2024 09:14 ص", "; "),
    "outlook-he": ("", [("מאת", "from"), ("נשלח", "date"), ("אל", "to"), ("עותק", "cc"),
                   ("נושא", "subject")], "\u200fיום שני 02 ספטמבר 2024 09:14", "; "),
    "outlook-ja": ("", [("差出人", "from"), ("送信日時", "date"), ("宛先", "to"), ("CC", "cc"),
                   ("件名", "subject")], "2024年9月2日 9:14", "; "),
    "outlook-zh": ("", [("发件人", "from"), ("发送时间", "date"), ("收件人", "to"), ("抄送", "cc"),
                   ("主题", "subject")], "2024年9月2日 9:14", "; "),
    "outlook-ko": ("", [("보낸 사람", "from"), ("보낸 날짜", "date"), ("받는 사람", "to"), ("참조", "cc"),
                   ("제목", "subject")], "2024년 9월 2일 월요일 오전 9:14", "; "),
    "outlook-tr": ("", [("Kimden", "from"), ("Gönderildi", "date"), ("Kime", "to"), ("Bilgi", "cc"),
                   ("Konu", "subject")], "2 Eylül 2024 Pazartesi 09:14", "; "),
    "outlook-fi": ("", [("Lähettäjä", "from"), ("Lähetetty", "date"), ("Vastaanottaja", "to"),
                   ("Kopio", "cc"), ("Aihe", "subject")], "maanantai 2. syyskuuta 2024 9.14", "; "),
    "apple-sv": ("Vidarebefordrat mejl:", [("Från", "from"), ("Ämne", "subject"), ("Datum", "date"),
                 ("Till", "to"), ("Kopia", "cc")], "2 september 2024 09:14:06 CEST", ", "),
    "apple-da": ("Start på videresendt besked:", [("Fra", "from"), ("Emne", "subject"), ("Dato", "date"),
                 ("Til", "to"), ("Cc", "cc")], "2. september 2024 kl. 09.14.06 CEST", ", "),
    "indented-original": ("    -----Original Message-----", [("    Subject", "subject"), ("    From", "from"),
                          ("    Date", "date"), ("    To", "to"), ("    Cc", "cc")],
                          "Mon, 2 Sep 2024 09:14:06 +0100", ", "),
}

# Reply attributions: {D} the date as that client prints it, {N} the name, {A} "Name <email>"
ATTRIBUTIONS: dict[str, str] = {
    "gmail-cy": "Ar Llun, 2 Medi 2024 am 09:14, {A} ysgrifennodd:",
    "thunderbird-cy": "Ar 02/09/2024 09:14, ysgrifennodd {N}:",
    "gmail-de": "Am Mo., 2. Sept. 2024 um 09:14 Uhr schrieb {A}:",
    "gmail-fr": "Le lun. 2 sept. 2024 à 09:14, {A} a écrit :",
    "gmail-es": "El lun, 2 sept 2024 a las 9:14, {N} (<{E}>) escribió:",
    "gmail-it": "Il giorno lun 2 set 2024 alle ore 09:14 {A} ha scritto:",
    "gmail-pt": "Em seg., 2 de set. de 2024 às 09:14, {A} escreveu:",
    "gmail-pl": "pon., 2 wrz 2024 o 09:14 {A} napisał(a):",
    "gmail-ru": "пн, 2 сент. 2024 г. в 09:14, {A}:",
    "gmail-ja": "2024年9月2日(月) 9:14 {A}:",
    "gmail-zh": "{A} 于2024年9月2日周一 09:14写道：",
    "gmail-ko": "2024년 9월 2일 (월) 오전 9:14, {A}님이 작성:",
    "gmail-tr": "{A}, 2 Eyl 2024 Pzt, 09:14 tarihinde şunu yazdı:",
    "gmail-hu": "{A} ezt írta (időpont: 2024. szept. 2., H, 9:14):",
    "gmail-vi": "Vào Th 2, 2 thg 9, 2024 vào lúc 09:14 {A} đã viết:",
    "gmail-el": "Στις Δευ 2 Σεπ 2024 στις 9:14 π.μ., ο χρήστης {A} έγραψε:",
    "gmail-he": "\u202bבתאריך יום ב׳, 2 בספט׳ 2024 ב-9:14 מאת \u202a{N}\u202c\u200f <\u202a{E}\u202c\u200f>:\u202c",
    "gmail-ar": "في الاثنين، 2 سبتمبر 2024 في 9:14 ص تمت كتابة ما يلي بواسطة {A}:",
    "gmail-hi": "सोम, 2 सित॰ 2024 को 9:14 am बजे {A} ने लिखा:",
    "thunderbird-cs": "Dne 2. 9. 2024 v 9:14 {N} napsal(a):",
    "thunderbird-el": "Στις 2/9/2024 9:14 π.μ., ο/η {N} έγραψε:",
    "thunderbird-uk": "02.09.2024 09:14, {N} пише:",
    "apple-nl": "Op 2 sep 2024 om 09:14 heeft {A} het volgende geschreven:",
    "outlook-mac-fi": "{N} <{E}> kirjoitti 2.9.2024 klo 9.14:",
}


def block_plain(fmt: str, e: Earlier) -> str:
    separator, labels, date, joiner = BLOCKS[fmt]
    values = {"from": e.sender, "date": date, "to": joiner.join(e.to), "cc": joiner.join(e.cc),
              "subject": e.subject}
    lines = [separator] if separator else []
    lines += [f"{label}: {values[field]}" for label, field in labels if values[field]]
    indent = "    " if fmt == "indented-original" else ""
    body = "\n".join(indent + line if line else "" for line in e.body.split("\n"))
    return "\n".join([*lines, "", body])


def markdown_block(e: Earlier, *, welsh: bool, one_line: bool = False) -> str:
    """Outlook's block as Markdown renderers write it (bold labels, mailto links, hard breaks)."""
    names = ("Oddi wrth", "Anfonwyd", "At", "Pwnc") if welsh else ("From", "Sent", "To", "Subject")
    date = "Dydd Llun, 2 Medi 2024 09:14" if welsh else "Monday, 2 September 2024 09:14"
    link = lambda p: f"{name_of(p)} <[{email_of(p)}](mailto:{email_of(p)})>"  # noqa: E731
    rows = [f"**{names[0]}:** {link(e.sender)}", f"**{names[1]}:** {date}",
            f"**{names[2]}:** {'; '.join(link(p) for p in e.to)}", f"**{names[3]}:** {e.subject}"]
    head = " ".join(rows) if one_line else "  \n".join(rows)
    return "\n".join(["* * *", "", head, "", e.body])


def attribution_plain(fmt: str, e: Earlier) -> str:
    line = ATTRIBUTIONS[fmt].format(A=f"{name_of(e.sender)} <{email_of(e.sender)}>", N=name_of(e.sender),
                                    E=email_of(e.sender))
    body = e.body + (("\n\n" + render(*e.inner)) if e.inner else "")
    quoted = "\n".join(">" if not x else f"> {x}" for x in body.split("\n"))
    if fmt == "gmail-cy-wrapped":
        return f"{line}\n\n{quoted}"
    return f"{line}\n\n{quoted}"


def render(fmt: str, e: Earlier) -> str:
    """The earlier message as a text/plain body shows it."""
    if fmt.startswith("markdown"):
        return markdown_block(e, welsh=fmt.endswith("-cy"), one_line="one-line" in fmt)
    if fmt == "gmail-cy-wrapped":  # Gmail wraps a long attribution before the address
        line = f"Ar Llun, 2 Medi 2024 am 09:14, {name_of(e.sender)} <\n{email_of(e.sender)}> ysgrifennodd:"
        quoted = "\n".join(">" if not x else f"> {x}" for x in e.body.split("\n"))
        return f"{line}\n\n{quoted}"
    if fmt in ATTRIBUTIONS:
        return attribution_plain(fmt, e)
    text = block_plain(fmt, e)
    return text + (("\n\n" + render(*e.inner)) if e.inner else "")


def render_html(fmt: str, e: Earlier) -> str:
    """The same as text/html: Outlook's bordered block, or Gmail's quote with its attribution."""
    paragraphs = "".join(f"<p>{escape(x) if x else '&nbsp;'}</p>\n" for x in e.body.split("\n"))
    if fmt in ATTRIBUTIONS:
        line = escape(render(fmt, e).split("\n\n", 1)[0])
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{line}<br></div>'
                f'<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                f'padding-left:1ex">{paragraphs}</blockquote></div>')
    separator, labels, date, joiner = BLOCKS[fmt]
    values = {"from": e.sender, "date": date, "to": joiner.join(e.to), "cc": joiner.join(e.cc),
              "subject": e.subject}
    rows = "<br>\n".join(f"<b>{escape(label.strip())}:</b> {escape(values[field])}"
                         for label, field in labels if values[field])
    rule = '<hr style="display:inline-block;width:98%">' if fmt.startswith("owa") else ""
    return (f'{rule}<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal">{rows}</p></div>\n{paragraphs}')
