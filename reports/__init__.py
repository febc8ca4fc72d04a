"""Stage 3 — what should we do about it? Reports, the CLI and notebook helpers."""

from .errors import ReportError

__all__ = ["ReportError"]
