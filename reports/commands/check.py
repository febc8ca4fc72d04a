"""`claim-audit check SOURCE --fail-on …`: a gate for CI and content pipelines (exit 1 on listed verdicts)."""

from __future__ import annotations

from pathlib import Path

import click

from audit.model import VERDICTS

from ..labels import normalise_verdict
from ..options import EvidenceSettings, evidence_options, overrides_option
from ._common import check_source, load_overrides_or_none, run_audit
from ._errors import handle_errors

__all__ = ["command", "parse_fail_on"]


def parse_fail_on(ctx: click.Context | None, param: click.Parameter | None, value: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in value.split(","):
        if not part.strip():
            continue
        try:
            name = normalise_verdict(part)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from None
        if name not in out:
            out.append(name)
    if not out:
        raise click.BadParameter(f"name at least one verdict: {', '.join(VERDICTS)}")
    return tuple(out)


@click.command(name="check")
@click.argument("source", metavar="SOURCE")
@click.option("--fail-on", default="misattributed,contradicted", show_default=True, callback=parse_fail_on,
              metavar="VERDICTS", help=f"Comma-separated verdicts that fail the check: {', '.join(VERDICTS)}.")
@evidence_options
@overrides_option
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bars on stderr (default: when it is a terminal).")
@handle_errors(2)
def command(source: str, fail_on: tuple[str, ...], evidence: EvidenceSettings, overrides: Path | None,
            show_progress: bool | None) -> None:
    """Audit SOURCE and fail (exit 1) when any claim has a verdict listed in --fail-on.

    SOURCE is an article (file or URL), or a saved audit.json, which is checked as it stands
    without auditing again. Prints the failing claims. Exit 0: no claim has a listed verdict.
    Exit 2: bad input (a missing file, a bad option, no evidence source). Reviewer overrides
    count as the claim's verdict.
    """
    from ..summary import claim_line
    from ..view import claim_views

    check_source(source)
    if source.lower().endswith(".json"):
        from ..overrides import apply_overrides
        from ..record import read_record

        result, _ = apply_overrides(read_record(source), load_overrides_or_none(overrides))
    else:
        result, _ = run_audit(source, evidence, load_overrides_or_none(overrides), show_progress)
    views = claim_views(result)
    failing = [cv for cv in views if cv.final in fail_on]
    listed = " or ".join(fail_on)
    if not failing:
        click.echo(f"OK: none of {len(views)} claims is {listed}")
        return
    click.echo(f"FAIL: {len(failing)} of {len(views)} claims are {listed}")
    for cv in failing:
        click.echo("  " + claim_line(cv.number, cv.final, cv.claim.text, width=110))
    raise SystemExit(1)
