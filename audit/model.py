"""Typed records of the audit stage: verdicts and the audit result (and, re-exported, the evidence types)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from claims.model import ClaimLedger

# The evidence types live in audit.evidence_model; this module re-exports them, so it stays the one
# public home of the audit stage's types (``from audit.model import Record`` keeps working).
from .evidence_model import CITATION_STATUSES as CITATION_STATUSES
from .evidence_model import DIRECTIONS as DIRECTIONS
from .evidence_model import (
    AbstractSection,
    CitationCheck,
    CommentCorrection,
    FromDict,
    QueryRun,
    Record,
    SearchResult,
    StudyGrade,
    StudyRef,
    _build,
    _tuple_of,
)

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "AbstractSection",
    "CommentCorrection",
    "Record",
    "SearchResult",
    "QueryRun",
    "StudyGrade",
    "StudyRef",
    "CitationCheck",
    "Override",
    "ClaimVerdict",
    "Provenance",
    "AuditResult",
    "VERDICTS",
    "AUDIT_SCHEMA_VERSION",
]

AUDIT_SCHEMA_VERSION = "1"

#: Verdicts, worst first (the order reports sort by).
VERDICTS = ("error", "contradicted", "misattributed", "no_evidence", "weak", "supported")


@dataclass(frozen=True)
class Override(FromDict):
    """A reviewer's decision on a claim, kept across re-audits by the claim's stable id."""

    claim_id: str
    verdict: str
    note: str = ""
    reviewer: str = ""
    date: str = ""


@dataclass(frozen=True)
class ClaimVerdict:
    """The verdict on one claim, with everything that decided it."""

    claim_id: str
    verdict: str
    confidence: float
    reasons: tuple[str, ...]
    suggested_wording: str = ""
    evidence: tuple[StudyGrade, ...] = ()
    queries: tuple[QueryRun, ...] = ()
    citation_checks: tuple[CitationCheck, ...] = ()
    comparison: tuple[StudyGrade, ...] = ()  # evidence for the other intervention (misattribution)
    compared_intervention: str | None = None
    error: str | None = None
    override: Override | None = None

    @property
    def final_verdict(self) -> str:
        """The verdict a report shows: the reviewer's override where there is one."""
        return self.override.verdict if self.override else self.verdict

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimVerdict:
        return _build(  # type: ignore[no-any-return]
            cls,
            data,
            evidence=_tuple_of(StudyGrade),
            comparison=_tuple_of(StudyGrade),
            queries=_tuple_of(QueryRun),
            citation_checks=_tuple_of(CitationCheck),
            override=lambda o: Override.from_dict(o) if o else None,
        )


@dataclass(frozen=True)
class Provenance(FromDict):
    """Where an audit's evidence came from and under which versions it was judged."""

    tool_version: str
    policy_version: str
    vocabulary_version: str
    audited_at: str
    evidence_source: str  # live, cache, library, mixed
    library: str | None = None
    cache: str | None = None
    requests_made: int = 0
    offline: bool = False
    endpoint: str | None = None  # E-utilities base URL when not NCBI's own (a mirror or emulator)


VERDICT_COLUMNS = (
    "claim_id",
    "verdict",
    "final_verdict",
    "confidence",
    "kind",
    "section",
    "text",
    "intervention",
    "subject_in_text",
    "conditions",
    "outcomes",
    "misattributed_structurally",
    "reasons",
    "suggested_wording",
    "n_studies",
    "pmids",
    "citations",
    "citation_status",
    "queries",
    "override_note",
    "override_reviewer",
    "error",
)

EVIDENCE_COLUMNS = (
    "claim_id",
    "claim_text",
    "verdict",
    "role",
    "key",
    "pmid",
    "doi",
    "title",
    "journal",
    "year",
    "design",
    "level",
    "preclinical",
    "relevance",
    "direction",
    "certainty",
    "retracted",
    "deciding_sentence",
)


@dataclass(frozen=True)
class AuditResult:
    """The audit of one article: its ledger, a verdict per claim, citation checks, provenance."""

    ledger: ClaimLedger
    verdicts: tuple[ClaimVerdict, ...]
    citations: tuple[CitationCheck, ...]
    provenance: Provenance
    schema_version: str = field(default=AUDIT_SCHEMA_VERSION)

    def verdict_for(self, claim_id: str) -> ClaimVerdict:
        for v in self.verdicts:
            if v.claim_id == claim_id:
                return v
        raise KeyError(claim_id)

    def counts(self) -> dict[str, int]:
        """Claims per final verdict, every verdict listed (worst first)."""
        out = {v: 0 for v in VERDICTS}
        for v in self.verdicts:
            out[v.final_verdict] = out.get(v.final_verdict, 0) + 1
        return out

    def with_overrides(self, overrides: Iterable[Override]) -> AuditResult:
        by_id = {o.claim_id: o for o in overrides}
        verdicts = tuple(replace(v, override=by_id.get(v.claim_id, v.override)) for v in self.verdicts)
        return replace(self, verdicts=verdicts)

    # -- rows and frames -----------------------------------------------------------------
    def rows(self) -> list[dict[str, Any]]:
        claims = {c.id: c for c in self.ledger.claims}
        rows = []
        for v in self.verdicts:
            c = claims[v.claim_id]
            rows.append(
                {
                    "claim_id": v.claim_id,
                    "verdict": v.verdict,
                    "final_verdict": v.final_verdict,
                    "confidence": v.confidence,
                    "kind": c.kind,
                    "section": " > ".join(c.section),
                    "text": c.text,
                    "intervention": c.intervention,
                    "subject_in_text": " | ".join(c.subject_in_text),
                    "conditions": " | ".join(c.conditions),
                    "outcomes": " | ".join(c.outcomes),
                    "misattributed_structurally": c.misattributed_structurally,
                    "reasons": " ".join(v.reasons),
                    "suggested_wording": v.suggested_wording,
                    "n_studies": len(v.evidence),
                    "pmids": " ".join(e.pmid or e.key for e in v.evidence),
                    "citations": " | ".join(ch.mention_text for ch in v.citation_checks),
                    "citation_status": " | ".join(ch.status for ch in v.citation_checks),
                    "queries": " || ".join(f"{q.query} ({q.count})" for q in v.queries),
                    "override_note": v.override.note if v.override else "",
                    "override_reviewer": v.override.reviewer if v.override else "",
                    "error": v.error or "",
                }
            )
        return rows

    def evidence_rows(self) -> list[dict[str, Any]]:
        claims = {c.id: c for c in self.ledger.claims}
        rows = []
        for v in self.verdicts:
            for role, studies in (("evidence", v.evidence), ("comparison", v.comparison)):
                for s in studies:
                    rows.append(
                        {
                            "claim_id": v.claim_id,
                            "claim_text": claims[v.claim_id].text,
                            "verdict": v.final_verdict,
                            "role": role,
                            **{k: getattr(s, k) for k in EVIDENCE_COLUMNS[4:]},
                        }
                    )
        return rows

    def to_frame(self) -> pd.DataFrame:
        """One row per claim."""
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=list(VERDICT_COLUMNS))

    def evidence_frame(self) -> pd.DataFrame:
        """One row per claim x study (evidence and, for misattributions, the comparison)."""
        import pandas as pd

        return pd.DataFrame(self.evidence_rows(), columns=list(EVIDENCE_COLUMNS))

    def _repr_html_(self) -> str:
        counts = ", ".join(f"{k}: {n}" for k, n in self.counts().items() if n)
        head = f"<p><b>{_esc(self.ledger.article.title)}</b> — {len(self.verdicts)} claims ({_esc(counts)})</p>"
        frame = self.to_frame()[["final_verdict", "section", "text", "reasons", "suggested_wording"]]
        return head + frame.to_html(escape=True, index=False)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "provenance": asdict(self.provenance),
            "ledger": self.ledger.to_dict(),
            "verdicts": [asdict(v) for v in self.verdicts],
            "citations": [asdict(c) for c in self.citations],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AuditResult:
        return cls(
            ledger=ClaimLedger.from_dict(data["ledger"]),
            verdicts=tuple(ClaimVerdict.from_dict(v) for v in data["verdicts"]),
            citations=tuple(CitationCheck.from_dict(c) for c in data.get("citations", [])),
            provenance=Provenance.from_dict(data["provenance"]),
            schema_version=data.get("schema_version", AUDIT_SCHEMA_VERSION),
        )

    @classmethod
    def from_json(cls, text: str) -> AuditResult:
        return cls.from_dict(json.loads(text))


def _esc(text: str) -> str:
    import html

    return html.escape(text, quote=True)
