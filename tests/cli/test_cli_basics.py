"""What every command shares: help text on every command and option, quiet broken pipes, ``python -m``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
from click.testing import CliRunner

from reports.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in group.commands.items():
        out.append((f"{prefix}{name}", cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, f"{prefix}{name} ")
    return out


def test_every_command_and_option_has_help() -> None:
    names = [name for name, _ in _commands(main)]
    assert {"extract", "audit", "report", "check", "diff", "batch", "library", "library import",
            "library search"} <= set(names)
    missing = []
    for name, cmd in _commands(main):
        if not (cmd.help or "").strip():
            missing.append(name)
        for param in cmd.params:
            if isinstance(param, click.Option) and not (param.help or "").strip():
                missing.append(f"{name} {param.opts[0]}")
    assert missing == []
    for name, _ in _commands(main):
        result = CliRunner().invoke(main, [*name.split(), "--help"])
        assert result.exit_code == 0 and "Usage: " in result.output, name


def test_a_closed_pipe_ends_quietly_with_exit_zero() -> None:
    command = f"{sys.executable} -m reports extract examples/dry-needling.txt | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.stdout == '{\n  "schem'
    assert done.stderr == "" and done.returncode == 0


def test_python_dash_m_runs_the_cli() -> None:
    done = subprocess.run([sys.executable, "-m", "reports.cli", "--help"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("Usage: python -m reports.cli")
