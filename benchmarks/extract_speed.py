"""Extraction speed: the bundled example (median of N runs) and ~1, 2 and 4 MB articles (linear scaling).

Run: python3 benchmarks/extract_speed.py [--runs N]
The big articles are built by repeating the example and our labelled test articles (page furniture
removed, each copy's headings numbered so the copies are not identical).
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from claims import ClaimLedger, extract_claims, extract_claims_from_text, load_vocabulary
from claims.boilerplate import is_tail_marker

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dry-needling.txt"
SOURCES = [EXAMPLE, *(ROOT / "tests" / "claims" / "articles").glob("*.txt")]


def _body(path: Path) -> str:
    """An article's text up to its comments/footer marker."""
    lines = []
    for line in path.read_text("utf-8").splitlines():
        if is_tail_marker(line):
            break
        lines.append(line)
    return "\n".join(lines)


def build_article(target_bytes: int) -> str:
    """A plain-text article of about ``target_bytes`` made of varied copies of real articles."""
    bodies = [_body(p) for p in SOURCES]
    parts = ["Dry Needling, Chiropractic and Shockwave Therapy: A Long Guide", ""]
    size = 0
    i = 0
    while size < target_bytes:
        body = bodies[i % len(bodies)].replace("Dry Needling", f"Dry Needling (part {i})", 1)
        parts.append(f"Part {i}: {body.splitlines()[0]}\n\n{body}\n")
        size += len(parts[-1].encode())
        i += 1
    return "\n".join(parts)


def time_it(func: Callable[[], ClaimLedger], runs: int) -> tuple[float, ClaimLedger]:
    """Median wall time of ``runs`` calls, and the last result."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="runs of the example (median is reported)")
    parser.add_argument("--big-runs", type=int, default=3, help="runs of each big article (median is reported)")
    args = parser.parse_args()
    vocab = load_vocabulary()
    extract_claims(EXAMPLE, vocabulary=vocab)  # warm up: vocabulary regexes compiled once per process
    median, ledger = time_it(lambda: extract_claims(EXAMPLE, vocabulary=vocab), args.runs)
    size = EXAMPLE.stat().st_size
    print(f"example  {size:>9,} bytes  {len(ledger):>6} claims  median of {args.runs}: {median * 1000:8.1f} ms")
    base = None
    for mb in (1, 2, 4):
        text = build_article(mb * 1024 * 1024)
        median, ledger = time_it(lambda t=text, name=f"big-{mb}mb": extract_claims_from_text(t, source=name, vocabulary=vocab),
                                 args.big_runs)
        per_mb = median / (len(text.encode()) / 1024 / 1024)
        base = base or per_mb
        print(f"{mb} MB     {len(text.encode()):>9,} bytes  {len(ledger):>6} claims  median of {args.big_runs}: "
              f"{median:8.2f} s  ({per_mb:.2f} s/MB, x{per_mb / base:.2f} of 1 MB rate)")


if __name__ == "__main__":
    main()
