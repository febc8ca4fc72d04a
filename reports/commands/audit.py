"""`claim-audit audit SOURCE`: extract, audit and write the reports plus audit.json into OUTDIR."""

from __future__ import annotations

import re
from pathlib import Path

import click

from ..options import EvidenceSettings, evidence_options, format_option, overrides_option
from ._common import check_source, formats_callback, load_overrides_or_none, run_audit
from ._errors import handle_errors

__all__ = ["command", "default_outdir"]


def default_outdir(source: str) -> Path:
    """out/<article name>: the file's stem, or the URL's host and path."""
    stem = re.sub(r"^https?://", "", source) if source.startswith(("http://", "https://")) else Path(source).stem
    return Path("out") / (re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower() or "article")


@click.command(name="audit")
@click.argument("source", metavar="SOURCE")
@click.option("-o", "--outdir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the reports and audit.json (default: out/<article name>).")
@format_option("html,md,csv", many=True)
@evidence_options
@overrides_option
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bars on stderr (default: when it is a terminal).")
@handle_errors(1)
def command(source: str, outdir: Path | None, formats: str, evidence: EvidenceSettings, overrides: Path | None,
            show_progress: bool | None) -> None:
    """Audit the health claims of SOURCE against PubMed and write reports.

    SOURCE is an article: a .txt, .md or .html file, or an http(s) URL. OUTDIR receives the chosen
    reports (report.html, report.md, claims.csv, claims.xlsx) and always audit.json, which
    `claim-audit report` and `claim-audit diff` read later without the network.

    Offline on the bundled example:

    \b
        claim-audit audit examples/dry-needling.txt --offline --library examples/dry-needling-evidence.xml
    """
    check_source(source)
    fmts = formats_callback(formats)
    result, unmatched = run_audit(source, evidence, load_overrides_or_none(overrides), show_progress)
    from ..pipeline import write_reports
    from ..summary import summary_text

    written = write_reports(result, outdir or default_outdir(source), fmts)
    for o in unmatched:
        click.echo(f"warning: override for {o.claim_id} matches no claim of this audit", err=True)
    click.echo(summary_text(result))
    click.echo("Wrote " + ", ".join(str(p) for p in written.values()))
