"""Recall, precision and attribution against the labelled claim tables of our test articles."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from claims_scoring import LABELLED, load_labels, score

from claims import extract_claims


@pytest.mark.parametrize("article", sorted(LABELLED), ids=lambda p: Path(p).name)
def test_recall_precision_and_attribution(article: Path) -> None:
    result = score(extract_claims(article), load_labels(LABELLED[article]))
    assert result.recall >= 0.95, f"missed: {result.missed}"
    assert result.precision >= 0.90, f"spurious: {result.spurious}"
    assert result.attribution >= 0.9, f"wrong attribution: {result.wrong_attribution}"


def test_scoring_counts_misses_and_spurious_claims() -> None:
    """The scorer itself: a ledger with one claim dropped and labels with one extra row."""
    article = next(a for a in LABELLED if a.name == "magnesium-sleep.md")
    ledger = extract_claims(article)
    labels = load_labels(LABELLED[article])
    fewer = replace(ledger, claims=ledger.claims[1:])
    result = score(fewer, labels)
    assert result.matched == len(labels) - 1
    assert result.missed == (labels[0].source,)
    assert result.recall == pytest.approx((len(labels) - 1) / len(labels))
    assert result.precision == 1.0
    flipped = replace(ledger, claims=tuple(replace(c, intervention="melatonin") for c in ledger.claims))
    assert score(flipped, labels).attribution_ok == 0
