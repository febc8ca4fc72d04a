"""The cue lexicon: fast matching gives exactly the matches of trying every cue, longest first."""

from __future__ import annotations

import re

import pytest

from audit.direction_text import split_sentences, target_stems
from audit.lexicon import _WORD, Lexicon, _literal_prefix, load_lexicon

TEXTS = [
    "dry needling did not significantly reduce pain compared with sham (p = 0.21); function improved.",
    "there was no significant difference in pain reduction, but further randomized trials are needed.",
    "low-quality evidence suggests that massage may relieve pain in the short term, with no effect at 6 months.",
    "the increase in grip strength was greater after needling than after stretching (p < 0.001).",
    "",
]


def _slow_find(lex: Lexicon, category: str, low: str) -> list[tuple[int, int, float]]:
    """Reference: every cue of the category tried separately, then longest-first without overlap."""
    hits = [(m, cue.weight) for cue in lex._cats[category] for m in re.compile(_WORD.format(cue.source)).finditer(low)]
    hits.sort(key=lambda h: (h[0].start(), -(h[0].end() - h[0].start())))
    out, last = [], -1
    for m, w in hits:
        if m.start() >= last:
            last = m.end()
            out.append((m.start(), m.end(), w))
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_fast_find_equals_trying_every_cue(text):
    lex = load_lexicon()
    for category in (*Lexicon.CATEGORIES, "change"):
        fast = [(m.start(), m.end(), w) for m, w in lex.find(category, text)]
        assert fast == _slow_find(lex, category, text), category


def test_find_prefers_the_longest_cue_and_remembers_the_text():
    lex = load_lexicon()
    low = "the difference was not statistically significant"
    found = [m.group(0) for m, _w in lex.find("null", low)]
    assert found == ["was not statistically significant"]
    assert lex._found[("null", low)] is lex._found[("null", low)]
    assert [m.group(0) for m, _w in lex.find("null", low)] == found  # read again from the memo


def test_targets_and_sentences():
    assert target_stems(["dry needling", "DN"]) == [frozenset({"dry", "needli"}), frozenset({"dn"})]
    assert target_stems(None) == []
    assert split_sentences("Pain fell vs. sham. It held.") == ["Pain fell vs. sham.", "It held."]


@pytest.mark.parametrize(
    ("pattern", "prefix"),
    [("improv(?:e|es)", "improv"), ("harms?", "harm"), ("foo|bar", ""), ("a(b|c)", "a"), ("n\\.?s", "n"), ("more", "more"),
     ("(?:was|were) not", "")],
)
def test_literal_prefix_is_what_every_match_starts_with(pattern, prefix):
    assert _literal_prefix(pattern) == prefix
