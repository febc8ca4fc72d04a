"""Print every claim's verdict on the bundled example, audited offline on the bundled library.

Usage::

    python benchmarks/verdicts_example.py [--article examples/dry-needling.txt]
        [--library examples/dry-needling-evidence.xml] [--reasons] [--evidence] [--csv FILE]

The last line is a summary: ``claims=N supported=… weak=… … searches=… seconds=…``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from audit import audit_claims
from audit.library import Library
from claims import extract_claims

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", default=str(ROOT / "examples" / "dry-needling.txt"))
    parser.add_argument("--library", default=str(ROOT / "examples" / "dry-needling-evidence.xml"))
    parser.add_argument("--reasons", action="store_true", help="print each verdict's reasons and wording")
    parser.add_argument("--evidence", action="store_true", help="print the studies behind each verdict")
    parser.add_argument("--csv", type=Path, help="also write one row per claim (verdict, confidence, text) here")
    parser.add_argument("--emulated", action="store_true",
                        help="audit through the real PubMed client (Bio.Entrez) against the local E-utilities "
                             "emulator serving the library, then again from the response cache; print requests")
    args = parser.parse_args(argv)

    if args.emulated:
        return _emulated(args)
    start = time.perf_counter()
    ledger = extract_claims(args.article)
    library = Library.open(args.library)
    searches: list[str] = []
    original = library.search

    def counting_search(query: str, retmax: int = 100):  # type: ignore[no-untyped-def]
        searches.append(query)
        return original(query, retmax)

    library.search = counting_search  # type: ignore[method-assign]
    result = audit_claims(ledger, library)
    seconds = time.perf_counter() - start

    claims = {c.id: c for c in ledger.claims}
    for n, v in enumerate(result.verdicts, start=1):
        c = claims[v.claim_id]
        cites = ", ".join(ch.status for ch in v.citation_checks)
        other = f" [vs {v.compared_intervention}]" if v.compared_intervention else ""
        print(f"{n:2d}. {v.verdict:13s} {v.confidence:.2f} {c.kind:9s} {c.text[:90]!r}{other}"
              + (f" cites: {cites}" if cites else ""))
        if args.reasons:
            for r in v.reasons:
                print(f"      - {r}")
            print(f"      > {v.suggested_wording}")
        if args.evidence:
            for g in v.evidence:
                print(f"      E L{g.level} {g.design:28s} {g.relevance:8s} {g.direction:13s} {g.title[:70]}")
            for g in v.comparison:
                print(f"      X L{g.level} {g.design:28s} {g.relevance:8s} {g.direction:13s} {g.title[:70]}")
    if args.csv:
        frame = result.to_frame()[["claim_id", "verdict", "confidence", "kind", "section", "text", "citation_status",
                                   "reasons", "suggested_wording"]]
        frame.to_csv(args.csv, index=False)
    print()
    for ch in result.citations:
        print(f"citation {ch.status:12s} {ch.mention_text[:80]!r}")
        for m in ch.matches:
            print(f"    match   {m.journal} {m.year} {m.design}: {m.title[:80]}")
        for m in ch.closest:
            print(f"    closest {m.journal} {m.year} {m.design}: {m.title[:60]} — {m.why}")
    counts = " ".join(f"{k}={n}" for k, n in result.counts().items())
    p = result.provenance
    print(f"policy={p.policy_version} vocabulary={p.vocabulary_version} source={p.evidence_source}")
    print(f"claims={len(result.verdicts)} {counts} searches={len(searches)} distinct_searches={len(set(searches))} "
          f"seconds={seconds:.2f}")
    return 0


def _emulated(args: argparse.Namespace) -> int:
    import tempfile

    from audit.cache import Cache
    from audit.emulator import EutilsEmulator
    from audit.pubmed import PubMed

    ledger = extract_claims(args.article)
    with tempfile.TemporaryDirectory() as tmp, EutilsEmulator(Library.open(args.library)) as emulator:
        cache_path = Path(tmp) / "cache.sqlite"
        for label, client in (
            ("live", PubMed(email="bench@example.org", api_key="emulated", cache=Cache(cache_path),
                            base_url=emulator.url)),
            ("cached", PubMed(email="bench@example.org", cache=Cache(cache_path), offline=True,
                              base_url=emulator.url)),
        ):
            before = dict(emulator.counts)
            start = time.perf_counter()
            result = audit_claims(ledger, client)
            seconds = time.perf_counter() - start
            served = {k: emulator.counts[k] - before.get(k, 0) for k in emulator.counts}
            counts = " ".join(f"{k}={n}" for k, n in result.counts().items())
            print(f"{label}: source={result.provenance.evidence_source} requests_made="
                  f"{result.provenance.requests_made} served={served} {counts} seconds={seconds:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
