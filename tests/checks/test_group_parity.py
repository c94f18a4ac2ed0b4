"""group-parity: an officer's advice or report reaching only one political group."""

from __future__ import annotations

import pytest

from app.engine.checks.group_parity import check
from app.engine.directory import directory_from_mapping
from app.engine.message import parse
from app.engine.packs.group_notice import GroupNotice, render_notice
from app.engine.party_groups import group_names
from app.errors import DirectoryError
from tests.builders import make_eml

D = "wexcombe-pc.gov.uk"
PEOPLE = [
    {"name": "Ann Lee", "role": "councillor", "group": "Independent", "emails": [f"cllr.lee@{D}"]},
    {"name": "Bo Ng", "role": "councillor", "group": "Independent", "emails": [f"cllr.ng@{D}"]},
    {"name": "Cal Ray", "role": "councillor", "group": "Labour", "emails": [f"cllr.ray@{D}"]},
    {"name": "Di Fox", "role": "councillor", "group": "Labour", "emails": [f"cllr.fox@{D}"]},
    {"name": "Ed Moss", "role": "councillor", "emails": [f"cllr.moss@{D}"]},
    {"name": "Pat Kerr", "role": "officer", "titles": ["clerk"], "emails": [f"clerk@{D}"]},
    {"name": "Sol Vance", "role": "officer", "emails": [f"sol.vance@{D}"]},
]
GROUPS = {"Independent": {"leader": "Ann Lee", "address": f"independents@{D}"},
          "Labour": {"leader": f"cllr.ray@{D}"}}
COUNCIL = {"council": "Wexcombe Parish Council", "domains": [D], "people": PEOPLE, "groups": GROUPS}
DIRECTORY = directory_from_mapping(COUNCIL)
CLERK, LEE, NG, RAY, MOSS = (f"clerk@{D}", f"cllr.lee@{D}", f"cllr.ng@{D}", f"cllr.ray@{D}", f"cllr.moss@{D}")
ADVICE = "Dear Councillors,\n\nMy advice is that the council must consult before it closes the path.\n\nPat"


def fired(to, body=ADVICE, *, from_=CLERK, cc=(), directory=DIRECTORY, subject="Footpath", **kw) -> list:
    return check(parse(make_eml(from_, to, cc, subject=subject, body=body, **kw)), directory)


def test_advice_to_the_members_of_one_group_fires_naming_the_group():
    [finding] = fired([LEE, NG])
    assert finding.rule == "group-parity" and finding.subjects == ("Independent",)
    assert "Independent group only" in finding.summary and "Labour" in finding.summary
    assert any("My advice" in line for line in finding.evidence)
    assert "other groups not told: Labour" in finding.evidence


def test_the_groups_shared_address_counts_as_the_group():
    assert fired([f"independents@{D}"])


def test_one_councillor_counts_only_when_the_text_says_it_is_for_the_group():
    assert not fired([LEE], "Dear Ann,\n\nMy advice is that you declare the interest.\n\nPat")
    assert fired([LEE], "Dear Ann,\n\nYour group asked about the path. My advice is that the council must consult.")


@pytest.mark.parametrize("to", [
    [LEE, RAY],                       # two groups
    [LEE, NG, MOSS],                  # a councillor of no group
    [f"councillors@{D}", LEE, NG],    # a list address: who else is on it is unknown
    [LEE, NG, "resident@example.org"],  # an outsider: correspondence with the public
])
def test_mail_beyond_one_group_does_not_fire(to):
    assert not fired(to)


def test_a_colleague_in_copy_does_not_stop_it():
    assert fired([LEE, NG], cc=[f"sol.vance@{D}"])


def test_a_councillor_writing_is_not_an_officers_advice():
    assert not fired([NG], from_=LEE, body="Bo, my advice is that our group supports option 2. Ann. Your group.")


@pytest.mark.parametrize("body", [
    "Dear Councillors,\n\nThe briefing will be held in Committee Room 2 at 6pm.",
    "Dear Councillors,\n\nThank you for your group's report on the park.",
    "Dear Councillors,\n\nWould your group like a briefing on the local plan?",
    "Dear Councillors,\n\nI cannot advise on party matters such as your leaflet.",
    "Dear Councillors,\n\nI will prepare a briefing and send it to all groups next week.",
    "Dear Councillors,\n\nYour resident's pothole report has gone to the county.",
    "Dear Councillors,\n\nPlease advise me of your group's nominee by Friday.",
])
def test_logistics_thanks_offers_refusals_promises_and_casework_do_not_fire(body):
    assert not fired([LEE, NG], body)


def test_advice_only_in_quoted_history_does_not_fire():
    body = "See below.\n\nPat\n\nOn Mon, 5 Oct 2026 at 18:40, Pat Kerr wrote:\n> My advice is that the council must consult."
    assert not fired([LEE, NG], body)


def test_an_attached_report_is_a_report():
    assert fired([LEE, NG], "Dear Councillors,\n\nAs requested.\n\nPat", subject="Footpath",
                 attachments=[("Footpath report.pdf", "application/pdf", b"%PDF-1.4")])


def test_a_council_with_one_group_never_fires():
    one = dict(COUNCIL, people=[dict(p, group="Independent") if p.get("group") else p for p in PEOPLE], groups=None)
    directory = directory_from_mapping(one)
    assert group_names(directory) == ("Independent",)
    assert not fired([LEE, NG], directory=directory)


def test_groups_named_only_by_councillors_are_groups_too():
    directory = directory_from_mapping(dict(COUNCIL, groups=None))  # an old directory: no groups mapping
    assert directory.groups == ()
    assert group_names(directory) == ("Independent", "Labour")
    assert fired([LEE, NG], directory=directory)


def test_hostile_text_is_bounded_and_still_read():
    body = ("advice report briefing " * 200 + ". ") * 2000 + "\nMy advice is that the council must consult."
    assert isinstance(fired([LEE, NG], body), list)


# -- the kinds a blind batch found missed (issue 17, recall round) ------------------------------
@pytest.mark.parametrize("body", [
    "On the procedure for your group's amendment: it must be given to me in writing by noon, with a seconder.",
    "quick advice before tonight. Your amendment needs to be with me in writing before 6pm. P",
    "Answers to the questions from your group:\n\n1. Yes, from reserves.\n2. No, it needs Full Council.",
    "Thank you for having me at your group meeting last night. As promised, a summary of the advice I gave "
    "on the lease: it needs Full Council approval.",
    "I've been through the group's alternative budget. Two issues: the reserve is too low and the VAT is wrong.",
    "Short answer: yes, but not by virement. If the group wants to move the money it needs a resolution.",
])
def test_procedure_answers_advice_given_budget_checks_and_short_answers_fire(body):
    assert fired([LEE, NG], body, cc=[f"sol.vance@{D}"])


def test_the_clerks_unlisted_mailbox_in_copy_does_not_stop_it_but_a_members_list_does():
    assert fired([LEE, NG], cc=[f"townclerk@{D}"])
    assert not fired([LEE, NG], cc=[f"members@{D}"])
    assert fired([LEE, NG], cc=[f"Town Clerk <pk@{D}>"])  # an unlisted mailbox the display name calls the Clerk


def test_the_leader_alone_speaking_of_the_group_or_quoting_our_group():
    short = "Ann,\n\nShort answer: yes, but not by virement. If the group wants to, it needs a resolution."
    assert fired([LEE], short)
    assert not fired([NG], short)  # not the leader: her own question
    assert not fired([LEE], short + " The working group meets on Monday.")
    quoted = ("Ann,\n\nNo, not without a fresh resolution.\n\nPat\n\nOn Mon, 5 Oct 2026 at 18:40, Ann Lee "
              f"<{LEE}> wrote:\n> Can our group reopen the parking decision?")
    assert fired([LEE], quoted)


def test_a_leader_by_the_directory_title_alone_counts_as_the_leader():
    people = [dict(x, titles=["leader"]) if x["name"] == "Cal Ray" else x for x in PEOPLE]
    directory = directory_from_mapping(dict(COUNCIL, people=people, groups=None))
    short = "Cal,\n\nShort answer: yes, but not by virement. If the group wants to, it needs a resolution."
    assert fired([RAY], short, directory=directory)
    assert not fired([f"cllr.fox@{D}"], short, directory=directory)


@pytest.mark.parametrize("body", [
    "Jo, Kate,\n\nAdvice for the Allotments Working Group: the council must give notice before raising rents.",
    "Dear Councillors,\n\nThe working group asked whether it needs a consultation. My advice is that it does.",
    "Dear members of the Burial Ground Sub-Committee,\n\nMy advice is that the fees need Full Council approval.",
])
def test_advice_to_a_council_working_group_or_committee_is_not_to_a_political_group(body):
    assert not fired([LEE, NG], body)


def test_the_same_advice_for_the_political_group_fires_though_a_working_group_is_mentioned():
    assert fired([LEE, NG], "Ann, Bo,\n\nAdvice for the Independent group: the council must give notice.")
    assert fired([LEE, NG], "The working group has recommended it; my advice to your group is to ask for a vote.")


@pytest.mark.parametrize("body", [
    "Dear Councillors,\n\nReminder: mileage claims must reach me by 5pm on Friday.",
    "Dear Councillors,\n\nThank you for having me at your group meeting; it was good to meet you.",
    "Dear Councillors,\n\nThe questions from your group have gone to the county; I'll send the answers on.",
    "Dear Councillors,\n\nThe agenda pack is re-sent with the report on item 4, as the link failed.",
])
def test_reminders_thanks_passed_on_questions_and_resent_packs_do_not_fire(body):
    assert not fired([LEE, NG], body)


def test_a_deadline_is_not_logistics_but_a_meeting_time_is():
    assert fired([LEE, NG], "Your motion must be with me in writing by 5pm on Friday.")
    assert not fired([LEE, NG], "Your group meeting is at 7pm in the Orchard Room.")


# -- the directory's groups mapping --------------------------------------------------------
def test_groups_give_the_leader_by_name_or_address_and_the_shared_address():
    lab = next(g for g in DIRECTORY.groups if g.name == "Labour")
    ind = next(g for g in DIRECTORY.groups if g.name == "Independent")
    assert (ind.leader, ind.address, ind.notice_to) == (LEE, f"independents@{D}", f"independents@{D}")
    assert (lab.leader, lab.notice_to) == (RAY, RAY)


@pytest.mark.parametrize(("groups", "problem"), [
    ({"Labour": {"leader": "Nobody Here"}}, "groups.Labour.leader: 'Nobody Here' is neither"),
    ({"Labour": {"whip": "x@y.z"}}, "groups.Labour.whip: unknown key"),
    ({"Labour": {}, " labour ": {}}, "listed twice"),
    (["Labour"], "groups: expected a mapping"),
])
def test_a_bad_groups_mapping_is_one_clear_error(groups, problem):
    with pytest.raises(DirectoryError, match=problem.replace("(", r"\(")):
        directory_from_mapping(dict(COUNCIL, groups=groups))


# -- the notice's words ---------------------------------------------------------------------
def test_the_notice_says_that_advice_was_given_and_not_what():
    notice = GroupNotice(subject="Advice given to the {group} group",
                         body="On {date} {officer} gave advice to the {group} group about \"{subject}\".\n{council}")
    subject, body = render_notice(notice, group="Independent", date="5 October 2026", subject="Footpath  closure",
                                  council="Wexcombe Parish Council", officer="Pat Kerr")
    assert subject == "Advice given to the Independent group"
    assert body == 'On 5 October 2026 Pat Kerr gave advice to the Independent group about "Footpath closure".\n' \
                   "Wexcombe Parish Council"


def test_a_notice_with_an_unknown_placeholder_is_refused():
    with pytest.raises(ValueError, match=r"unknown placeholder \{advice\}"):
        GroupNotice(subject="x", body="The advice was: {advice}")


def test_only_group_parity_takes_a_notice_and_the_shipped_packs_word_it_without_the_advice(tmp_path):
    import yaml

    from app.engine.packs.pack import default_policies_dir, load_pack
    from app.errors import PackError

    source = default_policies_dir() / "leigh-on-sea.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["rules"]["silent-bcc"]["notice"] = {"subject": "x", "body": "y"}
    (tmp_path / "protocols").mkdir()
    (tmp_path / "protocols" / "leigh-on-sea.md").write_text("x", encoding="utf-8")
    broken = tmp_path / "leigh-on-sea.yaml"
    broken.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(PackError, match="rules.silent-bcc.notice: only group-parity sends a notice"):
        load_pack(broken)
    for name in ("leigh-on-sea", "thurrock", "annex-2-4"):
        notice = load_pack(name).rules["group-parity"].notice
        subject, body = render_notice(notice, group="Labour", date="1 May 2026", subject="Budget",
                                      council="C", officer="The Clerk")
        assert "Labour" in subject + body and "1 May 2026" in body and "{" not in subject + body
