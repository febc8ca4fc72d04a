"""Shared helpers for the report commands' CLI tests: the synthetic AuditResult and a fake pipeline."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "reports"))

from synthetic import make_result, with_override  # noqa: E402

__all__ = ["ROOT", "EXAMPLE", "LIBRARY", "make_result", "with_override", "fake_pipeline", "example_audit"]

EXAMPLE = ROOT / "examples" / "dry-needling.txt"
LIBRARY = ROOT / "examples" / "dry-needling-evidence.xml"


def fake_pipeline(monkeypatch, **kwargs):
    """Replace extract+audit with the synthetic result (the evidence source is still opened for real)."""
    import reports.pipeline

    calls: list[str] = []

    def fake(source, evidence, *, overrides=(), progress=None, provenance=None):
        calls.append(str(source))
        assert hasattr(evidence, "search") and hasattr(evidence, "fetch")
        if progress is not None:
            progress("search", 1, 1)
        return make_result(source=str(source), **kwargs)

    monkeypatch.setattr(reports.pipeline, "audit_article", fake)
    return calls


_EXAMPLE_AUDIT: list[Path] = []


def example_audit() -> Path:
    """The real offline audit of the example (once per test session): the OUTDIR with every format."""
    if _EXAMPLE_AUDIT:
        return _EXAMPLE_AUDIT[0]
    import atexit
    import shutil
    import tempfile

    from click.testing import CliRunner

    from reports.cli import main

    out = Path(tempfile.mkdtemp(prefix="claim-audit-example-")) / "out"
    atexit.register(shutil.rmtree, out.parent, True)
    res = CliRunner().invoke(main, ["audit", str(EXAMPLE), "--offline", "--library", str(LIBRARY), "-o", str(out),
                                    "--format", "html,md,csv,xlsx,json"])
    assert res.exit_code == 0, res.output
    _EXAMPLE_AUDIT.append(out)
    return out
