"""Relevance of a record to a claim: this intervention, this condition or outcome, not a neighbour."""

from __future__ import annotations

import pytest

from audit.model import AbstractSection, Record
from audit.relevance import judge_relevance, phrase_found, term_forms
from claims.model import Claim
from claims.vocabulary import load_vocabulary


def claim(intervention: str = "dry needling", conditions: tuple[str, ...] = ("neck pain",),
          outcomes: tuple[str, ...] = ("pain",)) -> Claim:
    return Claim(id="c-test", text="synthetic claim", source_text="synthetic claim", start=0, end=15, kind="efficacy",
                 intervention=intervention, conditions=conditions, outcomes=outcomes)


def rec(title: str, abstract: str = "", types: tuple[str, ...] = ("Journal Article",),
        mesh: tuple[str, ...] = ()) -> Record:
    return Record(pmid="90000002", title=title, publication_types=types, mesh=mesh,
                  abstract=(AbstractSection(text=abstract),) if abstract else ())


# (record, claim, label, score, intervention_studied, outcome_matched)
CASES = [
    (rec("Synthetic trial of dry needling for chronic neck pain"), claim(), "direct", 1.0, "dry needling", True),
    (rec("Synthetic trial of trigger point treatment for neck pain", "DN lowered neck pain at one week."), claim(),
     "direct", 0.85, "dry needling", True),
    (rec("Synthetic trial of dry needling for plantar heel pain"), claim(), "partial", 0.5, "dry needling", False),
    (rec("Synthetic acupuncture and dry needling for neck pain: a systematic review", types=("Systematic Review",)),
     claim(), "partial", 0.55, "dry needling", True),
    (rec("Synthetic needling therapies: a systematic review", "Dry and wet needling performed similarly for neck pain.",
         types=("Systematic Review",)), claim(), "direct", 0.85, "dry needling", True),
    (rec("Synthetic massage for chronic neck pain"), claim(), "neighbour", 0.3, "massage", True),
    (rec("Synthetic massage and blood pressure", "Massage lowered blood pressure (massage, not DN)."), claim(),
     "neighbour", 0.15, "massage", False),
    (rec("Synthetic lidocaine injection for neck pain", "Trigger point injection reduced neck pain."), claim(),
     "neighbour", 0.3, "wet needling", True),
    (rec("Synthetic prevalence of neck pain in office workers"), claim(), "none", 0.05, None, True),
    (rec("Synthetic dry needling for pain", mesh=("Dry Needling", "Pain")),
     claim(conditions=(), outcomes=("pain",)), "direct", 1.0, "dry needling", True),
    (rec("Synthetic swedish massage and sleep quality"), claim("massage", (), ("sleep quality",)),
     "direct", 1.0, "massage", True),
]


@pytest.mark.parametrize("record, the_claim, label, score, studied, matched", CASES)
def test_judge_relevance_table(record, the_claim, label, score, studied, matched):
    r = judge_relevance(record, the_claim, load_vocabulary())
    assert (r.label, r.score, r.intervention_studied, r.outcome_matched) == (label, score, studied, matched)
    assert r.reason


def test_forms_and_phrase_matching():
    vocab = load_vocabulary()
    forms = term_forms("dry needling", vocab, "intervention")
    assert "DN" in forms and "Dry Needling" in forms
    assert term_forms("an unknown thing", vocab) == ("an unknown thing",)
    assert phrase_found("chronic tension-type headache", "Needling eased tension-type headache in adults")
    assert not phrase_found("neck pain", "Needling eased low back pain")
