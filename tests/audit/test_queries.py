"""Claim queries: vocabulary synonyms + MeSH, named interventions, fallbacks, identical across claims."""

from __future__ import annotations

import pytest

from audit.queries import build_claim_queries
from audit.query_syntax import parse_query
from claims.model import Claim
from claims.vocabulary import Term, Vocabulary

DN = '("dry needling"[tiab] OR "intramuscular stimulation"[tiab] OR "Dry Needling"[mh])'
MASSAGE = '("massage"[tiab] OR "Massage"[mh])'
NECK = '("neck pain"[tiab] OR "cervical pain"[tiab] OR "Neck Pain"[mh])'
ROM = '("range of motion"[tiab] OR "mobility"[tiab] OR "flexibility"[tiab] OR "Range of Motion, Articular"[mh])'


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(
        [
            Term("intervention", "dry needling", ("trigger point dry needling", "intramuscular stimulation",
                                                  "deep dry needling"), ("DN",), ("Dry Needling",)),
            Term("intervention", "massage", ("massage therapy", "therapeutic massage"), (), ("Massage",)),
            Term("condition", "neck pain", ("chronic neck pain", "cervical pain"), (), ("Neck Pain",)),
            Term("outcome", "range of motion", ("mobility", "flexibility"), (), ("Range of Motion, Articular",)),
        ],
        version="test",
    )


def claim(cid: str = "c-1", **kw: object) -> Claim:
    base: dict[str, object] = {"id": cid, "text": "t", "source_text": "t", "start": 0, "end": 1, "kind": "efficacy"}
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_intervention_by_condition_and_outcome_use_synonyms_and_mesh(vocabulary) -> None:
    planned = build_claim_queries(
        claim(intervention="dry needling", conditions=("neck pain",), outcomes=("range of motion",)), vocabulary
    )
    assert [(p.owner, p.purpose, p.query) for p in planned] == [
        ("c-1", "intervention x condition", f"{DN} AND {NECK}"),
        ("c-1", "intervention x outcome", f"{DN} AND {ROM}"),
    ]


def test_the_intervention_the_sentence_names_is_searched_too(vocabulary) -> None:
    planned = build_claim_queries(
        claim(intervention="dry needling", subject_in_text=("massage",), outcomes=("range of motion",)), vocabulary
    )
    assert [(p.purpose, p.query) for p in planned] == [
        ("intervention x outcome", f"{DN} AND {ROM}"),
        ("named intervention x outcome", f"{MASSAGE} AND {ROM}"),
    ]


def test_no_condition_or_outcome_falls_back_to_intervention_and_mechanism(vocabulary) -> None:
    assert [(p.purpose, p.query) for p in build_claim_queries(claim(intervention="dry needling"), vocabulary)] == [
        ("intervention only", DN)
    ]
    mech = build_claim_queries(claim(intervention="dry needling", kind="mechanism"), vocabulary)
    assert [(p.purpose, p.query) for p in mech] == [
        ("intervention mechanism", f'{DN} AND ("mechanism"[tiab] OR "mechanisms"[tiab] OR "physiological"[tiab])'),
        ("intervention only", DN),
    ]


def test_unknown_phrases_are_searched_as_written_and_made_safe(vocabulary) -> None:
    planned = build_claim_queries(
        claim(intervention="cupping", conditions=('"Carpal tunnel" (syndrome)',)), vocabulary
    )
    assert [p.query for p in planned] == ['"cupping"[tiab] AND "carpal tunnel syndrome"[tiab]']
    assert build_claim_queries(claim(conditions=("neck pain",)), vocabulary) == []


def test_identical_needs_give_identical_queries_across_claims_and_runs(vocabulary) -> None:
    a = build_claim_queries(claim("c-a", intervention="dry needling", conditions=("neck pain",)), vocabulary)
    b = build_claim_queries(
        claim("c-b", intervention="Dry Needling", conditions=("neck pain", "neck pain")), vocabulary
    )
    assert [p.query for p in a] == [p.query for p in b] == [f"{DN} AND {NECK}"]
    assert a == build_claim_queries(claim("c-a", intervention="dry needling", conditions=("neck pain",)), vocabulary)


def test_every_query_is_in_the_syntax_the_library_supports(vocabulary) -> None:
    planned = build_claim_queries(
        claim(intervention="dry needling", subject_in_text=("massage", "cupping"), kind="mechanism"), vocabulary
    )
    assert len(planned) == 6
    for p in planned:
        parse_query(p.query)  # raises QuerySyntaxError on anything unsupported
