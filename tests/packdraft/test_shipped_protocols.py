"""The five shipped protocols, drafted from Markdown and the PDF, Word, HTML and plain text made from it:
each rule's clause, quote and action must be the hand-written pack's (policies/<name>.yaml), and the
draft must pass `packs check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.engine.packs.pack import load_pack
from app.engine.verify_packs import check_pack, render
from app.packdraft.drafting import draft_pack
from tests.packdraft.documents import write_docx, write_html, write_pdf, write_text
from tests.packdraft.support import POLICIES, SHIPPED, example_directory, quotes_agree


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("protocols")
    made = {}
    for name in SHIPPED:
        markdown_file = POLICIES / "protocols" / f"{name}.md"
        markdown = markdown_file.read_text(encoding="utf-8")
        made[name, "md"] = markdown_file
        made[name, "pdf"] = write_pdf(markdown, folder / f"{name}.pdf")
        made[name, "docx"] = write_docx(markdown, folder / f"{name}.docx")
        made[name, "html"] = write_html(markdown, folder / f"{name}.html")
        made[name, "txt"] = write_text(markdown, folder / f"{name}.txt")
    return made


@pytest.mark.parametrize("fmt", ["md", "pdf", "docx", "html", "txt"])
@pytest.mark.parametrize("name", list(SHIPPED))
def test_the_draft_reproduces_the_hand_written_pack(name, fmt, documents, tmp_path):
    result = draft_pack(documents[name, fmt], SHIPPED[name], tmp_path, slug=name)
    hand = load_pack(POLICIES / f"{name}.yaml")
    for rule, entry in hand.rules.items():
        drafted = result.pack["rules"][rule]
        assert (drafted["action"], drafted["clause"]) == (entry.action, entry.clause), (rule, drafted["because"])
        assert quotes_agree(drafted["quote"], entry.quote), (rule, drafted["quote"], entry.quote)
        assert drafted["confidence"] in ("high", "medium", "low")
        assert drafted["because"]
    duty, drafted_duty = hand.duties.respond, result.pack["duties"]["respond"]
    assert (drafted_duty["clause"], drafted_duty["working_days"], drafted_duty["directions"]) == \
        (duty.clause, duty.working_days, duty.directions)
    assert quotes_agree(drafted_duty["quote"], duty.quote), (drafted_duty["quote"], duty.quote)
    assert drafted_duty.get("escalation_clause") == duty.escalation_clause
    assert drafted_duty["escalate_to"][0] == duty.escalate_to[0]
    report = check_pack(result.pack_file, example_directory())
    assert report.ok, render(report)
    assert report.cases, "the draft comes with example cases"
    assert load_pack(result.pack_file).duties.respond is not None  # written and read back


def test_the_pdf_and_word_texts_keep_the_clause_numbers(documents, tmp_path):
    result = draft_pack(documents["annex-2-4", "pdf"], "Annex 2.4 council", tmp_path, slug="annex-2-4")
    text = result.source_file.read_text(encoding="utf-8")
    assert result.source_file.suffix == ".txt"
    for number in ("5.11 Under no circumstances", "5.12 As a rule", "4.6 Any correspondence"):
        assert f"\n{number}" in text
    assert "(cid:" not in text  # pdfminer's placeholder for the bullet glyph is not kept


def test_a_draft_says_why_and_how_sure(documents, tmp_path):
    result = draft_pack(documents["leigh-on-sea", "md"], "Leigh-on-Sea Town Council", tmp_path, slug="leigh")
    rules = result.pack["rules"]
    assert '"never" forbids it' in rules["councillor-name-letter"]["because"]
    assert '"made clear" prescribes a disclosure' in rules["silent-bcc"]["because"]
    assert '"normally" hedges it' in rules["forwarded-chain"]["because"]
    assert rules["silent-bcc"]["annotation"] == "CC {name}"
    text = result.pack_file.read_text(encoding="utf-8")
    assert "status: draft" in text and "confidence: high" in text
    assert result.pack["protocol"]["revised"] == "2023-03" and result.pack["protocol"]["review_due"] == "2026-11"
