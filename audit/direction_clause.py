"""Reading one clause: cue scores per category with negation scope and "than <target>" comparisons."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .direction_text import _frozen, _stems_of, overlap, target_stems
from .lexicon import Lexicon, load_lexicon

__all__ = ["ClauseReading", "read_clause"]


@dataclass(frozen=True)
class ClauseReading:
    """Scores of one clause per cue category (after negation) and the cues behind them."""

    text: str
    benefit: float = 0.0
    harm: float = 0.0
    effect: float = 0.0
    null: float = 0.0
    against: float = 0.0
    uncertain: float = 0.0
    hedge: float = 0.0
    certainty: str | None = None
    short_term: bool = False
    long_term: bool = False
    long_term_null: bool = False
    advice: bool = False  # worded as advice or future work ("should", "further studies")
    cues: tuple[str, ...] = ()
    absent_harm: float = 0.0  # part of ``null`` from negated harms ("without increasing complications")

    @property
    def positive(self) -> float:
        return self.benefit + self.harm + 0.6 * self.effect

    @property
    def negative(self) -> float:
        return self.null + self.against


def _negated(
    lex: Lexicon, low: str, start: int, end: int, protected: list[tuple[int, int]]
) -> tuple[str | None, int]:
    """Whether the cue at low[start:end] is negated, and by the negator at which offset.

    "negated" when a negator stands within ``negation_window`` words before it (no scope breaker
    between) or "was not found" follows it; "absorbed" when that negator belongs to a null cue
    already counted ("no significant difference in pain reduction"); else None.
    """
    before = low[:start]
    cut = 0
    for m in lex.scope_breakers.finditer(before):
        cut = max(cut, m.end())
    words = list(re.finditer(r"\S+", before[cut:]))
    if len(words) > lex.negation_window:
        cut += words[-lex.negation_window].start()
    for m in lex.negators.finditer(low, cut, start):
        if lex.pseudo_negations.match(low, m.start()):
            continue
        if any(ps <= m.start() < pe for ps, pe in protected):
            return "absorbed", m.start()
        return "negated", m.start()
    m2 = lex.post_negation.match(low, end)
    return ("negated", m2.start()) if m2 else (None, -1)


_GOVERNING_UNCERTAINTY = 2.0  # an uncertain cue at least this strong makes its whole clause uncertain
_PAIR_WEIGHT = 1.5  # a change word bound to an outcome of known valence ("reduced pain") is an explicit finding


def read_clause(clause: str, target: str | Sequence[str] | None = None) -> ClauseReading:
    """Score one clause with the lexicon (negation applied; ``target`` used for "than" comparisons)."""
    return _read_clause(clause, _frozen(target))


@lru_cache(maxsize=16384)
def _read_clause(clause: str, target: str | tuple[str, ...] | None) -> ClauseReading:
    lex = load_lexicon()
    low = re.sub(r"\s+", " ", lex.normalise(clause))
    cues: list[str] = []
    scores = {"benefit": 0.0, "harm": 0.0, "effect": 0.0, "null": 0.0, "against": 0.0, "uncertain": 0.0}

    def overlaps(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
        return any(ps <= m.start() < pe or ps < m.end() <= pe or m.start() <= ps < m.end() for ps, pe in spans)

    # Uncertain cues first ("neither supported nor refuted" is one), then denials, whose scope runs
    # to the end of the clause ("no evidence that …"), then the other null and comparison cues.
    protected: list[tuple[int, int]] = []
    for m, w in lex.find("uncertain", low):
        scores["uncertain"] += w
        # A strong one governs its clause: "its efficacy was neither supported nor refuted".
        protected.append((0, len(low)) if w >= _GOVERNING_UNCERTAINTY else (m.start(), m.end()))
        cues.append(f"uncertain:{m.group(0)}")
    absent = [0.0]  # weight of negated harms ("did not increase complications"), part of the null score
    for m, w in lex.find("denial", low):
        if overlaps(m, protected) or any(pe == len(low) for _ps, pe in protected):
            continue
        scores["null"] += w
        protected.append((m.start(), len(low)))
        if _raises_harm(lex, low, m.group(0), m.end()):
            absent[0] += w
            cues.append(f"null:{m.group(0)} (harm)")
        else:
            cues.append(f"null:{m.group(0)}")
    for cat in ("null", "against"):
        for m, w in lex.find(cat, low):
            if overlaps(m, protected):
                continue
            scores[cat] += w
            protected.append((m.start(), m.end()))
            cues.append(f"{cat}:{m.group(0)}")

    def inside(a: int, b: int) -> bool:
        return any(ps <= a < pe or ps < b <= pe for ps, pe in protected)

    forms = target_stems(target)
    taken: list[tuple[int, int]] = []
    used_negators: set[int] = set()

    def add(cat: str, m: re.Match[str], w: float) -> None:
        a, b = m.start(), m.end()
        taken.append((a, b))
        neg, at = _negated(lex, low, a, b, protected)
        if neg == "absorbed":
            return
        if neg:
            used_negators.add(at)
            scores["null"] += w * lex.negated_cue_factor
            if cat == "harm" or _raises_harm(lex, low, m.group(0), b):
                absent[0] += w * lex.negated_cue_factor
                cues.append(f"null:not {m.group(0)} (harm)")
            else:
                cues.append(f"null:not {m.group(0)}")
        elif cat == "benefit" and forms and _target_after_than(low, b, forms):
            scores["against"] += w
            cues.append(f"against:{m.group(0)} than target")
        else:
            if cat in ("benefit", "harm") and w < _PAIR_WEIGHT and lex.outcome_span(low, a, b):
                w = _PAIR_WEIGHT  # "relieved pain": the cue governs an outcome, an explicit finding
            scores[cat] += w
            cues.append(f"{cat}:{m.group(0)}")

    # change words paired with an outcome whose valence is known ("reduced pain" → benefit).
    for m, _w in lex.find("change", low):
        if inside(m.start(), m.end()):
            continue
        found = lex.outcome_span(low, m.start(), m.end())
        if found is not None:
            valence, oa, ob = found
            add("benefit" if (lex.is_increase(m.group(0)) == (valence == "good")) else "harm", m, _PAIR_WEIGHT)
            taken.append((oa, ob))  # "reduced injury": the outcome word is not a harm cue of its own
    for cat in ("benefit", "harm", "effect"):
        for m, w in lex.find(cat, low):
            a, b = m.start(), m.end()
            if inside(a, b) or any(ta <= a < tb or ta < b <= tb for ta, tb in taken):
                continue
            add(cat, m, w)
    # A negated predicate with no cue of its own ("moles probably do not exist") still denies.
    for m in lex.negators.finditer(low):
        if m.start() in used_negators or inside(m.start(), m.end()) or lex.pseudo_negations.match(low, m.start()):
            continue
        if lex.bare_excluded.match(low, m.start()):
            continue
        scores["null"] += lex.bare_negation
        if _harm_follows(lex, low, m.end()):  # "no additional risk", "no further bleeding"
            absent[0] += lex.bare_negation
            cues.append(f"null:{m.group(0)} (negated predicate) (harm)")
        else:
            cues.append(f"null:{m.group(0)} (negated predicate)")
        break

    hedge = sum(w for _m, w in lex.find("hedge", low))
    certainty = lex.certainty(low)
    short = bool(list(lex.find("short_term", low)))
    long_hits = list(lex.find("long_term", low))
    long_null = bool(long_hits) and scores["null"] > 0 and scores["benefit"] == 0
    return ClauseReading(
        text=clause,
        hedge=hedge,
        certainty=certainty,
        short_term=short,
        long_term=bool(long_hits),
        long_term_null=long_null,
        advice=any(True for _ in lex.find("recommendation", low)),
        cues=tuple(cues),
        absent_harm=absent[0],
        **scores,
    )


def _harm_follows(lex: Lexicon, low: str, end: int, words: int = 3) -> bool:
    """Whether a bad outcome ("risk", "bleeding") is among the next few words after a negator."""
    window = re.match(rf"(?:\s+[\w-]+){{1,{words}}}", low[end:])
    return bool(window and lex._bad.search(window.group(0)))


def _raises_harm(lex: Lexicon, low: str, cue: str, end: int) -> bool:
    """Whether a cue that raises something ("increase", "higher") applies to a bad outcome after it
    ("… the risk of leak", "… in morbidity"), within its phrase."""
    if not lex._up.search(cue):
        return False
    phrase = re.match(r"[^,;:.()]{0,40}", low[end:])
    return bool(phrase and lex._bad.search(phrase.group(0)))


def _target_after_than(low: str, end: int, forms: list[frozenset[str]]) -> bool:
    """A comparative cue followed by "than/over/compared with <target>", the target absent before it."""
    m = re.match(r"[^;,.]{0,40}?\b(?:than|over|compared (?:with|to)|versus|vs\.?)\b([^;,.]{0,60})", low[end:])
    if not m:
        return False
    after = _stems_of(m.group(1))
    before = _stems_of(low[:end])
    return overlap(after, forms) >= 0.5 and overlap(after, forms) > overlap(before, forms)
