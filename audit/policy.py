"""The verdict policy: thresholds and rules from the versioned data file ``audit/data/policy.json``."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import PolicyError

__all__ = ["Policy", "load_policy", "policy_from_dict", "PACKAGED_POLICY"]

PACKAGED_POLICY = "audit/data/policy.json"
_VERDICTS = ("supported", "weak", "contradicted", "no_evidence", "misattributed", "error")
_DIRECTIONS = ("benefit", "no_difference", "harm", "uncertain")
_RELEVANCE = ("direct", "partial", "neighbour", "none")


@dataclass(frozen=True)
class Policy:
    """Every threshold the verdicts use; ``data`` keeps the whole file (rules in words) for reports."""

    version: str
    counted_relevance: tuple[str, ...]
    partial_min_score: float
    positive_directions: tuple[str, ...]
    negative_directions: tuple[str, ...]
    low_certainty: tuple[str, ...]
    exclude_retracted: bool
    strong_level: int
    max_listed: int
    untargeted_max_verdict: str
    min_positive_level1: int
    min_positive_level2: int
    min_consistency: float
    low_certainty_share: float
    short_term_share: float
    absolute_wording: bool
    min_negative_level1: int
    min_negative_level2: int
    negative_excludes_low_certainty: bool
    insufficient_evidence: re.Pattern[str]
    higher_level_wins: bool
    equal_level_verdict: str
    mechanism_max_verdict: str
    mechanism_clinical_max_level: int
    safety_max_level: int
    safety_min_studies: int
    safety_harm_max_level: int
    safety_topic: re.Pattern[str]
    safety_query_terms: tuple[str, ...]
    safety_precaution: re.Pattern[str]
    safety_harm_claim: re.Pattern[str]
    safety_claim: re.Pattern[str]
    safety_overstated: re.Pattern[str]
    safety_serious: re.Pattern[str]
    safety_reassurance: re.Pattern[str]
    statistic_max_verdict: str
    structural_misattribution: bool
    literature_min_positive: int
    literature_kinds: tuple[str, ...]
    literature_confidence_penalty: float
    citation_year_tolerance: int
    citation_max_matches: int
    citation_max_closest: int
    citation_mismatch_verdict: str
    citation_retracted_verdict: str
    citation_design_levels: dict[str, tuple[int, ...]]
    confidence_base: dict[str, float]
    per_strong_study: float
    per_other_study: float
    confidence_floor: float
    confidence_cap: float
    library_absence_penalty: float
    digest_penalty: float
    source: str = PACKAGED_POLICY
    data: dict[str, Any] | None = None

    def rule(self, section: str) -> str:
        """The rule of a policy section in words (for reports), or ''."""
        part = (self.data or {}).get(section, {})
        return str(part.get("rule", "")) if isinstance(part, dict) else ""

    def confidence(self, verdict: str, n_strong: int = 0, n_other: int = 0, penalty: float = 0.0) -> float:
        """The confidence formula of the policy (see ``confidence.formula`` in the data file)."""
        if verdict == "error":
            return 0.0
        value = self.confidence_base[verdict] + self.per_strong_study * n_strong + self.per_other_study * n_other
        value = min(max(value, self.confidence_floor), self.confidence_cap) - penalty
        return round(max(value, 0.0), 2)


class _Reader:
    """Reads typed values out of the policy dict, naming the file and key in every error."""

    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data, self.source = data, source

    def _get(self, dotted: str) -> Any:
        node: Any = self.data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                raise self.error(dotted, "is missing")
            node = node[part]
        return node

    def error(self, dotted: str, problem: str) -> PolicyError:
        return PolicyError(
            f"policy {self.source}: '{dotted}' {problem}; fix the file (see {PACKAGED_POLICY} for the "
            "expected shape) or pass policy=None to use the packaged policy"
        )

    def int_(self, dotted: str, low: int = 0, high: int = 10_000) -> int:
        value = self._get(dotted)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.error(dotted, f"must be an integer from {low} to {high}, got {value!r}")
        return value

    def float_(self, dotted: str, low: float = 0.0, high: float = 1.0) -> float:
        value = self._get(dotted)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise self.error(dotted, f"must be a number from {low} to {high}, got {value!r}")
        return float(value)

    def bool_(self, dotted: str) -> bool:
        value = self._get(dotted)
        if not isinstance(value, bool):
            raise self.error(dotted, f"must be true or false, got {value!r}")
        return value

    def choice(self, dotted: str, allowed: tuple[str, ...]) -> str:
        value = self._get(dotted)
        if value not in allowed:
            raise self.error(dotted, f"must be one of {', '.join(allowed)}, got {value!r}")
        return str(value)

    def pattern(self, dotted: str) -> re.Pattern[str]:
        value = self._get(dotted)
        try:
            return re.compile(str(value), re.I)
        except re.error as exc:
            raise self.error(dotted, f"is not a valid regular expression ({exc})") from None

    def choices(self, dotted: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        value = self._get(dotted)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.error(dotted, f"must be a list of strings, got {value!r}")
        bad = [v for v in value if allowed is not None and v not in allowed]
        if bad:
            raise self.error(dotted, f"has unknown value(s) {', '.join(map(repr, bad))}; allowed: {', '.join(allowed or ())}")
        return tuple(value)


def policy_from_dict(data: dict[str, Any], source: str = "<dict>") -> Policy:
    """Validate a policy dict and build the typed :class:`Policy` (``PolicyError`` says what is wrong)."""
    if not isinstance(data, dict):
        raise PolicyError(f"policy {source}: must be a JSON object, got {type(data).__name__}")
    r = _Reader(data, source)
    version = data.get("version")
    if not isinstance(version, str) or not version.strip():
        raise r.error("version", "must be a non-empty string such as \"2026.11.1\"")
    levels = r._get("citation.design_levels")
    if not isinstance(levels, dict) or not levels:
        raise r.error("citation.design_levels", "must map each cited design to a list of levels 1-5")
    design_levels: dict[str, tuple[int, ...]] = {}
    for name in levels:
        lv = levels[name]
        if not isinstance(lv, list) or not lv or not all(isinstance(x, int) and 1 <= x <= 5 for x in lv):
            raise r.error(f"citation.design_levels.{name}", f"must be a non-empty list of levels 1-5, got {lv!r}")
        design_levels[name] = tuple(lv)
    base = {v: r.float_(f"confidence.base.{v}") for v in _VERDICTS}
    floor, cap = r.float_("confidence.floor"), r.float_("confidence.cap")
    if floor > cap:
        raise r.error("confidence.floor", f"must not exceed confidence.cap ({cap}), got {floor}")
    return Policy(
        version=version.strip(),
        counted_relevance=r.choices("evidence.counted_relevance", _RELEVANCE),
        partial_min_score=r.float_("evidence.partial_min_score"),
        positive_directions=r.choices("evidence.positive_directions", _DIRECTIONS),
        negative_directions=r.choices("evidence.negative_directions", _DIRECTIONS),
        low_certainty=r.choices("evidence.low_certainty"),
        exclude_retracted=r.bool_("evidence.exclude_retracted"),
        strong_level=r.int_("evidence.strong_level", 1, 5),
        max_listed=r.int_("evidence.max_listed", 1),
        untargeted_max_verdict=r.choice("evidence.untargeted_max_verdict", ("weak", "supported")),
        min_positive_level1=r.int_("supported.min_positive_level1", 1),
        min_positive_level2=r.int_("supported.min_positive_level2", 1),
        min_consistency=r.float_("supported.min_consistency"),
        low_certainty_share=r.float_("weak.low_certainty_share"),
        short_term_share=r.float_("weak.short_term_share"),
        absolute_wording=r.bool_("weak.absolute_wording"),
        min_negative_level1=r.int_("contradicted.min_negative_level1", 1),
        min_negative_level2=r.int_("contradicted.min_negative_level2", 1),
        negative_excludes_low_certainty=r.bool_("contradicted.exclude_low_certainty"),
        insufficient_evidence=r.pattern("contradicted.insufficient_pattern"),
        higher_level_wins=r.bool_("conflicts.higher_level_wins"),
        equal_level_verdict=r.choice("conflicts.equal_level", ("weak", "supported", "contradicted")),
        mechanism_max_verdict=r.choice("kinds.mechanism.max_verdict", ("weak", "supported")),
        mechanism_clinical_max_level=r.int_("kinds.mechanism.clinical_max_level", 1, 5),
        safety_max_level=r.int_("kinds.safety.max_level", 1, 5),
        safety_min_studies=r.int_("kinds.safety.min_studies", 1),
        safety_harm_max_level=r.int_("kinds.safety.harm_contradicts_max_level", 1, 5),
        safety_topic=r.pattern("kinds.safety.topic_pattern"),
        safety_query_terms=r.choices("kinds.safety.query_terms"),
        safety_precaution=r.pattern("kinds.safety.precaution_pattern"),
        safety_harm_claim=r.pattern("kinds.safety.harm_claim_pattern"),
        safety_claim=r.pattern("kinds.safety.safety_claim_pattern"),
        safety_overstated=r.pattern("kinds.safety.overstated_pattern"),
        safety_serious=r.pattern("kinds.safety.serious_harm_pattern"),
        safety_reassurance=r.pattern("kinds.safety.reassurance_pattern"),
        statistic_max_verdict=r.choice("kinds.statistic.max_verdict", ("weak", "supported")),
        structural_misattribution=r.bool_("misattribution.structural"),
        literature_min_positive=r.int_("misattribution.literature_min_positive", 1),
        literature_kinds=r.choices("misattribution.literature_kinds"),
        literature_confidence_penalty=r.float_("misattribution.literature_confidence_penalty"),
        citation_year_tolerance=r.int_("citation.year_tolerance", 0, 5),
        citation_max_matches=r.int_("citation.max_matches", 1),
        citation_max_closest=r.int_("citation.max_closest", 1),
        citation_mismatch_verdict=r.choice("citation.mismatch_verdict", ("misattributed", "weak")),
        citation_retracted_verdict=r.choice("citation.retracted_verdict", ("misattributed", "contradicted", "weak")),
        citation_design_levels=design_levels,
        confidence_base=base,
        per_strong_study=r.float_("confidence.per_strong_study"),
        per_other_study=r.float_("confidence.per_other_study"),
        confidence_floor=floor,
        confidence_cap=cap,
        library_absence_penalty=r.float_("confidence.library_absence_penalty"),
        digest_penalty=r.float_("confidence.digest_penalty"),
        source=source,
        data=data,
    )


def load_policy(path: str | os.PathLike[str] | None = None) -> Policy:
    """The packaged policy, or the one in ``path``; ``PolicyError`` when missing or malformed."""
    if path is None:
        text = resources.files("audit").joinpath("data/policy.json").read_text("utf-8")
        source = PACKAGED_POLICY
    else:
        source = str(path)
        try:
            text = Path(path).read_text("utf-8")
        except FileNotFoundError:
            raise PolicyError(f"policy file not found: {source}; pass an existing file or omit it for the packaged policy") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"policy file {source} cannot be read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PolicyError(f"policy {source} is not valid JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}") from None
    return policy_from_dict(data, source)
