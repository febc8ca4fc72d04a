"""audit_claims end to end: the bundled example audited offline on the bundled library, and failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit import audit_claims
from audit.errors import NetworkError
from audit.library import Library
from audit.model import Record, SearchResult
from claims import extract_claims
from claims.model import Article, Claim, ClaimLedger

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "dry-needling.txt"
LIBRARY = ROOT / "examples" / "dry-needling-evidence.xml"


class CountingLibrary:
    """The bundled library, counting every search and fetch it answers."""

    name = "library"

    def __init__(self) -> None:
        self.lib = Library.open(LIBRARY)
        self.path = LIBRARY
        self.searches: list[str] = []
        self.fetched: list[str] = []

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        self.searches.append(query)
        return self.lib.search(query, retmax)

    def fetch(self, ids: list[str]) -> list[Record]:
        self.fetched += list(ids)
        return self.lib.fetch(ids)


@pytest.fixture(scope="module")
def audited() -> tuple[ClaimLedger, object, CountingLibrary]:
    ledger = extract_claims(ARTICLE)
    source = CountingLibrary()
    return ledger, audit_claims(ledger, source), source


def test_every_claim_has_a_verdict(audited: tuple) -> None:
    ledger, result, _ = audited
    assert len(ledger.claims) >= 30
    assert [v.claim_id for v in result.verdicts] == [c.id for c in ledger.claims]
    assert all(v.verdict in ("supported", "weak", "misattributed", "contradicted", "no_evidence") for v in result.verdicts)
    assert all(v.reasons and v.suggested_wording for v in result.verdicts)


def test_the_six_massage_bullets_are_misattributed_with_massage_named(audited: tuple) -> None:
    ledger, result, _ = audited
    bullets = [c for c in ledger.claims if c.section and c.section[-1] == "Additional Benefits of Dry Needling"
               and "massage" in c.subject_in_text]
    assert len(bullets) == 6
    for claim in bullets:
        verdict = result.verdict_for(claim.id)
        assert verdict.verdict == "misattributed", claim.text
        assert verdict.compared_intervention == "massage"
        assert verdict.reasons[1].startswith("For massage: ")
        assert verdict.reasons[2].startswith("For dry needling: ")
        assert verdict.suggested_wording in (
            "remove: this benefit is studied for massage, not dry needling.",
            "remove: the sentence describes massage, not dry needling, and no study found here shows this "
            "benefit for massage either.",
        )


def _check(result: object, fragment: str) -> object:
    return next(c for c in result.citations if fragment in c.mention_text)  # type: ignore[attr-defined]


def test_jmpt_meta_analysis_is_a_mismatch_with_the_closest_real_meta_analyses(audited: tuple) -> None:
    ledger, result, _ = audited
    check = _check(result, "Journal of Manipulative and Physiological Therapeutics")
    assert check.status == "mismatch"
    assert check.reason.startswith("No meta-analysis of dry needling for myofascial pain syndrome in "
                                   "J Manipulative Physiol Ther in 2012 was found in the local library.")
    metas = [r for r in check.closest if r.design in ("meta-analysis", "systematic review")]
    assert len(metas) >= 3
    assert all(r.journal != "J Manipulative Physiol Ther" for r in metas)
    same_journal = [r for r in check.closest if r.pmid == "23206963"]
    assert same_journal and same_journal[0].why.startswith("same journal and year, but a study of another design")
    claim = next(c for c in ledger.claims if any(m.id == check.mention_id for m in c.citations))
    verdict = result.verdict_for(claim.id)
    assert verdict.verdict == "misattributed"
    assert verdict.reasons[0].startswith('The citation "a 2012 meta-analysis published in the Journal of Manipulative '
                                         'and Physiological Therapeutics" does not hold')
    assert "Closest real sources: " in verdict.reasons[0]
    assert verdict.reasons[1].startswith("Other studies do bear on the finding")


def test_apmr_neck_pain_study_resolves_to_a_real_apmr_study(audited: tuple) -> None:
    ledger, result, _ = audited
    check = _check(result, "Archives of Physical Medicine and Rehabilitation")
    assert check.status == "verified"
    assert check.matches and all(m.journal == "Arch Phys Med Rehabil" for m in check.matches)
    assert check.matches[0].key == "doi:10.1016/j.apmr.2014.12.016"
    assert check.matches[0].pmid is None  # identified by DOI only; no PMID invented


def test_compound_conditions_are_also_searched_by_their_parts() -> None:
    claim = _claim("c-5", "dry needling", "headaches and migraines")
    verdict = audit_claims(_ledger(claim), Library.open(LIBRARY)).verdicts[0]
    parts = [q for q in verdict.queries if q.purpose == "intervention x condition (by its parts)"]
    assert parts and "headache*[tiab] OR migraine*[tiab]" in parts[0].query
    assert parts[0].count and parts[0].count >= 2
    assert verdict.verdict != "no_evidence" and len(verdict.evidence) >= 2


def test_systematic_review_of_15_trials_is_traced_by_design_size_and_topic(audited: tuple) -> None:
    _, result, _ = audited
    check = _check(result, "A systematic review of 15 randomized controlled trials")
    assert check.status == "verified"
    assert check.matches[0].key == "doi:10.1016/j.ctim.2017.06.003"


def test_bare_source_markers_are_unverifiable(audited: tuple) -> None:
    _, result, _ = audited
    markers = [c for c in result.citations if c.mention_text == "Source: 1"]
    assert len(markers) >= 1
    assert {c.status for c in markers} == {"unverifiable"}
    assert not any(c.queries for c in markers)


def test_one_plan_for_the_article_no_query_or_record_twice(audited: tuple) -> None:
    ledger, result, source = audited
    assert len(source.searches) == len(set(source.searches))
    assert len(source.fetched) == len(set(source.fetched))
    p = result.provenance
    assert (p.policy_version, p.evidence_source, p.offline) == ("2026.11.1", "library", True)
    assert p.vocabulary_version and p.tool_version and p.audited_at.endswith("Z")
    assert p.library == str(LIBRARY)


class FailingSource:
    """Every search whose query mentions ``word`` fails as NCBI would when unreachable."""

    name = "live"

    def __init__(self, word: str) -> None:
        self.word, self.lib = word, Library.open(LIBRARY)

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        if self.word in query:
            raise NetworkError("NCBI unreachable after 3 retries")
        return self.lib.search(query, retmax)

    def fetch(self, ids: list[str]) -> list[Record]:
        return self.lib.fetch(ids)


def _ledger(*claims: Claim) -> ClaimLedger:
    article = Article(title="synthetic", source="synthetic.txt", retrieved_at="2026-11-25T00:00:00Z", text="x")
    return ClaimLedger(article=article, claims=claims)


def _claim(cid: str, intervention: str, condition: str) -> Claim:
    return Claim(id=cid, text=f"{intervention} helps {condition}.", source_text="", start=0, end=1, kind="efficacy",
                 intervention=intervention, subject_in_text=(intervention,), conditions=(condition,))


def test_failed_queries_give_error_verdicts_not_no_evidence() -> None:
    ledger = _ledger(_claim("c-1", "massage", "sleep"), _claim("c-2", "dry needling", "lateral epicondylitis"))
    result = audit_claims(ledger, FailingSource('"massage"'))
    failed, fine = result.verdicts
    assert failed.verdict == "error"
    assert failed.confidence == 0.0
    assert "NCBI unreachable after 3 retries" in (failed.error or "")
    assert failed.reasons[0].startswith("The audit of this claim failed, so no verdict could be reached")
    assert fine.verdict == "weak"


def test_claim_without_an_intervention_is_judged_not_dropped() -> None:
    claim = Claim(id="c-3", text="Sleep matters.", source_text="", start=0, end=1, kind="benefit")
    result = audit_claims(_ledger(claim), Library.open(LIBRARY))
    assert result.verdicts[0].verdict == "no_evidence"
    assert "names no intervention" in result.verdicts[0].reasons[0]


@pytest.mark.slow
def test_live_path_through_bio_entrez_then_cache(tmp_path: Path) -> None:
    """The same audit through the real PubMed client (Bio.Entrez) against the E-utilities emulator,
    then again offline from the response cache: provenance says where the evidence came from."""
    from audit.cache import Cache
    from audit.emulator import EutilsEmulator
    from audit.pubmed import PubMed

    ledger = extract_claims(ARTICLE)
    with EutilsEmulator(Library.open(LIBRARY)) as emulator:
        live = PubMed(email="tests@example.org", api_key="synthetic-key", cache=Cache(tmp_path / "cache.sqlite"),
                      base_url=emulator.url)
        first = audit_claims(ledger, live)
        counts = emulator.counts
        searches = len({q.query for v in first.verdicts for q in v.queries}
                       | {q.query for c in first.citations for q in c.queries})
        assert counts["esearch"] == searches  # one request per distinct query of the article
        assert counts["efetch"] == 1  # every record in one batch (< 200 ids)
        # answers from a non-NCBI base URL are never presented as live
        assert (first.provenance.evidence_source, first.provenance.endpoint) == ("mirror", emulator.url)
        assert first.provenance.requests_made == searches + 1
        cached = PubMed(email="tests@example.org", cache=Cache(tmp_path / "cache.sqlite"), offline=True,
                        base_url=emulator.url)
        second = audit_claims(ledger, cached)
        assert emulator.counts == counts  # nothing new reached the server
    assert (second.provenance.evidence_source, second.provenance.requests_made) == ("cache", 0)
    assert [v.verdict for v in second.verdicts] == [v.verdict for v in first.verdicts]
    # PubMed holds no DOI-only digest records, so the APMR study is not found live: the check says so
    apmr = _check(first, "Archives of Physical Medicine and Rehabilitation")
    assert apmr.status == "mismatch"
    assert _check(first, "Journal of Manipulative and Physiological Therapeutics").status == "mismatch"


def test_evidence_is_about_the_claims_condition_not_any_pain() -> None:
    claim = Claim(id="c-4", text="Dry needling relieves chronic neck pain.", source_text="", start=0, end=1,
                  kind="efficacy", intervention="dry needling", subject_in_text=("dry needling",),
                  conditions=("neck pain",), outcomes=("pain",))
    verdict = audit_claims(_ledger(claim), Library.open(LIBRARY)).verdicts[0]
    assert verdict.evidence
    assert not [g.title for g in verdict.evidence if "low back" in g.title.lower() or "knee" in g.title.lower()]
    assert verdict.reasons[0].startswith(
        f"{verdict.reasons[0].split(' of dry needling')[0]} of dry needling for neck pain;")


def test_progress_reports_search_fetch_and_decide() -> None:
    seen: list[tuple[str, int, int]] = []
    ledger = _ledger(_claim("c-6", "dry needling", "lateral epicondylitis"), _claim("c-7", "massage", "sleep"))
    audit_claims(ledger, Library.open(LIBRARY), progress=lambda stage, done, total: seen.append((stage, done, total)))
    assert {s for s, _, _ in seen} == {"search", "fetch", "decide"}
    assert [x for x in seen if x[0] == "decide"] == [("decide", 1, 2), ("decide", 2, 2)]


class FetchFails(FailingSource):
    def fetch(self, ids: list[str]) -> list[Record]:
        raise NetworkError("efetch timed out")


def test_failed_fetch_gives_error_verdicts() -> None:
    ledger = _ledger(_claim("c-8", "dry needling", "lateral epicondylitis"))
    verdict = audit_claims(ledger, FetchFails("no such word")).verdicts[0]
    assert verdict.verdict == "error"
    assert "efetch timed out" in (verdict.error or "")
