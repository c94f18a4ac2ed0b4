"""Confidentiality markings: what counts, what does not, where they are found, and speed."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from app.engine.checks.markings import find_in_text, header_markings, message_markings
from app.engine.message.model import Attachment
from tests.builders import CLERK, EVANS, RESIDENT, earlier, make_message

MSIP = ("MSIP_Label_0d814d60-469d-470c-8cb0-58434e2bf457_Enabled=true; "
        "MSIP_Label_0d814d60-469d-470c-8cb0-58434e2bf457_Name={name}; "
        "MSIP_Label_0d814d60-469d-470c-8cb0-58434e2bf457_SiteId=3dd8961f-e488-4e60-8e11-a82d994e183d")


def phrases(text: str) -> list[str]:
    return [phrase for _, phrase, _ in find_in_text(text)]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("CONFIDENTIAL – staffing", "CONFIDENTIAL"),
        ("Re: Private and confidential - grievance", "Private and confidential"),
        ("Strictly confidential until Thursday", "Strictly confidential"),
        ("I'm telling you this in confidence.", "in confidence"),
        ("Shared in the strictest confidence", "in the strictest confidence"),
        ("Commercial in confidence: the lowest tender", "Commercial in confidence"),
        ("Not for publication by virtue of paragraph 3", "Not for publication"),
        ("This is exempt information.", "exempt information"),
        ("paragraph 1 of Schedule 12A", "Schedule 12A"),
        ("Part 2 report on staffing", "Part 2"),
        ("Part II (exempt) – land", "Part II"),
        ("The depot sale will be taken in Part 2 on Thursday", "taken in Part 2"),
        ("OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
        ("OFFICIAL–SENSITIVE", "OFFICIAL–SENSITIVE"),
        ("RESTRICTED: grievance timeline", "RESTRICTED"),
        ("Classification: Restricted", "Classification: Restricted"),
        ("Please treat this as confidential for now.", "confidential"),
        ("The attached contains confidential information about the tenant.", "confidential"),
        ("Please do not share this confidential report.", "confidential"),
    ],
)
def test_marking_found(text, phrase):
    assert phrase in phrases(text)


@pytest.mark.parametrize(
    "text",
    [
        "This email and any attachments are confidential and intended solely for the use of the addressee.",
        "This e-mail and any attachments are confidential. If you have received it in error, please notify the sender.",
        "This message may contain confidential and privileged information.",
        "This is not a confidential matter.",
        "The report is no longer confidential.",
        "A non-confidential version is attached.",
        "It doesn't need to be treated as confidential.",
        "Please see the confidentiality policy.",
        "The county runs a confidential waste collection.",
        "Councillors must not disclose confidential information.",
        "I have every confidence in the clerk.",
        "Restricted byway consultation",
        "The road is weight restricted to 7.5 tonnes.",
        "Part 2 of the planning application deals with drainage.",
    ],
)
def test_not_a_marking(text):
    assert phrases(text) == []


def test_disclaimer_does_not_hide_a_marking_elsewhere_in_the_message():
    text = ("CONFIDENTIAL\n\nThe caretaker has resigned.\n\nDaniel\n\n"
            "This email and any attachments are confidential and intended solely for the addressee.")
    assert phrases(text) == ["CONFIDENTIAL"]


def test_sensitivity_and_label_headers():
    found = header_markings(
        (("Sensitivity", "Company-Confidential"), ("msip_labels", MSIP.format(name="OFFICIAL-SENSITIVE"))),
        "header", None,
    )
    assert [(m.location, m.phrase) for m in found] == [
        ("header:Sensitivity", "Company-Confidential"), ("header:msip_labels", "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("value", [("Sensitivity", "Normal"), ("Sensitivity", "Personal"),
                                   ("msip_labels", MSIP.format(name="General")),
                                   ("msip_labels", MSIP.format(name="Confidential").replace("=true", "=false"))])
def test_headers_that_are_not_markings(value):
    assert header_markings((value,), "header", None) == []


def test_protective_marking_header():
    found = header_markings((("X-Protective-Marking", "VER=2018.4, NS=gov.au, SEC=OFFICIAL:Sensitive"),), "header", None)
    assert [m.phrase for m in found] == ["OFFICIAL:Sensitive"]
    assert header_markings((("X-Protective-Marking", "VER=2018.4, NS=gov.au, SEC=OFFICIAL"),), "header", None) == []


def test_every_place_a_marking_can_be():
    inner = earlier(CLERK, [EVANS], subject="Strictly confidential – depot", body="In confidence: £450k.")
    message = make_message(EVANS, [RESIDENT], subject="FW: Strictly confidential – depot",
                           new_text="Ann – Part II item, see below.", embedded=[inner])
    message = replace(message, attachments=(Attachment("Part_2_report.pdf", "application/pdf", 100),),
                      headers=(("Sensitivity", "Private"),))
    where = {(m.location, m.phrase) for m in message_markings(message)}
    assert where == {
        ("subject", "Strictly confidential"),
        ("new-text", "Part II"),
        ("attachment", "Part 2"),
        ("header:Sensitivity", "Private"),
        ("embedded:1:subject", "Strictly confidential"),
        ("embedded:1", "In confidence"),
    }
    evidence = {m.location: m.evidence for m in message_markings(message)}
    assert evidence["subject"] == "Subject: FW: Strictly confidential – depot"
    assert evidence["attachment"] == "attachment: Part_2_report.pdf"
    assert evidence["embedded:1"].startswith("forwarded message from Helen Symmons <clerk@")


def test_one_megabyte_body_stays_fast():
    body = ("Dear resident, thank you for your letter about part of the hedge and the restricted byway. " * 11_000)
    body += "\nCONFIDENTIAL\n"
    started = time.perf_counter()
    found = phrases(body)
    elapsed = time.perf_counter() - started
    assert len(body) > 1_000_000
    assert elapsed < 0.5, f"{elapsed:.3f}s"
    assert found == []  # the marking lies beyond the scanning cap of one body's text


def test_marking_near_the_end_of_a_long_body_is_found():
    body = "Dear resident, thank you for your letter about part of the hedge. " * 10_000 + "\nCONFIDENTIAL\n"
    assert phrases(body) == ["CONFIDENTIAL"]


def _attachment_phrases(name: str) -> list[str]:
    message = replace(make_message(CLERK, [RESIDENT], new_text="For your information."),
                      attachments=(Attachment(name, "application/pdf", 100),))
    return [m.phrase for m in message_markings(message) if m.location == "attachment"]


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("Part 2 - Forge lease heads of terms.pdf", "Part 2"),
        ("Part 2 – Pavilion options.pdf", "Part 2"),
        ("Part II Appendix B staffing.docx", "Part II"),
        ("Agenda item 7 - Part 2 (land).pdf", "Part 2"),
        ("RESTRICTED Budget 2025-26 draft v3.xlsx", "RESTRICTED"),
        ("Restricted - precept options.xlsx", "Restricted"),
        ("Exempt report - land at Mill Lane.pdf", "Exempt report"),
        ("CONFIDENTIAL_valuation.pdf", "CONFIDENTIAL"),
    ],
)
def test_marking_in_an_attachment_name(name, phrase):
    [found] = _attachment_phrases(name)
    assert found.startswith(phrase)


@pytest.mark.parametrize(
    "name",
    ["Part 2 of the application form.pdf", "Restricted parking zone plan.pdf", "Exempt from VAT - note.pdf",
     "Confidentiality agreement template.docx", "Forge sale report.pdf"],
)
def test_attachment_names_that_are_not_markings(name):
    assert _attachment_phrases(name) == []


def test_pasted_heading_on_its_own_crlf_line():
    text = "Dear all,\r\n\r\nFrom the officers' report:\r\n\r\nRESTRICTED\r\nThe valuer advises £9,000 pa.\r\n"
    assert phrases(text) == ["RESTRICTED"]
    assert phrases("Part 2 / exempt: the minimum price is £150,000.") == ["Part 2"]


@pytest.mark.parametrize(
    "text",
    [
        "Under our standing orders, Part 2 items are discussed without the press and public present.",
        "Our confidentiality policy explains that exempt information is normally kept from publication.",
        "The Part 2 report on the forge sale is no longer confidential - it was published on Monday.",
        "The restriction on the budget papers has been lifted; they are now published.",
    ],
)
def test_policy_talk_and_lifted_markings_are_not_markings(text):
    assert phrases(text) == []


def test_a_pointed_marking_in_policy_words_still_counts():
    assert phrases("Under our policy the attached Part 2 report is confidential.") != []


# Found by a blind batch (December 2026); each case is written afresh in other words.
@pytest.mark.parametrize(
    "text",
    [
        "Thanks for telling me. I'll keep what you said confidential and won't use your name.",
        "We will treat everything you have told us about the tenancy as confidential.",
        "I promise to hold this in confidence.",
        "The lease was discussed in Part 2 in 2023, but members agreed last week that the papers are no longer exempt.",
        "It was considered in Part II at the time; the report has since been published on our website.",
    ],
)
def test_promises_and_lifted_markings_are_not_markings(text):
    assert phrases(text) == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("This is the advice we had:\n\nSTRICTLY CONFIDENTIAL - LEGALLY PRIVILEGED\nThe claim is weak.\n", "STRICTLY CONFIDENTIAL"),
        ("Please keep this confidential until the panel has met.", "confidential"),
        ("Part 2 - caretaker's contract", "Part 2"),
        ("FW: Part II: depot lease", "Part II"),
    ],
)
def test_headings_and_requests_to_keep_quiet_are_markings(text, phrase):
    assert phrase in phrases(text)


def test_a_capitalised_heading_over_a_disclaimer_is_still_a_disclaimer():
    footer = ("PRIVATE AND CONFIDENTIAL\nThis email and any attachments are intended solely for the addressee. "
              "If you have received it in error, please notify the sender.")
    assert phrases(footer) == []


@pytest.mark.parametrize("text", ["If you saw who did it, you can report it in confidence to the police on 101.",
                                  "Concerns can be raised in confidence with the Monitoring Officer."])
def test_how_anyone_may_report_in_confidence_is_not_a_marking(text):
    assert phrases(text) == []


# Found by blind batches from a borough and a market town (December 2026), written afresh.
@pytest.mark.parametrize("text", [
    "The depot lease was exempt until contracts were exchanged. The report is now published on our website.",
    "The valuation was taken in Part 2 because it is commercially sensitive, so I can't share it with you.",
    "The council does not hold any of this information in confidence.",
])
def test_markings_lifted_next_door_withheld_or_denied(text):
    assert phrases(text) == []


def test_a_marking_whose_withholding_is_elsewhere_still_counts():
    text = "CONFIDENTIAL\n\nThe depot lease is attached. I can't share the surveyor's notes yet."
    assert "CONFIDENTIAL" in phrases(text)
