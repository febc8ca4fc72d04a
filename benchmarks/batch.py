"""Batch of 200 articles against the bundled library: articles per second and memory as the batch grows.

    python benchmarks/batch.py [--articles 200] [--formats html]

Writes copies and variations of the test articles (tests/claims/articles/*) and of the example
(examples/dry-needling.txt) to a temporary folder, with an inventory CSV, then runs
``reports.batch.run_batch`` in this process against ``examples/dry-needling-evidence.xml`` opened
once. Resident memory (VmRSS from /proc/self/status) is sampled after 50, 100 and 200 articles
and the peak (VmHWM) at the end: flat numbers show that results are not held.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _mem(field: str) -> float:
    """MiB of VmRSS/VmHWM of this process (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _variant(text: str, suffix: str, n: int, rng: random.Random) -> str:
    if suffix == ".html":
        text = re.sub(r"<title>(.*?)</title>", lambda m: f"<title>{m.group(1)} (edition {n})</title>", text, count=1)
        return text.replace("<body>", f"<body><!-- variant {n} -->", 1)
    paras = text.split("\n\n")
    first = 1 if len(paras) > 1 and paras[0].startswith("---\n") else 0  # (not inside YAML front matter)
    paras[first] = f"{paras[first].strip()} (edition {n})"
    if len(paras) > 4 and n % 3:
        del paras[rng.randrange(1, len(paras) - 1)]  # drop one paragraph
    if len(paras) > 5 and n % 2:
        i = rng.randrange(1, len(paras) - 2)
        paras[i], paras[i + 1] = paras[i + 1], paras[i]  # swap two
    return "\n\n".join(paras)


def make_articles(folder: Path, count: int) -> Path:
    articles = ROOT / "tests" / "claims" / "articles"
    bases = sorted(p for p in articles.iterdir() if p.suffix in (".txt", ".md", ".html"))
    bases.append(ROOT / "examples" / "dry-needling.txt")
    rng = random.Random(7)
    rows = []
    for n in range(count):
        base = bases[n % len(bases)]
        path = folder / f"{base.stem}-{n:03d}{base.suffix}"
        path.write_text(_variant(base.read_text("utf-8"), base.suffix, n, rng), "utf-8")
        rows.append({"source": path.name})
    inventory = folder / "inventory.csv"
    with inventory.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["source"])
        writer.writeheader()
        writer.writerows(rows)
    return inventory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--formats", default="html", help="report formats per article (audit.json always)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (1: in this process)")
    args = parser.parse_args()

    from concurrent.futures import ProcessPoolExecutor

    from audit.library import Library
    from reports.batch import run_batch
    from reports.options import EvidenceSettings

    samples: dict[int, float] = {}
    marks = {50, 100, 200, args.articles}

    def progress(stage: str, done: int, total: int) -> None:
        if done in marks:
            samples[done] = _mem("VmRSS")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "articles").mkdir()
        inventory = make_articles(tmpdir / "articles", args.articles)
        xml = ROOT / "examples" / "dry-needling-evidence.xml"
        library = Library.open(xml)
        rss_start = _mem("VmRSS")
        start = time.perf_counter()
        if args.jobs > 1:  # workers open the library themselves; memory below is the parent's
            with ProcessPoolExecutor(args.jobs) as pool:
                summary = run_batch(inventory, tmpdir / "out", EvidenceSettings(library=xml, offline=True),
                                    formats=tuple(args.formats.split(",")), progress=progress, executor=pool)
        else:
            summary = run_batch(inventory, tmpdir / "out", library, formats=tuple(args.formats.split(",")),
                                progress=progress)
        elapsed = time.perf_counter() - start
        rerun_start = time.perf_counter()
        again = run_batch(inventory, tmpdir / "out", library, formats=tuple(args.formats.split(",")))
        rerun = time.perf_counter() - rerun_start
    print(f"jobs: {args.jobs}")
    print(f"articles: {summary.total} ({summary.audited} audited, {summary.failed} failed) in {elapsed:.1f} s "
          f"= {summary.total / elapsed:.1f} articles/s")
    print(f"rerun (all already done): {again.skipped} skipped in {rerun:.2f} s")
    print(f"RSS before the batch: {rss_start:.0f} MiB; " +
          "; ".join(f"after {n}: {samples[n]:.0f} MiB" for n in sorted(samples)))
    peak = _mem("VmHWM")
    print(f"peak RSS (VmHWM): {peak:.0f} MiB")
    rss = " ".join(f"rss_mib_{n}={samples[n]:.0f}" for n in sorted(samples))
    print(f"batch articles={summary.total} jobs={args.jobs} articles_per_s={summary.total / elapsed:.1f} {rss} "
          f"peak_rss_mib={peak:.0f}")


if __name__ == "__main__":
    main()
