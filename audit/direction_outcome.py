"""What an outcome is: whether more of it is better (its valence) and the time points it is measured at."""

from __future__ import annotations

import re

from .lexicon import Lexicon

__all__ = ["outcome_is_good", "time_points", "time_mentions"]


def outcome_is_good(lex: Lexicon, o_text: str) -> bool | None:
    """Valence of an outcome phrase from the first outcome word it names: "improvement in fatigue"
    → good, "pain scores" → bad, "quality of life, fatigue" → good; None when it names none."""
    if _LOST.search(o_text):  # "discontinued due to lack of efficacy", "loss of function": less is better
        return False
    if _DELAYED.search(o_text):  # "time to recurrence", "duration of analgesia": longer is better
        return True
    heads = [(m.start(), -m.end(), "good") for m in lex._good.finditer(o_text)]
    heads += [(m.start(), -m.end(), "bad") for m in lex._bad.finditer(o_text)]
    heads += [(m.start(), -m.end(), "bad") for m in _BAD_MORE.finditer(o_text)]
    return min(heads)[2] == "good" if heads else None


# outcomes that are better lower, beyond the shared lexicon's: mood-scale states, errors, dependence
_BAD_MORE = re.compile(r"\b(?:negative (?:emotions?|affect|mood|behaviou?rs?|thoughts?|attitudes?|symptoms?)|anger|angry|tension|confusion|hostility|aggressi(?:on|ve(?:ness)?)|"
                       r"irritability|errors?|dependence|craving|distress|loneliness|burnout)\b")
_LOST = re.compile(r"\b(?:lack|loss|absence|failure) of\b|\bdiscontinu|\bwithdr[ae]w|\bdrop-?outs?\b|"
                   r"\bnon-?(?:response|responders?|adherence|compliance|union)\b")
_DELAYED = re.compile(r"\b(?:time|delay) (?:to|until) (?:the )?(?:first )?(?:\w+ )?(?:recurrence|relapse|progression|death|"
                      r"failure|exacerbation|event|readmission|rebound|rescue|request)|\bduration of (?:\w+ )?(?:analgesia|"
                      r"response|remission|effect|action|block)|\b(?:event|relapse|recurrence|progression|disease)-free\b")


_TIME = re.compile(r"\b(\d+|one|two|three|four|six|twelve)[\s-]*(mo|we|wk|da|ye|yr|ho|h|mi)[a-z]*\b")


def time_points(text: str) -> set[tuple[str, str]]:
    """Time points a text names: "at 6 months", "week 12" is left out (number first only), "24-h" → ("24", "h")."""
    return {key for _pos, key in time_mentions(text)}


def time_mentions(text: str) -> list[tuple[int, tuple[str, str]]]:
    """(offset, time point) of each time point in ``text``, as ``time_points`` reads them."""
    out = []
    for m in _TIME.finditer(text):
        n, unit = m.group(1), m.group(2)
        out.append((m.start(), (_NUMBER_WORDS.get(n, n), "we" if unit == "wk" else "ye" if unit == "yr" else unit)))
    return out


_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "six": "6", "twelve": "12"}
