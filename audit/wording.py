"""Suggested safer wording for a claim, from the data templates in ``audit/data/wording.json``."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from claims.model import Claim

from .errors import PolicyError
from .model import StudyGrade, StudyRef

__all__ = [
    "Wording", "load_wording", "hedge", "count_designs", "count_directions", "format_ref", "plural", "verb",
    "summarise", "subject_phrase", "join_and", "claim_target", "headline_target", "targets_phrase",
]


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True)
class Wording:
    """Templates per verdict/situation, outcome phrases and hedges (all data, versioned)."""

    version: str
    templates: dict[str, str]
    outcome_phrases: dict[str, str]
    hedges: tuple[tuple[re.Pattern[str], str], ...]

    def render(self, key: str, **fields: str) -> str:
        """Fill template ``key``; missing placeholders become empty, doubled spaces are collapsed."""
        try:
            template = self.templates[key]
        except KeyError:
            raise PolicyError(f"wording template {key!r} is missing from audit/data/wording.json") from None
        values = _Blank(fields)
        intervention = fields.get("intervention", "")
        values.setdefault("Intervention", intervention[:1].upper() + intervention[1:])
        text = template.format_map(values)
        return re.sub(r"\s{2,}", " ", text).strip()

    def outcome_phrase(self, outcome: str) -> str:
        return self.outcome_phrases.get(outcome.lower(), f"help with {outcome}")

    def hedge(self, text: str) -> str:
        """The claim's own text with absolute or certain phrasing softened ("can help" -> "may help")."""
        out = text.strip()
        for pattern, repl in self.hedges:

            def sub(m: re.Match[str], r: str = repl) -> str:
                return _keep_case(m.group(0), m.expand(r))

            out = pattern.sub(sub, out)
        return out


def _keep_case(original: str, replacement: str) -> str:
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _from_dict(data: dict[str, Any]) -> Wording:
    try:
        hedges = tuple((re.compile(p, re.I), r) for p, r in data.get("hedges", []))
        return Wording(
            version=str(data["version"]),
            templates=dict(data["templates"]),
            outcome_phrases={k.lower(): v for k, v in data.get("outcome_phrases", {}).items()},
            hedges=hedges,
        )
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise PolicyError(f"audit/data/wording.json is malformed ({exc}); restore it from the package") from None


@lru_cache(maxsize=1)
def load_wording() -> Wording:
    """The packaged wording templates."""
    text = resources.files("audit").joinpath("data/wording.json").read_text("utf-8")
    return _from_dict(json.loads(text))


def hedge(text: str) -> str:
    """Soften absolute phrasing in ``text`` with the packaged hedges."""
    return load_wording().hedge(text)


#: How designs are named in reasons (singular, plural).
_DESIGN_NAMES = {
    "meta-analysis": ("meta-analysis", "meta-analyses"),
    "systematic review": ("systematic review", "systematic reviews"),
    "umbrella review": ("umbrella review", "umbrella reviews"),
    "randomized controlled trial": ("RCT", "RCTs"),
    "non-randomized controlled trial": ("non-randomised controlled trial", "non-randomised controlled trials"),
    "case series": ("case series", "case series"),
    "other": ("study of another design", "studies of other designs"),
}


def plural(n: int, singular: str, many: str | None = None) -> str:
    """"1 RCT", "2 RCTs", "3 studies"."""
    if n == 1:
        return f"1 {singular}"
    if many is None:
        consonant_y = singular.endswith("y") and singular[-2:-1] not in ("a", "e", "i", "o", "u")
        many = singular[:-1] + "ies" if consonant_y else singular + "s"
    return f"{n} {many}"


def _design_name(design: str, n: int) -> str:
    one, many = _DESIGN_NAMES.get(design, (design, None))  # type: ignore[arg-type]
    return plural(n, one, many)


def _join(parts: Sequence[str]) -> str:
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def count_designs(grades: Sequence[StudyGrade]) -> str:
    """"2 meta-analyses, 1 systematic review and 4 RCTs", strongest design first."""
    order: dict[str, int] = {}
    for g in sorted(grades, key=lambda g: g.level):
        order.setdefault(g.design, g.level)
    counts = Counter(g.design for g in grades)
    return _join([_design_name(d, counts[d]) for d in order])


def count_directions(grades: Sequence[StudyGrade]) -> str:
    """"5 conclude benefit (3 short-term only), 1 finds no difference; certainty low in 2"."""
    counts = Counter(g.direction for g in grades)
    parts = []
    if counts["benefit"]:
        short = sum(1 for g in grades if g.direction == "benefit" and g.short_term_only)
        extra = f" ({short} short-term only)" if short else ""
        parts.append(f"{counts['benefit']} conclude{'s' if counts['benefit'] == 1 else ''} benefit{extra}")
    if counts["no_difference"]:
        parts.append(f"{counts['no_difference']} find{'s' if counts['no_difference'] == 1 else ''} no difference")
    if counts["harm"]:
        parts.append(f"{counts['harm']} report{'s' if counts['harm'] == 1 else ''} harm")
    if counts["uncertain"]:
        parts.append(f"{counts['uncertain']} inconclusive")
    text = ", ".join(parts)
    low = sum(1 for g in grades if g.certainty in ("low", "very_low"))
    if low:
        text += f"; certainty low in {low}"
    return text


def format_ref(ref: StudyRef | StudyGrade) -> str:
    """"Title (Journal Year, design; PMID 123)" — the id is the PMID, else the DOI."""
    ident = f"PMID {ref.pmid}" if ref.pmid else (f"doi:{ref.doi}" if ref.doi else ref.key)
    where = " ".join(str(x) for x in (ref.journal, ref.year) if x)
    design = f", {ref.design}" if ref.design and ref.design != "other" else ""
    return f"{ref.title.rstrip('.')} ({where}{design}; {ident})"


def claim_target(claim: Claim) -> tuple[str, str]:
    """(main target, kind): the claim's first condition, else its first outcome, else ('', '')."""
    if claim.conditions:
        return claim.conditions[0], "condition"
    if claim.outcomes:
        return claim.outcomes[0], "outcome"
    return "", ""


def headline_target(claim: Claim) -> str:
    """The target a misattribution compares on: the first outcome, else the first condition."""
    return (claim.outcomes or claim.conditions or ("",))[0]


def targets_phrase(claim: Claim, limit: int = 3) -> str:
    """"neck pain", "sleep quality and stress", "arthritis, inflammation and pain" (reasons name them all)."""
    names = list(dict.fromkeys(claim.conditions))
    names += [o for o in dict.fromkeys(claim.outcomes) if not any(o in c.split() or o in c for c in names)]
    names = names[:limit]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def verb(studies: Sequence[StudyGrade], one: str, many: str) -> str:
    return one if len(studies) == 1 else many


def summarise(studies: Sequence[StudyGrade], subject: str) -> str:
    if not studies:
        return f"no relevant study {subject} was found"
    return f"{count_designs(studies)} {subject}; {count_directions(studies)}"


def subject_phrase(intervention: str, target: str) -> str:
    return f"of {intervention} for {target}" if target else f"of {intervention}"


def join_and(names: Sequence[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
