"""Words that mark an earlier message inside a body, per language and client, as data.

Two layers. The hand-written entries below come from what real mail shows
(forward header blocks, reply attributions and separator lines of Outlook,
Gmail, Apple Mail, Thunderbird, Yahoo, mail.ru, Windows Mail and others),
Welsh first among them. `client_strings` adds what the clients themselves
ship for every language they are translated into (lexicon_data/*.json, with
their licences in lexicon_data/SOURCES.md); the merged views at the end are
what the scanner uses. Everything is compared case-folded with runs of
whitespace collapsed. Add a language here or in lexicon_data/, never in the
scanner.
"""

from __future__ import annotations

import unicodedata

from app.engine.message.embedded import client_strings

# Header-block labels: canonical field -> labels as clients print them
# (without the colon; "De :" with its French space is matched too).
FIELD_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    # Welsh: Outlook's Cymraeg labels (Oddi wrth/Anfonwyd/At/Cc/Pwnc), Thunderbird (Dyddiad, Ateb-At)
    "cy": {"from": ("Oddi wrth",), "date": ("Anfonwyd", "Dyddiad"), "to": ("At",), "cc": ("Cc",),
           "subject": ("Pwnc",), "reply-to": ("Ateb-At",)},
    # English: Outlook (From/Sent/To/Cc/Subject), Gmail/Apple/Thunderbird (Date), Outlook for Mac (Reply-To)
    "en": {"from": ("From",), "date": ("Sent", "Date", "Sent Date"), "to": ("To",),
           "cc": ("Cc",), "subject": ("Subject",), "reply-to": ("Reply-To",)},
    # German: Outlook desktop (Gesendet), New Outlook and Thunderbird (Datum), Kopie/CC
    "de": {"from": ("Von",), "date": ("Gesendet", "Datum", "Gesendet am"), "to": ("An",),
           "cc": ("Kopie", "Kopie (CC)", "CC"), "subject": ("Betreff",),
           "reply-to": ("Antwort an",)},
    # French: Outlook (Envoyé / Envoyé le), webmail "Message du", Cc/Copie à, Objet/Sujet
    "fr": {"from": ("De",), "date": ("Envoyé", "Envoyé le", "Date", "Message du"),
           "to": ("À", "A", "Pour"), "cc": ("Cc", "Copie à", "Copie"),
           "subject": ("Objet", "Sujet"), "reply-to": ("Répondre à",)},
    # Italian: Outlook (Da/Inviato/A/Oggetto), Outlook for Mac (Data, Risposta = Reply-To)
    "it": {"from": ("Da",), "date": ("Inviato", "Data"), "to": ("A",), "cc": ("Cc", "Copia"),
           "subject": ("Oggetto",), "reply-to": ("Risposta", "Rispondi a")},
    # Dutch: Outlook desktop (Van/Verzonden/Aan/Onderwerp), New Outlook (Datum)
    "nl": {"from": ("Van",), "date": ("Verzonden", "Datum"), "to": ("Aan",), "cc": ("CC",),
           "subject": ("Onderwerp",), "reply-to": ("Beantwoorden",)},
    # Spanish: Outlook "-----Mensaje original-----" (De/Enviado/Para/CC/Asunto), Fecha
    "es": {"from": ("De",), "date": ("Enviado", "Enviado el", "Fecha"), "to": ("Para",),
           "cc": ("CC",), "subject": ("Asunto",)},
    # Portuguese: Outlook (De/Enviado/Para/Assunto), Gmail (Data)
    "pt": {"from": ("De",), "date": ("Enviado", "Enviada em", "Data"), "to": ("Para",),
           "cc": ("Cc",), "subject": ("Assunto",)},
    # Polish: Outlook (Od/Wysłano/Do/DW/Temat), Gmail (Data)
    "pl": {"from": ("Od",), "date": ("Wysłano", "Data"), "to": ("Do",), "cc": ("DW", "Kopia"),
           "subject": ("Temat",)},
    # Russian: Outlook / Windows Mail (От/Отправлено/Кому/Копия/Тема), mail.ru (От кого, Дата)
    "ru": {"from": ("От", "От кого", "Отправитель"), "date": ("Отправлено", "Дата"),
           "to": ("Кому",), "cc": ("Копия",), "subject": ("Тема",)},
    # Ukrainian: Outlook (Від/Надіслано/Кому/Копія/Тема)
    "uk": {"from": ("Від",), "date": ("Надіслано", "Дата"), "to": ("Кому",), "cc": ("Копія",),
           "subject": ("Тема",)},
    # Swedish: Outlook (Från/Skickat/Till/Kopia/Ämne), Datum
    "sv": {"from": ("Från",), "date": ("Skickat", "Datum"), "to": ("Till",), "cc": ("Kopia",),
           "subject": ("Ämne",)},
    # Norwegian and Danish: Outlook (Fra/Sendt/Til/Kopi/Emne), Android (Dato), Danish Cc "Cc"
    "no-da": {"from": ("Fra",), "date": ("Sendt", "Dato"), "to": ("Til",), "cc": ("Kopi", "Cc"),
              "subject": ("Emne",)},
    # Finnish: Outlook (Lähettäjä/Lähetetty/Vastaanottaja/Kopio/Aihe), Päivämäärä
    "fi": {"from": ("Lähettäjä",), "date": ("Lähetetty", "Päivämäärä"),
           "to": ("Vastaanottaja",), "cc": ("Kopio",), "subject": ("Aihe",)},
    # Hungarian: Outlook (Feladó/Elküldve/Címzett/Másolatot kap/Tárgy), Dátum
    "hu": {"from": ("Feladó",), "date": ("Elküldve", "Dátum"), "to": ("Címzett",),
           "cc": ("Másolatot kap", "Másolat"), "subject": ("Tárgy",)},
    # Turkish: Outlook (Kimden/Gönderildi/Kime/Bilgi/Konu), Tarih
    "tr": {"from": ("Kimden",), "date": ("Gönderildi", "Tarih"), "to": ("Kime",),
           "cc": ("Bilgi", "Cc"), "subject": ("Konu",)},
    # Japanese: Outlook (差出人/送信日時/宛先/CC/件名), HubSpot (送信元/送信先/日付)
    "ja": {"from": ("差出人", "送信者", "送信元"), "date": ("送信日時", "日付", "日時"),
           "to": ("宛先", "送信先"), "cc": ("CC",), "subject": ("件名",)},
    # Chinese, simplified: Outlook / Foxmail (发件人/发送时间/收件人/抄送/主题), 日期
    "zh-hans": {"from": ("发件人",), "date": ("发送时间", "日期", "时间"), "to": ("收件人",),
                "cc": ("抄送",), "subject": ("主题",)},
    # Outlook labels the clients' published strings lack (written from Outlook's own output):
    # Thai, Vietnamese, Indonesian, Malay, Catalan, Bulgarian, Estonian, Greek, Arabic
    "outlook-more": {"from": ("จาก", "Daripada"), "date": (
        "ส่ง", "Dikirim", "Terkirim", "Dihantar", "Enviat el", "Enviat", "Изпратено", "Saatmisaeg",
        "Στάλθηκε", "تاريخ الإرسال"), "to": ("Đến", "Per a", "До", "Adressaat"),
        "cc": ("สำเนาถึง", "A/c", "نسخة"), "subject": ("เรื่อง", "Относно")},
    # Chinese, traditional: Outlook (寄件者/寄件日期/收件者/副本/主旨)
    "zh-hant": {"from": ("寄件者",), "date": ("寄件日期", "日期"), "to": ("收件者",),
                "cc": ("副本",), "subject": ("主旨",)},
}

# Separator lines that introduce an earlier message -> the `format` recorded.
# Matched against the whole line once dashes, underscores and spaces at both
# ends are stripped.
SEPARATORS: dict[str, str] = {
    # Welsh: Outlook and Thunderbird "-----Neges Wreiddiol-----"
    "neges wreiddiol": "original-message",
    # English: Outlook, Gmail, Thunderbird, Yahoo, Apple Mail, bounces
    "original message": "original-message",
    "forwarded message": "forwarded-message",
    "begin forwarded message": "apple-forward",
    "original message follows.": "original-message",
    # German: Outlook, Thunderbird, Apple Mail
    "ursprüngliche nachricht": "original-message",
    "weitergeleitete nachricht": "forwarded-message",
    "anfang der weitergeleiteten nachricht": "apple-forward",
    # French: Outlook / Android, Apple Mail
    "message d'origine": "original-message",
    "message transféré": "forwarded-message",
    "message transmis": "forwarded-message",  # Yahoo
    "début du message réexpédié": "apple-forward",
    "début du message transféré": "apple-forward",
    # Italian: Outlook, Apple Mail
    "messaggio originale": "original-message",
    "messaggio inoltrato": "forwarded-message",
    "inizio messaggio inoltrato": "apple-forward",
    # Dutch: Outlook, Apple Mail
    "oorspronkelijk bericht": "original-message",
    "doorgestuurd bericht": "forwarded-message",
    "begin doorgestuurd bericht": "apple-forward",
    # Spanish: Outlook, Gmail
    "mensaje original": "original-message",
    "mensaje reenviado": "forwarded-message",
    # Portuguese: Outlook, Gmail
    "mensagem original": "original-message",
    "mensagem encaminhada": "forwarded-message",
    # Polish: Outlook, Gmail
    "oryginalna wiadomość": "original-message",
    "wiadomość przekazana dalej": "forwarded-message",
    # Russian: Outlook, mail.ru, Apple Mail
    "исходное сообщение": "original-message",
    "пересылаемое сообщение": "forwarded-message",
    "начало переадресованного сообщения": "apple-forward",
    # Swedish, Norwegian, Danish: Outlook, Android
    "ursprungligt meddelande": "original-message",
    "opprinnelig melding": "original-message",
    "oprindelig besked": "original-message",
    "oprindelig meddelelse": "original-message",
    "videresendt melding": "forwarded-message",
    "videresendt besked": "forwarded-message",
    # Finnish: Outlook
    "alkuperäinen viesti": "original-message",
    # Hungarian: Outlook
    "eredeti üzenet": "original-message",
    # Turkish: Outlook
    "orijinal ileti": "original-message",
    # Japanese: Gmail, Outlook
    "メッセージを転送": "forwarded-message",
    "元のメッセージ": "original-message",
    # Chinese: Outlook, Foxmail
    "原始邮件": "original-message",
    "原始郵件": "original-message",  # Outlook, traditional
    "wiadomość oryginalna": "original-message",  # Polish Outlook
    "anfang der weitergeleiteten e-mail": "apple-forward",  # German Apple Mail, newer
    "转发的邮件": "forwarded-message",
}

# Reply attributions end with one of these verbs (then ":" or nothing).
# Longer forms first where one is a suffix of another.
ATTRIBUTION_VERBS: tuple[str, ...] = (
    "ysgrifennodd",  # Welsh: Gmail "Ar ... am ..., X ysgrifennodd:", Thunderbird "Ar ..., ysgrifennodd X:"
    "va escriure",  # Catalan Gmail: "El ... X (<a@x>) va escriure:"
    "تمت كتابة ما يلي بواسطة",  # Arabic Gmail: "في ... تمت كتابة ما يلي بواسطة X:"
    "님이 작성", "작성",  # Korean Gmail "... X님이 작성:", Outlook "... 작성:"
    "wiadomość napisana przez",  # Polish Apple Mail: "Wiadomość napisana przez X w dniu ...:"
    "şunları yazdı",  # Turkish Apple Mail: "X şunları yazdı (2 Eyl 2024 09:14):"
    "כתב/ה", "написав(-ла)",  # Hebrew and Ukrainian Apple Mail
    "wrote", "writes",  # English: "On ... X wrote:"
    "schrieb",  # German: "Am ... schrieb X:", "X schrieb am ...:"
    "a écrit",  # French: "Le ... X a écrit :"
    "escribió",  # Spanish: "El ... X escribió:"
    "ha scritto",  # Italian: "Il giorno ... X ha scritto:"
    "het volgende geschreven", "schreef",  # Dutch: "Op ... schreef X:", Apple "... heeft X het volgende geschreven:"
    "escreveu",  # Portuguese: "Em ... X escreveu:"
    "napisał(a)", "napisała", "napisał", "pisze",  # Polish: "W dniu ... użytkownik X napisał:"
    "skrev",  # Swedish, Norwegian, Danish: "Den ... skrev X:"
    "kirjoitti",  # Finnish: "... X kirjoitti:"
    "написал(а)", "написала", "написал",  # Russian: "... пользователь X написал:"
    "написав", "пише",  # Ukrainian: "... X написав:"
    "ezt írta", "írta",  # Hungarian: "... időpontban X ezt írta:"
    "şunu yazdı", "yazdı",  # Turkish: "X, ... tarihinde şunu yazdı:"
    "写道", "寫道",  # Chinese: Apple Mail "在 ...，X 写道："
    "のメッセージ",  # Japanese: Apple Mail "... X のメッセージ:"
)

# Words that open an attribution line (before its date); any language.
ATTRIBUTION_OPENERS: tuple[str, ...] = (
    "ar",  # Welsh
    "on", "am", "le", "el", "il", "il giorno", "in data", "op", "em", "w dniu", "dnia",
    "den", "в", "在", "---- on", "--- on", "- le",
)

# Words between an attribution's date and the author's name, dropped from the name.
ATTRIBUTION_CONNECTORS: tuple[str, ...] = (
    "at", "um", "à", "às", "alle", "om", "kl.", "o godz.", "heeft", "от", "from",
    "пользователь", "użytkownik", "időpontban", "keltezéssel", "tarihinde", "uhr",
    "nachm.", "vorm.", "г.", "р.", "в", "kello", "klo",
    "ο χρήστης", "odesílatel", "מאת",  # and Hebrew Gmail "בתאריך ... מאת X <a@x>:"  # Greek and Czech Gmail: "... ο χρήστης X έγραψε:", "... odesílatel X napsal:"
)

# "From:" values naming a delegate: the author comes before the phrase.
ON_BEHALF_OF: tuple[str, ...] = (
    "on behalf of",  # English Outlook
    "im auftrag von",  # German Outlook
    "de la part de",  # French Outlook
    "per conto di",  # Italian Outlook
    "namens",  # Dutch Outlook
    "en nombre de",  # Spanish Outlook
    "em nome de",  # Portuguese Outlook
    "w imieniu",  # Polish Outlook
    "от имени",  # Russian Outlook
    "ar ran",  # Welsh Outlook
)

# A horizontal rule that Outlook (web, iOS, Android, Windows Mail) prints
# before a header block; it introduces a message only when a block follows.
RULE_CHARS = "_-=—"
MIN_RULE_LENGTH = 5


# -- merged views: the hand entries above first, then the clients' own strings --
CLIENTS = client_strings.load()


def label_key(label: str) -> str:
    """How labels are compared: case-folded, spaces collapsed, without diacritics and vowel
    points ("Envoyé" = "Envoye", Arabic "مِن" = "من", as Outlook and Thunderbird differ)."""
    text = " ".join(label.split()).casefold()
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)))


def _labels_as_printed() -> dict[str, str]:
    found: dict[str, str] = {}
    for fields in FIELD_LABELS.values():
        for field, labels in fields.items():
            for label in labels:
                found.setdefault(" ".join(label.split()), field)
    for field, labels in sorted(CLIENTS.labels.items()):
        for label in sorted(labels):
            found.setdefault(" ".join(label.split()), field)
    return found


LABELS_AS_PRINTED: dict[str, str] = _labels_as_printed()  # hand entries first


LABEL_FIELDS: dict[str, str] = {}  # label_key(label) -> canonical field
for _label, _field in LABELS_AS_PRINTED.items():
    LABEL_FIELDS.setdefault(label_key(_label), _field)
ALL_SEPARATORS: dict[str, str] = {
    " ".join(phrase.split()).casefold(): fmt
    for phrase, fmt in [*CLIENTS.separators.items(), *SEPARATORS.items()]  # hand entries win
}
ALL_VERBS: frozenset[str] = frozenset(
    " ".join(v.split()).casefold() for v in (*ATTRIBUTION_VERBS, *CLIENTS.verbs)
)
ALL_OPENERS: frozenset[str] = frozenset(
    " ".join(o.split()).casefold() for o in (*ATTRIBUTION_OPENERS, *CLIENTS.openers) if len(o) > 1
)
ALL_CONNECTORS: frozenset[str] = frozenset(
    " ".join(c.split()).casefold() for c in (*ATTRIBUTION_CONNECTORS, *CLIENTS.connectors)
)
