"""Requests an article audit makes against the E-utilities emulator: ours, naive, floor, warm, 3 req/s.

    python3 benchmarks/requests.py [--article examples/dry-needling.txt]
                                   [--library examples/dry-needling-evidence.xml]

The emulator answers from the local library over HTTP on loopback; the real Bio.Entrez functions
make every request. Nothing here talks to NCBI. Last line: ``requests ours=N naive=M floor=F warm=W``.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audit.cache import Cache  # noqa: E402
from audit.emulator import EutilsEmulator  # noqa: E402
from audit.library import Library  # noqa: E402
from audit.model import Record, SearchResult  # noqa: E402
from audit.planner import PlannedQuery, normalise_query, run_plan  # noqa: E402
from audit.pubmed import PubMed  # noqa: E402
from audit.queries import build_claim_queries  # noqa: E402
from claims.vocabulary import load_vocabulary  # noqa: E402

EMAIL = "benchmark@example.org"
#: Designs a naive client counts one query each for (instead of counting fetched records).
DESIGNS = ("Meta-Analysis", "Systematic Review", "Randomized Controlled Trial", "Observational Study", "Case Reports")


class Recording:
    """Passes calls to a source and remembers every query searched and every id it returned."""

    def __init__(self, source: PubMed) -> None:
        self.source = source
        self.name = source.name
        self.queries: dict[str, None] = {}
        self.ids: dict[str, None] = {}

    @property
    def requests_made(self) -> int:
        return self.source.requests_made

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        self.queries[normalise_query(query)] = None  # a failing query costs its request too
        result = self.source.search(query, retmax=retmax)
        self.ids.update(dict.fromkeys(result.ids))
        return result

    def fetch(self, ids: Sequence[str]) -> list[Record]:
        return self.source.fetch(ids)

    def __getattr__(self, name: str) -> Any:  # summary, citmatch…
        return getattr(self.source, name)


def load_ledger(article: Path) -> Any:
    try:
        from claims import extract_claims  # type: ignore[attr-defined]
    except ImportError:
        sys.exit(
            "benchmarks/requests.py needs claims.extract_claims (the claims stage), which is not in this "
            "checkout yet; nothing to audit"
        )
    return extract_claims(article)


def planned_for(ledger: Any) -> dict[str, list[PlannedQuery]]:
    """Per claim: its own queries plus those of its citation mentions (what a naive client runs)."""
    vocabulary = load_vocabulary()
    try:
        from audit.citations import build_citation_queries
    except ImportError:
        build_citation_queries = None
    per_claim: dict[str, list[PlannedQuery]] = {}
    for claim in ledger.claims:
        planned = build_claim_queries(claim, vocabulary)
        if build_citation_queries is not None:
            for mention in claim.citations:
                planned += build_citation_queries(mention, claim, vocabulary)
        per_claim[claim.id] = planned
    return per_claim


def audit(ledger: Any, source: Recording, per_claim: dict[str, list[PlannedQuery]]) -> str:
    """The whole audit when the pipeline is there (else just its request plan); returns which ran."""
    try:
        from audit import audit_claims  # type: ignore[attr-defined]
    except ImportError:
        audit_claims = None
    if audit_claims is not None:
        audit_claims(ledger, source)
        return "audit_claims"
    run_plan([p for planned in per_claim.values() for p in planned], source)
    return "run_plan"


def naive(ledger: Any, pubmed: PubMed, per_claim: dict[str, list[PlannedQuery]], retmax: int = 50) -> None:
    """Per claim and query: esearch, efetch of its ids, and one count query per study design; no cache."""
    for claim in ledger.claims:
        for p in per_claim[claim.id]:
            try:
                result = pubmed.search(p.query, retmax=retmax)
                pmids = [i for i in result.ids if i.isdigit()]
                if pmids:
                    pubmed.fetch(pmids)
                for design in DESIGNS:
                    pubmed.search(f'({p.query}) AND "{design}"[pt]', retmax=0)
            except Exception as exc:  # a naive client does not care; we only count its requests
                print(f"  naive: {p.query[:60]}…: {exc}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--article", type=Path, default=ROOT / "examples" / "dry-needling.txt")
    parser.add_argument("--library", type=Path, default=ROOT / "examples" / "dry-needling-evidence.xml")
    parser.add_argument("--skip-rate", action="store_true", help="skip the 3 requests/s wall-time run")
    args = parser.parse_args(argv)
    if not args.library.exists():
        sys.exit(f"no library at {args.library}: build it with `python3 examples/build_library.py` or pass --library")

    ledger = load_ledger(args.article)
    library = Library.open(args.library)
    per_claim = planned_for(ledger)
    print(f"article {args.article.name}: {len(ledger.claims)} claims; library {args.library.name}: {len(library)} records")

    with tempfile.TemporaryDirectory() as tmp, EutilsEmulator(library) as emu:
        cache = Cache(Path(tmp) / "cold.sqlite")
        cold = Recording(PubMed(email=EMAIL, api_key="bench-key", cache=cache, base_url=emu.url))
        how = audit(ledger, cold, per_claim)
        ours = emu.count()
        floor = len(cold.queries) + math.ceil(len([i for i in cold.ids if i.isdigit()]) / 200)
        print(f"cold ({how}): {ours} requests {dict(emu.counts)}; {len(cold.queries)} distinct queries, "
              f"{len(cold.ids)} unique ids")

        warm_source = Recording(PubMed(email=EMAIL, api_key="bench-key", cache=cache, base_url=emu.url))
        before = emu.count()
        audit(ledger, warm_source, per_claim)
        warm = emu.count() - before
        print(f"warm ({how}, same cache): {warm} requests")

        before = emu.count()
        naive(ledger, PubMed(email=EMAIL, api_key="bench-key", base_url=emu.url), per_claim)
        naive_n = emu.count() - before
        print(f"naive (per claim: esearch + efetch + {len(DESIGNS)} design counts per query, no cache): {naive_n}")

    if not args.skip_rate:
        # the whole audit (requests + grading + verdicts), then its request plan alone
        plan = [PlannedQuery("bench", q, "bench") for q in cold.queries]
        for label, run in (
            ("audit", lambda src: audit(ledger, src, per_claim)),
            ("request plan only", lambda src: run_plan(plan, src)),
        ):
            with tempfile.TemporaryDirectory() as tmp, EutilsEmulator(library, rate_limit=3) as emu:
                time.sleep(1.0)  # a fresh second for the limiter and Bio.Entrez's throttle
                limited = Recording(PubMed(email=EMAIL, cache=Cache(Path(tmp) / "c.sqlite"), base_url=emu.url))
                started = time.perf_counter()
                run(limited)
                wall = time.perf_counter() - started
                n = emu.count()
                refused = sum(1 for r in emu.requests if r.status == 429)
                print(f"3 req/s, no API key, cold, {label}: {n} requests in {wall:.2f} s; requests/3 = {n / 3:.2f} s; "
                      f"ratio {wall / (n / 3):.2f}; HTTP 429 answers {refused}")

    print(f"requests ours={ours} naive={naive_n} floor={floor} warm={warm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
