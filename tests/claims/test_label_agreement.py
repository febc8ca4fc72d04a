"""The second labellers' tables and the agreement measure (``label_agreement.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims_scoring import ARTICLES, LABELLED, load_labels, score  # noqa: E402
from label_agreement import SECOND, agreement, article_of, as_claims, pooled, visible_text  # noqa: E402

TABLES = sorted(SECOND.glob("*.claims.csv"))


def test_visible_text_is_what_a_reader_copies_from(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html><head><style>p{}</style><script>var x=1;</script></head><body><p>Cupping &amp; massage "
                    "ease <b>neck</b> pain.</p></body></html>", encoding="utf-8")
    assert visible_text(page).strip() == "Cupping & massage ease neck pain."
    text = tmp_path / "t.md"
    text.write_text("# Cupping\n\nCupping &amp; eases pain.\n", encoding="utf-8")
    assert visible_text(text) == "# Cupping\n\nCupping &amp; eases pain.\n"  # (Markdown is read as it is)


@pytest.mark.parametrize("table", TABLES, ids=lambda p: p.name)
def test_each_second_table_labels_a_labelled_article_with_sources_copied_from_it(table: Path) -> None:
    article = article_of(table)
    assert article in LABELLED
    text = visible_text(article)
    labels = load_labels(table)
    assert len(labels) >= 15
    assert [label.source for label in labels if label.source not in text] == []


def test_a_table_agrees_with_itself_and_a_missing_row_is_one_miss() -> None:
    table = TABLES[0]
    article = article_of(table)
    first = load_labels(ARTICLES / table.name)
    text = visible_text(article)
    same = score(as_claims(text, first), first)  # type: ignore[arg-type]
    assert (same.matched, same.recall, same.precision, same.attribution, same.kind_agreement) == (len(first), 1.0, 1.0, 1.0, 1.0)
    fewer = score(as_claims(text, first[1:]), first)  # type: ignore[arg-type]
    assert fewer.missed == (first[0].source,) and fewer.precision == 1.0


def test_the_committed_second_labels_agree_as_the_readme_says() -> None:
    results = agreement(extractor=False)
    assert list(results) == ["second vs first"] and len(results["second vs first"]) == 8
    labels, found, matched, recall, precision, attribution, kind = pooled(results["second vs first"])
    assert (labels, found, matched) == (243, 255, 242)
    assert (round(recall, 3), round(precision, 3), round(attribution, 3), round(kind, 3)) == (0.996, 0.949, 1.0, 0.946)
