"""Runs the handler's own tests (node --test tests/addin/) so the one pytest command covers them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_smart_alerts_handler_passes_its_node_tests():
    node = shutil.which("node")
    assert node, "node is needed (tests/run.sh installs nodejs)"
    result = subprocess.run([node, "--test", "tests/addin/"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout and "# pass 0" not in result.stdout
