"""Dump what an extractor's rules find, for measuring the learned detector against rules that never saw the held-out
articles (``train_detector.py --hold-out NAME --rules-at REV`` runs this with an older ``claims`` package first on the
path). Prints JSON: per article, the units its blocks hold, the rules' claim spans and the labels' spans, all in that
extractor's own article text."""

from __future__ import annotations

import json
import sys

from claims_scoring import LABELLED, load_labels

import claims.extract as extract
from claims.sentences import split_sentences


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
    for article, table in LABELLED.items():
        if article.stem not in names:
            continue
        seen.clear()
        ledger = extract.extract_claims(article)
        text = ledger.article.text
        units = []
        for block in seen:
            raw = text[block.start : block.end]  # type: ignore[attr-defined]
            found = []
            if block.kind == "table_row":  # type: ignore[attr-defined]
                at = 0
                for cell in block.cells:  # type: ignore[attr-defined]
                    i = raw.find(cell, at) if cell.strip() else -1
                    if i >= 0:
                        found.append([block.start + i, block.start + i + len(cell), cell])  # type: ignore[attr-defined]
                        at = i + len(cell)
            if not found:
                found = [[s.start, s.end, s.text] for s in split_sentences(raw, block.start) if s.text.strip()]  # type: ignore[attr-defined]
            units += [[*u, block.kind, block.lead_in or "", list(block.section)] for u in found]  # type: ignore[attr-defined]
        spans, where = [], {}
        for label in load_labels(table):
            at = text.find(label.source, where.get(label.source, 0))
            at = at if at >= 0 else text.find(label.source)
            where[label.source] = at + len(label.source) if at >= 0 else 0
            spans.append([at, at + len(label.source)] if at >= 0 else None)
        out[article.name] = {"units": units, "claims": [[c.start, c.end] for c in ledger.claims], "labels": spans}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
