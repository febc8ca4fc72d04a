"""`claim-audit report`: re-rendering a saved audit is byte-identical to audit-time rendering."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from reports_fakes import EXAMPLE, LIBRARY, fake_pipeline

from reports.cli import main


@pytest.fixture
def audited(monkeypatch, tmp_path):
    fake_pipeline(monkeypatch)
    out = tmp_path / "audit"
    res = CliRunner().invoke(main, ["audit", str(EXAMPLE), "--offline", "--library", str(LIBRARY), "-o", str(out),
                                    "--format", "html,md,csv,xlsx,json"])
    assert res.exit_code == 0, res.output
    return out


@pytest.mark.parametrize(("fmt", "name"), [("html", "report.html"), ("md", "report.md"), ("csv", "claims.csv"),
                                           ("xlsx", "claims.xlsx"), ("json", "audit.json")])
def test_rerender_to_file_is_identical(audited, tmp_path, fmt, name):
    target = tmp_path / f"again.{fmt}"
    res = CliRunner().invoke(main, ["report", str(audited / "audit.json"), "--format", fmt, "-o", str(target)])
    assert res.exit_code == 0, res.output
    assert target.read_bytes() == (audited / name).read_bytes()


def test_rerender_to_stdout_is_identical(audited):
    res = CliRunner().invoke(main, ["report", str(audited / "audit.json"), "--format", "md"])
    assert res.exit_code == 0
    assert res.stdout_bytes == (audited / "report.md").read_bytes()


def test_overrides_at_report_time(audited, tmp_path):
    record = json.loads((audited / "audit.json").read_text())
    cid = record["verdicts"][4]["claim_id"]
    ov = tmp_path / "ov.json"
    ov.write_text(json.dumps({"version": 1, "overrides": [{"claim_id": cid, "verdict": "weak", "reviewer": "R"}]}))
    res = CliRunner().invoke(main, ["report", str(audited / "audit.json"), "--format", "csv", "--overrides", str(ov)])
    assert res.exit_code == 0
    assert f"{cid},no_evidence,weak," in res.output


@pytest.mark.parametrize(
    ("content", "args", "code", "message"),
    [
        ("garbage", ["--format", "html"], 1,
         "Error: {path} is not an audit record (invalid JSON: Expecting value: line 1 column 1 (char 0)); "
         "give the audit.json written by `claim-audit audit`"),
        ('{"schema_version": "7"}', [], 1,
         "Error: {path} has schema_version '7', but this claim-audit reads version 1; re-run the audit or use the "
         "claim-audit that wrote it"),
        (None, [], 1, "Error: {path}: no such audit record; run `claim-audit audit SOURCE -o DIR` first"),
    ],
)
def test_bad_records(tmp_path, content, args, code, message):
    path = tmp_path / "audit.json"
    if content is not None:
        path.write_text(content)
    res = CliRunner().invoke(main, ["report", str(path), *args])
    assert res.exit_code == code
    assert res.output == message.format(path=path) + "\n"


def test_xlsx_needs_an_output_file(audited):
    res = CliRunner().invoke(main, ["report", str(audited / "audit.json"), "--format", "xlsx"])
    assert res.exit_code == 2
    assert res.output.splitlines()[-1] == "Error: xlsx is a binary format: give -o FILE.xlsx"


@pytest.mark.parametrize(("fmt", "name"), [("html", "report.html"), ("md", "report.md"), ("csv", "claims.csv"),
                                           ("xlsx", "claims.xlsx"), ("json", "audit.json")])
def test_real_example_rerenders_identically(tmp_path, fmt, name):
    from reports_fakes import example_audit

    out = example_audit()
    target = tmp_path / name
    res = CliRunner().invoke(main, ["report", str(out / "audit.json"), "--format", fmt, "-o", str(target)])
    assert res.exit_code == 0
    assert target.read_bytes() == (out / name).read_bytes()
