"""grade_study: one record graded for one claim, as a StudyGrade with its deciding sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.grading import direction_for_claim, grade_studies, grade_study
from audit.model import AbstractSection, Record, StudyGrade
from claims.model import Claim
from claims.vocabulary import load_vocabulary

EXAMPLE_LIBRARY = Path(__file__).resolve().parents[2] / "examples" / "dry-needling-evidence.xml"

NECK = Claim(id="c-neck", text="Dry needling relieves neck pain.", source_text="Dry needling relieves neck pain.",
             start=0, end=31, kind="efficacy", intervention="dry needling", conditions=("neck pain",),
             outcomes=("pain",))

TRIAL = Record(
    pmid="90000010",
    title="Synthetic randomised sham-controlled trial of dry needling for chronic neck pain",
    journal="Synth J Pain",
    year=2024,
    publication_types=("Journal Article", "Randomized Controlled Trial"),
    abstract=(
        AbstractSection("Neck pain is common.", "BACKGROUND"),
        AbstractSection("Sixty adults received needling or sham weekly for four weeks.", "METHODS"),
        AbstractSection("Pain fell more after needling (p=0.01).", "RESULTS"),
        AbstractSection("Dry needling reduced neck pain in the short term. No serious adverse events occurred.",
                        "CONCLUSIONS"),
    ),
)

RABBITS = Record(
    pmid="90000011",
    title="Synthetic dry needling of trigger spots in rabbit muscle",
    abstract=(AbstractSection("Needling lowered substance P in rabbit muscle."),),
)

MASSAGE_TRIAL = Record(
    pmid="90000012",
    title="Synthetic trial of massage for neck pain",
    publication_types=("Randomized Controlled Trial",),
    abstract=(AbstractSection("Massage was no better than advice for neck pain."),),
)


def test_grade_of_a_direct_trial():
    assert grade_study(TRIAL, NECK, load_vocabulary()) == StudyGrade(
        key="90000010", pmid="90000010", doi=None, title=TRIAL.title, journal="Synth J Pain", year=2024,
        design="randomized controlled trial", level=2, preclinical=False, relevance="direct", relevance_score=1.0,
        intervention_studied="dry needling", direction="benefit", certainty=None, short_term_only=True,
        deciding_sentence="Dry needling reduced neck pain in the short term.", retracted=False, is_digest=False)


def test_preclinical_and_neighbour_grades():
    vocab = load_vocabulary()
    rabbit = grade_study(RABBITS, NECK, vocab)
    assert (rabbit.design, rabbit.level, rabbit.preclinical, rabbit.relevance) == ("animal study", 5, True, "partial")
    massage = grade_study(MASSAGE_TRIAL, NECK, vocab)
    assert (massage.relevance, massage.intervention_studied, massage.direction) == \
        ("neighbour", "massage", "no_difference")
    assert massage.deciding_sentence == "Massage was no better than advice for neck pain."


def test_title_is_read_when_there_is_no_abstract():
    record = Record(pmid="90000013", title="Synthetic: dry needling did not reduce neck pain more than sham")
    d = direction_for_claim(record, NECK, load_vocabulary())
    assert (d.label, d.sentence) == ("no_difference", record.title)


def test_grade_studies_orders_by_level_then_relevance():
    grades = grade_studies([RABBITS, MASSAGE_TRIAL, TRIAL], NECK, load_vocabulary())
    assert [g.pmid for g in grades] == ["90000010", "90000012", "90000011"]


@pytest.mark.parametrize("pmid, design, relevance, direction, short", [
    ("33066556", "meta-analysis", "direct", "benefit", True),
    ("18395479", "meta-analysis", "partial", "no_difference", False),
    ("28265175", "meta-analysis", "neighbour", "benefit", False),
])
def test_bundled_library_records(pmid, design, relevance, direction, short):
    if not EXAMPLE_LIBRARY.exists():
        pytest.skip("examples/dry-needling-evidence.xml not built")
    from audit.records import parse_pubmed_xml

    records = {r.key: r for r in parse_pubmed_xml(EXAMPLE_LIBRARY.read_bytes())}
    g = grade_study(records[pmid], NECK, load_vocabulary())
    assert (g.design, g.relevance, g.direction, g.short_term_only, g.is_digest) == \
        (design, relevance, direction, short, True)
    assert g.deciding_sentence and g.deciding_sentence in records[pmid].abstract_text
