"""`claim-audit batch INVENTORY.csv -o OUTDIR`: many articles, one folder each, a summary CSV; resumable."""

from __future__ import annotations

from pathlib import Path

import click

from ..options import EvidenceSettings, evidence_options, format_option, overrides_option
from ._common import formats_callback, load_overrides_or_none
from ._errors import handle_errors

__all__ = ["command"]


@click.command(name="batch")
@click.argument("inventory", metavar="INVENTORY.csv", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-o", "--outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder receiving one folder per article and summary.csv.")
@format_option("html", many=True)
@evidence_options
@overrides_option
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Articles audited at once, each worker process with its own evidence source.")
@click.option("--progress/--no-progress", "show_progress", default=None,
              help="Progress bar on stderr (default: when it is a terminal).")
@handle_errors(2)
def command(inventory: Path, outdir: Path, formats: str, evidence: EvidenceSettings, overrides: Path | None,
            jobs: int, show_progress: bool | None) -> None:
    """Audit every article listed in INVENTORY.csv (a header row with a 'source' column of file
    paths or URLs; an optional 'name' column names the folders).

    Each article gets OUTDIR/<name>/ with its reports, audit.json and status.json; OUTDIR/summary.csv
    has one row per article. Interrupted and run again, it skips finished articles and retries
    failed ones. Exit 0 when every article was audited, 1 when some failed, 2 on bad input.
    """
    from ..batch import read_inventory, run_batch
    from ..progress import stage_progress

    fmts = formats_callback(formats)
    items = read_inventory(inventory)
    ovs = load_overrides_or_none(overrides)
    if jobs == 1:
        source: object = evidence.open()
        pool = None
    else:
        from concurrent.futures import ProcessPoolExecutor

        evidence.open()  # fail fast here (offline without evidence, a bad library) rather than in every worker
        source, pool = evidence, ProcessPoolExecutor(max_workers=jobs)

    def note(status: dict[str, object]) -> None:
        if status["status"] != "ok":
            click.echo(f"failed: {status['source']}: {status['message']}", err=True)

    try:
        with stage_progress(show_progress) as (_, update):
            summary = run_batch(items, outdir, source, formats=fmts, overrides=ovs, progress=update,
                                on_article=note, executor=pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    click.echo(f"{summary.total} articles: {summary.audited} audited, {summary.skipped} already done, "
               f"{summary.failed} failed. Summary: {summary.summary_csv}")
    if summary.failed:
        raise SystemExit(1)
