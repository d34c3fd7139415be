"""Every command documents itself and is documented in the README; CI runs the README's tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle.cli import COMMANDS, cli

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_help_has_an_example_and_is_in_the_readme(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"chronicle {name}" in README


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```(?:bash|sh)?\n(.*?)```", README, flags=re.S)
    commands = [line for block in blocks[:2] for line in block.splitlines() if line.strip()]
    test_command = next(line for line in commands if "pytest" in line)
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
