"""audit.records: PubMed XML into Record — synthetic fixtures, real NCBI replies, errors."""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

import pytest

from audit.errors import ResponseError
from audit.model import AbstractSection, CommentCorrection
from audit.records import element_text, iter_pubmed_xml, parse_pubmed_xml

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "pubmed"
SYNTHETIC = FIXTURES / "synthetic.xml"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="module")
def synthetic() -> dict[str, object]:
    return {r.key: r for r in parse_pubmed_xml(SYNTHETIC)}


# -- synthetic fixture: every field --------------------------------------------------------------
def test_synthetic_keys_in_file_order_and_delete_citation_ignored() -> None:
    keys = [r.key for r in parse_pubmed_xml(SYNTHETIC)]
    assert keys == [
        "90000001", "90000002", "90000003", "90000004", "90000005", "doi:10.9999/synth.doi.0006", "90000007",
    ]


def test_structured_record_fields(synthetic) -> None:
    r = synthetic["90000001"]
    assert r.title == "A synthetic randomised trial of dry needling for chronic neck pain."
    assert (r.journal, r.journal_title, r.year) == ("J Synth Med", "Journal of synthetic medicine", 2019)
    assert r.authors == ("Alder J", "Birch KM")
    assert r.publication_types == ("Journal Article", "Randomized Controlled Trial")
    assert r.mesh == ("Dry Needling", "Neck Pain", "Humans")
    assert r.keywords == ("trigger point",)
    assert (r.doi, r.volume, r.issue, r.pages, r.language) == ("10.9999/synth.0001", "12", "3", "101-109", "eng")
    assert [s.label for s in r.abstract] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert r.abstract[2] == AbstractSection(
        text="Pain scores fell more after needling (p = 0.01).", label="RESULTS", nlm_category="RESULTS"
    )
    assert (r.retracted, r.retraction_notes, r.is_digest, r.comments_corrections) == (False, (), False, ())


def test_medline_date_year_markup_and_initials_from_forename(synthetic) -> None:
    r = synthetic["90000002"]
    assert r.year == 2021  # <MedlineDate>2021 Jan-Feb</MedlineDate>
    assert r.title == "Synthetic meta-analysis of dry needling and massage for low back pain."
    assert r.journal == "J Synth Med"  # no ISOAbbreviation: MedlineTA
    assert r.authors == ("Birch KM", "Cedar L")  # Cedar has a ForeName but no Initials
    assert r.doi == "10.9999/synth.0002"  # from ArticleIdList when there is no ELocationID
    assert r.abstract == (AbstractSection("Pooled invented trials showed a small benefit of needling over massage, with wide intervals."),)


def test_article_date_year_collective_author_and_mathml(synthetic) -> None:
    r = synthetic["90000003"]
    assert r.year == 2015  # PubDate has only a Season: ArticleDate
    assert r.authors == ("Synthetic Massage Study Group", "Dogwood P")
    assert r.title == "Massage therapy for tension headache: a synthetic narrative review with r2 values."
    assert r.abstract_text == (
        "We describe an imaginary literature in which the fit of R2 was modest and headache days changed little."
    )


def test_retracted_record_and_retraction_notice_are_told_apart(synthetic) -> None:
    retracted = synthetic["90000004"]
    assert retracted.retracted is True
    assert retracted.retraction_notes == (
        "publication type 'Retracted Publication'",
        "retracted in PMID 90000005 (Synth Acupunct Lett. 2013;9(1):1)",
    )
    # "Cites" links are the reference list, not comments or corrections.
    assert retracted.comments_corrections == (
        CommentCorrection("RetractionIn", "90000005", "Synth Acupunct Lett. 2013;9(1):1"),
    )
    notice = synthetic["90000005"]
    assert notice.retracted is False
    assert notice.retraction_notes == (
        "this record is a retraction notice (publication type 'Retraction of Publication'), not itself retracted",
        "retraction notice for PMID 90000004",
    )


def test_doi_only_digest_record(synthetic) -> None:
    r = synthetic["doi:10.9999/synth.doi.0006"]
    assert r.pmid is None
    assert r.doi == "10.9999/Synth.DOI.0006"  # kept as written; the key is lower case
    assert r.is_digest is True
    assert r.url == "https://doi.org/10.9999/Synth.DOI.0006"


def test_iter_yields_raw_elements_that_parse_back(synthetic) -> None:
    pairs = list(iter_pubmed_xml(SYNTHETIC.open("rb")))
    assert len(pairs) == 7
    record, raw = pairs[0]
    assert raw.startswith(b"<PubmedArticle>") and raw.endswith(b"</PubmedArticle>")
    again = parse_pubmed_xml(b"<PubmedArticleSet>" + raw + b"</PubmedArticleSet>")
    assert again == [record]
    assert b"mml:math" in pairs[2][1]  # MathML namespace survives in the raw bytes


@pytest.mark.parametrize("kind", ["gzip-path", "gzip-fileobj", "bytes", "str", "path-str"])
def test_inputs_of_every_kind_give_the_same_records(tmp_path: Path, synthetic, kind: str) -> None:
    data = SYNTHETIC.read_bytes()
    gz = tmp_path / "synthetic.xml.gz"
    gz.write_bytes(gzip.compress(data))
    source = {
        "gzip-path": gz,
        "gzip-fileobj": io.BytesIO(gz.read_bytes()),
        "bytes": data,
        "str": data.decode("utf-8"),
        "path-str": str(SYNTHETIC),
    }[kind]
    assert {r.key: r for r in parse_pubmed_xml(source)} == synthetic


def test_many_records_stream_from_gzip() -> None:
    body = SYNTHETIC.read_bytes().split(b"<PubmedArticleSet>")[1].split(b"</PubmedArticleSet>")[0]
    big = b"<PubmedArticleSet>" + body * 200 + b"</PubmedArticleSet>"
    keys = [record.key for record, _raw in iter_pubmed_xml(io.BytesIO(gzip.compress(big)))]
    assert len(keys) == 7 * 200
    assert keys[-1] == "90000007"


def test_inline_markup_spacing() -> None:
    from lxml import etree

    el = etree.fromstring(b"<T>Effect of <i>TERT</i> on r<sup>2</sup> ( <b>bold</b> )\n   and  more</T>")
    assert element_text(el) == "Effect of TERT on r2 (bold) and more"


# -- errors ----------------------------------------------------------------------------------------
def test_truncated_file_names_line_and_last_record() -> None:
    with pytest.raises(ResponseError) as err:
        parse_pubmed_xml(FIXTURES / "truncated.xml")
    assert str(err.value) == (
        f"{FIXTURES / 'truncated.xml'}: malformed or truncated PubMed XML at line 183 "
        "(expected '>', line 183, column 42) after 4 record(s), the last PMID 90000004; fetch the file again"
    )


def test_truncated_gzip_is_a_response_error(tmp_path: Path) -> None:
    data = gzip.compress(SYNTHETIC.read_bytes())
    path = tmp_path / "cut.xml.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ResponseError, match=r"cut\.xml\.gz: the compressed data ends early or is damaged"):
        parse_pubmed_xml(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "PubMed XML: the reply is empty, not PubMed XML; fetch it again"),
        (b"<html><body>busy</body></html>",
         "PubMed XML: the reply is an HTML page, not PubMed XML; request efetch with retmode=xml"),
        (b"PMID- 90000001\nTI  - x\n",
         "PubMed XML: this is MEDLINE text format, not PubMed XML; request efetch with retmode=xml"),
        (b"<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>",
         "PubMed XML: expected a <PubmedArticleSet> (efetch db=pubmed retmode=xml), got <eSearchResult>. "
         "NCBI said: Invalid query"),
        (b"<PubmedArticleSet><PubmedArticle><PubmedData/></PubmedArticle></PubmedArticleSet>",
         "PubMed XML: record 1: a <PubmedArticle> has no <MedlineCitation>"),
        (b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>90000001</PMID></MedlineCitation></PubmedArticle>"
         b"<PubmedArticle><PubmedData/></PubmedArticle></PubmedArticleSet>",
         "PubMed XML: record 2 (after PMID 90000001): a <PubmedArticle> has no <MedlineCitation>"),
        (b"not xml", "PubMed XML: does not start with '<', so it is not PubMed XML (starts b'not xml')"),
    ],
)
def test_non_pubmed_replies_give_clear_errors(data: bytes, message: str) -> None:
    with pytest.raises(ResponseError) as err:
        parse_pubmed_xml(data)
    assert str(err.value) == message


def test_empty_article_set_is_no_records() -> None:
    assert parse_pubmed_xml(b'<?xml version="1.0"?>\n<PubmedArticleSet/>') == []


# -- real NCBI replies (../shared/data) ---------------------------------------------------------------
def _manifest() -> list[dict[str, str]]:
    path = shared("entrez", "MANIFEST.tsv")
    lines = [line for line in path.read_text().splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def test_every_pubmed_efetch_xml_in_the_manifest_parses() -> None:
    parsed = 0
    for row in _manifest():
        if row["utility"] != "efetch" or not row["file"].endswith(".xml"):
            continue
        expected = re.search(r"PMIDs ([\d,]+)", row["records_note"]).group(1).split(",")  # type: ignore[union-attr]
        records = parse_pubmed_xml(shared("entrez", row["file"]))
        assert [r.pmid for r in records] == expected, row["file"]
        assert all(r.title and r.year for r in records)
        parsed += 1
    assert parsed == 8  # pubmed1,2,4,5,6,7 and the two legacy files


def test_manifest_error_replies() -> None:
    with pytest.raises(ResponseError, match=r"pubmed3\.html: the reply is an HTML page, not PubMed XML"):
        parse_pubmed_xml(shared("entrez", "pubmed3.html"))
    with pytest.raises(ResponseError, match=r"pubmed_result1\.txt: this is MEDLINE text format"):
        parse_pubmed_xml(shared("entrez", "medline_text", "pubmed_result1.txt"))
    with pytest.raises(ResponseError) as err:
        parse_pubmed_xml(shared("entrez", "einfo4.xml"))  # the corrupted reply
    assert str(err.value).endswith(
        "einfo4.xml: malformed or truncated PubMed XML at line 40 "
        "(Premature end of data in tag DbList line 4, line 40, column 1) after 0 records; fetch the file again"
    )


def test_pubmed4_markup_and_structured_abstract() -> None:
    (r,) = parse_pubmed_xml(shared("entrez", "pubmed4.xml"))
    assert r.pmid == "27797938"
    assert r.title == "Leucocyte telomere length, genetic variants at the TERT gene region and risk of pancreatic cancer."
    assert (r.journal, r.year, r.volume, r.issue, r.pages) == ("Gut", 2017, "66", "6", "1116-1122")
    assert [s.label for s in r.abstract] == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "p<sub>" not in r.abstract_text and "(linkage disequilibrium r2<0.25)" in r.abstract_text
    assert r.comments_corrections == (CommentCorrection("CommentIn", "27920200", "Gut. 2017 Jun;66(6):1"),)
    assert r.doi == "10.1136/gutjnl-2016-312510"


def test_pubmed6_mathml_becomes_text() -> None:
    (r,) = parse_pubmed_xml(shared("entrez", "pubmed6.xml"))
    assert r.title.startswith('A "Blood Relationship" Between the Overlooked Minimum Lactate Equivalent')
    assert "mml" not in r.abstract_text and "  " not in r.abstract_text
    assert "(LEmin)" in r.abstract_text and "km·h-1" in r.abstract_text


def test_pmid_993_is_retracted() -> None:
    (r,) = parse_pubmed_xml(shared("pubmed_records", "retracted_pmid993_neilfws.xml"))
    assert (r.pmid, r.year, r.journal, r.authors) == ("993", 1975, "Biochem. J.", ("Gullis RJ", "Rowe CE"))
    assert r.retracted is True
    assert r.retraction_notes == (
        "publication type 'Retracted Publication'",
        "retracted in PMID 195582 (Rowe CE. Biochem J. 1977 Apr 15;164(1):287-8)",
    )


def test_book_article() -> None:
    (r,) = parse_pubmed_xml(shared("metapub_fixtures", "other", "sample_article_20301577.xml"))
    assert (r.pmid, r.title, r.journal, r.year) == ("20301577", "CACNA1C-Related Disorders", "GeneReviews®", 1993)
    assert r.authors == ("Napolitano C", "Priori SG")  # the chapter's authors, not the book's editors
    assert [s.label for s in r.abstract][:2] == ["CLINICAL CHARACTERISTICS", "DIAGNOSIS/TESTING"]


def _index_rows() -> list[dict[str, str]]:
    path = shared("metapub_fixtures", "INDEX.tsv")
    return list(csv.DictReader(path.open(), delimiter="\t"))


def _split(value: str) -> list[str]:
    return sorted(x for x in value.split("|") if x)


def test_every_metapub_record_parses_and_matches_the_index() -> None:
    rows = [r for r in _index_rows() if r["record_type"] in ("PubmedArticle", "PubmedBookArticle")]
    assert len(rows) == 166
    for row in rows:
        (r,) = parse_pubmed_xml(shared("metapub_fixtures", row["file"]))
        assert r.pmid == row["pmid"], row["file"]
        assert str(r.year) == row["pub_year"], row["file"]
        assert sorted({s.label for s in r.abstract if s.label}) == _split(row["abstract_labels"]), row["file"]
        assert sorted(r.publication_types) == _split(row["publication_types"]), row["file"]
        assert len(r.mesh) == int(row["n_mesh"] or 0), row["file"]
        cc = sorted({c.ref_type for c in r.comments_corrections})
        assert cc == sorted(set(_split(row["comments_corrections_reftypes(excl Cites)"]))), row["file"]
        assert bool(r.abstract) == (row["has_abstract"] == "Y"), row["file"]
        clean = " ".join(row["title"].replace('"', "").split())
        assert " ".join(r.title.replace('"', "").split()).startswith(clean[:100]), row["file"]


def test_metapub_empty_set_and_non_pubmed_files() -> None:
    assert parse_pubmed_xml(shared("metapub_fixtures", "pmid_xml", "37909814.xml")) == []
    with pytest.raises(ResponseError, match=r"expected a <PubmedArticleSet> .*got <eLinkResult>"):
        parse_pubmed_xml(shared("metapub_fixtures", "other", "sample_related_pmids_result.xml"))


def test_metapub_structured_abstract_labels_and_categories() -> None:
    (r,) = parse_pubmed_xml(shared("metapub_fixtures", "other", "sample_article_23435529.xml"))
    assert r.publication_types[:2] == ("Journal Article", "Randomized Controlled Trial")
    assert [(s.label, s.nlm_category) for s in r.abstract] == [
        ("PURPOSE", "OBJECTIVE"), ("PATIENTS AND METHODS", "METHODS"), ("RESULTS", "RESULTS"), ("CONCLUSION", "CONCLUSIONS"),
    ]
    (r,) = parse_pubmed_xml(shared("metapub_fixtures", "other", "pmid_28731372.xml"))
    assert [(s.label, s.nlm_category) for s in r.abstract][0] == ("BACKGROUND", None)  # no NlmCategory given
