"""The verdict policy data file: loads, is versioned, and malformed files fail with clear messages."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from audit.errors import PolicyError
from audit.policy import load_policy, policy_from_dict

PACKAGED = json.loads((Path(__file__).resolve().parents[2] / "audit" / "data" / "policy.json").read_text("utf-8"))


def test_packaged_policy_loads_with_its_version_and_thresholds() -> None:
    policy = load_policy()
    assert policy.version == "2026.11.1"
    assert (policy.min_positive_level1, policy.min_positive_level2) == (1, 2)
    assert (policy.min_negative_level1, policy.min_negative_level2) == (1, 2)
    assert policy.counted_relevance == ("direct", "partial")
    assert policy.equal_level_verdict == "weak" and policy.higher_level_wins is True
    assert policy.mechanism_max_verdict == "weak"
    assert policy.citation_design_levels["meta-analysis"] == (1,)
    assert "higher-level null beats lower-level positives" in policy.rule("conflicts")


def test_policy_from_a_file(tmp_path: Path) -> None:
    data = copy.deepcopy(PACKAGED)
    data["version"] = "test.1"
    data["supported"]["min_positive_level2"] = 3
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data), "utf-8")
    policy = load_policy(path)
    assert (policy.version, policy.min_positive_level2, policy.source) == ("test.1", 3, str(path))


def _broken(path: str, value: object) -> dict:
    data = copy.deepcopy(PACKAGED)
    *parents, last = path.split(".")
    node = data
    for p in parents:
        node = node[p]
    if value is KeyError:
        del node[last]
    else:
        node[last] = value
    return data


BROKEN = [
    ("version", "", "policy <t>: 'version' must be a non-empty string such as \"2026.11.1\""),
    ("supported.min_positive_level1", KeyError, "policy <t>: 'supported.min_positive_level1' is missing"),
    ("supported.min_positive_level2", -1,
     "policy <t>: 'supported.min_positive_level2' must be an integer from 1 to 10000, got -1"),
    ("weak.short_term_share", 1.5, "policy <t>: 'weak.short_term_share' must be a number from 0.0 to 1.0, got 1.5"),
    ("conflicts.equal_level", "coin toss",
     "policy <t>: 'conflicts.equal_level' must be one of weak, supported, contradicted, got 'coin toss'"),
    ("evidence.counted_relevance", ["direct", "close"],
     "policy <t>: 'evidence.counted_relevance' has unknown value(s) 'close'; allowed: direct, partial, neighbour, none"),
    ("confidence.floor", 0.99, "policy <t>: 'confidence.floor' must not exceed confidence.cap (0.95), got 0.99"),
    ("citation.design_levels", {"meta-analysis": [7]},
     "policy <t>: 'citation.design_levels.meta-analysis' must be a non-empty list of levels 1-5, got [7]"),
]


@pytest.mark.parametrize(("path", "value", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_malformed_policy_says_what_is_wrong(path: str, value: object, message: str) -> None:
    with pytest.raises(PolicyError) as info:
        policy_from_dict(_broken(path, value), "<t>")
    assert str(info.value).startswith(message)
    assert "pass policy=None to use the packaged policy" in str(info.value) or "version" in path


def test_missing_and_invalid_files(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match=r"^policy file not found: .*nope\.json; pass an existing file"):
        load_policy(tmp_path / "nope.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", "utf-8")
    with pytest.raises(PolicyError, match=r"is not valid JSON \(line 1, column 3\)"):
        load_policy(bad)


@pytest.mark.parametrize(
    ("verdict", "strong", "other", "penalty", "expected"),
    [("supported", 2, 1, 0.0, 0.72), ("supported", 10, 10, 0.0, 0.95), ("weak", 0, 0, 0.05, 0.5),
     ("misattributed", 0, 0, 0.0, 0.8), ("error", 5, 5, 0.0, 0.0), ("no_evidence", 0, 0, 0.15, 0.45)],
)
def test_confidence_formula(verdict: str, strong: int, other: int, penalty: float, expected: float) -> None:
    assert load_policy().confidence(verdict, strong, other, penalty) == expected
