"""`claim-audit batch`: exit codes, summary line, folders, bad inventories."""

from __future__ import annotations

from click.testing import CliRunner
from reports_fakes import LIBRARY, fake_pipeline

from reports.cli import main


def test_batch_command(monkeypatch, tmp_path):
    calls = fake_pipeline(monkeypatch)
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Article {i}")
    inv = tmp_path / "inv.csv"
    inv.write_text("source,name\na0.txt,first\na1.txt,second\na2.txt,third\n")
    out = tmp_path / "out"
    args = ["batch", str(inv), "-o", str(out), "--offline", "--library", str(LIBRARY), "--format", "html,csv"]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    assert res.output == f"3 articles: 3 audited, 0 already done, 0 failed. Summary: {out / 'summary.csv'}\n"
    assert sorted(p.name for p in out.iterdir()) == ["first", "second", "summary.csv", "third"]
    assert sorted(p.name for p in (out / "first").iterdir()) == ["audit.json", "claims.csv", "report.html",
                                                                 "status.json"]
    res = CliRunner().invoke(main, args)
    assert res.output == f"3 articles: 0 audited, 3 already done, 0 failed. Summary: {out / 'summary.csv'}\n"
    assert len(calls) == 3


def test_failed_article_exits_1(monkeypatch, tmp_path):
    import reports.pipeline

    def boom(source, evidence, **kw):
        raise ValueError("synthetic failure")

    monkeypatch.setattr(reports.pipeline, "audit_article", boom)
    (tmp_path / "a.txt").write_text("x")
    inv = tmp_path / "inv.csv"
    inv.write_text("source\na.txt\n")
    res = CliRunner().invoke(main, ["batch", str(inv), "-o", str(tmp_path / "o"), "--offline", "--library",
                                    str(LIBRARY)])
    assert res.exit_code == 1
    assert f"failed: {tmp_path / 'a.txt'}: ValueError: synthetic failure" in res.output


def test_bad_inventory_exits_2(tmp_path):
    inv = tmp_path / "inv.csv"
    inv.write_text("url_list\nx\n")
    res = CliRunner().invoke(main, ["batch", str(inv), "-o", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert res.output == (f"Error: {inv}: the inventory needs a header row with a 'source' column "
                          "(file paths or URLs)\n")


def test_real_batch_killed_midway_then_resumed(tmp_path):
    import os
    import signal
    import subprocess
    import time

    import pandas as pd
    from reports_fakes import ROOT

    articles = sorted(p for p in (ROOT / "tests" / "claims" / "articles").iterdir()
                      if p.suffix in (".txt", ".md", ".html"))[:6]
    inv = tmp_path / "inventory.csv"
    inv.write_text("source\n" + "".join(f"{p}\n" for p in articles))
    out = tmp_path / "out"
    cmd = ["claim-audit", "batch", str(inv), "-o", str(out), "--offline", "--library", str(LIBRARY),
           "--format", "html,md"]
    # (Ctrl-C as a terminal delivers it, even when the suite itself runs as a background job, which starts with SIGINT
    # ignored and would pass that on to the batch)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list(out.glob("*/status.json")):
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGINT)  # Ctrl-C midway
    proc.communicate(timeout=60)
    done = sorted(p.parent.name for p in out.glob("*/status.json"))
    assert 1 <= len(done) < len(articles)
    kept = {name: (out / name / "audit.json").stat().st_mtime_ns for name in done}
    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout == (f"{len(articles)} articles: {len(articles) - len(done)} audited, {len(done)} already "
                            f"done, 0 failed. Summary: {out / 'summary.csv'}\n")
    assert {n: (out / n / "audit.json").stat().st_mtime_ns for n in done} == kept
    frame = pd.read_csv(out / "summary.csv")
    assert list(frame.source) == [str(p) for p in articles] and set(frame.status) == {"ok"}
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []


def test_real_batch_with_two_worker_processes(tmp_path):
    import pandas as pd
    from reports_fakes import ROOT

    articles = sorted(p for p in (ROOT / "tests" / "claims" / "articles").iterdir()
                      if p.suffix in (".txt", ".md", ".html"))[:4]
    inv = tmp_path / "inventory.csv"
    inv.write_text("source\n" + "".join(f"{p}\n" for p in articles))
    out = tmp_path / "out"
    res = CliRunner().invoke(main, ["batch", str(inv), "-o", str(out), "--offline", "--library", str(LIBRARY),
                                    "--jobs", "2"])
    assert res.exit_code == 0, res.output
    frame = pd.read_csv(out / "summary.csv")
    assert list(frame.status) == ["ok"] * 4 and (frame.claims > 0).all()
