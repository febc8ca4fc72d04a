"""Reviewer overrides: a small JSON or CSV file mapping claim ids to a verdict, a note and a reviewer.

JSON::

    {"version": 1, "overrides": [
      {"claim_id": "c-0123456789ab", "verdict": "supported", "note": "…", "reviewer": "…", "date": "2026-11-25"}]}

CSV: a header ``claim_id,verdict,note,reviewer,date`` and one row per claim. Claim ids are stable
across re-audits of the same article, so the same file applies to every later audit.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from audit.model import AuditResult, Override

from .errors import OverridesError
from .labels import normalise_verdict

__all__ = [
    "OVERRIDES_VERSION",
    "load_overrides",
    "parse_overrides",
    "write_overrides",
    "apply_overrides",
]

OVERRIDES_VERSION = 1
_CLAIM_ID = re.compile(r"^c-[0-9a-f]{12}$")
_FIELDS = ("claim_id", "verdict", "note", "reviewer", "date")


def _validate(items: Iterable[dict[str, Any]], name: str) -> tuple[Override, ...]:
    out: list[Override] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        where = f"{name}: override {n}"
        if not isinstance(item, dict):
            raise OverridesError(f"{where} is not an object with claim_id, verdict, note, reviewer")
        unknown = set(item) - set(_FIELDS)
        if unknown:
            raise OverridesError(f"{where} has unknown field(s) {', '.join(sorted(unknown))}; use {', '.join(_FIELDS)}")
        cid = str(item.get("claim_id") or "").strip()
        if not _CLAIM_ID.match(cid):
            raise OverridesError(f"{where} has claim_id {cid!r}; claim ids look like c-0123456789ab (see audit.json)")
        if cid in seen:
            raise OverridesError(f"{where} repeats claim_id {cid}; keep one decision per claim")
        seen.add(cid)
        try:
            verdict = normalise_verdict(str(item.get("verdict") or ""))
        except ValueError as exc:
            raise OverridesError(f"{where} ({cid}): {exc}") from None
        if verdict == "error":
            raise OverridesError(f"{where} ({cid}): 'error' is not a verdict a reviewer can give")
        reviewer = str(item.get("reviewer") or "").strip()
        if not reviewer:
            raise OverridesError(f"{where} ({cid}) names no reviewer; say who decided")
        out.append(
            Override(
                claim_id=cid,
                verdict=verdict,
                note=str(item.get("note") or "").strip(),
                reviewer=reviewer,
                date=str(item.get("date") or "").strip(),
            )
        )
    return tuple(out)


def parse_overrides(text: str, *, fmt: str = "json", name: str = "overrides") -> tuple[Override, ...]:
    """Parse and validate overrides given as JSON or CSV text."""
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "claim_id" not in reader.fieldnames or "verdict" not in reader.fieldnames:
            raise OverridesError(f"{name}: a CSV of overrides needs a header with {', '.join(_FIELDS)}")
        return _validate(({k: v for k, v in row.items() if k} for row in reader), name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise OverridesError(f"{name}: not valid JSON ({exc})") from None
    if isinstance(data, dict):
        version = data.get("version", OVERRIDES_VERSION)
        if version != OVERRIDES_VERSION:
            raise OverridesError(f"{name}: overrides version {version!r} unknown; this claim-audit reads version 1")
        data = data.get("overrides")
    if not isinstance(data, list):
        raise OverridesError(f'{name}: expected {{"version": 1, "overrides": [...]}} or a list of overrides')
    return _validate(data, name)


def load_overrides(path: str | os.PathLike[str]) -> tuple[Override, ...]:
    """Read an overrides file (``.csv`` is CSV, anything else JSON)."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        raise OverridesError(f"{path}: no such overrides file") from None
    fmt = "csv" if path.suffix.lower() == ".csv" else "json"
    return parse_overrides(text, fmt=fmt, name=str(path))


def write_overrides(overrides: Iterable[Override], path: str | os.PathLike[str]) -> Path:
    """Write overrides as JSON (or CSV when the path ends in .csv)."""
    from .formats import atomic_write

    path = Path(path)
    items = [asdict(o) for o in overrides]
    if path.suffix.lower() == ".csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(_FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(items)
        data = buf.getvalue()
    else:
        data = json.dumps({"version": OVERRIDES_VERSION, "overrides": items}, indent=2, ensure_ascii=False) + "\n"
    return atomic_write(path, data.encode("utf-8"))


def apply_overrides(result: AuditResult, overrides: Iterable[Override]) -> tuple[AuditResult, tuple[Override, ...]]:
    """The result with overrides applied, and the overrides whose claim is not in this audit."""
    overrides = tuple(overrides)
    known = {v.claim_id for v in result.verdicts}
    unmatched = tuple(o for o in overrides if o.claim_id not in known)
    return result.with_overrides(o for o in overrides if o.claim_id in known), unmatched
