"""Nothing in the product or its tests reads outside the checkout (e.g. ../shared beside a clone)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("app", "connectors", "tests", "bench", "migrations", "addin")
SUFFIXES = {".py", ".sh", ".js", ".toml", ".cfg", ".ini", ".yaml", ".yml"}
# A path that leaves the checkout: ../shared, the reference folder by name, or the parent of the repo root
# joined with a name ("ROOT.parent / 'x'", "parents[2] / '..'").
OUTSIDE = re.compile(
    r"""\.\./shared|["']shared["']\s*[,/)]|/work/shared|(?:ROOT|root)\.parent\s*/|parents\[\d\]\s*/\s*["']\.\.["']"""
)


def _files():
    for top in SOURCES:
        for path in (ROOT / top).rglob("*"):
            if path.suffix in SUFFIXES and path.is_file() and ".venv" not in path.parts \
                    and "node_modules" not in path.parts and path != Path(__file__).resolve():
                yield path


def test_no_code_or_test_reads_outside_the_checkout():
    offenders = []
    for path in _files():
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if OUTSIDE.search(line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not offenders, "reads outside the repository:\n" + "\n".join(offenders)


def test_the_pattern_catches_the_old_ways_of_reaching_shared():
    for line in ('REALMAIL = Path(__file__).resolve().parents[2] / ".." / "shared" / "realmail"',
                 '(ROOT.parent / "shared" / "realmail").glob("*/*.eml")', 'open("../shared/CHECK-CONTRACT.md")'):
        assert OUTSIDE.search(line), line


def test_the_realmail_samples_are_in_the_repository_with_their_licences():
    realmail = ROOT / "tests" / "realmail"
    assert (realmail / "labels.json").is_file() and (realmail / "README.md").is_file()
    licences = list((realmail / "LICENSES").glob("*.txt"))
    assert len(licences) >= 10
    samples = [p for p in realmail.rglob("*") if p.suffix in (".eml", ".msg")]
    assert len(samples) > 300
    provenance = (realmail / "README.md").read_text(encoding="utf-8")
    missing = [p.name for p in samples if f"{p.parent.name}/{p.name}" not in provenance]
    assert not missing, f"samples without a provenance row: {missing[:5]}"


def test_the_readme_points_only_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith(("http://", "https://", "mailto:")):
            assert (ROOT / target).exists(), f"README links to {target}, which is not in the repository"
    assert (ROOT / "docs" / "CHECK-CONTRACT.md").is_file()
