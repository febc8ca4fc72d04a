"""A hand-built, realistic AuditResult with synthetic studies (PMIDs >= 90000000) for report tests."""

from __future__ import annotations

from dataclasses import replace

from audit.model import (
    AuditResult,
    CitationCheck,
    ClaimVerdict,
    Override,
    Provenance,
    QueryRun,
    StudyGrade,
    StudyRef,
)
from claims.model import Article, CitationMention, Claim, ClaimLedger, claim_id

__all__ = ["make_result", "HOSTILE_SCRIPT", "HOSTILE_IMG", "study", "with_override", "replace_verdict"]

HOSTILE_SCRIPT = "<script>alert('x')</script>"
HOSTILE_IMG = "<img src=x onerror=alert(1)>"


def study(n: int, design: str, level: int, direction: str, *, title: str | None = None, **kw) -> StudyGrade:
    pmid = str(90000000 + n)
    return StudyGrade(
        key=pmid,
        pmid=pmid,
        doi=kw.pop("doi", f"10.9999/synthetic.{n}"),
        title=title or f"A synthetic {design} of dry needling number {n}",
        journal=kw.pop("journal", "J Synth Med"),
        year=kw.pop("year", 2015 + n % 8),
        design=design,
        level=level,
        relevance=kw.pop("relevance", "direct"),
        relevance_score=kw.pop("relevance_score", 0.9),
        intervention_studied=kw.pop("intervention_studied", "dry needling"),
        direction=direction,
        deciding_sentence=kw.pop("deciding_sentence", f"Synthetic conclusion sentence {n}: {direction}."),
        **kw,
    )


def _claim(source: str, text: str, kind: str, section: tuple[str, ...], start: int, **kw) -> Claim:
    return Claim(
        id=claim_id(source, text),
        text=text,
        source_text=kw.pop("source_text", text),
        start=start,
        end=start + len(text),
        kind=kind,
        section=section,
        **kw,
    )


def make_result(
    *,
    source: str = "examples/synthetic-article.txt",
    hostile: bool = False,
    audited_at: str = "2026-11-25T12:00:00+00:00",
    evidence_source: str = "library",
) -> AuditResult:
    """Six claims covering every verdict but error, plus one error claim; two citation mentions."""
    extra = f" {HOSTILE_SCRIPT} {HOSTILE_IMG}" if hostile else ""
    title = "Synthetic dry needling article" + extra
    s_main = ("Synthetic dry needling article", "Indications" + extra)
    s_benefits = ("Synthetic dry needling article", "Additional Benefits of Dry Needling")
    mention1 = CitationMention(
        id="m-1",
        text="a 2012 meta-analysis published in the Journal of Synthetic Therapeutics" + extra,
        start=10,
        end=80,
        year=2012,
        journal="Journal of Synthetic Therapeutics",
        journal_abbrev="J Synth Ther",
        design="meta-analysis",
    )
    mention2 = CitationMention(id="m-2", text="Source: 1", start=90, end=99, marker="Source: 1", resolvable=False)
    claims = [
        _claim(source, "Dry needling reduces myofascial pain." + extra, "efficacy", s_main, 100,
               intervention="dry needling", subject_in_text=("dry needling",), conditions=("myofascial pain syndrome",),
               outcomes=("pain",), citations=(mention1,)),
        _claim(source, "Dry needling is an effective treatment for fibromyalgia.", "efficacy", s_main, 200,
               intervention="dry needling", conditions=("fibromyalgia",), block_kind="list_item"),
        _claim(source, "Regular massage therapy can help increase flexibility and mobility.", "benefit", s_benefits,
               300, intervention="dry needling", subject_in_text=("massage",), outcomes=("range of motion",),
               misattributed_structurally=True,
               misattribution_reason="The sentence names massage under a dry needling heading."),
        _claim(source, "Dry needling cures carpal tunnel syndrome.", "efficacy", s_main, 400,
               intervention="dry needling", conditions=("carpal tunnel syndrome",), wording="absolute",
               wording_terms=("cures",)),
        _claim(source, "Dry needling releases endorphins.", "mechanism", s_main, 500,
               intervention="dry needling", outcomes=("endorphins",), citations=(mention2,)),
        _claim(source, "Dry needling helps sciatica.", "efficacy", s_main, 600,
               intervention="dry needling", conditions=("sciatica",)),
    ]
    article = Article(
        title=title,
        source=source,
        retrieved_at="2026-11-25T11:59:00+00:00",
        text="Synthetic article text." + extra,
        has_reference_list=False,
    )
    ledger = ClaimLedger(article=article, claims=tuple(claims), citations=(mention1, mention2),
                         vocabulary_version="1", extractor_version="0.1.0")
    q = "\"dry needling\"[tiab] AND \"myofascial pain\"[tiab]"
    check1 = CitationCheck(
        mention_id="m-1",
        mention_text=mention1.text,
        status="mismatch",
        reason="No meta-analysis in J Synth Ther in 2012 studies dry needling." + extra,
        claim_ids=(claims[0].id,),
        matches=(),
        closest=(StudyRef(key="90000011", pmid="90000011", doi="10.9999/synthetic.11",
                          title="A synthetic meta-analysis of dry needling" + extra, journal="J Synth Rehabil",
                          year=2013, design="meta-analysis", why="right topic, other journal and year"),),
        queries=(QueryRun(query="\"J Synth Ther\"[ta] AND 2012[dp] AND meta-analysis[pt]", purpose="citation",
                          count=0, source="library"),),
    )
    check2 = CitationCheck(mention_id="m-2", mention_text="Source: 1", status="unverifiable",
                           reason="A bare marker with no reference list cannot be checked.",
                           claim_ids=(claims[4].id,))
    verdicts = [
        ClaimVerdict(
            claim_id=claims[0].id, verdict="supported", confidence=0.85,
            reasons=("Two positive synthetic meta-analyses of RCTs." + extra,
                     "The cited meta-analysis could not be found."),
            suggested_wording="",
            evidence=(study(1, "systematic review/meta-analysis", 1, "benefit", title=None if not hostile
                            else "Synthetic review " + HOSTILE_SCRIPT),
                      study(2, "systematic review/meta-analysis", 1, "benefit"),
                      study(3, "randomized controlled trial", 2, "no_difference", relevance="partial")),
            queries=(QueryRun(query=q, purpose="intervention x condition", count=3,
                              ids=("90000001", "90000002", "90000003"), source="library"),),
            citation_checks=(check1,),
        ),
        ClaimVerdict(
            claim_id=claims[1].id, verdict="weak", confidence=0.6,
            reasons=("Only one small synthetic RCT, short-term only.",),
            suggested_wording="Dry needling may help some people with fibromyalgia in the short term.",
            evidence=(study(4, "randomized controlled trial", 2, "benefit", short_term_only=True,
                            certainty="low"),),
            queries=(QueryRun(query="\"dry needling\"[tiab] AND fibromyalgia[tiab]", purpose="intervention x condition",
                              count=1, ids=("90000004",), source="library"),),
        ),
        ClaimVerdict(
            claim_id=claims[2].id, verdict="misattributed", confidence=0.9,
            reasons=("The sentence credits massage; the heading credits dry needling.",),
            suggested_wording="Massage therapy may improve flexibility; this is not a benefit of dry needling.",
            evidence=(),
            comparison=(study(5, "randomized controlled trial", 2, "benefit", intervention_studied="massage",
                              title="A synthetic trial of massage for flexibility"),),
            compared_intervention="massage",
            queries=(QueryRun(query="massage[tiab] AND flexibility[tiab]", purpose="named intervention", count=1,
                              ids=("90000005",), source="library"),
                     QueryRun(query="\"dry needling\"[tiab] AND flexibility[tiab]", purpose="intervention x outcome",
                              count=0, source="library")),
        ),
        ClaimVerdict(
            claim_id=claims[3].id, verdict="contradicted", confidence=0.8,
            reasons=("A synthetic meta-analysis found no difference from sham.",
                     "The word 'cures' overstates any evidence."),
            suggested_wording="Dry needling has not been shown to relieve carpal tunnel syndrome.",
            evidence=(study(6, "systematic review/meta-analysis", 1, "no_difference", retracted=False),
                      study(7, "randomized controlled trial", 2, "benefit", retracted=True,
                            title="A retracted synthetic trial")),
            queries=(QueryRun(query="\"dry needling\"[tiab] AND \"carpal tunnel\"[tiab]",
                              purpose="intervention x condition", count=2, ids=("90000006", "90000007"),
                              source="library"),),
        ),
        ClaimVerdict(
            claim_id=claims[4].id, verdict="no_evidence", confidence=0.7,
            reasons=("Nothing relevant found.", "The citation 'Source: 1' is unverifiable."),
            suggested_wording="Remove this claim or cite a study that measured endorphins after dry needling.",
            queries=(QueryRun(query="\"dry needling\"[tiab] AND endorphin*[tiab]", purpose="intervention x outcome",
                              count=0, source="library"),),
            citation_checks=(check2,),
        ),
        ClaimVerdict(
            claim_id=claims[5].id, verdict="error", confidence=0.0,
            reasons=("The search failed.",),
            queries=(QueryRun(query="\"dry needling\"[tiab] AND sciatica[tiab]", purpose="intervention x condition",
                              error="library query failed: synthetic failure", source="library"),),
            error="library query failed: synthetic failure",
        ),
    ]
    prov = Provenance(tool_version="0.1.0", policy_version="1", vocabulary_version="1", audited_at=audited_at,
                      evidence_source=evidence_source, library="examples/synthetic-library.xml", offline=True)
    return AuditResult(ledger=ledger, verdicts=tuple(verdicts), citations=(check1, check2), provenance=prov)


def with_override(result: AuditResult, index: int = 1, verdict: str = "supported") -> AuditResult:
    v = result.verdicts[index]
    return result.with_overrides([Override(claim_id=v.claim_id, verdict=verdict, note="Reviewed the trial.",
                                           reviewer="A. Reviewer", date="2026-11-25")])


def replace_verdict(result: AuditResult, index: int, **changes) -> AuditResult:
    verdicts = list(result.verdicts)
    verdicts[index] = replace(verdicts[index], **changes)
    return replace(result, verdicts=tuple(verdicts))
