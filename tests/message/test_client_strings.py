"""The clients' own reply/forward strings (lexicon_data/) and how templates are taken apart."""

from __future__ import annotations

import json

import pytest

from app.engine.message.embedded import client_strings, lexicon

FILES = ("thunderbird_desktop.json", "thunderbird_android.json", "email_forward_parser.json")


@pytest.mark.parametrize("name", FILES)
def test_every_data_file_says_where_it_comes_from(name):
    data = json.loads((client_strings.DATA / name).read_text(encoding="utf-8"))
    assert data["licence"] in ("MPL-2.0", "Apache-2.0", "MIT")
    assert data["notice"] and data["source"] and len(data["commit"]) == 40
    assert name in (client_strings.DATA / "SOURCES.md").read_text(encoding="utf-8")


def test_thunderbird_files_cover_many_locales_and_welsh():
    desktop = json.loads((client_strings.DATA / "thunderbird_desktop.json").read_text(encoding="utf-8"))
    android = json.loads((client_strings.DATA / "thunderbird_android.json").read_text(encoding="utf-8"))
    assert len(desktop["locales"]) >= 60 and len(android["locales"]) >= 50
    assert android["locales"]["cy"]["labels"] == {
        "from": ["Oddi wrth"], "date": ["Anfonwyd"], "to": ["At"], "cc": ["Cc"], "subject": ["Pwnc"]}
    assert "Ar #2 #3, ysgrifennodd #1:" in desktop["locales"]["cy"]["attributions"]


@pytest.mark.parametrize(
    ("template", "verbs", "openers", "connectors"),
    [
        ("On #2 #3, #1 wrote:", {"wrote"}, {"On"}, set()),
        ("Ar #2 #3, ysgrifennodd #1:", {"ysgrifennodd"}, {"Ar"}, set()),
        ("Am #2 um #3 schrieb #1:", {"schrieb"}, {"Am"}, {"um"}),
        ("#1 wrote on #2 #3:", {"wrote on"}, set(), set()),
        ("#1, #2 #3 tarihinde yazdı:", {"tarihinde yazdı"}, set(), set()),
        ("#2 #3 keltezéssel, #1 írta:", {"írta"}, set(), {"keltezéssel"}),
        ("נכתב על ידי #1, ב־#2 בשעה #3:", {"נכתב על ידי"}, set(), {"ב־", "בשעה"}),
        ("Ο/Η #1 έγραψε στις #2 #3:", {"έγραψε στις"}, set(), {"Ο/Η"}),
        ("#1 於 #2 #3 寫道:", {"寫道"}, set(), {"於"}),
        ("#2 пользователь #1 написал:", {"написал"}, set(), {"пользователь"}),
        ("#1 only", {"only"}, set(), set()),
        ("no placeholder at all", set(), set(), set()),
    ],
)
def test_template_words(template, verbs, openers, connectors):
    assert client_strings.template_words(template) == (verbs, openers, connectors)


@pytest.mark.parametrize(
    ("label", "field"),
    [("Oddi wrth", "from"), ("Anfonwyd", "date"), ("Pwnc", "subject"), ("At", "to"), ("Von", "from"),
     ("De", "from"), ("Da", "from"), ("差出人", "from"), ("보낸 사람", "from"), ("מאת", "from"),
     ("من", "from"), ("مِن", "from"), ("Από", "from"), ("Kopie (CC)", "cc"), ("ENVOYE", "date")],
)
def test_labels_are_found_whatever_the_case_and_vowel_points(label, field):
    assert lexicon.LABEL_FIELDS[lexicon.label_key(label)] == field


def test_merged_views_hold_hand_and_client_entries():
    assert {"ysgrifennodd", "wrote", "写道", "napsal(a)", "έγραψε"} <= lexicon.ALL_VERBS
    assert lexicon.ALL_SEPARATORS["neges wreiddiol"] == "original-message"
    assert lexicon.ALL_SEPARATORS["begin forwarded message"] == "apple-forward"
    assert not any(len(v) < 2 for v in lexicon.ALL_VERBS)
    assert not any(len(label) < 2 for label in lexicon.LABEL_FIELDS if label != "a")
