"""The whole pipeline for one article, as the CLI and batch runner call it: extract, audit, override, write."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from audit.model import AuditResult, Override
from audit.source import EvidenceSource

from .formats import DEFAULT_NAMES, write_report
from .overrides import apply_overrides

__all__ = ["audit_article", "write_reports", "Progress"]

#: ``progress(stage, done, total)`` as the audit stage reports it ("search", "fetch", …).
Progress = Callable[[str, int, int], None]


def audit_article(
    source: str | os.PathLike[str],
    evidence: EvidenceSource,
    *,
    overrides: Iterable[Override] = (),
    progress: Progress | None = None,
    provenance: dict[str, Any] | None = None,
) -> AuditResult:
    """``claims.extract_claims`` → ``audit.audit_claims`` → reviewer overrides applied.

    ``provenance`` fills Provenance fields the audit stage cannot know (library path, offline…)
    where it left them empty.
    """
    from audit import audit_claims  # type: ignore[attr-defined]
    from claims import extract_claims  # type: ignore[attr-defined]

    ledger = extract_claims(source)
    result: AuditResult = audit_claims(ledger, evidence, progress=progress)
    if provenance:
        current = result.provenance
        fill = {k: v for k, v in provenance.items() if v not in (None, "") and not getattr(current, k, None)}
        if fill:
            result = replace(result, provenance=replace(current, **fill))
    overrides = tuple(overrides)
    if overrides:
        result, _ = apply_overrides(result, overrides)
    return result


def write_reports(result: AuditResult, outdir: str | os.PathLike[str], formats: Iterable[str]) -> dict[str, Path]:
    """Write each format under its default name in ``outdir``, plus audit.json always."""
    outdir = Path(outdir)
    written: dict[str, Path] = {}
    for fmt in (*[f for f in formats if f != "json"], "json"):
        written[fmt] = write_report(result, outdir / DEFAULT_NAMES[fmt], fmt)
    return written
