"""Stage 2 — what does the literature say? Find, grade and judge the evidence for each claim."""

from .errors import AuditError
from .model import AuditResult, ClaimVerdict, Record
from .pipeline import audit_claims

__all__ = ["AuditError", "AuditResult", "ClaimVerdict", "Record", "audit_claims"]
