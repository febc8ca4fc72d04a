"""The one interface every evidence source offers: search a PubMed query, fetch records by id."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from .model import Record, SearchResult

__all__ = ["EvidenceSource"]


@runtime_checkable
class EvidenceSource(Protocol):
    """Live PubMed (through the cache) and local libraries both answer these two calls.

    ``search`` takes a PubMed query string and returns the total count and up to ``retmax`` ids
    (PMIDs, or ``doi:<DOI>`` for library records that have no PMID). ``fetch`` returns the
    records for ids, in any order, skipping ids it does not know (each skip is a warning).
    """

    name: str  # "live", "library"

    def search(self, query: str, retmax: int = 100) -> SearchResult: ...

    def fetch(self, ids: Sequence[str]) -> list[Record]: ...
