"""Every command the README shows runs as written (from a scratch folder beside the examples)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text("utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def _commands() -> list[str]:
    commands = []
    for block in _blocks("bash"):
        for line in block.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            commands.append(line)
    return commands


@pytest.fixture()
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    return tmp_path


def _run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_the_first_two_commands_are_set_up_and_tests() -> None:
    first, second = _commands()[:2]
    assert first.startswith("python3 -m pip install -e \".[dev]\" && claim-audit audit examples/dry-needling.txt")
    assert "--offline --library examples/dry-needling-evidence.xml" in first
    assert second == "python3 -m pytest"
    assert Path(ROOT / ".ci" / "run").read_text("utf-8").rstrip().endswith(second)


def test_every_readme_command_runs(workdir: Path) -> None:
    commands = _commands()
    # the set-up command without its install step (the package is installed already), then the rest
    runnable = [commands[0].split("&&", 1)[1].strip()] + commands[2:]
    for command in runnable:
        done = _run(command, workdir)
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    assert (workdir / "out" / "report.html").stat().st_size > 10_000
    assert (workdir / "out" / "claims.xlsx").exists() and (workdir / "out" / "again.md").exists()
    assert "Misattributed" in (workdir / "out" / "again.md").read_text("utf-8")


def test_python_quickstart_runs(workdir: Path) -> None:
    (code,) = _blocks("python")
    done = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "misattributed" in done.stdout
    assert (workdir / "out" / "quickstart.html").read_text("utf-8").startswith("<!DOCTYPE html>")
