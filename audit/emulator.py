"""An NCBI E-utilities emulator on loopback, answering from a local Library, with injectable faults."""

from __future__ import annotations

import html
import json
import threading
import time
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from .errors import QuerySyntaxError
from .model import Record, SearchResult

__all__ = ["EutilsEmulator", "Emulator", "EmulatedRequest", "Fault", "FAULT_KINDS"]

#: What :meth:`EutilsEmulator.inject` can do to a request.
FAULT_KINDS = ("429", "500", "502", "503", "timeout", "truncated", "malformed", "error")

_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
_ESEARCH_DOCTYPE = (
    '<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
)
_EFETCH_DOCTYPE = (
    '<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n'
)
_ESUMMARY_DOCTYPE = (
    '<!DOCTYPE eSummaryResult PUBLIC "-//NLM//DTD esummary v1 20041029//EN" '
    '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20041029/esummary-v1.dtd">\n'
)
_ROOTS = {"esearch": b"<eSearchResult>", "efetch": b"<PubmedArticleSet>", "esummary": b"<eSummaryResult>"}
_REASONS = {429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


class LibraryLike(Protocol):
    """What the emulator needs from ``audit.library.Library``."""

    def search(self, query: str, retmax: int = 100) -> SearchResult: ...
    def fetch(self, ids: Any) -> list[Record]: ...
    def raw_articles(self, ids: Any) -> list[bytes]: ...
    def citmatch(self, journal: str, year: Any, volume: str, first_page: str, author: str) -> list[str]: ...


@dataclass(frozen=True)
class EmulatedRequest:
    """One request the emulator received (parameters as sent, credentials included)."""

    number: int
    utility: str
    method: str
    params: dict[str, str]
    status: int
    at: float
    path: str = ""


@dataclass
class Fault:
    """A fault to inject: into request number ``request``, or requests of ``utility`` whose esearch
    term contains ``query`` or whose efetch/esummary ids include one of ``ids``. ``times`` is how
    often it fires (None: every matching request)."""

    kind: str
    request: int | None = None
    utility: str | None = None
    query: str | None = None
    ids: frozenset[str] = frozenset()
    times: int | None = 1
    fired: int = 0

    def matches(self, number: int, utility: str, params: dict[str, str]) -> bool:
        if self.times is not None and self.fired >= self.times:
            return False
        if self.request is not None and number != self.request:
            return False
        if self.utility is not None and utility != self.utility:
            return False
        if self.query is not None and self.query not in " ".join(params.get("term", "").split()):
            return False
        if self.ids and not self.ids.intersection(params.get("id", "").split(",")):
            return False
        return True


@dataclass
class _Reply:
    status: int
    body: bytes
    content_type: str = "text/xml; charset=UTF-8"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


class EutilsEmulator:
    """A threaded HTTP server on 127.0.0.1 answering esearch, efetch, esummary and ecitmatch
    (GET and POST) in NCBI's XML shapes from a local library.

    ``rate_limit`` (requests per second, e.g. 3) makes it answer HTTP 429 like NCBI when a
    client goes faster; a request carrying ``api_key`` is allowed ``rate_limit_with_key``.
    ``requests`` lists what arrived; ``counts`` counts it by utility. Use it as a context
    manager and point ``PubMed(base_url=emulator.url)`` at it. Only PMIDs are served: library
    records that have no PMID are not in PubMed, so the emulator leaves them out.
    """

    def __init__(
        self,
        library: LibraryLike,
        *,
        rate_limit: float | None = None,
        rate_limit_with_key: float = 10,
        timeout_delay: float = 5.0,
        host: str = "127.0.0.1",
    ) -> None:
        self.library = library
        self.rate_limit = rate_limit
        self.rate_limit_with_key = rate_limit_with_key
        self.timeout_delay = timeout_delay
        self.faults: list[Fault] = []
        self._requests: list[EmulatedRequest] = []
        self._served: deque[float] = deque()
        self._lock = threading.Lock()
        self._library_lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), _handler_for(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self._thread: threading.Thread | None = None

    # -- lifecycle ------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/entrez/eutils/"

    def start(self) -> EutilsEmulator:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._server.serve_forever, args=(0.05,), name="eutils-emulator", daemon=True
            )
            self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._server.server_close()

    def __enter__(self) -> EutilsEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- observation and faults -----------------------------------------------------------
    @property
    def requests(self) -> list[EmulatedRequest]:
        with self._lock:
            return list(self._requests)

    @property
    def counts(self) -> Counter[str]:
        """Requests received per utility (faulty and rate-limited ones included)."""
        return Counter(r.utility for r in self.requests)

    def count(self, utility: str | None = None) -> int:
        return sum(1 for r in self.requests if utility is None or r.utility == utility)

    def reset(self) -> None:
        """Forget received requests and pending faults."""
        with self._lock:
            self._requests.clear()
            self.faults.clear()

    def inject(
        self,
        kind: str,
        *,
        request: int | None = None,
        utility: str | None = None,
        query: str | None = None,
        ids: Iterable[str] = (),
        times: int | None = 1,
    ) -> Fault:
        """Make matching requests fail with ``kind`` (one of ``FAULT_KINDS``)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault {kind!r}; choose one of {', '.join(FAULT_KINDS)}")
        fault = Fault(kind, request=request, utility=utility, query=query, ids=frozenset(ids), times=times)
        with self._lock:
            self.faults.append(fault)
        return fault

    # -- answering ------------------------------------------------------------------------
    def _answer(self, utility: str, method: str, params: dict[str, str], path: str = "") -> _Reply:
        now = time.monotonic()
        with self._lock:
            number = len(self._requests) + 1
            fault = next((f for f in self.faults if f.matches(number, utility, params)), None)
            if fault is not None:
                fault.fired += 1
            reply: _Reply | None = None
            limit = self.rate_limit
            if limit is not None and params.get("api_key"):
                limit = self.rate_limit_with_key
            if limit is not None:
                while self._served and now - self._served[0] >= 1.0:
                    self._served.popleft()
                if len(self._served) >= limit:
                    reply = _too_many(len(self._served) + 1, limit)
            if reply is None and fault is not None and fault.kind in ("429", "500", "502", "503"):
                code = int(fault.kind)
                reply = _too_many(0, limit or 3) if code == 429 else _server_error(code)
            if reply is None:
                self._served.append(now)
            self._requests.append(EmulatedRequest(number, utility, method, dict(params), 0, time.time(), path))
        if reply is None:
            reply = self._serve(utility, params)
            if fault is not None:
                reply = _apply_fault(fault.kind, reply, utility, self.timeout_delay)
        with self._lock:
            old = self._requests[number - 1]
            self._requests[number - 1] = EmulatedRequest(
                number, utility, method, old.params, reply.status, old.at, old.path
            )
        return reply

    def _serve(self, utility: str, params: dict[str, str]) -> _Reply:
        if params.get("db", "pubmed") != "pubmed" and utility != "ecitmatch":
            return _error_reply(utility, f"Invalid db name specified: {params.get('db')}")
        with self._library_lock:
            try:
                if utility == "esearch":
                    return self._esearch(params)
                if utility == "efetch":
                    return self._efetch(params)
                if utility == "esummary":
                    return self._esummary(params)
                if utility == "ecitmatch":
                    return self._ecitmatch(params)
            except QuerySyntaxError as exc:
                return _error_reply(utility, str(exc))
        return _Reply(404, b"unknown E-utility\n", "text/plain; charset=UTF-8")

    def _esearch(self, params: dict[str, str]) -> _Reply:
        term = " ".join(params.get("term", "").split())
        if not term:
            return _error_reply("esearch", "Empty term and query_key - nothing todo")
        try:
            retmax = int(params.get("retmax") or 20)
            retstart = int(params.get("retstart") or 0)
        except ValueError:
            return _error_reply("esearch", "retmax and retstart must be whole numbers")
        result = self.library.search(term, retmax=100_000)
        pmids = [i for i in result.ids if i.isdigit()]
        page = pmids[retstart : retstart + retmax]
        ids = "".join(f"<Id>{i}</Id>\n" for i in page)
        body = (
            f"{_XML}{_ESEARCH_DOCTYPE}<eSearchResult><Count>{len(pmids)}</Count><RetMax>{len(page)}</RetMax>"
            f"<RetStart>{retstart}</RetStart><IdList>\n{ids}</IdList><TranslationSet/>"
            f"<QueryTranslation>{html.escape(term, quote=False)}</QueryTranslation></eSearchResult>\n"
        )
        return _Reply(200, body.encode("utf-8"))

    def _ids(self, params: dict[str, str]) -> list[str]:
        return [i.strip() for i in params.get("id", "").split(",") if i.strip().isdigit()]

    def _efetch(self, params: dict[str, str]) -> _Reply:
        if params.get("retmode", "xml") != "xml" or params.get("rettype", "xml") not in ("xml", ""):
            return _Reply(400, b"this emulator serves PubMed XML only (rettype=xml, retmode=xml)\n", "text/plain")
        ids = self._ids(params)
        if not ids:
            return _error_reply("efetch", "Empty id list - nothing todo")
        articles = self.library.raw_articles(ids)
        body = _XML.encode() + _EFETCH_DOCTYPE.encode() + b"<PubmedArticleSet>\n"
        body += b"".join(a.strip() + b"\n" for a in articles) + b"</PubmedArticleSet>\n"
        return _Reply(200, body)

    def _esummary(self, params: dict[str, str]) -> _Reply:
        ids = self._ids(params)
        if not ids:
            return _error_reply("esummary", "Neither query_key nor id specified")
        records = {r.pmid: r for r in self.library.fetch(ids) if r.pmid}
        docs = "".join(_docsum(records[i]) for i in ids if i in records)
        body = f"{_XML}{_ESUMMARY_DOCTYPE}<eSummaryResult>\n{docs}</eSummaryResult>\n"
        return _Reply(200, body.encode("utf-8"))

    def _ecitmatch(self, params: dict[str, str]) -> _Reply:
        lines = []
        for line in params.get("bdata", "").replace("\n", "\r").split("\r"):
            if not line.strip():
                continue
            parts = (line.split("|") + [""] * 6)[:6]
            journal, year, volume, page, author, key = parts
            found = self.library.citmatch(journal, year, volume, page, author)
            answer = found[0] if len(found) == 1 else ("NOT_FOUND" if not found else "AMBIGUOUS")
            lines.append("|".join([journal, year, volume, page, author, key, answer]))
        return _Reply(200, ("\n".join(lines) + "\n").encode("utf-8"), "text/plain; charset=UTF-8")


Emulator = EutilsEmulator


def _too_many(count: int, limit: float) -> _Reply:
    body = json.dumps({"error": "API rate limit exceeded", "count": str(count), "limit": f"{limit:g}"})
    return _Reply(429, body.encode(), "application/json", headers={"Retry-After": "1"})


def _server_error(code: int) -> _Reply:
    body = f"<html><body><h1>{code} {_REASONS[code]}</h1></body></html>\n"
    return _Reply(code, body.encode(), "text/html; charset=UTF-8")


def _error_reply(utility: str, message: str) -> _Reply:
    root = {"esearch": "eSearchResult", "esummary": "eSummaryResult", "efetch": "eFetchResult"}.get(
        utility, "eResult"
    )
    doctype = {"esearch": _ESEARCH_DOCTYPE, "esummary": _ESUMMARY_DOCTYPE}.get(utility, "")
    body = f"{_XML}{doctype}<{root}><ERROR>{html.escape(message, quote=False)}</ERROR></{root}>\n"
    return _Reply(200, body.encode("utf-8"))


def _apply_fault(kind: str, reply: _Reply, utility: str, timeout_delay: float) -> _Reply:
    if kind == "timeout":
        reply.delay = timeout_delay
    elif kind == "truncated":
        reply.body = reply.body[: max(1, len(reply.body) // 2)]
    elif kind == "malformed":
        root = _ROOTS.get(utility, b"")
        at = reply.body.find(root) + len(root) if root and root in reply.body else 0
        reply.body = reply.body[:at] + b"<Broken attr=>&bogus;" + reply.body[at:]
    elif kind == "error":
        reply = _error_reply(utility, "Search Backend failed: emulated failure")
    return reply


def _item(name: str, kind: str, value: Any) -> str:
    return f'\t<Item Name="{name}" Type="{kind}">{html.escape(str(value), quote=False)}</Item>\n'


def _list(name: str, item: str, values: Iterable[str]) -> str:
    inner = "".join("\t" + _item(item, "String", v) for v in values)
    return f'\t<Item Name="{name}" Type="List">\n{inner}\t</Item>\n'


def _docsum(r: Record) -> str:
    return (
        f"<DocSum>\n\t<Id>{r.pmid}</Id>\n"
        + _item("PubDate", "Date", r.year or "")
        + _item("Source", "String", r.journal)
        + _list("AuthorList", "Author", r.authors)
        + _item("Title", "String", r.title)
        + _item("Volume", "String", r.volume)
        + _item("Issue", "String", r.issue)
        + _item("Pages", "String", r.pages)
        + _list("LangList", "Lang", [r.language] if r.language else [])
        + _list("PubTypeList", "PubType", r.publication_types)
        + _item("DOI", "String", r.doi or "")
        + _item("HasAbstract", "Integer", 1 if r.abstract else 0)
        + _item("FullJournalName", "String", r.journal_title)
        + "</DocSum>\n"
    )


def _handler_for(emulator: EutilsEmulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "claim-audit-eutils-emulator/1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr
            pass

        def do_GET(self) -> None:  # noqa: N802
            self._handle("GET", urlsplit(self.path).query)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
            self._handle("POST", body)

        def _handle(self, method: str, query: str) -> None:
            path = urlsplit(self.path).path
            name = path.rstrip("/").rsplit("/", 1)[-1]
            utility = name.split(".", 1)[0]
            params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
            reply = emulator._answer(utility, method, params, path)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status, _REASONS.get(reply.status))
                self.send_header("Content-Type", reply.content_type)
                self.send_header("Content-Length", str(len(reply.body)))
                for name_, value in reply.headers.items():
                    self.send_header(name_, value)
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    return Handler
