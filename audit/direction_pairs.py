"""Comparative + change pairs in result sentences: "greater reductions", "smaller mean increases", "reduced X more"."""

from __future__ import annotations

import re

__all__ = ["CHANGE_NOUNS", "comparative_pair", "pair_sign"]

CHANGE_NOUNS = ("reduction", "reductions", "decrease", "decreases", "decline", "loss", "drop", "increase",
                "increases", "gain", "gains", "rise", "improvement", "improvements", "worsening")

_COMPARATIVES = ("greater", "larger", "more", "bigger", "higher", "smaller", "less", "lesser", "fewer", "lower")
_CHANGE_VERB_BEFORE = re.compile(r"\b(reduced|decreased|lowered|increased|raised|elevated|improved|worsened|declined|rose|fell)"
                                 r"\b(?!.*\b(?:reduced|decreased|lowered|increased|raised|elevated|improved|worsened|declined|"
                                 r"rose|fell)\b)")
_MORE_AFTER = re.compile(r"(?: [a-z-]+){0,3}? (more|less) (?=than|with|in|among|for|after)\b")
_NOUN_BEFORE = re.compile(r"\b(" + "|".join(CHANGE_NOUNS) + r")\b (?:in|of)\b[^,;()]*?\b(?:was|were|is|are)"
                          r"(?: (?:significantly|markedly|much|slightly|also))? $")
_COMPARATIVE_BEFORE = re.compile(r"\b(" + "|".join(_COMPARATIVES) + r")\s+(?:[a-z-]+\s+){0,2}$")


def comparative_pair(low: str, at: int, word: str) -> tuple[int, str, str] | None:
    """(offset, comparative, change noun) when the change word at ``at`` is one half of such a pair.

    "greater body weight reductions" (the noun follows within the clause) or "smaller mean
    increases" (the comparative stands up to two words before the noun).
    """
    if word in ("more", "less"):  # "reduced SBP more than OLM": more of the verb's change
        start = max(0, at - 60)
        verb = _CHANGE_VERB_BEFORE.search(low[start:at])
        if verb and not re.search(r"[,;(]|\b(?:and|but|while|whereas)\b", low[start + verb.end() : at]):
            return start + verb.start(), word, verb.group(1)
    if _CHANGE_VERB_BEFORE.fullmatch(word):  # "pain worsened less with A than with B"
        after = _MORE_AFTER.match(low, at + len(word))
        if after:
            return at, after.group(1), word
    if word in _COMPARATIVES:
        noun_before = _NOUN_BEFORE.search(low[max(0, at - 70) : at])  # "the reduction in pain was greater"
        if noun_before:
            return max(0, at - 70) + noun_before.start(), word, noun_before.group(1)
        clause = re.split(r"[,;(]", re.sub(r"\([^()]*\)", "", low[at : at + 80]))[0]  # "(SBP)" does not end it
        noun = re.search(r"\b(" + "|".join(CHANGE_NOUNS) + r")\b", clause)
        return (at, word, noun.group(1)) if noun else None
    if word in CHANGE_NOUNS:
        before = _COMPARATIVE_BEFORE.search(low[max(0, at - 30) : at])
        if before:
            return max(0, at - 30) + before.start(), before.group(1), word
    return None


def pair_sign(comparative: str, noun: str, outcome_good: bool | None) -> int:
    """Sign of "<comparative> <change noun or verb>": "greater reductions" -1, "less improvement" (good outcome) -1."""
    noun_sign = 1 if noun.startswith(("increas", "gain", "rise", "rose", "rais", "elevat", "improv")) else -1
    if noun.startswith(("improv", "worsen")) and outcome_good is False:
        noun_sign = -noun_sign
    return noun_sign if comparative in ("greater", "larger", "more", "bigger", "higher") else -noun_sign
