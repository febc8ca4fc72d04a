"""The JSON audit record (audit.json): write it, read it back, refuse garbage and unknown versions.

The record is ``AuditResult.to_json()``; its layout is documented as a JSON Schema in
``reports/data/audit.schema.json`` (top level: ``schema_version``, ``provenance``, ``ledger``,
``verdicts``, ``citations``). A reader accepts the schema versions in ``SUPPORTED_VERSIONS`` and
ignores keys it does not know, so optional fields added later do not break older records.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from audit.model import AUDIT_SCHEMA_VERSION, AuditResult

from .errors import AuditRecordError

__all__ = ["SUPPORTED_VERSIONS", "dumps_record", "loads_record", "read_record", "write_record", "schema"]

SUPPORTED_VERSIONS = (AUDIT_SCHEMA_VERSION,)
_REQUIRED = ("schema_version", "provenance", "ledger", "verdicts")


def dumps_record(result: AuditResult) -> str:
    """The audit record as JSON text (UTF-8, indented, ending in a newline)."""
    return result.to_json(indent=2) + "\n"


def loads_record(text: str | bytes, *, name: str = "audit record") -> AuditResult:
    """Parse an audit record; AuditRecordError says what is wrong and what to do."""
    try:
        data: Any = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise AuditRecordError(
            f"{name} is not an audit record (invalid JSON: {exc}); "
            "give the audit.json written by `claim-audit audit`"
        ) from None
    if not isinstance(data, dict) or "schema_version" not in data:
        raise AuditRecordError(
            f"{name} is not an audit record (no schema_version); give the audit.json written by `claim-audit audit`"
        )
    version = str(data["schema_version"])
    if version not in SUPPORTED_VERSIONS:
        raise AuditRecordError(
            f"{name} has schema_version {version!r}, but this claim-audit reads version "
            f"{', '.join(SUPPORTED_VERSIONS)}; re-run the audit or use the claim-audit that wrote it"
        )
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise AuditRecordError(f"{name} is incomplete: missing {', '.join(missing)}; re-run the audit")
    try:
        return AuditResult.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise AuditRecordError(f"{name} is malformed ({type(exc).__name__}: {exc}); re-run the audit") from None


def read_record(path: str | os.PathLike[str]) -> AuditResult:
    """Read an audit.json file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise AuditRecordError(f"{path}: no such audit record; run `claim-audit audit SOURCE -o DIR` first") from None
    return loads_record(data, name=str(path))


def write_record(result: AuditResult, path: str | os.PathLike[str]) -> Path:
    """Write the audit record atomically (temp file + rename)."""
    from .formats import atomic_write

    return atomic_write(Path(path), dumps_record(result).encode("utf-8"))


def schema() -> dict[str, Any]:
    """The documented JSON Schema of the record."""
    from importlib import resources

    return json.loads(resources.files("reports").joinpath("data/audit.schema.json").read_text("utf-8"))  # type: ignore[no-any-return]
