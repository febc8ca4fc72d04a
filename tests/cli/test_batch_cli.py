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
