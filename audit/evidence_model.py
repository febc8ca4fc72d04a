"""Typed records of the evidence an audit gathers: PubMed records, searches, graded studies, citation checks."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any, TypeVar
from urllib.parse import quote

__all__ = [
    "AbstractSection",
    "CommentCorrection",
    "Record",
    "SearchResult",
    "QueryRun",
    "StudyGrade",
    "StudyRef",
    "CitationCheck",
    "DIRECTIONS",
    "CITATION_STATUSES",
    "study_url",
]

T = TypeVar("T")

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


def study_url(pmid: str | None, doi: str | None) -> str:
    """Where a reader finds a study: its PubMed page for a PMID, else doi.org for a DOI (percent-encoded), else ""."""
    if pmid and pmid.isdigit():
        return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
    if doi:
        return "https://doi.org/" + quote(doi, safe="/().;:-_")
    return ""


class FromDict:
    """Adds ``from_dict``: the dataclass from its JSON dict (lists become tuples, unknown keys ignored)."""

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        return _build(cls, data)  # type: ignore[no-any-return]


def _tuple_of(cls: Any) -> Any:
    """A converter from a JSON list to a tuple of ``cls`` (which has ``from_dict``)."""
    return lambda items: tuple(cls.from_dict(i) for i in items or ())


@dataclass(frozen=True)
class AbstractSection(FromDict):
    """One section of an abstract; ``label`` as printed (BACKGROUND, METHODS…), None if unlabelled."""

    text: str
    label: str | None = None
    nlm_category: str | None = None


@dataclass(frozen=True)
class CommentCorrection(FromDict):
    """A CommentsCorrections link: RetractionIn, ErratumIn, CommentOn…"""

    ref_type: str
    pmid: str | None = None
    source: str = ""


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
        return study_url(self.pmid, self.doi)

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
class QueryRun(FromDict):
    """A query the audit ran for a claim or citation, with its count (kept for the report)."""

    query: str
    purpose: str  # e.g. "intervention x condition", "named intervention", "citation"
    count: int | None = None
    ids: tuple[str, ...] = ()
    source: str = ""  # live, cache, library
    fetched_at: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class StudyGrade(FromDict):
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
        return study_url(self.pmid, self.doi)


@dataclass(frozen=True)
class StudyRef(FromDict):
    """A short reference to a real study (for citation matches and closest alternatives)."""

    key: str
    pmid: str | None
    doi: str | None
    title: str
    journal: str
    year: int | None
    design: str = ""
    why: str = ""  # "same journal and year, other design", "right topic, other journal"…


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
