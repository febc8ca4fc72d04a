"""Reading articles: files of each type, URLs on a local server, and a one-line error for each bad input."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from claims import IngestError, extract_claims, extract_claims_from_text
from claims.ingest import load_source

ARTICLES = Path(__file__).resolve().parent / "articles"
PAGE = (ARTICLES / "cupping-clinic.html").read_bytes()
NAV_ONLY = b"""<html><head><title>Menu</title></head><body><nav><ul><li><a href="/">Home</a></li>
<li><a href="/about">About</a></li></ul></nav><footer>&copy; 2025 Clinic</footer></body></html>"""
LATIN1 = "<html><head><title>Caf\xe9</title></head><body><article><h1>Massage for stress</h1><p>Massage therapy " \
         "lowers stress and helps muscles relax after a long week at the caf\xe9 counter, our clients say.</p>" \
         "<p>Regular massage can reduce neck pain in office workers who sit for long hours every day.</p></article>" \
         "</body></html>"


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout and size-cap tests)
            pass

    def _send(self, status: int, ctype: str, body: bytes, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
            pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/article.html":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/latin1.html":
            self._send(200, "text/html; charset=iso-8859-1", LATIN1.encode("latin-1"))
        elif self.path == "/plain.txt":
            self._send(200, "text/plain", (ARTICLES / "chiropractic-back-pain.txt").read_bytes())
        elif self.path == "/nav-only.html":
            self._send(200, "text/html", NAV_ONLY)
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 ...")
        elif self.path == "/big.html":
            self._send(200, "text/html", b"<p>x</p>" * 10, length=5_000_000)
        elif self.path == "/stream.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):
                self.wfile.write(b"<p>" + b"a" * 4096 + b"</p>")
        elif self.path == "/slow.html":
            time.sleep(1.5)
            self._send(200, "text/html", PAGE)
        else:
            self._send(404, "text/html", b"<h1>Not Found</h1>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


# -- files --------------------------------------------------------------------------------
def test_html_file_keeps_content_and_drops_page_furniture() -> None:
    ledger = extract_claims(ARTICLES / "cupping-clinic.html")
    text = ledger.article.text
    assert ledger.article.content_type == "text/html"
    assert ledger.article.title == "Cupping Therapy for Back Pain and Recovery"
    assert "## Benefits of Cupping Therapy" in text and "- Better sleep quality" in text
    for furniture in ("We use cookies", "Massage reduces stress by half", "Leave a Reply", "fixed my shoulder",
                      "(217) 555-0142", "Elm Street", "Opening hours", "All rights reserved", "Newsletter", "Home"):
        assert furniture not in text
    assert all(text[c.start : c.end] == c.source_text for c in ledger.claims)


def test_markdown_file_offsets_index_the_markdown_source() -> None:
    path = ARTICLES / "magnesium-sleep.md"
    ledger = extract_claims(path)
    assert ledger.article.content_type == "text/markdown"
    assert ledger.article.title == "How Magnesium Can Transform Your Sleep"
    assert ledger.article.text == path.read_text("utf-8")
    claim = next(c for c in ledger.claims if c.source_text.startswith("**Resets your body clock.**"))
    assert claim.text.startswith("Resets your body clock. Melatonin")  # markup gone from the claim text
    assert (claim.intervention, claim.subject_in_text, claim.misattributed_structurally) == (
        "magnesium", ("melatonin",), True)


def test_reference_list_resolves_numbered_markers() -> None:
    ledger = extract_claims(ARTICLES / "chiropractic-back-pain.txt")
    assert ledger.article.has_reference_list is True
    assert len(ledger.article.references) == 3
    claim = next(c for c in ledger.claims if c.text.startswith("Research shows"))
    (m,) = claim.citations
    assert (m.marker, m.resolvable, m.year, m.journal_abbrev, m.design, m.doi) == (
        "[2]", True, 2019, "Spine J", "randomized controlled trial", "10.1016/j.spinee.2019.90001")
    assert m.authors == ("Okafor N", "Brandt L", "Silva M")
    assert not [c for c in ledger.claims if "Harlow" in c.source_text or "Phone" in c.source_text]


def test_latin1_text_file_with_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfMassage for Neck Pain\r\n\r\nMassage reduces neck pain in office workers.\r\n")
    ledger = extract_claims(path)
    assert [c.text for c in ledger.claims] == ["Massage reduces neck pain in office workers."]
    assert ledger.article.title == "Massage for Neck Pain"


# -- bad files: one line that says what is wrong ------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError) as err:
        extract_claims(tmp_path / "nope.txt")
    assert str(err.value) == f"file not found: {tmp_path / 'nope.txt'}"


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n")
    with pytest.raises(IngestError) as err:
        extract_claims(path)
    assert str(err.value) == f"{path} is empty: there is no article text to read"


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00\x01\x02" * 50)
    with pytest.raises(IngestError) as err:
        extract_claims(path)
    assert str(err.value) == f"{path} is a binary file (it contains NUL bytes), not a text, Markdown or HTML article"


def test_pdf_file(tmp_path: Path) -> None:
    path = tmp_path / "paper.txt"
    path.write_bytes(b"%PDF-1.7\n...")
    with pytest.raises(IngestError) as err:
        extract_claims(path)
    assert str(err.value) == f"{path} is a PDF, not a text, Markdown or HTML article"


def test_file_over_the_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("Massage reduces pain.\n" * 100)
    with pytest.raises(IngestError) as err:
        load_source(path, max_bytes=1000)
    assert str(err.value) == f"{path} is 2,200 bytes, over the 1,000-byte limit for one article"


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Massage eases pain \u2014 caf\u00e9 style.".encode("cp1252"))
    with pytest.raises(IngestError) as err:
        extract_claims(path)
    assert str(err.value) == f"{path} cannot be decoded as utf-8 (byte 0x97 at offset 19); save it as UTF-8"


def test_html_with_no_article_text(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_bytes(NAV_ONLY)
    with pytest.raises(IngestError) as err:
        extract_claims(path)
    assert str(err.value) == f"{path}: no article text found in the page (only navigation, forms or boilerplate)"


def test_empty_text_in_memory() -> None:
    with pytest.raises(IngestError) as err:
        extract_claims_from_text("   ", source="pasted")
    assert str(err.value) == "pasted is empty: there is no article text to read"


# -- URLs on a local server ---------------------------------------------------------------
def test_url_html_page(server: str) -> None:
    ledger = extract_claims(f"{server}/article.html")
    assert ledger.article.source == f"{server}/article.html"
    assert ledger.article.content_type == "text/html"
    assert len(ledger) == len(extract_claims(ARTICLES / "cupping-clinic.html"))


def test_url_charset_from_header(server: str) -> None:
    ledger = extract_claims(f"{server}/latin1.html")
    assert "caf\u00e9 counter" in ledger.article.text
    assert {c.intervention for c in ledger.claims} == {"massage"}


def test_url_plain_text(server: str) -> None:
    ledger = extract_claims(f"{server}/plain.txt")
    assert ledger.article.content_type == "text/plain"
    assert ledger.article.has_reference_list


def test_url_404(server: str) -> None:
    with pytest.raises(IngestError) as err:
        extract_claims(f"{server}/gone.html")
    assert str(err.value) == f"{server}/gone.html returned HTTP 404 Not Found"


def test_url_not_html(server: str) -> None:
    with pytest.raises(IngestError) as err:
        extract_claims(f"{server}/report.pdf")
    assert str(err.value) == f"{server}/report.pdf is application/pdf, not an HTML or text page"


def test_url_declared_size_over_cap(server: str) -> None:
    with pytest.raises(IngestError) as err:
        load_source(f"{server}/big.html", max_bytes=1_000_000)
    assert str(err.value) == f"{server}/big.html is 5,000,000 bytes, over the 1,000,000-byte limit for one article"


def test_url_streamed_body_over_cap(server: str) -> None:
    with pytest.raises(IngestError) as err:
        load_source(f"{server}/stream.html", max_bytes=50_000)
    assert str(err.value) == f"{server}/stream.html is over the 50,000-byte limit for one article"


def test_url_timeout(server: str) -> None:
    with pytest.raises(IngestError) as err:
        load_source(f"{server}/slow.html", timeout=(1.0, 0.3))
    assert str(err.value) == f"{server}/slow.html timed out (connect 1 s, read 0.3 s); try again later"


def test_url_page_without_article_text(server: str) -> None:
    with pytest.raises(IngestError) as err:
        extract_claims(f"{server}/nav-only.html")
    assert str(err.value) == (
        f"{server}/nav-only.html: no article text found in the page (only navigation, forms or boilerplate)")


def test_url_refused_connection() -> None:
    with pytest.raises(IngestError) as err:
        load_source("http://127.0.0.1:9/article.html", timeout=(1.0, 1.0))
    assert str(err.value) == (
        "could not connect to 127.0.0.1:9 for http://127.0.0.1:9/article.html; check the address and your network")


def test_unsupported_scheme() -> None:
    with pytest.raises(IngestError) as err:
        load_source("ftp://example.org/a.txt")
    assert str(err.value) == "unsupported URL scheme in ftp://example.org/a.txt: give an http(s) URL or a file path"


def test_article_text_passed_as_a_source_names_the_in_memory_entry_point() -> None:
    with pytest.raises(IngestError) as err:
        extract_claims("Dry needling\n\nDry needling relieves neck pain.\n")
    assert str(err.value) == ("'Dry needling Dry needling relieves neck…' is not a file path or URL; for article text "
                              "already in memory call extract_claims_from_text(text)")


def test_a_path_the_system_cannot_open_is_a_one_line_ingest_error() -> None:
    with pytest.raises(IngestError) as err:
        load_source("x" * 300)
    assert str(err.value) == f"cannot read {'x' * 300}: File name too long"


def test_a_real_file_at_a_long_path_is_read(tmp_path: Path) -> None:
    deep = tmp_path
    while len(str(deep)) < 1100:
        deep = deep / ("d" * 200)
    deep.mkdir(parents=True)
    article = deep / "article.txt"
    article.write_text("Dry needling\n\nDry needling eases neck pain.\n", encoding="utf-8")
    assert [c.text for c in extract_claims(str(article)).claims] == ["Dry needling eases neck pain."]
