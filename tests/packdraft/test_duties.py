"""The response duty drafted from a protocol's own words: time phrases, directions, escalation, absence."""

from __future__ import annotations

import pytest

from app.packdraft.clauses import segment
from app.packdraft.duties import draft_duties

HEAD = "# Protocol\n\n1. Introduction\n\nThis protocol guides councillors and officers.\n\n"


@pytest.mark.parametrize("phrase, days, note", [
    ("within ten working days", 10, False),
    ("within 15 business days", 15, False),
    ("within two weeks", 10, False),
    ("within 14 days", 10, True),  # calendar days: shown as working days, and said so
    ("promptly", 10, True),  # no number: a stand-in, and said so
])
def test_time_phrases(phrase, days, note):
    text = HEAD + f"2. Correspondence\n\n2.1 Officers will respond to councillors' enquiries {phrase}.\n"
    drafted = draft_duties(segment(text))
    assert drafted.respond["clause"] == "2.1" and drafted.respond["working_days"] == days
    assert ("limit_source" in drafted.respond) is note


def test_both_directions_and_a_named_escalation():
    text = HEAD + ("2. Correspondence\n\n2.1 Councillors and officers should respond to enquiries within "
                   "five working days.\n\n2.2 Enquiries not answered in that time are raised with the Head of "
                   "Service.\n")
    respond = draft_duties(segment(text)).respond
    assert respond["directions"] == ["councillor-to-officer", "officer-to-councillor"]
    assert (respond["escalation_clause"], respond["escalate_to"]) == ("2.2", ["head-of-service"])


def test_a_protocol_without_a_response_time_drafts_no_duty_and_says_so():
    text = HEAD + "2. Meetings\n\n2.1 Councillors shall attend meetings on time.\n"
    drafted = draft_duties(segment(text))
    assert drafted.respond is None
    assert drafted.notes and drafted.notes[0].startswith("duties.respond:")
