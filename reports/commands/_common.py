"""Helpers the commands share: source checks, format parsing, overrides, running one audit."""

from __future__ import annotations

from pathlib import Path

import click

from audit.model import AuditResult, Override

from ..errors import ReportError
from ..options import EvidenceSettings

__all__ = ["check_source", "formats_callback", "load_overrides_or_none", "run_audit"]


def check_source(source: str) -> None:
    """A SOURCE that is neither a URL nor an existing file is a usage error (exit 2)."""
    if source.startswith(("http://", "https://")):
        return
    path = Path(source)
    if not path.exists():
        raise click.BadParameter(f"no such file: {source} (give a .txt, .md or .html file or an http(s) URL)",
                                 param_hint="SOURCE")
    if path.is_dir():
        raise click.BadParameter(f"{source} is a folder; give one article (use `claim-audit batch` for many)",
                                 param_hint="SOURCE")


def formats_callback(spec: str, *, single: bool = False) -> tuple[str, ...]:
    from ..formats import parse_formats

    try:
        formats = parse_formats(spec)
    except ReportError as exc:
        raise click.BadParameter(str(exc), param_hint="--format") from None
    if single and len(formats) != 1:
        raise click.BadParameter(f"give one format, not {spec!r}", param_hint="--format")
    return formats


def load_overrides_or_none(path: Path | None) -> tuple[Override, ...]:
    if path is None:
        return ()
    from ..overrides import load_overrides

    return load_overrides(path)


def run_audit(
    source: str, evidence: EvidenceSettings, overrides: tuple[Override, ...], show_progress: bool | None
) -> tuple[AuditResult, tuple[Override, ...]]:
    """Open the evidence source, audit the article with progress bars, apply overrides."""
    from ..overrides import apply_overrides
    from ..pipeline import audit_article
    from ..progress import stage_progress

    opened = evidence.open()
    provenance = {
        "library": str(evidence.library) if evidence.library else None,
        "cache": str(evidence.cache) if evidence.cache else None,
        "offline": evidence.offline or None,
    }
    with stage_progress(show_progress) as (_, update):
        result = audit_article(source, opened, progress=update, provenance=provenance)
    return apply_overrides(result, overrides)
