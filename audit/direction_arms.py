"""Which arm a result sentence names: mentions of the intervention and comparator, and who changed."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .direction_text import _stem

__all__ = ["mentions", "group_labels", "defined_labels", "label_mentions", "active_mentions", "pair_null", "subject_sign", "both_reference", "other_reference", "UNIT_STOP"]


UNIT_STOP = frozenset("mg kg ml dl mcg iu mmol umol daily day days dose doses once twice three times per week weeks month months "
                       "hour hours plus alone only group arm treatment therapy given received receiving "
                       # people any arm is made of: "parents in the control group" does not name the intervention
                       "parent parents mother mothers father fathers children child infant infants women woman men man adults "
                       "adult students student nurses nurse people persons individuals volunteers users cases".split())
UNIT_STOP = UNIT_STOP | {_stem(w) for w in UNIT_STOP}  # compared with stems


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
    """Offsets where an arm is named by its label: "group rm", "rm group", "groups rm and rd" (each label)."""
    out: list[int] = []
    for label in labels:
        pattern = (rf"\b(?:groups?|arms?)\s+(?:[a-z0-9+]{{1,4}}\s*(?:,|and|or)\s*){{0,3}}({re.escape(label)})\b|"
                   rf"\b({re.escape(label)})\s+(?:group|arm)\b")
        out.extend(m.start(1) if m.group(1) else m.start(2) for m in re.finditer(pattern, low))
    return out


_ACTIVE_ARM = re.compile(r"(?<!no-)(?<!no )(?<!non-)(?<!non )\b(?:treatment|treated|intervention|active|experimental|verum|study)(?= (?:group|arm)\b(?!s)|"
                         r" and (?:the )?(?:control|placebo|sham|comparison) (?:groups?|arms?)\b)")


_CONTROL_ARM = re.compile(r"\b(?:control|placebo|sham)(?= (?:groups?|arms?)\b)")


def active_mentions(low: str) -> tuple[list[int], list[int]]:
    """Offsets of the arms' generic names: "the treatment group", "the intervention arm" (the active arm)
    and "the control group", "the placebo arm" (the other).

    Only meaningful when the comparator is a placebo, sham or control arm.
    """
    return [m.start() for m in _ACTIVE_ARM.finditer(low)], [m.start() for m in _CONTROL_ARM.finditer(low)]


_ARM = r"(?P<arm>(?:group|arm) (?:[a-z]{1,3}\d?|\d{1,2})|[a-z]{1,4} (?:group|arm))"
_DEFINED_ARM = (  # "magnesium in saline (group RM)", "group R (saline)", "(group P) received propofol"
    re.compile(r"(?P<name>(?:[\w.%/-]+ ){1,8})\((?:the )?" + _ARM + r"\)(?! (?:received|was|were|got)\b)"),
    re.compile(r"\b" + _ARM + r" \((?P<name>[^()]{3,80})\)"),
    re.compile(r"\b" + _ARM + r"\)?,? (?:received|was given|were given|got|(?:was|were) treated with|receiving)\s+"
               r"(?P<name>(?:[\w.%/-]+ ?){1,8})"),
)
_NAME_START = re.compile(r".*\b(?:either|or|and|with|to|into|receive|received|randomi[sz]ed)\b\s*|.*[,;:]\s*")
_NOT_LABELS = {"the", "a", "an", "this", "each", "one", "two", "that", "our", "same", "both", "per", "in", "of", "all"}


def defined_labels(text: str, i_all: set[str], c_all: set[str]) -> tuple[set[str], set[str]]:
    """Arm labels an abstract defines, split into the intervention's and the comparator's.

    A label goes to the arm whose prompt shares most (and at least half) of the defining words
    ("group R (saline)" with comparator "normal saline"), to neither when both share as much.
    """
    i_labels: set[str] = set()
    c_labels: set[str] = set()
    low = text.lower()
    for pattern in _DEFINED_ARM:
        for m in pattern.finditer(low):
            label = re.sub(r"\b(?:group|arm)\b", "", m.group("arm")).strip()
            name = _NAME_START.sub("", m.group("name"))  # the words of this arm only, not the sentence before it
            stems = {_stem(w) for w in re.findall(r"[a-z]{3,}", name)} - UNIT_STOP
            if label in _NOT_LABELS or not stems:
                continue
            share_i, share_c = len(stems & i_all) / len(stems), len(stems & c_all) / len(stems)
            if share_i >= 0.5 and share_i > share_c:
                i_labels.add(label)
            elif share_c >= 0.5 and share_c > share_i:
                c_labels.add(label)
    return i_labels - c_labels, c_labels - i_labels


_MARKER = re.compile(r"\b(?:than|compared (?:with|to)|in comparison (?:with|to)|versus|vs\.?|relative to|over|"
                     r"(?:superior|inferior) to)\b")


_P_BEFORE = re.compile(r"\bp\s*[<=>≤]\s*0?\.\d+\W*$")


_PAIR_NULL = re.compile(r"\b(?:no (?:statistically )?(?:significant )?differences?|(?:did|does|do) not (?:significantly )?differ|"
                        r"(?:was|were) (?:similar|comparable|not (?:significantly )?different)) (?:[\w-]+ ){0,8}?between "
                        r"(?P<a>[^,;()]{2,60}?) and (?P<b>[^,;()]{2,60}?)(?=[.,;(]|$| groups?\b| arms?\b)")


_CONTRAST = re.compile(r"\bbut\b|\bwhereas\b|\bwhile\b|\bhowever\b|\bin contrast\b|;")


def pair_null(low: str, i_pos: list[int], c_pos: list[int], anchor: int) -> bool:
    """Whether ``low`` states no difference between the two arms asked about, each named, in the clause of
    the outcome mentioned at ``anchor``: "no significant differences in ankle sense between TC group and PE group"."""
    contrasts = [m.start() for m in _CONTRAST.finditer(low)]
    for m in _PAIR_NULL.finditer(low):
        if any(min(anchor, m.start()) < c < max(anchor, m.start()) for c in contrasts):
            continue  # "X did not differ between A and B, whereas <outcome> was lower with A"
        a, b = (m.start("a"), m.end("a")), (m.start("b"), m.end("b"))
        in_a = [any(lo <= p < hi for p in pos) for pos in (i_pos, c_pos) for lo, hi in (a,)]
        in_b = [any(lo <= p < hi + 6 for p in pos) for pos in (i_pos, c_pos) for lo, hi in (b,)]
        if (in_a[0] and in_b[1]) or (in_a[1] and in_b[0]):
            return True
    return False


def _bracketed(low: str, pos: int) -> bool:
    return low[:pos].count("(") > low[:pos].count(")")


def subject_sign(low: str, at: int, i_pos: list[int], c_pos: list[int]) -> int:
    """-1 when the comparator is what changed ("placebo group had higher …", "… than <intervention>")."""
    # "24 g vs. 48 g" compares figures, not arms
    markers = [m for m in _MARKER.finditer(low) if not re.match(r"\.?\s*[-−(]?\d", low[m.end() : m.end() + 5])
               and (_bracketed(low, at) or not _bracketed(low, m.start()) or _P_BEFORE.search(low, 0, m.start()))]
    # "(A vs. B: 136 vs. 131 mmHg)" orders figures; "(p = 0.01 versus placebo)" names the reference
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
    unbracketed = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), low[at:stop])  # "less (p = 0.02) time for A"
    clause_end = re.search(r"[;,(]|\b(?:but|whereas|while)\b", unbracketed)
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


def both_reference(low: str, at: int, i_pos: list[int], c_pos: list[int]) -> bool:
    """Whether both arms asked about are the reference of the change word at ``at`` and neither is its subject:
    "higher in group 1 than in groups 2 and 3" says nothing of group 2 against group 3."""
    markers = [m for m in _MARKER.finditer(low) if not re.match(r"\.?\s*[-−(]?\d", low[m.end() : m.end() + 5])]
    marker = min(markers, key=lambda m: abs(m.start() - at), default=None)
    if marker is None or abs(marker.start() - at) > 80:
        return False
    cut = marker.end()
    clause = re.search(r"[;,]|\b(?:but|whereas|while)\b", low[cut:])
    end = cut + clause.start() if clause else len(low)
    lo = max([m.end() for m in re.finditer(r"[;,]|\b(?:but|whereas|while)\b", low[: min(at, marker.start())])] + [0])
    subject = [p for p in i_pos + c_pos if lo <= p < marker.start()]
    after_i = [p for p in i_pos if cut <= p < min(end, cut + 70) and not _bracketed(low, p)]
    after_c = [p for p in c_pos if cut <= p < min(end, cut + 70) and not _bracketed(low, p)]
    if subject or not after_i or not after_c:
        return False
    first, second = sorted((after_i[0], after_c[0]))
    # the two named together right after the marker: "than in group 2 (8.8) and group 3 (7.6)"
    return first - cut < 25 and bool(re.search(r"\b(?:and|or)\b|,", _unbracket(low[first:second])))


def _unbracket(text: str) -> str:
    return re.sub(r"\([^()]*\)", " ", text)


_PLACEBO_REFERENCE = re.compile(r"\s*(?:the |a |those (?:on|given|receiving) )?(?:placebo|sham|vehicle)\b")


def other_reference(low: str, at: int, i_pos: list[int], c_pos: list[int]) -> bool:
    """Whether the change word at ``at`` is measured against a placebo that is neither arm asked about:
    "A gave better analgesia than placebo" when A is compared with B."""
    markers = [m for m in _MARKER.finditer(low) if abs(m.start() - at) < 60]
    marker = min(markers, key=lambda m: abs(m.start() - at), default=None)
    if marker is None or not _PLACEBO_REFERENCE.match(low, marker.end()):
        return False
    return not any(marker.end() <= p < marker.end() + 30 for p in i_pos + c_pos)
