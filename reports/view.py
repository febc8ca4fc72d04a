"""What every report shows, computed once: claims paired with verdicts, worst first, and counts."""

from __future__ import annotations

from dataclasses import dataclass

from audit.evidence_model import study_url
from audit.model import VERDICTS, AuditResult, ClaimVerdict
from claims.model import Claim

__all__ = ["ClaimView", "claim_views", "worst_first", "study_url", "safe_url", "evidence_label"]


@dataclass(frozen=True)
class ClaimView:
    """A claim with its verdict and its position in the article (1-based, article order)."""

    number: int
    claim: Claim
    verdict: ClaimVerdict

    @property
    def final(self) -> str:
        return self.verdict.final_verdict

    @property
    def section(self) -> str:
        return " › ".join(self.claim.section)


def claim_views(result: AuditResult) -> list[ClaimView]:
    """One view per verdict, in article order (claims the ledger lacks are skipped)."""
    claims = {c.id: c for c in result.ledger.claims}
    order = {c.id: i for i, c in enumerate(result.ledger.claims)}
    verdicts = sorted((v for v in result.verdicts if v.claim_id in claims), key=lambda v: order[v.claim_id])
    return [ClaimView(i + 1, claims[v.claim_id], v) for i, v in enumerate(verdicts)]


def worst_first(views: list[ClaimView]) -> list[ClaimView]:
    """Worst final verdict first (error, contradicted, misattributed, …), article order within one."""
    rank = {v: i for i, v in enumerate(VERDICTS)}
    return sorted(views, key=lambda cv: (rank.get(cv.final, len(rank)), cv.number))


def safe_url(url: str | None) -> str:
    """The URL if it is http(s), else '' (an article's ``javascript:`` link never becomes a link)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return ""


def evidence_label(level: int) -> str:
    return {1: "SR/MA", 2: "RCT", 3: "controlled", 4: "case series", 5: "review/preclinical"}.get(level, str(level))
