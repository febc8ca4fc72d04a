"""Progress bars (rich) for long CLI work, shown on stderr only when it is a terminal."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

__all__ = ["stage_progress", "console"]

console = Console(stderr=True)

_STAGES = {"search": "Searching PubMed", "fetch": "Fetching records", "grade": "Grading studies",
           "decide": "Judging claims", "articles": "Auditing articles"}


@contextmanager
def stage_progress(enabled: bool | None = None) -> Iterator[tuple[Progress, callable]]:  # type: ignore[valid-type]
    """Yield (progress, callback); ``callback(stage, done, total)`` adds or advances a bar per stage."""
    show = console.is_terminal if enabled is None else enabled
    progress = Progress(
        TextColumn("{task.description:<20}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not show,
    )
    tasks: dict[str, TaskID] = {}

    def update(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = progress.add_task(_STAGES.get(stage, stage.capitalize()), total=total)
        progress.update(tasks[stage], completed=done, total=total)

    with progress:
        yield progress, update
