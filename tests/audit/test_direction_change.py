"""Effect reading with ``judge_change``: one rule per case, sentences written for these tests."""

from __future__ import annotations

import pytest

from audit.direction import judge_change

# (text, intervention, comparator, outcome, label, significant)
RULES = [
    # "loss" / "gain" heading the outcome's name is a quantity, not the change: "greater" decides
    ("Weight loss at six months was greater with the meal plan than with usual care (p = 0.02).",
     "meal plan", "usual care", "weight loss", "increased", True),
    ("Faecal fat loss was significantly higher with the high-calcium diet than with the low-calcium diet (p < 0.001).",
     "high-calcium diet", "low-calcium diet", "faecal fat loss", "increased", True),
    # the outcome's own words do not name the control arm ("glucose control")
    ("A significant reduction in nursing time for glucose control was seen with the algorithm (p < 0.01).",
     "algorithm", "control group", "nursing time for glucose control", "decreased", True),
    # "controlling for age" does not name the control arm
    ("The exercise group, after controlling for age, had lower fasting glucose (p = 0.03).",
     "exercise", "control", "fasting glucose", "decreased", True),
    # a change word inside brackets defines or qualifies; it is not the finding
    ("Mean itch (whichever side was higher) was significantly lower with the cream than with the vehicle (p = 0.004).",
     "cream", "vehicle", "mean itch", "decreased", True),
    ("The responder rate (a reduction of at least half in seizures) was 40% with the new drug and 20% with placebo "
     "(p = 0.01).", "new drug", "placebo", "responder rate", "increased", True),
    # "more than 30%" is a quantity; "less" is the change
    ("Morphine use with the nerve block was more than 30% less than in the saline group (p < 0.001).",
     "nerve block", "saline", "morphine use", "decreased", True),
]


@pytest.mark.parametrize("text, intervention, comparator, outcome, label, significant", RULES)
def test_change_rules(text, intervention, comparator, outcome, label, significant):
    change = judge_change(text, intervention=intervention, comparator=comparator, outcome=outcome)
    assert (change.label, change.significant, change.sentence) == (label, significant, text)
