"""audit.library: import, PubMed-syntax search, fetch, raw articles and citmatch on a synthetic library."""

from __future__ import annotations

import gzip
import logging
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from audit.errors import LibraryError, QuerySyntaxError, ResponseError
from audit.library import ImportCounts, ImportProgress, Library
from audit.records import parse_pubmed_xml
from audit.source import EvidenceSource

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "pubmed"
SYNTHETIC = FIXTURES / "synthetic.xml"
SHARED = ROOT / ".." / "shared" / "data"
DOI_KEY = "doi:10.9999/synth.doi.0006"


@pytest.fixture(scope="module")
def lib() -> Library:
    return Library.open(SYNTHETIC)


SEARCHES = [
    ('"dry needling"[tiab]', ["90000002", DOI_KEY, "90000001"]),
    ("needling", ["90000002", DOI_KEY, "90000007", "90000001"]),
    ("needl*", ["90000002", DOI_KEY, "90000007", "90000001"]),
    ('"Dry Needling"[mh]', ["90000002", "90000007", "90000001"]),
    ('"dry needling"[majr]', ["90000002", "90000007", "90000001"]),
    ("pain[mh]", ["90000004"]),  # "Pain, Postoperative"; "Neck Pain" is not under Pain here
    ("review[pt]", ["90000002", "90000003"]),  # Review includes Systematic Review
    ("meta-analysis[pt]", ["90000002"]),
    ('"randomized controlled trial"[pt]', [DOI_KEY, "90000001"]),
    ('"clinical trial"[pt]', [DOI_KEY, "90000001"]),
    ('"systematic review"[pt]', ["90000002"]),
    ('"J Synth Med"[ta]', ["90000002", "90000007", "90000001"]),
    ('"journal of synthetic medicine"[ta]', ["90000002", "90000007", "90000001"]),
    ('"Synth Acupunct Lett"[ta]', ["90000005", "90000004"]),  # one is written "Synth. Acupunct. Lett."
    ("2019[dp]", ["90000007", "90000001"]),
    ('"2012:2015"[dp]', ["90000003", "90000005", "90000004"]),
    ("alder[au]", ["90000007", "90000001"]),
    ("Birch K[au]", ["90000002", "90000001"]),
    ('"Synthetic Massage Study Group"[au]', ["90000003"]),
    ('needling NOT "case reports"[pt]', ["90000002", DOI_KEY, "90000001"]),
    ("(massage OR acupuncture) AND 2012:2016[dp]", ["90000003", "90000005", "90000004"]),
    ("neck pain", ["90000001"]),
    ("headache[ti]", ["90000003"]),
    ("sham[ab]", [DOI_KEY, "90000001"]),
    ('"trigger point"[tiab]', ["90000001"]),  # author keywords count as title/abstract words
    ("10.9999/Synth.DOI.0006[doi]", [DOI_KEY]),
    ("90000004[pmid]", ["90000004"]),
    ("zebra", []),
]


@pytest.mark.parametrize(("query", "ids"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search(lib: Library, query: str, ids: list[str]) -> None:
    result = lib.search(query)
    assert list(result.ids) == ids
    assert result.count == len(ids)
    assert (result.source, result.query) == ("library", query)


def test_retmax_limits_ids_not_count(lib: Library) -> None:
    result = lib.search("needling", retmax=2)
    assert (result.count, result.ids) == (4, ("90000002", DOI_KEY))


def test_unsupported_syntax_is_refused(lib: Library) -> None:
    with pytest.raises(QuerySyntaxError, match=r"^field tag \[la\] is not supported by the local library"):
        lib.search("needling AND eng[la]")


def test_is_an_evidence_source(lib: Library) -> None:
    assert isinstance(lib, EvidenceSource)
    assert lib.name == "library" and len(lib) == 7


def test_fetch_in_order_asked_skipping_unknown(lib: Library, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="audit.library"):
        records = lib.fetch(["90000004", "DOI:10.9999/SYNTH.DOI.0006", "12345", "90000004"])
    assert [r.key for r in records] == ["90000004", DOI_KEY]
    assert records[0].retracted is True and records[1].is_digest is True
    assert records == [r for r in parse_pubmed_xml(SYNTHETIC) if r.key in ("90000004", DOI_KEY)]
    assert "id 12345 is not in the library :memory:; skipped" in caplog.text


def test_raw_articles_are_the_stored_elements(lib: Library) -> None:
    raws = lib.raw_articles(["90000003", "nope", DOI_KEY])
    assert len(raws) == 2
    assert all(raw.startswith(b"<PubmedArticle>") for raw in raws)
    again = parse_pubmed_xml(b"<PubmedArticleSet>" + b"".join(raws) + b"</PubmedArticleSet>")
    assert [r.key for r in again] == ["90000003", DOI_KEY]


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (("J Synth Med", 2019, "12", "101", "Alder"), ["90000001"]),
        (("Journal of Synthetic Medicine", "2019", None, None, None), ["90000007", "90000001"]),
        (("J Synth Med", 2019, 12, "300-301", None), ["90000007"]),
        (("Synth Acupunct Lett", 2012, 8, 44, "Elm R"), ["90000004"]),
        (("J Synth Med", 2019, 12, 999, None), []),
        ((None, None, None, None, None), []),
        (("J Synth Med", "not a year", None, None, None), []),
    ],
)
def test_citmatch(lib: Library, args: tuple, ids: list[str]) -> None:
    assert lib.citmatch(*args) == ids


def test_reimport_replaces_by_key(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite") as lib:
        assert lib.import_files([SYNTHETIC]) == ImportCounts(files=1, records=7, added=7, replaced=0, skipped=0)
        assert lib.import_files([SYNTHETIC]) == ImportCounts(files=1, records=7, added=0, replaced=7, skipped=0)
        assert len(lib) == 7
        assert lib.search("needling").count == 4  # no duplicate index rows
        changed = SYNTHETIC.read_text().replace(
            "A synthetic randomised trial of dry needling for chronic neck pain.",
            "A synthetic randomised trial of cupping for chronic neck pain.",
        )
        assert lib.import_xml(changed.encode()).replaced == 7
        assert lib.search("cupping").ids == ("90000001",)
        assert lib.search('"dry needling"[ti]').ids == ("90000002", DOI_KEY)
        assert lib.fetch(["90000001"])[0].title.endswith("of cupping for chronic neck pain.")


def test_record_without_pmid_or_doi_is_skipped() -> None:
    text = SYNTHETIC.read_text()
    text = text.replace('<ELocationID EIdType="doi" ValidYN="Y">10.9999/Synth.DOI.0006</ELocationID>', "")
    text = text.replace('<ArticleId IdType="doi">10.9999/Synth.DOI.0006</ArticleId>', "")
    lib = Library()
    assert lib.import_xml(text) == ImportCounts(files=1, records=7, added=6, replaced=0, skipped=1)


def test_pmid_record_supersedes_the_same_doi_without_pmid() -> None:
    lib = Library.open(SYNTHETIC)
    with_pmid = SYNTHETIC.read_text().replace('<PMID Version="1"></PMID>', '<PMID Version="1">90000006</PMID>')
    counts = lib.import_xml(with_pmid)
    assert counts == ImportCounts(files=1, records=7, added=0, replaced=7, skipped=0)
    assert len(lib) == 7
    assert lib.search('"shoulder pain"[ti]').ids == ("90000006",)
    assert lib.fetch([DOI_KEY]) == []
    # Importing the PMID-less version again keeps the PMID record.
    assert lib.import_files([SYNTHETIC]) == ImportCounts(files=1, records=7, added=0, replaced=6, skipped=1)
    assert lib.search('"shoulder pain"[ti]').ids == ("90000006",)


def test_truncated_import_keeps_what_was_read_and_raises() -> None:
    lib = Library()
    with pytest.raises(ResponseError, match="after 4 record"):
        lib.import_files([FIXTURES / "truncated.xml"])
    assert lib.keys() == ["90000002", "90000001", "90000003", "90000004"]


def test_progress_reports_bytes_and_records(tmp_path: Path) -> None:
    gz = tmp_path / "synthetic.xml.gz"
    gz.write_bytes(gzip.compress(SYNTHETIC.read_bytes()))
    seen: list[ImportProgress] = []
    counts = Library().import_files([SYNTHETIC, gz], progress=seen.append)
    total = SYNTHETIC.stat().st_size + gz.stat().st_size
    assert counts == ImportCounts(files=2, records=14, added=7, replaced=7, skipped=0)
    assert seen[-1] == ImportProgress(str(gz), 14, total, total)
    assert [p.bytes_done for p in seen] == sorted(p.bytes_done for p in seen)


def test_open_xml_gz_folder_and_sqlite(tmp_path: Path) -> None:
    gz = tmp_path / "xml" / "synthetic.xml.gz"
    gz.parent.mkdir()
    gz.write_bytes(gzip.compress(SYNTHETIC.read_bytes()))
    assert len(Library.open(gz)) == 7
    shutil.copy(SYNTHETIC, gz.parent / "copy.xml")
    folder = Library.open(gz.parent)
    assert len(folder) == 7 and folder.sources == (str(gz.parent / "copy.xml"), str(gz))
    db = tmp_path / "lib.sqlite"
    with Library(db) as created:
        created.import_files([SYNTHETIC])
    with Library.open(db) as opened:
        assert opened.search('"dry needling"[tiab]').ids == ("90000002", DOI_KEY, "90000001")
        assert opened._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_two_connections_share_a_library_file(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite"
    writer = Library(db)
    reader = Library.open(db)
    assert len(reader) == 0
    writer.import_files([SYNTHETIC])
    assert reader.search('"dry needling"[tiab]').ids == ("90000002", DOI_KEY, "90000001")
    writer.close()
    reader.close()


def test_open_errors(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    with pytest.raises(LibraryError) as err:
        Library.open(missing)
    assert str(err.value) == (
        f"no library at {missing}; create it with `claim-audit library import FILE... --library {missing}`"
    )
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(LibraryError) as err:
        Library.open(other)
    assert str(err.value) == f"{other} is an SQLite file but not a claim-audit library; choose another --library path"
    text = tmp_path / "notes.sqlite"
    text.write_text("hello, this is not a database at all" * 50)
    with pytest.raises(LibraryError, match=r"is not a claim-audit library \(file is not a database\)"):
        Library.open(text)
    with pytest.raises(LibraryError, match=r"no such PubMed XML file: .*absent\.xml"):
        Library.open(tmp_path / "absent.xml")
    with pytest.raises(LibraryError, match=r"only PubMed \.xml/\.xml\.gz files can be combined"):
        Library.open([SYNTHETIC, tmp_path / "lib.sqlite"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LibraryError, match=r"holds no PubMed \.xml or \.xml\.gz files"):
        Library.open(empty)


def test_search_from_another_thread(lib: Library) -> None:
    out: list[tuple[str, ...]] = []
    thread = threading.Thread(target=lambda: out.append(lib.search("massage[mh]").ids))
    thread.start()
    thread.join()
    assert out == [("90000002", "90000003")]


# -- real data --------------------------------------------------------------------------------
def _shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


def test_metapub_folder_library() -> None:
    lib = Library.open(_shared("metapub_fixtures", "pmid_xml"))
    assert len(lib) == 163  # 164 files, one an empty PubmedArticleSet
    assert lib.search('"systematic review"[pt]').ids == ("38909159", "37905428", "36318760", "33856845")
    assert lib.search('"Biochem J"[ta] AND 2024[dp]').count == 2


def test_pmid_993_is_retracted_in_a_library() -> None:
    lib = Library.open(_shared("pubmed_records", "retracted_pmid993_neilfws.xml"))
    (record,) = lib.fetch(["993"])
    assert record.retracted is True
    assert lib.citmatch("Biochem J", 1975, 148, 557, "Gullis") == ["993"]


def test_bundled_example_library_opens_fast() -> None:
    path = ROOT / "examples" / "dry-needling-evidence.xml"
    if not path.exists():
        pytest.skip("bundled example library not built yet")
    start = time.perf_counter()
    lib = Library.open(path)
    assert time.perf_counter() - start < 2.0
    assert sorted(lib.keys()) == sorted(r.key for r in parse_pubmed_xml(path))
