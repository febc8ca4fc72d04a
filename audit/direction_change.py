"""Effect of an intervention on an outcome relative to a comparator (Evidence Inference style): ``judge_change``."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .direction_alias import abbreviations, acronym_forms, alias_forms
from .direction_arms import UNIT_STOP as _UNIT_STOP
from .direction_arms import (
    active_mentions,
    both_reference,
    defined_labels,
    group_labels,
    label_mentions,
    mentions,
    other_reference,
    pair_null,
    subject_sign,
)
from .direction_clause import _negated
from .direction_outcome import outcome_is_good, time_mentions, time_points
from .direction_pairs import CHANGE_NOUNS, comparative_pair, pair_sign
from .direction_stats import numbers_by_group as _numbers_by_group
from .direction_stats import p_significance as _p_significance
from .direction_stats import ratio_sign as _ratio_sign
from .direction_text import _stem, _stems_of, overlap, split_sentences, target_stems
from .lexicon import Lexicon, load_lexicon
from .model import AbstractSection

__all__ = ["Change", "CHANGE_LABELS", "judge_change"]

CHANGE_LABELS = ("increased", "decreased", "no_difference")


@dataclass(frozen=True)
class Change:
    """Did the intervention significantly raise, lower or not change the outcome vs the comparator?"""

    label: str  # increased, decreased, no_difference
    sentence: str
    significant: bool | None  # None when the text says nothing about significance
    score: float
    reason: str = ""

_W_FIT, _W_STAT, _W_CHANGE, _W_GROUPS = 2.0, 0.8, 0.4, 0.3  # how a sentence is chosen to read the outcome from
_SECTION_WEIGHT = ((r"result|finding", 1.0), (r"conclu|interpret|summary", 0.8), (r"title", 0.5),
                   (r"background|introduction|objective|aim|purpose|context|rationale", 0.15),
                   (r"method|design|setting|participant|intervention|measure", 0.3))
_STAT_BEHIND = 40  # extra distance of a statistic standing before the outcome it is weighed for
_GENERIC_CONTROL = {"placebo", "control", "contro", "sham", "usual", "standa", "conven", "vehicl", "saline"}


def _section_weight(label: str | None) -> float:
    for pattern, weight in _SECTION_WEIGHT:
        if label and re.search(pattern, label, re.I):
            return weight
    return 0.6

def _anchor(low: str, o_stems: set[str], arms: Sequence[int] = (), span: int = 50) -> int:
    """Offset of the densest cluster of outcome words in ``low`` (0 when none).

    Of equally dense clusters the one nearest a mention of the intervention (``arms``) wins, then the first:
    "A improved fall risk (p = 0.04), while B showed a trend towards improved fall risk" read for B.
    """
    hits = [(m.start(), _stem(m.group(0))) for m in re.finditer(r"[a-z0-9]+", low) if _stem(m.group(0)) in o_stems]
    if not hits:
        return 0
    contrasts = [m.start() for m in _CONTRAST.finditer(low)]
    counts: dict[str, int] = {}
    for _p, st in hits:
        counts[st] = counts.get(st, 0) + 1

    def weight(h: tuple[int, str]) -> tuple[float, int, int]:  # rarer outcome words are more specific
        stop = low.find(";", h[0])  # the cluster stays within its clause
        end = min(h[0] + span, stop if stop >= 0 else len(low))
        # rounded: a set's summing order varies between runs, and ties must break the same way each time
        near = min((abs(a - h[0]) + 100 * any(min(a, h[0]) < b < max(a, h[0]) for b in contrasts) for a in arms),
                   default=0)  # an arm across "while" / "but" is another clause's
        return round(sum(1 / counts[st] for st in {st for p, st in hits if h[0] <= p < end}), 6), -near, -h[0]

    return max(hits, key=weight)[0]

def judge_change(
    sections: Sequence[AbstractSection] | str,
    *,
    intervention: str | Sequence[str],
    comparator: str | Sequence[str] | None,
    outcome: str | Sequence[str],
) -> Change:
    """Whether ``intervention`` significantly increased, decreased or did not change ``outcome``.

    Finds the sentences that name the outcome (results first, those with statistics preferred),
    reads significance from the words ("significantly", "no significant difference", "similar"),
    p-values and confidence intervals (a ratio's CI containing 1, a difference's containing 0)
    nearest to the outcome, and the direction from the change word nearest to it ("lower",
    "increased"; "improved" read through the outcome's valence), flipped when the comparator is
    what changed ("the placebo group had higher …", "… than with <intervention>"). With a
    significant result and no change word, a ratio (OR/RR/HR) or the two groups' figures decide.
    """
    lex = load_lexicon()
    if isinstance(sections, str):
        sections = [AbstractSection(text=sections, label=None)]
    defined = abbreviations(" ".join(section.text for section in sections))
    outcome = alias_forms(outcome, defined)  # "quality of life" is also the abstract's "QOL"
    outcome += acronym_forms(outcome, " ".join(section.text for section in sections))
    o_forms = target_stems(outcome)
    o_stems = set().union(*o_forms) if o_forms else set()
    i_all = set().union(*target_stems(intervention)) if intervention else set()
    c_all = set().union(*target_stems(comparator)) if comparator else set()
    c_text = (comparator if isinstance(comparator, str) else " ".join(comparator or ())).lower()
    absent = re.search(r"\b(?:(?:no|without|not|non)\s+|non-)([a-z0-9 -]+)", c_text)
    if absent:  # "no supplementation", "without monitoring": those words name the intervention's arm
        c_all = (c_all - _stems_of(absent.group(0))) | _GENERIC_CONTROL
    i_set = {w for w in i_all - c_all - o_stems if len(w) > 1 and not w.isdigit() and w not in _UNIT_STOP}
    c_set = {w for w in c_all - i_all - o_stems if len(w) > 1 and not w.isdigit() and w not in _UNIT_STOP}
    i_labels = group_labels(intervention) - group_labels(comparator)
    c_labels = group_labels(comparator) - group_labels(intervention)
    i_defined, c_defined = defined_labels(" ".join(section.text for section in sections), i_all, c_all)
    i_labels |= i_defined - c_labels  # "group R received ropivacaine"
    c_labels |= c_defined - i_labels
    if c_all & _GENERIC_CONTROL:  # not the outcome's own words: "glucose control" does not name the control arm
        c_set |= _GENERIC_CONTROL - o_stems
    o_text = lex.normalise(outcome if isinstance(outcome, str) else " ".join(outcome))
    outcome_good = outcome_is_good(lex, o_text)

    o_times = time_points(o_text)
    flat: list[str] = []
    weights: list[float] = []  # each sentence's section weight
    scored: list[tuple[float, float, bool, int, str]] = []
    for section in sections:
        weight = _section_weight(section.label)
        for sentence in split_sentences(section.text):
            flat.append(sentence)
            weights.append(weight)
            low = re.sub(r"\s+", " ", lex.normalise(sentence))
            fit = overlap(_stems_of(low), o_forms)
            if fit == 0:
                continue
            stat = bool(_p_significance(low)) or any(True for _ in lex.find("significant", low)) \
                or any(True for _ in lex.find("not_significant", low))
            change = any(True for c in ("increase", "decrease", "improve", "worsen") for _ in lex.find(c, low))
            groups = bool(mentions(low, i_set)) + bool(mentions(low, c_set))
            score = weight * (_W_FIT * fit + _W_STAT * stat + _W_CHANGE * change + _W_GROUPS * groups)
            if _BASELINE.search(low) and not _FOLLOW_UP.search(low):
                score *= 0.3  # a comparison at baseline is not a result
            elif _NOT_THIS_TRIAL.search(low):
                score *= 0.3  # demographics, earlier studies, healthy volunteers: not this trial's between-arm result
            if o_times and time_points(low) and not o_times & time_points(low):
                score *= 0.3  # the outcome "at 1 year", the sentence at 6 months only
            scored.append((score, fit, stat or change, len(flat) - 1, sentence))
    if not scored:
        return Change("no_difference", "", None, 0.0, "outcome not found")
    best_fit = max(c[1] for c in scored)
    pool = [c for c in scored if c[1] >= 0.4 * best_fit and c[2]] or scored
    score, _fit, _informative, index, sentence = max(pool, key=lambda c: c[0])

    low = re.sub(r"\s+", " ", lex.normalise(sentence))
    anchor = _anchor(low, o_stems, mentions(low, i_set) + label_mentions(low, i_labels))
    at_time = [pos for pos, key in time_mentions(low) if key in o_times]
    if at_time and len(at_time) < len(time_mentions(low)):  # "no difference at 6 months, but at 18 months …"
        anchor = at_time[0]
    if index + 1 < len(flat) and _FOLLOWS_ON.match(flat[index + 1].lower()):
        low += " " + re.sub(r"\s+", " ", lex.normalise(flat[index + 1]))  # "… 16% vs 36%. This difference was significant."
    bounds = [m.start() for m in re.finditer(r";|\bwhereas\b|\bwhile\b|\bbut\b|,\s*(?:al)?though\b|\band\b(?= (?:the |in )?\w+ (?:was|were)\b)", low)]
    for cat in ("increase", "decrease", "improve", "worsen"):  # "…, and increased HDL" opens a new predicate
        for m, _w in lex.find(cat, low):
            if re.search(r"(?:,|\band\b|\bbut\b|\bwhile\b)\s+(?:\w+\s+)?$", low[max(0, m.start() - 20) : m.start()]):
                bounds.append(m.start() - 1)
    commas = [m.start() for m in re.finditer(r",", low)]

    def cost(pos: int) -> float:
        lo, hi = min(pos, anchor), max(pos, anchor)
        crossed = sum(1 for b in bounds if lo < b < hi)
        behind = 0 if pos >= anchor or anchor - pos <= 25 else 40  # "reduces the severity" governs what follows
        return hi - lo + behind + 60 * crossed + 10 * sum(1 for c in commas if lo < c < hi)

    marks = _significance_marks(lex, low)
    stats = {pos for pos, _sig in _p_significance(low)}
    later = [mk for mk in marks if not _before_treatment(low, mk[0], bounds)]
    if later and len(later) < len(marks):
        marks = later  # "no difference before the intervention, but a significant one after it"

    def mark_cost(mark: tuple[int, bool]) -> float:
        # A p-value or interval reports the finding written before it: one ahead of the outcome belongs
        # to the previous finding ("increased MAP (p < 0.001), PaO2 did not differ").
        return cost(mark[0]) + (_STAT_BEHIND if mark[0] in stats and mark[0] < anchor else 0)

    contrasts = [m.start() for m in _CONTRAST.finditer(low)]
    # "no change in A but B decreased significantly": a statement before a contrast that precedes the outcome is A's
    marks = [mk for mk in marks if not any(mk[0] < b < anchor for b in contrasts)]
    significant: bool | None = min(marks, key=mark_cost)[1] if marks else None
    if significant is None:  # another sentence about the same outcome may carry the statistics
        for _s, fit, _inf, other, _t in sorted(pool, key=lambda c: -c[0]):
            if other == index or fit < best_fit:
                continue
            other_low = re.sub(r"\s+", " ", lex.normalise(flat[other]))
            other_marks = _significance_marks(lex, other_low)
            if other_marks:
                at = _anchor(other_low, o_stems)
                significant = min(other_marks, key=lambda mk: abs(mk[0] - at))[1]
                break
    active, inactive = active_mentions(low) if c_all & (_GENERIC_CONTROL | {"placeb"}) else ([], [])  # "treatment group"
    i_pos = sorted(mentions(low, i_set) + label_mentions(low, i_labels) + mentions(low, c_set, negated=True) + active)
    c_pos = sorted(set(mentions(low, c_set) + label_mentions(low, c_labels) + mentions(low, i_set, negated=True) + inactive))
    if significant is False:
        return Change("no_difference", sentence, False, score, "not significant")
    excepted = _EXCEPT.search(low)
    if excepted and _stem(excepted.group(1)) in c_set and _stem(excepted.group(1)) not in i_set:
        # "… decreased significantly in NPC when compared to UC but not MIC": not against this comparator
        return Change("no_difference", sentence, significant, score, "the comparator is excepted")
    own_null = _own_null_clause(low, anchor, i_pos, c_pos)
    if own_null:  # "… greater for fluoxetine than for placebo; desvenlafaxine did not differ from placebo"
        return Change("no_difference", sentence, False, score, "the intervention's own clause: no difference")
    if pair_null(low, i_pos, c_pos, anchor):  # "… better than control, and no differences between the TC and PE groups"
        return Change("no_difference", sentence, False, score, "no difference between the two arms")
    if _BETWEEN_NULL.search(low) and not _COMPARED.search(low):
        # "… fell with all treatments (p = 0.0001), with no differences between groups": the comparison decides
        return Change("no_difference", sentence, False, score, "no difference between groups")
    between = _BETWEEN_GROUP.search(_VERSUS_BASELINE.sub(" ", low))
    within = _WITHIN_GROUP.search(low) or _VERSUS_BASELINE.search(low) or (len(_FROM_TO.findall(low)) > 1 and not _RANGE.search(low))
    if within and not between:  # "fell from 33% to 29% in one group and from 32% to 29% in the other"
        return Change("no_difference", sentence, significant, score, "change within groups only")

    name_stems = (i_all | c_all | o_stems) - {_stem(w) for w in CHANGE_NOUNS}
    timed = bool(re.search(r"\b(?:time|times|duration|latency|delay|onset|days?|hours?|stay|until|to first)\b", o_text))
    own = {_stem(m.group(1)) for m in _QUANTITY_NOUN.finditer(o_text)}  # "weight loss", "blood loss"
    found = _direction_at(lex, low, anchor, outcome_good, cost, name_stems, timed, own)
    if found is None:
        sign = _ratio_sign(low) or _numbers_by_group(low, i_pos, c_pos, anchor)
        if significant and sign:
            return Change("increased" if sign > 0 else "decreased", sentence, True, score * 0.7, "figures compared")
        if significant and _OMNIBUS.search(low):  # "differed significantly among the three groups": which pair?
            return Change("no_difference", sentence, None, score * 0.5, "difference among several arms only")
        if significant:  # unstated direction: read as the favourable one for the outcome
            label = "decreased" if outcome_good is False else "increased"
            return Change(label, sentence, True, score * 0.5, "significant, direction not stated")
        return Change("no_difference", sentence, significant, score * 0.5, "no change stated")
    sign, at, word = found
    neg, _ = _negated(lex, low, at, at + len(word), [])
    if neg == "negated" or (at < anchor and _BUT_NOT.search(low[max(at, anchor - 50) : anchor])):
        return Change("no_difference", sentence, False, score, f"negated: {word}")  # "improved A but not B"
    if not c_all & (_GENERIC_CONTROL | {"placeb"}) and other_reference(low, at, i_pos, c_pos):
        return Change("no_difference", sentence, significant, score * 0.5, f"another arm is the reference: {word}")
    if both_reference(low, at, i_pos, c_pos):  # "higher in group 1 than in groups 2 and 3": a third arm's finding
        return Change("no_difference", sentence, significant, score * 0.5, f"both arms are the reference: {word}")
    sign *= subject_sign(low, at, i_pos, c_pos)
    if significant is None and any(True for _ in lex.find("hedge", low[max(0, at - 40) : at])):
        return Change("no_difference", sentence, None, score * 0.5, f"hedged: {word}")
    if significant is None and weights[index] < _SECTION_WEIGHT[2][1]:
        # background and methods sentences say what was known or done, not what this trial found
        return Change("no_difference", sentence, None, score * 0.5, f"not a result: {word}")
    label = "increased" if sign > 0 else "decreased"
    note = "" if significant else " (significance not stated)"
    return Change(label, sentence, significant, score, word + note)


# a next sentence that finishes the finding: "This difference was significant.", "Between-group differences were not."
_FOLLOWS_ON = re.compile(r"(?:this|these|the|such|that)\s+(?:\w+\s+)?differences?\b|this\b|these\b|but\b|"
                         r"(?:the )?(?:differences? )?between[- ](?:the )?(?:\w+ )?groups?\b")
_BASELINE = re.compile(r"\bbaseline\b|\bbefore (?:the )?(?:intervention|treatment|randomi[sz]ation|surgery)|"
                       r"\bpre-?(?:intervention|treatment)\b|\bdemographic|\bat (?:study )?entry\b|\bat admission\b")
_NOT_THIS_TRIAL = re.compile(r"\b(?:age|sex|gender)\s*(?:,|and)\s*(?:\w+\s+){0,2}(?:age|sex|gender|bmi|body mass|weight|height)\b|"
                             r"\b(?:previous|prior|earlier|recent|other) (?:\w+ )?(?:studies|trials|reports|research)\b|"
                             r"\b(?:has|have) (?:\w+ )?been (?:shown|reported|demonstrated|suggested)\b|"
                             r"\bhealthy (?:volunteers|controls|subjects|individuals)\b|\b(?:at|on) day 0\b")
_FOLLOW_UP = re.compile(r"\bafter\b|\bpost-?(?:intervention|treatment|operative)|\bfollow-?up\b|\bat (?:\d+|one|two|three|six)"
                        r" (?:weeks?|months?|years?|days?)\b|\bto (?:week|month|day)\b|\bend of\b|\bchanges?\b|\bfrom baseline\b")
_WITHIN_GROUP = re.compile(r"\b(?:in|for|within) (?:both|each|all|either) (?:of the )?(?:\w+ )?(?:groups?|arms?)\b|"
                           r"(?<!comparison of )(?<!compared )(?<!between )\bboth (?:\w+ )?(?:groups|arms|treatments|regimens)\b|"
                           r"\bwithin-group\b")
_VERSUS_BASELINE = re.compile(r"\b(?:compared (?:to|with)|relative to|from|versus|vs\.?|over|between) (?:the )?(?:baseline|pre-?treatment|"
                              r"pre-?intervention|admission|entry)(?: values?| levels?)?\b|\bover time\b|"
                              # "lower than those of the night before surgery": the reference is a time, not an arm
                              r"\b(?:than|compared (?:to|with)|versus|vs\.?) (?:that|those) (?:of|at|on) (?:the )?(?:night |day )?"
                              r"(?:before|prior to) (?:the )?(?:surgery|operation|treatment|intervention)\b")
_ARMS = r"(?:the )?(?:(?:two|2|three|3|both) [a-z]+s\b|(?:study )?(?:groups|arms|treatments|regimens|doses|interventions)\b)"
_FROM_TO = re.compile(r"\bfrom [-−]?\d[\d.,]*\s*%?\s*(?:[a-z/]+\s+)?to [-−]?\d")
_RANGE = re.compile(r"\b(?:varie[sd]|range[sd]?|ranging) from\b")  # "varied from 51 to 52": a range, not a change
# "… when compared to UC but not MIC": a second reference the finding does not hold against ("but not in the control
# group" after an arm's change is the opposite: the change was that arm's alone)
_EXCEPT = re.compile(r"\b(?:compared (?:to|with)|than|versus|vs\.?) (?:the )?[a-z0-9-]+(?: group)? but not (?:(?:to|with|the) )*([a-z0-9]+)\b")
_CONTRAST = re.compile(r"\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b|\bin contrast\b")
_BETWEEN_NULL = re.compile(r"\b(?:no|without) (?:\w+ )?(?:significant )?differences? (?:\w+ ){0,3}(?:between|among) (?:the )?(?:\w+ )?"
                           r"(?:groups|arms|treatments|regimens|doses)\b|"
                           r"\bdifferences? between " + _ARMS + r" (?:\w+ ){0,2}(?:was|were) not (?:statistically )?significant|"
                           r"\b(?:not |in|non-?)significant(?:ly)?(?: different)? between " + _ARMS + "|"
                           r"\bno (?:\w+ ){0,2}between-groups? differences?|"
                           r"\bbetween[- ]groups? differences? (?:\w+ ){0,5}(?:was|were) not (?:statistically )?significant")
_BUT_NOT = re.compile(r"\b(?:but|and) not (?:(?:in|for|on|of|the|any|with|regarding) )*(?:[\w-]+ ){0,2}$")
_OMNIBUS = re.compile(r"\b(?:among|between|in|across) (?:the |all )?(?:three|four|five|3|4|5|all|several|multiple) "
                      r"(?:study |treatment |intervention )?(?:groups|arms|treatments|conditions)\b")
_COMPARED = re.compile(r"\bthan\b|\bcompared (?:with|to)\b|\bversus\b|\bvs\b|\brelative to\b")
_BETWEEN_GROUP = re.compile(r"\b(?:than|compared|versus|vs|between|relative to|over|more|less|greater|superior|inferior|"
                            r"as opposed to|in contrast|only in)\b")


_PRE = re.compile(r"\bbaseline\b|\bbefore (?:the )?(?:intervention|treatment|training|randomi[sz]ation|surgery|education|"
                  r"programme|program|therapy|operation|exercise|supplementation)\b|"
                  r"\bpre-?(?:intervention|treatment|training|test|operative)\b|\bat (?:study )?entry\b|\bat day 0\b")
_POST = re.compile(r"\bafter\b|\bpost-?(?:intervention|treatment|training|test|operative)?\b|\bfollow-?up\b|\bend of\b")


def _before_treatment(low: str, pos: int, bounds: list[int]) -> bool:
    """Whether the clause around ``pos`` is about the time before treatment (baseline) and not after it.

    The clause ends at commas too: "not different before education, but higher after it".
    """
    bounds = bounds + [m.start() for m in re.finditer(r",", low)]
    lo = max([b for b in bounds if b < pos] + [0])
    hi = min([b for b in bounds if b > pos] + [len(low)])
    clause = low[lo:hi]
    return bool(_PRE.search(clause)) and not _POST.search(clause.replace("after randomi", ""))


_CLAUSE_SPLIT = re.compile(r";|\.\s|,\s*(?:but|whereas|while|although)\b|\s(?:but|whereas|while)\s")
_OWN_NULL = re.compile(r"\b(?:did|does|do) not (?:differ|change|improve|reduce|increase|decrease|affect)\b|\bno (?:significant |statistically significant )?"
                       r"(?:difference|change|effect)\b|\bwas not (?:statistically )?significant|\bnot significantly (?:different|differ)")


def _own_null_clause(low: str, anchor: int, i_pos: Sequence[int], c_pos: Sequence[int]) -> bool:
    """Whether the intervention is named only in a clause of its own that reports no difference, while the clause
    with the outcome (naming neither arm of the prompt) reports another arm's effect."""
    cuts = [0] + [m.end() for m in _CLAUSE_SPLIT.finditer(low) if not _in_aside(low, m.start())] + [len(low) + 1]
    spans = list(zip(cuts, cuts[1:], strict=False))
    home = next(((a, b) for a, b in spans if a <= anchor < b), None)
    if home is None or any(home[0] <= p < home[1] for p in i_pos) or not any(home[0] <= p < home[1] for p in c_pos):
        return False  # the outcome's clause must compare another arm with the comparator ("… for fluoxetine than placebo")
    others = [(a, b) for a, b in spans if (a, b) != home and any(a <= p < b for p in i_pos)]
    return bool(others) and all(_OWN_NULL.search(low[a:b]) for a, b in others)


def _significance_marks(lex: Lexicon, low: str) -> list[tuple[int, bool]]:
    """(offset, significant) of every significance statement in a sentence: words, p-values, CIs.

    With p-values in the sentence its intervals are left out: they may be one arm's estimate
    ("77% (95% CI 67-90%) with A and 74% with B (p = 0.34)"), not the difference's.
    """
    marks = _p_significance(low, intervals=False) or _p_significance(low)
    ns_spans = [(m.start(), m.end()) for m, _w in lex.find("not_significant", low)]
    marks += [(a, False) for a, _b in ns_spans]
    marks += [(m.start(), True) for m, _w in lex.find("significant", low)
              if not any(a <= m.start() < b for a, b in ns_spans)]
    return marks


_QUANTIFIER = re.compile(r" than (?:or equal to )?(?:about |approximately )?[-−]?(?:\d|one|two|three|four|five|half|a third|a quarter)")
_QUANTITY_NOUN = re.compile(r"(?<=[a-z] )(loss|losses|gain|gains)\b(?! (?:of|in)\b)")
_SPEED = re.compile(r"quicker|faster|earlier|sooner|more rapid(?:ly)?|slower|later|delayed")


def _direction_at(  # type: ignore[no-untyped-def]
    lex: Lexicon, low: str, anchor: int, outcome_good: bool | None, cost, name_stems: set[str], timed: bool,
    own: frozenset[str] | set[str] = frozenset(),
) -> tuple[int, int, str] | None:
    """(sign, offset, word) of the change word closest to the outcome mention, or None.

    Words that are part of an arm's or the outcome's name ("Pressure Relief Shoe") are not
    changes; "quicker / earlier" lower a time outcome; "greater reduction" takes the noun's sign.
    """
    best: tuple[float, int, int, str] | None = None
    hits: list[tuple[re.Match[str], int]] = []
    for cat in ("increase", "decrease", "improve", "worsen"):
        for m, _w in lex.find(cat, low):
            if cat in ("increase", "decrease"):
                sign = 1 if cat == "increase" else -1
            else:
                good = cat == "improve"
                sign = (1 if good else -1) if outcome_good in (True, None) else (-1 if good else 1)
            hits.append((m, sign))
    for m in _SPEED.finditer(low):
        fast = m.group(0) in ("quicker", "faster", "earlier", "sooner") or m.group(0).startswith("more rapid")
        hits.append((m, (-1 if fast else 1) if timed else (1 if fast else -1)))
    for m, sign in hits:
        if _stems_of(m.group(0)) <= name_stems:
            continue
        c = cost(m.start())
        if re.search(r"\b(?:\d+|one|two|three|four|five) or $", low[max(0, m.start() - 12) : m.start()]):
            continue  # "one or more complications"
        if _QUANTIFIER.match(low, m.end()) and m.group(0) in ("more", "less", "fewer", "greater", "higher", "lower", "longer", "shorter"):
            continue  # "more than 20% less", "in less than 2 hours": a quantity, not the change
        if _in_aside(low, m.start()) and not _in_aside(low, anchor):
            continue  # "(whichever was higher)", "(a reduction of at least 25%)": a definition, not the finding
        if own and _stems_of(m.group(0)) <= own:  # "fecal fat loss was higher": the outcome's own change noun
            sign, c = 1, c + _OWN_WORD
        if m.start() > anchor and _GOVERNS_NEXT.match(low, m.end()):
            c += _OTHER_OBJECT  # "…, and increased HDL": a change word with its own object is about that object
        if best is None or c < best[0]:
            best = (c, sign, m.start(), m.group(0))
    if best is None:
        return None
    _c, sign, at, word = best
    pair = comparative_pair(low, at, word)
    if pair and _stem(pair[2]) not in own:  # "greater reductions in X", "smaller mean increases in X"
        return pair_sign(pair[1], pair[2], outcome_good), pair[0], pair[1] + " " + pair[2]
    return sign, at, word


_GOVERNS_NEXT = re.compile(r" (?!(?:in|by|from|to|than|significantly|was|were|is|are|at|after|with|among|for|of|on|"
                          r"over|during|between|compared|versus|vs|and|or|but|when|while|whereas|as|the|both|all|each|"
                          r"respectively|only|more|less|slightly|markedly|statistically|also|not|no|across|within|per|"
                          r"group|groups|arm|arms|patients|subjects|participants)\b)[a-z][a-z-]+")
def _in_aside(low: str, pos: int) -> bool:
    """Whether ``pos`` lies inside brackets (an aside, a definition or figures) of ``low``."""
    before = low[:pos]
    return before.count("(") > before.count(")") or before.count("[") > before.count("]")


_ASIDE = 60  # extra distance of a change word inside brackets when the outcome is outside them
_OWN_WORD = 60  # extra distance of a change noun that is part of the outcome's name ("weight loss")
_OTHER_OBJECT = 30  # extra distance of a change word after the outcome that governs a noun of its own
