"""Stage 3 — what should we do about it? Reports, the CLI and notebook helpers."""

from .diff import AuditDiff, diff_audits, format_diff
from .errors import AuditRecordError, OverridesError, ReportError
from .formats import FORMATS, render, write_report
from .overrides import apply_overrides, load_overrides, write_overrides
from .pipeline import audit_article
from .record import read_record, write_record

__all__ = [
    "FORMATS",
    "AuditDiff",
    "AuditRecordError",
    "OverridesError",
    "ReportError",
    "apply_overrides",
    "audit_article",
    "diff_audits",
    "format_diff",
    "load_overrides",
    "read_record",
    "render",
    "write_overrides",
    "write_record",
    "write_report",
]
