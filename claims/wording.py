"""How strongly a claim is worded: hedged ("can help"), plain, or absolute ("cures", "proven")."""

from __future__ import annotations

import re

__all__ = ["wording_of", "HEDGES", "ABSOLUTES"]

HEDGES = (
    "may help", "can help", "might help", "could help", "may", "might", "could", "can", "possibly", "potentially",
    "likely", "suggests", "suggest", "some", "generally", "in some cases", "appears to", "seems to", "linked to",
    "associated with", "is thought to", "are thought to", "believed to",
)
ABSOLUTES = (
    "cure", "cures", "cured", "proven", "proves", "guaranteed", "guarantee", "guarantees", "always", "never fails",
    "completely", "permanently", "eliminate", "eliminates", "eradicate", "eradicates", "100%", "definitely",
    "miracle", "instantly", "instant relief", "no side effects", "totally", "forever", "clinically proven",
    "scientifically proven", "the only", "best treatment", "works for everyone", "risk-free", "completely safe",
    "100 percent",
)


def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(t) for t in alts) + r")(?![\w-])", re.IGNORECASE)


_HEDGE_RE = _pattern(HEDGES)
_ABS_RE = _pattern(ABSOLUTES)


def wording_of(text: str) -> tuple[str, tuple[str, ...]]:
    """("absolute"|"hedged"|"plain", the terms that decided it, lower case, in text order)."""
    absolute = [m.group(0).lower() for m in _ABS_RE.finditer(text)]
    if absolute:
        return "absolute", tuple(dict.fromkeys(absolute))
    hedged = [m.group(0).lower() for m in _HEDGE_RE.finditer(text)]
    if hedged:
        return "hedged", tuple(dict.fromkeys(hedged))
    return "plain", ()
