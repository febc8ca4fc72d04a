"""Audit many articles: an inventory CSV in, one folder per article and a summary CSV out.

Resumable: an article's folder appears only when it is complete (written as a hidden ``.partial``
folder, then renamed), so an interrupted batch loses nothing and a rerun skips finished articles.
Memory stays flat: each result is written and dropped before the next article starts.
``audit_one`` is a plain function of one inventory row, so a distributed engine (``dask.bag.map``,
``client.map``) can run the rows instead of the loop in ``run_batch``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, as_completed, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.model import VERDICTS, Override
from audit.source import EvidenceSource

from . import pipeline
from .errors import ReportError
from .formats import atomic_write
from .pipeline import Progress, write_reports

__all__ = ["BatchItem", "BatchSummary", "read_inventory", "audit_one", "run_batch", "SUMMARY_COLUMNS"]

SUMMARY_COLUMNS = ("row", "source", "folder", "status", "claims", *VERDICTS, "audited_at", "message")
STATUS_FILE = "status.json"
_SOURCE_COLUMNS = ("source", "path", "url")


@dataclass(frozen=True)
class BatchItem:
    """One inventory row: where the article is and the folder its reports go to."""

    row: int
    source: str
    folder: str


@dataclass(frozen=True)
class BatchSummary:
    """What a batch run did."""

    total: int
    audited: int
    skipped: int
    failed: int
    summary_csv: Path


class InventoryError(ReportError):
    """The inventory CSV cannot be read or has no source column."""


def _folder(source: str, row: int) -> str:
    stem = re.sub(r"^https?://", "", source)
    stem = Path(stem).stem if not source.startswith(("http://", "https://")) else stem
    slug = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()[:48] or "article"
    return f"{slug}-{hashlib.sha1(source.encode()).hexdigest()[:8]}"


def read_inventory(path: str | os.PathLike[str]) -> list[BatchItem]:
    """Rows of a CSV with a ``source`` (or ``path``/``url``) column; relative paths are taken from the
    inventory's folder when they exist there, else from the working directory."""
    path = Path(path)
    try:
        text = path.read_text("utf-8-sig")
    except FileNotFoundError:
        raise InventoryError(f"{path}: no such inventory file") from None
    reader = csv.DictReader(io.StringIO(text))
    column = next((c for c in (reader.fieldnames or []) if c.strip().lower() in _SOURCE_COLUMNS), None)
    if column is None:
        raise InventoryError(f"{path}: the inventory needs a header row with a 'source' column (file paths or URLs)")
    items: list[BatchItem] = []
    seen: set[str] = set()
    for n, row in enumerate(reader, 1):
        source = (row.get(column) or "").strip()
        if not source or source.startswith("#"):
            continue
        if not source.startswith(("http://", "https://")):
            local = path.parent / source
            source = str(local) if local.exists() else source
        folder = (row.get("name") or "").strip() or _folder(source, n)
        folder = re.sub(r"[^A-Za-z0-9._-]+", "-", folder)
        if folder in seen:
            continue  # the same article twice: audit it once
        seen.add(folder)
        items.append(BatchItem(n, source, folder))
    return items


def _status(folder: Path) -> dict[str, Any] | None:
    try:
        return json.loads((folder / STATUS_FILE).read_text("utf-8"))  # type: ignore[no-any-return]
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def _publish(tmp: Path, target: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    os.replace(tmp, target)


def audit_one(
    item: BatchItem,
    outdir: Path,
    evidence: EvidenceSource,
    *,
    formats: Iterable[str] = ("html",),
    overrides: Iterable[Override] = (),
    audit: Callable[..., Any] | None = None,
) -> dict[str, Any]:
    """Audit one article into ``outdir/item.folder`` (atomically); return its status record."""
    target = outdir / item.folder
    tmp = outdir / f".{item.folder}.partial-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    status: dict[str, Any] = {"row": item.row, "source": item.source, "folder": item.folder}
    try:
        result = (audit or pipeline.audit_article)(item.source, evidence, overrides=overrides)
        write_reports(result, tmp, formats)
        status.update(status="ok", claims=len(result.verdicts), counts=result.counts(),
                      audited_at=result.provenance.audited_at, message="")
        del result
    except Exception as exc:  # a bad article (or a bug it triggers) is a status row, not the end of the batch
        status.update(status="failed", claims=0, counts={}, audited_at="", message=f"{type(exc).__name__}: {exc}")
    atomic_write(tmp / STATUS_FILE, (json.dumps(status, indent=2, ensure_ascii=False) + "\n").encode())
    _publish(tmp, target)
    return status


def _summary_row(item: BatchItem, status: dict[str, Any] | None) -> dict[str, Any]:
    status = status or {"status": "missing", "counts": {}, "claims": 0, "audited_at": "", "message": ""}
    counts = status.get("counts") or {}
    return {"row": item.row, "source": item.source, "folder": item.folder, "status": status.get("status"),
            "claims": status.get("claims", 0), **{v: counts.get(v, 0) for v in VERDICTS},
            "audited_at": status.get("audited_at", ""), "message": status.get("message", "")}


def write_summary(items: Iterable[BatchItem], outdir: Path) -> Path:
    """summary.csv from each folder's status.json, in inventory order (written atomically)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(SUMMARY_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for item in items:
        writer.writerow(_summary_row(item, _status(outdir / item.folder)))
    return atomic_write(outdir / "summary.csv", buf.getvalue().encode("utf-8"))


_OPENED: dict[Any, EvidenceSource] = {}


def _evidence_in_worker(evidence: Any) -> EvidenceSource:
    """An evidence source in this process: settings (anything with ``open()``) are opened once per process."""
    if evidence is None or hasattr(evidence, "search"):
        return evidence  # type: ignore[no-any-return]
    if evidence not in _OPENED:
        _OPENED[evidence] = evidence.open()
    return _OPENED[evidence]


def _task(item: BatchItem, outdir: Path, evidence: Any, formats: tuple[str, ...], overrides: tuple[Override, ...],
          audit: Callable[..., Any] | None) -> dict[str, Any]:
    return audit_one(item, outdir, _evidence_in_worker(evidence), formats=formats, overrides=overrides, audit=audit)


def _bounded(executor: Executor, fn: Callable[..., dict[str, Any]], items: list[BatchItem], limit: int,
             *args: Any) -> Iterator[dict[str, Any]]:
    """Submit at most ``limit`` tasks at a time; yield statuses as they finish (memory stays flat)."""
    pending: set[Future[dict[str, Any]]] = set()
    queue = iter(items)
    for item in queue:
        pending.add(executor.submit(fn, item, *args))
        if len(pending) >= limit:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in finished)
    for f in as_completed(pending):
        yield f.result()


def run_batch(
    inventory: str | os.PathLike[str] | list[BatchItem],
    outdir: str | os.PathLike[str],
    evidence: Any,
    *,
    formats: Iterable[str] = ("html",),
    overrides: Iterable[Override] = (),
    progress: Progress | None = None,
    audit: Callable[..., Any] | None = None,
    on_article: Callable[[dict[str, Any]], None] | None = None,
    executor: Executor | None = None,
) -> BatchSummary:
    """Audit every article of the inventory not already done; failed articles are retried.

    ``evidence`` is an EvidenceSource, or settings with an ``open()`` method (``EvidenceSettings``)
    that each worker opens once. With an ``executor`` (a ``concurrent.futures`` pool, or a Dask
    ``Client.get_executor()``) articles run in parallel; pass settings, not an open source, to a
    process pool or a cluster.
    """
    items = inventory if isinstance(inventory, list) else read_inventory(inventory)
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    for stale in outdir.glob(".*.partial-*"):
        shutil.rmtree(stale, ignore_errors=True)
    formats, overrides = tuple(formats), tuple(overrides)
    audited = skipped = failed = 0
    todo: list[BatchItem] = []
    for item in items:
        done = _status(outdir / item.folder)
        if done and done.get("status") == "ok" and (outdir / item.folder / "audit.json").exists():
            skipped += 1
        else:
            todo.append(item)
    if progress is not None:
        progress("articles", skipped, len(items))
    args = (outdir, evidence, formats, overrides, audit)
    if executor is None:
        statuses: Iterable[dict[str, Any]] = (_task(item, *args) for item in todo)
    else:
        statuses = _bounded(executor, _task, todo, 2 * (getattr(executor, "_max_workers", 0) or 4), *args)
    for status in statuses:
        if status["status"] == "ok":
            audited += 1
        else:
            failed += 1
        if on_article is not None:
            on_article(status)
        if progress is not None:
            progress("articles", skipped + audited + failed, len(items))
    summary = write_summary(items, outdir)
    return BatchSummary(total=len(items), audited=audited, skipped=skipped, failed=failed, summary_csv=summary)
