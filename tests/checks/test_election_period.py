"""election-period: the pure check, the directory's `elections:` key, and its corpus scores."""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from app.engine.checks import run_checks
from app.engine.checks.election_period import CODE, PARAGRAPH_34, check
from app.engine.directory import directory_from_mapping, load_directory
from app.engine.elections import elections_from_mapping, period
from app.engine.message import parse
from app.errors import DirectoryError

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
FOLDER = CORPUS / "election-period"
EXAMPLE = yaml.safe_load((ROOT / "policies" / "example-directory.yaml").read_text(encoding="utf-8"))

RELEASE = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: News desk <newsdesk@examplegazette.co.uk>\r\n"
           b"Subject: Press release: Elm Road play park\r\n%DATE%Message-ID: <r1@example-council.gov.uk>\r\n\r\n"
           b"PRESS RELEASE\r\n\r\n\"A great day for the town,\" said Cllr Jane Doe, Chair of the council.\r\n")


def _directory(*periods: dict):
    return directory_from_mapping({**EXAMPLE, "elections": list(periods)})


def _release(date_header: str | None = "Tue, 15 Apr 2025 10:00:00 +0100") -> bytes:
    return RELEASE.replace(b"%DATE%", f"Date: {date_header}\r\n".encode() if date_header else b"")


def test_fires_in_the_period_and_cites_the_codes_paragraph_34():
    findings = check(parse(_release()), _directory({"from": "2025-04-07", "to": "2025-05-01"}))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.rule == "election-period" and finding.subjects == ("Jane Doe",)
    assert "paragraph 34" in finding.summary[:200] and "Councillor Jane Doe" in finding.summary
    assert f"{CODE}, paragraph 34: “{PARAGRAPH_34}”" in finding.evidence
    assert any(e.startswith("To the press: ") for e in finding.evidence)
    assert any("said Cllr Jane Doe" in e for e in finding.evidence)


def test_the_quoted_paragraph_is_the_codes_text_kept_in_the_repository():
    text = " ".join((ROOT / "policies" / "protocols" / "code-of-publicity.md").read_text(encoding="utf-8").split())
    assert PARAGRAPH_34 in text and "Open Government Licence v3.0" in text


@pytest.mark.parametrize("first, last, fires", [
    ("2025-04-07", "2025-05-01", True),
    ("2025-04-15", "2025-04-15", True),     # a one-day period: the local day of the Date header
    ("2025-04-16", "2025-05-01", False),    # starts the next day
    ("2025-03-01", "2025-04-14", False),    # ended the day before
])
def test_the_date_header_decides_whether_the_message_is_in_the_period(first, last, fires):
    assert bool(check(parse(_release()), _directory({"from": first, "to": last}))) is fires


def test_days_are_local_days_in_london():
    directory = _directory({"from": "2025-04-16", "to": "2025-04-20"})
    # 23:30 UTC on 15 April is 00:30 on 16 April in London (BST): inside the period
    assert check(parse(_release("Tue, 15 Apr 2025 23:30:00 +0000")), directory)
    assert not check(parse(_release("Tue, 15 Apr 2025 22:30:00 +0000")), directory)


def test_without_a_date_header_the_evaluation_time_the_edge_passes_in_decides():
    directory = _directory({"from": "2025-04-07", "to": "2025-05-01"})
    undated = parse(_release(None))
    assert check(undated, directory) == []  # no moment at all: nothing to place in a period
    assert check(undated, directory.at(datetime(2025, 4, 20, 12, tzinfo=timezone.utc)))
    assert check(undated, directory.at(datetime(2025, 6, 20, 12, tzinfo=timezone.utc))) == []
    assert check(parse(_release("not a date")), directory.at(datetime(2025, 4, 20, tzinfo=timezone.utc)))


def test_candidates_named_by_the_period_narrow_who_counts():
    april = {"from": "2025-04-07", "to": "2025-05-01"}
    assert check(parse(_release()), _directory({**april, "candidates": ["Omar Haddad"]})) == []
    assert check(parse(_release()), _directory({**april, "candidates": ["jane  DOE"]}))


@pytest.mark.parametrize("change, why", [
    ((b"clerk@example-council.gov.uk", b"jane.doe@example.net"), "a councillor's personal address"),
    ((b"newsdesk@examplegazette.co.uk", b"cllr.haddad@example-council.gov.uk"), "internal mail"),
    ((b"newsdesk@examplegazette.co.uk", b"jo.bright@county.example.gov.uk"), "a partner"),
    ((b"said Cllr Jane Doe", b"said Sam Morgan"), "an officer is quoted"),
    ((b"said Cllr Jane Doe, Chair of the council", b"said Mrs Doe of the WI"), "a resident with the surname"),
])
def test_hard_negatives(change, why):
    raw = _release().replace(*change)
    assert check(parse(raw), _directory({"from": "2025-04-07", "to": "2025-05-01"})) == [], why


def test_a_reply_to_one_resident_is_not_publicity():
    raw = (b"From: Sam Morgan <clerk@example-council.gov.uk>\r\nTo: Mark Smith <mark.smith@example.com>\r\n"
           b"Subject: Re: hedge\r\nDate: Tue, 15 Apr 2025 10:00:00 +0100\r\n\r\n"
           b"Dear Mr Smith,\r\n\r\nThanks to Cllr Jane Doe for raising it; your ward councillor is Cllr Doe.\r\n")
    assert check(parse(raw), _directory({"from": "2025-04-07", "to": "2025-05-01"})) == []


def test_no_periods_means_no_work():
    assert check(parse(_release()), directory_from_mapping(EXAMPLE)) == []
    assert directory_from_mapping(EXAMPLE).at(datetime.now(timezone.utc)).as_of is None  # no copy made


@pytest.mark.parametrize("periods, problem", [
    ([{"from": "2025-05-01", "to": "2025-04-07"}], "before the first day"),
    ([{"from": "2025-04-07", "to": "2025-05-01"}, {"from": "2025-05-01", "to": "2025-05-09"}], "overlap"),
    ([{"from": "7 April", "to": "2025-05-01"}], "is not a date"),
    ([{"from": "2025-04-07"}], "expected a mapping with from, to"),
    ([{"from": "2025-04-07", "to": "2025-05-01", "wards": []}], "expected a mapping with from, to"),
    ({"from": "2025-04-07"}, "expected a list"),
])
def test_bad_periods_in_the_directory_are_clear_errors(periods, problem):
    with pytest.raises(DirectoryError, match=re.escape(problem)):
        elections_from_mapping(periods, "directory.yaml")


def test_a_period_is_local_midnight_to_midnight():
    p = period(date(2025, 3, 29), date(2025, 3, 30))  # the clocks go forward on 30 March 2025
    assert p.starts.isoformat() == "2025-03-29T00:00:00+00:00" and p.ends.isoformat() == "2025-03-31T00:00:00+01:00"
    with pytest.raises(ValueError, match="unknown time zone"):
        period(date(2025, 3, 29), date(2025, 3, 30), zone="Mars/Olympus")


def test_hostile_text_stays_cheap():
    body = ("said Cllr Jane Doe " * 20_000).encode()
    raw = _release().replace(b"PRESS RELEASE", body)
    assert len(check(parse(raw), _directory({"from": "2025-04-07", "to": "2025-05-01"}))) == 1


# -- the corpus --------------------------------------------------------------------------

def _scores() -> tuple[int, int, int]:
    directory = load_directory(FOLDER / "directory.yaml")
    tp = fp = fn = 0
    for entry in yaml.safe_load((FOLDER / "labels.yaml").read_text(encoding="utf-8")):
        fired = {f.rule for f in run_checks(parse((FOLDER / entry["file"]).read_bytes()), directory)}
        wanted = "election-period" in entry["rules"]
        tp += wanted and "election-period" in fired
        fp += not wanted and "election-period" in fired
        fn += wanted and "election-period" not in fired
    return tp, fp, fn


def test_corpus_precision_and_recall():
    labels = yaml.safe_load((FOLDER / "labels.yaml").read_text(encoding="utf-8"))
    positives = sum("election-period" in e["rules"] for e in labels)
    assert positives >= 40 and len(labels) - positives >= 40
    tp, fp, fn = _scores()
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\nelection-period corpus: {tp + fn} positives, {len(labels) - positives} negatives, "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.97 and recall >= 0.90


def test_corpus_matches_its_generator(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(CORPUS))
    builder = importlib.import_module("build_election")
    count = builder.main(tmp_path)
    assert count == len(list(FOLDER.glob("*.eml")))
    for built in sorted(tmp_path.iterdir()):
        assert built.read_bytes() == (FOLDER / built.name).read_bytes(), f"{built.name} is stale"


def test_the_directory_snapshot_at_a_moment_keeps_its_people():
    directory = _directory({"from": "2025-04-07", "to": "2025-05-01"})
    later = directory.at(datetime(2025, 4, 20, tzinfo=timezone.utc))
    assert later.is_councillor("cllr.doe@example-council.gov.uk") and later.elections == directory.elections
    assert replace(later, as_of=None) == directory


def test_mailguard_check_reads_the_periods_from_the_directory_file(tmp_path):
    """The contract's CLI: `elections:` in --directory, the finding as a JSON line (flag: verdict allow)."""
    import json
    import subprocess
    import sys

    files = [FOLDER / "ep-01-release-quote-chair.eml", FOLDER / "en-01-before-period.eml"]
    result = subprocess.run([sys.executable, "-m", "app.cli.main", "check", "--policy", "thurrock", "--directory",
                             str(FOLDER / "directory.yaml"), "--json", *map(str, files)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    flagged, before = [json.loads(line) for line in result.stdout.splitlines()]
    assert flagged["verdict"] == "allow" and before["findings"] == []
    assert [(f["rule"], f["action"], f["clause"]) for f in flagged["findings"]] == [("election-period", "flag", "11.3")]
    assert "paragraph 34" in flagged["findings"][0]["summary"]
    bad = tmp_path / "directory.yaml"
    bad.write_text((FOLDER / "directory.yaml").read_text(encoding="utf-8").replace("2027-05-06", "2027-03-01"),
                   encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "app.cli.main", "check", "--directory", str(bad),
                              str(files[0])], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert refused.returncode == 2 and "is before the first day" in refused.stderr and "Traceback" not in refused.stderr


# -- the recall round: titles, pronouns, voices, circulars --------------------------------

def _mail(sender: str, to: str, body: str, bcc: str = "", subject: str = "News") -> bytes:
    head = f"From: {sender}\r\nTo: {to}\r\n" + (f"Bcc: {bcc}\r\n" if bcc else "")
    return (head + f"Subject: {subject}\r\nDate: Tue, 15 Apr 2025 10:00:00 +0100\r\n\r\n{body}\r\n").encode()


APRIL = {"from": "2025-04-07", "to": "2025-05-01"}
GROUPS = "a@wi.example.org, b@scouts.example.org, c@bowls.example.org"


@pytest.mark.parametrize("raw, who", [
    (_mail("News <news@example-council.gov.uk>", GROUPS, 'Photos attached for your newsletters. The Mayor said: '
           '"What a day."'), "the Mayor is the chair when no mayor is listed"),
    (_mail("Mayor <mayor@example-council.gov.uk>", "newsdesk@examplegazette.co.uk",
           "MAYOR'S COLUMN\r\n\r\nI've been proud to open the play area."), "a role mailbox speaks for its holder"),
    (_mail("clerk@example-council.gov.uk", "me@example.net", "Dear hall users,\r\n\r\nCllr Omar Haddad has "
           "asked me to pass on this message: 'I secured the new kitchen.'", bcc=GROUPS), "a relay in Bcc"),
    (_mail("clerk@example-council.gov.uk", "studio@radiowye.example.org", "Cllr Haddad is free tomorrow. "
           "He set up the food bank in 2022."), "a pronoun follows the councillor"),
    (_mail("cllr.haddad@example-council.gov.uk", "secretary@residents.example.org", "Could you circulate this to "
           "your members? My record speaks for itself."), "a candidate's record to be circulated"),
])
def test_the_recall_rounds_kinds_fire(raw, who):
    assert check(parse(raw), _directory(APRIL)), who


@pytest.mark.parametrize("raw, why", [
    (_mail("News <news@example-council.gov.uk>", GROUPS, "For your newsletters: the annual meeting will be chaired "
           "by the Mayor."), "the Mayor only chairs a meeting"),
    (_mail("News <news@example-council.gov.uk>", GROUPS, 'For your newsletters. The Chair of the Planning '
           'Committee said: "Come along."'), "a committee chair is not the Chair"),
    (_mail("clerk@example-council.gov.uk", "me@example.net", "Dear hall users,\r\n\r\nCllr Omar Haddad has "
           "asked me to let you know the hall is closed on Monday.", bcc=GROUPS), "a neutral relay"),
    (_mail("clerk@example-council.gov.uk", "studio@radiowye.example.org", "Cllr Haddad will be at the fair but "
           "he can't do interviews in the period."), "kept off air"),
    (_mail("clerk@example-council.gov.uk", "mark@example.com", "Dear Mr Smith, Cllr Haddad has "
           "asked me to pass on this message: 'I secured a site visit for Tuesday.'"), "one resident"),
    (_mail("jane.doe@example.net", "newsdesk@examplegazette.co.uk", "I've been proud to open the play area."),
     "a personal address"),
    (_mail("clerk@example-council.gov.uk", "planning@agentfirm.example.co.uk", "Cllr Haddad said the committee "
           "would visit the site first."), "a planning agent is not the press"),
    (_mail("clerk@example-council.gov.uk", "me@example.net", "Dear all,\r\n\r\nCllr Haddad secured a site "
           "visit for Tuesday.", bcc=GROUPS, subject="Re: lorries"), "a reply to residents who wrote together"),
])
def test_the_recall_rounds_hard_negatives(raw, why):
    assert check(parse(raw), _directory(APRIL)) == [], why


def test_candidates_named_narrow_titles_and_voices_too():
    raw = _mail("Mayor <mayor@example-council.gov.uk>", "newsdesk@examplegazette.co.uk",
                "I've been proud to open the play area.")
    assert check(parse(raw), _directory({**APRIL, "candidates": ["Omar Haddad"]})) == []


def test_a_relay_reads_the_first_person_credit_it_forwards_below():
    body = ("Dear hall users,\r\n\r\nPlease see below a message from the Chair.\r\n\r\n-----Original Message-----"
            "\r\nFrom: Cllr Jane Doe <cllr.doe@example-council.gov.uk>\r\nSubject: hall\r\n\r\n%s\r\n")
    claim = _mail("clerk@example-council.gov.uk", "me@example.net", body % "I championed the new kitchen.", bcc=GROUPS)
    neutral = _mail("clerk@example-council.gov.uk", "me@example.net", body % "The hall is shut on Monday.", bcc=GROUPS)
    findings = check(parse(claim), _directory(APRIL))
    assert findings and findings[0].subjects == ("Jane Doe",)
    assert check(parse(neutral), _directory(APRIL)) == []
