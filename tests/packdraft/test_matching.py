"""How wording decides an action, and that a rule is added to the drafter as data."""

from __future__ import annotations

import pytest

from app.packdraft.catalogue import load_catalogue, load_modality
from app.packdraft.clauses import segment
from app.packdraft.matching import draft_rules, wording
from tests.packdraft.support import POLICIES


@pytest.mark.parametrize(("sentence", "rule", "action", "decided_by"), [
    ("Councillors must not blind copy emails.", "silent-bcc", "hold", '"must not" forbids it'),
    ("Under no circumstances should an officer blind copy a councillor.", "silent-bcc", "hold",
     '"Under no circumstances" forbids it'),
    ("Correspondence should not normally be copied to another councillor.", "forwarded-chain", "flag",
     '"normally" hedges it'),
    ("Officers should aim to forward correspondence only with consent.", "forwarded-chain", "flag",
     '"should aim" hedges it'),
    ('If a councillor received it by BCC, add "CC councillor X."', "silent-bcc", "annotate",
     '"CC" prescribes a disclosure'),
    # forwarded-chain findings name no one, so a disclosure it prescribes cannot be annotated: not a hold either
    ("Where correspondence is forwarded, the author should be made aware.", "forwarded-chain", "flag",
     "no forbidding or hedging words"),
    ("Members will maintain appropriate confidentiality.", "confidential-disclosure", "hold",
     "no forbidding or hedging words: the protocol expects confidentiality"),
])
def test_the_wording_decides_the_action(sentence, rule, action, decided_by):
    got, why, _explicit = wording(sentence, load_catalogue()[rule], load_modality())
    assert got == action
    assert why.startswith(decided_by)


def test_a_rule_is_added_by_data(tmp_path):
    """A rule the engine may gain (issue 17's instructs-staff) is placed once its words are written down."""
    extra = tmp_path / "rules.yaml"
    extra.write_text("""
instructs-staff:
  title: Instructions to staff
  about: a councillor instructing an officer directly
  direct_at: 3
  direct:
    - {cue: '\\binstruct', weight: 2}
    - {cue: 'employee|officer|staff', weight: 1}
  tell_sender: {flag: Noted for the Monitoring Officer.}
""", encoding="utf-8")
    catalogue = load_catalogue(extra)
    clauses = segment((POLICIES / "protocols" / "chard.md").read_text(encoding="utf-8"))
    draft = draft_rules(["instructs-staff", "silent-bcc"], clauses, catalogue)
    placed = draft.proposals["instructs-staff"]
    assert (placed.action, placed.clause) == ("hold", "2.3")
    assert placed.quote == "A Councillor acting as an individual cannot give instructions to a Council employee."
    unknown = draft.proposals["silent-bcc"]  # not in this catalogue: flagged, and said so
    assert unknown.action == "flag" and unknown.clause is None
    assert "knows no words for this rule yet" in " ".join(draft.unplaced)
