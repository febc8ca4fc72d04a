"""Train the claim-kind model (``claims/kinds.py``) on the labelled articles, or measure it on a held-out part.

    python3 tests/claims/train_kinds.py                 # train on every labelled article, write claims/data/kinds.npz
    python3 tests/claims/train_kinds.py --hold-out NAME # train on the articles listed before NAME in LABELLED, and
                                                        # compare the rules' kinds and the learned ones on the rest

The examples are the hybrid extractor's claims (rules and detector, before any kind model) that ``claims_scoring``
pairs with a labelled claim, each with the label's kind. The model is a multinomial logistic regression
(scikit-learn, lbfgs, deterministic), so the same labels give the same weights.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from claims_scoring import LABELLED, labelled_before, load_labels, pair  # noqa: E402

from claims import Claim  # noqa: E402
from claims.kinds import KIND_MODEL, KindModel, kind_features  # noqa: E402

#: the regularisation (inverse strength) the model is fitted with
C = 4.0


def paired_claims(article: Path) -> list[tuple[Claim, str]]:
    """The article's hybrid claims (before any kind model) that pair with a label, each with the label's kind: the
    one-to-one pairing ``claims_scoring.score`` makes."""
    from claims.extract import unkinded

    ledger = unkinded(article)
    labels = load_labels(LABELLED[article])
    return [(ledger.claims[j], labels[i].kind) for i, j in pair(ledger, labels)]


def examples(articles: Sequence[Path]) -> list[tuple[Claim, str]]:
    out: list[tuple[Claim, str]] = []
    for n, article in enumerate(articles, 1):
        out += paired_claims(article)
        if n % 100 == 0:
            print(f"  read {n} of {len(articles)} articles", file=sys.stderr)
    return out


def fit(pairs: Sequence[tuple[Claim, str]], trained_on: dict[str, object]) -> KindModel:
    model = LogisticRegression(C=C, max_iter=3000).fit(kind_features([c for c, _ in pairs]), [k for _, k in pairs])
    coef, intercept = model.coef_, model.intercept_
    if coef.shape[0] == 1:  # (two kinds: scikit-learn keeps one row, for the second; the first scores its negation)
        coef, intercept = np.vstack([-coef, coef]), np.concatenate([-intercept, intercept])
    weights = coef.astype(np.float32).astype(np.float64)  # (as stored: the digest names what is read back)
    return KindModel(tuple(str(k) for k in model.classes_), weights, intercept.astype(np.float64), trained_on)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Train the claim-kind model on the labelled articles.")
    parser.add_argument("--hold-out", metavar="NAME",
                        help="train on the articles before NAME (a file name without extension) and measure the rest")
    parser.add_argument("-o", "--output", type=Path, default=KIND_MODEL, help=f"where to write the model (default {KIND_MODEL})")
    args = parser.parse_args(argv)
    articles = list(LABELLED)
    try:
        cut = labelled_before(args.hold_out)
    except ValueError as exc:
        parser.error(str(exc))
    pairs = examples(articles[:cut])
    trained_on = {"articles": cut, "claims": len(pairs), "kinds": dict(sorted(Counter(k for _, k in pairs).items())),
                  "C": C, "last_article": articles[cut - 1].name, "trained_at": datetime.now(UTC).date().isoformat()}
    print(f"training on {cut} articles: {len(pairs)} claims paired with a label", file=sys.stderr)
    model = fit(pairs, trained_on)
    if not args.hold_out:
        model.save(args.output)
        print(f"wrote {args.output} ({model.version})")
        return
    held = examples(articles[cut:])
    learned = model.predict([c for c, _ in held])
    rules = sum(c.kind == k for c, k in held)
    right = sum(p == k for p, (_, k) in zip(learned, held, strict=True))
    print(f"{len(articles) - cut} held-out articles, {len(held)} claims paired with a label: kind agreement, rules "
          f"{rules / len(held):.3f} ({rules}), learned {right / len(held):.3f} ({right})")


if __name__ == "__main__":
    main()
