"""A local evidence library: PubMed XML imported into SQLite (FTS5), searched with PubMed syntax."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import LibraryError, QuerySyntaxError
from .model import Record, SearchResult
from .query_syntax import compile_query, normalise_journal, parse_query
from .records import iter_pubmed_xml

__all__ = ["Library", "ImportCounts", "ImportProgress", "LIBRARY_SCHEMA_VERSION", "XML_SUFFIXES", "xml_files_in"]

log = logging.getLogger(__name__)

LIBRARY_SCHEMA_VERSION = 1
XML_SUFFIXES = (".xml", ".xml.gz")


def xml_files_in(folder: Path) -> list[Path]:
    """The PubMed XML files (.xml, .xml.gz) directly in a folder, sorted; an error when there are none."""
    found = sorted(q for q in folder.iterdir() if q.name.lower().endswith(XML_SUFFIXES))
    if not found:
        raise LibraryError(f"{folder} holds no PubMed .xml or .xml.gz files")
    return found
_DB_SUFFIXES = (".sqlite", ".sqlite3", ".db")
_BATCH = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    rowid INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    pmid TEXT,
    doi_lower TEXT,
    year INTEGER,
    journal_norm TEXT NOT NULL DEFAULT '',
    journal_title_norm TEXT NOT NULL DEFAULT '',
    volume TEXT NOT NULL DEFAULT '',
    first_page TEXT NOT NULL DEFAULT '',
    first_author TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL,
    raw BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS records_pmid ON records(pmid);
CREATE INDEX IF NOT EXISTS records_doi ON records(doi_lower);
CREATE INDEX IF NOT EXISTS records_journal ON records(journal_norm, year);
CREATE INDEX IF NOT EXISTS records_journal_title ON records(journal_title_norm, year);
CREATE INDEX IF NOT EXISTS records_year ON records(year);
CREATE TABLE IF NOT EXISTS mesh (rid INTEGER NOT NULL, heading TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS mesh_heading ON mesh(heading);
CREATE INDEX IF NOT EXISTS mesh_rid ON mesh(rid);
CREATE TABLE IF NOT EXISTS pubtypes (rid INTEGER NOT NULL, pt TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pubtypes_pt ON pubtypes(pt);
CREATE INDEX IF NOT EXISTS pubtypes_rid ON pubtypes(rid);
CREATE TABLE IF NOT EXISTS authors (rid INTEGER NOT NULL, name TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS authors_name ON authors(name);
CREATE INDEX IF NOT EXISTS authors_rid ON authors(rid);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, abstract, mesh, keywords, tokenize = 'unicode61 remove_diacritics 2'
);
"""

_ORDER = "ORDER BY r.year IS NULL, r.year DESC, CAST(r.pmid AS INTEGER) DESC, r.key"


@dataclass(frozen=True)
class ImportCounts:
    """What an import did: files read, records parsed, added, replaced, skipped.

    Replaced: a record with the same key, or a PMID record superseding the same DOI held without a
    PMID. Skipped: no PMID and no DOI, or no PMID for a DOI the library already holds with one.
    """

    files: int = 0
    records: int = 0
    added: int = 0
    replaced: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class ImportProgress:
    """Passed to an import's ``progress`` callback after each batch."""

    path: str
    records: int  # records imported so far (all files)
    bytes_done: int  # bytes read so far (all files, as stored on disk)
    bytes_total: int


def _first_page(pages: str) -> str:
    return pages.split("-")[0].split(",")[0].strip().lower()


_RECORD_FIELDS = tuple(f.name for f in fields(Record))


def _record_dict(record: Record) -> dict[str, Any]:
    """``Record.to_dict()`` without ``dataclasses.asdict``'s deep copies (a sixth of import time)."""
    data = {name: getattr(record, name) for name in _RECORD_FIELDS}
    data["abstract"] = [dict(vars(s)) for s in record.abstract]
    data["comments_corrections"] = [dict(vars(c)) for c in record.comments_corrections]
    return data


def _norm_id(value: object) -> str:
    text = str(value).strip()
    return "doi:" + text[4:].strip().lower() if text.lower().startswith("doi:") else text


class Library:
    """PubMed records in SQLite with an FTS5 index, answering PubMed-syntax queries offline.

    ``Library(path)`` opens (creating if needed) a library file; ``Library()`` is in memory.
    ``Library.open(path)`` opens an existing ``.sqlite``/``.db`` library, or imports PubMed XML
    files (``.xml``/``.xml.gz``, or a folder of them) into an in-memory library. Ids are PMIDs,
    or ``doi:<lower-case DOI>`` for records without one. Safe to share across threads.
    """

    name = "library"

    def __init__(self, path: str | os.PathLike[str] = ":memory:"):
        self.path = os.fspath(path)
        self.sources: tuple[str, ...] = ()  # XML files an in-memory library was built from
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            if self.path != ":memory:":
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA busy_timeout=30000")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._init_schema()
        except sqlite3.DatabaseError as exc:
            raise LibraryError(
                f"{self.path} is not a claim-audit library ({exc}); create one with "
                f"`claim-audit library import FILE --library {self.path}`"
            ) from exc

    def _init_schema(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version == 0 and tables:
            raise LibraryError(
                f"{self.path} is an SQLite file but not a claim-audit library; choose another --library path"
            )
        if version > LIBRARY_SCHEMA_VERSION:
            raise LibraryError(
                f"{self.path} was written by a newer claim-audit (library schema {version}); upgrade claim-audit"
            )
        self._db.executescript(_SCHEMA)
        self._db.execute(f"PRAGMA user_version={LIBRARY_SCHEMA_VERSION}")

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *, create: bool = False) -> Library:
        """Open a library file, or PubMed XML file(s) / a folder of them imported into memory."""
        paths = [Path(p) for p in ([path] if isinstance(path, (str, os.PathLike)) else path)]
        if not paths:
            raise LibraryError("no library path given; pass a .sqlite library or PubMed .xml/.xml.gz files")
        xml: list[Path] = []
        for p in paths:
            if p.is_dir():
                xml.extend(xml_files_in(p))
            elif p.name.lower().endswith(XML_SUFFIXES):
                xml.append(p)
            elif len(paths) == 1:
                if not p.exists() and not create:
                    raise LibraryError(
                        f"no library at {p}; create it with `claim-audit library import FILE... --library {p}`"
                    )
                return cls(p)
            else:
                raise LibraryError(f"{p}: only PubMed .xml/.xml.gz files can be combined into one library")
        for p in xml:
            if not p.exists():
                raise LibraryError(f"no such PubMed XML file: {p}")
        library = cls(":memory:")
        library.import_files(xml)
        library.sources = tuple(str(p) for p in xml)
        return library

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM records").fetchone()[0])

    def __repr__(self) -> str:
        where = ", ".join(self.sources) if self.sources else self.path
        return f"<Library {where!r}: {len(self)} records>"

    # -- import --------------------------------------------------------------------------------
    def import_files(
        self,
        paths: Iterable[str | os.PathLike[str]],
        progress: Callable[[ImportProgress], None] | None = None,
    ) -> ImportCounts:
        """Stream PubMed XML files (``.xml``, ``.xml.gz``) into the library; re-imports replace by key."""
        files = [Path(p) for p in paths]
        for p in files:
            if not p.is_file():
                raise LibraryError(f"no such file to import: {p}")
        total = sum(p.stat().st_size for p in files)
        done_before = 0
        counts = [0, 0, 0, 0]  # records, added, replaced, skipped
        for p in files:
            with open(p, "rb") as fh:
                def report(fh: Any = fh, p: Path = p, base: int = done_before) -> None:
                    if progress is not None:
                        progress(ImportProgress(str(p), counts[0], base + fh.tell(), total))

                self._import_stream(iter_pubmed_xml(fh), counts, report)
            done_before += p.stat().st_size
        return ImportCounts(len(files), *counts)

    def import_xml(self, data: Any) -> ImportCounts:
        """Import PubMed XML given as bytes, text or a binary file object."""
        counts = [0, 0, 0, 0]
        self._import_stream(iter_pubmed_xml(data), counts, lambda: None)
        return ImportCounts(1, *counts)

    def _import_stream(self, pairs: Iterator[tuple[Record, bytes]], counts: list[int], report: Callable[[], None]) -> None:
        batch: list[tuple[Record, bytes]] = []
        try:
            for pair in pairs:
                batch.append(pair)
                if len(batch) >= _BATCH:
                    self._write_batch(batch, counts)
                    batch = []
                    report()
        finally:
            if batch:  # keep what was read before an error: a rerun replaces it by key
                self._write_batch(batch, counts)
            report()

    def _write_batch(self, batch: list[tuple[Record, bytes]], counts: list[int]) -> None:
        with self._lock:
            db = self._db
            db.execute("BEGIN")
            try:
                for record, raw in batch:
                    counts[0] += 1
                    if not record.pmid and not record.doi:
                        counts[3] += 1
                        log.warning("skipped a record with neither PMID nor DOI: %r", record.title[:80])
                        continue
                    self._write_record(db, record, raw, counts)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @staticmethod
    def _write_record(db: sqlite3.Connection, record: Record, raw: bytes, counts: list[int]) -> None:
        key = record.key
        row = (
            record.pmid, (record.doi or "").lower() or None, record.year, normalise_journal(record.journal),
            normalise_journal(record.journal_title), record.volume.strip().lower(), _first_page(record.pages),
            (record.authors[0].split(" ")[0].lower() if record.authors else ""),
            json.dumps(_record_dict(record), ensure_ascii=False, separators=(",", ":")), raw,
        )
        doi = (record.doi or "").lower()
        old = db.execute("SELECT rowid FROM records WHERE key = ?", (key,)).fetchone()
        if old is None and doi:
            if record.pmid:  # the same article held without a PMID (a digest record): this one supersedes it
                old = db.execute("SELECT rowid FROM records WHERE key = ?", (f"doi:{doi}",)).fetchone()
            elif db.execute("SELECT 1 FROM records WHERE doi_lower = ? AND pmid IS NOT NULL", (doi,)).fetchone():
                log.info("kept the PMID record for doi:%s; skipped the record without a PMID", doi)
                counts[3] += 1
                return
        if old is None:
            rid = db.execute(
                "INSERT INTO records(key, pmid, doi_lower, year, journal_norm, journal_title_norm, volume, "
                "first_page, first_author, data, raw) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (key, *row),
            ).lastrowid
            counts[1] += 1
        else:
            rid = old[0]
            db.execute(
                "UPDATE records SET key=?, pmid=?, doi_lower=?, year=?, journal_norm=?, journal_title_norm=?, "
                "volume=?, first_page=?, first_author=?, data=?, raw=? WHERE rowid=?",
                (key, *row, rid),
            )
            for table in ("mesh", "pubtypes", "authors"):
                db.execute(f"DELETE FROM {table} WHERE rid = ?", (rid,))
            db.execute("DELETE FROM fts WHERE rowid = ?", (rid,))
            counts[2] += 1
        db.executemany("INSERT INTO mesh(rid, heading) VALUES (?, ?)", [(rid, m.lower()) for m in set(record.mesh)])
        db.executemany(
            "INSERT INTO pubtypes(rid, pt) VALUES (?, ?)", [(rid, p.lower()) for p in set(record.publication_types)]
        )
        db.executemany(
            "INSERT INTO authors(rid, name) VALUES (?, ?)",
            [(rid, " ".join(a.lower().replace(".", " ").split())) for a in set(record.authors)],
        )
        db.execute(
            "INSERT INTO fts(rowid, title, abstract, mesh, keywords) VALUES (?, ?, ?, ?, ?)",
            (rid, record.title, record.abstract_text, " ; ".join(record.mesh), " ; ".join(record.keywords)),
        )

    # -- queries -------------------------------------------------------------------------------
    def search(self, query: str, retmax: int = 100) -> SearchResult:
        """Answer a PubMed query: total count and up to ``retmax`` ids, most recent year first."""
        where, params = compile_query(parse_query(query))
        with self._lock:
            try:
                count = self._db.execute(f"SELECT count(*) FROM records r WHERE {where}", params).fetchone()[0]
                ids = [
                    row[0]
                    for row in self._db.execute(
                        f"SELECT r.key FROM records r WHERE {where} {_ORDER} LIMIT ?", [*params, max(0, retmax)]
                    )
                ]
            except sqlite3.OperationalError as exc:
                raise QuerySyntaxError(f"the library could not run {query!r} ({exc}); simplify the query") from exc
        return SearchResult(query=query, count=int(count), ids=tuple(ids), source="library")

    def _rows(self, ids: Sequence[str], column: str) -> dict[str, Any]:
        keys = list(dict.fromkeys(_norm_id(i) for i in ids))
        found: dict[str, Any] = {}
        with self._lock:
            for start in range(0, len(keys), _BATCH):
                chunk = keys[start:start + _BATCH]
                marks = ",".join("?" for _ in chunk)
                for key, value in self._db.execute(f"SELECT key, {column} FROM records WHERE key IN ({marks})", chunk):
                    found[key] = value
        for key in keys:
            if key not in found:
                log.warning("id %s is not in the library %s; skipped", key, self.path)
        return {k: found[k] for k in keys if k in found}

    def fetch(self, ids: Sequence[str]) -> list[Record]:
        """Records for ``ids`` in the order asked (duplicates once); unknown ids are skipped with a warning."""
        return [Record.from_dict(json.loads(data)) for data in self._rows(ids, "data").values()]

    def raw_articles(self, ids: Sequence[str]) -> list[bytes]:
        """The stored ``<PubmedArticle>`` XML of each known id, in the order asked."""
        return [bytes(raw) for raw in self._rows(ids, "raw").values()]

    def keys(self) -> list[str]:
        """Every id in the library, in search order (most recent year first)."""
        with self._lock:
            return [row[0] for row in self._db.execute(f"SELECT r.key FROM records r {_ORDER}")]

    def citmatch(
        self,
        journal: str | None = None,
        year: int | str | None = None,
        volume: str | int | None = None,
        first_page: str | int | None = None,
        author: str | None = None,
    ) -> list[str]:
        """Ids matching a citation (like ECitMatch): every given field must agree; empty if none given."""
        clauses: list[str] = []
        params: list[object] = []
        if journal and journal.strip():
            norm = normalise_journal(journal)
            clauses.append("(r.journal_norm = ? OR r.journal_title_norm = ?)")
            params += [norm, norm]
        if year not in (None, ""):
            try:
                params.append(int(str(year).strip()))
            except ValueError:
                return []
            clauses.append("r.year = ?")
        if volume not in (None, ""):
            clauses.append("r.volume = ?")
            params.append(str(volume).strip().lower())
        if first_page not in (None, ""):
            clauses.append("r.first_page = ?")
            params.append(_first_page(str(first_page)))
        if author and author.strip():
            clauses.append("r.first_author = ?")
            params.append(author.strip().split()[0].rstrip(",").lower())
        if not clauses:
            return []
        with self._lock:
            rows = self._db.execute(f"SELECT r.key FROM records r WHERE {' AND '.join(clauses)} {_ORDER}", params)
            return [row[0] for row in rows]
