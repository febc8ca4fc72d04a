"""How far two labellers of one article agree, measured as the extractor is measured.

    python3 tests/claims/label_agreement.py

Each table in ``second_labels/`` labels an article of ``articles/`` a second time, by a labeller who read the article
and the writers' brief but never the first table. The second table is scored against the first with
``claims_scoring.score``: its rows stand in for extracted claims, placed where their sources stand in the article's
visible text (HTML tags dropped, entities decoded: what the labellers copied from). So "recall" is the share of the
first labeller's claims the second one also listed, "precision" the share of the second one's that the first also
listed, and attribution and kind agreement are over the pairs. The extractor is scored against both tables on the
same articles, so its figures sit beside the labellers' agreement.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims_scoring import ARTICLES, Label, Score, label_spans, load_labels, score  # noqa: E402

from claims import extract_claims  # noqa: E402

SECOND = Path(__file__).resolve().parent / "second_labels"


@dataclass(frozen=True)
class _Article:
    text: str
    source: str


@dataclass(frozen=True)
class _Row:
    """A labelled row standing in for an extracted claim (the fields ``score`` reads)."""

    start: int
    end: int
    source_text: str
    text: str
    intervention: str
    misattributed_structurally: bool
    kind: str


@dataclass(frozen=True)
class _Table:
    article: _Article
    claims: tuple[_Row, ...]


def visible_text(path: Path) -> str:
    """The article as its labellers read it: a text or Markdown file as it is, an HTML page's rendered text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() not in (".html", ".htm"):
        return raw
    from lxml import html

    tree = html.fromstring(raw.encode("utf-8"))
    for element in tree.xpath("//script|//style|//template"):
        element.drop_tree()
    return str(tree.text_content())


def as_claims(text: str, labels: list[Label], source: str = "") -> _Table:
    """A label table as a ledger ``score`` can read (a source labelled twice stands at its next place each time; one
    not found in the text is matched by its words alone)."""
    rows = []
    for label, span in zip(labels, label_spans(text, [label.source for label in labels]), strict=True):
        start, end = span or (0, 0)
        rows.append(_Row(start, end, label.source, label.text, label.intervention, label.misattributed, label.kind))
    return _Table(_Article(text, source), tuple(rows))


def article_of(table: Path) -> Path:
    name = table.name.removesuffix(".claims.csv")
    found = [p for p in ARTICLES.glob(f"{name}.*") if not p.name.endswith(".claims.csv")]
    if len(found) != 1:
        raise SystemExit(f"error: no single article {name}.* in {ARTICLES} for {table}")
    return found[0]


def agreement(names: list[str] | None = None, extractor: bool = True) -> dict[str, list[Score]]:
    """Scores per comparison ("second vs first", and with ``extractor`` "extractor vs first" and "extractor vs
    second"), one per article."""
    tables = sorted(SECOND.glob("*.claims.csv"))
    if names:
        tables = [t for t in tables if t.name.removesuffix(".claims.csv") in names]
    out: dict[str, list[Score]] = {"second vs first": [], "extractor vs first": [], "extractor vs second": []}
    for table in tables:
        article = article_of(table)
        first = load_labels(ARTICLES / table.name)
        second = load_labels(table)
        out["second vs first"].append(score(as_claims(visible_text(article), second, str(article)), first))  # type: ignore[arg-type]
        if extractor:
            ledger = extract_claims(article)
            out["extractor vs first"].append(score(ledger, first))
            out["extractor vs second"].append(score(ledger, second))
    return {name: scores for name, scores in out.items() if scores}


def pooled(scores: list[Score]) -> tuple[int, int, int, float, float, float, float]:
    labels = sum(s.labels for s in scores)
    found = sum(s.extracted for s in scores)
    matched = sum(s.matched for s in scores)
    return (labels, found, matched, matched / labels, matched / found,
            sum(s.attribution_ok for s in scores) / matched, sum(s.kind_ok for s in scores) / matched)


def main(argv: list[str] | None = None) -> None:
    import argparse

    parser = argparse.ArgumentParser(description="How far two labellers agree, beside the extractor's scores.")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="article names (without extension)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the rows only one labeller listed")
    args = parser.parse_args(argv)
    results = agreement(args.only)
    if not results["second vs first"]:
        raise SystemExit(f"error: no second label tables in {SECOND}")
    for name, scores in results.items():
        labels, found, matched, recall, precision, attribution, kind = pooled(scores)
        print(f"{name:<20} {len(scores)} articles, {labels} labels, {found} rows/claims, {matched} paired: "
              f"recall {recall:.3f} precision {precision:.3f} attribution {attribution:.3f} kind {kind:.3f}")
    print("(the shipped detector and kind model were trained on the first labels of the articles they learned from: "
          "against the first table, an extractor row is in-sample for those)")
    if args.verbose:
        for s in results["second vs first"]:
            for m in s.missed:
                print(f"  first only   {Path(s.article).name}: {m[:100]}")
            for m in s.spurious:
                print(f"  second only  {Path(s.article).name}: {m[:100]}")


if __name__ == "__main__":
    main()
