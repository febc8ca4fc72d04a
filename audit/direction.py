"""Direction of a study's conclusion: clause-level cue scoring with negation scope and targets.

The engine reads the conclusion of an abstract (the CONCLUSION(S) section when the abstract is
structured, else its closing sentences, or the whole text of a one-line digest), splits it into
sentences and clauses, and scores each clause with the cue phrases of
``audit/data/direction_lexicon.json``: benefit / harm (an effect with a valence), effect (an
effect or association without one), null (no difference, equivalence), against (the comparison
favours something else), uncertain (the evidence does not decide), hedging and certainty grades,
short- and long-term cues. A benefit, harm or effect cue inside the scope of a negator ("did not
reduce", "was not associated") counts as null. When the target intervention, comparator or
outcome is given, clauses that mention it weigh more, and a comparative cue whose "than" names the
target ("sham was better than dry needling") counts against it. The sentence that decided is kept.

The engine is split into modules: ``audit.lexicon`` (cue phrases, fast matching),
``audit.direction_text`` (sentences, clauses, targets), ``audit.direction_clause`` (one clause),
``audit.direction_change`` (``judge_change``: the effect on one outcome relative to a comparator)
and ``audit.direction_stats`` (p-values, intervals, figures). Their public names are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .direction_change import CHANGE_LABELS, Change, judge_change
from .direction_clause import ClauseReading, read_clause
from .direction_text import (
    _frozen,
    _stems_of,
    conclusion_sentences,
    overlap,
    split_clauses,
    split_sentences,
    target_stems,
)
from .lexicon import Lexicon, load_lexicon
from .model import AbstractSection

__all__ = [
    "Direction",
    "ClauseReading",
    "judge_direction",
    "read_clause",
    "conclusion_sentences",
    "split_sentences",
    "split_clauses",
    "target_stems",
    "overlap",
    "DIRECTION_LABELS",
    "Lexicon",
    "load_lexicon",
    "Change",
    "CHANGE_LABELS",
    "judge_change",
]

DIRECTION_LABELS = ("benefit", "no_difference", "harm", "uncertain")


@dataclass(frozen=True)
class Direction:
    """What a conclusion says about the target: label, certainty, short-term flag, deciding sentence."""

    label: str  # benefit, no_difference, harm, uncertain
    certainty: str | None  # high, moderate, low, very_low (when stated), else None
    short_term_only: bool
    sentence: str
    score: float  # strength of the winning reading (0 when nothing decided)
    hedged: bool = False  # the deciding sentence is hedged ("may", "suggests")
    mixed: bool = False  # positive and null findings both carry weight
    cues: tuple[str, ...] = ()  # "category:phrase" cues found in the deciding sentence
    qualified: bool = False  # the conclusion qualifies its own answer ("partially", "in selected patients", "may or may not")


# -- judging a conclusion -------------------------------------------------------------------------


def _rank_certainty(levels: list[str]) -> str | None:
    order = ["very_low", "low", "moderate", "high"]
    found = [lv for lv in levels if lv in order]
    return min(found, key=order.index) if found else None


_TARGETLESS = 0.25  # weight of a clause that names none of the target (the best-fitting clause weighs 1)
_OPENING = 1.3  # extra weight of a conclusion's opening sentence
_CLAUSE_CAP = 2.0  # most a single clause can contribute, however many cues it holds
_CONCEDED = 0.5  # weight of an opening concessive clause ("Although A, …") against its main clause
_CONCESSIVE = re.compile(r"(?:although|though|even though|even if|while|whereas|despite)\b", re.I)
_DURABILITY = 0.3  # weight of a null finding tied to a long-term follow-up ("none at 6-12 months")


def judge_direction(
    sections: Sequence[AbstractSection] | str,
    *,
    intervention: str | Sequence[str] | None = None,
    comparator: str | Sequence[str] | None = None,
    outcome: str | Sequence[str] | None = None,
    off_target: float = _TARGETLESS,
    opening: float = _OPENING,
) -> Direction:
    """The direction of a conclusion for a target (intervention / outcome), with its deciding sentence.

    ``sections`` is an abstract (its sections with labels) or a plain text; each target may be a
    name or a list of synonyms. ``off_target`` is the weight of a clause naming none of the
    target, relative to the best-fitting clause (1): lower focuses harder on the target. ``opening``
    is the weight of a conclusion's opening sentence relative to the others (higher when, as in a
    digest answering its title, the first sentence carries the answer). Returns ``uncertain``
    with score 0 when no cue decides.
    """
    key = sections if isinstance(sections, str) else tuple(sections)
    return _judge_direction(key, _frozen(intervention), _frozen(comparator), _frozen(outcome), off_target, opening)


@lru_cache(maxsize=8192)
def _judge_direction(
    sections: tuple[AbstractSection, ...] | str,
    intervention: str | tuple[str, ...] | None,
    comparator: str | tuple[str, ...] | None,
    outcome: str | tuple[str, ...] | None,
    off_target: float,
    opening: float = _OPENING,
) -> Direction:
    sentences = conclusion_sentences(sections)
    if not sentences:
        return Direction("uncertain", None, False, "", 0.0)
    i_forms = target_stems(intervention)
    o_forms = target_stems(outcome)
    c_forms = target_stems(comparator)

    totals = {"benefit": 0.0, "harm": 0.0, "effect": 0.0, "null": 0.0, "uncertain": 0.0}
    per_sentence: list[tuple[str, dict[str, float], list[ClauseReading]]] = []
    certainties: list[str] = []
    short = long_pos = long_null = False
    clause_lists = [[read_clause(c, intervention) for c in split_clauses(s)] for s in sentences]

    # Target weight of each clause: how much of the outcome it names, relative to the best clause.
    # The intervention is usually implied after its first mention ("…; pooling four trials gave
    # no advantage"), so naming it only adds a little; a clause only about the comparator counts half.
    def target_fit(r: ClauseReading) -> float:
        stems = _stems_of(r.text)
        fit = overlap(stems, o_forms) if o_forms else 0.0
        if i_forms and fit:
            fit += 0.2 * overlap(stems, i_forms)
        if c_forms and overlap(stems, c_forms) >= 0.5 and overlap(stems, i_forms) < 0.5:
            fit *= 0.5
        return fit

    fits = [[target_fit(r) for r in rs] for rs in clause_lists]
    best_fit = max((f for fs in fits for f in fs), default=0.0)
    for idx, (sentence, readings) in enumerate(zip(sentences, clause_lists, strict=True)):
        sent_scores = {k: 0.0 for k in totals}
        for r, fit in zip(readings, fits[idx], strict=True):
            if r.against:  # "other therapies were better" compares with the target named nearby
                fit = max(fits[idx])
            w = off_target + (1 - off_target) * (fit / best_fit) ** 2 if best_fit > 0 else 1.0
            if idx == 0 and len(sentences) > 1:
                w *= opening  # the opening sentence of a conclusion usually states the main finding
            if r.advice:
                w *= load_lexicon().recommendation_weight  # advice and future work weigh less than findings
            if _CONCESSIVE.match(r.text):
                w *= _CONCEDED  # "Although A, B": A is conceded, B is the finding
            # "… with no effect at 6-12 months" is about how long a benefit lasts, not whether it exists.
            null = r.negative * (_DURABILITY if r.long_term_null else 1.0)
            # "… reduced stay without increasing complications": beside a benefit, an absent harm is
            # part of the favourable finding, not a null one.
            safety = min(r.absent_harm, null) if r.benefit > 0 else 0.0
            raw = {"benefit": r.benefit + safety, "harm": r.harm, "effect": r.effect, "null": null - safety,
                   "uncertain": r.uncertain}
            mass = sum(raw.values())
            damp = min(mass, _CLAUSE_CAP) / mass if mass else 0.0  # a cue-dense clause does not outvote
            for k, v in raw.items():
                sent_scores[k] += w * v * damp
            if r.certainty:
                certainties.append(r.certainty)
            short = short or r.short_term
            long_pos = long_pos or (r.long_term and r.positive > r.negative)
            long_null = long_null or r.long_term_null
        for k, v in sent_scores.items():
            totals[k] += v
        per_sentence.append((sentence, sent_scores, readings))

    label, score, mixed = _decide(totals)
    sentence, cues, hedged = _deciding(per_sentence, label)
    certainty = _rank_certainty(certainties)
    short_only = short and not long_pos and label in ("benefit", "harm")
    short_only = short_only or (label in ("benefit", "harm") and long_null)
    lex = load_lexicon()
    qualified = any(True for s in sentences for _ in lex.find("qualifier", lex.normalise(s)))
    return Direction(label, certainty, short_only, sentence, round(score, 3), hedged, mixed, cues, qualified)


def _decide(t: dict[str, float]) -> tuple[str, float, bool]:
    """Winning label from summed clause scores; returns (label, score, mixed)."""
    positive = t["benefit"] + t["harm"] + 0.6 * t["effect"]
    valence = "harm" if t["harm"] > t["benefit"] else "benefit"
    null, unc = t["null"], t["uncertain"]
    mixed = positive > 0.5 and null > 0.5
    best = max(positive, null)
    if best == 0:
        return "uncertain", unc, False
    if unc >= 1.5 and unc >= 0.8 * best:
        return "uncertain", unc, mixed
    if null >= positive:
        return "no_difference", null, mixed
    if unc > positive:
        return "uncertain", unc, mixed
    return valence, positive, mixed


def _deciding(
    per_sentence: list[tuple[str, dict[str, float], list[ClauseReading]]], label: str
) -> tuple[str, tuple[str, ...], bool]:
    key = {"benefit": "benefit", "harm": "harm", "no_difference": "null", "uncertain": "uncertain"}[label]

    def strength(item: tuple[str, dict[str, float], list[ClauseReading]]) -> float:
        s = item[1]
        if label in ("benefit", "harm"):
            return s[key] + 0.6 * s["effect"]
        return s[key]

    best = max(per_sentence, key=strength)
    if strength(best) == 0:
        best = per_sentence[0]
    cues = tuple(c for r in best[2] for c in r.cues)
    hedged = any(r.hedge > 0 for r in best[2])
    return best[0], cues, hedged
