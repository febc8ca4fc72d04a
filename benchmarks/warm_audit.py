"""Warm audit of the example, whole CLI process, against the bare import of the three packages.

    python benchmarks/warm_audit.py [-n 7]

Runs ``claim-audit audit examples/dry-needling.txt --offline --library
examples/dry-needling-evidence.xml -o <tmp>`` and ``python -c "import claims, audit, reports"``
N times each (after one warm-up run of each, so the OS file cache is warm) and prints the medians,
their ratio and their difference: the difference is what the audit itself adds.
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
    args = parser.parse_args()
    exe = shutil.which("claim-audit")
    cli = [exe] if exe else [sys.executable, "-m", "reports.cli"]
    with tempfile.TemporaryDirectory() as tmp:
        audit = [*cli, "audit", "examples/dry-needling.txt", "--offline", "--library",
                 "examples/dry-needling-evidence.xml", "-o", str(Path(tmp) / "out")]
        imports = [sys.executable, "-c", "import claims, audit, reports"]
        _time(audit), _time(imports)  # warm-up
        audit_times = [_time(audit) for _ in range(args.runs)]
        import_times = [_time(imports) for _ in range(args.runs)]
    a, i = statistics.median(audit_times), statistics.median(import_times)
    print(f"runs: {args.runs} each")
    print(f"claim-audit audit (whole process): median {a:.3f} s  (min {min(audit_times):.3f}, max {max(audit_times):.3f})")
    print(f"python -c 'import claims, audit, reports': median {i:.3f} s  (min {min(import_times):.3f}, "
          f"max {max(import_times):.3f})")
    print(f"ratio audit/import: {a / i:.2f}x; the audit adds {a - i:.3f} s")


if __name__ == "__main__":
    main()
