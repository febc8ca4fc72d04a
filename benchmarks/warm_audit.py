"""Warm audit of the example, whole CLI process, against the bare import of the three packages.

    python benchmarks/warm_audit.py [-n 7] [--cache] [--breakdown]

Runs ``claim-audit audit examples/dry-needling.txt --offline --library
examples/dry-needling-evidence.xml -o <tmp>`` and ``python -c "import claims, audit, reports"``
N times each (after one warm-up run of each, so the OS file cache is warm) and prints the medians,
their ratio and their difference: the difference is what the audit itself adds. ``--cache`` also
times the audit answered offline from a warm PubMed response cache (filled once through Bio.Entrez
against the E-utilities emulator on loopback); ``--breakdown`` times each stage in-process.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _time(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="timed runs of each command (default 7)")
    parser.add_argument("--breakdown", action="store_true", help="also time each stage in-process")
    parser.add_argument("--cache", action="store_true",
                        help="also time the audit answered from a warm PubMed response cache (filled via the emulator)")
    args = parser.parse_args()
    exe = shutil.which("claim-audit")
    cli = [exe] if exe else [sys.executable, "-c", "import sys; from reports.cli import main; sys.exit(main())"]
    with tempfile.TemporaryDirectory() as tmp:
        audit = [*cli, "audit", "examples/dry-needling.txt", "--offline", "--library",
                 "examples/dry-needling-evidence.xml", "-o", str(Path(tmp) / "out")]
        imports = [sys.executable, "-c", "import claims, audit, reports"]
        _time(audit), _time(imports)  # warm-up
        audit_times = [_time(audit) for _ in range(args.runs)]
        import_times = [_time(imports) for _ in range(args.runs)]
        cache_times = _warm_cache_times(cli, Path(tmp), args.runs) if args.cache else []
    a, i = statistics.median(audit_times), statistics.median(import_times)
    print(f"runs: {args.runs} each")
    print(f"claim-audit audit (whole process): median {a:.3f} s  (min {min(audit_times):.3f}, max {max(audit_times):.3f})")
    print(f"python -c 'import claims, audit, reports': median {i:.3f} s  (min {min(import_times):.3f}, "
          f"max {max(import_times):.3f})")
    print(f"ratio audit/import: {a / i:.2f}x; the audit adds {a - i:.3f} s")
    if cache_times:
        c = statistics.median(cache_times)
        print(f"claim-audit audit --offline --cache (warm PubMed response cache): median {c:.3f} s "
              f"(min {min(cache_times):.3f}, max {max(cache_times):.3f}); ratio {c / i:.2f}x; adds {c - i:.3f} s")
    if args.breakdown:
        breakdown()
    tail = f" cache_median_s={statistics.median(cache_times):.3f}" if cache_times else ""
    print(f"warm_audit audit_median_s={a:.3f} import_median_s={i:.3f} ratio={a / i:.2f} added_s={a - i:.3f}{tail}")


def _warm_cache_times(cli: list[str], tmp: Path, runs: int) -> list[float]:
    """Fill a response cache through the live path (Bio.Entrez against the E-utilities emulator on
    loopback, serving the bundled library), then time offline audits answered from that cache."""
    from audit.emulator import EutilsEmulator
    from audit.library import Library

    cache = tmp / "entrez.sqlite"
    with EutilsEmulator(Library.open(ROOT / "examples" / "dry-needling-evidence.xml")) as emulator:
        subprocess.run([*cli, "audit", "examples/dry-needling.txt", "--email", "bench@example.org", "--api-key",
                        "0" * 36, "--cache", str(cache), "--base-url", emulator.url, "-o", str(tmp / "live")],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"cache filled through the emulator with {emulator.count()} E-utilities requests")
    offline = [*cli, "audit", "examples/dry-needling.txt", "--offline", "--cache", str(cache), "-o", str(tmp / "c")]
    _time(offline)
    return [_time(offline) for _ in range(runs)]


def breakdown() -> None:
    """Where an in-process audit of the example spends its time (second run, so imports are done)."""
    from audit import audit_claims  # type: ignore[attr-defined]
    from audit.library import Library
    from claims import extract_claims  # type: ignore[attr-defined]
    from reports.pipeline import write_reports

    for _run in range(2):
        t0 = time.perf_counter()
        ledger = extract_claims(ROOT / "examples" / "dry-needling.txt")
        t1 = time.perf_counter()
        library = Library.open(ROOT / "examples" / "dry-needling-evidence.xml")
        t2 = time.perf_counter()
        result = audit_claims(ledger, library)
        t3 = time.perf_counter()
        with tempfile.TemporaryDirectory() as tmp:
            write_reports(result, tmp, ("html", "md", "csv"))
        t4 = time.perf_counter()
    print(f"in-process (2nd run): extract {t1 - t0:.3f} s, open library {t2 - t1:.3f} s, "
          f"audit_claims {t3 - t2:.3f} s, write html+md+csv+json {t4 - t3:.3f} s")


if __name__ == "__main__":
    main()
