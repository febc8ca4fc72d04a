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
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

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
    cues: tuple[str, ...] = ()

    @property
    def positive(self) -> float:
        return self.benefit + self.harm + 0.6 * self.effect

    @property
    def negative(self) -> float:
        return self.null + self.against


# -- the lexicon (data file, loaded once) ----------------------------------------------------------

_WORD = r"(?<![\w])(?:{})(?![\w])"


def _compile(entries: list) -> list[tuple[re.Pattern[str], float]]:
    out = []
    for entry in entries:
        pattern, weight = (entry[0], float(entry[1])) if isinstance(entry, list) else (entry, 1.0)
        out.append((re.compile(_WORD.format(pattern)), weight))
    return out


def _union(entries: list) -> re.Pattern[str]:
    pats = [e[0] if isinstance(e, list) else e for e in entries]
    return re.compile(_WORD.format("|".join(sorted(pats, key=len, reverse=True))))


class Lexicon:
    """The compiled cue phrases of ``audit/data/direction_lexicon.json``."""

    CATEGORIES = ("benefit", "harm", "effect", "null", "against", "uncertain", "hedge", "short_term",
                  "long_term", "increase", "decrease", "improve", "worsen", "significant", "not_significant")

    def __init__(self, data: dict) -> None:
        self.version = str(data.get("version", ""))
        self.negators = _union(data["negators"])
        self.pseudo_negations = _union(data.get("pseudo_negations", []))
        self.scope_breakers = re.compile(r"[,;:(]|" + _union(data["scope_breakers"]).pattern)
        self.negation_window = int(data.get("negation_window", 6))
        self.post_negation = re.compile(
            r"(?:\s+\w+){0,3}?\s+(?:was|were|is|are|has been|have been)\s+(?:not|never)\s+"
            r"(?:found|observed|seen|detected|demonstrated|shown|evident|present|significant|confirmed|noted)"
        )
        self._cats = {c: _compile(data.get(c, [])) for c in self.CATEGORIES}
        self._cats["change"] = self._cats["increase"] + self._cats["decrease"]
        self._up = _union(data.get("increase", []))
        self._good = re.compile(_WORD.format("(?:" + "|".join(data.get("good_outcomes", [])) + ")s?"))
        self._bad = re.compile(_WORD.format("(?:" + "|".join(data.get("bad_outcomes", [])) + ")s?"))
        self._certainty = [(level, _union(pats)) for level, pats in data.get("certainty", {}).items()]

    @staticmethod
    def normalise(text: str) -> str:
        text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
        return text.replace("\u00b7", ".").replace("\u2019", "'").replace("\u2264", "<=").replace("\u2265", ">=")

    def find(self, category: str, low: str) -> Iterator[tuple[re.Match[str], float]]:
        """Non-overlapping matches of a category in lower-cased text, longest first."""
        hits: list[tuple[re.Match[str], float]] = []
        for pattern, weight in self._cats[category]:
            hits.extend((m, weight) for m in pattern.finditer(low))
        hits.sort(key=lambda h: (h[0].start(), -(h[0].end() - h[0].start())))
        last = -1
        for m, w in hits:
            if m.start() >= last:
                last = m.end()
                yield m, w

    def is_increase(self, word: str) -> bool:
        return bool(self._up.fullmatch(word))

    def outcome_valence(self, low: str, start: int, end: int, span: int = 40) -> str | None:
        """'good' or 'bad': the outcome a change word applies to.

        The noun phrase after the word (to the next punctuation or preposition) is read first and
        its last outcome word wins ("raised pressure pain thresholds" → thresholds, good); else
        the nearest outcome word before it ("pain decreased" → bad). None when there is none.
        """
        after = low[end : end + span]
        stop = re.search(r"[,;:.()]|\b(?:and|or|in|at|vs|versus|compared|than|after|from|by|with|for|to)\b", after)
        phrase_end = end + (stop.start() if stop else len(after))
        hits: list[tuple[int, str]] = []
        for kind, pattern in (("good", self._good), ("bad", self._bad)):
            hits.extend((m.start(), kind) for m in pattern.finditer(low, end, phrase_end))
        if hits:
            return max(hits)[1]
        lo = max(0, start - span)
        for kind, pattern in (("good", self._good), ("bad", self._bad)):
            hits.extend((m.end(), kind) for m in pattern.finditer(low, lo, start))
        return max(hits)[1] if hits else None

    def certainty(self, low: str) -> str | None:
        for level, pattern in self._certainty:
            if pattern.search(low):
                return level
        return None


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged direction lexicon, compiled once."""
    text = resources.files("audit").joinpath("data/direction_lexicon.json").read_text("utf-8")
    return Lexicon(json.loads(text))


# -- sentences and clauses ---------------------------------------------------------------------

_ABBREV = re.compile(r"\b(?:e\.g|i\.e|et al|vs|cf|approx|fig|figs|no|nos|ref|refs|resp|incl|min|max|dr|mr|ms|st)\.$",
                     re.I)
_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text`` (abbreviations such as "et al." and "vs." do not end a sentence)."""
    text = re.sub(r"\s+", " ", text or "").strip()
    if not text:
        return []
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        piece = text[start : m.start()].strip()
        if _ABBREV.search(piece):
            continue
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


_CLAUSE_SPLIT = re.compile(
    r"\s*;\s*|,?\s+\b(?:but|whereas|however|although|though|while|yet|except)\b,?\s+|,\s*(?:and\s+)?(?=in contrast\b)",
    re.I,
)


def split_clauses(sentence: str) -> list[str]:
    """Clauses of a sentence, split at semicolons and contrastive conjunctions."""
    parts = [p.strip(" ,") for p in _CLAUSE_SPLIT.split(sentence)]
    return [p for p in parts if p]


_CONCLUSION_LABEL = re.compile(r"conclu|interpretation|implication|summary|take.?home|significance|discussion|"
                               r"author.?s'? conclusions|what this", re.I)
_RESULT_LABEL = re.compile(r"result|finding|outcome", re.I)


def conclusion_sentences(sections: Sequence[AbstractSection] | str, closing: int = 2) -> list[str]:
    """The sentences a conclusion is read from.

    Structured abstracts: the CONCLUSION(S) section(s) (by label or NLM category). Otherwise the
    last ``closing`` sentences, or every sentence of a text of at most ``closing + 1`` sentences
    (a one-line digest is read whole).
    """
    if isinstance(sections, str):
        sentences = split_sentences(sections)
    else:
        chosen = [s for s in sections if _CONCLUSION_LABEL.search(f"{s.label or ''} {s.nlm_category or ''}")]
        if chosen:
            return [x for s in chosen for x in split_sentences(s.text)]
        sentences = [x for s in sections for x in split_sentences(s.text)]
    if len(sentences) <= closing + 1:
        return sentences
    return sentences[-closing:]


# -- targets ------------------------------------------------------------------------------------

_STOP = frozenset(
    "a an the of in on for to and or with without by at from as is are was were be been being than that this these "
    "those its their his her it they we our after before during between among versus vs group groups patients "
    "patient subjects participants treated treatment therapy use using used effect effects level levels "
    "total mean score scores rate rates number change changes".split()
)


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def target_stems(target: str | Sequence[str] | None) -> list[frozenset[str]]:
    """Content-word stems of each form of a target (a name or several synonyms)."""
    if not target:
        return []
    forms = [target] if isinstance(target, str) else list(target)
    out = []
    for form in forms:
        words = [w for w in re.findall(r"[a-z0-9]+", form.lower()) if w not in _STOP]
        if words:
            out.append(frozenset(_stem(w) for w in words))
    return out


def overlap(text_stems: set[str], forms: list[frozenset[str]]) -> float:
    """Best fraction of any form's stems present in ``text_stems`` (0 when no form)."""
    best = 0.0
    for form in forms:
        if form:
            best = max(best, len(form & text_stems) / len(form))
    return best


def _stems_of(text: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())}


# -- clause reading -----------------------------------------------------------------------------


def _negated(lex: Lexicon, low: str, start: int, end: int, protected: list[tuple[int, int]]) -> str | None:
    """"negated" when the cue at low[start:end] is in a negator's scope (before it, or "was not found"
    after it); "absorbed" when that negator belongs to a null cue already counted; else None."""
    before = low[:start]
    cut = 0
    for m in lex.scope_breakers.finditer(before):
        cut = max(cut, m.end())
    window = before[cut:]
    words = window.split()
    if len(words) > lex.negation_window:
        window = " ".join(words[-lex.negation_window :])
    offset = start - len(window)
    for m in lex.negators.finditer(window):
        a, b = m.start() + offset, m.end() + offset
        if lex.pseudo_negations.match(window, m.start()):
            continue
        if b > start:
            continue
        if any(ps <= a < pe for ps, pe in protected):
            return "absorbed"
        return "negated"
    return "negated" if lex.post_negation.match(low, end) else None


def read_clause(clause: str, target: str | Sequence[str] | None = None) -> ClauseReading:
    """Score one clause with the lexicon (negation applied; ``target`` used for "than" comparisons)."""
    lex = load_lexicon()
    low = lex.normalise(clause)
    cues: list[str] = []
    scores = {"benefit": 0.0, "harm": 0.0, "effect": 0.0, "null": 0.0, "against": 0.0, "uncertain": 0.0}

    protected: list[tuple[int, int]] = []
    for cat in ("null", "against", "uncertain"):
        for m, w in lex.find(cat, low):
            scores[cat] += w
            protected.append((m.start(), m.end()))
            cues.append(f"{cat}:{m.group(0)}")

    def inside(a: int, b: int) -> bool:
        return any(ps <= a < pe or ps < b <= pe for ps, pe in protected)

    forms = target_stems(target)
    taken: list[tuple[int, int]] = []
    # change words paired with an outcome whose valence is known ("reduced pain" → benefit).
    for m, _w in lex.find("change", low):
        if inside(m.start(), m.end()):
            continue
        valence = lex.outcome_valence(low, m.start(), m.end())
        if valence is None:
            continue
        up = lex.is_increase(m.group(0))
        cat = "benefit" if (up == (valence == "good")) else "harm"
        taken.append((m.start(), m.end()))
        neg = _negated(lex, low, m.start(), m.end(), protected)
        if neg == "absorbed":
            continue
        if neg:
            scores["null"] += 1.0
            cues.append(f"null:not {m.group(0)}")
        else:
            scores[cat] += 1.0
            cues.append(f"{cat}:{m.group(0)}")
    for cat in ("benefit", "harm", "effect"):
        for m, w in lex.find(cat, low):
            a, b = m.start(), m.end()
            if inside(a, b) or any(ta <= a < tb or ta < b <= tb for ta, tb in taken):
                continue
            taken.append((a, b))
            neg = _negated(lex, low, a, b, protected)
            if neg == "absorbed":
                continue
            if neg:
                scores["null"] += w
                cues.append(f"null:not {m.group(0)}")
                continue
            if cat == "benefit" and forms and _target_after_than(low, b, forms):
                scores["against"] += w
                cues.append(f"against:{m.group(0)} than target")
                continue
            scores[cat] += w
            cues.append(f"{cat}:{m.group(0)}")

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
        cues=tuple(cues),
        **scores,
    )


def _target_after_than(low: str, end: int, forms: list[frozenset[str]]) -> bool:
    """A comparative cue followed by "than/over/compared with <target>", the target absent before it."""
    m = re.match(r"[^;,.]{0,40}?\b(?:than|over|compared (?:with|to)|versus|vs\.?)\b([^;,.]{0,60})", low[end:])
    if not m:
        return False
    after = _stems_of(m.group(1))
    before = _stems_of(low[:end])
    return overlap(after, forms) >= 0.5 and overlap(after, forms) > overlap(before, forms)


# -- judging a conclusion -------------------------------------------------------------------------


def _rank_certainty(levels: list[str]) -> str | None:
    order = ["very_low", "low", "moderate", "high"]
    found = [lv for lv in levels if lv in order]
    return min(found, key=order.index) if found else None


def judge_direction(
    sections: Sequence[AbstractSection] | str,
    *,
    intervention: str | Sequence[str] | None = None,
    comparator: str | Sequence[str] | None = None,
    outcome: str | Sequence[str] | None = None,
) -> Direction:
    """The direction of a conclusion for a target (intervention / outcome), with its deciding sentence.

    ``sections`` is an abstract (its sections with labels) or a plain text; each target may be a
    name or a list of synonyms. Returns ``uncertain`` with score 0 when no cue decides.
    """
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
    hedged_any = False
    for idx, sentence in enumerate(sentences):
        readings = [read_clause(c, intervention) for c in split_clauses(sentence)]
        sent_scores = {k: 0.0 for k in totals}
        for r in readings:
            stems = _stems_of(r.text)
            w = 1.0
            if o_forms:
                w += 1.5 * overlap(stems, o_forms)
            if i_forms:
                w += 1.0 * overlap(stems, i_forms)
                if c_forms and overlap(stems, c_forms) >= 0.5 and overlap(stems, i_forms) < 0.5:
                    w *= 0.5  # a clause only about the comparator
            if idx == 0 and len(sentences) > 1:
                w *= 1.15  # the opening sentence of a conclusion usually states the main finding
            sent_scores["benefit"] += w * r.benefit
            sent_scores["harm"] += w * r.harm
            sent_scores["effect"] += w * r.effect
            sent_scores["null"] += w * r.negative
            sent_scores["uncertain"] += w * r.uncertain
            if r.certainty:
                certainties.append(r.certainty)
            short = short or r.short_term
            long_pos = long_pos or (r.long_term and r.positive > r.negative)
            long_null = long_null or r.long_term_null
            hedged_any = hedged_any or r.hedge > 0
        for k, v in sent_scores.items():
            totals[k] += v
        per_sentence.append((sentence, sent_scores, readings))

    label, score, mixed = _decide(totals)
    sentence, cues, hedged = _deciding(per_sentence, label)
    certainty = _rank_certainty(certainties)
    short_only = short and not long_pos and label in ("benefit", "harm")
    short_only = short_only or (label in ("benefit", "harm") and long_null)
    return Direction(label, certainty, short_only, sentence, round(score, 3), hedged, mixed, cues)


def _decide(t: dict[str, float]) -> tuple[str, float, bool]:
    """Winning label from summed clause scores; returns (label, score, mixed)."""
    positive = t["benefit"] + t["harm"] + 0.6 * t["effect"]
    valence = "harm" if t["harm"] > t["benefit"] else "benefit"
    null, unc = t["null"], t["uncertain"]
    mixed = positive > 0.8 and null > 0.8
    best = max(positive, null)
    if best == 0 and unc == 0:
        return "uncertain", 0.0, False
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
