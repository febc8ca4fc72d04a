"""The configured linters pass: ruff and mypy, as set up in pyproject.toml."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("command", [["ruff", "check", "."], [sys.executable, "-m", "mypy"]], ids=["ruff", "mypy"])
def test_linter_is_clean(command: list[str]) -> None:
    if shutil.which(command[0]) is None and command[0] != sys.executable:
        pytest.skip(f"{command[0]} is not installed (pip install -e '.[dev]')")
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
