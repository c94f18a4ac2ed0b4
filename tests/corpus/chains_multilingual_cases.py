"""The messages of tests/corpus/chains-multilingual, as data (see build_chains_multilingual.py).

People are those of chains-multilingual/directory.yaml (Penrhos Town Council).
Each positive passes an officer's earlier email, set out by a client in one
language, to someone outside the council who was not on it. The hard
negatives use the same layouts where the recipient was on the earlier email
(stated in its header, greeted in it, or the author of the message it
answered, or kept in a reply-all without being introduced), the author is
not an officer, or the recipient is a partner or a councillor when only
"On … wrote:" is known. New texts are written in
several voices, Welsh and English, and commit the council to nothing.
"""

from __future__ import annotations

from build_chains_multilingual import Case
from chains_multilingual_formats import Earlier as E

T = "penrhos-tc.gov.uk"
FC = ("forwarded-chain",)

PRYS, PRYS_HOME = f"Cllr Eleri Prys <cllr.prys@{T}>", "Eleri Prys <eleri.prys@example.net>"
ROWLANDS, PUGH = f"Cllr Dafydd Rowlands <cllr.rowlands@{T}>", f"Cllr Tomos Pugh <cllr.pugh@{T}>"
JENKINS = "Sioned Jenkins <sioned.jenkins@example.org>"
MORGAN = f"Cllr Bethan Morgan-Lewis <cllr.morganlewis@{T}>"
CLERK, CLERK2 = f"Gwenllian Hughes <clerk@{T}>", f"Gwenllian Hughes <gwenllian.hughes@{T}>"
DEPUTY, POWELL = f"Rhys ap Iorwerth <rhys.apiorwerth@{T}>", f"Nia Powell <nia.powell@{T}>"
CYLLID, OFFICE = f"Carys Evans <cyllid@{T}>", f"Swyddfa'r Cyngor <swyddfa@{T}>"
COUNTY = "Priffyrdd Sir Garthen <priffyrdd@sirgarthen.gov.wales>"
SOLICITOR = "Huw Bevan <huw.bevan@bevan-cyfreithwyr.example.com>"
RESIDENTS = {
    "jones": "Alun Jones <alun.jones@example.com>", "roberts": "Mair Roberts <mair.roberts@example.org>",
    "schmidt": "Katrin Schmidt <k.schmidt@example.de>", "dubois": "Luc Dubois <luc.dubois@example.fr>",
    "nowak": "Ewa Nowak <ewa.nowak@example.pl>", "kovalenko": "Olena Kovalenko <olena.k@example.com>",
    "tanaka": "Yuki Tanaka <yuki.tanaka@example.jp>", "chen": "Chen Wei <chen.wei@example.cn>",
    "haddad": "Rami Haddad <rami.haddad@example.com>", "levi": "Noa Levi <noa.levi@example.com>",
    "park": "Park Ji-woo <jiwoo.park@example.kr>", "yilmaz": "Emre Yılmaz <emre.yilmaz@example.com>",
    "papadopoulos": "Eleni Papadopoulou <eleni.p@example.gr>", "garcia": "Lucía García <lucia.garcia@example.es>",
    "rossi": "Marco Rossi <marco.rossi@example.it>", "silva": "Ana Silva <ana.silva@example.pt>",
    "nguyen": "Nguyễn Văn An <an.nguyen@example.com>", "sharma": "Priya Sharma <priya.sharma@example.in>",
    "horvath": "Horváth Anna <anna.horvath@example.hu>", "novak": "Jana Nováková <jana.novakova@example.cz>",
    "andersson": "Erik Andersson <erik.andersson@example.se>", "jensen": "Mette Jensen <mette.jensen@example.dk>",
    "virtanen": "Aino Virtanen <aino.virtanen@example.fi>", "devries": "Sanne de Vries <sanne@example.nl>",
    "press": "Newyddion Penrhos <newyddion@penrhos-echo.example.com>",
    "club": "Clwb Pêl-droed Penrhos <ysgrifennydd@cpdpenrhos.example.org>",
    "contractor": "Gerddi Glas Cyf <gwaith@gerddiglas.example.co.uk>",
}
R = RESIDENTS

# -- earlier officer emails, in Welsh and English ------------------------------
CAE = E(CLERK, (PRYS,), "Cae chwarae Heol y Bryn",
        "Annwyl Gynghorydd Prys,\n\nMae'r archwiliad diogelwch ar y siglenni wedi'i drefnu ar gyfer "
        "dydd Iau. Byddaf yn anfon yr adroddiad pan ddaw.\n\nCofion\nGwenllian Hughes\nClerc y Dref")
BINS = E(POWELL, (ROWLANDS,), "Biniau yn y parc / Bins in the park",
         "Dafydd,\n\nThe new bins for Parc y Llyn arrive on the 19th; the old ones go to the depot.\n\n"
         "Diolch\nNia Powell\nSwyddog Amwynderau / Amenities Officer")
HALL = E(DEPUTY, (PUGH,), "Neuadd y Dref - gwaith trydanol",
         "Tomos,\n\nThe electrician needs the hall empty on Wednesday morning. I have moved the "
         "craft group to the library.\n\nRhys ap Iorwerth\nDirprwy Glerc")
BUDGET = E(CYLLID, (MORGAN,), "Precept 2025/26 - timeline",
           "Bethan,\n\nDraft figures go to Finance Committee on 14 October and to full council in "
           "January.\n\nCarys Evans\nSwyddog Cyllid")
MARKET = E(CLERK2, (PRYS, ROWLANDS), "Marchnad Nadolig / Christmas market",
           "Dear both,\n\nThe road closure for the market is with the county. Stallholder forms are "
           "on the website.\n\nGwenllian")
OFFICE_NOTE = E(OFFICE, (JENKINS,), "Llyfrgell - oriau agor",
                "Annwyl Sioned,\n\nBydd y llyfrgell ar gau ddydd Llun ar gyfer hyfforddiant.\n\n"
                "Swyddfa'r Cyngor")


def _fwd(file, sender, to, fmt, earlier, why, text, rules=FC, **kw) -> Case:
    return Case(file, sender, to, "FW: " + earlier.subject, text, (fmt, earlier), rules, why, **kw)


def _reply(file, sender, to, fmt, earlier, why, text, rules=FC, **kw) -> Case:
    return Case(file, sender, to, "Re: " + earlier.subject, text, (fmt, earlier), rules, why, **kw)


POSITIVE = [
    _fwd("cy-01-outlook-neges-wreiddiol.eml", PRYS, (R["jones"],), "outlook-cy", CAE,
         "Welsh Outlook '-----Neges Wreiddiol-----' block (Oddi wrth/Anfonwyd/At/Pwnc) to a resident.",
         "Alun,\n\nGweler ateb y clerc isod.\n\nEleri"),
    _fwd("cy-02-outlook-html-oddi-wrth.eml", PRYS, (R["roberts"],), "outlook-cy", CAE,
         "Welsh Outlook block in HTML and text to a resident.", "Mair - er gwybodaeth.\n\nEleri Prys",
         html=True),
    _fwd("cy-03-owa-rule.eml", ROWLANDS, (R["club"],), "owa-cy", BINS,
         "Welsh Outlook on the web rule and block, officer's email to the football club.",
         "Helo,\n\nDyma'r wybodaeth gan y swyddog.\n\nDafydd Rowlands\nCadeirydd", html=True),
    _reply("cy-04-gmail-ysgrifennodd.eml", PRYS_HOME, (CLERK,), "gmail-cy", CAE,
           "Welsh Gmail 'Ar ... am ..., X <x> ysgrifennodd:' reply that copies a resident in.",
           "Diolch Gwenllian. Rwyf wedi copio Mr Jones i mewn.\n\nEleri", cc=(R["jones"],), html=True),
    _reply("cy-05-gmail-wrapped.eml", PRYS_HOME, (CLERK,), "gmail-cy-wrapped", CAE,
           "Welsh Gmail attribution wrapped before the address; a resident added in Cc.",
           "Diolch yn fawr. Wedi copïo Mair Roberts i mewn.\n\nEleri", cc=(R["roberts"],)),
    _reply("cy-06-thunderbird-ysgrifennodd.eml", JENKINS, (DEPUTY,), "thunderbird-cy", HALL,
           "Welsh Thunderbird 'Ar ..., ysgrifennodd X:' reply adding the press.",
           "Rhys,\n\nRwyf wedi ychwanegu'r papur lleol.\n\nSioned", cc=(R["press"],)),
    _fwd("cy-07-thunderbird-pwnc-first.eml", JENKINS, (R["jones"],), "thunderbird-cy", HALL,
         "Welsh Thunderbird forward, Subject (Pwnc) first.", "Alun - diweddariad am y neuadd.\n\nSioned"),
    _fwd("cy-08-markdown-welsh.eml", MORGAN, (R["contractor"],), "markdown-cy", BINS,
         "Outlook block rendered as Markdown with Welsh labels (**Oddi wrth:**).",
         "Bore da,\n\nGwybodaeth gan y swyddog isod.\n\nBethan"),
    _fwd("en-01-markdown-outlook.eml", PUGH, (R["schmidt"],), "markdown-en", HALL,
         "Outlook block rendered as Markdown (**From:** with mailto links) to a resident.",
         "Katrin, the deputy clerk's note is below.\n\nTomos"),
    _fwd("en-02-markdown-one-line.eml", PUGH, (R["dubois"],), "markdown-one-line-en", HALL,
         "Markdown block whose fields run on one line.", "Luc - FYI.\n\nTomos Pugh"),
    _fwd("en-03-indented-original.eml", MORGAN, (R["devries"],), "indented-original", BUDGET,
         "Indented '-----Original Message-----' block with the Subject first.",
         "Sanne,\n\nThe finance officer's timeline, as promised.\n\nBethan"),
    _fwd("de-01-outlook-von.eml", ROWLANDS, (R["schmidt"],), "outlook-de", BINS,
         "German Outlook block (Von/Gesendet/An/Betreff) to a resident.", "Katrin,\n\nsee below.\n\nDafydd",
         html=True),
    _fwd("de-02-apple-anfang.eml", PRYS_HOME, (R["schmidt"],), "apple-de", CAE,
         "German Apple Mail 'Anfang der weitergeleiteten Nachricht:'.", "Hallo Katrin,\n\nzur Info.\n\nEleri"),
    _reply("de-03-gmail-schrieb.eml", PRYS_HOME, (CLERK,), "gmail-de", CAE,
           "German Gmail 'Am ... schrieb X <x>:' reply adding a resident.",
           "Danke - ich habe Frau Schmidt in Kopie gesetzt.\n\nEleri", cc=(R["schmidt"],)),
    _fwd("fr-01-outlook-de-envoye.eml", MORGAN, (R["dubois"],), "outlook-fr", BUDGET,
         "French Outlook block (De/Envoyé/À/Objet).", "Luc,\n\nci-dessous.\n\nBethan", html=True),
    _reply("fr-02-gmail-a-ecrit.eml", PRYS_HOME, (POWELL,), "gmail-fr", BINS,
           "French Gmail 'Le ... X <x> a écrit :' reply adding a resident.", "Merci Nia. J'ajoute Luc Dubois en copie.\n\nEleri",
           cc=(R["dubois"],)),
    _fwd("es-01-outlook-mensaje-original.eml", JENKINS, (R["garcia"],), "outlook-es", HALL,
         "Spanish Outlook '-----Mensaje original-----' block.", "Lucía, para tu información.\n\nSioned"),
    _reply("es-02-gmail-escribio.eml", JENKINS, (DEPUTY,), "gmail-es", HALL,
           "Spanish Gmail 'El ... X (<x>) escribió:' reply adding a resident.", "Gracias Rhys. Añado a Lucía García en copia.\n\nSioned",
           cc=(R["garcia"],)),
    _reply("it-01-gmail-ha-scritto.eml", PUGH, (CYLLID,), "gmail-it", BUDGET,
           "Italian Gmail 'Il giorno ... X <x> ha scritto:' reply adding a resident.", "Grazie. Aggiungo Marco Rossi in copia.\n\nTomos",
           cc=(R["rossi"],)),
    _fwd("nl-01-outlook-van.eml", MORGAN, (R["devries"],), "outlook-nl", BUDGET,
         "Dutch Outlook block (Van/Verzonden/Aan/Onderwerp).", "Sanne, zie hieronder.\n\nBethan"),
    _reply("nl-02-apple-geschreven.eml", MORGAN, (CYLLID,), "apple-nl", BUDGET,
           "Dutch Apple Mail 'Op ... heeft X het volgende geschreven:' reply adding a resident.",
           "Dank je. Ik zet Sanne de Vries in de cc.\n\nBethan", cc=(R["devries"],)),
    _fwd("pl-01-outlook-od.eml", ROWLANDS, (R["nowak"],), "outlook-pl", BINS,
         "Polish Outlook block (Od/Wysłano/Do/Temat).", "Pani Ewo,\n\nponiżej.\n\nDafydd", html=True),
    _reply("pl-02-gmail-napisal.eml", ROWLANDS, (POWELL,), "gmail-pl", BINS,
           "Polish Gmail '... X <x> napisał(a):' reply adding a resident.", "Dziękuję. Dodaję panią Ewę Nowak do wiadomości.\n\nDafydd",
           cc=(R["nowak"],)),
    _reply("pt-01-gmail-escreveu.eml", PRYS_HOME, (CLERK,), "gmail-pt", CAE,
           "Portuguese Gmail 'Em ... X <x> escreveu:' reply adding a resident.", "Obrigada. Coloco a Ana Silva em cópia.\n\nEleri",
           cc=(R["silva"],)),
    _fwd("ru-01-outlook-ot.eml", PUGH, (R["kovalenko"],), "outlook-ru", HALL,
         "Russian Outlook block (От/Отправлено/Кому/Тема).", "Olena, see below.\n\nTomos", html=True),
    _reply("ru-02-gmail-no-verb.eml", PUGH, (DEPUTY,), "gmail-ru", HALL,
           "Russian Gmail attribution with no verb ('пн, ... в 09:14, X <x>:') adding a resident.",
           "Спасибо. I have copied Olena Kovalenko in.\n\nTomos", cc=(R["kovalenko"],)),
    _fwd("uk-01-outlook-vid.eml", JENKINS, (R["kovalenko"],), "outlook-uk", CAE,
         "Ukrainian Outlook block (Від/Надіслано/Кому/Тема).", "Олено, дивіться нижче.\n\nSioned"),
    _reply("uk-02-thunderbird-pyshe.eml", JENKINS, (CLERK,), "thunderbird-uk", CAE,
           "Ukrainian Thunderbird 'X пише:' reply adding a resident.", "Дякую. Olena, see below.\n\nSioned",
           cc=(R["kovalenko"],)),
    _fwd("el-01-outlook-apo.eml", MORGAN, (R["papadopoulos"],), "outlook-el", BUDGET,
         "Greek Outlook block (Από/Στάλθηκε/Προς/Θέμα).", "Eleni, below.\n\nBethan"),
    _reply("el-02-gmail-egrapse.eml", MORGAN, (CYLLID,), "gmail-el", BUDGET,
           "Greek Gmail '... ο χρήστης X <x> έγραψε:' reply adding a resident.", "Ευχαριστώ. Adding Eleni Papadopoulou, who asked.\n\nBethan",
           cc=(R["papadopoulos"],)),
    _reply("el-03-thunderbird-egrapse.eml", MORGAN, (CYLLID,), "thunderbird-el", BUDGET,
           "Greek Thunderbird 'Στις ..., ο/η X έγραψε:' reply adding the press.", "Thanks Carys. I've cc'd the Echo newsdesk.\n\nBethan",
           cc=(R["press"],)),
    _fwd("ar-01-outlook-min.eml", ROWLANDS, (R["haddad"],), "outlook-ar", BINS,
         "Arabic Outlook block (من/تاريخ الإرسال/إلى/الموضوع) with right-to-left marks.",
         "Rami, see below.\n\nDafydd", html=True),
    _reply("ar-02-gmail-bewasitat.eml", ROWLANDS, (POWELL,), "gmail-ar", BINS,
           "Arabic Gmail '... تمت كتابة ما يلي بواسطة X <x>:' reply adding a resident.", "شكرا. Copying in Rami Haddad.\n\nDafydd",
           cc=(R["haddad"],)),
    _fwd("he-01-outlook-meet.eml", PRYS, (R["levi"],), "outlook-he", CAE,
         "Hebrew Outlook block (מאת/נשלח/אל/נושא).", "Noa, below.\n\nEleri"),
    _reply("he-02-gmail-meet.eml", PRYS, (CLERK,), "gmail-he", CAE,
           "Hebrew Gmail attribution with bidi controls ('בתאריך ... מאת X <x>:') adding a resident.",
           "תודה. Noa - for you.\n\nEleri", cc=(R["levi"],)),
    _fwd("ja-01-outlook-sashidashinin.eml", PUGH, (R["tanaka"],), "outlook-ja", HALL,
         "Japanese Outlook block (差出人/送信日時/宛先/件名).", "Tanaka-san, please see below.\n\nTomos",
         html=True),
    _reply("ja-02-gmail.eml", PUGH, (DEPUTY,), "gmail-ja", HALL,
           "Japanese Gmail attribution ('2024年9月2日(月) 9:14 X <x>:') adding a resident.",
           "ありがとうございます。Tanaka-san is copied in.\n\nTomos", cc=(R["tanaka"],)),
    _fwd("zh-01-outlook-fajianren.eml", MORGAN, (R["chen"],), "outlook-zh", BUDGET,
         "Chinese Outlook block (发件人/发送时间/收件人/主题).", "Chen Wei, see below.\n\nBethan"),
    _reply("zh-02-gmail-xiedao.eml", MORGAN, (CYLLID,), "gmail-zh", BUDGET,
           "Chinese Gmail 'X <x> 于...写道：' reply adding a resident.", "谢谢. Chen Wei, this answers your question.\n\nBethan", cc=(R["chen"],)),
    _fwd("ko-01-outlook-bonaen-saram.eml", ROWLANDS, (R["park"],), "outlook-ko", BINS,
         "Korean Outlook block (보낸 사람/보낸 날짜/받는 사람/제목).", "Ji-woo, see below.\n\nDafydd"),
    _reply("ko-02-gmail-jakseong.eml", ROWLANDS, (POWELL,), "gmail-ko", BINS,
           "Korean Gmail '... X <x>님이 작성:' reply adding a resident.", "감사합니다. Ji-woo Park added.\n\nDafydd",
           cc=(R["park"],)),
    _fwd("tr-01-outlook-kimden.eml", JENKINS, (R["yilmaz"],), "outlook-tr", HALL,
         "Turkish Outlook block (Kimden/Gönderildi/Kime/Konu).", "Emre, bilginize.\n\nSioned"),
    _reply("tr-02-gmail-yazdi.eml", JENKINS, (DEPUTY,), "gmail-tr", HALL,
           "Turkish Gmail 'X <x>, ... tarihinde şunu yazdı:' reply adding a resident.", "Teşekkürler. Emre Yılmaz'ı bilgi için ekledim.\n\nSioned",
           cc=(R["yilmaz"],)),
    _reply("hu-01-gmail-ezt-irta.eml", PRYS, (CLERK,), "gmail-hu", CAE,
           "Hungarian Gmail 'X <x> ezt írta (időpont: ...):' reply adding a resident.", "Köszönöm. Anna, lásd lent.\n\nEleri",
           cc=(R["horvath"],)),
    _reply("cs-01-thunderbird-napsal.eml", PUGH, (DEPUTY,), "thunderbird-cs", HALL,
           "Czech Thunderbird 'Dne ... X napsal(a):' reply adding a resident.", "Děkuji. Přidávám paní Novákovou do kopie.\n\nTomos",
           cc=(R["novak"],)),
    _fwd("sv-01-apple-vidarebefordrat.eml", MORGAN, (R["andersson"],), "apple-sv", BUDGET,
         "Swedish Apple Mail 'Vidarebefordrat mejl:' (Från/Ämne/Datum/Till).", "Erik, se nedan.\n\nBethan"),
    _fwd("da-01-apple-videresendt.eml", MORGAN, (R["jensen"],), "apple-da", BUDGET,
         "Danish Apple Mail 'Start på videresendt besked:' (Fra/Emne/Dato/Til).", "Mette, se nedenfor.\n\nBethan"),
    _fwd("fi-01-outlook-lahettaja.eml", PRYS, (R["virtanen"],), "outlook-fi", CAE,
         "Finnish Outlook block (Lähettäjä/Lähetetty/Vastaanottaja/Aihe).", "Aino, alla.\n\nEleri"),
    _reply("fi-02-outlook-mac-kirjoitti.eml", PRYS, (CLERK,), "outlook-mac-fi", CAE,
           "Finnish 'X <x> kirjoitti <date>:' reply adding a resident.", "Kiitos. Lisään Aino Virtasen kopioksi - Aino, katso alta.\n\nEleri",
           cc=(R["virtanen"],)),
    _reply("vi-01-gmail-da-viet.eml", ROWLANDS, (POWELL,), "gmail-vi", BINS,
           "Vietnamese Gmail 'Vào ... X <x> đã viết:' reply adding a resident.", "Cảm ơn. Thêm anh Nguyễn Văn An vào.\n\nDafydd",
           cc=(R["nguyen"],)),
    _reply("hi-01-gmail-ne-likha.eml", PUGH, (DEPUTY,), "gmail-hi", HALL,
           "Hindi Gmail '... X <x> ने लिखा:' reply adding a resident.", "धन्यवाद. Priya Sharma is copied in.\n\nTomos", cc=(R["sharma"],)),
    _fwd("cy-09-shared-mailbox-author.eml", JENKINS, (R["roberts"],), "outlook-cy", OFFICE_NOTE,
         "The council office mailbox (an officer) wrote; Welsh block forwarded to a resident.",
         "Mair - gan y swyddfa.\n\nSioned"),
    _fwd("cy-10-fwd-to-councillor-recipients-known.eml", PRYS, (MORGAN,), "outlook-cy", CAE,
         "Welsh block states the recipients; the councillor it reaches was not among them.",
         "Bethan - er gwybodaeth.\n\nEleri"),
    _reply("en-04-gmail-answered-other-resident.eml", PRYS_HOME, (CLERK,), "gmail-cy",
           E(CLERK, (PRYS,), "Re: Llwybr yr afon", "Eleri,\n\nThe path is on the county's list.\n\nGwenllian",
             inner=("gmail-cy", E(R["roberts"], (CLERK,), "Llwybr yr afon", "The river path is flooded again."))),
           "The clerk's reply answered Mrs Roberts; a different resident (Mr Jones) is copied in.",
           "Thanks - copying Alun in too.\n\nEleri", cc=(R["jones"],)),
]

NEGATIVE = [
    _reply("nc-01-welsh-reply-all-greeted.eml", PRYS, (CLERK,), "gmail-cy",
           E(CLERK, (PRYS,), "Cwyn - coed ar Stryd y Bont",
             "Annwyl Mr Jones a'r Cynghorydd Prys,\n\nMae'r coed ar y rhestr ar gyfer mis Hydref.\n\nGwenllian"),
           "Reply-all: the clerk's email greets Mr Jones, so he was on it.", "Diolch.\n\nEleri",
           rules=(), cc=(R["jones"],)),
    _reply("nc-02-reply-all-greeted-english.eml", PUGH, (DEPUTY,), "gmail-de",
           E(DEPUTY, (PUGH,), "Hall booking", "Dear Katrin and Tomos,\n\nThe hall is free on the 12th.\n\nRhys"),
           "Reply-all: the deputy clerk greeted Mrs Schmidt by name, so she was a recipient.",
           "Danke, Rhys.\n\nTomos", rules=(), cc=(R["schmidt"],)),
    _reply("nc-03-answered-resident-on-thread.eml", PRYS_HOME, (CLERK,), "gmail-cy",
           E(CLERK, (PRYS,), "Re: Llwybr yr afon", "The path is on the county's list.\n\nGwenllian",
             inner=("gmail-cy", E(R["roberts"], (CLERK,), "Llwybr yr afon", "The river path is flooded again."))),
           "Reply-all: the clerk's reply answered Mrs Roberts's email, so she was on it.",
           "Diolch.\n\nEleri", rules=(), cc=(R["roberts"],)),
    _reply("nc-04-on-wrote-to-councillor.eml", PRYS, (MORGAN,), "gmail-cy", CAE,
           "Councillor passes a Welsh Gmail quote to another councillor: recipients unknown.",
           "Bethan - er gwybodaeth.\n\nEleri", rules=()),
    _fwd("nc-05-cc-participant-welsh.eml", PRYS, (ROWLANDS,), "outlook-cy", MARKET,
         "The chair was in the Welsh block's To line (At:).", "Dafydd - ail-anfon.\n\nEleri", rules=()),
    _fwd("nc-06-fwd-to-county-german.eml", ROWLANDS, (COUNTY,), "outlook-de", BINS,
         "German Outlook block forwarded to the county council (a partner).", "See below.\n\nDafydd", rules=()),
    _fwd("nc-07-fwd-to-solicitor-japanese.eml", PUGH, (SOLICITOR,), "outlook-ja", HALL,
         "Japanese Outlook block forwarded to the council's solicitor (a partner).", "Huw - FYI.\n\nTomos",
         rules=()),
    _fwd("nc-08-resident-author-polish.eml", ROWLANDS, (R["contractor"],), "outlook-pl",
         E(R["nowak"], (ROWLANDS,), "Ławka w parku", "Dzień dobry, ławka jest zniszczona."),
         "A resident's email (Polish block) forwarded: not written by an officer.", "FYI.\n\nDafydd", rules=()),
    _fwd("nc-09-own-email-welsh.eml", CLERK, (R["jones"],), "outlook-cy",
         E(CLERK2, (PRYS,), "Cae chwarae", "Eleri,\n\nMae'r archwiliad ddydd Iau.\n\nGwenllian"),
         "The clerk forwards her own earlier email (her other address).", "Annwyl Mr Jones,\n\nGweler isod.\n\n"
         "Gwenllian Hughes\nClerc y Dref", rules=()),
    _fwd("nc-10-recipient-in-block-chinese.eml", MORGAN, (R["chen"],), "outlook-zh",
         E(CYLLID, (MORGAN, R["chen"]), "Hall hire invoice", "Dear Chen Wei and Bethan,\n\nThe invoice is attached."),
         "Chen Wei was in the Chinese block's 收件人 line.", "Resending.\n\nBethan", rules=()),
    _fwd("nc-11-markdown-same-people.eml", PUGH, (R["schmidt"],), "markdown-en",
         E(DEPUTY, (R["schmidt"],), "Hall booking", "Dear Mrs Schmidt,\n\nYour booking is in the diary."),
         "Markdown block: Mrs Schmidt was the earlier email's recipient.", "Katrin - as below.\n\nTomos", rules=()),
    _reply("nc-12-reply-to-officer-only-korean.eml", ROWLANDS, (POWELL,), "gmail-ko", BINS,
           "Korean Gmail reply to the officer alone.", "Thanks Nia.\n\nDafydd", rules=()),
    _fwd("nc-13-councillor-author-turkish.eml", JENKINS, (R["yilmaz"],), "outlook-tr",
         E(PUGH, (JENKINS,), "Festival", "Sioned, I support the festival plan.\n\nTomos"),
         "A councillor's email (Turkish block) forwarded to a resident: not an officer's.", "Emre - FYI.\n\nSioned",
         rules=()),
    _fwd("nc-14-fwd-own-personal-address-russian.eml", PRYS, (PRYS_HOME,), "outlook-ru", CAE,
         "Councillor forwards the clerk's email (Russian block) to her own address.", "", rules=()),
    _fwd("nc-15-welsh-officer-internal.eml", POWELL, (DEPUTY, OFFICE), "owa-cy", HALL,
         "Officer chain forwarded internally (Welsh OWA block).", "Rhys - ar gyfer yr agenda.\n\nNia", rules=()),
    _reply("nc-16-reply-all-arabic-greeted.eml", ROWLANDS, (POWELL,), "gmail-ar",
           E(POWELL, (ROWLANDS,), "Allotment plot", "Dear Rami and Dafydd,\n\nPlot 7 is ready.\n\nNia"),
           "Reply-all: the officer's email greets Rami Haddad, so he was on it.", "شكرا\n\nDafydd", rules=(),
           cc=(R["haddad"],)),
    _reply("nc-17-silent-reply-all-french.eml", PRYS_HOME, (POWELL,), "gmail-fr", BINS,
           "Silent reply-all to the officer: the resident in Cc is not introduced, so was already on it.",
           "Merci Nia.\n\nEleri", rules=(), cc=(R["dubois"],)),
    _reply("nc-18-silent-reply-all-welsh.eml", PRYS, (CLERK,), "gmail-cy", CAE,
           "Welsh reply-all to the clerk; Mr Jones is kept in Cc without a word: he was on it.",
           "Diolch Gwenllian, mae hynny'n help.\n\nEleri", rules=(), cc=(R["jones"],)),
    _reply("nc-19-silent-reply-all-japanese.eml", PUGH, (DEPUTY,), "gmail-ja", HALL,
           "Japanese Gmail reply-all; the visitor in Cc is not introduced.", "ありがとうございます。\n\nTomos",
           rules=(), cc=(R["tanaka"],)),
    _reply("nc-20-silent-reply-all-greek.eml", MORGAN, (CYLLID,), "thunderbird-el", BUDGET,
           "Greek Thunderbird reply-all; the resident in Cc is not introduced.", "Thanks Carys.\n\nBethan",
           rules=(), cc=(R["papadopoulos"],)),
]

CASES = POSITIVE + NEGATIVE
