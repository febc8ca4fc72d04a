"""The one-screen summary the CLI prints after an audit: counts per verdict, worst claims first."""

from __future__ import annotations

import textwrap

from audit.model import VERDICTS, AuditResult

from .labels import load_labels
from .view import claim_views, worst_first

__all__ = ["summary_text", "claim_line"]


def claim_line(number: int, verdict: str, text: str, width: int = 100) -> str:
    label = load_labels().verdict(verdict).label
    head = f"#{number:<3} {label:<13} "
    return head + textwrap.shorten(text, width=max(20, width - len(head)), placeholder=" …")


def summary_text(result: AuditResult, *, limit: int = 12, width: int = 100) -> str:
    """Plain text, at most about 24 lines."""
    labels = load_labels()
    counts = result.counts()
    prov = result.provenance
    views = claim_views(result)
    head = (f"{len(views)} claims in {result.ledger.article.source} · evidence: {prov.evidence_source}"
            f"{' (offline)' if prov.offline else ''} · policy {prov.policy_version}")
    lines = [textwrap.shorten(head, width=width, placeholder=" …")]
    lines.append("  ".join(f"{labels.verdict(v).label}: {counts.get(v, 0)}" for v in VERDICTS))
    bad = [cv for cv in worst_first(views) if cv.final != "supported"]
    if bad:
        lines.append("Worst first:")
        lines += ["  " + claim_line(cv.number, cv.final, cv.claim.text, width - 2) for cv in bad[:limit]]
        if len(bad) > limit:
            lines.append(f"  … and {len(bad) - limit} more (see the report)")
    overridden = sum(1 for cv in views if cv.verdict.override)
    if overridden:
        lines.append(f"{overridden} verdict(s) set by reviewer overrides.")
    return "\n".join(lines)
