"""Read an article from a file (text, Markdown, HTML) or an http(s) URL, with clear errors for bad input."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from .errors import IngestError

__all__ = ["Document", "load_source", "read_file", "fetch_url", "decode_bytes", "MAX_BYTES", "TIMEOUT"]

#: Largest article we read (bytes): bigger files and pages are refused, not truncated.
MAX_BYTES = 5 * 1024 * 1024
#: (connect, read) timeouts in seconds for URLs.
TIMEOUT = (5.0, 20.0)

_SUFFIX_TYPES = {
    ".txt": "text/plain", ".text": "text/plain", ".md": "text/markdown", ".markdown": "text/markdown",
    ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
}
_URL_TYPES = {"text/html": "text/html", "application/xhtml+xml": "text/html", "text/plain": "text/plain",
              "text/markdown": "text/markdown", "text/x-markdown": "text/markdown"}
_MAGIC = ((b"%PDF", "a PDF"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"PK\x03\x04", "a ZIP archive (e.g. a .docx)"), (b"\x1f\x8b", "a gzip archive"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """An article's decoded text and where it came from."""

    text: str
    source: str
    content_type: str
    title: str | None = None
    retrieved_at: str = ""


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def load_source(source: str | os.PathLike[str], *, max_bytes: int | None = None,
                timeout: tuple[float, float] | None = None) -> Document:
    """Read ``source``: an http(s) URL or a path to a .txt / .md / .html file.

    ``max_bytes`` and ``timeout`` default to the module's ``MAX_BYTES`` and ``TIMEOUT``.
    """
    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    timeout = TIMEOUT if timeout is None else timeout
    text = os.fspath(source)
    if re.match(r"^https?://", text, re.IGNORECASE):
        return fetch_url(text, max_bytes=max_bytes, timeout=timeout)
    if re.match(r"^[a-z][a-z0-9+.-]*://", text, re.IGNORECASE):
        raise IngestError(f"unsupported URL scheme in {text}: give an http(s) URL or a file path")
    if "\n" in text or (len(text) > 1024 and not _exists(text)):  # article text handed over where a path belongs
        raise IngestError(f"{_shorten(text)!r} is not a file path or URL; for article text already in memory "
                          "call extract_claims_from_text(text)")
    return read_file(Path(text), max_bytes=max_bytes)


def _exists(path: str) -> bool:
    try:
        return Path(path).exists()
    except OSError:  # a name too long for the file system
        return False


def _shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def read_file(path: Path, *, max_bytes: int = MAX_BYTES) -> Document:
    """Read an article file; the content type comes from its suffix (else from a look at its start)."""
    try:
        if not path.exists():
            raise IngestError(f"file not found: {path}")
        if path.is_dir():
            raise IngestError(f"{path} is a directory; give the path of one article file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"{path} is {size:,} bytes, over the {max_bytes:,}-byte limit for one article")
        data = path.read_bytes()
    except OSError as exc:  # unreadable: permissions, a name too long, a device error
        raise IngestError(f"cannot read {path}: {exc.strerror or exc}") from None
    content_type = _SUFFIX_TYPES.get(path.suffix.lower()) or _sniff(data)
    text = decode_bytes(data, str(path), content_type=content_type)
    return Document(text=text, source=str(path), content_type=content_type, retrieved_at=_now())


def _sniff(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in data[:4096].lower():
        return "text/html"
    return "text/plain"


def decode_bytes(data: bytes, source: str, *, content_type: str = "text/plain", charset: str | None = None) -> str:
    """Decode an article's bytes: BOM, declared charset (header or <meta>), else UTF-8; refuse binary data."""
    if not data.strip():
        raise IngestError(f"{source} is empty: there is no article text to read")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise IngestError(f"{source} is {what}, not a text, Markdown or HTML article")
    if data.startswith(codecs.BOM_UTF8):
        charset, data = "utf-8", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        charset = "utf-16"
    elif b"\x00" in data[:8192]:
        raise IngestError(f"{source} is a binary file (it contains NUL bytes), not a text, Markdown or HTML article")
    if charset is None and content_type == "text/html":
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            charset = meta.group(1).decode("ascii", "replace")
    charset = charset or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        charset = "utf-8"
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"{source} cannot be decoded as {charset} (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            f"save it as UTF-8"
        ) from None
    if not text.strip():
        raise IngestError(f"{source} is empty: there is no article text to read")
    return text


def fetch_url(url: str, *, max_bytes: int = MAX_BYTES, timeout: tuple[float, float] = TIMEOUT) -> Document:
    """GET an article page with timeouts, a size cap and a content-type check."""
    import requests

    host = urlparse(url).netloc or url
    try:
        with requests.get(url, timeout=timeout, stream=True, headers={"User-Agent": "claim-audit/0.1",
                                                                     "Accept": "text/html,text/plain;q=0.9"}) as resp:
            if resp.status_code >= 400:
                raise IngestError(f"{url} returned HTTP {resp.status_code} {resp.reason or ''}".rstrip())
            raw_type = resp.headers.get("Content-Type", "")
            mime = raw_type.split(";")[0].strip().lower()
            content_type = _URL_TYPES.get(mime)
            if content_type is None:
                raise IngestError(f"{url} is {mime or 'of no stated type'}, not an HTML or text page")
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise IngestError(f"{url} is {int(declared):,} bytes, over the {max_bytes:,}-byte limit for one article")
            chunks: list[bytes] = []
            total = 0
            for chunk in resp.iter_content(65536):
                total += len(chunk)
                if total > max_bytes:
                    raise IngestError(f"{url} is over the {max_bytes:,}-byte limit for one article")
                chunks.append(chunk)
            charset = resp.encoding if "charset=" in raw_type.lower() else None
            final_url = resp.url or url
    except requests.exceptions.Timeout:
        raise IngestError(f"{url} timed out (connect {timeout[0]:g} s, read {timeout[1]:g} s); try again later") from None
    except requests.exceptions.ConnectionError:
        raise IngestError(f"could not connect to {host} for {url}; check the address and your network") from None
    except requests.exceptions.RequestException as exc:
        raise IngestError(f"could not fetch {url}: {type(exc).__name__}") from None
    text = decode_bytes(b"".join(chunks), url, content_type=content_type, charset=charset)
    return Document(text=text, source=final_url, content_type=content_type, retrieved_at=_now())
