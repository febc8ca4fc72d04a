"""The stage entry point: ``render(result, format)`` and ``write_report(result, path, format)``."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from audit.model import AuditResult

from .errors import ReportError

__all__ = ["FORMATS", "DEFAULT_NAMES", "render", "write_report", "atomic_write", "parse_formats"]

#: Every format, and the file name ``claim-audit audit`` gives it inside OUTDIR.
DEFAULT_NAMES = {
    "html": "report.html",
    "md": "report.md",
    "csv": "claims.csv",
    "xlsx": "claims.xlsx",
    "json": "audit.json",
}
FORMATS = tuple(DEFAULT_NAMES)
_ALIASES = {"markdown": "md", "htm": "html", "xls": "xlsx", "excel": "xlsx"}


def _renderer(fmt: str) -> Callable[[AuditResult], str | bytes]:
    if fmt == "html":
        from .html import render_html

        return render_html
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown
    if fmt == "csv":
        from .tables import render_csv

        return render_csv
    if fmt == "xlsx":
        from .tables import render_xlsx

        return render_xlsx
    from .record import dumps_record

    return dumps_record


def _normalise(fmt: str) -> str:
    key = fmt.strip().lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in DEFAULT_NAMES:
        raise ReportError(f"unknown report format {fmt!r}; use one of {', '.join(FORMATS)}")
    return key


def parse_formats(spec: str) -> tuple[str, ...]:
    """'html,md' -> ('html', 'md'): normalised, deduplicated, in the order given."""
    out: list[str] = []
    for part in spec.split(","):
        if part.strip():
            key = _normalise(part)
            if key not in out:
                out.append(key)
    if not out:
        raise ReportError(f"no report format in {spec!r}; use one or more of {', '.join(FORMATS)}")
    return tuple(out)


def render(result: AuditResult, format: str = "html") -> str | bytes:
    """The report as text (html, md, csv, json) or bytes (xlsx); depends only on ``result``."""
    return _renderer(_normalise(format))(result)


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the usual permissions
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_report(result: AuditResult, path: str | os.PathLike[str], format: str | None = None) -> Path:
    """Render ``result`` and write it to ``path``; ``format`` defaults to the path's suffix."""
    path = Path(path)
    fmt = _normalise(format or path.suffix or "html")
    data = render(result, fmt)
    return atomic_write(path, data.encode("utf-8") if isinstance(data, str) else data)
