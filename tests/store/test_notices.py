"""The sender's emails say what happened, on which clause, and what happens next."""

from __future__ import annotations

from app.engine.notices import held_notice, released_notice, returned_notice
from tests.store.scenario import check, held_eml


def test_held_notice_cites_the_hold_clauses_and_the_next_step():
    evaluation = check(held_eml())
    subject, body = held_notice("Your complaint", ["Mark Smith", "Ann Lee", "Bob Day"], evaluation.decisions,
                                hold_reason=None, annotation=evaluation.annotation)
    assert subject == "Held for review: Your complaint"
    assert 'Your email "Your complaint" to Mark Smith and 2 others has not been sent yet' in body
    hold_lines = [line for line in body.splitlines() if line.startswith("- ")]
    assert len(hold_lines) == 1  # the hold; the footer finding is shown as the footer, not as a reason
    assert "marked confidential" in hold_lines[0]
    assert '  Protocol clause 6: "Correspondence to individual councillors from officers' in body
    assert "What happens next:" in body and "return it to you" in body
    assert "    CC Councillor Jane Doe" in body


def test_held_notice_explains_a_message_that_could_not_be_fully_checked():
    _, body = held_notice("", [], [], hold_reason="not fully checked: too many parts", annotation=None)
    assert 'Your email (no subject) to no listed recipients' in body
    assert "could not check all of it (not fully checked: too many parts)" in body


def test_released_and_returned_notices_carry_the_reviewers_reason():
    _, released = released_notice("Budget", actor="Sam Morgan", reason="Checked with the MO",
                                  annotation="CC Councillor Jane Doe", strip_bcc=True)
    assert "released by Sam Morgan" in released and "Checked with the MO" in released
    assert "with the footer" in released and "without the blind copies" in released
    subject, returned = returned_notice("Budget", actor="Sam Morgan", reason="Send it from the office")
    assert subject == "Returned to you: Budget"
    assert "was not sent" in returned and "Send it from the office" in returned
