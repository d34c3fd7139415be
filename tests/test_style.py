"""House style that can be checked: ruff clean, modules of a readable size."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
MAX_LINES = 400


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff not installed")
def test_ruff_is_clean() -> None:
    result = subprocess.run(["ruff", "check", "--quiet", str(REPO)], capture_output=True,
                            text=True, cwd=REPO)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "module",
    sorted(str(p.relative_to(REPO)) for folder in ("chronicle", "flows", "tasks")
           for p in (REPO / folder).rglob("*.py")),
)
def test_modules_stay_readable(module: str) -> None:
    lines = (REPO / module).read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{module} has {lines} lines"
