"""Typed records of the audit stage: PubMed records, graded studies, queries, verdicts, results."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from claims.model import ClaimLedger

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

#: Directions a study's conclusion can take for a claim.
DIRECTIONS = ("benefit", "no_difference", "harm", "uncertain")

#: Citation statuses.
CITATION_STATUSES = ("verified", "mismatch", "unverifiable", "retracted", "error")


def _build(cls: type, data: dict[str, Any], **nested: Any) -> Any:
    """Construct dataclass ``cls`` from a JSON dict: lists become tuples, unknown keys ignored."""
    kwargs: dict[str, Any] = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in nested:
            value = nested[f.name](value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


def _tuple_of(cls: Any) -> Any:
    """A converter from a JSON list to a tuple of ``cls`` (which has ``from_dict``)."""
    return lambda items: tuple(cls.from_dict(i) for i in items or ())


@dataclass(frozen=True)
class AbstractSection:
    """One section of an abstract; ``label`` as printed (BACKGROUND, METHODS…), None if unlabelled."""

    text: str
    label: str | None = None
    nlm_category: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AbstractSection:
        return _build(cls, data)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class CommentCorrection:
    """A CommentsCorrections link: RetractionIn, ErratumIn, CommentOn…"""

    ref_type: str
    pmid: str | None = None
    source: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CommentCorrection:
        return _build(cls, data)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class Record:
    """A parsed PubMed article (or a digest record of the bundled library)."""

    pmid: str | None
    title: str
    journal: str = ""  # ISO / NLM abbreviation
    journal_title: str = ""  # full journal title
    year: int | None = None
    authors: tuple[str, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    abstract: tuple[AbstractSection, ...] = ()
    doi: str | None = None
    volume: str = ""
    issue: str = ""
    pages: str = ""
    language: str = ""
    comments_corrections: tuple[CommentCorrection, ...] = ()
    retracted: bool = False
    retraction_notes: tuple[str, ...] = ()
    is_digest: bool = False  # abstract is our one-line digest, not the published abstract

    @property
    def key(self) -> str:
        """The id this record is searched and fetched by: its PMID, else ``doi:<DOI>``."""
        if self.pmid:
            return self.pmid
        return f"doi:{(self.doi or '').lower()}"

    @property
    def abstract_text(self) -> str:
        return " ".join(s.text for s in self.abstract)

    @property
    def url(self) -> str:
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        return _build(  # type: ignore[no-any-return]
            cls,
            data,
            abstract=_tuple_of(AbstractSection),
            comments_corrections=_tuple_of(CommentCorrection),
        )


@dataclass(frozen=True)
class SearchResult:
    """What one search returned: the total count and the first ids, and where it came from."""

    query: str
    count: int
    ids: tuple[str, ...]
    source: str  # live, cache, library
    fetched_at: str | None = None


@dataclass(frozen=True)
class QueryRun:
    """A query the audit ran for a claim or citation, with its count (kept for the report)."""

    query: str
    purpose: str  # e.g. "intervention x condition", "named intervention", "citation"
    count: int | None = None
    ids: tuple[str, ...] = ()
    source: str = ""  # live, cache, library
    fetched_at: str | None = None
    error: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QueryRun:
        return _build(cls, data)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class StudyGrade:
    """One study graded for one claim: design, level, relevance, direction and why."""

    key: str  # record key (pmid or doi:…)
    pmid: str | None
    doi: str | None
    title: str
    journal: str
    year: int | None
    design: str  # "systematic review/meta-analysis", "randomized controlled trial", …
    level: int  # 1 (SR/MA of RCTs) … 5 (narrative review, opinion); preclinical is 5 too
    preclinical: bool = False
    relevance: str = "none"  # direct, partial, neighbour, none
    relevance_score: float = 0.0
    intervention_studied: str | None = None
    direction: str = "uncertain"  # benefit, no_difference, harm, uncertain
    certainty: str | None = None  # high, moderate, low, very_low (when the abstract says so)
    short_term_only: bool = False
    deciding_sentence: str = ""
    retracted: bool = False
    is_digest: bool = False

    @property
    def url(self) -> str:
        if self.pmid:
            return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/"
        if self.doi:
            return f"https://doi.org/{self.doi}"
        return ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StudyGrade:
        return _build(cls, data)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class StudyRef:
    """A short reference to a real study (for citation matches and closest alternatives)."""

    key: str
    pmid: str | None
    doi: str | None
    title: str
    journal: str
    year: int | None
    design: str = ""
    why: str = ""  # "same journal and year, other design", "right topic, other journal"…

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StudyRef:
        return _build(cls, data)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class CitationCheck:
    """The check of one citation mention: verified, mismatch, unverifiable, retracted or error."""

    mention_id: str
    mention_text: str
    status: str
    reason: str
    claim_ids: tuple[str, ...] = ()
    matches: tuple[StudyRef, ...] = ()
    closest: tuple[StudyRef, ...] = ()
    queries: tuple[QueryRun, ...] = ()

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CitationCheck:
        return _build(  # type: ignore[no-any-return]
            cls, data, matches=_tuple_of(StudyRef), closest=_tuple_of(StudyRef), queries=_tuple_of(QueryRun)
        )


@dataclass(frozen=True)
class Override:
    """A reviewer's decision on a claim, kept across re-audits by the claim's stable id."""

    claim_id: str
    verdict: str
    note: str = ""
    reviewer: str = ""
    date: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Override:
        return _build(cls, data)  # type: ignore[no-any-return]


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
class Provenance:
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

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Provenance:
        return _build(cls, data)  # type: ignore[no-any-return]


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
