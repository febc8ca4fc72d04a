"""`claim-audit diff`: exact text output, --exit-code and --json."""

from __future__ import annotations

import json

from click.testing import CliRunner
from reports_fakes import make_result, with_override

from reports import write_record
from reports.cli import main


def test_diff_of_two_records(tmp_path):
    old = write_record(make_result(), tmp_path / "old.json")
    new = write_record(with_override(make_result(audited_at="2026-12-01T00:00:00+00:00")), tmp_path / "new.json")
    cid = make_result().verdicts[1].claim_id
    res = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert res.exit_code == 0
    assert res.output == (
        "old: examples/synthetic-article.txt (audited 2026-11-25T12:00:00+00:00)\n"
        "new: examples/synthetic-article.txt (audited 2026-12-01T00:00:00+00:00)\n"
        "claims: 0 added, 0 removed, 1 changed, 5 unchanged\n"
        f"~ {cid} Dry needling is an effective treatment for fibromyalgia.\n"
        "    verdict: weak -> supported\n"
    )
    res = CliRunner().invoke(main, ["diff", str(old), str(new), "--exit-code"])
    assert res.exit_code == 1
    res = CliRunner().invoke(main, ["diff", str(old), str(old), "--exit-code"])
    assert res.exit_code == 0 and res.output.endswith("No changes.\n")
    res = CliRunner().invoke(main, ["diff", str(old), str(new), "--json"])
    data = json.loads(res.output)
    assert data["changed"][0]["old_verdict"] == "weak" and data["changed"][0]["new_verdict"] == "supported"


def test_diff_of_garbage_exits_2(tmp_path):
    old = write_record(make_result(), tmp_path / "old.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    res = CliRunner().invoke(main, ["diff", str(old), str(bad)])
    assert res.exit_code == 2
    assert res.output == (f"Error: {bad} is not an audit record (no schema_version); give the audit.json written by "
                          "`claim-audit audit`\n")
