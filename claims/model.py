"""Typed records of the claims stage: the article, its citation mentions and its claims."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field, fields
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "Article",
    "CitationMention",
    "Claim",
    "ClaimLedger",
    "CLAIM_KINDS",
    "LEDGER_SCHEMA_VERSION",
    "claim_id",
    "normalise_text",
]

LEDGER_SCHEMA_VERSION = "1"

#: The kinds of claim we record.
CLAIM_KINDS = ("efficacy", "benefit", "mechanism", "safety", "statistic", "citation")

#: Flat columns of the claim frame/CSV, in order.
CLAIM_COLUMNS = (
    "id",
    "kind",
    "text",
    "source_text",
    "start",
    "end",
    "section",
    "block_kind",
    "intervention",
    "subject_in_text",
    "conditions",
    "outcomes",
    "wording",
    "wording_terms",
    "citations",
    "misattributed_structurally",
    "misattribution_reason",
)


def normalise_text(text: str) -> str:
    """Lower-case, fold quotes and whitespace: the form a claim id is computed from."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def claim_id(article_key: str, text: str) -> str:
    """Stable id of a claim: hash of the article key and the normalised claim text."""
    digest = hashlib.sha256(f"{article_key}\x00{normalise_text(text)}".encode()).hexdigest()
    return "c-" + digest[:12]


@dataclass(frozen=True)
class Article:
    """The article the claims come from; offsets of claims and mentions index into ``text``."""

    title: str
    source: str
    retrieved_at: str
    text: str
    content_type: str = "text/plain"
    has_reference_list: bool = False
    references: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """What claim ids are anchored to: the source's name (not its text, so edits keep ids)."""
        return self.source

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode()).hexdigest()


@dataclass(frozen=True)
class CitationMention:
    """A place where the article points at evidence: a named study, a DOI/PMID/URL, a marker."""

    id: str
    text: str
    start: int
    end: int
    year: int | None = None
    journal: str | None = None  # as written in the article
    journal_abbrev: str | None = None  # NLM abbreviation where known
    design: str | None = None  # meta-analysis, systematic review, randomized controlled trial, study…
    authors: tuple[str, ...] = ()
    doi: str | None = None
    pmid: str | None = None
    url: str | None = None
    marker: str | None = None  # "Source: 1", "[3]"
    n_studies: int | None = None  # "a systematic review of 15 randomized controlled trials"
    volume: str | None = None  # from a reference entry ("2011;11:63"): with first_page, ECitMatch can look it up
    first_page: str | None = None
    resolvable: bool = True
    note: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CitationMention:
        data = dict(data)
        data["authors"] = tuple(data.get("authors") or ())
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})


@dataclass(frozen=True)
class Claim:
    """One health claim, self-contained, with where it stands and what it credits."""

    id: str
    text: str
    source_text: str
    start: int
    end: int
    kind: str
    section: tuple[str, ...] = ()
    block_kind: str = "paragraph"  # paragraph, list_item, table_row, heading
    intervention: str | None = None
    subject_in_text: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    wording: str = "plain"  # hedged, plain, absolute
    wording_terms: tuple[str, ...] = ()
    citations: tuple[CitationMention, ...] = ()
    misattributed_structurally: bool = False
    misattribution_reason: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        data = dict(data)
        for name in ("section", "subject_in_text", "conditions", "outcomes", "wording_terms"):
            data[name] = tuple(data.get(name) or ())
        data["citations"] = tuple(CitationMention.from_dict(c) for c in data.get("citations") or ())
        return cls(**{f.name: data[f.name] for f in fields(cls) if f.name in data})

    def flat(self) -> dict[str, Any]:
        """One flat row: tuples joined with ' | ', sections with ' > ', citations by their text."""
        row = asdict(self)
        row["section"] = " > ".join(self.section)
        for name in ("subject_in_text", "conditions", "outcomes", "wording_terms"):
            row[name] = " | ".join(getattr(self, name))
        row["citations"] = " | ".join(c.text for c in self.citations)
        return {k: row[k] for k in CLAIM_COLUMNS}


@dataclass(frozen=True)
class ClaimLedger:
    """Every claim of one article, with the article and all its citation mentions."""

    article: Article
    claims: tuple[Claim, ...]
    citations: tuple[CitationMention, ...] = ()
    vocabulary_version: str = ""
    extractor_version: str = ""
    schema_version: str = field(default=LEDGER_SCHEMA_VERSION)

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.claims)

    def get(self, claim_id: str) -> Claim:
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    # -- serialisation -------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        article = asdict(self.article)
        return {
            "schema_version": self.schema_version,
            "extractor_version": self.extractor_version,
            "vocabulary_version": self.vocabulary_version,
            "article": article,
            "claims": [asdict(c) for c in self.claims],
            "citations": [asdict(c) for c in self.citations],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimLedger:
        art = dict(data["article"])
        art["references"] = tuple(art.get("references") or ())
        article = Article(**{f.name: art[f.name] for f in fields(Article) if f.name in art})
        return cls(
            article=article,
            claims=tuple(Claim.from_dict(c) for c in data.get("claims", [])),
            citations=tuple(CitationMention.from_dict(c) for c in data.get("citations", [])),
            vocabulary_version=data.get("vocabulary_version", ""),
            extractor_version=data.get("extractor_version", ""),
            schema_version=data.get("schema_version", LEDGER_SCHEMA_VERSION),
        )

    @classmethod
    def from_json(cls, text: str) -> ClaimLedger:
        return cls.from_dict(json.loads(text))

    def rows(self) -> list[dict[str, Any]]:
        return [c.flat() for c in self.claims]

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(CLAIM_COLUMNS))
        writer.writeheader()
        writer.writerows(self.rows())
        return buf.getvalue()

    def to_frame(self) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=list(CLAIM_COLUMNS))
