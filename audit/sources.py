"""Open the evidence source an audit asks for: a local library, live PubMed (cached), or both layered."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .cache import Cache
from .config import default_cache_path
from .errors import AuditError, OfflineMiss
from .model import Record, SearchResult
from .source import EvidenceSource

if TYPE_CHECKING:  # pragma: no cover
    from .library import Library

__all__ = ["open_evidence", "Layered", "OFFLINE_HELP"]

OFFLINE_HELP = (
    "an offline audit needs evidence to answer from: pass --library examples/dry-needling-evidence.xml "
    "(or a library built with `claim-audit library import`), or --cache PATH with a cache filled by an "
    "earlier online audit"
)

PathLike = str | os.PathLike[str]


class Layered:
    """Library first, then PubMed: a query the library has hits for is answered by the library;
    one it has nothing for goes to PubMed (in offline mode a cache miss then just means "nothing").
    ``fetch`` takes what the library holds and asks PubMed for the rest."""

    name = "layered"

    def __init__(self, primary: EvidenceSource, fallback: EvidenceSource) -> None:
        self.primary = primary
        self.fallback = fallback

    def __repr__(self) -> str:
        return f"Layered({self.primary!r}, {self.fallback!r})"

    @property
    def requests_made(self) -> int:
        made = getattr(self.fallback, "requests_made", 0)
        return made if isinstance(made, int) else 0

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        first = self.primary.search(query, retmax=retmax)
        if first.count:
            return first
        try:
            return self.fallback.search(query, retmax=retmax)
        except OfflineMiss:
            return first

    def citmatch(self, journal: str, year: int | str, volume: str, first_page: str, author: str) -> list[str]:
        """ECitMatch: the library's match if it has one, else PubMed's (nothing when offline and uncached)."""
        for layer in (self.primary, self.fallback):
            lookup = getattr(layer, "citmatch", None)
            if not callable(lookup):
                continue
            try:
                found = list(lookup(journal, year, volume, first_page, author))
            except OfflineMiss:
                return []
            if found:
                return found
        return []

    def fetch(self, ids: Sequence[str]) -> list[Record]:
        records = self.primary.fetch(ids)
        have = {r.key for r in records} | {r.pmid for r in records if r.pmid}
        rest = [i for i in ids if i not in have and not str(i).startswith("doi:")]
        if rest:
            records += self.fallback.fetch(rest)
        return records


def _library(library: Library | PathLike) -> EvidenceSource:
    from .library import Library

    if isinstance(library, Library):
        return library
    return Library.open(Path(library))


def _cache(cache: Cache | PathLike) -> Cache:
    return cache if isinstance(cache, Cache) else Cache(Path(cache))


def open_evidence(
    *,
    library: Library | PathLike | None = None,
    cache: Cache | PathLike | None = None,
    offline: bool = False,
    email: str | None = None,
    api_key: str | None = None,
    refresh: bool = False,
    max_age: float | None = None,
    base_url: str | None = None,
) -> EvidenceSource:
    """What the CLI's ``--library/--cache/--offline/--email/--api-key/--refresh/--max-age`` ask for.

    - a library alone: that library (no network);
    - a library and a cache or an email: ``Layered(library, PubMed)``;
    - no library: ``PubMed`` with the given cache (online: ``default_cache_path()`` if none);
    - offline with neither library nor cache: ``AuditError`` saying how to audit offline.
    ``email``/``api_key`` fall back to ``NCBI_EMAIL``/``NCBI_API_KEY`` and the config file.
    """
    from .pubmed import PubMed

    if offline and library is None and cache is None:
        raise AuditError(OFFLINE_HELP)
    if offline and refresh:
        raise AuditError("--refresh needs the network and --offline forbids it; drop one of them")
    if offline and isinstance(cache, (str, os.PathLike)) and not Path(cache).exists():
        raise AuditError(
            f"no response cache at {cache}: an offline audit answers from a cache filled by an earlier "
            "online audit (or pass --library examples/dry-needling-evidence.xml)"
        )
    lib = _library(library) if library is not None else None
    if lib is not None and cache is None and (offline or not (email or base_url)):
        return lib
    store = _cache(cache) if cache is not None else Cache(default_cache_path())
    live = PubMed(
        email=email,
        api_key=api_key,
        cache=store,
        offline=offline,
        base_url=base_url,
        max_age=max_age,
        refresh=refresh,
    )
    return Layered(lib, live) if lib is not None else live
