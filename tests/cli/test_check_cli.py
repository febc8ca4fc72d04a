"""`claim-audit check`: exit 1 with the failing claims, 0 when clean, 2 on bad input."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from reports_fakes import EXAMPLE, LIBRARY, fake_pipeline, make_result

from reports.cli import main

EVIDENCE = ["--offline", "--library", str(LIBRARY)]


def _check(*args):
    return CliRunner().invoke(main, ["check", str(EXAMPLE), *EVIDENCE, *args])


def test_fails_on_listed_verdicts(monkeypatch):
    fake_pipeline(monkeypatch)
    res = _check("--fail-on", "misattributed,contradicted")
    assert res.exit_code == 1
    assert res.output == (
        "FAIL: 2 of 6 claims are misattributed or contradicted\n"
        "  #3   Misattributed Regular massage therapy can help increase flexibility and mobility.\n"
        "  #4   Contradicted  Dry needling cures carpal tunnel syndrome.\n"
    )


def test_verdict_spellings_and_unknown_verdicts(monkeypatch):
    fake_pipeline(monkeypatch)
    res = _check("--fail-on", "No evidence")
    assert res.exit_code == 1
    assert res.output.splitlines()[0] == "FAIL: 1 of 6 claims are no_evidence"
    res = _check("--fail-on", "harm")
    assert res.exit_code == 2
    assert res.output.splitlines()[-1] == (
        "Error: Invalid value for '--fail-on': unknown verdict 'harm'; use one of error, contradicted, misattributed, "
        "no_evidence, weak, supported")


def test_overrides_clear_the_gate(monkeypatch, tmp_path):
    fake_pipeline(monkeypatch)
    r = make_result(source=str(EXAMPLE))
    ov = tmp_path / "ov.csv"
    ov.write_text(f"claim_id,verdict,note,reviewer\n{r.verdicts[3].claim_id},weak,reworded,R\n"
                  f"{r.verdicts[2].claim_id},weak,reworded,R\n")
    res = _check("--fail-on", "misattributed,contradicted", "--overrides", str(ov))
    assert (res.exit_code, res.output) == (0, "OK: none of 6 claims is misattributed or contradicted\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "missing.txt", *EVIDENCE], "Error: Invalid value for SOURCE: no such file: missing.txt (give a "
                                              ".txt, .md or .html file or an http(s) URL)"),
        (["check", str(EXAMPLE), "--offline"], "Error: an offline audit needs evidence to answer from: pass --library "
                                               "examples/dry-needling-evidence.xml (or a library built with "
                                               "`claim-audit library import`), or --cache PATH with a cache filled "
                                               "by an earlier online audit"),
        (["check", str(EXAMPLE), *EVIDENCE, "--fail-on", ""], "Error: Invalid value for '--fail-on': name at least "
                                                              "one verdict: error, contradicted, misattributed, "
                                                              "no_evidence, weak, supported"),
    ],
)
def test_bad_input_exits_2(args, message):
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 2
    assert res.output.splitlines()[-1] == message


def test_real_article_gate():
    import subprocess

    from reports_fakes import ROOT

    article = ROOT / "tests" / "claims" / "articles" / "yoga-anxiety.html"
    proc = subprocess.run(["claim-audit", "check", str(article), "--offline", "--library", str(LIBRARY),
                           "--fail-on", "misattributed,contradicted"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("FAIL: ") and lines[0].endswith(" claims are misattributed or contradicted")
    failing = int(lines[0].split()[1])
    assert failing == len(lines) - 1 > 0
    assert all(" Misattributed " in line or " Contradicted " in line for line in lines[1:])
    proc = subprocess.run(["claim-audit", "check", str(article), "--offline", "--library", str(LIBRARY),
                           "--fail-on", "error"], capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stdout.split(":")[0]) == (0, "OK")


def test_check_a_saved_audit_without_auditing_again(tmp_path):
    from reports_fakes import with_override

    from reports import write_record

    record = write_record(make_result(), tmp_path / "audit.json")
    res = CliRunner().invoke(main, ["check", str(record), "--fail-on", "contradicted"])
    assert (res.exit_code, res.output) == (1, "FAIL: 1 of 6 claims are contradicted\n"
                                              "  #4   Contradicted  Dry needling cures carpal tunnel syndrome.\n")
    record = write_record(with_override(make_result(), 3, "weak"), tmp_path / "reviewed.json")
    res = CliRunner().invoke(main, ["check", str(record), "--fail-on", "contradicted"])
    assert (res.exit_code, res.output) == (0, "OK: none of 6 claims is contradicted\n")
    (tmp_path / "bad.json").write_text("[]")
    res = CliRunner().invoke(main, ["check", str(tmp_path / "bad.json")])
    assert res.exit_code == 2
