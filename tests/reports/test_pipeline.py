"""reports.pipeline: the fail-fast guard around a live source that cannot reach PubMed."""

from __future__ import annotations

import pytest

from audit.errors import AuditError, NetworkError
from audit.model import SearchResult
from reports.pipeline import FailFast


class Unreachable:
    name = "live"

    def __init__(self):
        self.calls = 0

    def search(self, query, retmax=100):
        self.calls += 1
        raise NetworkError("could not get esearch 'x' from NCBI (Name or service not known) after 3 tries; "
                           "check the connection and rerun (the cache keeps what was fetched)")

    def fetch(self, ids):
        self.calls += 1
        return []


def test_after_the_first_network_error_nothing_touches_the_network():
    source = Unreachable()
    guard = FailFast(source)
    for _ in range(5):
        with pytest.raises(NetworkError):
            guard.search("q")
    with pytest.raises(NetworkError):
        guard.fetch(["1"])
    assert source.calls == 1
    with pytest.raises(AuditError) as err:
        guard.check()
    assert str(err.value) == (
        "could not get esearch 'x' from NCBI (Name or service not known) after 3 tries; check the connection and "
        "rerun (the cache keeps what was fetched); to audit without the network, pass --offline --library "
        "examples/dry-needling-evidence.xml (or a library built with `claim-audit library import`), or "
        "--offline --cache PATH"
    )


def test_a_working_source_passes_through():
    class Fine:
        name = "live"
        requests_made = 4

        def search(self, query, retmax=100):
            return SearchResult(query=query, count=0, ids=(), source="live")

        def fetch(self, ids):
            return []

    guard = FailFast(Fine())
    assert guard.search("q").count == 0 and guard.requests_made == 4 and guard.name == "live"
    guard.check()
