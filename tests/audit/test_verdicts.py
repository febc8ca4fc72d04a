"""Each rule of the verdict policy on synthetic claims and graded studies (exact verdicts and reasons)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from audit.model import CitationCheck, QueryRun, StudyGrade, StudyRef
from audit.policy import load_policy
from audit.verdicts import decide, listed_evidence
from claims.model import Claim

POLICY = load_policy()
_ids = itertools.count(90000001)

DESIGNS = {1: "meta-analysis", 2: "randomized controlled trial", 3: "cohort study", 4: "survey", 5: "narrative review"}


def G(level: int, direction: str = "benefit", **kw: object) -> StudyGrade:
    pmid = str(next(_ids))
    base = {
        "key": pmid, "pmid": pmid, "doi": None, "title": f"Synthetic study {pmid}", "journal": "Synth J",
        "year": 2020, "design": DESIGNS[level], "level": level, "relevance": "direct", "relevance_score": 1.0,
        "intervention_studied": "dry needling", "direction": direction,
    }
    base.update(kw)
    return StudyGrade(**base)  # type: ignore[arg-type]


def C(**kw: object) -> Claim:
    base = {
        "id": "c-synthetic", "text": "Dry needling is an effective treatment for neck pain.", "source_text": "",
        "start": 0, "end": 10, "kind": "efficacy", "intervention": "dry needling",
        "subject_in_text": ("dry needling",), "conditions": ("neck pain",),
    }
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


# (case, claim overrides, grades, verdict, reason fragment)
EVIDENCE_RULES = [
    ("one positive SR/MA", {}, [G(1)], "supported", "This meets the policy's bar for 'supported'"),
    ("two positive RCTs", {}, [G(2), G(2)], "supported", "2 RCTs of dry needling for neck pain; 2 conclude benefit."),
    ("one positive RCT is below the bar", {}, [G(2)], "weak", "The positive evidence (1 RCT) is below the policy's bar"),
    ("lower-level positives only", {}, [G(3), G(4)], "weak", "The positive evidence (1 cohort study and 1 survey) is below"),
    ("nothing relevant", {}, [], "no_evidence", "No relevant study of dry needling for neck pain was found."),
    ("neighbour studies do not count", {}, [G(1, relevance="neighbour", intervention_studied="acupuncture")],
     "no_evidence", "No relevant study of dry needling for neck pain was found."),
    ("null SR/MA", {}, [G(1, "no_difference")], "contradicted", "Relevant evidence at a strong level (1 meta-analysis)"),
    ("two null RCTs", {}, [G(2, "no_difference"), G(2, "harm")], "contradicted", "finds no benefit or harm"),
    ("higher-level null beats lower-level positives", {}, [G(1, "no_difference"), G(2), G(2)], "contradicted",
     "The strongest evidence (1 meta-analysis) finds no benefit or harm, and it outranks the positive studies."),
    ("equal-level conflict is mixed", {}, [G(1), G(1, "no_difference")], "weak",
     "The strongest evidence is mixed: 1 meta-analysis concludes benefit but 1 meta-analysis finds no benefit or harm."),
    ("a consistent top level decides an equal-level conflict", {}, [G(1), G(1), G(1), G(1), G(1, "no_difference")],
     "supported", "4 conclude benefit, 1 finds no difference"),
    ("a consistently null top level contradicts", {}, [G(1), G(1, "no_difference"), G(1, "no_difference"),
     G(1, "harm"), G(1, "no_difference")], "contradicted",
     "At the strongest level 4 meta-analyses find no benefit or harm against 1 meta-analysis concluding benefit."),
    ("higher-level positive beats lower-level nulls", {}, [G(1), G(1), G(1), G(1), G(1), G(1), G(2, "no_difference"),
     G(2, "no_difference")], "supported", "2 RCTs find no benefit, but the 6 positive systematic reviews and RCTs outrank them."),
    ("one null RCT alone is not contradiction", {}, [G(2, "no_difference")], "weak",
     "The relevant studies find no benefit, but not at the strong level needed to call the claim contradicted"),
    ("low-certainty null cannot contradict", {}, [G(1, "no_difference", certainty="very_low")], "weak",
     "they call their own evidence low-certainty or insufficient rather than negative"),
    ("an imprecise null review is not evidence of no effect", {},
     [G(1, "no_difference", deciding_sentence="Pooled effect imprecise; little comparative evidence."),
      G(2, "no_difference")], "weak", "insufficient rather than negative"),
    ("low-certainty null beside one positive RCT", {}, [G(1, "no_difference", certainty="very_low"), G(2)], "weak",
     "The evidence is mixed and below the policy's bar"),
    ("short-term only", {}, [G(1, short_term_only=True), G(1, short_term_only=True), G(2)], "weak",
     "2 of the 3 positive systematic reviews and RCTs show short-term benefit only"),
    ("low certainty", {}, [G(1, certainty="low")], "weak",
     "Certainty is low or very low in the only positive systematic review or RCT"),
    ("absolute wording", {"wording": "absolute", "wording_terms": ("cures",)}, [G(1)], "weak", "'cures' overstates it"),
    ("preclinical only", {}, [G(5, design="animal study", preclinical=True)], "weak",
     "Only laboratory or animal studies bear on it"),
    ("only inconclusive studies", {}, [G(2, "uncertain")], "weak", "none draws a clear conclusion"),
    ("clinical trials do not establish a mechanism", {"kind": "mechanism"}, [G(1), G(2)], "weak",
     "1 meta-analysis and 1 RCT test whether it helps, not how it works"),
    ("mechanism resting on reviews is at most weak", {"kind": "mechanism"}, [G(5), G(5)], "weak",
     "(policy: mechanism claims are at most weak)"),
    ("inconsistent strong evidence", {}, [G(1), G(2, "no_difference")], "weak",
     "The strong-level evidence is inconsistent: 1 of 2 systematic reviews and RCTs"),
    ("a claim with no known target is at most weak", {"conditions": (), "outcomes": ()}, [G(1), G(1)], "weak",
     "The claim names no condition or outcome the vocabulary knows"),
    ("statistics are at most weak", {"kind": "statistic"}, [G(1)], "weak", "policy: statistic claims are at most weak"),
    ("retracted studies are not counted", {}, [G(1, retracted=True)], "no_evidence", "1 retracted study was not counted."),
    ("partial below the score floor does not count", {}, [G(1, relevance="partial", relevance_score=0.4)],
     "no_evidence", "No relevant study"),
    ("partial with matched outcome counts", {}, [G(1, relevance="partial", relevance_score=0.55)], "supported",
     "1 meta-analysis of dry needling for neck pain"),
]


@pytest.mark.parametrize(("case", "overrides", "grades", "verdict", "fragment"), EVIDENCE_RULES,
                         ids=[r[0] for r in EVIDENCE_RULES])
def test_evidence_rules(case: str, overrides: dict, grades: list[StudyGrade], verdict: str, fragment: str) -> None:
    result = decide(C(**overrides), grades, (), POLICY)
    assert result.verdict == verdict, result.reasons
    assert any(fragment in r for r in result.reasons), result.reasons
    assert 0.0 < result.confidence <= 1.0


def test_reason_counts_designs_and_directions() -> None:
    grades = [G(1), G(1, short_term_only=True), G(2), G(2, short_term_only=True), G(2, certainty="low"),
              G(2, "no_difference")]
    result = decide(C(), grades, (), POLICY)
    assert result.reasons[0] == ("2 meta-analyses and 4 RCTs of dry needling for neck pain; 5 conclude benefit "
                                 "(2 short-term only), 1 finds no difference; certainty low in 1.")
    assert result.verdict == "supported"


def test_evidence_is_sorted_by_level_then_relevance() -> None:
    grades = [G(2, key="b"), G(1, relevance="partial", relevance_score=0.6, key="c"), G(1, key="a"), G(4, key="d")]
    assert [g.key for g in listed_evidence(grades, POLICY)] == ["a", "c", "b", "d"]
    result = decide(C(), grades, (), POLICY)
    assert [g.key for g in result.evidence] == ["a", "c", "b", "d"]


def test_failed_query_is_error_not_no_evidence() -> None:
    runs = (QueryRun(query='"dry needling"[tiab]', purpose="intervention only", error="HTTP 503 from NCBI"),)
    result = decide(C(), [], (), POLICY, queries=runs)
    assert result.verdict == "error"
    assert result.confidence == 0.0
    assert result.error == "query '\"dry needling\"[tiab]' failed: HTTP 503 from NCBI"
    assert result.reasons[0].startswith("The audit of this claim failed, so no verdict could be reached: query")


def test_structural_misattribution_names_the_other_intervention_and_compares() -> None:
    claim = C(kind="benefit", text="Massage can help improve sleep quality.", subject_in_text=("massage",),
              conditions=(), outcomes=("sleep",), misattributed_structurally=True,
              section=("Additional Benefits of Dry Needling",))
    massage = [G(1, intervention_studied="massage"), G(2, intervention_studied="massage")]
    result = decide(claim, [], (), POLICY, comparison={"massage": massage})
    assert result.verdict == "misattributed"
    assert result.compared_intervention == "massage"
    assert [g.key for g in result.comparison] == [g.key for g in massage]
    assert result.reasons == (
        "The sentence is about massage, but it stands under 'Additional Benefits of Dry Needling', so the article "
        "credits dry needling with it.",
        "For massage: 1 meta-analysis and 1 RCT of massage for sleep; 2 conclude benefit.",
        "For dry needling: no relevant study of dry needling for sleep was found.",
    )
    assert result.suggested_wording == "remove: this benefit is studied for massage, not dry needling."



def test_structural_misattribution_does_not_claim_the_other_intervention_is_proven() -> None:
    claim = C(kind="benefit", text="Massage improves posture.", subject_in_text=("massage",), conditions=(),
              outcomes=("posture",), misattributed_structurally=True, section=("Additional Benefits of Dry Needling",))
    nulls = [G(1, "no_difference", intervention_studied="massage")]
    for comparison in ({"massage": nulls}, {"massage": []}):
        result = decide(claim, [], (), POLICY, comparison=comparison)
        assert result.verdict == "misattributed"
        assert result.suggested_wording == (
            "remove: the sentence describes massage, not dry needling, and no study found here shows this "
            "benefit for massage either."
        )

def test_literature_level_misattribution() -> None:
    claim = C(kind="benefit", text="Like massage, dry needling improves sleep.", subject_in_text=("massage", "dry needling"),
              conditions=(), outcomes=("sleep",))
    result = decide(claim, [G(5, "uncertain")], (), POLICY, comparison={"massage": [G(1, intervention_studied="massage")]})
    assert result.verdict == "misattributed"
    assert result.compared_intervention == "massage"
    assert result.reasons[0] == "The text names massage, and the evidence on sleep is for massage, not for dry needling."
    # with positive evidence for the credited intervention there is no literature-level misattribution
    result = decide(claim, [G(1)], (), POLICY, comparison={"massage": [G(1, intervention_studied="massage")]})
    assert result.verdict == "supported"


def _check(status: str, **kw: object) -> CitationCheck:
    base = {"mention_id": "m-1", "mention_text": "a 2012 meta-analysis in Synth J", "status": status,
            "reason": "No meta-analysis of dry needling for neck pain in Synth J in 2012 was found in the local library."}
    base.update(kw)
    return CitationCheck(**base)  # type: ignore[arg-type]


def test_citation_mismatch_is_misattributed_even_with_supporting_evidence() -> None:
    ref = StudyRef(key="90000077", pmid="90000077", doi=None, title="Synthetic meta-analysis", journal="Other J",
                   year=2013, design="meta-analysis", why="right topic, a meta-analysis, other journal")
    result = decide(C(kind="citation"), [G(1), G(1)], [_check("mismatch", closest=(ref,))], POLICY)
    assert result.verdict == "misattributed"
    assert result.reasons[0].startswith('The citation "a 2012 meta-analysis in Synth J" does not hold: No meta-analysis')
    assert "Closest real sources: Synthetic meta-analysis (Other J 2013, meta-analysis; PMID 90000077)." in result.reasons[0]
    assert result.reasons[1].startswith("Other studies do bear on the finding (2 meta-analyses of dry needling")
    assert result.suggested_wording.startswith("correct the citation (no meta-analysis of dry needling for neck pain")


def test_retracted_citation_is_misattributed() -> None:
    result = decide(C(kind="citation"), [G(1)], [_check("retracted", reason="the matching study was retracted.")], POLICY)
    assert result.verdict == "misattributed"
    assert "rests on a retracted study" in result.reasons[0]


def test_unverifiable_citation_keeps_the_evidence_verdict_and_says_so() -> None:
    check = _check("unverifiable", mention_text="Source: 1",
                   reason="it points to a reference list the article does not have, so there is nothing to look up.")
    result = decide(C(kind="citation"), [G(2)], [check], POLICY)
    assert result.verdict == "weak"
    assert ('The citation "Source: 1" cannot be checked: it points to a reference list the article does not have, '
            "so there is nothing to look up.") in result.reasons
    assert result.suggested_wording.endswith('Give a full reference for "Source: 1" (authors, journal, year).')


def test_citation_check_error_makes_the_claim_error() -> None:
    result = decide(C(), [G(1)], [_check("error", reason="the search failed")], POLICY)
    assert result.verdict == "error"


AE = "Synthetic adverse events survey"
SAFETY = [
    ("adverse-event surveys support a hedged safety claim",
     {"text": "Dry needling is generally considered safe."},
     [G(4, "no_difference", design="survey", title=AE), G(4, "harm", design="survey", title=AE),
      G(4, "harm", design="case report", title="Synthetic pneumothorax after needling"), G(1, title="Synthetic MA")],
     "supported", "2 surveys of adverse events found no serious harm at a controlled level"),
    ("case reports are named",
     {"text": "Dry needling is generally considered safe."},
     [G(4, "no_difference", design="survey", title=AE), G(4, "no_difference", design="survey", title=AE),
      G(4, "harm", design="case report", title="Synthetic pneumothorax after needling")],
     "supported", "1 case report describes rare serious complications."),
    ("efficacy trials are not safety evidence", {"text": "Dry needling is generally considered safe."},
     [G(1), G(2)], "no_evidence", "No relevant adverse-event study of dry needling was found."),
    ("absolute safety wording is weak",
     {"text": "Dry needling is completely safe.", "wording": "absolute", "wording_terms": ("completely",)},
     [G(4, "no_difference", design="survey", title=AE), G(4, "no_difference", design="survey", title=AE)],
     "weak", "absolute wording overstates safety"),
    ("controlled evidence of serious harm contradicts",
     {"text": "Dry needling is safe."}, [G(2, "harm", title="Synthetic trial of adverse effects",
                                          deciding_sentence="Serious adverse events were more frequent with needling.")],
     "contradicted", "1 RCT at a controlled level reports serious harm."),
    ("mild adverse events do not contradict, but 'very safe' overstates",
     {"text": "Dry needling is very safe."},
     [G(1, "harm", title="Synthetic review of adverse events",
        deciding_sentence="Few, mostly mild adverse events were reported."), G(4, "harm", design="survey", title=AE)],
     "weak", "absolute wording overstates safety"),
    ("a claim of side effects is supported by adverse-event reports",
     {"text": "Some people notice slight bruising where the needles went in."},
     [G(4, "harm", design="survey", title=AE)], "supported", "describe such events, so stating them is accurate"),
    ("a precaution without a named group",
     {"text": "Tell your practitioner if you take blood-thinning medication."},
     [G(5, "uncertain", title="Synthetic review of bleeding risk with antithrombotic drugs")], "weak",
     "The precaution rests on reviews or isolated reports"),
    ("contraindication without literature",
     {"text": "Dry needling may be unsuitable during pregnancy.", "conditions": ("pregnancy",)}, [],
     "no_evidence", "No relevant study of adverse events or harm of dry needling in people with pregnancy was found."),
    ("contraindication resting on a review",
     {"text": "Dry needling may be unsuitable for people with bleeding disorders.", "conditions": ("bleeding disorders",)},
     [G(5, "uncertain", title="Synthetic review of bleeding risk")], "weak",
     "The precaution rests on reviews or isolated reports"),
]


@pytest.mark.parametrize(("case", "overrides", "grades", "verdict", "fragment"), SAFETY, ids=[s[0] for s in SAFETY])
def test_safety_rules(case: str, overrides: dict, grades: list[StudyGrade], verdict: str, fragment: str) -> None:
    claim = C(kind="safety", conditions=(), **{k: v for k, v in overrides.items() if k != "conditions"})
    if "conditions" in overrides:
        claim = replace(claim, conditions=overrides["conditions"])
    result = decide(claim, grades, (), POLICY)
    assert result.verdict == verdict, result.reasons
    assert any(fragment in r for r in result.reasons), result.reasons


WORDING = [
    ([G(1, short_term_only=True)], {}, "Dry needling may offer short-term relief for some people with neck pain."),
    ([G(1, certainty="very_low")], {"conditions": (), "outcomes": ("pain",)},
     "Some studies suggest dry needling may relieve pain, but the evidence is limited."),
    ([G(1, "no_difference")], {}, "remove: the strongest studies found no benefit of dry needling for neck pain."),
    ([], {}, "remove, or cite a study of dry needling for neck pain: none was found."),
    ([G(2)], {"text": "Dry needling cures neck pain and will fix your posture."},
     "Some studies suggest dry needling may help people with neck pain, but the evidence is limited."),
    ([G(5, "benefit", preclinical=True, design="animal study")],
     {"kind": "mechanism", "text": "Dry needling stimulates the release of endorphins."},
     "Present this as a hypothesis from laboratory or animal research: Dry needling may stimulate the release of endorphins."),
]


@pytest.mark.parametrize(("grades", "overrides", "expected"), WORDING)
def test_suggested_wording(grades: list[StudyGrade], overrides: dict, expected: str) -> None:
    assert decide(C(**overrides), grades, (), POLICY).suggested_wording == expected


def test_confidence_follows_the_policy_formula() -> None:
    # supported: base 0.6 + 0.05 per strong study (2) = 0.7, no digest penalty
    assert decide(C(), [G(1), G(1)], (), POLICY).confidence == 0.7
    # all evidence digests: minus the digest penalty
    assert decide(C(), [G(1, is_digest=True), G(1, is_digest=True)], (), POLICY).confidence == 0.65
    # no evidence from a local library only: lowered by the library-absence penalty
    runs = (QueryRun(query="q", purpose="p", count=0, source="library"),)
    assert decide(C(), [], (), POLICY, queries=runs).confidence == 0.45


def test_a_claim_of_several_benefits_is_judged_per_target() -> None:
    claim = C(kind="benefit", text="Dry needling relieves pain and enhances well-being.", conditions=(),
              outcomes=("pain", "well-being"))
    grades = [G(1), G(1)]
    result = decide(claim, grades, (), POLICY, by_target={"pain": grades, "well-being": []})
    assert result.verdict == "weak"
    assert "By target: pain: supported (2 studies, 2 concluding benefit); well-being: no evidence." in result.reasons
    assert "Only part of the claim is supported: well-being is not." in result.reasons
    assert result.suggested_wording.endswith("Drop what no study supports: well-being.")
    # each target supported: the claim is supported
    assert decide(claim, grades, (), POLICY, by_target={"pain": grades, "well-being": grades}).verdict == "supported"
