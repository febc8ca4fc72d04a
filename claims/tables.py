"""Table rows as claims: a condition row under "Conditions treated with X" says "X treats <condition>"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .complete import complete_item
from .detect import is_claim_sentence
from .vocabulary import Vocabulary

__all__ = ["row_claim"]

_CONDITION_COL = re.compile(r"\b(?:conditions?|ailments?|symptoms?|problems?|issues?|injur\w*|disorders?|diagnos\w*"
                            r"|complaints?|indications?)\b", re.IGNORECASE)
_HOW_COL = re.compile(r"\b(?:how|helps?|benefits?|effects?|results?|works?|outcomes?)\b", re.IGNORECASE)
_FINDING_COL = re.compile(r"\b(?:found|finding|findings|evidence|results?|effects?|what (?:it|they) do(?:es)?"
                          r"|benefits?|how (?:it|\w+) helps?)\b", re.IGNORECASE)
_BENEFIT_COL = re.compile(r"\b(?:benefits?|outcomes?|effects?|results?|advantages?|goals?)\b", re.IGNORECASE)
_INTERVENTION_COL = re.compile(r"\b(?:treatments?|therap\w*|interventions?|supplements?|remed\w*|methods?"
                               r"|techniques?|modalit\w*|options?|approach\w*)\b", re.IGNORECASE)


def row_claim(cells: Sequence[str], header: Sequence[str], heading: str | None, credited: str | None,
              vocabulary: Vocabulary) -> tuple[str, str | None] | None:
    """(claim text, kind or None to infer) for a table row, or None when the row asserts nothing."""
    cells = [c for c in cells if c]
    if not cells:
        return None
    first = header[0] if header else ""
    joined = "; ".join(cells[1:])
    if _CONDITION_COL.search(first) or (not header and heading and _CONDITION_COL.search(heading)):
        done = complete_item(cells[0], None, heading, credited)
        if done is None and credited:
            return (f"{credited[:1].upper()}{credited[1:]} treats {cells[0].lower()}", "efficacy")
        if done is not None and len(cells) > 1 and len(header) > 1 and _HOW_COL.search(header[1]):
            desc = cells[1][:1].lower() + cells[1][1:]
            return (f"{done.text}: {desc}", "efficacy")
        if done is not None:
            kind = {"contraindication": "safety", "side_effect": "safety", "treats": "efficacy"}.get(done.mode, "benefit")
            if done.mode == "benefit":
                done_text = f"{credited[:1].upper()}{credited[1:]} helps with {cells[0].lower()}" if credited else done.text
                return (done_text, "efficacy")
            return (done.text, kind)
        return None
    if _BENEFIT_COL.search(first):
        done = complete_item(cells[0], None, heading or "benefits", credited)
        if done is not None:
            return (done.text + (f": {joined}" if joined else ""), "benefit")
    text = f"{cells[0]}: {joined}" if joined else cells[0]
    if len(header) > 1 and _FINDING_COL.search(" ".join(header[1:])):
        return (text, None)  # "Outcome | What studies found": every row is a finding
    if _INTERVENTION_COL.search(first) or vocabulary.find(cells[0], "intervention"):
        return (text, None) if is_claim_sentence(text, has_subject=True) else None
    return (text, None) if is_claim_sentence(text) else None
