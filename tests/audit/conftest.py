"""Fixtures shared by the evidence-layer tests: the bundled library and an emulator serving it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from audit.emulator import EutilsEmulator
from audit.library import Library

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dry-needling-evidence.xml"


@pytest.fixture(scope="module")
def library() -> Library:
    """The bundled dry-needling evidence library, opened once per test module."""
    return Library.open(EXAMPLE)


@pytest.fixture()
def emulator(library: Library) -> Iterator[EutilsEmulator]:
    """An E-utilities emulator on loopback answering from the bundled library."""
    with EutilsEmulator(library) as emu:
        yield emu
