"""`mailguard packs check`: every pack loads, cites its protocol truly, and passes its examples.

Like `sigma check` / `semgrep --test`: a pack is only as good as the clause it
quotes and the messages it is shown to decide correctly.

- citations: each quote occurs in the pack's protocol text (whitespace
  normalised, markdown emphasis and HTML tags stripped), inside the clause it
  cites (the nearest numbered heading or paragraph before it is that clause or
  one of its sub-clauses);
- cases: each `<pack>.test.yaml` case is built into RFC 5322 bytes and run
  through the engine, exactly as `mailguard check` would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator

from app.engine.directory import Directory, load_directory
from app.engine.elections import elections_from_mapping
from app.engine.evaluate import evaluate
from app.engine.packs.cases import Case, case_bytes, load_cases
from app.engine.packs.pack import PolicyPack, default_policies_dir, load_pack, pack_path
from app.engine.packs.reading import display_path
from app.errors import ConfigError

TEST_SUFFIX = ".test.yaml"
EXAMPLE_DIRECTORY = "example-directory.yaml"  # the fictional council the cases run against

_TAGS = re.compile(r"<[^>]+>")
_EMPHASIS = re.compile(r"\*+|~~|\\")
_LINE_PREFIX = re.compile(r"^[\s#>\-•]+")
_MARKER = re.compile(r"^(\d+(?:\.\d+)*)\.?(?=\s|$)")


@dataclass(frozen=True, slots=True)
class CaseResult:
    pack: str
    name: str
    passed: bool
    expected: str  # "hold [silent-bcc] annotation='CC Councillor Jane Doe'"
    got: str
    error: str | None = None  # the engine raised (it should not)


@dataclass(frozen=True)
class PackReport:
    pack: str
    path: str
    problems: list[str] = field(default_factory=list)  # each `file: key: problem`
    cases: list[CaseResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems and all(case.passed for case in self.cases)


# -- citations -------------------------------------------------------------


def normalise(text: str) -> str:
    """Text as quotes are compared: tags and emphasis gone, whitespace collapsed."""
    return " ".join(_EMPHASIS.sub("", _TAGS.sub("", text)).split())


def clause_lines(text: str) -> Iterator[tuple[str | None, str, bool]]:
    """Each non-empty line, normalised, as (clause it stands under, line, whether it starts that clause).

    One reading of clause numbers for the citation check and for `mailguard pack draft`, so a
    quote drafted from a clause is found under that clause.
    """
    clause = None
    for raw in text.splitlines():
        line = normalise(_LINE_PREFIX.sub("", raw))
        if not line:
            continue
        marker = _MARKER.match(line)
        starts = bool(marker) and not raw.lstrip().startswith("<sup>")  # footnotes are not clauses
        if starts:
            clause = marker.group(1)
        yield clause, line, starts


def _text_and_clauses(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Normalised text plus (offset, clause number) where each numbered paragraph starts."""
    chunks: list[str] = []
    markers: list[tuple[int, str]] = []
    offset = 0
    for clause, line, starts in clause_lines(text):
        if starts:
            markers.append((offset, clause))
        chunks.append(line)
        offset += len(line) + 1
    return " ".join(chunks), markers


def citation_problems(pack: PolicyPack, pack_file: Path) -> list[str]:
    shown = display_path(pack_file)
    source = pack_file.parent / pack.protocol.source
    try:
        text, markers = _text_and_clauses(source.read_text(encoding="utf-8"))
    except OSError:
        return [f"{shown}: protocol.source: cannot read {pack.protocol.source}"]
    cited = [(f"rules.{rule}.quote", entry.clause, entry.quote) for rule, entry in pack.rules.items()
             if entry.quote is not None and entry.clause is not None]
    problems = []
    for key, clause_cited, quote in cited + pack.duties.citations():
        where = f"{shown}: {key}"
        at = text.find(normalise(quote))
        if at < 0:
            problems.append(f"{where}: not found in {pack.protocol.source}")
            continue
        clause = next((m for off, m in reversed(markers) if off <= at), None)
        if clause is None or not (clause == clause_cited or clause.startswith(clause_cited + ".")):
            problems.append(f"{where}: found under clause {clause}, not {clause_cited}")
    return problems


# -- cases -------------------------------------------------------------------


def cases_file_of(pack_file: Path) -> Path:
    return pack_file.with_name(pack_file.name.rsplit(".", 1)[0] + TEST_SUFFIX)


def run_pack_tests(
    pack_name_or_path: str | Path, directory: Directory, policies_dir: Path | None = None
) -> list[CaseResult]:
    """Run the pack's same-stem .test.yaml; raises ConfigError if the pack or cases cannot load."""
    pack_file = pack_path(pack_name_or_path, policies_dir)
    pack = load_pack(pack_file)
    cases_file = cases_file_of(pack_file)
    cases = load_cases(cases_file)
    return [run_case(case, pack, directory, cases_file.parent, i) for i, case in enumerate(cases, 1)]


def run_case(case: Case, pack: PolicyPack, directory: Directory, base_dir: Path, number: int) -> CaseResult:
    expected = _describe(case.expect.verdict, case.expect.rules, case.expect.annotation)
    try:
        raw = case_bytes(case, base_dir, f"<case-{number}.{pack.pack}@mailguard.test>")
        if case.elections:  # the example council in an election period, for this case only
            periods = [e.model_dump(by_alias=True) for e in case.elections]
            directory = replace(directory, elections=elections_from_mapping(periods, f"case {case.name!r}"))
        evaluation = evaluate(raw, pack, directory)
    except Exception as exc:  # one broken case must not hide the others' results
        return CaseResult(pack.pack, case.name, False, expected, "error", f"{type(exc).__name__}: {exc}")
    # The engine's verdict, not decide()'s: it is what `mailguard check` reports
    # (a message not fully inspected is held whatever the findings).
    rules = sorted({d.rule for d in evaluation.decisions})
    got = _describe(evaluation.verdict, rules, evaluation.annotation)
    passed = (
        evaluation.verdict == case.expect.verdict
        and rules == sorted(set(case.expect.rules))
        and evaluation.annotation == case.expect.annotation
    )
    return CaseResult(pack.pack, case.name, passed, expected, got)


def _describe(verdict: str, rules, annotation: str | None) -> str:
    text = f"{verdict} [{', '.join(sorted(set(rules)))}]"
    return text + (f" annotation={annotation!r}" if annotation is not None else "")


# -- every pack ----------------------------------------------------------------


def pack_files(policies_dir: Path) -> list[Path]:
    """The packs in a policies directory: each *.yaml but the cases and the example directory."""
    return sorted(
        p for p in policies_dir.iterdir()
        if p.is_file() and p.suffix == ".yaml"
        and not p.name.endswith(TEST_SUFFIX) and p.name != EXAMPLE_DIRECTORY
    )


def check_packs(
    names: list[str] | None = None, *, policies_dir: Path | None = None, directory: Directory | None = None
) -> list[PackReport]:
    """A report per pack (the named ones, or every pack in policies_dir) plus orphan case files."""
    policies_dir = policies_dir or default_policies_dir()
    directory = directory or load_directory(policies_dir / EXAMPLE_DIRECTORY)
    if names:
        files = [pack_path(name, policies_dir) for name in names]
    else:
        files = pack_files(policies_dir)
    reports = [check_pack(path, directory) for path in files]
    if not names:
        reports += [_orphan_report(path) for path in _orphan_case_files(policies_dir)]
    return reports


def check_all_packs(
    names: list[str] | None = None, echo: Callable[[str], object] | None = None, **where
) -> list[PackReport]:
    """`mailguard packs check`: the failing reports (empty when all pass); `echo` gets a report a person reads."""
    reports = check_packs(names, **where)
    if echo is not None:
        for report in reports:
            echo(render(report))
    return [report for report in reports if not report.ok]


def render(report: PackReport) -> str:
    passed = sum(case.passed for case in report.cases)
    head = f"{'ok  ' if report.ok else 'FAIL'} {report.pack}: {passed}/{len(report.cases)} cases"
    lines = [head] + [f"  {problem}" for problem in report.problems]
    for case in report.cases:
        if not case.passed:
            lines.append(f"  case {case.name!r}: expected {case.expected}, got {case.got}")
            if case.error:
                lines.append(f"    {case.error}")
    return "\n".join(lines)


def check_pack(pack_file: Path, directory: Directory) -> PackReport:
    shown = display_path(pack_file)
    try:
        pack = load_pack(pack_file)
    except ConfigError as exc:
        return PackReport(pack_file.stem, shown, [str(exc)])
    problems = citation_problems(pack, pack_file)
    if not cases_file_of(pack_file).is_file():
        problems.append(f"{shown}: (file): no {cases_file_of(pack_file).name} beside it")
        return PackReport(pack.pack, shown, problems)
    try:
        cases = run_pack_tests(pack_file, directory)
    except ConfigError as exc:
        return PackReport(pack.pack, shown, problems + [str(exc)])
    return PackReport(pack.pack, shown, problems, cases)


def _orphan_case_files(policies_dir: Path) -> list[Path]:
    packs = {p.name for p in pack_files(policies_dir)}
    return sorted(
        p for p in policies_dir.iterdir()
        if p.name.endswith(TEST_SUFFIX) and p.name[: -len(TEST_SUFFIX)] + ".yaml" not in packs
    )


def _orphan_report(path: Path) -> PackReport:
    shown = display_path(path)
    return PackReport(path.name, shown, [f"{shown}: (file): cases for a pack that does not exist"])
