"""decide(): the strongest action wins, off drops out, the annotation is composed from the pack."""

from __future__ import annotations

import pytest

from app.engine.checks import RULE_IDS
from app.engine.findings import Finding
from app.engine.packs.pack import PolicyPack
from app.engine.verdict import decide


def make_pack(**actions) -> PolicyPack:
    entries = {
        "hold": {"action": "hold", "clause": "1", "quote": "q", "tell_sender": "Held."},
        "annotate": {"action": "annotate", "clause": "6", "quote": "q", "tell_sender": "Footer.",
                     "annotation": "CC Councillor {name}"},
        "flag": {"action": "flag", "why_flag": "Reported."},
        "off": {"action": "off"},
    }
    rules = dict.fromkeys(RULE_IDS, "off")
    rules.update({rule.replace("_", "-"): action for rule, action in actions.items()})
    return PolicyPack.model_validate({
        "pack": "t", "title": "T", "status": "draft",
        "protocol": {"revised": "2023-03", "review_due": "2026-11", "source": "protocols/t.md"},
        "rules": {rule: entries[action] for rule, action in rules.items()},
    })


def finding(rule: str, *subjects: str) -> Finding:
    return Finding(rule=rule, summary=f"{rule} fired", evidence=(f"evidence for {rule}",),
                   subjects=subjects, location="new-text")


def test_no_findings_is_allow_with_nothing_to_append():
    verdict = decide([], make_pack())
    assert (verdict.verdict, verdict.decisions, verdict.annotation) == ("allow", (), None)


@pytest.mark.parametrize(
    ("actions", "expected"),
    [
        # (silent-bcc, forwarded-chain, confidential-disclosure); only silent-bcc names subjects
        (("annotate", "flag", "hold"), "hold"),
        (("annotate", "hold", "flag"), "hold"),
        (("flag", "hold", "off"), "hold"),
        (("annotate", "flag", "off"), "annotate"),
        (("annotate", "off", "flag"), "annotate"),
        (("flag", "flag", "off"), "allow"),
        (("off", "off", "off"), "allow"),
    ],
)
def test_strongest_action_wins(actions, expected):
    pack = make_pack(silent_bcc=actions[0], forwarded_chain=actions[1], confidential_disclosure=actions[2])
    findings = [finding("silent-bcc", "Jane Doe"), finding("forwarded-chain"), finding("confidential-disclosure")]
    assert decide(findings, pack).verdict == expected


def test_flags_only_allow_and_are_kept_for_the_digest():
    pack = make_pack(forwarded_chain="flag", councillor_name_letter="flag")
    verdict = decide([finding("forwarded-chain"), finding("councillor-name-letter")], pack)
    assert verdict.verdict == "allow"
    assert [d.rule for d in verdict.flags] == ["forwarded-chain", "councillor-name-letter"]
    assert verdict.flags[0].why_flag == "Reported."
    assert verdict.annotation is None


def test_off_rules_drop_out_entirely():
    pack = make_pack(forwarded_chain="flag")  # silent-bcc stays off
    verdict = decide([finding("silent-bcc", "Jane Doe"), finding("forwarded-chain")], pack)
    assert [d.rule for d in verdict.decisions] == ["forwarded-chain"]
    assert verdict.annotation is None


def test_decision_carries_the_pack_citation_and_the_finding_evidence():
    pack = make_pack(confidential_disclosure="hold")
    (decision,) = decide([finding("confidential-disclosure")], pack).decisions
    assert (decision.action, decision.clause, decision.quote, decision.tell_sender) == ("hold", "1", "q", "Held.")
    assert (decision.summary, decision.evidence, decision.location) == (
        "confidential-disclosure fired", ("evidence for confidential-disclosure",), "new-text")


def test_annotation_is_one_line_per_subject_in_finding_order_without_duplicates():
    pack = make_pack(silent_bcc="annotate")
    findings = [
        finding("silent-bcc", "Jane Doe"),
        finding("silent-bcc", "David Bowry", "Jane Doe"),
        finding("silent-bcc", "Priya Shah"),
    ]
    verdict = decide(findings, pack)
    assert verdict.verdict == "annotate"
    assert verdict.annotation == "CC Councillor Jane Doe\nCC Councillor David Bowry\nCC Councillor Priya Shah"


def test_hold_findings_contribute_their_annotation_too():
    pack = make_pack(silent_bcc="hold", confidential_disclosure="hold")
    pack = pack.model_copy(update={"rules": {**pack.rules, "silent-bcc": pack.rules["silent-bcc"].model_copy(
        update={"annotation": "Copied to {name}"})}})
    verdict = decide([finding("confidential-disclosure"), finding("silent-bcc", "Jane Doe")], pack)
    assert (verdict.verdict, verdict.annotation) == ("hold", "Copied to Jane Doe")


def test_an_annotate_finding_with_no_one_to_name_is_recorded_as_a_flag():
    # "annotate" with nothing to append would be an empty promise; the digest still sees it.
    verdict = decide([finding("silent-bcc")], make_pack(silent_bcc="annotate"))
    assert (verdict.verdict, verdict.annotation) == ("allow", None)
    assert [(d.rule, d.action) for d in verdict.flags] == [("silent-bcc", "flag")]
    assert verdict.flags[0].why_flag


def test_a_rule_the_pack_does_not_know_is_flagged_not_lost():
    verdict = decide([finding("brand-new-rule")], make_pack())
    assert verdict.verdict == "allow"
    assert [(d.rule, d.action) for d in verdict.flags] == [("brand-new-rule", "flag")]


def test_verdict_and_decisions_are_frozen():
    verdict = decide([finding("forwarded-chain")], make_pack(forwarded_chain="flag"))
    with pytest.raises(AttributeError):
        verdict.verdict = "hold"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        verdict.decisions[0].action = "hold"  # type: ignore[misc]
