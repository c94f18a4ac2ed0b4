"""The shape of the code: import layers (import-linter) and small modules."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULE_LINES = 330  # "module ≲ 300 lines": a little slack, never a god module


def test_import_layers_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


def test_modules_stay_small():
    too_big = {
        str(path.relative_to(ROOT)): lines
        for path in [*ROOT.glob("app/**/*.py"), *ROOT.glob("connectors/**/*.py")]
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not too_big, f"split these modules: {too_big}"


def test_importing_the_app_does_no_work(tmp_path):
    """No settings, engines or database files are made at import time (settings are passed in)."""
    code = "import os, app.main, app.cli.main, app.review.worker, app.serve, app.engine.evaluate; print(sorted(os.listdir('.')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


MAX_FOLDER_MODULES = 15  # a folder longer than this wants splitting into packages


def test_folders_stay_small():
    crowded = {
        str(folder.relative_to(ROOT)): count
        for folder in [ROOT / "app", ROOT / "connectors", *ROOT.glob("app/**/"), *ROOT.glob("connectors/**/")]
        if (count := len([p for p in folder.glob("*.py") if p.name != "__init__.py"])) > MAX_FOLDER_MODULES
    }
    assert not crowded, f"split these folders into packages: {crowded}"


def test_every_package_says_what_it_holds():
    """Each package's __init__ opens with a docstring: the tree explains itself."""
    silent = [
        str(init.relative_to(ROOT))
        for init in [*ROOT.glob("app/**/__init__.py"), *ROOT.glob("connectors/**/__init__.py")]
        if not init.read_text(encoding="utf-8").lstrip().startswith('"""')
    ]
    assert not silent, f"add a docstring to: {silent}"
