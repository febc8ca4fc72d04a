"""Reviewer overrides: parsed and validated from JSON and CSV, applied, kept across re-audits."""

from __future__ import annotations

import pytest
from synthetic import make_result

from audit.model import Override
from reports import OverridesError, apply_overrides, load_overrides, render, write_overrides
from reports.overrides import parse_overrides


def _ov(result, i=1, verdict="supported"):
    return Override(claim_id=result.verdicts[i].claim_id, verdict=verdict, note="Checked the RCT.",
                    reviewer="R. Viewer", date="2026-11-25")


@pytest.mark.parametrize("name", ["overrides.json", "overrides.csv"])
def test_written_file_reads_back(result, tmp_path, name):
    ovs = (_ov(result, 1), _ov(result, 3, "weak"))
    path = write_overrides(ovs, tmp_path / name)
    assert load_overrides(path) == ovs


def test_applied_and_kept_across_a_reaudit(result, tmp_path):
    path = write_overrides([_ov(result, 1)], tmp_path / "overrides.json")
    overridden, unmatched = apply_overrides(result, load_overrides(path))
    assert unmatched == ()
    assert overridden.counts()["supported"] == 2 and overridden.counts()["weak"] == 0
    assert overridden.verdicts[1].verdict == "weak" and overridden.verdicts[1].final_verdict == "supported"
    # a later audit of the same article (new date, new evidence source) has the same claim ids
    reaudit = make_result(audited_at="2027-01-01T00:00:00+00:00", evidence_source="live")
    again, unmatched = apply_overrides(reaudit, load_overrides(path))
    assert unmatched == () and again.verdicts[1].override == _ov(result, 1)
    assert "(override of Weak)" in render(again, "md")


def test_unmatched_overrides_are_reported(result):
    stray = Override(claim_id="c-000000000000", verdict="weak", reviewer="R")
    _, unmatched = apply_overrides(result, [stray])
    assert unmatched == (stray,)


@pytest.mark.parametrize(
    ("text", "fmt", "message"),
    [
        ('{"overrides": [{"claim_id": "c-1", "verdict": "weak", "reviewer": "R"}]}', "json",
         "o: override 1 has claim_id 'c-1'; claim ids look like c-0123456789ab (see audit.json)"),
        ('[{"claim_id": "c-0123456789ab", "verdict": "fine", "reviewer": "R"}]', "json",
         "o: override 1 (c-0123456789ab): unknown verdict 'fine'; use one of error, contradicted, misattributed, "
         "no_evidence, weak, supported"),
        ('[{"claim_id": "c-0123456789ab", "verdict": "weak"}]', "json",
         "o: override 1 (c-0123456789ab) names no reviewer; say who decided"),
        ('[{"claim_id": "c-0123456789ab", "verdict": "weak", "reviewer": "R"},'
         ' {"claim_id": "c-0123456789ab", "verdict": "supported", "reviewer": "S"}]', "json",
         "o: override 2 repeats claim_id c-0123456789ab; keep one decision per claim"),
        ('[{"claim_id": "c-0123456789ab", "verdict": "error", "reviewer": "R"}]', "json",
         "o: override 1 (c-0123456789ab): 'error' is not a verdict a reviewer can give"),
        ('[{"claim_id": "c-0123456789ab", "verdict": "weak", "reviewer": "R", "colour": "red"}]', "json",
         "o: override 1 has unknown field(s) colour; use claim_id, verdict, note, reviewer, date"),
        ('{"version": 2, "overrides": []}', "json", "o: overrides version 2 unknown; this claim-audit reads version 1"),
        ("{nope", "json", "o: not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2 (char 1))"),
        ("id,decision\nc-0123456789ab,weak\n", "csv",
         "o: a CSV of overrides needs a header with claim_id, verdict, note, reviewer, date"),
    ],
)
def test_invalid_files_are_refused(text, fmt, message):
    with pytest.raises(OverridesError) as err:
        parse_overrides(text, fmt=fmt, name="o")
    assert str(err.value) == message


def test_verdict_spelling_is_normalised():
    ovs = parse_overrides("claim_id,verdict,reviewer\nc-0123456789ab,No evidence,R\n", fmt="csv")
    assert ovs == (Override(claim_id="c-0123456789ab", verdict="no_evidence", reviewer="R"),)
