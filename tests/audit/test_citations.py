"""Citation checks on a synthetic library: verified, mismatch with closest matches, unverifiable, retracted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from audit.citations import (
    build_citation_queries,
    check_citation,
    citation_owner,
    is_checkable,
    journal_matches,
)
from audit.errors import NetworkError
from audit.library import Library
from audit.model import Record
from audit.planner import run_plan
from claims.model import CitationMention, Claim
from claims.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("build_library", ROOT / "examples" / "build_library.py")
assert _spec and _spec.loader
build_library = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_library)

VOCAB = load_vocabulary()
FIELDS = ("pmid", "doi", "title", "authors", "journal", "year", "volume", "issue", "pages", "publication_types",
          "design", "finding")


def _row(*values: str) -> dict[str, str]:
    return dict(zip(FIELDS, values, strict=True))


ROWS = [
    _row("90000101", "", "Synthetic meta-analysis of dry needling for neck pain", "Alpha A; Beta B", "Synth Pain J",
         "2015", "3", "1", "1-9", "", "SR/MA (5 RCTs)", "Synthetic digest: dry needling reduced neck pain."),
    _row("90000102", "", "Synthetic randomised trial of dry needling for neck pain", "Gamma G", "Synth Pain J",
         "2012", "1", "2", "10-19", "", "RCT (n=40)", "Synthetic digest: dry needling reduced neck pain at 4 weeks."),
    _row("90000103", "", "Synthetic meta-analysis of dry needling for chronic neck pain", "Delta D", "Other Synth J",
         "2013", "7", "", "20-29", "", "SR/MA (9 RCTs)", "Synthetic digest: 9 RCTs pooled; short-term benefit for neck pain."),
    _row("90000104", "", "Synthetic trial of dry needling for neck pain", "Epsilon E", "Retract Synth J", "2018",
         "2", "", "30-39", "Retracted Publication", "RCT (n=20)", "Synthetic digest: large benefit for neck pain."),
    _row("90000105", "", "Synthetic meta-analysis of massage for neck pain", "Zeta Z", "Synth Pain J", "2015",
         "3", "", "40-49", "", "SR/MA (6 RCTs)", "Synthetic digest: massage eased neck pain."),
    _row("", "10.9999/Synthetic.1", "Synthetic cohort study of dry needling for neck pain", "Eta E",
         "Arch Synth Rehabil", "2016", "", "", "", "", "cohort study", "Synthetic digest: dry needling helped neck pain."),
]

CLAIM = Claim(id="c-syn", text="Dry needling relieves neck pain.", source_text="", start=0, end=1, kind="citation",
              intervention="dry needling", subject_in_text=("dry needling",), conditions=("neck pain",))


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    text, written, omitted = build_library.build_xml(ROWS)
    assert (written, omitted) == (6, 0)
    path = tmp_path_factory.mktemp("lib") / "synthetic.xml"
    path.write_text(text, "utf-8")
    return Library.open(path)


def M(**kw: object) -> CitationMention:
    base = {"id": "m-syn", "text": "a synthetic citation", "start": 0, "end": 1}
    base.update(kw)
    return CitationMention(**base)  # type: ignore[arg-type]


def _check(mention: CitationMention, source: object) -> object:
    plan = run_plan(build_citation_queries(mention, CLAIM, VOCAB), source)  # type: ignore[arg-type]
    return check_citation(mention, plan, claim=CLAIM, vocabulary=VOCAB, claim_ids=[CLAIM.id])


def test_verified_by_journal_year_design_and_topic(library: Library) -> None:
    check = _check(M(year=2015, journal_abbrev="Synth Pain J", design="meta-analysis"), library)
    assert check.status == "verified"
    assert [m.pmid for m in check.matches] == ["90000101"]
    assert check.reason == ("a meta-analysis of dry needling for neck pain in Synth Pain J in 2015 exists: "
                            "Synthetic meta-analysis of dry needling for neck pain.")
    assert check.claim_ids == ("c-syn",)
    assert {q.purpose for q in check.queries} >= {"citation: journal, year, design and topic"}


def test_mismatch_lists_closest_real_matches_with_why(library: Library) -> None:
    check = _check(M(year=2012, journal_abbrev="Synth Pain J", design="meta-analysis"), library)
    assert check.status == "mismatch"
    assert check.reason.startswith("No meta-analysis of dry needling for neck pain in Synth Pain J in 2012 was found "
                                   "in the local library.")
    why = {r.pmid: r.why for r in check.closest}
    assert why["90000101"] == "right topic, a meta-analysis, same journal, published 2015"
    assert why["90000103"] == "right topic, a meta-analysis, other journal (Other Synth J), published 2013"
    assert why["90000102"] == "same journal and year, but a randomized controlled trial, not a meta-analysis"
    assert "90000105" not in why  # massage, not dry needling
    assert check.closest[0].pmid == "90000101"


def test_bare_source_marker_is_unverifiable_and_searches_nothing() -> None:
    mention = M(text="Source: 1", marker="Source: 1", resolvable=False, note="the article has no reference list")
    assert not is_checkable(mention)
    assert build_citation_queries(mention, CLAIM, VOCAB) == []
    plan = run_plan([], Library())
    check = check_citation(mention, plan, claim=CLAIM, vocabulary=VOCAB)
    assert check.status == "unverifiable"
    assert check.reason == "it points to a reference list the article does not have, so there is nothing to look up."


def test_generic_study_without_journal_is_unverifiable() -> None:
    mention = M(text="Another study", design="study", resolvable=False, note="no journal, year or authors given")
    check = check_citation(mention, run_plan([], Library()), claim=CLAIM, vocabulary=VOCAB)
    assert (check.status, check.reason) == ("unverifiable", "no journal, year or authors given, so there is nothing to look up.")


def test_design_and_size_without_journal_are_checked_by_topic(library: Library) -> None:
    mention = M(text="a systematic review of 9 randomized controlled trials", design="systematic review",
                n_studies=9, resolvable=False, note="no journal, year or authors given")
    check = _check(mention, library)
    assert check.status == "verified"
    assert [m.pmid for m in check.matches] == ["90000103"]
    other = _check(M(text="a systematic review of 12 trials", design="systematic review", n_studies=12), library)
    assert other.status == "unverifiable"
    assert other.reason == ("no systematic review of 12 trials of dry needling for neck pain was found in the local "
                            "library, and the mention gives no journal, year or authors to pin it down.")
    assert [r.pmid for r in other.closest][:2] == ["90000101", "90000103"]


def test_retracted_match(library: Library) -> None:
    check = _check(M(year=2018, journal_abbrev="Retract Synth J", design="randomized controlled trial"), library)
    assert check.status == "retracted"
    assert [m.pmid for m in check.matches] == ["90000104"]
    assert check.reason.startswith("the matching study was retracted (")


def test_full_journal_title_resolves_a_doi_only_record(library: Library) -> None:
    check = _check(M(journal="Archives of Synthetic Rehabilitation", design="study"), library)
    assert check.status == "verified"
    assert [m.key for m in check.matches] == ["doi:10.9999/synthetic.1"]
    assert check.matches[0].pmid is None


def test_by_pmid(library: Library) -> None:
    assert _check(M(pmid="90000102"), library).status == "verified"
    wrong = _check(M(pmid="90000105"), library)
    assert wrong.status == "mismatch"
    assert wrong.reason == "The cited paper (Synthetic meta-analysis of massage for neck pain) is not about dry needling."


class _Down:
    name = "live"

    def search(self, query: str, retmax: int = 100) -> object:
        raise NetworkError("NCBI unreachable after 3 retries")

    def fetch(self, ids: object) -> list[Record]:
        raise NetworkError("NCBI unreachable after 3 retries")


def test_failed_search_is_an_error_status() -> None:
    check = _check(M(year=2012, journal_abbrev="Synth Pain J", design="meta-analysis"), _Down())
    assert check.status == "error"
    assert "NCBI unreachable after 3 retries" in check.reason


def _rec(journal: str, title: str = "") -> Record:
    return Record(pmid="90000199", title="synthetic", journal=journal, journal_title=title)


@pytest.mark.parametrize(
    ("cited", "abbrev", "record", "expected"),
    [
        ("Journal of Manipulative and Physiological Therapeutics", None, _rec("J Manipulative Physiol Ther"), True),
        ("Archives of Physical Medicine and Rehabilitation", None, _rec("Arch Phys Med Rehabil"), True),
        ("Journal of Manual & Manipulative Therapy", None, _rec("J Manipulative Physiol Ther"), False),
        (None, "J Manipulative Physiol Ther", _rec("J Man Manip Ther"), False),
        (None, "Arch Phys Med Rehabil", _rec("Arch. Phys. Med. Rehabil."), True),
        ("Pain", None, _rec("Pain Med"), False),
    ],
)
def test_journal_matches(cited: str | None, abbrev: str | None, record: Record, expected: bool) -> None:
    assert journal_matches(cited, abbrev, record) is expected


def test_owner_is_kept_apart_from_claim_ids() -> None:
    assert citation_owner(M(id="m-1")) == "citation:m-1"


class CitmatchOnly:
    """Answers ECitMatch and fetch from the library, but finds nothing by search."""

    name = "library"

    def __init__(self, lib: Library) -> None:
        self.lib = lib

    def search(self, query: str, retmax: int = 100) -> object:
        from audit.model import SearchResult

        return SearchResult(query=query, count=0, ids=(), source="live")

    def fetch(self, ids: list[str]) -> list[Record]:
        return self.lib.fetch(ids)

    def citmatch(self, *args: object) -> list[str]:
        return self.lib.citmatch(*args)  # type: ignore[arg-type]


def test_ecitmatch_hit_is_confirmed_by_topic(library: Library) -> None:
    source = CitmatchOnly(library)
    good = CitationMention(id="m-pg", text="Gamma 2012;1:10", start=0, end=1, journal_abbrev="Synth Pain J",
                            year=2012, design="randomized controlled trial", volume="1", first_page="10")
    plan = run_plan(build_citation_queries(good, CLAIM, VOCAB), source)  # type: ignore[arg-type]
    check = check_citation(good, plan, claim=CLAIM, vocabulary=VOCAB, source=source)
    assert (check.status, [m.pmid for m in check.matches]) == ("verified", ["90000102"])
    # ecitmatch can return the wrong paper: volume 3 page 40 is the massage review, not dry needling
    wrong = CitationMention(id="m-pg2", text="Zeta 2015;3:40", start=0, end=1, journal_abbrev="Synth Pain J",
                             year=2015, design="meta-analysis", volume="3", first_page="40")
    plan = run_plan(build_citation_queries(wrong, CLAIM, VOCAB), source)  # type: ignore[arg-type]
    check = check_citation(wrong, plan, claim=CLAIM, vocabulary=VOCAB, source=source)
    assert check.status == "mismatch"
    assert "90000105" not in [m.pmid for m in check.matches]


def test_a_library_without_the_topic_cannot_show_a_mismatch(library: Library) -> None:
    claim = Claim(id="c-x", text="Cupping relieves neck pain.", source_text="", start=0, end=1, kind="citation",
                  intervention="cupping therapy", subject_in_text=("cupping therapy",), conditions=("neck pain",))
    mention = M(year=2019, journal_abbrev="Synth Pain J", design="randomized controlled trial")
    plan = run_plan(build_citation_queries(mention, claim, VOCAB), library)
    check = check_citation(mention, plan, claim=claim, vocabulary=VOCAB)
    assert check.status == "unverifiable"
    assert check.reason == ("the local library holds no study of cupping therapy for neck pain, so its absence there "
                            "proves nothing; check it against PubMed (run without --offline).")
