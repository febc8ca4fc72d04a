"""The ``claim-audit library`` commands: import PubMed XML into a local library and search it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from audit.errors import LibraryError
from audit.library import XML_SUFFIXES, ImportProgress, Library, xml_files_in

from ._errors import handle_errors

__all__ = ["command", "DEFAULT_LIBRARY", "LIBRARY_ENV"]

DEFAULT_LIBRARY = "evidence-library.sqlite"
LIBRARY_ENV = "CLAIM_AUDIT_LIBRARY"

_library_option = click.option(
    "--library",
    "library_path",
    type=click.Path(dir_okay=True, path_type=Path),
    default=DEFAULT_LIBRARY,
    show_default=True,
    envvar=LIBRARY_ENV,
    show_envvar=True,
    help="The library: an SQLite file (created by `import`). `search` also accepts PubMed .xml/.xml.gz files.",
)


@click.group(name="library")
def command() -> None:
    """Build and search a local evidence library (PubMed XML in SQLite with full-text search).

    A library lets audits run offline and at volume: import efetch output or PubMed baseline
    files once, then audit with `--library PATH`.
    """


@command.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@_library_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@handle_errors()
def import_command(files: tuple[Path, ...], library_path: Path, quiet: bool) -> None:
    """Import PubMed XML FILES (efetch output or baseline files, .xml or .xml.gz) into a library.

    A folder stands for the .xml and .xml.gz files in it. Files are streamed, so a
    30,000-record baseline file never sits in memory whole. Importing a record again replaces
    it (records are keyed by PMID, else by DOI).
    """
    if library_path.name.lower().endswith(XML_SUFFIXES):
        raise LibraryError(f"--library {library_path} is an XML file; import into an .sqlite library file instead")
    files = tuple(_expand(files))
    total = sum(f.stat().st_size for f in files)
    with Library(library_path) as library:
        show = not quiet and total > 0
        with click.progressbar(
            length=total, label=f"Importing {len(files)} file(s)", file=sys.stderr, show_eta=True,
        ) if show else _NoBar() as bar:
            state = {"done": 0}

            def progress(p: ImportProgress) -> None:
                bar.update(p.bytes_done - state["done"])
                state["done"] = p.bytes_done

            counts = library.import_files(files, progress=progress)
        size = len(library)
    click.echo(
        f"Imported {counts.records} record(s) from {counts.files} file(s) into {library_path}: "
        f"{counts.added} added, {counts.replaced} replaced, {counts.skipped} skipped; {size} in the library."
    )


def _expand(paths: tuple[Path, ...]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(xml_files_in(path))
        else:
            out.append(path)
    return out


class _NoBar:
    def __enter__(self) -> _NoBar:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def update(self, n: int) -> None:
        return None


@command.command(name="search")
@click.argument("query")
@_library_option
@click.option("--limit", "-n", type=click.IntRange(min=0), default=20, show_default=True,
              help="Show at most this many records (newest first).")
@click.option("--json", "as_json", is_flag=True, help="Print the count and ids as JSON.")
@handle_errors()
def search_command(query: str, library_path: Path, limit: int, as_json: bool) -> None:
    """Search the library with a PubMed QUERY and print the count and the matching records.

    Supported: terms, "quoted phrases", term*, AND/OR/NOT, parentheses and the field tags
    [tiab] [ti] [ab] [mh] [majr] [pt] [ta] [dp] (2012, 2010:2015) [au] [pmid] [doi].
    Anything else is refused with a message rather than guessed.
    """
    with Library.open(library_path) as library:
        result = library.search(query, retmax=limit)
        records = {r.key: r for r in library.fetch(result.ids)}
    if as_json:
        click.echo(json.dumps({"query": query, "count": result.count, "ids": list(result.ids)}))
        return
    shown = f" (showing {len(result.ids)})" if len(result.ids) < result.count else ""
    click.echo(f"{result.count} record(s) match {query}{shown}")
    for key in result.ids:
        r = records.get(key)
        if r is None:
            continue
        flag = " [RETRACTED]" if r.retracted else ""
        click.echo(f"{key}\t{r.year or '----'}\t{r.journal}\t{r.title}{flag}")
