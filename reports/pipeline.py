"""The whole pipeline for one article, as the CLI and batch runner call it: extract, audit, override, write."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from audit.errors import AuditError, ConfigError, NetworkError
from audit.model import AuditResult, Override, Record, SearchResult
from audit.source import EvidenceSource

from .formats import DEFAULT_NAMES, write_report
from .overrides import apply_overrides

__all__ = ["audit_article", "write_reports", "Progress", "FailFast", "NO_NETWORK_HELP"]

#: ``progress(stage, done, total)`` as the audit stage reports it ("search", "fetch", …).
Progress = Callable[[str, int, int], None]


NO_NETWORK_HELP = (
    "to audit without the network, pass --offline --library examples/dry-needling-evidence.xml "
    "(or a library built with `claim-audit library import`), or --offline --cache PATH"
)


class FailFast:
    """Wrap an evidence source so that once PubMed is unreachable (or unconfigured) every later call
    fails at once instead of retrying, and the audit can be refused as a whole afterwards."""

    def __init__(self, source: EvidenceSource) -> None:
        self.source = source
        self.name = source.name
        self.fatal: AuditError | None = None
        self.answered = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.source, name)

    def _call(self, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if self.fatal is not None:
            raise type(self.fatal)(str(self.fatal))
        try:
            out = func(*args, **kwargs)
        except (NetworkError, ConfigError) as exc:
            self.fatal = exc
            raise
        self.answered += 1
        return out

    def search(self, query: str, retmax: int = 100) -> SearchResult:
        return self._call(self.source.search, query, retmax=retmax)  # type: ignore[no-any-return]

    def fetch(self, ids: Any) -> list[Record]:
        return self._call(self.source.fetch, ids)  # type: ignore[no-any-return]

    def check(self) -> None:
        """Raise if nothing could be answered because PubMed was unreachable or unconfigured."""
        if self.fatal is not None and self.answered == 0:
            raise AuditError(f"{self.fatal}; {NO_NETWORK_HELP}")


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
    if getattr(evidence, "name", "") == "library":  # local: nothing to fail fast on
        result: AuditResult = audit_claims(ledger, evidence, progress=progress)
    else:
        guarded = FailFast(evidence)
        result = audit_claims(ledger, guarded, progress=progress)
        guarded.check()
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
