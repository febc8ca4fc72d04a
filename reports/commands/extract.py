"""The ``claim-audit extract`` command: every health claim of an article, as JSON, CSV or a table."""

from __future__ import annotations

from pathlib import Path

import click

from claims import ClaimLedger, extract_claims
from claims.extract import DETECTORS

from ._errors import handle_errors

__all__ = ["command", "render_table"]


def render_table(ledger: ClaimLedger, width: int | None = None) -> str:
    """The ledger as a rich table (plain text, no colour codes)."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(ledger)} claims in {ledger.article.title}", show_lines=False, expand=False)
    for name, kw in (("#", {"justify": "right"}), ("kind", {}), ("intervention", {"max_width": 18}),
                     ("flags", {"max_width": 24}), ("claim", {"overflow": "fold", "ratio": 3}),
                     ("citations", {"overflow": "fold", "max_width": 28})):
        table.add_column(name, **kw)  # type: ignore[arg-type]
    for i, claim in enumerate(ledger.claims, 1):
        flags = []
        if claim.misattributed_structurally:
            flags.append("misattributed: " + ", ".join(claim.subject_in_text))
        if claim.wording != "plain":
            flags.append(claim.wording)
        cites = "; ".join(c.journal_abbrev or c.marker or c.doi or c.pmid or c.text for c in claim.citations)
        table.add_row(str(i), claim.kind, claim.intervention or "-", "; ".join(flags), claim.text, cites)
    console = Console(width=width or 160, record=True, force_terminal=False, color_system=None)
    with console.capture() as capture:
        console.print(table)
    return capture.get()


@click.command(name="extract")
@click.argument("source")
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "table"]), default="json", show_default=True,
              help="Output format: the JSON ledger, one CSV row per claim, or a readable table.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file instead of standard output.")
@click.option("--detector", type=click.Choice(DETECTORS), default="hybrid", show_default=True,
              help="How claims are found and typed: the hand-written rules with the learned detector's "
                   "second opinion and the learned claim-kind model (hybrid), or the rules alone.")
@handle_errors(1)
def command(source: str, fmt: str, output: Path | None, detector: str) -> None:
    """Extract every health claim of SOURCE (a .txt, .md or .html file, or an http(s) URL).

    Each claim has its text, kind, section, the intervention it credits, the interventions
    it names, conditions, outcomes, wording and citation mentions, with offsets into the article.
    """
    ledger = extract_claims(source, detector=detector)
    if fmt == "json":
        out = ledger.to_json() + "\n"
    elif fmt == "csv":
        out = ledger.to_csv()
    else:
        out = render_table(ledger)
    if output is None:
        click.echo(out, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(out, encoding="utf-8")
        click.echo(f"{len(ledger)} claims written to {output}", err=True)
