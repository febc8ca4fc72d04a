"""Verdict and citation-status wording and colours, read from the versioned reports/data/verdicts.json."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from audit.model import VERDICTS

from .errors import ReportError

__all__ = ["Label", "Labels", "load_labels", "normalise_verdict"]


@dataclass(frozen=True)
class Label:
    """How a report shows one verdict or status."""

    name: str
    label: str
    colour: str
    text: str = "#ffffff"
    meaning: str = ""


@dataclass(frozen=True)
class Labels:
    """All verdict and citation-status labels, with the data file's version."""

    version: str
    verdicts: dict[str, Label]
    citation_statuses: dict[str, Label]

    def verdict(self, name: str) -> Label:
        return self.verdicts.get(name) or Label(name, name.replace("_", " ").capitalize(), "#6b7280")

    def status(self, name: str) -> Label:
        return self.citation_statuses.get(name) or Label(name, name.replace("_", " ").capitalize(), "#6b7280")


def _labels(section: dict[str, Any]) -> dict[str, Label]:
    return {name: Label(name=name, **spec) for name, spec in section.items()}


@lru_cache(maxsize=1)
def load_labels() -> Labels:
    """The bundled labels (cached)."""
    text = resources.files("reports").joinpath("data/verdicts.json").read_text("utf-8")
    data = json.loads(text)
    labels = Labels(str(data["version"]), _labels(data["verdicts"]), _labels(data["citation_statuses"]))
    missing = set(VERDICTS) - set(labels.verdicts)
    if missing:
        raise ReportError(f"reports/data/verdicts.json lacks verdicts {sorted(missing)}: add a label for each")
    return labels


def normalise_verdict(name: str) -> str:
    """'No evidence', 'no-evidence' and 'no_evidence' are one verdict; raise on unknown names."""
    key = name.strip().lower().replace("-", "_").replace(" ", "_")
    if key not in VERDICTS:
        raise ValueError(f"unknown verdict {name!r}; use one of {', '.join(VERDICTS)}")
    return key
