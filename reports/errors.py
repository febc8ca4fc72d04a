"""Errors of the reports stage."""

__all__ = ["ReportError", "OverridesError", "AuditRecordError"]


class ReportError(Exception):
    """Base class for every error raised by the reports stage."""


class OverridesError(ReportError):
    """A reviewer-overrides file is missing or malformed."""


class AuditRecordError(ReportError):
    """A saved audit record (audit.json) cannot be read or has an unknown schema version."""
