"""The bundled evidence library round-trips from our literature CSV, and real parsers read it."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from Bio import Entrez

from audit.library import Library
from audit.records import parse_pubmed_xml

ROOT = Path(__file__).resolve().parents[2]
CSV = ROOT / "examples" / "dry-needling-evidence.csv"
XML = ROOT / "examples" / "dry-needling-evidence.xml"
SHARED_CSV = ROOT / ".." / "shared" / "data" / "literature" / "dry-needling-evidence.csv"

_spec = importlib.util.spec_from_file_location("build_library", ROOT / "examples" / "build_library.py")
assert _spec and _spec.loader
build_library = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_library)


def _rows() -> list[dict[str, str]]:
    with open(CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_committed_xml_is_what_the_builder_makes() -> None:
    text, written, omitted = build_library.build_xml(build_library.read_rows(CSV))
    assert XML.read_text("utf-8") == text
    assert (written, omitted) == (83, 10)
    assert build_library.main(["--check"]) == 0


def test_check_mode_detects_a_stale_file(tmp_path: Path) -> None:
    stale = tmp_path / "stale.xml"
    stale.write_text("<PubmedArticleSet/>", "utf-8")
    assert build_library.main(["--check", "--out", str(stale)]) == 1


def test_committed_csv_is_the_shared_compilation() -> None:
    if not SHARED_CSV.exists():
        pytest.skip("../shared/data is not available")
    assert CSV.read_bytes() == SHARED_CSV.read_bytes()


def test_every_identified_row_round_trips_through_our_parser() -> None:
    records = parse_pubmed_xml(XML.read_bytes())
    rows = [r for r in _rows() if r["pmid"] or r["doi"]]
    assert len(records) == len(rows) == 83
    by_key = {r.key: r for r in records}
    for row in rows:
        key = row["pmid"] or f"doi:{row['doi'].lower()}"
        rec = by_key[key]
        assert rec.pmid == (row["pmid"] or None)
        assert (rec.doi or "") == row["doi"]
        assert rec.title == row["title"]
        assert rec.journal == row["journal"]
        assert rec.year == int(row["year"])
        assert rec.abstract_text == row["finding"]
        assert rec.is_digest is True
        for pt in filter(None, (p.strip() for p in row["publication_types"].split(";"))):
            assert pt in rec.publication_types


def test_rows_without_pmid_or_doi_are_left_out_and_no_pmid_is_invented() -> None:
    text = XML.read_text("utf-8")
    for row in _rows():
        if not row["pmid"] and not row["doi"]:
            assert row["title"] not in text
    csv_pmids = {r["pmid"] for r in _rows() if r["pmid"]}
    xml_pmids = {r.pmid for r in parse_pubmed_xml(XML.read_bytes()) if r.pmid}
    assert xml_pmids == csv_pmids
    assert text.count('<PMID Version="1"></PMID>') == sum(1 for r in _rows() if not r["pmid"] and r["doi"])


def test_bio_entrez_reads_it() -> None:
    with open(XML, "rb") as fh:
        data = Entrez.read(fh)
    articles = data["PubmedArticle"]
    assert len(articles) == 83
    notes = [a["MedlineCitation"]["GeneralNote"] for a in articles]
    assert all(str(n[0]) == "digest" and n[0].attributes["Owner"] == "claim-audit" for n in notes)
    dois = {str(i) for a in articles for i in a["PubmedData"]["ArticleIdList"] if i.attributes["IdType"] == "doi"}
    assert "10.1016/j.apmr.2014.12.016" in dois


@pytest.mark.parametrize(
    ("design", "expected"),
    [
        ("SR/MA (7 RCTs)", ["Meta-Analysis", "Systematic Review"]),
        ("MA (9 RCTs)", ["Meta-Analysis"]),
        ("SR of 15 RCTs", ["Systematic Review"]),  # a review of RCTs is not itself an RCT
        ("Umbrella review (36 SRs)", ["Systematic Review", "Review"]),
        ("RCT, sham-controlled (n=80)", ["Randomized Controlled Trial"]),
        ("Case report", ["Case Reports"]),
        ("Narrative review (mechanisms)", ["Review"]),
        ("prospective survey (20,464 sessions)", ["Observational Study"]),
        ("animal study (rats)", []),
    ],
)
def test_publication_types_implied_by_design(design: str, expected: list[str]) -> None:
    assert build_library.design_publication_types(design) == expected


def test_library_answers_the_citation_questions_of_the_example() -> None:
    lib = Library.open(XML)
    apmr = lib.search('"Arch Phys Med Rehabil"[ta] AND "neck pain"[tiab]')
    assert "doi:10.1016/j.apmr.2014.12.016" in apmr.ids
    jmpt = lib.search('"J Manipulative Physiol Ther"[ta] AND 2012[dp]')
    assert jmpt.ids == ("23206963",)
    assert lib.search('"J Manipulative Physiol Ther"[ta] AND 2012[dp] AND "Meta-Analysis"[pt]').count == 0
