"""Library import throughput vs Bio.Entrez.parse on the same PubMed XML, and peak memory as input grows.

Builds a gzip PubmedArticleSet of N records by replicating the real metapub fixture records
(../shared/data/metapub_fixtures/pmid_xml) with PMIDs renumbered from 90,000,000 (the file goes to a
temporary folder and is deleted afterwards), then:

1. imports it into an SQLite library (``Library.import_files``) and reports records/s;
2. parses the same bytes with ``audit.records.iter_pubmed_xml`` alone (parse-only records/s);
3. parses the same bytes with ``Bio.Entrez.parse`` and reports records/s and the ratio;
4. imports 2,500 / 5,000 / 10,000 / 20,000 records, each in a fresh subprocess, and reports the
   peak resident memory (VmHWM) of each, to show memory stays flat as the input grows; Bio.Entrez
   is measured the same way up to 5,000 records (it keeps the whole set in memory).

Speed figures are the best of ``--repeat`` runs (default 2). Run:
``python benchmarks/parse_speed.py [--records N] [--quick] [--repeat N]``. The last line reads
``parse records_per_s=N entrez_parse_records_per_s=M ratio=R``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / ".." / "shared" / "data" / "metapub_fixtures" / "pmid_xml"
HEADER = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
    b'"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>\n'
)
FOOTER = b"</PubmedArticleSet>\n"
FIRST_PMID = 90_000_000
ENTREZ_MEMORY_MAX = 5_000  # larger Bio.Entrez memory runs would need several GiB


def _templates() -> list[tuple[str, bytes]]:
    """(pmid, raw <PubmedArticle> bytes) of every real fixture record."""
    sys.path.insert(0, str(ROOT))
    from audit.records import iter_pubmed_xml

    if not FIXTURES.is_dir():
        sys.exit(f"benchmark data missing: {FIXTURES} (the ../shared folder beside the repo)")
    out = []
    for path in sorted(FIXTURES.glob("*.xml")):
        for record, raw in iter_pubmed_xml(path):
            if record.pmid:
                out.append((record.pmid, raw))
    return out


def build_file(path: Path, n: int, templates: list[tuple[str, bytes]]) -> int:
    """Write ``n`` records (renumbered copies of the templates) to a gzip file; return its size."""
    with gzip.open(path, "wb", compresslevel=6) as fh:
        fh.write(HEADER)
        for i in range(n):
            pmid, raw = templates[i % len(templates)]
            new = str(FIRST_PMID + i).encode()
            fh.write(re.sub(rb">" + pmid.encode() + rb"<", b">" + new + b"<", raw))
            fh.write(b"\n")
        fh.write(FOOTER)
    return path.stat().st_size


def time_import(path: Path, db: Path) -> tuple[int, float]:
    from audit.library import Library

    start = time.perf_counter()
    with Library(db) as library:
        counts = library.import_files([path])
    return counts.added + counts.replaced, time.perf_counter() - start


def time_parse(path: Path) -> tuple[int, float]:
    from audit.records import iter_pubmed_xml

    start = time.perf_counter()
    n = sum(1 for _ in iter_pubmed_xml(path))
    return n, time.perf_counter() - start


def time_entrez(path: Path) -> tuple[int, float, str]:
    """Bio.Entrez on the same bytes: ``Entrez.parse`` if it accepts the file, else ``Entrez.read``.

    Biopython's ``Entrez.parse`` raises ValueError ("does not represent a list") for a
    PubmedArticleSet, whose DTD makes it a dictionary of PubmedArticle and PubmedBookArticle
    lists (biopython issue #1027; the maintainers' advice is ``Entrez.read``), so the fallback
    is what a Bio.Entrez user runs on efetch output.
    """
    from Bio import Entrez

    start = time.perf_counter()
    try:
        with gzip.open(path, "rb") as fh:
            n = sum(1 for _ in Entrez.parse(fh))
        return n, time.perf_counter() - start, "Bio.Entrez.parse"
    except ValueError as exc:
        if "does not represent a list" not in str(exc):
            raise
    start = time.perf_counter()
    with gzip.open(path, "rb") as fh:
        result = Entrez.read(fh)
    n = len(result["PubmedArticle"]) + len(result["PubmedBookArticle"])
    return n, time.perf_counter() - start, "Bio.Entrez.read (Entrez.parse refuses a PubmedArticleSet)"


SEARCHES = (
    '"randomized controlled trial"[pt] OR "pancreatic cancer"[tiab]',
    '(review[pt] OR "meta-analysis"[pt]) AND 2015:2024[dp]',
    "Humans[mh] AND pain*",
)


def time_searches(db: Path) -> None:
    """Time a few typical queries on the imported library (mean of 5 runs each)."""
    from audit.library import Library

    with Library.open(db) as library:
        for query in SEARCHES:
            start = time.perf_counter()
            for _ in range(5):
                result = library.search(query, retmax=100)
            ms = (time.perf_counter() - start) / 5 * 1000
            print(f"search {query}: {result.count} hits, {ms:.1f} ms")


def child_memory(path: Path, db: Path, entrez: bool) -> None:
    """Run in a subprocess: import ``path`` (or read it with Bio.Entrez) and print the peak RSS as JSON."""
    import resource

    sys.path.insert(0, str(ROOT))
    import Bio.Entrez  # noqa: F401

    import audit.library  # noqa: F401  (import cost belongs to the baseline)

    # Linux keeps the parent's high-water mark across fork+exec: reset it, then read VmHWM.
    status = Path("/proc/self/status")
    try:
        Path("/proc/self/clear_refs").write_text("5")
        base_kib = _proc_kib(status, "VmRSS")
    except OSError:
        status = Path("/nonexistent")
        base_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if entrez:
        n, seconds, _how = time_entrez(path)
    else:
        n, seconds = time_import(path, db)
    peak_kib = _proc_kib(status, "VmHWM") if status.exists() else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": n, "seconds": seconds, "base_mib": base_kib / 1024, "peak_mib": peak_kib / 1024}))


def _proc_kib(status: Path, field: str) -> int:
    for line in status.read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(f"{field} not in {status}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000, help="records for the speed run (default 10000)")
    parser.add_argument("--quick", action="store_true", help="2,000 records and smaller memory steps (a smoke run)")
    parser.add_argument("--repeat", type=int, default=2, help="time each speed run this many times, keep the best")
    parser.add_argument("--child-memory", nargs=2, metavar=("XML_GZ", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--child-entrez", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_memory:
        child_memory(Path(args.child_memory[0]), Path(args.child_memory[1]), args.child_entrez)
        return
    sys.path.insert(0, str(ROOT))
    n = 2_000 if args.quick else args.records
    steps = (500, 1_000, 2_000) if args.quick else (2_500, 5_000, 10_000, 20_000)
    templates = _templates()
    print(f"templates: {len(templates)} real PubmedArticle records from {FIXTURES.resolve()}")
    with tempfile.TemporaryDirectory(prefix="claim-audit-bench-") as tmp:
        data = Path(tmp) / f"bench-{n}.xml.gz"
        size = build_file(data, n, templates)
        print(f"input: {n} records, {size / 1e6:.1f} MB gzip")

        db = Path(tmp) / "bench.sqlite"
        import_runs, parse_runs, entrez_runs = [], [], []
        for _ in range(args.repeat):  # best of N: other work on the machine only ever slows a run down
            for old in Path(tmp).glob("bench.sqlite*"):
                old.unlink()
            import_runs.append(time_import(data, db))
            parse_runs.append(time_parse(data))
            n_entrez, t_entrez, how = time_entrez(data)
            entrez_runs.append((n_entrez, t_entrez))
        counts = {c for c, _t in import_runs + parse_runs + entrez_runs}
        if counts != {n}:
            sys.exit(f"record counts differ: {sorted(counts)}, expected {n}")
        t_import, t_parse, t_entrez = (min(t for _c, t in runs) for runs in (import_runs, parse_runs, entrez_runs))
        ours = n / t_import
        entrez = n / t_entrez

        def runs_text(runs: list[tuple[int, float]]) -> str:
            return ", ".join(f"{t:.2f}" for _c, t in runs) + " s"

        print(f"library import (parse + SQLite + FTS5): {ours:,.0f} records/s (best of {runs_text(import_runs)})")
        print(f"parse only (audit.records.iter_pubmed_xml): {n / t_parse:,.0f} records/s (best of {runs_text(parse_runs)})")
        print(f"{how}: {entrez:,.0f} records/s (best of {runs_text(entrez_runs)})")
        time_searches(db)

        print("peak memory in a fresh process (VmHWM; 'base' is the RSS after the imports, before reading):")
        for step in steps:
            path = Path(tmp) / f"mem-{step}.xml.gz"
            build_file(path, step, templates)
            runs: list[tuple[str, list[str]]] = [("library import", [])]
            if step <= ENTREZ_MEMORY_MAX:  # Bio.Entrez holds the whole set: ~270 MiB per 1,000 such records
                runs.append(("Bio.Entrez   ", ["--child-entrez"]))
            for label, extra in runs:
                out = subprocess.run(
                    [sys.executable, __file__, "--child-memory", str(path), str(Path(tmp) / f"mem-{step}.sqlite"), *extra],
                    capture_output=True, text=True, check=True,
                )
                m = json.loads(out.stdout.strip().splitlines()[-1])
                print(
                    f"  {step:>6} records, {label}: peak {m['peak_mib']:6.1f} MiB (base {m['base_mib']:.1f}, "
                    f"+{m['peak_mib'] - m['base_mib']:6.1f} MiB), {m['records'] / m['seconds']:,.0f} records/s"
                )
    print(f"parse records_per_s={ours:.0f} entrez_parse_records_per_s={entrez:.0f} ratio={ours / entrez:.2f}")


if __name__ == "__main__":
    main()
