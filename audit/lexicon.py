"""The cue lexicon of the direction engine: ``audit/data/direction_lexicon.json`` compiled once, fast cue matching."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

__all__ = ["Lexicon", "load_lexicon"]

_WORD = r"(?<![\w-])(?:{})(?![\w])"


_META = set("\\.^$*+?{}[]|()")


def _literal_prefix(pattern: str) -> str:
    """The literal text every match of ``pattern`` starts with ("" when it starts with syntax)."""
    depth = 0
    for i, ch in enumerate(pattern):  # a top-level alternative may start anywhere: no prefix
        if ch == "\\":
            continue
        if i and pattern[i - 1] == "\\":
            continue
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            return ""
    end = 0
    while end < len(pattern) and pattern[end] not in _META:
        end += 1
    if end < len(pattern) and pattern[end] in "?*{":  # the last literal is optional
        end -= 1
    return pattern[: max(end, 0)]


class _Cue:
    """One cue: its literal prefix (a cheap filter) and its pattern, compiled on first use."""

    __slots__ = ("source", "weight", "prefix", "_rx")

    def __init__(self, entry: str | list) -> None:
        self.source: str = str(entry[0]) if isinstance(entry, list) else entry
        self.weight: float = float(entry[1]) if isinstance(entry, list) else 1.0
        self.prefix = _literal_prefix(self.source)
        self._rx: re.Pattern[str] | None = None

    def match(self, low: str, pos: int) -> re.Match[str] | None:
        if self.prefix and not low.startswith(self.prefix, pos):
            return None
        if self._rx is None:
            self._rx = re.compile(_WORD.format(self.source))
        return self._rx.match(low, pos)


def _compile(entries: list) -> list[_Cue]:
    return [_Cue(entry) for entry in entries]


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
                  "question_challenge", "necessity", "qualifier", "short_term",
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
            for cue in patterns:
                m = cue.match(low, pos)
                if m and (best is None or m.end() > best[0].end()):
                    best = (m, cue.weight)
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
