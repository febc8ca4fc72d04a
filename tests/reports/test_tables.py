"""CSV and XLSX: one row per claim, the stable columns, read back with pandas and openpyxl."""

from __future__ import annotations

import io
import time

import openpyxl
import pandas as pd
from synthetic import make_result, with_override

from audit.model import EVIDENCE_COLUMNS, VERDICT_COLUMNS
from reports import render, write_report


def test_csv_round_trips_through_pandas(result, tmp_path):
    path = write_report(with_override(result), tmp_path / "claims.csv")
    frame = pd.read_csv(path, keep_default_na=False)
    assert list(frame.columns) == list(VERDICT_COLUMNS)
    assert len(frame) == 6
    weak = frame[frame.claim_id == result.verdicts[1].claim_id].iloc[0]
    assert (weak.verdict, weak.final_verdict, weak.override_reviewer) == ("weak", "supported", "A. Reviewer")
    contradicted = frame[frame.verdict == "contradicted"].iloc[0]
    assert contradicted.pmids == "90000006 90000007"
    assert contradicted.n_studies == 2
    assert frame[frame.verdict == "error"].iloc[0].error == "library query failed: synthetic failure"


def test_xlsx_has_claims_and_evidence_sheets(result, tmp_path):
    path = write_report(result, tmp_path / "claims.xlsx")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["claims", "evidence"]
    rows = list(wb["claims"].values)
    assert rows[0] == VERDICT_COLUMNS
    assert len(rows) == 7
    assert [r[1] for r in rows[1:]] == ["supported", "weak", "misattributed", "contradicted", "no_evidence", "error"]
    ev = list(wb["evidence"].values)
    assert ev[0] == EVIDENCE_COLUMNS
    assert len(ev) == 1 + 3 + 1 + 1 + 2  # studies per claim, comparison included
    assert ("comparison", "90000005") in {(r[3], r[5]) for r in ev[1:]}


def test_xlsx_keeps_formula_like_text_as_text(tmp_path):
    from synthetic import replace_verdict

    r = replace_verdict(make_result(), 0, suggested_wording='=HYPERLINK("http://evil.example","x")')
    wb = openpyxl.load_workbook(io.BytesIO(render(r, "xlsx")))
    col = VERDICT_COLUMNS.index("suggested_wording") + 1
    cell = wb["claims"].cell(row=2, column=col)
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("http://evil.example","x")'


def test_xlsx_bytes_depend_only_on_the_result(result):
    first = render(result, "xlsx")
    time.sleep(1.1)  # zip entry times have a 2 s resolution; document times would change too
    assert render(make_result(), "xlsx") == first


def test_csv_neutralises_formula_like_text(tmp_path):
    from synthetic import replace_verdict

    r = replace_verdict(make_result(), 0, suggested_wording='=HYPERLINK("http://evil.example","x")')
    frame = pd.read_csv(io.StringIO(render(r, "csv")), keep_default_na=False)
    assert frame.suggested_wording.iloc[0] == '\'=HYPERLINK("http://evil.example","x")'
    assert frame.final_verdict.iloc[0] == "supported"  # ordinary cells are untouched
