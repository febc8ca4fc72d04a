"""The direction engine: labels, deciding sentences, negation, comparison, hedging, effect reading."""

from __future__ import annotations

import pytest

from audit.direction import (
    conclusion_sentences,
    judge_change,
    judge_direction,
    load_lexicon,
    read_clause,
    split_clauses,
    split_sentences,
)
from audit.model import AbstractSection

DN = ("dry needling", "DN")

# (text, intervention, outcome, label, certainty, short_term_only, deciding sentence)
CASES = [
    ("Dry needling reduced neck pain more than sham needling.", DN, "pain",
     "benefit", None, False, "Dry needling reduced neck pain more than sham needling."),
    ("Dry needling did not reduce neck pain compared with sham needling.", DN, "pain",
     "no_difference", None, False, "Dry needling did not reduce neck pain compared with sham needling."),
    ("There was no significant difference in pain between the needling and sham groups.", DN, "pain",
     "no_difference", None, False, "There was no significant difference in pain between the needling and sham groups."),
    ("Dry needling was not superior to stretching for hamstring flexibility.", DN, "flexibility",
     "no_difference", None, False, "Dry needling was not superior to stretching for hamstring flexibility."),
    ("Dry needling was no better than sham needling for knee pain.", DN, "pain",
     "no_difference", None, False, "Dry needling was no better than sham needling for knee pain."),
    ("Sham needling was more effective than dry needling for shoulder pain.", DN, "pain",
     "no_difference", None, False, "Sham needling was more effective than dry needling for shoulder pain."),
    ("Pain scores after dry needling were similar to those after exercise alone.", DN, "pain",
     "no_difference", None, False, "Pain scores after dry needling were similar to those after exercise alone."),
    ("The evidence for dry needling in tension headache is inconclusive and further trials are needed.", DN, None,
     "uncertain", None, False,
     "The evidence for dry needling in tension headache is inconclusive and further trials are needed."),
    ("Very low-certainty evidence suggests that dry needling may reduce pain.", DN, "pain",
     "benefit", "very_low", False, "Very low-certainty evidence suggests that dry needling may reduce pain."),
    ("Dry needling reduced pain immediately after treatment, with no effect at 6 to 12 months.", DN, "pain",
     "benefit", None, True, "Dry needling reduced pain immediately after treatment, with no effect at 6 to 12 months."),
    ("Dry needling caused a pneumothorax in a young athlete.", DN, None,
     "harm", None, False, "Dry needling caused a pneumothorax in a young athlete."),
    ("Dry needling did not increase the risk of serious adverse events.", DN, None,
     "no_difference", None, False, "Dry needling did not increase the risk of serious adverse events."),
    ("Patients were recruited from two clinics. Dry needling improved function over twelve months.", DN, "function",
     "benefit", None, False, "Dry needling improved function over twelve months."),
    ("Low-quality evidence shows that massage eased pain in the short term.", ("massage",), "pain",
     "benefit", "low", True, "Low-quality evidence shows that massage eased pain in the short term."),
    ("There is a paucity of high-quality trials. Efficacy of dry needling beyond sham was neither supported nor refuted.",
     DN, None, "uncertain", None, False, "Efficacy of dry needling beyond sham was neither supported nor refuted."),
    ("Dry needling beat no treatment in one trial; pooled sham-controlled trials showed no significant advantage.",
     DN, None, "no_difference", None, False,
     "Dry needling beat no treatment in one trial; pooled sham-controlled trials showed no significant advantage."),
]


@pytest.mark.parametrize("text, intervention, outcome, label, certainty, short, sentence", CASES)
def test_judge_direction_table(text, intervention, outcome, label, certainty, short, sentence):
    d = judge_direction(text, intervention=intervention, outcome=outcome)
    assert (d.label, d.certainty, d.short_term_only, d.sentence) == (label, certainty, short, sentence)


def test_structured_abstract_is_read_from_its_conclusion():
    sections = (
        AbstractSection("Neck pain is common and costly.", "BACKGROUND"),
        AbstractSection("Eighty adults were randomised to needling or sham.", "METHODS"),
        AbstractSection("Pain improved in both groups.", "RESULTS"),
        AbstractSection("Dry needling was no more effective than sham for neck pain. Larger trials are warranted.",
                        "CONCLUSIONS"),
    )
    d = judge_direction(sections, intervention=DN, outcome="pain")
    assert d.label == "no_difference"
    assert d.sentence == "Dry needling was no more effective than sham for neck pain."
    assert conclusion_sentences(sections) == [
        "Dry needling was no more effective than sham for neck pain.", "Larger trials are warranted."]


def test_unstructured_abstract_uses_closing_sentences():
    text = ("Trigger points are common. We enrolled forty adults. Outcomes were measured weekly. "
            "Needling lowered pain intensity. It was well tolerated.")
    assert conclusion_sentences(text) == ["Needling lowered pain intensity.", "It was well tolerated."]


def test_comparison_with_other_therapy_is_mixed_not_silent():
    d = judge_direction("Dry needling relieved pain, but other therapies were more effective at three months.",
                        intervention=DN, outcome="pain")
    assert d.label == "benefit"
    assert d.mixed is True
    assert "against:other therapies were more effective" in d.cues


def test_outcome_targeting_prefers_the_sentence_about_the_outcome():
    text = ("Needling did not change range of motion. Needling reduced pain intensity at four weeks. "
            "No adverse events occurred.")
    assert judge_direction(text, intervention=DN, outcome="pain").sentence == \
        "Needling reduced pain intensity at four weeks."
    assert judge_direction(text, intervention=DN, outcome="range of motion").label == "no_difference"


def test_no_cue_is_uncertain_with_zero_score():
    d = judge_direction("Twenty adults took part in the study.", intervention=DN)
    assert (d.label, d.score) == ("uncertain", 0.0)
    assert judge_direction("").sentence == ""


def test_negation_scope_and_pseudo_negation():
    assert read_clause("needling did not improve pain").null > 0
    assert read_clause("needling did not improve pain").benefit == 0
    not_only = read_clause("needling not only reduced pain but also improved sleep")
    assert not_only.benefit > 0 and not_only.null == 0


def test_sentence_and_clause_splitting():
    assert split_sentences("Pain fell (Smith et al. 2019). Sleep vs. rest improved. P = .03 was found.") == [
        "Pain fell (Smith et al. 2019).", "Sleep vs. rest improved.", "P = .03 was found."]
    assert split_clauses("Pain fell; sleep did not change, whereas mood improved") == [
        "Pain fell", "sleep did not change", "mood improved"]


def test_lexicon_is_versioned_data():
    lex = load_lexicon()
    assert lex.version
    assert any(True for _ in lex.find("uncertain", "further randomized trials are needed"))


# (text, intervention, comparator, outcome, label, significant)
CHANGES = [
    ("Pain at six weeks was lower in the needling group than in the sham group (p=0.01).",
     "dry needling", "sham needling", "pain", "decreased", True),
    ("The sham group had higher pain scores than the needling group (p < 0.001).",
     "dry needling", "sham needling", "pain scores", "decreased", True),
    ("Grip strength did not differ between the needling and sham groups (p = 0.42).",
     "dry needling", "sham needling", "grip strength", "no_difference", False),
    ("Range of motion increased more with needling than with sham (mean difference 8 degrees, 95% CI 3 to 13).",
     "needling", "sham", "range of motion", "increased", True),
    ("Range of motion was 12 degrees with needling and 11 degrees with sham (95% CI -2 to 4).",
     "needling", "sham", "range of motion", "no_difference", False),
    ("Recurrence occurred in 8% of the vitamin group and 16% of the placebo group "
     "(odds ratio 0.45, 95% CI 0.25 to 0.81).", "vitamin D", "placebo", "recurrence", "decreased", True),
    ("Pain decreased significantly in both groups (p < 0.001).", "needling", "sham", "pain", "no_difference", True),
    ("Patients in the needling group were extubated earlier than the control group (p = 0.02).",
     "needling", "control", "time to extubation", "decreased", True),
    ("Supplemented children had fewer infections than non-supplemented children (p = 0.01).",
     "zinc supplement", "no supplement", "infections", "decreased", True),
    ("Swelling was greater in the sham group than in the needling group (p = 0.03).",
     "needling", "sham", "swelling", "decreased", True),
]


@pytest.mark.parametrize("text, intervention, comparator, outcome, label, significant", CHANGES)
def test_judge_change_table(text, intervention, comparator, outcome, label, significant):
    change = judge_change(text, intervention=intervention, comparator=comparator, outcome=outcome)
    assert (change.label, change.significant, change.sentence) == (label, significant, text)


def test_judge_change_without_the_outcome():
    change = judge_change("Sleep improved.", intervention="needling", comparator="sham", outcome="grip strength")
    assert (change.label, change.reason) == ("no_difference", "outcome not found")


# Effect reading: statistics and arms attach to the right finding (our own sentences).
MORE_CHANGES = [
    # a p-value written ahead of the outcome reports the previous finding
    ("Although needling significantly lowered pain scores (p < 0.001), grip strength did not differ between the "
     "groups (p = 0.40).", "needling", "sham", "grip strength", "no_difference", False),
    # the difference before treatment is not the result
    ("Function did not differ significantly between the needling and sham groups before treatment, but after six "
     "weeks function was higher with needling (p = 0.01).", "needling", "sham", "function", "increased", True),
    # the arm after "compared to" is the reference, and "4 vs. 6 days" compares figures, not arms
    ("Hospital stay was shorter in the needling group compared to the sham group (4 vs. 6 days; p = 0.03), with "
     "lower analgesic use (10 mg vs. 20 mg; p = 0.01).", "needling", "sham", "analgesic use", "decreased", True),
    # "similarly reduced" reports a reduction, not a null
    ("In both sexes, needling similarly reduced pain compared with sham (p = 0.002).",
     "needling", "sham", "pain", "decreased", True),
    # a stated absence of between-group differences decides over within-group changes
    ("Pain fell significantly with every regimen (p < 0.001), with no differences between the groups.",
     "needling", "sham", "pain", "no_difference", False),
    # ", although" opens a clause of its own: its statistic is about another finding
    ("There was no difference between the arms in preventing relapse, although needling significantly delayed "
     "the first flare (p = 0.03).", "needling", "sham", "preventing relapse", "no_difference", False),
    # a longer time to relapse is the better outcome
    ("Time to first relapse was better with needling than with sham (p = 0.04).",
     "needling", "sham", "time to first relapse", "increased", True),
]


@pytest.mark.parametrize("text, intervention, comparator, outcome, label, significant", MORE_CHANGES)
def test_judge_change_attaches_statistics_and_arms(text, intervention, comparator, outcome, label, significant):
    change = judge_change(text, intervention=intervention, comparator=comparator, outcome=outcome)
    assert (change.label, change.significant, change.sentence) == (label, significant, text)


def test_qualified_conclusions():
    qualified = judge_direction("Needling relieved neck pain in selected patients.", intervention=DN, outcome="pain")
    assert (qualified.label, qualified.qualified) == ("benefit", True)
    assert judge_direction("Needling relieved neck pain.", intervention=DN, outcome="pain").qualified is False
    assert judge_direction("Whether needling helps depends on the dose.", intervention=DN).qualified is True


def test_judgements_are_memoised_and_accept_lists():
    a = judge_direction("Needling relieved neck pain.", intervention=["dry needling", "DN"], outcome="pain")
    b = judge_direction("Needling relieved neck pain.", intervention=("dry needling", "DN"), outcome="pain")
    assert a is b


@pytest.mark.parametrize(("text", "label"), [
    ("Early mobilisation shortened hospital stay without increasing complications.", "benefit"),
    ("Early mobilisation shortened hospital stay with no increase in morbidity.", "benefit"),
    ("Early mobilisation is feasible and does not increase the risk of falls.", "benefit"),
    ("Early mobilisation did not increase the risk of falls.", "no_difference"),
    ("Early mobilisation did not increase muscle strength.", "no_difference"),
])
def test_absent_harm_beside_a_benefit_is_favourable(text: str, label: str) -> None:
    assert judge_direction(text).label == label


def test_negated_harm_cues_are_marked() -> None:
    assert "null:not complications (harm)" in read_clause("The block was placed without complications.").cues
    assert "null:did not increase (harm)" in read_clause("The block did not increase the risk of falls.").cues
    assert "null:did not increase" in read_clause("The block did not increase muscle strength.").cues


def test_opening_concessive_clause_is_split_and_conceded() -> None:
    assert split_clauses("Although bracing did not reduce pain, it improved function.") == [
        "Although bracing did not reduce pain", "it improved function."]
    assert judge_direction("Although bracing did not reduce pain, it improved function.", outcome="function").label == (
        "benefit")
    assert judge_direction("Although bracing improved function, it did not reduce pain.", outcome="pain").label == (
        "no_difference")


def test_bare_negation_of_a_bad_outcome_is_marked_as_absent_harm() -> None:
    assert read_clause("The block carries no additional risk to the fetus.").cues == (
        "null:no (negated predicate) (harm)",)
    assert read_clause("There was no reason to stop the block.").cues == ("null:no (negated predicate)",)
