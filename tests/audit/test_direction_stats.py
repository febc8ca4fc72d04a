"""Statistics in result sentences: p-values, confidence intervals, ratios and figures per arm."""

from __future__ import annotations

from audit.direction_stats import numbers_by_group, p_significance, ratio_sign, reported_figures


def test_p_values_and_intervals():
    # (offset of the statistic, significant)
    assert p_significance("pain fell (p < 0.001)") == [(11, True)]
    assert p_significance("pain fell (p = 0.21)") == [(11, False)]
    text = "odds ratio 0.45, 95% ci 0.25 to 0.81"  # a ratio's interval excluding 1
    assert p_significance(text) == [(text.index("95"), True)]
    text = "odds ratio 0.9, 95% ci 0.6 to 1.3"  # containing 1
    assert p_significance(text) == [(text.index("95"), False)]
    text = "mean difference 2, 95% ci -1 to 5"  # a difference's interval containing 0
    assert p_significance(text) == [(text.index("95"), False)]


def test_ratios_and_figures():
    assert ratio_sign("recurrence was less common (odds ratio 0.45)") == -1
    assert ratio_sign("hazard ratio 1.8 for death") == 1
    assert [v for _p, v in reported_figures("8% vs 16% (p = 0.02, 95% ci 1 to 3)")] == [8.0, 16.0]
    seg = "pain was 3.1 with needling and 4.2 with sham"
    assert numbers_by_group(seg, [seg.index("needling")], [seg.index("sham")]) == -1
    seg = "scores for needling and sham were 5.0 vs 4.0"
    assert numbers_by_group(seg, [seg.index("needling")], [seg.index("sham")]) == 1
