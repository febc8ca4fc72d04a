"""Dump what an extractor's rules find, for measuring the learned detector against rules that never saw the held-out
articles (``train_detector.py --hold-out NAME --rules-at REV`` runs this with an older ``claims`` package first on the
path). Prints JSON: per article, that extractor's article text, the blocks its rules judged and its claims' spans."""

from __future__ import annotations

import json
import sys

from claims_scoring import LABELLED

import claims.extract as extract


def main(names: list[str]) -> None:
    seen: list[object] = []

    class Recording(extract.ClaimBuilder):  # type: ignore[misc, name-defined]
        def list_item(self, block):  # type: ignore[no-untyped-def]
            seen.append(block)
            return super().list_item(block)

        def table_row(self, block):  # type: ignore[no-untyped-def]
            seen.append(block)
            return super().table_row(block)

        def paragraph(self, block):  # type: ignore[no-untyped-def]
            seen.append(block)
            return super().paragraph(block)

    extract.ClaimBuilder = Recording  # type: ignore[misc]
    out = {}
    for article in LABELLED:
        if article.stem not in names:
            continue
        seen.clear()
        ledger = extract.extract_claims(article)
        out[article.name] = {
            "text": ledger.article.text, "claims": [[c.start, c.end] for c in ledger.claims],
            "blocks": [[b.kind, b.text, b.start, b.end, list(b.section), b.lead_in, list(b.cells)]  # type: ignore[attr-defined]
                       for b in seen]}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
