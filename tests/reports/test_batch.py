"""The batch runner: folders per article, summary CSV, failures as rows, resume after a hard kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest
from synthetic import make_result

from reports.batch import SUMMARY_COLUMNS, read_inventory, run_batch

ROOT = Path(__file__).resolve().parents[2]


def fake_audit(source, evidence, *, overrides=(), progress=None):
    if "BROKEN" in Path(source).read_text():
        from claims.errors import IngestError

        raise IngestError(f"{source}: cannot read this article")
    return make_result(source=str(source))


def _inventory(tmp_path: Path, n: int, broken: int | None = None) -> Path:
    arts = tmp_path / "articles"
    arts.mkdir(exist_ok=True)
    lines = ["source"]
    for i in range(n):
        name = f"article-{i}.txt"
        (arts / name).write_text("BROKEN" if i == broken else f"Article {i}.")
        lines.append(f"articles/{name}")
    inv = tmp_path / "inventory.csv"
    inv.write_text("\n".join(lines) + "\n")
    return inv


def test_folders_and_summary(tmp_path):
    inv = _inventory(tmp_path, 4, broken=2)
    out = tmp_path / "out"
    seen = []
    summary = run_batch(inv, out, evidence=None, audit=fake_audit, formats=("html", "csv"),
                        progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert (summary.total, summary.audited, summary.skipped, summary.failed) == (4, 3, 0, 1)
    assert seen[-1] == ("articles", 4, 4)
    frame = pd.read_csv(summary.summary_csv, keep_default_na=False)
    assert list(frame.columns) == list(SUMMARY_COLUMNS)
    assert list(frame.status) == ["ok", "ok", "failed", "ok"]
    assert frame.loc[2, "message"] == f"IngestError: {tmp_path}/articles/article-2.txt: cannot read this article"
    assert list(frame.claims) == [6, 6, 0, 6] and list(frame.misattributed) == [1, 1, 0, 1]
    ok = out / frame.loc[0, "folder"]
    assert sorted(p.name for p in ok.iterdir()) == ["audit.json", "claims.csv", "report.html", "status.json"]
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_rerun_skips_done_and_retries_failed(tmp_path):
    inv = _inventory(tmp_path, 3, broken=1)
    out = tmp_path / "out"
    run_batch(inv, out, evidence=None, audit=fake_audit)
    first = {p.parent.name: p.stat().st_mtime_ns for p in out.glob("*/audit.json")}
    assert len(first) == 2
    (tmp_path / "articles" / "article-1.txt").write_text("Article 1, fixed.")
    summary = run_batch(inv, out, evidence=None, audit=fake_audit)
    assert (summary.audited, summary.skipped, summary.failed) == (1, 2, 0)
    after = {p.parent.name: p.stat().st_mtime_ns for p in out.glob("*/audit.json")}
    assert len(after) == 3 and {k: after[k] for k in first} == first


def test_inventory_needs_a_source_column(tmp_path):
    from reports.batch import InventoryError

    inv = tmp_path / "inv.csv"
    inv.write_text("file\na.txt\n")
    with pytest.raises(InventoryError, match=r"inv.csv: the inventory needs a header row with a 'source' column"):
        read_inventory(inv)


KILLABLE = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {synthetic!r})
    from synthetic import make_result
    from reports.batch import run_batch

    def slow(source, evidence, *, overrides=(), progress=None):
        time.sleep(0.15)
        return make_result(source=str(source))

    run_batch(sys.argv[1], sys.argv[2], evidence=None, audit=slow, formats=("html", "md", "csv"))
    """
)


def test_hard_kill_midway_then_resume_loses_nothing(tmp_path):
    inv = _inventory(tmp_path, 30)
    out = tmp_path / "out"
    script = tmp_path / "killable.py"
    script.write_text(KILLABLE.format(synthetic=str(ROOT / "tests" / "reports")))
    proc = subprocess.Popen([sys.executable, str(script), str(inv), str(out)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.glob("*/status.json"))) < 5:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done_before = {p.parent.name for p in out.glob("*/status.json")}
    assert 5 <= len(done_before) < 30
    # every visible folder is complete; only hidden .partial folders may be half-written
    for name in done_before:
        assert json.loads((out / name / "status.json").read_text())["status"] == "ok"
        assert (out / name / "audit.json").stat().st_size > 0 and (out / name / "report.md").exists()
    assert not (out / "summary.csv").exists()
    summary = run_batch(inv, out, evidence=None, audit=fake_audit, formats=("html", "md", "csv"))
    assert summary.skipped == len(done_before) and summary.audited == 30 - len(done_before)
    frame = pd.read_csv(summary.summary_csv)
    assert len(frame) == 30 and set(frame.status) == {"ok"}
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_executor_runs_articles_in_parallel_with_settings_opened_once_per_worker(tmp_path):
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import dataclass

    opened = []

    @dataclass(frozen=True)
    class Settings:
        name: str = "settings"

        def open(self):
            opened.append(self)
            return "opened-source"

    def audit(source, evidence, *, overrides=()):
        assert evidence == "opened-source"
        return make_result(source=str(source))

    inv = _inventory(tmp_path, 8)
    with ThreadPoolExecutor(max_workers=3) as pool:
        summary = run_batch(inv, tmp_path / "out", Settings(), audit=audit, executor=pool)
    assert (summary.audited, summary.failed) == (8, 0)
    assert len(opened) == 1  # one process: the settings are opened once and reused
    assert list(pd.read_csv(summary.summary_csv).status) == ["ok"] * 8
