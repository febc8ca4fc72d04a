"""Which arm a result sentence names: mentions of the intervention and comparator, and who changed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .direction_text import _stem

__all__ = ["mentions", "group_labels", "label_mentions", "subject_sign"]


def mentions(low: str, stems: set[str], negated: bool = False) -> list[int]:
    """Offsets of the words of ``low`` whose stem is in ``stems``.

    "but not X" and "non-X" mentions name the other arm: they are left out, or with
    ``negated`` they are the only ones returned.
    """
    out = []
    for m in re.finditer(r"[a-z0-9]+", low):
        if _stem(m.group(0)) not in stems or m.group(0).startswith(("controll", "standardi")):
            continue  # "controlling for age", "a controlled trial", "standardised" do not name the control arm
        before = low[max(0, m.start() - 16) : m.start()]
        is_negated = bool(re.search(r"\bnot\s+(?:\w+\s+)?$|\bnon-?$|\bun-$|\bwithout\s+$", before))
        if is_negated == negated:
            out.append(m.start())
    return out


def group_labels(target: str | Sequence[str] | None) -> set[str]:
    """Arm labels named in a prompt: "group 2", "group II", "TC group" → {"2", "ii", "tc"}."""
    if not target:
        return set()
    text = (target if isinstance(target, str) else " ".join(target)).lower()
    found = set(re.findall(r"\b(?:group|arm)\s+([a-z]{1,3}|\d{1,2}|[ivx]{1,4})\b", text))
    found |= set(re.findall(r"\b([a-z]{1,5}|\d{1,2})\s+(?:group|arm)\b", text)) - {"the", "a", "an", "this", "each", "one", "two"}
    return found


def label_mentions(low: str, labels: set[str]) -> list[int]:
    out: list[int] = []
    for label in labels:
        pattern = r"\b(?:group|arm)\s+{0}\b|\b{0}\s+(?:group|arm)\b".format(re.escape(label))
        out.extend(m.start() for m in re.finditer(pattern, low))
    return out


_MARKER = re.compile(r"\b(?:than|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|over)\b")


def subject_sign(low: str, at: int, i_pos: list[int], c_pos: list[int]) -> int:
    """-1 when the comparator is what changed ("placebo group had higher …", "… than <intervention>")."""
    # "24 g vs. 48 g" compares figures, not arms
    markers = [m for m in _MARKER.finditer(low) if not re.match(r"\s*[-−(]?\d", low[m.end() : m.end() + 4])]
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
    # An arm named right after "than / compared with / versus" is the reference, not the subject.
    reference = [(m.end(), m.end() + 30) for m in markers]
    before_i = [p for p in i_pos if p < at and not any(a <= p < b for a, b in reference)]
    before_c = [p for p in c_pos if p < at and not any(a <= p < b for a, b in reference)]
    # "… was higher with needling" / "… in the placebo group": the arm named as the locus right after
    # the change word, in its own clause, is what changed.
    stop = next((m.start() for m in markers if m.start() > at), len(low))
    clause_end = re.search(r"[;,(]|\b(?:but|whereas|while)\b", low[at:stop])
    stop = at + clause_end.start() if clause_end else stop

    def locus(p: int) -> bool:
        return bool(re.search(r"\b(?:in|with|for|among|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", low[max(0, p - 40) : p]))

    after_i = [p for p in i_pos if at < p < stop and locus(p)]
    after_c = [p for p in c_pos if at < p < stop and locus(p)]
    if after_i or after_c:
        return -1 if after_c and (not after_i or after_c[0] < after_i[0]) else 1
    if before_c and (not before_i or before_c[-1] > before_i[-1]):
        return -1
    return 1
