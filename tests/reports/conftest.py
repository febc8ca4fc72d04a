"""Fixtures for report tests: hand-built AuditResults with synthetic studies (see synthetic.py)."""

from __future__ import annotations

import pytest
from synthetic import make_result

from audit.model import AuditResult


@pytest.fixture
def result() -> AuditResult:
    return make_result()


@pytest.fixture
def hostile_result() -> AuditResult:
    return make_result(hostile=True)
