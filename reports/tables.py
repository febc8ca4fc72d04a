"""One row per claim as CSV or XLSX, with the stable columns of ``audit.model.VERDICT_COLUMNS``."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from typing import Any

from audit.model import EVIDENCE_COLUMNS, VERDICT_COLUMNS, AuditResult

__all__ = ["COLUMNS", "render_csv", "render_xlsx"]

COLUMNS = VERDICT_COLUMNS
_FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)


def render_csv(result: AuditResult) -> str:
    """CSV text, header first, one row per claim.

    A text cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``,
    ``@``, tab or carriage return: article text is untrusted) gets a leading ``'``, the usual
    guard against CSV injection; everything else is exactly as in ``AuditResult.rows()``.
    """
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _inert(v) for k, v in row.items()} for row in result.rows())
    return buf.getvalue()


def _inert(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _put_rows(ws: Any, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    from openpyxl.styles import Font

    ws.append(list(columns))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row.get(c) for c in columns])
    # Article text beginning with "=" must stay text, never become a formula.
    for line in ws.iter_rows(min_row=2):
        for cell in line:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions


def render_xlsx(result: AuditResult) -> bytes:
    """An XLSX workbook: sheet 'claims' (one row per claim) and sheet 'evidence' (claim x study).

    The bytes depend only on ``result``: document times are the audit's time and zip entries carry
    a fixed timestamp, so re-rendering a saved audit gives the identical file.
    """
    from datetime import datetime

    from openpyxl import Workbook

    wb = Workbook()
    claims = wb.active
    claims.title = "claims"
    _put_rows(claims, COLUMNS, result.rows())
    _put_rows(wb.create_sheet("evidence"), EVIDENCE_COLUMNS, result.evidence_rows())
    try:
        stamp = datetime.fromisoformat(result.provenance.audited_at).replace(tzinfo=None)
    except ValueError:
        stamp = datetime(2000, 1, 1)
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.creator = "claim-audit"
    wb.properties.title = result.ledger.article.title[:255]
    raw = io.BytesIO()
    wb.save(raw)
    return _fix_zip_times(raw.getvalue(), stamp.strftime("%Y-%m-%dT%H:%M:%SZ"))


def _fix_zip_times(data: bytes, modified: str) -> bytes:
    """Rewrite the zip with fixed entry times and the audit's time as the document's modified time."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    lambda m: m.group(1) + modified.encode() + m.group(2),
                    payload,
                )
            dst.writestr(fixed, payload)
    return out.getvalue()
