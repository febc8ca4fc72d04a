"""The live PubMed client: Bio.Entrez esearch/efetch/esummary/ecitmatch behind a raw-response cache."""

from __future__ import annotations

import http.client
import io
import logging
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

from Bio import Entrez

from .cache import Cache, CachedResponse
from .config import DEFAULT_TOOL, NCBISettings, load_settings
from .errors import ConfigError, NetworkError, OfflineMiss, ResponseError
from .model import Record, SearchResult
from .planner import normalise_query
from .records import iter_pubmed_xml

__all__ = ["PubMed", "NCBI_BASE_URL", "EFETCH_BATCH", "OFFLINE_HINT", "normalise_query"]

log = logging.getLogger(__name__)

#: Where Bio.Entrez sends every request (its URLs are hard-coded on this prefix).
NCBI_BASE_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
#: NCBI's recommended maximum of ids per efetch request.
EFETCH_BATCH = 200
OFFLINE_HINT = "run without --offline or import a library with `claim-audit library import`"

# Bio.Entrez keeps its settings (max_tries, sleep_between_tries, urlopen) at module level; every
# call we make holds this lock while they are set, so clients with other settings never mix.
_ENTREZ_LOCK = threading.RLock()


class _Transport:
    """Stands in for ``Bio.Entrez.urlopen`` during one of our calls (Biopython 1.88 has no knob).

    It points the request at ``base_url`` (an emulator in tests), applies our timeout, counts
    every HTTP attempt, waits ``retry_wait`` before Bio.Entrez retries a 429/5xx (Bio.Entrez
    itself retries those immediately) and turns a timeout into a ``URLError`` so Bio.Entrez
    retries it like any other transient network error.
    """

    def __init__(self, client: PubMed) -> None:
        self.client = client
        self.attempts = 0
        self.last_status: int | None = None

    def __call__(self, request: Request, *args: Any, **kwargs: Any) -> Any:
        client = self.client
        if client.base_url != NCBI_BASE_URL and request.full_url.startswith(NCBI_BASE_URL):
            request.full_url = client.base_url + request.full_url[len(NCBI_BASE_URL) :]
        self.attempts += 1
        client._count_request()
        try:
            return urlopen(request, timeout=client.timeout)
        except HTTPError as exc:
            self.last_status = exc.code
            if (exc.code == 429 or exc.code >= 500) and self.attempts < client.max_tries:
                time.sleep(client.retry_wait)
            raise
        except TimeoutError as exc:
            self.last_status = None
            raise URLError(exc) from None
        except URLError as exc:
            if isinstance(exc.reason, socket.gaierror):
                # The host name does not resolve: no network. Retrying cannot help, and Bio.Entrez
                # would sleep retry_wait between tries; fail at once (not a URLError, so not retried).
                raise _NoNetwork(f"cannot resolve {urlsplit(request.full_url).hostname} ({exc.reason.strerror})") from None
            raise


class _NoNetwork(OSError):
    """The E-utilities host name does not resolve (no network); never retried."""


class PubMed:
    """PubMed through NCBI's E-utilities, with Bio.Entrez doing the HTTP and a cache in front.

    NCBI etiquette: every request carries ``tool`` and a contact ``email`` (NCBI contacts that
    address before blocking a client), and at most 3 requests per second are allowed without an
    API key, 10 per second with one (``api_key``). Bio.Entrez enforces that itself: it spaces
    calls 0.37 s apart (0.1 s with a key) and retries HTTP 429/5xx and network errors up to
    ``max_tries`` times; that throttle and those retries ARE our rate limit, we add only a wait
    of ``retry_wait`` seconds before each retry. Large id lists go in batches of at most 200
    (Bio.Entrez POSTs when a request carries 200 ids or more). Email, API key and tool are sent
    with each call as parameters (Bio.Entrez's module globals are never set) and never reach the
    cache key, the cache file, log lines or error messages.

    ``cache`` stores every raw reply (``max_age`` seconds old at most, ``refresh=True`` to
    refetch); ``offline=True`` answers from the cache only (stale entries included: offline, an
    old answer beats none) and raises ``OfflineMiss`` naming the query it lacks. efetch replies
    are cached per article, so a later batch of other ids reuses what any batch brought. ``base_url`` points Bio.Entrez elsewhere (the E-utilities emulator).
    ``requests_made`` counts every HTTP attempt, retries included.
    """

    name = "live"

    def __init__(
        self,
        email: str | None = None,
        api_key: str | None = None,
        tool: str = DEFAULT_TOOL,
        cache: Cache | None = None,
        offline: bool = False,
        base_url: str | None = None,
        max_age: float | None = None,
        refresh: bool = False,
        *,
        timeout: float = 60.0,
        max_tries: int = 3,
        retry_wait: float = 15.0,
        settings: NCBISettings | None = None,
    ) -> None:
        if offline and refresh:
            raise ConfigError("--refresh needs the network and --offline forbids it; drop one of them")
        if offline and cache is None:
            raise ConfigError("an offline PubMed client needs a cache (--cache PATH) to answer from")
        self.settings = settings or load_settings(email, api_key, tool if tool != DEFAULT_TOOL else None)
        self.cache = cache
        self.offline = offline
        self.base_url = (base_url or NCBI_BASE_URL).rstrip("/") + "/"
        self.max_age = max_age
        self.refresh = refresh
        self.timeout = timeout
        self.max_tries = max(1, int(max_tries))
        self.retry_wait = retry_wait
        #: How fresh answers are labelled: "live" only when they come from NCBI itself; answers
        #: from another base URL (a mirror, the test emulator) are never presented as live.
        self.name = "live" if self.base_url == NCBI_BASE_URL else "mirror"
        self.requests_made = 0
        self.by_utility: dict[str, int] = {}
        self._count_lock = threading.Lock()
        self._current_utility = ""

    @property
    def endpoint(self) -> str:
        """Where live answers come from: "NCBI E-utilities", or the other base URL (an emulator)."""
        return "NCBI E-utilities" if self.base_url == NCBI_BASE_URL else self.base_url

    def __repr__(self) -> str:
        where = "offline" if self.offline else self.base_url
        return f"PubMed({where}, cache={self.cache!r}, requests_made={self.requests_made})"

    # -- the EvidenceSource interface -----------------------------------------------------
    def search(self, query: str, retmax: int = 100) -> SearchResult:
        """esearch: total count and the first ``retmax`` PMIDs (relevance order)."""
        term = normalise_query(query)
        params: dict[str, object] = {"db": "pubmed", "term": term, "retmax": int(retmax), "sort": "relevance"}
        what = f"esearch '{term}'"
        hit = self._lookup("esearch", params, what)
        if hit is not None:
            try:
                count, ids = self._parse_esearch(hit.body, what)
                return SearchResult(term, count, ids, "cache", hit.fetched_at)
            except ResponseError:
                if self.offline:
                    raise
        data = self._request("esearch", params, what)
        count, ids = self._parse_esearch(data, what)
        stored = self._store("esearch", params, data)
        return SearchResult(term, count, ids, self.name, stored.fetched_at if stored else _now_iso())

    def fetch(self, ids: Sequence[str]) -> list[Record]:
        """efetch PubMed XML for PMIDs (cached per article; only missing ones go to NCBI)."""
        found: dict[str, Record] = {}
        wanted = list(dict.fromkeys(str(i).strip() for i in ids if str(i).strip()))
        missing: list[str] = []
        for pmid in wanted:
            if not pmid.isdigit():
                warnings.warn(f"PubMed fetches by PMID only; skipping id {pmid!r}", stacklevel=2)
                continue
            hit = self._lookup("efetch", _article_params(pmid), None)
            if hit is None:
                missing.append(pmid)
            elif hit.body:
                for record, _raw in iter_pubmed_xml(hit.body):
                    found[record.key] = record
        if missing and self.offline:
            raise OfflineMiss(f"no cached response for efetch of PMID {_id_list(missing)}; {OFFLINE_HINT}")
        for start in range(0, len(missing), EFETCH_BATCH):
            batch = missing[start : start + EFETCH_BATCH]
            found.update(self._efetch_batch(batch))
        for pmid in wanted:
            if pmid.isdigit() and pmid not in found:
                warnings.warn(f"PubMed returned no record for PMID {pmid}", stacklevel=2)
        return [found[i] for i in wanted if i in found]

    # -- the other utilities --------------------------------------------------------------
    def summary(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """esummary (v1 DocSums) as plain dicts: ``Id`` plus each ``Item`` by name."""
        id_list = sorted(dict.fromkeys(str(i) for i in ids), key=_id_sort)
        if not id_list:
            return []
        params: dict[str, object] = {"db": "pubmed", "id": ",".join(id_list)}
        what = f"esummary of PMID {_id_list(id_list)}"
        hit = self._lookup("esummary", params, what)
        data = hit.body if hit is not None else self._request("esummary", params, what)
        docs = self._entrez_read(data, what)
        if hit is None:
            self._store("esummary", params, data)
        return [{k: _plain(v) for k, v in doc.items()} for doc in docs]

    def citmatch(self, journal: str, year: int | str, volume: str, first_page: str, author: str) -> list[str]:
        """ecitmatch: PMIDs for a citation (journal abbreviation, year, volume, first page, author).

        NCBI answers one PMID, ``NOT_FOUND`` or ``AMBIGUOUS``; the last two give ``[]``. A match
        can be the wrong paper: confirm it by title and author before trusting it.
        """
        fields = [str(v or "").replace("|", " ").strip() for v in (journal, year, volume, first_page, author)]
        bdata = "|".join(fields + ["claim-audit", ""])
        params: dict[str, object] = {"db": "pubmed", "retmode": "xml", "bdata": bdata}
        what = f"ecitmatch '{bdata}'"
        hit = self._lookup("ecitmatch", params, what)
        data = hit.body if hit is not None else self._request("ecitmatch", params, what)
        pmids = _parse_citmatch(data, what)
        if hit is None:
            self._store("ecitmatch", params, data)
        return pmids

    # -- cache ----------------------------------------------------------------------------
    def _lookup(self, utility: str, params: dict[str, object], what: str | None) -> CachedResponse | None:
        hit = None
        if self.cache is not None and not self.refresh:
            hit = self.cache.get(utility, params, max_age=None if self.offline else self.max_age)
        if hit is None and self.offline and what is not None:
            raise OfflineMiss(f"no cached response for {what}; {OFFLINE_HINT}")
        return hit

    def _store(self, utility: str, params: dict[str, object], data: bytes) -> CachedResponse | None:
        return self.cache.put(utility, params, data) if self.cache is not None else None

    def _efetch_batch(self, batch: list[str]) -> dict[str, Record]:
        params: dict[str, object] = {"db": "pubmed", "id": ",".join(batch), "rettype": "xml", "retmode": "xml"}
        what = f"efetch of PMID {_id_list(batch)}"
        data = self._request("efetch", params, what)
        if b"<ERROR>" in data[:2000]:
            message = data.split(b"<ERROR>", 1)[1].split(b"</ERROR>", 1)[0].decode("utf-8", "replace").strip()
            raise ResponseError(self._scrub(f"NCBI reported an error for {what}: {message}; rerun later"))
        tail = data.rstrip()
        if not (tail.endswith(b"</PubmedArticleSet>") or tail.endswith(b"<PubmedArticleSet/>")):
            raise ResponseError(f"NCBI sent a truncated or malformed reply to {what}; nothing was cached, rerun")
        try:
            pairs = list(iter_pubmed_xml(data))
        except ResponseError as exc:
            raise ResponseError(f"NCBI sent a malformed reply to {what}: {exc}") from None
        records = {rec.key: rec for rec, _raw in pairs}
        items = [(_article_params(rec.pmid), raw) for rec, raw in pairs if rec.pmid]
        items += [(_article_params(pmid), b"") for pmid in batch if pmid not in records]  # known absent
        if self.cache is not None:
            self.cache.put_many("efetch", items)
        return records

    # -- HTTP through Bio.Entrez ----------------------------------------------------------
    def _count_request(self) -> None:
        with self._count_lock:
            self.requests_made += 1
            self.by_utility[self._current_utility] = self.by_utility.get(self._current_utility, 0) + 1

    @contextmanager
    def _entrez(self, utility: str) -> Iterator[_Transport]:
        transport = _Transport(self)
        with _ENTREZ_LOCK:
            saved = (Entrez.urlopen, Entrez.max_tries, Entrez.sleep_between_tries)
            Entrez.urlopen = transport  # type: ignore[attr-defined,assignment]
            Entrez.max_tries = self.max_tries
            Entrez.sleep_between_tries = self.retry_wait  # type: ignore[assignment]
            self._current_utility = utility
            try:
                yield transport
            finally:
                Entrez.urlopen, Entrez.max_tries, Entrez.sleep_between_tries = saved  # type: ignore[attr-defined]

    def _request(self, utility: str, params: dict[str, object], what: str) -> bytes:
        """One E-utilities call (retries inside Bio.Entrez); the reply's raw bytes."""
        if self.offline:  # pragma: no cover - _lookup raised already
            raise OfflineMiss(f"no cached response for {what}; {OFFLINE_HINT}")
        email = self.settings.require_email()
        kwargs: dict[str, Any] = {k: v for k, v in params.items()}
        kwargs.update(email=email, tool=self.settings.tool)
        if self.settings.api_key:
            kwargs["api_key"] = self.settings.api_key
        call: Callable[..., Any] = _UTILITIES[utility]
        log.info("NCBI %s: %s", utility, what)
        with self._entrez(utility) as transport:
            try:
                handle = call(**kwargs)
                try:
                    data = handle.read()
                finally:
                    handle.close()
            except HTTPError as exc:
                raise NetworkError(
                    self._scrub(
                        f"NCBI answered HTTP {exc.code} ({exc.reason}) to {what} after "
                        f"{transport.attempts} tries; wait a minute and rerun (the cache keeps what was fetched)"
                    )
                ) from None
            except _NoNetwork as exc:
                raise NetworkError(
                    self._scrub(f"could not get {what}: {exc}; check the network connection")
                ) from None
            except (URLError, TimeoutError, OSError, http.client.HTTPException) as exc:
                reason = getattr(exc, "reason", None) or exc
                if isinstance(reason, TimeoutError) or "timed out" in str(reason):
                    reason = f"timed out after {self.timeout:g} s"
                raise NetworkError(
                    self._scrub(
                        f"could not get {what} from NCBI ({reason}) after {transport.attempts} tries; "
                        "check the connection and rerun (the cache keeps what was fetched)"
                    )
                ) from None
        return data.encode("utf-8") if isinstance(data, str) else bytes(data)

    def _scrub(self, text: str) -> str:
        for secret in self.settings.secrets:
            if len(secret) >= 4:  # real keys and emails; a one-letter test key would shred the message
                text = text.replace(secret, "***")
        return text

    def _entrez_read(self, data: bytes, what: str) -> Any:
        try:
            return Entrez.read(io.BytesIO(data))
        except RuntimeError as exc:  # an <ERROR> element
            raise ResponseError(self._scrub(f"NCBI reported an error for {what}: {exc}")) from None
        except Exception as exc:  # CorruptedXMLError, ValidationError, NotXMLError, expat errors
            raise ResponseError(
                self._scrub(f"NCBI sent a malformed reply to {what} ({exc}); nothing was cached, rerun")
            ) from None

    def _parse_esearch(self, data: bytes, what: str) -> tuple[int, tuple[str, ...]]:
        result = self._entrez_read(data, what)
        try:
            return int(result["Count"]), tuple(str(i) for i in result["IdList"])
        except (KeyError, TypeError, ValueError):
            raise ResponseError(f"NCBI's reply to {what} has no Count/IdList; rerun") from None


_UTILITIES: dict[str, Callable[..., Any]] = {
    "esearch": Entrez.esearch,
    "efetch": Entrez.efetch,
    "esummary": Entrez.esummary,
    "ecitmatch": Entrez.ecitmatch,
}


def _article_params(pmid: str) -> dict[str, object]:
    """Cache params of one article: efetch replies are stored per PMID so batches can differ."""
    return {"db": "pubmed", "id": pmid, "rettype": "xml", "retmode": "xml"}


def _id_sort(pmid: str) -> tuple[int, str]:
    return (int(pmid), pmid) if pmid.isdigit() else (0, pmid)


def _id_list(ids: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def _parse_citmatch(data: bytes, what: str) -> list[str]:
    text = data.decode("utf-8", "replace").strip()
    if text.startswith("<"):
        raise ResponseError(f"NCBI sent markup, not citation lines, to {what}; rerun")
    pmids: list[str] = []
    for line in text.splitlines():
        last = line.rstrip().split("|")[-1].strip()
        if last.isdigit():
            pmids.append(last)
    return pmids


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return str(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _now_iso() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
