"""Statistics in result sentences: p-values, confidence intervals, ratios and the figures reported per arm."""

from __future__ import annotations

import re

__all__ = ["p_significance", "reported_figures", "numbers_by_group", "ratio_sign", "RATIO"]

_P_VALUE = re.compile(r"\bp\s*(?:-?\s*values?)?\s*(?:(?:for|-)\s*(?:trend|interaction|difference)\s*)?(?:[:,]\s*)?(<=|>=|[<>=≤≥])?\s*(0?\.\d+|1\.0*|\d(?:\.\d+)?\s*[x×]\s*10\s*[-−]\s*\d+|\d\.\d+e-\d+)",
                      re.I)
_CI = re.compile(r"(?:\b(?:95|99|90)\s*%\s*(?:ci|confidence interval)|\bci\b)[\s:,=\[\(]*(-?\d+(?:\.\d+)?)\s*(?:-|to|,|–|;)\s*(-?\d+(?:\.\d+)?)",
                 re.I)
RATIO = re.compile(r"\b(?:odds ratio|risk ratio|hazard ratio|relative risk|relative rate|rate ratio|incidence rate ratio|(?:a|adjusted )?(?:or|rr|hr|irr)(?=\s*(?:\[[^\]]{0,20}\]\s*)?[=:,(]?\s*\d))", re.I)


def p_significance(segment: str, intervals: bool = True) -> list[tuple[int, bool]]:
    """(offset, significant) for each p-value and (with ``intervals``) confidence interval in a lower-cased segment."""
    out: list[tuple[int, bool]] = []
    for m in _P_VALUE.finditer(segment):
        op, raw = m.group(1) or "=", m.group(2).replace(" ", "")
        try:
            if re.search(r"[x×]", raw):
                value = 1e-3
            else:
                value = float(raw)
        except ValueError:
            continue
        if op in ("<", "≤", "<="):
            out.append((m.start(), value <= 0.05))
        elif op in (">", "≥", ">="):
            out.append((m.start(), False))
        else:
            out.append((m.start(), value <= 0.05))
    for m in _CI.finditer(segment) if intervals else ():
        lo, hi = float(m.group(1)), float(m.group(2))
        before = segment[max(0, m.start() - _RATIO_REACH) : m.start()]  # "the hazard ratio for <outcome> was 1.13 (95% CI …)"
        null = 1.0 if RATIO.search(before) or re.search(r"ratio|relative|odds|hazard", before) else 0.0
        if lo > hi:
            lo, hi = hi, lo
        out.append((m.start(), not (lo <= null <= hi)))
    return out


_RATIO_REACH = 150  # how far before an interval the ratio it belongs to may be named


_NUMBER = re.compile(r"(?<![\w.])([-−]?\d+(?:\.\d+)?)(\s*%)?")


def reported_figures(seg: str) -> list[tuple[int, float]]:
    """Reported figures of a segment (offset, value), leaving out p-values, CI bounds and "95%"."""
    out = []
    for m in _NUMBER.finditer(seg):
        before = seg[max(0, m.start() - 12) : m.start()]
        if re.search(r"p\s*(?:-?values?)?\s*[<=>≤≥:]\s*$|ci\W*$|\d\s*[-–]\s*$|\d\s*%?\s*to\s*$|n\s*=\s*$|[/±]\s*$", before):
            continue
        if re.search(r"[a-z]-$", before) and not m.group(1).startswith(("-", "−")):
            continue  # "Ki-67", "IL-6": part of a name
        if m.group(1) in ("95", "99", "90") and m.group(2):
            continue
        out.append((m.start(), float(m.group(1).replace("−", "-"))))
    return out


def numbers_by_group(seg: str, i_pos: list[int], c_pos: list[int], anchor: int = 0) -> int | None:
    """+1 / -1 when the figures reported for the intervention and comparator compare, else None.

    "… respectively" lists map figures to groups in the order the groups are named (the list that
    ends at the first "respectively" after the outcome's mention ``anchor``); otherwise
    each group takes the first figure after its mention in the same clause.
    """
    if not i_pos or not c_pos:
        return None
    figures = reported_figures(seg)
    if len(figures) < 2:
        return None
    i_val: float | None
    c_val: float | None
    pair = re.search(r"([-−]?\d+(?:\.\d+)?)\s*%?\s*(?:[a-z/]+\s*)?(?:(?:±|\+/-)\s*\d+(?:\.\d+)?\s*%?\s*(?:[a-z/]+\s*)?)?"
                     r"(?:vs\.?|versus)\s*([-−]?\d+(?:\.\d+)?)", seg)
    if pair and i_pos[0] < pair.start() and c_pos[0] < pair.start():  # "(4.2 vs 5.0 d)" after both arms
        a, b = float(pair.group(1).replace("−", "-")), float(pair.group(2).replace("−", "-"))
        i_val, c_val = (a, b) if i_pos[0] < c_pos[0] else (b, a)
        return None if a == b else (1 if i_val > c_val else -1)
    listed = _respective_pair(seg, figures, anchor)
    if listed:
        a, b = listed
        i_val, c_val = (a, b) if i_pos[0] < c_pos[0] else (b, a)
    else:
        bounds = [m.start() for m in re.finditer(r";|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\b|\bversus\b|\bvs\b|\band\b", seg)]
        # "61.4% (27/44) with A versus 16.7% (8/48) with B": the figures outside brackets are the groups' own
        outside = [(p, v) for p, v in figures if seg[:p].count("(") <= seg[:p].count(")")]
        i_val, c_val = _group_value(i_pos[0], outside, bounds, len(seg), seg), _group_value(c_pos[0], outside, bounds, len(seg), seg)
        if i_val is None or c_val is None:
            i_val, c_val = _group_value(i_pos[0], figures, bounds, len(seg), seg), _group_value(c_pos[0], figures, bounds, len(seg), seg)
    if i_val is None or c_val is None or i_val == c_val:
        return None
    return 1 if i_val > c_val else -1


def _respective_pair(seg: str, figures: list[tuple[int, float]], anchor: int) -> tuple[float, float] | None:
    """The first two figures of the "… and …, respectively" list that reports the outcome mentioned at ``anchor``.

    "rates were 53% and 87% with A and B, respectively, and survival was 93% and 47%, respectively":
    survival's list is the one after its mention and before the next "respectively"; figures in
    brackets ("(16/30)") are left out when two stand outside them.
    """
    ends = [m.start() for m in re.finditer(r"\brespectively\b", seg)]
    if not ends:
        return None
    end = next((e for e in ends if e > anchor), ends[-1])
    start = max([e + 12 for e in ends if e < end] + [anchor if anchor < end else 0])
    inside = [(p, v) for p, v in figures if start <= p < end]
    outside = [(p, v) for p, v in inside if seg[:p].count("(") <= seg[:p].count(")")]
    chosen = outside if len(outside) >= 2 else inside
    return (chosen[0][1], chosen[1][1]) if len(chosen) >= 2 else None


_WORD = re.compile(r"[a-z0-9]*")


def _group_value(pos: int, figures: list[tuple[int, float]], bounds: list[int], end: int, seg: str = "") -> float | None:
    """The figure reported for the group named at ``pos``: the first after it in its clause, else the last before it."""
    word = _WORD.match(seg, pos)  # the arm's name ends its clause: "15 (8.6%) DO versus 39 (22.4%) BST"
    word_end = word.end() if seg and word else pos + 3
    stop = min([b for b in bounds if b > word_end] + [end])
    vals = [v for p, v in figures if pos < p < stop]
    if vals:
        return vals[0]
    start = max([b for b in bounds if b < pos] + [0])
    before = [v for p, v in figures if start <= p < pos]
    return before[-1] if before else None


def ratio_sign(seg: str) -> int | None:
    """+1 / -1 from a reported ratio (OR/RR/HR above or below 1), else None."""
    m = RATIO.search(seg)
    if not m:
        return None
    figures = [v for p, v in reported_figures(seg[m.end() : m.end() + 40])]
    if not figures or figures[0] <= 0 or figures[0] == 1:
        return None
    return 1 if figures[0] > 1 else -1
