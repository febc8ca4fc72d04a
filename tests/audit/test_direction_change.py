"""Effect reading with ``judge_change``: one rule per case, sentences written for these tests."""

from __future__ import annotations

import pytest

from audit.direction import judge_change
from audit.direction_alias import abbreviations, acronym_forms, alias_forms
from audit.direction_stats import p_significance
from audit.model import AbstractSection

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
    # outcomes better lower: mood-scale states, negative feelings, errors
    ("Significant improvements in tension and anger were seen with the herbal tea (p = 0.01).",
     "herbal tea", "placebo", "tension and anger", "decreased", True),
    ("Coaching gave a significant improvement in negative emotions compared with leaflets (p = 0.02).",
     "coaching", "leaflets", "negative emotions", "decreased", True),
    # a comparative before a change noun sets its sign: "smaller increases" is a decrease
    ("The new diuretic caused significantly smaller mean increases in serum potassium than the old one (p < 0.01).",
     "new diuretic", "old one", "serum potassium", "decreased", True),
    ("Greater body weight and systolic blood pressure reductions were seen with the drug than with diet alone "
     "(p = 0.03).",
     "drug", "diet alone", "body weight", "decreased", True),
    ("Greater body weight and systolic blood pressure (SBP) reductions were seen with the new drug.",
     "new drug", "old drug", "body weight", "decreased", None),
    # the state before treatment, up to the comma, is not the result
    ("While knowledge scores were not significantly different before education, the taught group had significantly "
     "higher knowledge scores after education (p < 0.001).", "taught group", "usual care", "knowledge scores",
     "increased", True),
    # "reduced X more than" is a greater reduction
    ("Both doses of the new pill reduced the 24-hour ambulatory systolic pressure more than the old pill (p < 0.001).",
     "new pill", "old pill", "systolic pressure", "decreased", True),
    # "one or more" counts, it does not compare
    ("Wound complications (one or more complications: 12% vs. 25%, p = 0.04) were fewer with the stapler.",
     "stapler", "sutures", "wound complications", "decreased", True),
    # "vs." before figures compares figures, not arms: the arm after "compared with" is the reference
    ("Myoclonus fell significantly in groups II (30% vs. 60%) and III (40% vs. 60%) compared with group I.",
     "lidocaine (group II) or (group III)", "saline (group I)", "myoclonus", "decreased", True),
    # a null comparison between the arms outweighs each arm's own significant change
    ("Forced expiratory flow rose significantly after both the inhaler and the saline, but the difference between "
     "the two treatments was not significant (p = 0.5).", "inhaler", "saline", "forced expiratory flow",
     "no_difference", False),
    ("Itching scores improved significantly in both groups but insignificantly between the 2 groups.",
     "cream", "ointment", "itching scores", "no_difference", False),
    ("Both treatments showed falls in eye pressure at every visit (p < 0.001).", "drops", "gel", "eye pressure",
     "no_difference", True),
    # a statement before a contrast that precedes the outcome is about something else
    ("In the radiotherapy group there was no change in strain, but septal excursion decreased.",
     "radiotherapy", "surgery alone", "septal excursion", "decreased", None),
    ("Both files gave similar transportation in the straight part, while the gold file gave lower transportation "
     "than the universal file in the curved part.", "universal file", "gold file",
     "transportation in the curved part", "increased", None),
    # one arm's interval is no difference's: with a p-value in the sentence, the p-value decides
    ("Good relief was reported by 70% (95% CI 60-80%) with the lateral route and 66% (95% CI 55-77%) with the "
     "midline route (p = 0.40).", "lateral route", "midline route", "good relief", "no_difference", False),
    # each arm's change from before to after is no comparison between them
    ("Mean glucose fell from 8.1 to 7.2 mmol/l (p < 0.01) with coaching and from 8.0 to 7.3 mmol/l (p < 0.01) "
     "with leaflets.", "coaching", "leaflets", "mean glucose", "no_difference", True),
    # each arm's own figure is the one outside brackets; "compared to 22.9 h" is a figure, not a range
    ("Remission was kept by 60.5% (26/43) in the budesonide group versus 15.2% (30/197) with placebo (p < 0.001).",
     "budesonide", "placebo", "remission", "increased", True),
    ("Time to first relief was 17.5 h with the cream as compared to 22.9 h with the tablets (p < 0.001).",
     "cream", "tablets", "time to first relief", "decreased", True),
    # a bracket after the change word does not end the clause that names the arm
    ("Operating time was 55 minutes with the thin scope and 74 minutes with the standard scope, significantly less "
     "(p = 0.02) operating time for the thin scope.", "thin scope", "standard scope", "operating time", "decreased", True),
    # "comparison of both groups" and "as opposed to" compare the arms
    ("A comparison of both groups after treatment showed significantly higher acetate levels with the fibre "
     "(p < 0.05).", "fibre", "maltodextrin", "acetate levels", "increased", True),
    # the outcome named twice: the mention nearest the intervention is read, and the time point it is asked at
    ("Balance training improved the fall risk index (p = 0.03), while video-game players showed only a trend towards "
     "an improved fall risk index (p = 0.06).", "video-game players", "usual care", "fall risk index",
     "no_difference", False),
    ("Gut flora did not differ between the groups at 6 months, but differed significantly at 18 months (p = 0.01).",
     "probiotic", "placebo", "gut flora at 18 months", "increased", True),
    # a ratio named well before its interval: the interval containing 1 is not significant
    ("The hazard ratio for stroke or death from any vascular cause with the new anticoagulant was 1.15 "
     "(95% confidence interval 0.70-1.90).", "new anticoagulant", "warfarin", "stroke or death", "no_difference", False),
    # a figure standing right before the arm it belongs to: "1 (2%) A versus 9 (12%) B versus 20 (25%) C"
    ("Revision surgery at five years was needed in 1 (2%) TP versus 9 (12%) HP versus 20 (25%) SP (p < 0.001).",
     "hemi procedure (HP)", "subtotal procedure (SP)", "revision surgery", "decreased", True),
    # "respectively" lists: the list after the outcome's mention, in the order the arms were named
    ("Response rates were 40% and 80% with the pump and the pen, respectively (p = 0.01), and two-year survival "
     "rates were 90% and 60%, respectively (p = 0.02).", "pump", "pen", "two-year survival", "increased", True),
    # "the treatment arm" against placebo names the active arm; a signed change figure compares too; "Ki-67" is a name
    ("The Ki-67 mean change was -25.0% (P = 0.01) and -5.5% (P = 0.40) in the treatment and control arm, "
     "respectively.", "oral aspirin", "placebo", "Ki-67 mean change", "decreased", True),
    # "vs." inside brackets orders the figures there; it names no reference for the change word outside them
    ("Final systolic pressure was lower in the guided group (usual vs. guided: 140 vs. 132 mmHg; p = 0.01).",
     "guided therapy", "usual therapy", "final systolic pressure", "decreased", True),
    ("Guided therapy lowered systolic pressure (p = 0.01 versus usual therapy).",
     "guided therapy", "usual therapy", "systolic pressure", "decreased", True),
    # a difference among three or more arms, with no direction, does not say which pair differs
    ("Mood scores after eight weeks differed significantly among the three groups (p = 0.002).",
     "yoga", "walking", "mood scores", "no_difference", None),
    # a null between the two arms asked about, both named, decides over a third arm's difference in that clause
    ("Balance was better with yoga than with rest (p = 0.01) and did not differ between yoga and walking.",
     "yoga", "walking", "balance", "no_difference", False),
    ("Balance did not differ between yoga and rest, whereas walking gave better balance than yoga (p = 0.01).",
     "walking", "yoga", "balance", "increased", True),
    # both arms asked about named together as the reference: the finding is a third arm's
    ("Propofol use was significantly higher in group 1 (9.3 mg) than in group 2 (8.8 mg) and group 3 (7.6 mg).",
     "fentanyl in group 2", "ketamine in group 3", "propofol use", "no_difference", True),
    # a finding against placebo says nothing of the intervention against another active drug
    ("The new gel gave significantly better relief than placebo at two hours (p = 0.004).",
     "new gel", "ibuprofen tablets", "relief", "no_difference", True),
    # a change against the time before surgery is within the group, not between the arms
    ("Cortisol levels on the first night after surgery were significantly lower than those of the night before "
     "surgery (p = 0.01).", "earplugs", "usual care", "cortisol levels", "no_difference", True),
    # "improved A but not B": the change is denied for B
    ("Yoga significantly improved sleep quality (p = 0.01) but not fatigue.", "yoga", "rest", "fatigue",
     "no_difference", False),
    ("There were significant reductions with yoga in pain (p < 0.001) but not in daily fatigue.", "yoga", "rest",
     "daily fatigue", "no_difference", False),
    # "the reduction in X was greater with B": the change noun before the comparative sets its sign
    ("The reduction in pain was greater with placebo than with the new drug (p = 0.04).", "new drug", "placebo",
     "pain", "increased", True),
    # an arm after "superior to" is the reference
    ("The new drug was superior to placebo in reducing pain (p = 0.003).", "new drug", "placebo", "pain",
     "decreased", True),
    # "<change verb> less/more with A than with B": more or less of the verb's change
    ("Pain worsened less with the new drug than with placebo (p = 0.03).", "new drug", "placebo", "pain",
     "decreased", True),
    ("Pain fell more with placebo than with the new drug (p = 0.03).", "new drug", "placebo", "pain",
     "increased", True),
    # another arm's effect in the outcome's clause; the intervention's own clause reports no difference
    ("Response rates were significantly greater for fluoxetine (78%; p = 0.017) than for placebo (63%); desvenlafaxine "
     "(69%) did not differ from placebo.", "desvenlafaxine", "placebo", "response rates", "no_difference", False),
    # "without differences among the 3 groups" is a null between the arms
    ("CRP levels fell significantly in the combined group after 8 weeks (P < 0.01), without differences among the 3 "
     "groups (P > 0.05).", "combined group", "high-dose group", "CRP levels", "no_difference", False),
    # a change "between baseline and post-training" is within the group
    ("Walking speed significantly improved between baseline and post training (p < 0.01).", "stepping with music",
     "plain metronome", "walking speed", "no_difference", True),
    # "significantly low in group G compared with group D" and "easier in group PS" carry a direction
    ("Rescue antiemetic use was significantly low in group G compared with group D (P < 0.05).", "granisetron (group G)",
     "dexamethasone (group D)", "rescue antiemetic use", "decreased", True),
    ("Intubation was significantly easier in group PS compared with group GS (p = 0.001).", "stylet (group GS)",
     "flexible stylet (group PS)", "ease of intubation", "decreased", True),
    # HbA1c is better lower: a significant effect with no stated direction is a fall
    ("The programme had a significant effect on HbA1c at 12 months (p = 0.02).", "programme", "usual care", "HbA1c",
     "decreased", True),
    # "compared to UC but not MIC": the finding does not hold against the excepted comparator ...
    ("Triglyceride levels decreased significantly in NPC when compared to UC but not MIC.", "nutrition education (NPC)",
     "motivational interviewing (MIC)", "triglyceride level", "no_difference", True),
    # ... while "but not in the control group" after an arm's change says the change was that arm's alone
    ("Peak power increased significantly in the HIIT group (P = 0.001), but not in the control group.", "HIIT",
     "control group", "peak power", "increased", True),
]


@pytest.mark.parametrize("text, intervention, comparator, outcome, label, significant", RULES)
def test_change_rules(text, intervention, comparator, outcome, label, significant):
    change = judge_change(text, intervention=intervention, comparator=comparator, outcome=outcome)
    assert (change.label, change.significant, change.sentence) == (label, significant, text)


def test_abbreviations_defined_in_an_abstract():
    text = ("Health-related quality of life (QOL) and parathyroid hormone (PTH) were measured; parasite clearance "
            "times (PCTs) were recorded in each patient (n = 40).")
    defined = abbreviations(text)
    assert defined == {"qol": "quality of life", "pth": "parathyroid hormone", "pcts": "parasite clearance times",
                       "pct": "parasite clearance times"}
    assert alias_forms("quality of life", defined) == ["quality of life", "qol"]
    assert alias_forms("PCT", defined) == ["PCT", "parasite clearance times"]
    assert "pth" in alias_forms("parathyroid hormone (PTH)", {})


def test_acronyms_used_without_definition():
    text = "Global QOL and the VAS improved; PHASE-I/II trial."
    assert acronym_forms(["quality of life"], text) == ["qol"]
    assert acronym_forms(["incidence of infection"], text) == []  # "II" is too short to trust


def test_outcome_named_by_its_abbreviation():
    sections = [AbstractSection(text="We measured health-related quality of life (QOL) at twelve weeks.", label="METHODS"),
                AbstractSection(text="QOL was higher with yoga than with usual care (p = 0.01).", label="RESULTS")]
    change = judge_change(sections, intervention="yoga", comparator="usual care", outcome="quality of life")
    assert (change.label, change.significant, change.sentence) == (
        "increased", True, "QOL was higher with yoga than with usual care (p = 0.01).")


def test_next_sentence_on_between_group_differences():
    text = ("Anxiety at one, two and six hours was 4.1, 3.0 and 1.2 with music and 4.3, 3.1 and 1.3 with silence "
            "(p < 0.05). Between-group differences at each time were not statistically significant.")
    change = judge_change(text, intervention="music", comparator="silence", outcome="anxiety")
    assert (change.label, change.reason) == ("no_difference", "no difference between groups")


def test_arm_labels_defined_in_the_methods():
    sections = [AbstractSection(text="Children received magnesium in saline (group RM), dexamethasone in saline (group RD) "
                                     "or the same volume of plain saline (group R).", label="METHODS"),
                AbstractSection(text="Rescue analgesia was needed significantly more often in group R than in groups RM "
                                     "and RD.", label="RESULTS")]
    change = judge_change(sections, intervention="magnesium in saline or dexamethasone in saline",
                          comparator="same volume of plain saline", outcome="rescue analgesia")
    assert (change.label, change.significant) == ("decreased", True)
    assert change.sentence.startswith("Rescue analgesia")


def test_time_point_of_the_outcome_picks_the_sentence():
    sections = [AbstractSection(text="At 6 months, weight loss was greater with the low-carbohydrate diet than with the "
                                     "low-fat diet (p = 0.002). At 1 year, weight loss was similar in both diet groups "
                                     "(p = 0.14).", label="RESULTS")]
    change = judge_change(sections, intervention="low-carbohydrate diet", comparator="low-fat diet",
                          outcome="weight loss at one year")
    assert (change.label, change.significant) == ("no_difference", False)
    assert change.sentence.startswith("At 1 year")


def test_background_sentence_is_not_a_result():
    sections = [AbstractSection(text="Ginger is thought to reduce nausea after surgery.", label="BACKGROUND")]
    change = judge_change(sections, intervention="ginger", comparator="placebo", outcome="nausea")
    assert (change.label, change.significant) == ("no_difference", None)
    assert change.reason == "not a result: reduce"


def test_ratio_interval_far_from_its_name():
    text = "the hazard ratio for stroke or death from any vascular cause with the new drug was 1.15 (95% ci 0.70-1.90)"
    assert p_significance(text) == [(text.index("95%"), False)]
