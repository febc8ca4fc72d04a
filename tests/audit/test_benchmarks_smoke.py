"""Both benchmarks run end to end on a small slice of the shared data (skipped without ../shared)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / ".." / "shared" / "data" / "benchmarks"
LAST_LINE = re.compile(r"^accuracy=\d\.\d{3} macro_f1=\d\.\d{3}$")


def run(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / script), *args], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)


def test_pubmedqa_slice():
    data = BENCH / "pubmedqa" / "pqal_dev.json"
    if not data.exists():
        pytest.skip("../shared/data/benchmarks/pubmedqa is not available")
    done = run("pubmedqa.py", "--data", str(data), "--limit", "40", "--split", "holdout")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert lines[0].startswith("40 questions (holdout)")
    assert LAST_LINE.match(lines[-1])
    assert "confusion (rows gold, columns predicted)" in done.stdout


def test_evidence_inference_slice():
    data = BENCH / "evidence_inference"
    if not (data / "prompts_dev.csv").exists():
        pytest.skip("../shared/data/benchmarks/evidence_inference is not available")
    done = run("evidence_inference.py", "--data", str(data), "--limit", "40", "--split", "dev")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert re.match(r"^40 prompts \(dev; \d+ without an abstract file\)", lines[0])
    assert LAST_LINE.match(lines[-1])


def test_missing_data_is_a_clear_error(tmp_path):
    done = run("pubmedqa.py", "--data", str(tmp_path / "absent.json"))
    assert done.returncode == 2
    assert done.stderr.startswith("Error: no PubMedQA file at")
    done = run("evidence_inference.py", "--data", str(tmp_path))
    assert done.returncode == 2
    assert done.stderr.startswith("Error: no Evidence Inference data in")
