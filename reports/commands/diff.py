"""`claim-audit diff OLD.json NEW.json`: what changed between two audits of an article."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import click

from ._errors import handle_errors

__all__ = ["command"]


@click.command(name="diff")
@click.argument("old", metavar="OLD.json", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("new", metavar="NEW.json", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the differences as JSON.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the audits differ (like `git diff --exit-code`).")
@handle_errors(2)
def command(old: Path, new: Path, as_json: bool, exit_code: bool) -> None:
    """Compare two saved audits: claims added, removed, and whose verdict or evidence changed
    (new studies, studies no longer found, retractions), plus citation status changes."""
    from ..diff import diff_audits, format_diff
    from ..record import read_record

    diff = diff_audits(read_record(old), read_record(new))
    if as_json:
        click.echo(json.dumps(asdict(diff), indent=2, ensure_ascii=False, default=str))
    else:
        click.echo(format_diff(diff), nl=False)
    if exit_code and diff.has_changes:
        raise SystemExit(1)
