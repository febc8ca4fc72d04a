"""`claim-audit report AUDIT.json`: re-render a saved audit in any format, without the network."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..options import format_option, overrides_option
from ._common import formats_callback, load_overrides_or_none
from ._errors import handle_errors

__all__ = ["command"]


@click.command(name="report")
@click.argument("record", metavar="AUDIT.json", type=click.Path(dir_okay=False, path_type=Path))
@format_option("html", many=False)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output; required for xlsx).")
@overrides_option
@handle_errors(1)
def command(record: Path, formats: str, output: Path | None, overrides: Path | None) -> None:
    """Render the saved audit AUDIT.json (written by `claim-audit audit`) as html, md, csv, xlsx or json.

    Uses no network: the output is byte for byte what `claim-audit audit` wrote for the same
    format. With --overrides, reviewer decisions are applied (or updated) first.
    """
    (fmt,) = formats_callback(formats, single=True)
    from ..formats import render, write_report
    from ..overrides import apply_overrides
    from ..record import read_record

    result = read_record(record)
    ovs = load_overrides_or_none(overrides)
    if ovs:
        result, unmatched = apply_overrides(result, ovs)
        for o in unmatched:
            click.echo(f"warning: override for {o.claim_id} matches no claim of this audit", err=True)
    if output is not None:
        write_report(result, output, fmt)
        click.echo(f"Wrote {output}", err=True)
        return
    if fmt == "xlsx":
        raise click.UsageError("xlsx is a binary format: give -o FILE.xlsx")
    data = render(result, fmt)
    stream = sys.stdout.buffer  # bytes as rendered: identical to the file `audit` wrote
    stream.write(data.encode("utf-8") if isinstance(data, str) else data)
    stream.flush()
