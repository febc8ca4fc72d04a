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

``judge_change`` reads the same lexicon the other way round, for one (intervention, comparator,
outcome) triple: it finds the sentence reporting the outcome, decides significance (words,
p-values, confidence intervals) and the direction of change relative to the comparator.
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

    @property
    def positive(self) -> float:
        return self.benefit + self.harm + 0.6 * self.effect

    @property
    def negative(self) -> float:
        return self.null + self.against


# -- the lexicon (data file, loaded once) ----------------------------------------------------------

_WORD = r"(?<![\w-])(?:{})(?![\w])"


def _compile(entries: list) -> list[tuple[re.Pattern[str], float]]:
    out = []
    for entry in entries:
        pattern, weight = (entry[0], float(entry[1])) if isinstance(entry, list) else (entry, 1.0)
        out.append((re.compile(_WORD.format(pattern)), weight))
    return out


def _starts(entries: list) -> re.Pattern[str] | None:
    """One zero-width regex that finds every offset where some entry of a category matches."""
    pats = [e[0] if isinstance(e, list) else e for e in entries]
    if not pats:
        return None
    return re.compile(r"(?<![\w-])(?=(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?!\w))")


def _union(entries: list) -> re.Pattern[str]:
    pats = [e[0] if isinstance(e, list) else e for e in entries]
    return re.compile(_WORD.format("|".join(sorted(pats, key=len, reverse=True))))


class Lexicon:
    """The compiled cue phrases of ``audit/data/direction_lexicon.json``."""

    CATEGORIES = ("benefit", "harm", "effect", "null", "denial", "against", "uncertain", "hedge", "recommendation",
                  "question_challenge", "necessity", "short_term",
                  "long_term", "increase", "decrease", "improve", "worsen", "significant", "not_significant")

    def __init__(self, data: dict) -> None:
        self.version = str(data.get("version", ""))
        self.negators = _union(data["negators"])
        self.pseudo_negations = _union(data.get("pseudo_negations", []))
        self.scope_breakers = re.compile(r"[,;:(]|" + _union(data["scope_breakers"]).pattern)
        self.negation_window = int(data.get("negation_window", 6))
        self.bare_negation = float(data.get("null_bare_negation", 1.0))
        self.recommendation_weight = float(data.get("recommendation_weight", 1.0))
        self.negated_cue_factor = float(data.get("negated_cue_factor", 1.0))
        self.bare_excluded = _union(data.get("bare_negation_excluded", []))
        self.post_negation = re.compile(
            r"(?:\s+\w+){0,3}?\s+(?:was|were|is|are|has been|have been)\s+(?:not|never)\s+"
            r"(?:found|observed|seen|detected|demonstrated|shown|evident|present|significant|confirmed|noted)"
        )
        self._cats = {c: _compile(data.get(c, [])) for c in self.CATEGORIES}
        self._cats["change"] = self._cats["increase"] + self._cats["decrease"]
        self._starts = {c: _starts(data.get(c, [])) for c in self.CATEGORIES}
        self._starts["change"] = _starts(data.get("increase", []) + data.get("decrease", []))
        self._found: dict[tuple[str, str], tuple[tuple[re.Match[str], float], ...]] = {}
        self._up = _union(data.get("increase", []))
        self._good = re.compile(_WORD.format("(?:" + "|".join(data.get("good_outcomes", [])) + ")s?"))
        self._bad = re.compile(_WORD.format("(?:" + "|".join(data.get("bad_outcomes", [])) + ")s?"))
        self._certainty = [(level, _union(pats)) for level, pats in data.get("certainty", {}).items()]

    @staticmethod
    def normalise(text: str) -> str:
        text = text.lower().replace("\u2013", "-").replace("\u2014", "-").replace("\u2212", "-")
        return text.replace("\u00b7", ".").replace("\u2019", "'").replace("\u2264", "<=").replace("\u2265", ">=")

    def find(self, category: str, low: str) -> Iterator[tuple[re.Match[str], float]]:
        """Non-overlapping matches of a category in lower-cased text, longest first.

        One combined zero-width scan finds the offsets where any cue of the category starts; only
        there are the cues tried one by one (the longest wins, ties to the earlier lexicon entry).
        Results are memoised per (category, text).
        """
        key = (category, low)
        found = self._found.get(key)
        if found is None:
            found = self._scan(category, low)
            if len(self._found) > 200_000:
                self._found.clear()
            self._found[key] = found
        return iter(found)

    def _scan(self, category: str, low: str) -> tuple[tuple[re.Match[str], float], ...]:
        starts = self._starts[category]
        if starts is None:
            return ()
        out: list[tuple[re.Match[str], float]] = []
        last = -1
        patterns = self._cats[category]
        for s in starts.finditer(low):
            pos = s.start()
            if pos < last:
                continue
            best: tuple[re.Match[str], float] | None = None
            for pattern, weight in patterns:
                m = pattern.match(low, pos)
                if m and (best is None or m.end() > best[0].end()):
                    best = (m, weight)
            if best is not None:
                out.append(best)
                last = best[0].end()
        return tuple(out)

    def is_increase(self, word: str) -> bool:
        return bool(self._up.fullmatch(word))

    def outcome_valence(self, low: str, start: int, end: int, span: int = 40) -> str | None:
        """'good' or 'bad': the outcome a change word applies to (see :meth:`outcome_span`)."""
        found = self.outcome_span(low, start, end, span)
        return found[0] if found else None

    def outcome_span(self, low: str, start: int, end: int, span: int = 60) -> tuple[str, int, int] | None:
        """('good' | 'bad', start, end) of the outcome word a change word applies to, or None.

        The noun phrase after the word (to the next punctuation or preposition) is read first and
        its last outcome word wins ("raised pressure pain thresholds" → thresholds, good); else
        the nearest outcome word before a verb form ("pain decreased" → bad).
        """
        after = low[end : end + span]
        stop = re.search(r"[,;:.()]|\b(?:and|or|in|at|vs|versus|compared|than|after|from|by|with|for|to)\b", after)
        phrase_end = end + (stop.start() if stop else len(after))
        hits: list[tuple[int, int, str]] = []
        for kind, pattern in (("good", self._good), ("bad", self._bad)):
            hits.extend((m.start(), m.end(), kind) for m in pattern.finditer(low, end, phrase_end))
        if hits:
            a, b, kind = max(hits)
            return kind, a, b
        if not re.search(r"(?:ed|es|s)$", low[start:end]):
            return None  # a comparative ("more", "lower") qualifies what follows it, not what precedes
        lo = max(0, start - 25)
        for kind, pattern in (("good", self._good), ("bad", self._bad)):
            hits.extend((m.end(), m.start(), kind) for m in pattern.finditer(low, lo, start))
        if not hits:
            return None
        b, a, kind = max(hits)
        return kind, a, b

    def certainty(self, low: str) -> str | None:
        """The certainty grade a text states ("very low-quality evidence"), ignoring grades whose
        evidence is said to be missing ("paucity of high-quality evidence")."""
        for level, pattern in self._certainty:
            for m in pattern.finditer(low):
                if not re.search(r"(?:paucity|lack|absence|shortage|need|want) of\s+(?:\w+\s+)?$|\b(?:no|without|few|little|"
                                 r"limited|insufficient)\s+$", low[max(0, m.start() - 30) : m.start()]):
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
    r"\s*;\s*|,?\s+\b(?:but|whereas|however|although|though|while|yet|except)\b,?\s+|,\s*(?:and\s+)?(?=in contrast\b)"
    r"|,\s+(?=(?:with\s+|and\s+)?(?:no|none|not|nor)\b)",
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


def _frozen(target: str | Sequence[str] | None) -> str | tuple[str, ...] | None:
    """A hashable form of a target (a name, or a tuple of synonyms) for the memoised readers."""
    if target is None or isinstance(target, str):
        return target
    return tuple(target)


def target_stems(target: str | Sequence[str] | None) -> list[frozenset[str]]:
    """Content-word stems of each form of a target (a name or several synonyms)."""
    if not target:
        return []
    return list(_target_stems(_frozen(target)))


@lru_cache(maxsize=4096)
def _target_stems(target: str | tuple[str, ...]) -> tuple[frozenset[str], ...]:
    forms = [target] if isinstance(target, str) else list(target)
    out = []
    for form in forms:
        words = [w for w in re.findall(r"[a-z0-9]+", form.lower()) if w not in _STOP]
        if words:
            out.append(frozenset(_stem(w) for w in words))
    return tuple(out)


def overlap(text_stems: set[str], forms: list[frozenset[str]]) -> float:
    """Best fraction of any form's stems present in ``text_stems`` (0 when no form)."""
    best = 0.0
    for form in forms:
        if form:
            best = max(best, len(form & text_stems) / len(form))
    return best


def _stems_of(text: str) -> set[str]:
    return set(_stems_frozen(text))


@lru_cache(maxsize=16384)
def _stems_frozen(text: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()))


# -- clause reading -----------------------------------------------------------------------------


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
    for m, w in lex.find("denial", low):
        if overlaps(m, protected) or any(pe == len(low) for _ps, pe in protected):
            continue
        scores["null"] += w
        protected.append((m.start(), len(low)))
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


_TARGETLESS = 0.25  # weight of a clause that names none of the target (the best-fitting clause weighs 1)
_OPENING = 1.3  # extra weight of a conclusion's opening sentence
_CLAUSE_CAP = 2.0  # most a single clause can contribute, however many cues it holds
_DURABILITY = 0.3  # weight of a null finding tied to a long-term follow-up ("none at 6-12 months")


def judge_direction(
    sections: Sequence[AbstractSection] | str,
    *,
    intervention: str | Sequence[str] | None = None,
    comparator: str | Sequence[str] | None = None,
    outcome: str | Sequence[str] | None = None,
    off_target: float = _TARGETLESS,
) -> Direction:
    """The direction of a conclusion for a target (intervention / outcome), with its deciding sentence.

    ``sections`` is an abstract (its sections with labels) or a plain text; each target may be a
    name or a list of synonyms. ``off_target`` is the weight of a clause naming none of the
    target, relative to the best-fitting clause (1): lower focuses harder on the target. Returns
    ``uncertain`` with score 0 when no cue decides.
    """
    key = sections if isinstance(sections, str) else tuple(sections)
    return _judge_direction(key, _frozen(intervention), _frozen(comparator), _frozen(outcome), off_target)


@lru_cache(maxsize=8192)
def _judge_direction(
    sections: tuple[AbstractSection, ...] | str,
    intervention: str | tuple[str, ...] | None,
    comparator: str | tuple[str, ...] | None,
    outcome: str | tuple[str, ...] | None,
    off_target: float,
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
                w *= _OPENING  # the opening sentence of a conclusion usually states the main finding
            if r.advice:
                w *= load_lexicon().recommendation_weight  # advice and future work weigh less than findings
            # "… with no effect at 6-12 months" is about how long a benefit lasts, not whether it exists.
            null = r.negative * (_DURABILITY if r.long_term_null else 1.0)
            raw = {"benefit": r.benefit, "harm": r.harm, "effect": r.effect, "null": null, "uncertain": r.uncertain}
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
    return Direction(label, certainty, short_only, sentence, round(score, 3), hedged, mixed, cues)


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


# -- effect of an intervention on an outcome, relative to a comparator ----------------------------

CHANGE_LABELS = ("increased", "decreased", "no_difference")


@dataclass(frozen=True)
class Change:
    """Did the intervention significantly raise, lower or not change the outcome vs the comparator?"""

    label: str  # increased, decreased, no_difference
    sentence: str
    significant: bool | None  # None when the text says nothing about significance
    score: float
    reason: str = ""


_P_VALUE = re.compile(r"\bp\s*(?:-?\s*values?)?\s*(?:(?:for|-)\s*(?:trend|interaction|difference)\s*)?(?:[:,]\s*)?(<=|>=|[<>=≤≥])?\s*(0?\.\d+|1\.0*|\d(?:\.\d+)?\s*[x×]\s*10\s*[-−]\s*\d+|\d\.\d+e-\d+)",
                      re.I)
_CI = re.compile(r"(?:\b(?:95|99|90)\s*%\s*(?:ci|confidence interval)|\bci\b)[\s:,=\[\(]*(-?\d+(?:\.\d+)?)\s*(?:-|to|,|–|;)\s*(-?\d+(?:\.\d+)?)",
                 re.I)
_RATIO = re.compile(r"\b(?:odds ratio|risk ratio|hazard ratio|relative risk|relative rate|rate ratio|incidence rate ratio|(?:a|adjusted )?(?:or|rr|hr|irr)(?=\s*(?:\[[^\]]{0,20}\]\s*)?[=:,(]?\s*\d))", re.I)
_UNIT_STOP = frozenset("mg kg ml dl mcg iu mmol umol daily day days dose doses once twice three times per week weeks month months "
                       "hour hours plus alone only group arm treatment therapy given received receiving".split())
_W_FIT, _W_STAT, _W_CHANGE, _W_GROUPS = 2.0, 0.8, 0.4, 0.3  # how a sentence is chosen to read the outcome from
_SECTION_WEIGHT = ((r"result|finding", 1.0), (r"conclu|interpret|summary", 0.8), (r"title", 0.5),
                   (r"background|introduction|objective|aim|purpose|context|rationale", 0.15),
                   (r"method|design|setting|participant|intervention|measure", 0.3))
_GENERIC_CONTROL = {"placebo", "control", "contro", "sham", "usual", "standa", "conven", "vehicl", "saline"}


def _section_weight(label: str | None) -> float:
    for pattern, weight in _SECTION_WEIGHT:
        if label and re.search(pattern, label, re.I):
            return weight
    return 0.6


def _p_significance(segment: str) -> list[tuple[int, bool]]:
    """(offset, significant) for each p-value and confidence interval in a lower-cased segment."""
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
    for m in _CI.finditer(segment):
        lo, hi = float(m.group(1)), float(m.group(2))
        null = 1.0 if (_RATIO.search(segment[max(0, m.start() - 60) : m.start()])
                       or re.search(r"ratio|relative|odds|hazard", segment[max(0, m.start() - 60) : m.start()])) else 0.0
        if lo > hi:
            lo, hi = hi, lo
        out.append((m.start(), not (lo <= null <= hi)))
    return out


def _mentions(low: str, stems: set[str], negated: bool = False) -> list[int]:
    """Offsets of the words of ``low`` whose stem is in ``stems``.

    "but not X" and "non-X" mentions name the other arm: they are left out, or with
    ``negated`` they are the only ones returned.
    """
    out = []
    for m in re.finditer(r"[a-z0-9]+", low):
        if _stem(m.group(0)) not in stems:
            continue
        before = low[max(0, m.start() - 16) : m.start()]
        is_negated = bool(re.search(r"\bnot\s+(?:\w+\s+)?$|\bnon-?$|\bun-$|\bwithout\s+$", before))
        if is_negated == negated:
            out.append(m.start())
    return out


def _group_labels(target: str | Sequence[str] | None) -> set[str]:
    """Arm labels named in a prompt: "group 2", "group II", "TC group" → {"2", "ii", "tc"}."""
    if not target:
        return set()
    text = (target if isinstance(target, str) else " ".join(target)).lower()
    found = set(re.findall(r"\b(?:group|arm)\s+([a-z]{1,3}|\d{1,2}|[ivx]{1,4})\b", text))
    found |= set(re.findall(r"\b([a-z]{1,5}|\d{1,2})\s+(?:group|arm)\b", text)) - {"the", "a", "an", "this", "each", "one", "two"}
    return found


def _label_mentions(low: str, labels: set[str]) -> list[int]:
    out: list[int] = []
    for label in labels:
        pattern = r"\b(?:group|arm)\s+{0}\b|\b{0}\s+(?:group|arm)\b".format(re.escape(label))
        out.extend(m.start() for m in re.finditer(pattern, low))
    return out


def _anchor(low: str, o_stems: set[str], span: int = 50) -> int:
    """Offset of the densest cluster of outcome words in ``low`` (0 when none)."""
    hits = [(m.start(), _stem(m.group(0))) for m in re.finditer(r"[a-z0-9]+", low) if _stem(m.group(0)) in o_stems]
    if not hits:
        return 0
    counts: dict[str, int] = {}
    for _p, st in hits:
        counts[st] = counts.get(st, 0) + 1

    def weight(h: tuple[int, str]) -> tuple[float, int]:  # rarer outcome words are more specific
        return sum(1 / counts[st] for st in {st for p, st in hits if h[0] <= p < h[0] + span}), -h[0]

    return max(hits, key=weight)[0]


_NUMBER = re.compile(r"(?<![\w.])([-−]?\d+(?:\.\d+)?)(\s*%)?")


def _figures(seg: str) -> list[tuple[int, float]]:
    """Reported figures of a segment (offset, value), leaving out p-values, CI bounds and "95%"."""
    out = []
    for m in _NUMBER.finditer(seg):
        before = seg[max(0, m.start() - 12) : m.start()]
        if re.search(r"p\s*(?:-?values?)?\s*[<=>≤≥:]\s*$|ci\W*$|\d\s*[-–]\s*$|to\s*$|n\s*=\s*$|[/±]\s*$", before):
            continue
        if m.group(1) in ("95", "99", "90") and m.group(2):
            continue
        out.append((m.start(), float(m.group(1).replace("−", "-"))))
    return out


def _numbers_by_group(seg: str, i_pos: list[int], c_pos: list[int]) -> int | None:
    """+1 / -1 when the figures reported for the intervention and comparator compare, else None.

    "… respectively" lists map figures to groups in the order the groups are named; otherwise
    each group takes the first figure after its mention in the same clause.
    """
    if not i_pos or not c_pos:
        return None
    figures = _figures(seg)
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
    if "respectively" in seg:
        first_i, first_c = i_pos[0], c_pos[0]
        a, b = figures[0][1], figures[1][1]
        i_val, c_val = (a, b) if first_i < first_c else (b, a)
    else:
        bounds = [m.start() for m in re.finditer(r";|\bwhereas\b|\bwhile\b|\bbut\b|\bcompared\b|\bversus\b|\bvs\b|\band\b", seg)]

        def after(pos: int) -> float | None:
            stop = min([b for b in bounds if b > pos + 3] + [len(seg)])
            vals = [v for p, v in figures if pos < p < stop]
            if vals:
                return vals[0]
            start = max([b for b in bounds if b < pos] + [0])
            before = [v for p, v in figures if start <= p < pos]
            return before[-1] if before else None

        i_val, c_val = after(i_pos[0]), after(c_pos[0])
    if i_val is None or c_val is None or i_val == c_val:
        return None
    return 1 if i_val > c_val else -1


def _ratio_sign(seg: str) -> int | None:
    """+1 / -1 from a reported ratio (OR/RR/HR above or below 1), else None."""
    m = _RATIO.search(seg)
    if not m:
        return None
    figures = [v for p, v in _figures(seg[m.end() : m.end() + 40])]
    if not figures or figures[0] <= 0 or figures[0] == 1:
        return None
    return 1 if figures[0] > 1 else -1


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
    o_forms = target_stems(outcome)
    o_stems = set().union(*o_forms) if o_forms else set()
    i_all = set().union(*target_stems(intervention)) if intervention else set()
    c_all = set().union(*target_stems(comparator)) if comparator else set()
    c_text = (comparator if isinstance(comparator, str) else " ".join(comparator or ())).lower()
    absent = re.search(r"\b(?:no|without|non-?|not)\s*([a-z0-9 -]+)", c_text)
    if absent:  # "no supplementation", "without monitoring": those words name the intervention's arm
        c_all = (c_all - _stems_of(absent.group(1))) | _GENERIC_CONTROL
    i_set = {w for w in i_all - c_all - o_stems if len(w) > 1 and not w.isdigit() and w not in _UNIT_STOP}
    c_set = {w for w in c_all - i_all - o_stems if len(w) > 1 and not w.isdigit() and w not in _UNIT_STOP}
    i_labels = _group_labels(intervention) - _group_labels(comparator)
    c_labels = _group_labels(comparator) - _group_labels(intervention)
    if c_all & _GENERIC_CONTROL:
        c_set |= _GENERIC_CONTROL
    o_text = lex.normalise(outcome if isinstance(outcome, str) else " ".join(outcome))
    outcome_good = _outcome_is_good(lex, o_text)

    flat: list[str] = []
    scored: list[tuple[float, float, bool, int, str]] = []
    for section in sections:
        weight = _section_weight(section.label)
        for sentence in split_sentences(section.text):
            flat.append(sentence)
            low = re.sub(r"\s+", " ", lex.normalise(sentence))
            fit = overlap(_stems_of(low), o_forms)
            if fit == 0:
                continue
            stat = bool(_p_significance(low)) or any(True for _ in lex.find("significant", low)) \
                or any(True for _ in lex.find("not_significant", low))
            change = any(True for c in ("increase", "decrease", "improve", "worsen") for _ in lex.find(c, low))
            groups = bool(_mentions(low, i_set)) + bool(_mentions(low, c_set))
            score = weight * (_W_FIT * fit + _W_STAT * stat + _W_CHANGE * change + _W_GROUPS * groups)
            if _BASELINE.search(low) and not _FOLLOW_UP.search(low):
                score *= 0.3  # a comparison at baseline is not a result
            scored.append((score, fit, stat or change, len(flat) - 1, sentence))
    if not scored:
        return Change("no_difference", "", None, 0.0, "outcome not found")
    best_fit = max(c[1] for c in scored)
    pool = [c for c in scored if c[1] >= 0.6 * best_fit and c[2]] or scored
    score, _fit, _informative, index, sentence = max(pool, key=lambda c: c[0])

    low = re.sub(r"\s+", " ", lex.normalise(sentence))
    anchor = _anchor(low, o_stems)
    if index + 1 < len(flat) and re.match(r"(?:this|these|the|such|that)\s+(?:\w+\s+)?differences?\b|this\b|these\b|but\b",
                                          flat[index + 1].lower()):
        low += " " + re.sub(r"\s+", " ", lex.normalise(flat[index + 1]))  # "… 16% vs 36%. This difference was significant."
    bounds = [m.start() for m in re.finditer(r";|\bwhereas\b|\bwhile\b|\bbut\b|\band\b(?= (?:the |in )?\w+ (?:was|were)\b)", low)]
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
    significant: bool | None = min(marks, key=lambda mk: cost(mk[0]))[1] if marks else None
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
    if significant is False:
        return Change("no_difference", sentence, False, score, "not significant")
    between = _BETWEEN_GROUP.search(_VERSUS_BASELINE.sub(" ", low))
    if (_WITHIN_GROUP.search(low) or _VERSUS_BASELINE.search(low)) and not between:
        return Change("no_difference", sentence, significant, score, "change within groups only")

    name_stems = (i_all | c_all | o_stems) - {_stem(w) for w in _CHANGE_NOUNS}
    timed = bool(re.search(r"\b(?:time|times|duration|latency|delay|onset|days?|hours?|stay|until|to first)\b", o_text))
    found = _direction_at(lex, low, anchor, outcome_good, cost, name_stems, timed)
    i_pos = sorted(_mentions(low, i_set) + _label_mentions(low, i_labels) + _mentions(low, c_set, negated=True))
    c_pos = sorted(_mentions(low, c_set) + _label_mentions(low, c_labels) + _mentions(low, i_set, negated=True))
    if found is None:
        sign = _ratio_sign(low) or _numbers_by_group(low, i_pos, c_pos)
        if significant and sign:
            return Change("increased" if sign > 0 else "decreased", sentence, True, score * 0.7, "figures compared")
        if significant:  # unstated direction: read as the favourable one for the outcome
            label = "decreased" if outcome_good is False else "increased"
            return Change(label, sentence, True, score * 0.5, "significant, direction not stated")
        return Change("no_difference", sentence, significant, score * 0.5, "no change stated")
    sign, at, word = found
    neg, _ = _negated(lex, low, at, at + len(word), [])
    if neg == "negated":
        return Change("no_difference", sentence, False, score, f"negated: {word}")
    sign *= _subject_sign(low, at, i_pos, c_pos)
    if significant is None and any(True for _ in lex.find("hedge", low[max(0, at - 40) : at])):
        return Change("no_difference", sentence, None, score * 0.5, f"hedged: {word}")
    label = "increased" if sign > 0 else "decreased"
    note = "" if significant else " (significance not stated)"
    return Change(label, sentence, significant, score, word + note)


_BASELINE = re.compile(r"\bbaseline\b|\bbefore (?:the )?(?:intervention|treatment|randomi[sz]ation|surgery)|"
                       r"\bpre-?(?:intervention|treatment)\b|\bdemographic|\bat (?:study )?entry\b|\bat admission\b")
_FOLLOW_UP = re.compile(r"\bafter\b|\bpost-?(?:intervention|treatment|operative)|\bfollow-?up\b|\bat (?:\d+|one|two|three|six)"
                        r" (?:weeks?|months?|years?|days?)\b|\bto (?:week|month|day)\b|\bend of\b|\bchanges?\b|\bfrom baseline\b")
_WITHIN_GROUP = re.compile(r"\b(?:in|for|within) (?:both|each|all|either) (?:of the )?(?:\w+ )?(?:groups?|arms?)\b|"
                           r"\bboth (?:\w+ )?(?:groups|arms)\b|\bwithin-group\b")
_VERSUS_BASELINE = re.compile(r"\b(?:compared (?:to|with)|relative to|from|versus|vs\.?|over) (?:the )?(?:baseline|pre-?treatment|"
                              r"pre-?intervention|admission|entry)(?: values?| levels?)?\b|\bover time\b")
_BETWEEN_GROUP = re.compile(r"\b(?:than|compared|versus|vs|between|relative to|over|more|less|greater|superior|inferior)\b")


def _significance_marks(lex: Lexicon, low: str) -> list[tuple[int, bool]]:
    """(offset, significant) of every significance statement in a sentence: words, p-values, CIs."""
    marks = _p_significance(low)
    ns_spans = [(m.start(), m.end()) for m, _w in lex.find("not_significant", low)]
    marks += [(a, False) for a, _b in ns_spans]
    marks += [(m.start(), True) for m, _w in lex.find("significant", low)
              if not any(a <= m.start() < b for a, b in ns_spans)]
    return marks


def _outcome_is_good(lex: Lexicon, o_text: str) -> bool | None:
    """Valence of an outcome phrase from the first outcome word it names: "improvement in fatigue"
    → good, "pain scores" → bad, "quality of life, fatigue" → good; None when it names none."""
    heads = [(m.start(), -m.end(), "good") for m in lex._good.finditer(o_text)]
    heads += [(m.start(), -m.end(), "bad") for m in lex._bad.finditer(o_text)]
    return min(heads)[2] == "good" if heads else None


_CHANGE_NOUNS = ("reduction", "reductions", "decrease", "decreases", "decline", "loss", "drop", "increase",
                 "increases", "gain", "gains", "rise", "improvement", "improvements", "worsening")
_SPEED = re.compile(r"quicker|faster|earlier|sooner|more rapid(?:ly)?|slower|later|delayed")


def _direction_at(  # type: ignore[no-untyped-def]
    lex: Lexicon, low: str, anchor: int, outcome_good: bool | None, cost, name_stems: set[str], timed: bool
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
        if best is None or c < best[0]:
            best = (c, sign, m.start(), m.group(0))
    if best is None:
        return None
    _c, sign, at, word = best
    if word in ("greater", "larger", "more", "bigger", "higher", "smaller", "less", "fewer", "lower"):
        noun = re.search(r"\b(" + "|".join(_CHANGE_NOUNS) + r")\b", low[at : at + 40])
        if noun:  # "greater reductions in X" is a decrease of X
            up = noun.group(1).startswith(("increase", "gain", "rise", "improvement"))
            noun_sign = 1 if up else -1
            if noun.group(1).startswith(("improvement", "worsening")) and outcome_good is False:
                noun_sign = -noun_sign
            sign = noun_sign if word in ("greater", "larger", "more", "bigger", "higher") else -noun_sign
            return sign, at, word + " " + noun.group(1)
    return sign, at, word


_MARKER = re.compile(r"\b(?:than|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|over)\b")


def _subject_sign(low: str, at: int, i_pos: list[int], c_pos: list[int]) -> int:
    """-1 when the comparator is what changed ("placebo group had higher …", "… than <intervention>")."""
    markers = [m for m in _MARKER.finditer(low)]
    if markers:
        marker = min(markers, key=lambda m: abs(m.start() - at))
        if abs(marker.start() - at) < 200:
            cut = marker.end()
            after_i = [p for p in i_pos if cut <= p < cut + 60]
            after_c = [p for p in c_pos if cut <= p < cut + 60]
            if after_i and (not after_c or after_i[0] < after_c[0]):
                return -1
            if after_c:
                return 1
    before_i = [p for p in i_pos if p < at]
    before_c = [p for p in c_pos if p < at]
    if before_c and (not before_i or before_c[-1] > before_i[-1]):
        return -1
    if not before_i and not before_c:  # "… was higher in the placebo group": the group named as the locus
        stop = next((m.start() for m in markers if m.start() > at), len(low))

        def locus(p: int) -> bool:
            return bool(re.search(r"\b(?:in|with|for|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", low[max(0, p - 40) : p]))

        after_i = [p for p in i_pos if at < p < stop and locus(p)]
        after_c = [p for p in c_pos if at < p < stop and locus(p)]
        if after_c and (not after_i or after_c[0] < after_i[0]):
            return -1
    return 1
