"""Train the learned claim detector (``claims/detector.py``) on the labelled articles, or measure it on a held-out part.

    python3 tests/claims/train_detector.py                 # train on every labelled article, write claims/data/detector.npz
    python3 tests/claims/train_detector.py --hold-out NAME # train on the articles listed before NAME in LABELLED,
                                                           # score the hybrid on NAME and every article after it

Every unit the detector judges (a sentence of a paragraph or list item, a cell of a table row) is a positive example
when it is paired with a labelled claim (one to one, at least half of the shorter overlapping: the pairing
``claims_scoring.score`` uses) or lies at least half inside one (each cell of a table row labelled whole), else a
negative one. The model is an L2-regularised logistic regression (scikit-learn,
lbfgs, deterministic), so the same labels give the same weights.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims_scoring import (  # noqa: E402
    ARTICLES,
    LABELLED,
    label_spans,
    labelled_before,
    load_labels,
    one_to_one,
    score,
    span_overlap,
)

from claims import ClaimLedger  # noqa: E402
from claims.detector import MODEL, Detector, Unit, features  # noqa: E402
from claims.extract import judged_units  # noqa: E402

#: the regularisation (inverse strength) the model is fitted with
C = 4.0


def _paired(spans: Sequence[Sequence[int] | None], found: Sequence[Sequence[int]]) -> set[int]:
    """Which of the spans ``found`` pair with a labelled span (one to one, best overlaps first, at least half of the
    shorter overlapping: the pairing ``claims_scoring.score`` uses)."""
    candidates = [(overlap, i, j) for i, span in enumerate(spans) if span is not None
                  for j, f in enumerate(found) if (overlap := span_overlap(span, f)) >= 0.5]
    return {j for _, j in one_to_one(candidates)}


def positives(units: Sequence[Unit], spans: Sequence[tuple[int, int] | None]) -> list[bool]:
    """Which units are paired with a labelled claim, or lie at least half inside one: a table row labelled whole makes
    each of its cells an example of a claim, not only the first ("Fibromyalgia" and "A chronic condition characterized
    by widespread pain …")."""
    paired = _paired(spans, [(u.start, u.end) for u in units])
    inside = {j for j, u in enumerate(units) for span in spans
              if span is not None and 2 * (min(span[1], u.end) - max(span[0], u.start)) >= u.end - u.start > 0}
    return [j in paired or j in inside for j in range(len(units))]


def examples(articles: Sequence[Path]) -> tuple[list[Unit], list[bool], list[tuple[ClaimLedger, list[Unit]]]]:
    units: list[Unit] = []
    ys: list[bool] = []
    read = []
    for n, article in enumerate(articles, 1):
        ledger, found = judged_units(article)
        labels = load_labels(LABELLED[article])
        units += found
        ys += positives(found, label_spans(ledger.article.text, [label.source for label in labels]))
        read.append((ledger, found))
        if n % 100 == 0:
            print(f"  read {n} of {len(articles)} articles", file=sys.stderr)
    return units, ys, read


def fit(units: Sequence[Unit], ys: Sequence[bool], trained_on: dict[str, object]) -> Detector:
    model = LogisticRegression(C=C, max_iter=5000).fit(features(units), np.array(ys))
    weights = model.coef_[0].astype(np.float32).astype(np.float64)  # (as stored: the digest names what is read back)
    return Detector(weights, float(model.intercept_[0]), trained_on)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the learned claim detector on the labelled articles.")
    parser.add_argument("--hold-out", metavar="NAME",
                        help="train on the articles before NAME (a file name without extension) and score the rest")
    parser.add_argument("--rules-at", metavar="REV",
                        help="with --hold-out: the rules of this git revision (one that never saw the held-out articles) "
                             "make the rule claims the detector second-guesses")
    parser.add_argument("-o", "--output", type=Path, default=MODEL, help=f"where to write the model (default {MODEL})")
    args = parser.parse_args(argv)
    if args.rules_at and not args.hold_out:
        parser.error("--rules-at needs --hold-out (it measures a held-out model; it never writes the shipped one)")
    articles = list(LABELLED)
    try:
        cut = labelled_before(args.hold_out)
    except ValueError as exc:
        parser.error(str(exc))
    units, ys, _ = examples(articles[:cut])
    trained_on = {"articles": cut, "labels": sum(len(load_labels(LABELLED[a])) for a in articles[:cut]),
                  "units": len(units), "positive_units": int(sum(ys)), "C": C,
                  "last_article": articles[cut - 1].name, "trained_at": datetime.now(UTC).date().isoformat()}
    print(f"training on {cut} articles: {len(units)} units, {sum(ys)} paired with a label", file=sys.stderr)
    detector = fit(units, ys, trained_on)
    if not args.hold_out:
        detector.save(args.output)
        print(f"wrote {args.output} ({detector.version})")
        return
    if args.rules_at:
        _older_rules(args.rules_at, [a.stem for a in articles[cut:]], detector)
        return
    _, _, held = examples(articles[cut:])
    totals = {"rules": [0, 0, 0, 0], "hybrid": [0, 0, 0, 0]}
    for (ledger, _units), article in zip(held, articles[cut:], strict=True):
        labels = load_labels(LABELLED[article])
        for name in totals:
            if name == "hybrid":
                ledger = _hybrid(article, detector)
            s = score(ledger, labels)
            for k, v in enumerate((s.labels, s.extracted, s.matched, s.attribution_ok)):
                totals[name][k] += v
    for name, (labels_, found_, matched, attributed) in totals.items():
        print(f"{name:<7} {len(held)} held-out articles, {labels_} labels: recall {matched / labels_:.3f} "
              f"precision {matched / found_:.3f} attribution {attributed / matched:.3f}")


def _older_rules(rev: str, names: list[str], detector: Detector) -> None:
    """Score the held-out articles with the rules of ``rev`` alone and with this detector's second opinion over them
    (by spans, as ``ClaimBuilder.second_opinion`` decides: add at ADD_AT, drop below DROP_BELOW, never a signpost)."""
    import json
    import subprocess
    import tempfile

    from claims.detector import decide, units_of
    from claims.structure import Block

    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(root), "archive", rev, "claims"], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        env = {"PYTHONPATH": f"{tmp}:{Path(__file__).resolve().parent}", "PATH": "/usr/bin:/bin"}
        dumped = subprocess.run([sys.executable, str(Path(__file__).resolve().parent / "rules_dump.py"), *names],
                                check=True, capture_output=True, text=True, env=env).stdout
    totals = {"rules": [0, 0, 0], "hybrid": [0, 0, 0]}
    for name, data in json.loads(dumped).items():
        # (the blocks that revision's rules read, cut into units as today's detector cuts them)
        blocks = [Block(kind, text, start, end, tuple(section), lead_in, tuple(cells))
                  for kind, text, start, end, section, lead_in, cells in data["blocks"]]
        units = units_of(blocks, data["text"])
        rules = [tuple(c) for c in data["claims"]]
        kept, added = decide(rules, units, detector.probabilities(units).tolist())
        labels = label_spans(data["text"], [label.source for label in load_labels(LABELLED[ARTICLES / name])])
        for kind, found in (("rules", rules), ("hybrid", [rules[k] for k in kept] + [(u.start, u.end) for u in added])):
            totals[kind][0] += len(labels)
            totals[kind][1] += len(found)
            totals[kind][2] += len(_paired(labels, found))
    for name, (labels_, found_, matched) in totals.items():
        print(f"{name:<7} {len(names)} held-out articles, {labels_} labels, rules of {rev}: recall {matched / labels_:.3f} "
              f"precision {matched / found_:.3f}")


def _hybrid(article: Path, detector: Detector) -> ClaimLedger:
    """The article's ledger with this (held-out) detector's second opinion, not the shipped one's."""
    from claims.extract import _by_rules, ledger_of
    from claims.ingest import load_source

    doc = load_source(article)
    art, builder, found, vocab, mentions = _by_rules(doc.text, doc.source, doc.content_type, doc.title, None,
                                                     doc.retrieved_at)
    builder.second_opinion(found, detector.probabilities(found).tolist())
    return ledger_of(art, builder, vocab, mentions, f"held-out-{detector.version}")


if __name__ == "__main__":
    main()
