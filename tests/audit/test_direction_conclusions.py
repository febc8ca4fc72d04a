"""Answering a title question from its conclusion (benchmarks/pubmedqa.py on the direction engine).

Each case is a conclusion written for the test, with the exact yes / no / maybe it must give.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from audit.direction import judge_direction

ROOT = Path(__file__).resolve().parents[2]


def _pubmedqa() -> ModuleType:
    name = "pubmedqa_bench_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "pubmedqa.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def ask(question: str, conclusion: str, contexts: tuple[str, ...] = (), labels: tuple[str, ...] = ()) -> str:
    """The benchmark's answer to one question from its conclusion (and contexts, for the fallback)."""
    item = {"QUESTION": question, "LONG_ANSWER": conclusion, "CONTEXTS": list(contexts), "LABELS": list(labels)}
    return _pubmedqa().answer(item)[0]


def test_opening_sentence_weight_is_a_parameter() -> None:
    text = "Splinting reduced wrist pain at six weeks. Grip strength was not significantly different between the groups."
    assert judge_direction(text).label == "no_difference"
    assert judge_direction(text, opening=2.0).label == "benefit"


def test_opening_sentence_answers_the_title_question() -> None:
    assert ask("Does splinting help after wrist fracture?",
               "Splinting reduced wrist pain at six weeks. Grip strength was not significantly different between the groups."
               ) == "yes"


def test_conclusion_qualifier_holds_when_the_results_decide() -> None:
    # The conclusion has no direction cue of its own; the results do, but "partially" still qualifies.
    assert ask("Is reading speed influenced by background noise?",
               "Reading speed thus seems to be partially governed by the acoustic environment.",
               ("Reading speed differed between the noise and silence conditions.",), ("RESULTS",)) == "maybe"


@pytest.mark.parametrize(("conclusion", "expected"), [
    ("There was great variability between the two scanners. The software gave insufficient detail on composition.",
     "no"),
    ("Readings from the two scanners were similar, although one differed at high density.", "yes"),
])
def test_sameness_question_with_a_difference(conclusion: str, expected: str) -> None:
    assert ask("Do different scanners give the same density readings?", conclusion) == expected


@pytest.mark.parametrize(("conclusion", "expected"), [
    ("The data do not support the hypothesis that mould exposure causes chronic sinusitis.", "maybe"),
    ("Mould exposure was not associated with chronic sinusitis.", "no"),
])
def test_unsupported_hypothesis_is_inconclusive(conclusion: str, expected: str) -> None:
    assert ask("Is mould exposure a cause of chronic sinusitis?", conclusion) == expected


def test_disagreement_among_experts_qualifies_a_consensus() -> None:
    assert ask("Do school nurses agree on asthma care standards?",
               "Most nurses endorsed the core standards. There was some disagreement on inhaler storage.") == "maybe"


def test_absence_of_an_effect_denies_it() -> None:
    assert judge_direction("The absence of a seasonal effect on admissions argues for year-round staffing.").label == (
        "no_difference")
    assert ask("Does season matter for hospital admissions?",
               "The absence of a seasonal effect on admissions argues for year-round staffing.") == "no"


def test_always_question_answered_by_selected_cases_is_no() -> None:
    assert ask("Is a drain always necessary after thyroidectomy?",
               "In selected patients, thyroidectomy may be performed without a drain with similar complication rates."
               ) == "no"
    assert ask("Is a drain useful after thyroidectomy?",
               "In selected patients, a drain reduced seroma formation.") == "maybe"


def test_necessity_question_answered_by_a_stated_need_is_yes() -> None:
    assert ask("Are disease-specific fatigue scales necessary?",
               "Disease-specific fatigue scales are necessary and should cover sleep and mood.",
               ("Generic scales did not capture sleep quality.",), ("RESULTS",)) == "yes"
    assert ask("Are disease-specific fatigue scales necessary?",
               "Disease-specific fatigue scales are not necessary; generic scales performed as well.") == "no"


@pytest.mark.parametrize(("conclusion", "expected"), [
    # a finding stated with an elliptical "but not" / "though not" is mixed
    ("Yoga improved balance, but not walking speed, in older adults.", "maybe"),
    ("Walking speed also improved, though not to a statistically significant degree.", "maybe"),
    # restricted to some patients, or endorsed only as "may be appropriate"
    ("Yoga should be reserved for selected patients with good baseline mobility.", "maybe"),
    ("Yoga may be appropriate for older adults with mild balance problems.", "maybe"),
    ("About half of the older adults were able to complete the yoga programme.", "maybe"),
    ("Yoga improved balance and walking speed in older adults.", "yes"),
])
def test_partial_or_restricted_answers_are_maybe(conclusion: str, expected: str) -> None:
    assert ask("Does yoga improve mobility in older adults?", conclusion) == expected


def test_effect_in_one_subgroup_only_is_maybe() -> None:
    assert ask("Does vitamin D improve bone density in older women?",
               "Bone density did not differ between the vitamin D and placebo arms. However, in the "
               "'low-baseline' group alone, vitamin D improved hip bone density.") == "maybe"
    assert ask("Does vitamin D improve bone density in older women?",
               "The gain in bone density was seen only in the deficient subgroup.") == "maybe"


def test_less_important_predictor_denies() -> None:
    assert judge_direction("Blood pressure was a less important predictor of falls than frailty.").label == (
        "no_difference")
    assert ask("Is blood pressure predictive of falls in nursing homes?",
               "Blood pressure was a less important predictor of falls than frailty.") == "no"


@pytest.mark.parametrize(("question", "conclusion", "expected"), [
    ("Is day-case knee arthroscopy safe?",
     "Day-case knee arthroscopy was performed without complications in all patients.", "yes"),
    ("Can knee arthroscopy be done as a day case?", "No adverse events occurred after day-case knee arthroscopy.", "yes"),
    ("Is knee arthroscopy safe in pregnancy?", "Knee arthroscopy in pregnancy carries no additional risk to the fetus.",
     "yes"),
    ("Does day-case knee arthroscopy cause more complications?",
     "Day-case knee arthroscopy was performed without complications in all patients.", "no"),
    ("Does day-case knee arthroscopy shorten recovery?", "Recovery time did not differ between day-case and inpatient "
     "arthroscopy.", "no"),
    ("Does day-case knee arthroscopy reduce complications?",
     "Day-case knee arthroscopy did not increase complications.", "no"),
    ("Is obesity associated with complications of knee arthroscopy?",
     "Obesity did not increase the risk of complications after knee arthroscopy.", "no"),
])
def test_absent_harm_is_favourable(question: str, conclusion: str, expected: str) -> None:
    assert ask(question, conclusion) == expected


def test_denied_existence_answers_no() -> None:
    assert judge_direction("Isolated dextrocardia variants probably do not exist in adults.").label == "no_difference"
    assert ask("Do isolated dextrocardia variants exist in adults?",
               "Isolated dextrocardia variants probably do not exist in adults: most reports reflect coding errors.") == "no"


@pytest.mark.parametrize(("conclusion", "expected"), [
    ("Routine repeat imaging after stenting is not indicated.", "yes"),
    ("Routine repeat imaging after stenting detected occlusions early and improved limb salvage.", "no"),
])
def test_question_about_uselessness_inverts(conclusion: str, expected: str) -> None:
    assert ask("Repeat imaging after stenting: a waste of time?", conclusion) == expected


@pytest.mark.parametrize(("question", "conclusion", "expected"), [
    ("Is the two-item screen reliable?", "Agreement between the two raters was poor.", "no"),
    ("Are nurses aware of the sepsis guideline?", "Awareness of the sepsis guideline among nurses was low.", "no"),
    ("Is the triage score accurate?", "The triage score misclassified a third of the children.", "no"),
    ("Does the drug prolong survival in glioma?", "The drug should be abandoned for glioma.", "no"),
    ("Can bedside ultrasound replace CT for appendicitis?",
     "Bedside ultrasound cannot replace CT in adults with suspected appendicitis.", "no"),
    ("Can bedside ultrasound replace CT for appendicitis?",
     "Bedside ultrasound and CT had similar accuracy for appendicitis.", "yes"),
])
def test_denials_worded_as_poor_results(question: str, conclusion: str, expected: str) -> None:
    assert ask(question, conclusion) == expected


@pytest.mark.parametrize("conclusion", [
    "The frailty score correlated poorly with length of stay.",
    "The frailty score was only weakly associated with length of stay.",
    "The frailty score poorly reflected length of stay.",
    "The frailty score overpredicted length of stay in older patients.",
])
def test_weak_relation_answers_no(conclusion: str) -> None:
    assert ask("Does the frailty score predict length of stay?", conclusion) == "no"
